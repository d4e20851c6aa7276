"""AV storyboards with merged cells, and storyboards coded by whole rows (attribute/av-columns.ts).

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-av-merge-fixtures.py
Writes tests/fixtures/av-merge/*.docx and their PDFs (soffice --headless --convert-to pdf); the
LibreOffice ones (-lo) from an HTML page with colspan (soffice --convert-to docx, then pdf). With names
as arguments, only those fixtures.

All are e-learning storyboards `# | Screen / On-screen text | Narration (VO) | Notes`, their legend a
paragraph above the table (Narrator = blue 0070C0, Expert = green 00B050, black not recorded; the
row-shaded ones: Narrator = yellow shading FFFF00, Expert = green shading 92D050).

label-merged-en: rows 3 and 5 have their `#` and `Screen` cells merged into a section label (python-docx
`merge`: one cell, w:gridSpan="2"), the narration in a cell of its own under `Narration (VO)`, grid
column 3: the Expert's one line (12 words) there. label-merged-lo-en: the same table as HTML (colspan="2")
through LibreOffice (its DOCX writes w:gridSpan too).
set-in-en: the same with other producers' marks: row 3 has no cells for `#` and `Screen` at all, the row
set in by two grid columns (w:trPr/w:gridBefore="2", as Word writes a row dragged in), row 5 has its label
over two cells merged the old way (w:hMerge restart + continue, as Word 97-2003 documents have it).
merges-en: cells merged every way, text coloured whole rows (screen text too), notes black:
the Narrator's narration merged down over rows 2 and 3 (w:vMerge restart + continue: one narration for two
screens, the on-screen text of row 3 in the Narrator's blue beside it); row 4 its `Screen` and `Narration`
merged (the Expert's line in it); row 5 its `Narration` and `Notes` merged (the Expert's line in it).
rowcolour-en: every cell of each row typed in the row's voice's colour (the `#`, screen text, narration
and `Notes / Animation`); header black. rowshade-en: every cell of each row shaded in the voice's colour;
rowshade-title-en: the same under a title row merged across the table (w:gridSpan="4").
speaker-rowcolour-en: `Screen | Speaker | Narration (VO) | Notes`, every cell of each row typed in the row's voice's
colour, the speaker's name in a column of its own: the names are labels, read as they are (a voice told
by its label keeps its lines); the notes are no lines.
notes-coloured-en (control): only the narration and, in one row, a note in a look of their own (the
Narrator's blue for the narration, the note in red C00000, no voice's): the note is read as it is.
"""
import html
import os
import shutil
import sys
import tempfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell

from docx_common import lo_pdf, put, shade

OUT = 'tests/fixtures/av-merge'
BLUE = '0070C0'
GREEN = '00B050'
HEADER = ['#', 'Screen / On-screen text', 'Narration (VO)', 'Notes']
KEY = 'Key: Narrator = blue; Expert = green; black text is not recorded.'


def storyboard(title, header=HEADER, rows=0, key=KEY):
    d = Document()
    d.add_paragraph(title)
    d.add_paragraph(key)
    t = d.add_table(rows=rows + 1, cols=len(header))
    t.style = 'Table Grid'
    for c, h in enumerate(header):
        put(t.rows[0].cells[c], h)
    return d, t


LABEL_ROWS = [
    ('1', 'Title card', 'Welcome to the induction course for new starters.', BLUE, 'Music in'),
    (None, 'Section A – Intro video', 'Meet our chief executive, who will explain why safety comes first here.', GREEN, 'Play clip'),
    ('2', 'Map of site', 'The site has three zones, each with its own rules.', BLUE, 'Zoom'),
    (None, 'Section B – Wrap up', 'That is the end of the course. Thank you.', BLUE, 'Fade'),
]


