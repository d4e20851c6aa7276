"""Backgrounds under the lines of several text colours (attribute/fills-under-colours.ts): a page's
colour, a table whose every cell is shaded, a box around a passage; beside them real highlight voices.

Run from the repository root with the system Python (python-docx), LibreOffice and Chromium:
    /usr/bin/python3 scripts/build-fills-under-colours-fixtures.py
Writes tests/fixtures/fills-under-colours/ (see its README.md). Running it again rewrites the PDFs
with new timestamps.
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor

from docx_common import chromium, lo_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'fills-under-colours'))
RED = 'C00000'
BLUE = '0050A0'


def new_doc():
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    return doc


def para(doc, text, rgb=None, highlight=None):
    run = doc.add_paragraph().add_run(text)
    if rgb:
        run.font.color.rgb = RGBColor.from_string(rgb)
    if highlight:
        run.font.highlight_color = highlight
    return run


HEAD = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><style>'
        '@page { size: A5; margin: 15mm } body { font: 11pt/1.4 "DejaVu Sans", sans-serif }'
        '.a { color: #C00000 } .b { color: #0050A0 } .y { background: #FFFF00 } .g { background: #00FF00 }')

# A page printed with its colour (print-color-adjust: exact): a black title, a red and a dark blue
# voice on the page's colour, a voice told by a yellow highlight alone.
PAGE = HEAD + ('html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #FDF6E3 }'
               '</style></head><body>'
               '<p>Harbour tour, take two.</p>'
               '<p class="a">Welcome aboard the morning cruise.</p>'
               '<p class="b">Look left for the seals on the rocks.</p>'
               '<p><span class="y">Mind your step on the gangway.</span></p>'
               '<p class="a">We return at noon.</p>'
               '</body></html>')

# Every cell of a table shaded #F2F2F2 (the rows' numbers black), then a box shaded #EEF4FF: red and
# dark blue lines in both.
CELLS_BOX = HEAD + ('table { border-collapse: collapse; width: 100% } td { border: 1px solid #999; padding: 4px; background: #F2F2F2 }'
                    '.box { background: #EEF4FF; padding: 8px; border-radius: 6px }'
                    '</style></head><body>'
                    '<p>Scene one.</p><table>'
                    '<tr><td>1</td><td class="a">Welcome aboard the morning cruise.</td></tr>'
                    '<tr><td>2</td><td class="b">Look left for the seals on the rocks.</td></tr>'
                    '<tr><td>3</td><td class="a">We return at noon.</td></tr>'
                    '</table><p>Scene two.</p><div class="box">'
                    '<p class="a">The lighthouse is two hundred years old.</p>'
                    '<p class="b">Can we climb to the top?</p>'
                    '<p class="a">Only on Sundays.</p>'
                    '</div></body></html>')

# Highlight voices on a coloured page: black narration on the page's colour, a yellow and a green
# highlight voice over black text. (The page's colour is under one colour only: it stays the group of
# the narration, named by it, as the text with no highlight is in the DOCX.)
PAGE_HIGHLIGHTS = HEAD + ('html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #EAF2F8 }'
                          '</style></head><body>'
                          '<p>The ferry leaves the harbour at dawn.</p>'
                          '<p><span class="y">Tickets, please, have your tickets ready.</span></p>'
                          '<p><span class="g">It is, and we sail in five minutes.</span></p>'
                          '<p>The gulls follow the wake.</p>'
                          '<p><span class="y">Mind the gap as you board.</span></p>'
                          '</body></html>')


def page_colour_docx():
    """The page's colour as Word and LibreOffice write it: w:background, shown (w:displayBackgroundShape)."""
    doc = new_doc()
    doc.element.insert(0, parse_xml('<w:background %s w:color="FDF6E3"/>' % nsdecls('w')))
    doc.settings.element.append(parse_xml('<w:displayBackgroundShape %s/>' % nsdecls('w')))
    para(doc, 'Harbour tour, take two.')
    para(doc, 'Welcome aboard the morning cruise.', RED)
    para(doc, 'Look left for the seals on the rocks.', BLUE)
    para(doc, 'Mind your step on the gangway.', highlight=WD_COLOR_INDEX.YELLOW)
    para(doc, 'We return at noon.', RED)
    return doc


def cell_shd(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))


def shaded_cells_docx():
    """Every cell of a table shaded F2F2F2 (as a template's grey table), the voices by text colour."""
    doc = new_doc()
    para(doc, 'Scene one.')
    rows = [('1', 'Welcome aboard the morning cruise.', RED), ('2', 'Look left for the seals on the rocks.', BLUE), ('3', 'We return at noon.', RED)]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = 'Table Grid'
    for row, (number, text, rgb) in zip(table.rows, rows):
        for cell in row.cells:
            cell_shd(cell, 'F2F2F2')
        row.cells[0].text = number
        row.cells[1].paragraphs[0].add_run(text).font.color.rgb = RGBColor.from_string(rgb)
    return doc


def fill_column_docx():
    """A table of black text whose line cells are shaded FFF2CC for one speaker only: the fill is the voice."""
    doc = new_doc()
    para(doc, 'Scene one.')
    rows = [('HOST', 'Welcome back to the show.', True), ('GUEST', 'Thanks for having me here.', False),
            ('HOST', 'Tell us about the new book.', True), ('GUEST', 'It started as a diary at sea.', False)]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = 'Table Grid'
    for row, (name, text, shaded) in zip(table.rows, rows):
        row.cells[0].text = name
        row.cells[1].text = text
        if shaded:
            cell_shd(row.cells[1], 'FFF2CC')
    return doc


def marks_over_voices_docx():
    """Voices by text colour (black narrator, red, dark blue), some lines of each highlighted yellow
    (lines to record again, say): yellow lies under three colours and alone sets their lines apart."""
    doc = new_doc()
    Y = WD_COLOR_INDEX.YELLOW
    para(doc, 'The market opens before sunrise.')
    para(doc, 'Fresh bread, two for one this morning.', RED)
    para(doc, 'I will take four, then, and some cheese.', BLUE)
    para(doc, 'The stalls fill up with early buyers.', highlight=Y)
    para(doc, 'The cheese comes from the hills up north.', RED, Y)
    para(doc, 'Then wrap a big piece of it for me.', BLUE, Y)
    para(doc, 'By noon the square is empty again.')
    para(doc, 'See you all next week, same place.', RED)
    para(doc, 'I will be back for more bread.', BLUE)
    return doc


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, build in (('page-colour-lo', page_colour_docx), ('shaded-cells-lo', shaded_cells_docx),
                        ('fill-column-lo', fill_column_docx), ('marks-over-voices-lo', marks_over_voices_docx)):
        path = os.path.join(OUT, name + '.docx')
        build().save(path)
        lo_pdf(path, OUT)
    chromium(OUT, 'page-colour-chromium', PAGE)
    chromium(OUT, 'cells-box-chromium', CELLS_BOX)
    chromium(OUT, 'page-highlights-chromium', PAGE_HIGHLIGHTS)


if __name__ == '__main__':
    main()
