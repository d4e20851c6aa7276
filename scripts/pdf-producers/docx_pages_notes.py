"""Word-made scripts as LibreOffice exports them: one spot or screen a page under a Heading 1 (the
heading is the page's first line, pressed against the text under it: no running header), and Word
footnotes and endnotes (Footnote Text 10 pt under Normal 11 pt, the note's raised number followed by a
typed space; endnote calls in lower-case roman numerals).

/usr/bin/python3 scripts/pdf-producers/docx_pages_notes.py

Writes tests/fixtures/pdf-furniture/NAME.docx (a minimal WordprocessingML package written here: python-docx
0.8.11 writes no footnotes), NAME.yaml (the voices) and NAME.pdf (`soffice --headless --convert-to pdf`,
LibreOffice 7.4.7.2).
"""
import os
import subprocess
import tempfile
import zipfile

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-furniture'))
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
RED, BLUE = 'C00000', '0070C0'
CFG_COLOURS = 'voices:\n  Narrator: { color: "#C00000" }\n  Learner: { color: "#0070C0" }\nunassigned: ["#000000"]\nwpm: 150\n'
CFG_SPOTS = 'voices:\n  Announcer: { highlight: yellow }\n  Customer: { highlight: "bright green" }\nunassigned: ["#000000"]\nwpm: 160\n'
PAGE_BREAK = '<w:r><w:br w:type="page"/></w:r>'

STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
)
NOTE_STYLES = ''.join(
    f'<w:style w:type="paragraph" w:styleId="{kind}Text"><w:name w:val="{kind.lower()} text"/><w:basedOn w:val="Normal"/>'
    f'<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    f'<w:style w:type="character" w:styleId="{kind}Reference"><w:name w:val="{kind.lower()} reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    for kind in ('Footnote', 'Endnote')
)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def run(text, color=None, hl=None):
    props = (f'<w:color w:val="{color}"/>' if color else '') + (f'<w:highlight w:val="{hl}"/>' if hl else '')
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(*runs, style=None):
    props = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
    return f'<w:p>{props}{"".join(runs)}</w:p>'


def note_ref(kind, color=None):
    """The call in the text: Word's `w:footnoteReference` / `w:endnoteReference` in its reference style."""
    props = f'<w:rStyle w:val="{kind.capitalize()}Reference"/>' + (f'<w:color w:val="{color}"/>' if color else '')
    return f'<w:r><w:rPr>{props}</w:rPr><w:{kind}Reference w:id="1"/></w:r>'


def notes_part(kind, text, color=None):
    """One note as Word writes it: its number (`w:footnoteRef`, raised), then a typed space and the text."""
    cap = kind.capitalize()
    return (f'<w:{kind}s xmlns:w="{W}">'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:id="1"><w:p><w:pPr><w:pStyle w:val="{cap}Text"/></w:pPr><w:r><w:rPr><w:rStyle w:val="{cap}Reference"/></w:rPr><w:{kind}Ref/></w:r>'
            f'{run(" " + text, color)}</w:p></w:{kind}></w:{kind}s>')


def save(name, body, cfg, notes=None):
    """Writes NAME.docx (A4, 1 in margins), NAME.yaml and NAME.pdf. `notes`: (kind, text, colour) of one note."""
    os.makedirs(OUT, exist_ok=True)
    parts = {
        'word/styles.xml': f'<w:styles xmlns:w="{W}">{STYLES}{NOTE_STYLES if notes else ""}</w:styles>',
        'word/document.xml': (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                              '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'),
    }
    rels = [('rIdS', 'styles', 'styles.xml')]
    types = [('/word/document.xml', 'document.main+xml'), ('/word/styles.xml', 'styles+xml')]
    if notes:
        kind, text, color = notes
        parts[f'word/{kind}s.xml'] = notes_part(kind, text, color)
        rels.append(('rIdN', f'{kind}s', f'{kind}s.xml'))
        types.append((f'/word/{kind}s.xml', f'{kind}s+xml'))
    parts['[Content_Types].xml'] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + ''.join(f'<Override PartName="{p}" ContentType="{CT}{t}"/>' for p, t in types) + '</Types>')
    parts['_rels/.rels'] = f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'
    parts['word/_rels/document.xml.rels'] = f'<Relationships xmlns="{PKG}">' + ''.join(f'<Relationship Id="{i}" Type="{R}/{t}" Target="{f}"/>' for i, t, f in rels) + '</Relationships>'
    path = os.path.join(OUT, name + '.docx')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for part in ['[Content_Types].xml', '_rels/.rels'] + [p for p in parts if p not in ('[Content_Types].xml', '_rels/.rels')]:
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + parts[part])
    with open(os.path.join(OUT, name + '.yaml'), 'w') as f:
        f.write(cfg)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path],
                       check=True, capture_output=True)