def label_merged():
    d, t = storyboard('Induction — storyboard with section labels', rows=len(LABEL_ROWS))
    for r, (num, screen, vo, colour, note) in enumerate(LABEL_ROWS, start=1):
        cells = t.rows[r].cells
        if num is None:
            put(cells[0].merge(cells[1]), screen)
        else:
            put(cells[0], num)
            put(cells[1], screen)
        put(cells[2], vo, colour)
        put(cells[3], note)
    return d


def label_merged_html():
    def td(text, colour=None, span=1):
        inner = html.escape(text)
        if colour:
            inner = f'<span style="color:#{colour}">{inner}</span>'
        return f'<td colspan="{span}">{inner}</td>' if span > 1 else f'<td>{inner}</td>'
    rows = ''.join(f'<th>{html.escape(h)}</th>' for h in HEADER)
    body = []
    for num, screen, vo, colour, note in LABEL_ROWS:
        first = td(screen, span=2) if num is None else td(num) + td(screen)
        body.append(f'<tr>{first}{td(vo, colour)}{td(note)}</tr>')
    return (
        '<html><head><meta charset="utf-8"><title>storyboard</title></head><body>'
        '<p>Induction — storyboard with section labels</p>'
        f'<p>{html.escape(KEY)}</p>'
        f'<table border="1" style="width:100%"><tr>{rows}</tr>{"".join(body)}</table></body></html>'
    )


def set_in():
    """Row 3: no `#` nor `Screen` cell, the row set in (w:gridBefore=2); row 5: its label merged by w:hMerge."""
    d, t = storyboard('Induction — storyboard, rows set in', rows=len(LABEL_ROWS))
    for r, (num, screen, vo, colour, note) in enumerate(LABEL_ROWS, start=1):
        # (The row's own cells: python-docx's `cells` goes by a grid a set-in row changes.)
        cells = [_Cell(tc, t) for tc in t.rows[r]._tr.findall(qn('w:tc'))]
        if num is None and r == 2:
            tr = t.rows[r]._tr
            for tc in tr.findall(qn('w:tc'))[:2]:
                tr.remove(tc)
            tr_pr = tr.get_or_add_trPr()
            before = OxmlElement('w:gridBefore')
            before.set(qn('w:val'), '2')
            tr_pr.insert(0, before)
            cells = [None, None, *(_Cell(tc, t) for tc in tr.findall(qn('w:tc')))]
        elif num is None:
            for k, val in ((0, 'restart'), (1, None)):
                merge = OxmlElement('w:hMerge')
                if val:
                    merge.set(qn('w:val'), val)
                cells[k]._tc.get_or_add_tcPr().append(merge)
            put(cells[0], screen)
        else:
            put(cells[0], num)
            put(cells[1], screen)
        put(cells[2], vo, colour)
        put(cells[3], note)
    return d


def merges():
    d, t = storyboard('Safety tour — storyboard, merged cells', rows=5)
    R = t.rows
    put(R[1].cells[0], '1'); put(R[1].cells[1], 'Welcome screen with logo', BLUE); put(R[1].cells[3], 'Music in')
    put(R[1].cells[2].merge(R[2].cells[2]), 'Welcome. Over the next two screens we meet the team that keeps you safe.', BLUE)
    put(R[2].cells[0], '2'); put(R[2].cells[1], 'Team photo', BLUE); put(R[2].cells[3], 'Pan left')
    put(R[3].cells[0], '3'); put(R[3].cells[1].merge(R[3].cells[2]), 'Here is the first rule: wear your badge at all times.', GREEN); put(R[3].cells[3], 'Badge graphic')
    put(R[4].cells[0], '4'); put(R[4].cells[1], 'Badge close-up', GREEN); put(R[4].cells[2].merge(R[4].cells[3]), 'Visitors get a red badge at the desk.', GREEN)
    put(R[5].cells[0], '5'); put(R[5].cells[1], 'End card', BLUE); put(R[5].cells[2], 'Thank you.', BLUE); put(R[5].cells[3], 'Fade out')
    return d


