"""python-docx documents converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`), in
the shapes where a few small lines (a two-line 10 pt page header, a version block "Version 3 —
approved … / Client: …", a 10 pt direction line) stand beside a body set larger (12 or 13 pt,
Liberation Serif/Sans, DejaVu Sans), single, 1.15 or 1.5 spaced, or in a two-column table; and a
ragged-right paragraph that runs over a page break. Each PDF's paragraphs must read as its DOCX's
(tests/pdf-pitch.test.ts).

/usr/bin/python3 scripts/build-pdf-pitch-fixtures.py
(writes tests/fixtures/pdf-pitch/NAME.docx and NAME.pdf)
"""
import datetime
import os
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'pdf-pitch'))

COLOURS = {'NARRATOR': RGBColor(0x1F, 0x4E, 0x79), 'EXPERT': RGBColor(0x38, 0x76, 0x1D)}

BODY = [
    ('NARRATOR', 'NARRATOR: The harbour wakes before the town does. Long before the first bus coughs its way up the hill, '
                 'the fishing boats are already rounding the breakwater, their decks stacked with crates and nets and the '
                 'patient gulls that follow them home every single morning of the year.'),
    ('EXPERT', 'EXPERT: What most visitors never notice is how much of the catch is sold before it even touches the quay. '
               'The auction runs on phones now, and the prices move faster than anybody on the boats can haul the ropes.'),
    ('NARRATOR', 'NARRATOR: By seven the market hall is full of voices, ice and the smell of diesel, and the buyers from the '
                 'restaurants along the coast argue over every box of langoustines as if their lives depended on it.'),
    ('EXPERT', 'EXPERT: The young skippers worry about quotas, fuel and insurance; the old ones worry about the weather, '
               'which has become harder to read every winter, and about who will take the boats when they are gone.'),
    ('NARRATOR', 'NARRATOR: Then, as suddenly as it started, it is over. The hall is hosed down, the lorries pull away, '
                 'and the harbour goes quiet again until the tide turns and the whole thing begins once more.'),
    ('NARRATOR', 'NARRATOR: Tomorrow the boats will go out again, whatever the forecast says, because that is what they have '
                 'always done here and nobody in the town can quite imagine them doing anything else at all.'),
]

VERSION = ['Version 3 — approved 2026-11-02', 'Client: Harbour Heritage Trust — Episode 4 “The Catch”']
DIRECTIONS = {2: 'SFX: gulls, a diesel engine idling, distant shouting on the quay.',
              4: 'MUSIC: the theme comes in softly under the next line.'}


def base(font, size, spacing=1.0):
    """A document in `font` at `size` pt, its paragraphs 6 pt apart, their lines `spacing` apart (1.0
    single, 1.15 python-docx's template's, 1.5), on US Letter with margins of an inch."""
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = spacing
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return doc


def small(paragraph, text, size):
    """`text` in `size` pt, its paragraph set solid (single spacing, nothing after), as a header's is."""
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    return run


def voiced(paragraph, voice, text):
    run = paragraph.add_run(text)
    run.font.color.rgb = COLOURS[voice]
    return run


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


def flowing(name, font, size, small_size, spacing=1.0, where='body', directions=False, footer=False, repeat=1, after=6):
    """The version block `where` ('body': two small paragraphs above the script; 'header': the
    section's page header), then the script's paragraphs (`repeat` times: a page header shows as
    one on two pages or more), `after` pt apart, with small directions between them if `directions`,
    a footer if `footer`."""
    doc = base(font, size, spacing)
    doc.styles['Normal'].paragraph_format.space_after = Pt(after)
    if where == 'header':
        header = doc.sections[0].header
        first = header.paragraphs[0]
        small(first, VERSION[0], small_size)
        small(header.add_paragraph(), VERSION[1], small_size)
    else:
        for line in VERSION:
            small(doc.add_paragraph(), line, small_size)
    if footer:
        small(doc.sections[0].footer.paragraphs[0], 'Harbour — draft for recording', small_size)
    for k, (voice, text) in enumerate(BODY * repeat):
        if directions and k in DIRECTIONS:
            small(doc.add_paragraph(), DIRECTIONS[k], small_size)
        voiced(doc.add_paragraph(), voice, text)
    save(doc, name)


