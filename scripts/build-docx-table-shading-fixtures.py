"""Cells that say "no shading" in tables that are shaded some other way: the cell's own w:shd is what
the cell shows (ECMA-376 §17.4.31: table shading "shall be superseded by any cell-level shading").

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDF:
    /usr/bin/python3 scripts/build-docx-table-shading-fixtures.py
Writes tests/fixtures/docx-table-shading/cell-no-shading-en.docx and table-shading-only-en.docx (and
their .pdf, LibreOffice's rendering, to check what a reader sees). The shapes are those of Word's own files: a table shading
(w:tblPr/w:shd) with cell spacing, whose cells Word writes as `w:shd w:val="clear" w:color="auto"
w:fill="auto"` ("No Color"), as in docx4j's tables.docx; `w:val="nil"`; a table style with a
whole-table and a first-row (w:tblStylePr) cell shading; a nested table in a shaded cell; a paragraph
shading with an automatic fill.
"""
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from docx_common import lo_pdf

OUT = 'tests/fixtures/docx-table-shading'
NAME = 'cell-no-shading-en'

GOLD = 'FFC000'      # the table's shading (w:tblPr/w:shd): between the cells only
BLUE = 'DEEBF7'      # the guide's cells
GREEN = 'E2EFDA'     # the table style's shading of every cell (the child's voice)
YELLOW = 'FFD966'    # the table style's first-row shading, and a paragraph shading (the curator)


def shd(val='clear', fill='auto', color='auto'):
    return parse_xml(f'<w:shd {nsdecls("w")} w:val="{val}" w:color="{color}" w:fill="{fill}"/>')


def cell_shd(cell, **kwargs):
    cell._tc.get_or_add_tcPr().append(shd(**kwargs))


def table_props(table, *xml):
    tblPr = table._tbl.tblPr
    for x in xml:
        tblPr.append(parse_xml(x))


def one_column(doc, lines, style=None):
    table = doc.add_table(rows=0, cols=1)
    if style:
        table.style = style
    cells = []
    for line in lines:
        cell = table.add_row().cells[0]
        cell.text = line
        cells.append(cell)
    return table, cells


def script_table_style(doc):
    """A table style shading every cell pale green, and its header row yellow (w:tblStylePr firstRow)."""
    style = doc.styles.add_style('Script Table', WD_STYLE_TYPE.TABLE)
    el = style.element
    el.append(parse_xml(f'<w:basedOn {nsdecls("w")} w:val="TableNormal"/>'))
    el.append(parse_xml(f'<w:tblPr {nsdecls("w")}><w:tblInd w:w="0" w:type="dxa"/></w:tblPr>'))
    el.append(parse_xml(f'<w:tcPr {nsdecls("w")}><w:shd w:val="clear" w:color="auto" w:fill="{GREEN}"/></w:tcPr>'))
    el.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{YELLOW}"/></w:tcPr></w:tblStylePr>'
    ))
    return style


def build():
    doc = Document()
    doc.core_properties.author = 'vo-lines fixtures'
    style = script_table_style(doc)
    doc.add_paragraph('Museum audio guide, room 3: maps and globes')

    # 1. A table shading with cell spacing, as Word writes it: gold between the cells; each cell's own
    # shading says what the cell shows: "No Color" (fill auto), nil, or the guide's blue.
    t1, c1 = one_column(doc, [
        'Welcome to the room of maps and globes.',
        'Look for the oldest globe, near the window.',
        'It was made in Nuremberg in 1492.',
        'The sea monsters were drawn by hand.',
    ])
    table_props(t1,
                f'<w:tblCellSpacing {nsdecls("w")} w:w="142" w:type="dxa"/>',
                f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{GOLD}"/>')
    cell_shd(c1[0])                      # No Color: the narrator, black on white
    cell_shd(c1[1], fill=BLUE)           # the guide
    cell_shd(c1[2], val='nil')           # no shading at all: the narrator
    cell_shd(c1[3], fill=BLUE)           # the guide
    doc.add_paragraph()

    # 2. A table style: every cell pale green (the child), the header row yellow; a cell that says
    # "No Color" shows none, in the header row and in the body.
    t2, c2 = one_column(doc, [
        'Questions from the family trail',
        'Why is the globe so dark?',
        'Because the varnish turned brown over five hundred years.',
        'Can I touch it?',
    ], style=style)
    # (python-docx writes w:tblLook w:firstRow="1": the header row's conditional shading applies.)
    cell_shd(c2[0])                      # header row, No Color: the narrator
    cell_shd(c2[2])                      # No Color: the narrator
    # c2[1], c2[3]: the style's green (the child)
    doc.add_paragraph()

    # 3. A cell of the guide's blue holding a paragraph whose shading has an automatic fill (shows the
    # cell), a paragraph in the curator's yellow, and a nested table whose cell says "No Color" (the
    # outer cell's blue shows through it).
    t3, c3 = one_column(doc, ['Every map here was printed from a copper plate.'])
    cell_shd(c3[0], fill=BLUE)
    first = c3[0].paragraphs[0]
    first._p.get_or_add_pPr().append(shd())
    curator = c3[0].add_paragraph('We clean each plate once a year.')
    curator._p.get_or_add_pPr().append(shd(fill=YELLOW))
    inner = c3[0].add_table(rows=1, cols=1)
    inner.cell(0, 0).text = 'Ask at the desk to see one.'
    cell_shd(inner.cell(0, 0))
    c3[0].add_paragraph('Thank you for visiting.')
    return doc


PINK = 'FCE4D6'      # a table's own shading (w:tblPr/w:shd), no cell spacing


def build_table_only():
    """A table shaded as a whole (w:tblPr/w:shd, as docx4j or OnlyOffice's table SetShd write it), its
    cells with no shading of their own but one in the guide's blue. The standard gives the cells the
    table's shading; Word shows it only in the cell spacing (there is none) and LibreOffice 7.4 not at
    all: a reader sees the lines on white."""
    doc = Document()
    doc.core_properties.author = 'vo-lines fixtures'
    doc.add_paragraph('Museum audio guide, room 4: the clock room')
    table, cells = one_column(doc, [
        'Every clock in this room still keeps time.',
        'The tallest one was wound by hand for two hundred years.',
        'Listen: they all strike noon together.',
    ])
    tblPr = table._tbl.tblPr
    # w:shd after w:tblW, before w:tblLook (CT_TblPr order).
    tblPr.find(qn('w:tblW')).addnext(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{PINK}"/>'))
    cell_shd(cells[1], fill=BLUE)        # the guide
    doc.add_paragraph('Please do not touch the pendulums.')
    return doc


def main():
    os.makedirs(OUT, exist_ok=True)
    made = []
    for name, make in [(NAME, build), ('table-shading-only-en', build_table_only)]:
        path = os.path.join(OUT, f'{name}.docx')
        make().save(path)
        made.append(path)
    lo_pdf(made, OUT, own_profile=False)


if __name__ == '__main__':
    main()