def spots_over():
    """Three radio spots, one a page, each under "SPOT n — :30" (Heading 1): spot 2 runs over its 30 s at 160 wpm."""
    long = ('This weekend only, every baguette, every croissant and every pain au chocolat is one euro at Martin’s Bakery. '
            'Bring the whole family, bring your neighbours, bring your colleagues from the office, because the ovens start at five and they do not stop until the last loaf is gone. '
            'We bake with flour from the mill down the road, butter from the farm next door and a sourdough starter that is older than the bakery itself. '
            'Come early, come hungry, and tell them Martin sent you.')
    spots = [('Fresh croissants every morning at Martin’s Bakery, from six a.m.', 'Still warm? I’ll take two.'),
             (long, 'One euro? Really?'),
             ('Martin’s Bakery, 12 Lilac Street. Open every day but Monday.', 'See you tomorrow!')]
    body = ''
    for i, (a, c) in enumerate(spots):
        body += para(PAGE_BREAK if i else '', run(f'SPOT {i + 1} — :30'), style='Heading1')
        body += para(run('MUSIC: light accordion, under.'))
        body += para(run(a, hl='yellow')) + para(run(c, hl='green'))
    save('spots-over-en', body, CFG_SPOTS)


def screen_pages():
    """Screens 4 to 6 of an e-learning quiz, one a page under "Screen n" (Heading 1): the heading's number is the page's plus 3."""
    quiz = [('A pallet leans to one side. What do you do?', 'I stop and re-stack it.'),
            ('You are late for a delivery. What do you do?', 'I keep to walking pace anyway.'),
            ('A colleague walks behind your truck. What do you do?', 'I stop and sound the horn.')]
    body = ''
    for i, (q, a) in enumerate(quiz):
        body += para(PAGE_BREAK if i else '', run(f'Screen {i + 4}'), style='Heading1')
        body += para(run(q, RED)) + para(run(a, BLUE))
    save('screen-pages-en', body, CFG_COLOURS)


def same_pages():
    """Screens 1 to 3, one a page; screens 2 and 3 say the same two lines under "Screen 2", "Screen 3"."""
    body = para(run('Screen 1 — Welcome'), style='Heading1')
    body += para(run('Welcome to the forklift safety course.', RED)) + para(run('Will this take long?', BLUE))
    for i in (2, 3):
        body += para(PAGE_BREAK, run(f'Screen {i}'), style='Heading1')
        body += para(run('The forks must stay low when you drive.', RED)) + para(run('How low is low?', BLUE))
    save('same-pages-en', body, CFG_COLOURS)


def notes(kind, name, call_color):
    """A footnote or endnote called at the end of a narrator's word: "workers¹" (endnotes: "workersⁱ"); the note in black (Word's default)."""
    body = para(run('Screen 8 — Why it matters'), style='Heading1')
    body += para(run('Every year, forklifts injure thousands of workers', RED), note_ref(kind, call_color), run('. Most of these accidents could be avoided.', RED))
    body += para(run('So the rules really matter.', BLUE))
    text = 'Source: national accident statistics, 2025 edition.' if kind == 'footnote' else 'Figures from the 2025 national report on warehouse safety.'
    save(name, body, CFG_COLOURS, (kind, text, None))


if __name__ == '__main__':
    spots_over()
    screen_pages()
    same_pages()
    notes('footnote', 'footnote-word-en', RED)
    notes('endnote', 'endnote-word-en', RED)