def table(name, font, size, small_size, spacing=1.0):
    """The version block above a two-column table: the voice's name, then its line."""
    doc = base(font, size, spacing)
    for line in VERSION:
        small(doc.add_paragraph(), line, small_size)
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for voice, text in BODY:
        row = t.add_row()
        row.cells[0].width, row.cells[1].width = Inches(1.3), Inches(5.2)
        speaker, line = text.split(': ', 1)
        voiced(row.cells[0].paragraphs[0], voice, speaker)
        voiced(row.cells[1].paragraphs[0], voice, line)
    save(doc, name)


def over_page(name, font, size, spacing=1.0, lead=1, footer=True):
    """Ragged-right paragraphs after `lead` one-line directions (which set where the page breaks),
    one of them running over the page break, under a small page header, over a footer if `footer`."""
    doc = base(font, size, spacing)
    header = doc.sections[0].header
    small(header.paragraphs[0], VERSION[0], 10)
    if footer:
        small(doc.sections[0].footer.paragraphs[0], 'Page footer — Harbour Heritage Trust', 10)
    for k in range(lead):
        doc.add_paragraph('SFX: the harbour at dawn, take %d.' % (k + 1))
    # Paragraphs of six lines or so: LibreOffice's widow and orphan control (two lines) lets them break.
    for k in range(9):
        (voice, text), (_, more) = BODY[k % 6], BODY[(k + 1) % 6]
        voiced(doc.add_paragraph(), voice, text + ' ' + more.split(': ', 1)[1])
    save(doc, name)


TECH = [
    ('NARRATOR', 'NARRATOR: Every bench in the assembly hall is covered with electrostatically-dissipative matting, '
                 'and the technicians wear grounded wrist straps whenever they handle the boards.'),
    ('EXPERT', 'EXPERT: Uncharacteristically, the interdepartmental review acknowledged that the documentation was '
               'comprehensive, notwithstanding the understandable disappointment of the procurement team.'),
    ('NARRATOR', 'NARRATOR: The solvent cabinets are kept apart from the ovens, because the cleaning fluid is highly-'
                 'flammable and the regulations are very strict about it.'),
    ('EXPERT', 'EXPERT: Nobody here remembers an accident; the newly-appointed safety officer intends to keep it '
               'that way for a very long time.'),
]


def hyphenated(name, font, size, width):
    """LibreOffice's automatic hyphenation on (w:autoHyphenation): it breaks long words at line ends
    with a hyphen (U+002D, as the text's own), and compounds at their own hyphens
    ("electrostatically-" / "dissipative"); the text `width` inches wide."""
    doc = base(font, size)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Inches((8.5 - width) / 2)
    auto = OxmlElement('w:autoHyphenation')
    auto.set(qn('w:val'), 'true')
    doc.settings.element.append(auto)
    for voice, text in TECH:
        voiced(doc.add_paragraph(), voice, text)
    save(doc, name)


