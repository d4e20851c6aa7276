"""Fixtures for tests/diff4.test.ts (tests/fixtures/diff4/):

- v1.docx: five paragraphs (Narrator blue, Coach red), no tracked change.
- Tracked deletions of a paragraph at the end or in the middle, in the shapes writers give them:
  - last-whole.docx: the last paragraph's runs in `w:del` and its mark deleted (`w:pPr/w:rPr/w:del`),
    as the diff3 fixtures delete a paragraph in the middle (a writer that deletes the last mark);
  - last-word.docx: Word's shape (the final paragraph mark cannot be deleted): the mark of the
    paragraph before it deleted, the last paragraph's runs in `w:del`, its own mark kept;
  - last-text.docx: the last paragraph's runs in `w:del`, its mark kept (an empty paragraph left);
  - middle-word.docx: the fourth paragraph deleted in Word's other shape (the third's mark deleted,
    the fourth's runs in `w:del`, its mark kept).
  Read as accepted, each is v1 less one paragraph.
- notes/: the same body, a footnote after the first line, in three versions: v1 (the note as a reader
  sees it), v2-hidden (the same note with a hidden run added: `w:vanish`, what Word does not show), and
  v3-shown (v2's hidden words shown: a change a reader sees).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-diff4-fixtures.py
"""
import datetime
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/diff4'
COLOURS = {'N': '0070C0', 'C': 'C00000'}
DATE = '2026-01-05T10:00:00Z'
LINES = [
    ('N', 'Welcome to the warehouse safety course for new starters.'),
    ('C', 'Gloves protect your hands from cuts and splinters.'),
    ('N', 'Forklifts have priority in the yellow aisles at all times.'),
    ('C', 'Mark the area, then call the supervisor on channel two.'),
    ('N', 'Thank you for your attention, and see you in module two.'),
]


def new_doc():
    d = Document()
    set_language(d, 'en-US')
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    return d


def add(d, voice, text):
    p = d.add_paragraph()
    p.add_run(text).font.color.rgb = RGBColor.from_string(COLOURS[voice])
    return p


def change(tag, ident):
    el = OxmlElement(tag)
    el.set(qn('w:id'), str(ident))
    el.set(qn('w:author'), 'Alice')
    el.set(qn('w:date'), DATE)
    return el


def delete_mark(p, ident):
    """The paragraph's mark deleted (it runs on into the next paragraph)."""
    rpr = OxmlElement('w:rPr')
    rpr.append(change('w:del', ident))
    p._p.get_or_add_pPr().append(rpr)


def delete_runs(p, ident):
    """The paragraph's runs inside one w:del, their text as w:delText."""
    wrapper = change('w:del', ident)
    for r in list(p._p.iterchildren(qn('w:r'))):
        for t in r.iterchildren(qn('w:t')):
            t.tag = qn('w:delText')
        p._p.remove(r)
        wrapper.append(r)
    p._p.append(wrapper)


def version(name, edit=None):
    d = new_doc()
    ps = [add(d, v, t) for v, t in LINES]
    if edit:
        edit(ps)
    d.save(os.path.join(OUT, name))


FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'
FOOTNOTES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes'
WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NOTE = 'Source: national accident statistics, 2025 edition.'
HIDDEN = ' Check the figures with the legal team before release.'


def note_ref(p, ident):
    """The call in the text, as Word writes it: a raised run holding w:footnoteReference."""
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


def with_footnote(path, runs):
    """Adds word/footnotes.xml (Word's two separators, then one note: its raised number, then `runs`,
    each (text, hidden)) with its relationship and content type to a saved python-docx file."""
    text_runs = ''.join(
        f'<w:r>{"<w:rPr><w:vanish/></w:rPr>" if hidden else ""}<w:t xml:space="preserve">{text}</w:t></w:r>' for text, hidden in runs)
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{text_runs}</w:p></w:footnote>')
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


def notes_version(name, runs):
    d = new_doc()
    ps = [add(d, v, t) for v, t in LINES[:3]]
    note_ref(ps[0], 1)
    path = os.path.join(OUT, 'notes', name)
    d.save(path)
    with_footnote(path, runs)


def main():
    os.makedirs(OUT, exist_ok=True)
    version('v1.docx')
    version('last-whole.docx', lambda ps: (delete_runs(ps[4], 20), delete_mark(ps[4], 21)))
    version('last-word.docx', lambda ps: (delete_mark(ps[3], 20), delete_runs(ps[4], 21)))
    version('last-text.docx', lambda ps: delete_runs(ps[4], 20))
    version('middle-word.docx', lambda ps: (delete_mark(ps[2], 20), delete_runs(ps[3], 21)))
    os.makedirs(os.path.join(OUT, 'notes'), exist_ok=True)
    notes_version('v1.docx', [(NOTE, False)])
    notes_version('v2-hidden.docx', [(NOTE, False), (HIDDEN, True)])
    notes_version('v3-shown.docx', [(NOTE, False), (HIDDEN, False)])


if __name__ == '__main__':
    main()
