"""Storyboards whose rows a number column numbers (readers/row-numbers.ts), and a table style's first and
last columns over a table with merged and set-in rows (readers/docx/cascade.ts conditionsFor).

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-av-locs-fixtures.py
Writes tests/fixtures/av-locs/*.docx and their PDFs (soffice --headless --convert-to pdf). With names as
arguments, only those fixtures.

screens-en: `Screen | On-screen text | Narration (VO)`, the legend above (Narrator = blue 0070C0, black
not recorded). Rows: screen 1; screen 2 with its number cell merged down over two rows (w:vMerge restart +
continue: two narrations, both screen 2); a section label merged across Screen and On-screen text (no
number); screen 3.
plans-fr: `N° | Image | Texte off` (Narrateur = bleu), numbers `1.1`, `1.2`, `2.1`.
shots-en: `Shot # | Picture | VO`, numbers `S01`, `S02` (they name themselves).
described-en (control): `Screen | Narration` whose Screen column describes the screens (`Title card`),
then `TC | VIDEO | AUDIO` with time codes: no number column in either.
firstcol-style-en: a table style `Voice Grid` whose first column (tblStylePr firstCol) is red C00000 and
last column (lastCol) green 00B050, the table's tblLook turning both on (and the first row off); 3 grid
columns. Row 1 plain; row 2 set in by one grid column (w:gridBefore=1): its first cell stands in grid
column 2, no first column's; row 3 its first cell merged across grid columns 1-2 (w:gridSpan=2): the first
column's, its second cell the last column's; row 4 ends short of the last grid column (w:gridAfter=1): its
last cell stands in grid column 2, no last column's.
"""
import sys

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from docx_common import build_named, put

OUT = 'tests/fixtures/av-locs'
BLUE = '0070C0'


def v_merge(cell, val=None):
    merge = OxmlElement('w:vMerge')
    if val:
        merge.set(qn('w:val'), val)
    cell._tc.get_or_add_tcPr().append(merge)


def table(d, header, rows):
    t = d.add_table(rows=rows + 1, cols=len(header))
    t.style = 'Table Grid'
    for c, h in enumerate(header):
        put(t.rows[0].cells[c], h)
    return t


def screens():
    d = Document()
    d.add_paragraph('Warehouse safety — storyboard')
    d.add_paragraph('Key: Narrator = blue; black text is not recorded.')
    t = table(d, ['Screen', 'On-screen text', 'Narration (VO)'], 5)
    R = t.rows
    put(R[1].cells[0], '1'); put(R[1].cells[1], 'Title card'); put(R[1].cells[2], 'Welcome to the warehouse safety course.', BLUE)
    # Screen 2 over two rows: the number cell merged down the old way (vMerge restart + continue), each row its own narration.
    put(R[2].cells[0], '2'); v_merge(R[2].cells[0], 'restart'); v_merge(R[3].cells[0])
    put(R[2].cells[1], 'Forklift photo'); put(R[2].cells[2], 'Forklifts have right of way in every aisle.', BLUE)
    put(R[3].cells[1], 'Forklift close-up'); put(R[3].cells[2], 'Always make eye contact with the driver.', BLUE)
    put(R[4].cells[0].merge(R[4].cells[1]), 'Part two – Storage'); put(R[4].cells[2], 'Now let us look at storage.', BLUE)
    put(R[5].cells[0], '3'); put(R[5].cells[1], 'Shelf diagram'); put(R[5].cells[2], 'Heavy boxes go on the lowest shelf.', BLUE)
    return d


def plans():
    d = Document()
    d.add_paragraph('Sécurité en entrepôt — storyboard')
    d.add_paragraph('Légende : Narrateur = bleu ; le texte noir n’est pas enregistré.')
    t = table(d, ['N°', 'Image', 'Texte off'], 3)
    for r, (num, image, vo) in enumerate([
        ('1.1', 'Titre', 'Bienvenue dans ce module sur la sécurité.'),
        ('1.2', 'Photo du chariot', 'Le chariot élévateur est toujours prioritaire.'),
        ('2.1', 'Schéma des étagères', 'Les cartons lourds vont en bas.'),
    ], start=1):
        cells = t.rows[r].cells
        put(cells[0], num); put(cells[1], image); put(cells[2], vo, BLUE)
    return d


def shots():
    d = Document()
    d.add_paragraph('Forklift refresher — shot list')
    d.add_paragraph('Key: Narrator = blue; black text is not recorded.')
    t = table(d, ['Shot #', 'Picture', 'VO'], 2)
    for r, (num, pic, vo) in enumerate([('S01', 'Wide of the loading bay', 'Every shift starts with a walk around.'), ('S02', 'Tyres close-up', 'Check the tyres before you drive.')], start=1):
        cells = t.rows[r].cells
        put(cells[0], num); put(cells[1], pic); put(cells[2], vo, BLUE)
    return d


