"""Fixtures for tests/diff3.test.ts (tests/fixtures/diff3/), each a script in two versions or a
Word-shaped tracked change:

- deleted-paragraph.docx: five paragraphs (Narrator blue, Coach red), the fourth deleted whole as Word
  deletes a paragraph with its mark: its runs in `w:del` (`w:delText`) and its paragraph mark deleted
  (`w:pPr/w:rPr/w:del`); an insertion in ¶2. deleted-first.docx: the first paragraph deleted so.
- moved/ (with a config naming Narrator blue, Coach red): v1, and v2 where a Coach line is removed
  whose words, one edited, are now a Narrator line further up (aligned lines between: a line given
  to another voice, moved and edited); a Narrator paragraph of two sentences whose second sentence is now a line of its own
  further down, word for word (an added line, not a split); a Coach question whose second sentence is
  now a Narrator line further down, word for word; v2-midword, where one word mid-line is given
  Coach's colour (the rest of the paragraph, a sentence with it, stays where it was: nothing moved).
- notes-v1 / notes-v2: the same body, a footnote's text changed (and one more footnote in v2).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-diff3-fixtures.py
"""
import datetime
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/diff3'
COLOURS = {'N': '0070C0', 'C': 'C00000', 'T': '000000'}
DATE = '2026-01-05T10:00:00Z'


def new_doc():
    d = Document()
    set_language(d, 'en-US')
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    return d


