"""Fixtures of tests/pdf-table-numbers.test.ts: a Word table whose first column numbers its rows
(`#`), running over three pages, printed to PDF by LibreOffice. On pages 2 and 3 the table opens
the page and nothing stands left of its `#` column: its numbers looked like Word's line numbering
in the margin and were left out (30 rows' numbers gone, their rows run together).

Run from the repository root with the system Python (/usr/bin/python3), python-docx and LibreOffice:
    /usr/bin/python3 scripts/build-pdf-table-numbers-fixtures.py
Writes tests/fixtures/pdf-table-numbers/table-hash-en.docx and .pdf.
"""
import os
import subprocess

from docx import Document
from docx.shared import RGBColor

OUT = os.path.join('tests', 'fixtures', 'pdf-table-numbers')
VOICES = [('Narrator', RGBColor(0x00, 0x70, 0xC0)), ('Expert', RGBColor(0xC0, 0x00, 0x00))]
LINES = [
    'Check the forks before every shift and report any crack at once.',
    'Keep the load low and tilted back while you drive across the yard.',
    'Sound the horn at every blind corner and wait for an answer.',
    'Never carry a passenger on the truck, whatever they tell you.',
    'Park with the forks down, the brake on and the key out.',
]


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    doc.add_paragraph('Forklift Safety Module — recording script')
    doc.add_paragraph('Cast: Narrator in blue, Expert in red. Text in black is not recorded. Each row of the'
                      ' table below is one line to record, numbered in its first column.')
    table = doc.add_table(rows=1, cols=3)
    table.style = 'Table Grid'
    for cell, text in zip(table.rows[0].cells, ['#', 'Voice', 'Line']):
        cell.text = text
    for i in range(60):
        name, colour = VOICES[i % 2]
        row = table.add_row().cells
        row[0].text = str(i + 1)
        row[1].text = name
        run = row[2].paragraphs[0].add_run(LINES[i % len(LINES)])
        run.font.color.rgb = colour
    for row in table.rows:
        row.cells[0].width = row.cells[0].width // 6 if row.cells[0].width else None
    path = os.path.join(OUT, 'table-hash-en.docx')
    doc.save(path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True,
                   stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