def described():
    d = Document()
    d.add_paragraph('Induction — two storyboards')
    d.add_paragraph('Key: Narrator = blue; black text is not recorded.')
    t = table(d, ['Screen', 'Narration'], 2)
    put(t.rows[1].cells[0], 'Title card'); put(t.rows[1].cells[1], 'Welcome to your first day.', BLUE)
    put(t.rows[2].cells[0], 'Map of the site'); put(t.rows[2].cells[1], 'The site has three zones.', BLUE)
    d.add_paragraph('Part two')
    t = table(d, ['TC', 'VIDEO', 'AUDIO'], 2)
    for r, (tc, video, audio) in enumerate([('00:00:05', 'Logo', 'Here is the canteen.'), ('00:00:12', 'Canteen', 'Lunch is at noon.')], start=1):
        cells = t.rows[r].cells
        put(cells[0], tc); put(cells[1], video); put(cells[2], audio, BLUE)
    return d


STYLE = f'''<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="VoiceGrid">
  <w:name w:val="Voice Grid"/>
  <w:basedOn w:val="TableNormal"/>
  <w:tblPr><w:tblBorders>
    <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
    <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
  </w:tblBorders></w:tblPr>
  <w:tblStylePr w:type="firstCol"><w:rPr><w:color w:val="C00000"/></w:rPr></w:tblStylePr>
  <w:tblStylePr w:type="lastCol"><w:rPr><w:color w:val="00B050"/></w:rPr></w:tblStylePr>
</w:style>'''


def raw_row(cells, tr_pr=''):
    """A row as WordprocessingML: (text, tcPr) per cell, its w:trPr (w:gridBefore, w:gridAfter) if any."""
    tcs = ''.join(f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>' for text, pr in cells)
    return f'<w:tr {nsdecls("w")}>{f"<w:trPr>{tr_pr}</w:trPr>" if tr_pr else ""}{tcs}</w:tr>'


def firstcol_style():
    d = Document()
    d.styles.element.append(parse_xml(STYLE))
    d.add_paragraph('Grid test — a table style colours its first column red and its last column green.')
    t = d.add_table(rows=0, cols=3)
    tbl_pr = t._tbl.tblPr
    style = tbl_pr.find(qn('w:tblStyle'))
    if style is None:
        style = OxmlElement('w:tblStyle')
        tbl_pr.insert(0, style)
    style.set(qn('w:val'), 'VoiceGrid')
    for old in tbl_pr.findall(qn('w:tblLook')):
        tbl_pr.remove(old)
    look = OxmlElement('w:tblLook')
    for k, v in (('w:val', '0180'), ('w:firstRow', '0'), ('w:lastRow', '0'), ('w:firstColumn', '1'), ('w:lastColumn', '1'), ('w:noHBand', '1'), ('w:noVBand', '1')):
        look.set(qn(k), v)
    tbl_pr.append(look)
    # (Each row written whole: python-docx's cells go by a grid a set-in row changes.)
    one = '<w:tcW w:w="2880" w:type="dxa"/>'
    two = '<w:tcW w:w="5760" w:type="dxa"/><w:gridSpan w:val="2"/>'
    for row in (
        raw_row([('Row one first.', one), ('Row one middle.', one), ('Row one last.', one)]),
        # Set in by one grid column: two cells, in grid columns 2 and 3.
        raw_row([('Row two set in.', one), ('Row two last.', one)], '<w:gridBefore w:val="1"/>'),
        # Its first cell over grid columns 1 and 2.
        raw_row([('Row three merged first.', two), ('Row three last.', one)]),
        # Ending short of the last grid column.
        raw_row([('Row four first.', one), ('Row four short.', one)], '<w:gridAfter w:val="1"/>'),
    ):
        t._tbl.append(parse_xml(row))
    return d


def vmerge_text():
    d = Document()
    d.add_paragraph('Welcome module — storyboard')
    d.add_paragraph('Key: Narrator = blue; black text is not recorded.')
    t = d.add_table(rows=0, cols=3)
    t.style = 'Table Grid'
    one = '<w:tcW w:w="2880" w:type="dxa"/>'
    blue = '<w:rPr><w:color w:val="0070C0"/></w:rPr>'
    def row(*cells):
        tcs = ''.join(f'<w:tc><w:tcPr>{one}{pr}</w:tcPr><w:p>{f"<w:r>{rpr}<w:t>{text}</w:t></w:r>" if text else ""}</w:p></w:tc>' for text, pr, rpr in cells)
        return parse_xml(f'<w:tr {nsdecls("w")}>{tcs}</w:tr>')
    for r in (
        row(('#', '', ''), ('Screen', '', ''), ('Narration', '', '')),
        row(('1', '', ''), ('Title card', '', ''), ('Welcome to the course.', '<w:vMerge w:val="restart"/>', blue)),
        # The narration merged down over this row, with text typed in the continuing cell all the same.
        row(('2', '', ''), ('Logo', '', ''), ('Typed under the merge.', '<w:vMerge/>', blue)),
        row(('3', '', ''), ('End card', '', ''), ('Thank you.', '', blue)),
    ):
        t._tbl.append(r)
    return d


FIXTURES = {
    'screens-en': screens,
    'plans-fr': plans,
    'shots-en': shots,
    'described-en': described,
    'firstcol-style-en': firstcol_style,
    'vmerge-text-en': vmerge_text,
}


if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