def add(d, voice, text, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.font.color.rgb = RGBColor.from_string(COLOURS[voice])
    return p


def change(tag, ident):
    el = OxmlElement(tag)
    el.set(qn('w:id'), str(ident))
    el.set(qn('w:author'), 'Alice')
    el.set(qn('w:date'), DATE)
    return el


def delete_whole(p, ident):
    """The paragraph deleted as Word deletes it: its runs inside w:del as w:delText, its mark deleted."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement('w:rPr')
    rpr.append(change('w:del', ident))
    ppr.append(rpr)
    wrapper = change('w:del', ident + 1)
    for r in list(p._p.iterchildren(qn('w:r'))):
        for t in r.iterchildren(qn('w:t')):
            t.tag = qn('w:delText')
        p._p.remove(r)
        wrapper.append(r)
    p._p.append(wrapper)


def insert_run(p, voice, text, ident):
    ins = change('w:ins', ident)
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    color = OxmlElement('w:color')
    color.set(qn('w:val'), COLOURS[voice])
    rpr.append(color)
    r.append(rpr)
    t = OxmlElement('w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def deleted_paragraph(name, which):
    d = new_doc()
    lines = [
        ('N', 'Welcome to the warehouse safety course for new starters.'),
        ('C', 'Gloves protect your hands from cuts and splinters.'),
        ('N', 'Forklifts have priority in the yellow aisles at all times.'),
        ('C', 'Mark the area, then call the supervisor on channel two.'),
        ('N', 'Thank you for your attention, and see you in module two.'),
    ]
    ps = [add(d, v, t) for v, t in lines]
    insert_run(ps[1], 'C', ' Every single day.', 10)
    delete_whole(ps[which], 20)
    d.save(os.path.join(OUT, name))


FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'
FOOTNOTES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes'
WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def note_ref(p, ident):
    """The call in the text, as Word writes it: a run in the FootnoteReference look holding w:footnoteReference."""
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    va = OxmlElement('w:vertAlign')
    va.set(qn('w:val'), 'superscript')
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement('w:footnoteReference')
    ref.set(qn('w:id'), str(ident))
    r.append(ref)
    p._p.append(r)


def with_footnotes(path, notes):
    """Adds word/footnotes.xml (Word's two separators, then each note: its raised number, a space, the
    text, in black) with its relationship and content type to a saved python-docx file."""
    def esc(t):
        return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for ident, text in enumerate(notes, start=1):
        body += (f'<w:footnote w:id="{ident}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{WNS}">{body}</w:footnotes>'
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == '[Content_Types].xml':
                data = data.replace(b'</Types>', f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_CT}"/></Types>'.encode())
            elif item.filename == 'word/_rels/document.xml.rels':
                data = data.replace(b'</Relationships>', f'<Relationship Id="rIdNotes" Type="{FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>'.encode())
            out.writestr(item, data)
        out.writestr('word/footnotes.xml', xml)
    os.replace(tmp, path)


def notes_version(name, notes):
    """The same body each time, a footnote called after each of the first len(notes) lines."""
    d = new_doc()
    lines = [
        ('N', 'Welcome to the warehouse safety course for new starters.'),
        ('C', 'Gloves protect your hands from cuts and splinters.'),
        ('N', 'Forklifts have priority in the yellow aisles at all times.'),
        ('C', 'Mark the area, then call the supervisor on channel two.'),
    ]
    for i, (v, t) in enumerate(lines):
        p = add(d, v, t)
        if i < len(notes):
            note_ref(p, i + 1)
    path = os.path.join(OUT, name)
    d.save(path)
    with_footnotes(path, notes)


def moved():
    out = os.path.join(OUT, 'moved')
    os.makedirs(out, exist_ok=True)
    welcome = ('N', 'Welcome to the warehouse safety course for new starters.')
    forklifts = 'Forklifts have priority in the yellow aisles at all times.'
    pedestrians = 'Pedestrians must always use the green walkways along the racks.'
    question = 'Do I really need to wear gloves all day long?'
    helmet = 'What about the helmet in the yard?'
    year = ('N', 'Every year, many accidents happen during the first month on the job.')
    bye = ('N', 'Thank you for your attention, and see you in module two.')
    versions = {
        'v1': [welcome, ('N', f'{forklifts} {pedestrians}'), ('C', f'{question} {helmet}'), year,
               ('C', 'Gloves protect your hands from cuts and splinters every single day.'), bye],
        'v2': [welcome, ('N', 'Gloves protect your hands from cuts and splinters every day.'), ('N', forklifts),
               ('C', question), year, ('N', pedestrians), ('N', helmet), bye],
    }
    # A word mid-line given Coach's colour: the paragraph is cut into three lines, nothing moved.
    versions['v2-midword'] = [welcome, [('N', 'Forklifts have priority in the '), ('C', 'yellow'), ('N', f' aisles at all times. {pedestrians}')],
                              ('C', f'{question} {helmet}'), year, ('C', 'Gloves protect your hands from cuts and splinters every single day.'), bye]
    for name, lines in versions.items():
        d = new_doc()
        for line in lines:
            if isinstance(line, tuple):
                add(d, *line)
                continue
            p = d.add_paragraph()
            for v, t in line:
                p.add_run(t).font.color.rgb = RGBColor.from_string(COLOURS[v])
        d.save(os.path.join(out, f'{name}.docx'))
    with open(os.path.join(out, 'vo-lines.config.yaml'), 'w') as f:
        f.write('voices:\n  Narrator: { color: "#0070C0" }\n  Coach: { color: "#C00000" }\n')


NOTE_A = 'Source: national accident statistics, 2025 edition.'
NOTE_B = 'Gloves must meet the EN 388 standard.'


def main():
    os.makedirs(OUT, exist_ok=True)
    deleted_paragraph('deleted-paragraph.docx', 3)
    deleted_paragraph('deleted-first.docx', 0)
    moved()
    notes_version('notes-v1.docx', [NOTE_A, NOTE_B])
    # The second note rewritten, a third added: the body is the same.
    notes_version('notes-v2.docx', [NOTE_A, 'Gloves must meet the EN 388 and EN 407 standards.', 'Channel two is the site radio.'])
    # Only spacing and quotes retyped: no change.
    notes_version('notes-v2-typed.docx', [NOTE_A.replace(' ', '  '), NOTE_B])


if __name__ == '__main__':
    main()