FIRE_ROWS = [
    ('1', 'Title card: Fire Safety', 'Welcome to fire safety training. It takes ten minutes.', 'Logo sting', 'N'),
    ('2', 'Photo of extinguisher; caption Know your extinguisher', 'I am Dana, the site fire marshal. Let us look at the red cylinder on the wall.', 'Dana on camera', 'E'),
    ('3', 'Text: PASS = Pull, Aim, Squeeze, Sweep', 'Remember the word pass: pull, aim, squeeze and sweep.', 'Build letters one by one', 'N'),
    ('4', 'Quiz screen: Which exit is nearest?', 'Take a moment and choose the nearest exit.', 'Wait for click', 'E'),
]
FIRE_HEADER = ['#', 'Screen / On-screen text', 'Narration (VO)', 'Notes / Animation']


def rowcolour():
    d, t = storyboard('Fire Safety — storyboard', header=FIRE_HEADER)
    for row in FIRE_ROWS:
        cells = t.add_row().cells
        for c, text in enumerate(row[:4]):
            put(cells[c], text, BLUE if row[4] == 'N' else GREEN)
    return d


def rowshade(title_row=False):
    d = Document()
    d.add_paragraph('Fire Safety — storyboard')
    d.add_paragraph('Key: Narrator = yellow shading; Expert = green shading; unshaded text is not recorded.')
    t = d.add_table(rows=0, cols=4)
    t.style = 'Table Grid'
    if title_row:
        c = t.add_row().cells
        put(c[0].merge(c[3]), 'Module 2 – Fire safety basics')
    c = t.add_row().cells
    for i, h in enumerate(FIRE_HEADER):
        put(c[i], h)
    for row in FIRE_ROWS:
        cells = t.add_row().cells
        for i, text in enumerate(row[:4]):
            put(cells[i], text)
            shade(cells[i], 'FFFF00' if row[4] == 'N' else '92D050')
    return d


def notes_coloured():
    d, t = storyboard('Fire Safety — storyboard, one note in red', header=FIRE_HEADER)
    for num, screen, vo, note, v in FIRE_ROWS:
        cells = t.add_row().cells
        put(cells[0], num)
        put(cells[1], screen)
        put(cells[2], vo, BLUE if v == 'N' else GREEN)
        put(cells[3], note, 'C00000' if num == '3' else None)
    return d


def speaker_rowcolour():
    d, t = storyboard('Fire Safety — storyboard with speakers', header=['Screen', 'Speaker', 'Narration (VO)', 'Notes'])
    for num, screen, vo, note, v in FIRE_ROWS:
        cells = t.add_row().cells
        for c, text in enumerate([screen, 'NARRATOR' if v == 'N' else 'DANA', vo, note]):
            put(cells[c], text, BLUE if v == 'N' else GREEN)
    return d


FIXTURES = {
    'label-merged-en': label_merged,
    'set-in-en': set_in,
    'merges-en': merges,
    'rowcolour-en': rowcolour,
    'rowshade-en': rowshade,
    'rowshade-title-en': lambda: rowshade(title_row=True),
    'notes-coloured-en': notes_coloured,
    'speaker-rowcolour-en': speaker_rowcolour,
}
FROM_HTML = {'label-merged-lo-en': label_merged_html}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or [*FIXTURES, *FROM_HTML]:
        path = os.path.join(OUT, name + '.docx')
        if name in FROM_HTML:
            page = os.path.join(OUT, name + '.html')
            with open(page, 'w', encoding='utf-8') as f:
                f.write(FROM_HTML[name]())
            # LibreOffice opens the page in Writer/Web: its DOCX filter by name.
            with tempfile.TemporaryDirectory() as work:
                lo_pdf(page, work, 'docx:MS Word 2007 XML', own_profile=False)
                shutil.move(os.path.join(work, name + '.docx'), path)
        else:
            FIXTURES[name]().save(path)
        lo_pdf(path, OUT, own_profile=False)


if __name__ == '__main__':
    main(sys.argv[1:])