NOTES = ['Landings figures from the harbour office, 2025.', 'Interview recorded on the quay in March.']
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def footnoted(name, font, size, styled):
    """Footnotes written as python-docx cannot (word/footnotes.xml added to its package): a call
    `<w:footnoteReference>` after a word mid-sentence and after a sentence's full stop. Its run
    styled `FootnoteReference` (not in python-docx's template: LibreOffice then sets the number
    full size, on the baseline, as text) or, if `styled`, raised by its own `w:vertAlign`."""
    doc = base(font, size)
    calls = {0: ('coughs its way up the hill,', 1), 1: ('faster than anybody on the boats can haul the ropes.', 2)}
    for k, (voice, text) in enumerate(BODY[:4]):
        p = doc.add_paragraph()
        if k in calls:
            cut, n = calls[k]
            head, tail = text.split(cut, 1)
            voiced(p, voice, head + cut)
            run = voiced(p, voice, '')
            rpr = run._r.get_or_add_rPr()
            style = OxmlElement('w:rStyle')
            style.set(qn('w:val'), 'FootnoteReference')
            rpr.append(style)
            if styled:
                va = OxmlElement('w:vertAlign')
                va.set(qn('w:val'), 'superscript')
                rpr.append(va)
            ref = OxmlElement('w:footnoteReference')
            ref.set(qn('w:id'), str(n))
            run._r.append(ref)
            voiced(p, voice, tail)
        else:
            voiced(p, voice, text)
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    tmp = path + '.tmp'
    doc.save(tmp)
    notes = ''.join(
        f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in enumerate(NOTES))
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 f'{notes}</w:footnotes>')
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == '[Content_Types].xml':
                data = data.replace(b'</Types>', b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == 'word/_rels/document.xml.rels':
                data = data.replace(b'</Relationships>', b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            out.writestr(zipfile.ZipInfo(item.filename, date_time=(2025, 9, 1, 8, 0, 0)), data, zipfile.ZIP_DEFLATED)
        out.writestr(zipfile.ZipInfo('word/footnotes.xml', date_time=(2025, 9, 1, 8, 0, 0)), footnotes, zipfile.ZIP_DEFLATED)
    os.remove(tmp)
    lo_pdf(path, 'pdf', OUT)


if __name__ == '__main__':
    flowing('version-10-serif-12', 'Liberation Serif', 12, 10)
    flowing('version-9-sans-13', 'Liberation Sans', 13, 9, spacing=1.15)
    flowing('version-10-serif-13-115', 'Liberation Serif', 13, 10, spacing=1.15)
    flowing('header-10-serif-12', 'Liberation Serif', 12, 10, where='header', footer=True, repeat=3)
    flowing('header-10-serif-12-115-one-page', 'Liberation Serif', 12, 10, spacing=1.15, where='header', footer=True)
    flowing('header-9-sans-13-115', 'Liberation Sans', 13, 9, spacing=1.15, where='header', repeat=3)
    flowing('version-10-dejavu-12-150', 'DejaVu Sans', 12, 10, spacing=1.5)
    flowing('directions-10-serif-12', 'Liberation Serif', 12, 10, directions=True)
    flowing('directions-10-serif-12-115', 'Liberation Serif', 12, 10, spacing=1.15, directions=True)
    flowing('directions-10-serif-12-solid', 'Liberation Serif', 12, 10, spacing=1.15, directions=True, after=0)
    table('table-10-sans-12', 'Liberation Sans', 12, 10)
    table('table-10-sans-12-115', 'Liberation Sans', 12, 10, spacing=1.15)
    over_page('over-page-serif-12', 'Liberation Serif', 12, lead=1)
    over_page('over-page-serif-12-b', 'Liberation Serif', 12, lead=2)
    over_page('over-page-sans-12-115', 'Liberation Sans', 12, spacing=1.15, lead=1, footer=False)
    over_page('over-page-sans-12-115-b', 'Liberation Sans', 12, spacing=1.15, lead=2, footer=False)
    # Measures where a compound's own hyphen ends a line: "electrostatically-" (2.85 in), "newly-" (4 in).
    hyphenated('hyphen-auto-285', 'Liberation Serif', 12, 2.85)
    hyphenated('hyphen-auto-400', 'Liberation Serif', 12, 4.0)
    footnoted('footnotes-plain-serif-12', 'Liberation Serif', 12, styled=False)
    footnoted('footnotes-raised-serif-12', 'Liberation Serif', 12, styled=True)
