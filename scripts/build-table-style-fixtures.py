"""Scripts set in tables whose table style paints banded rows and a header row: decoration of the
table, not a coding of the lines (a reader does not say "the pale blue rows are the narrator's").

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-table-style-fixtures.py
Writes tests/fixtures/table-style/*.docx and their PDFs (soffice --headless --convert-to pdf).
python-docx's template holds Word's built-in table styles ("Medium Shading 1 Accent 1": a #4F81BD
header row, odd body rows banded #D3DFEE) as Word writes them (w:tblStylePr band1Horz / firstRow).
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf, shade

OUT = 'tests/fixtures/table-style'
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)


LINES = [
    ('Narrator', 'Welcome to the safety module for the new warehouse team.', BLUE),
    ('Trainer', 'Please put on your helmet before you enter the loading bay.', GREEN),
    ('Narrator', 'Every exit is marked in green and lit at night.', BLUE),
    ('Narrator', 'The first aid kit hangs beside the office door.', BLUE),
    ('Trainer', 'Forklifts always have priority in the aisles.', GREEN),
    ('Narrator', 'Report every incident to your team leader the same day.', BLUE),
    ('Trainer', 'Thank you, and stay safe out there.', GREEN),
]


def banded_script(legend, headers):
    """A script whose lines stand in a table of Word's banded style, under a title (and a legend)."""
    d = Document()
    d.add_paragraph('Safety module – voice-over script, version 2')
    if legend:
        d.add_paragraph(legend)
    t = d.add_table(rows=1, cols=len(headers))
    t.style = 'Medium Shading 1 Accent 1'
    for cell, text in zip(t.rows[0].cells, headers):
        cell.text = text
    return d, t


def banded_text_colours():
    """Voices by text colour in a banded table; the legend names text colours ("in blue")."""
    d, t = banded_script('Legend: Narrator in blue, Trainer in green.', ['Speaker', 'Line'])
    for who, line, colour in LINES:
        row = t.add_row().cells
        row[0].text = who
        row[1].paragraphs[0].add_run(line).font.color.rgb = colour
    return d


def banded_cell_shading():
    """Voices by direct cell shading (yellow, green) in the same banded style: the writer's own fills code the lines."""
    d, t = banded_script('Legend: Narrator – yellow, Trainer – green.', ['Line'])
    for who, line, _ in LINES:
        cell = t.add_row().cells[0]
        cell.text = line
        shade(cell, 'FFFF00' if who == 'Narrator' else '92D050')
    return d


def banded_speaker_column():
    """No colour coding: black text, the speaker's name in the first column, the same banded style."""
    d, t = banded_script(None, ['Speaker', 'Line'])
    for who, line, _ in LINES:
        row = t.add_row().cells
        row[0].text = who.upper()
        row[1].text = line
    return d


def banded_black_text():
    """No coding at all: black lines in one column of the same banded style, no names."""
    d, t = banded_script(None, ['Line'])
    for _, line, _ in LINES:
        t.add_row().cells[0].text = line
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    made = []
    for name, build in [
        ('banded-text-colours', banded_text_colours),
        ('banded-cell-shading', banded_cell_shading),
        ('banded-speaker-column', banded_speaker_column),
        ('banded-black-text', banded_black_text),
    ]:
        path = os.path.join(OUT, f'{name}.docx')
        doc = build()
        doc.core_properties.author = 'vo-lines fixtures'
        doc.save(path)
        made.append(path)
    lo_pdf(made, OUT, own_profile=False)


if __name__ == '__main__':
    main()
