"""Script tables whose columns are not words of a voice: a column naming each row's speaker
(attribute/name-cells.ts) and an e-learning storyboard's on-screen text in a voice's colour
(attribute/av-columns.ts).

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-table-name-fixtures.py
Writes tests/fixtures/table-names/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.

fr-dub-row, fr-dub-text, fr-dub-shaded: a French dubbing table `TC | PERSONNAGE | TEXTE` (the header row
bold and repeated), as detection software exports it and studios colour it: each character's rows
highlighted (fr-dub-row: the name and the text, the whole row; fr-dub-text: the text only, the name
black) or shaded across the row (fr-dub-shaded: every cell of the row, pale fills). MARC and LE PÈRE
share one colour (yellow; pale yellow), as two parts one actor plays. A name with an aside
(`LE PÈRE (off)`), a row with no name (an ambience, not highlighted).
en-role-one: `CHARACTER | LINE`, one speaker (NARRATOR) in blue, name and line; a direction's row
(`SFX | A door slams.`) in black: one speaker only, so only the header says the column names speakers.
en-storyboard: an e-learning storyboard `Scene | On-screen text | Visual | VO`, the narrator in dark grey
#404040, the learner in blue #0070C0, other text black: on-screen text typed in a voice's colour in rows
whose VO cell holds the line (left out), on-screen text in the narrator's colour in a row with an empty VO
cell (kept), a row merged across the columns in the narrator's colour (kept).
"""
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import build_named, french, put, shade

OUT = 'tests/fixtures/table-names'


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    tr_pr.append(el)


DUB_ROWS = [
    ('01:00:01:00', 'MARC', 'Tu as vu l’heure ? On va être en retard.'),
    ('01:00:04:10', 'JULIE', 'Mais non, on a tout le temps.'),
    ('01:00:07:02', 'LE PÈRE (off)', 'Vous deux, à table !'),
    ('01:00:09:00', '', '(Ambiance port, mouettes)'),
    ('01:00:12:05', 'INSPECTRICE', 'Police judiciaire. Personne ne bouge.'),
    ('01:00:15:00', 'MARC', '(rires) On se retrouve au port à minuit.'),
    ('01:00:18:12', 'JULIE', 'Arrête de mentir, Marc.'),
    ('01:00:21:00', 'LE PÈRE', 'Les affaires sont les affaires, mon fils.'),
    ('01:00:24:03', 'INSPECTRICE', 'Votre alibi ne tient pas debout.'),
    ('01:00:27:00', 'MARC', 'Laisse tomber.'),
]
HIGHLIGHTS = {'MARC': WD_COLOR_INDEX.YELLOW, 'LE PÈRE': WD_COLOR_INDEX.YELLOW, 'JULIE': WD_COLOR_INDEX.BRIGHT_GREEN, 'INSPECTRICE': WD_COLOR_INDEX.TURQUOISE}
FILLS = {'MARC': 'FFF2CC', 'LE PÈRE': 'FFF2CC', 'JULIE': 'E2EFDA', 'INSPECTRICE': 'DDEBF7'}


def dubbing(mode):
    """`row`: name and text highlighted; `text`: the text only; `shaded`: every cell of the row shaded."""
    d = Document()
    french(d)
    d.add_paragraph('LES OMBRES DU PORT — Épisode 4 — VF')
    t = d.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for c, h in enumerate(['TC', 'PERSONNAGE', 'TEXTE']):
        put(t.rows[0].cells[c], h, bold=True)
    repeat_header(t.rows[0])
    for tc, name, text in DUB_ROWS:
        cells = t.add_row().cells
        who = name.replace(' (off)', '')
        mark = HIGHLIGHTS.get(who) if mode in ('row', 'text') else None
        put(cells[0], tc)
        put(cells[1], name, highlight=mark if mode == 'row' else None)
        put(cells[2], text, highlight=mark)
        if mode == 'shaded' and who in FILLS:
            for cell in cells:
                shade(cell, FILLS[who])
    return d


def role_one():
    d = Document()
    d.add_paragraph('Museum audio guide — room 3')
    t = d.add_table(rows=1, cols=2)
    t.style = 'Table Grid'
    for c, h in enumerate(['CHARACTER', 'LINE']):
        put(t.rows[0].cells[c], h, bold=True)
    for name, text in [
        ('NARRATOR', 'Welcome to the room of maps.'),
        ('SFX', 'A door slams.'),
        ('NARRATOR', 'This map is older than the city itself.'),
        ('NARRATOR', 'Look closely at the river.'),
    ]:
        cells = t.add_row().cells
        color = '0070C0' if name == 'NARRATOR' else None
        put(cells[0], name, colour=color)
        put(cells[1], text, colour=color)
    return d


GREY, BLUE = '404040', '0070C0'


def storyboard():
    d = Document()
    d.add_paragraph('Module 3: Safe handling — storyboard v4')
    t = d.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for c, h in enumerate(['Scene', 'On-screen text', 'Visual', 'VO']):
        put(t.rows[0].cells[c], h, bold=True)
    repeat_header(t.rows[0])
    merged = t.add_row()
    m = merged.cells[0].merge(merged.cells[3])
    put(m, 'SECTION 1 — Lifting', bold=True)
    rows = [
        ('3.1', ('Lift with your legs', GREY), 'Medium shot of a pallet.', [('Bend your knees and keep your back straight.', GREY)]),
        ('3.2', ('Ask for help', BLUE), 'Two workers lift a box.', [('Can I move the pallet on my own?', BLUE), ('No. Ask a colleague first.', GREY)]),
        ('3.3', ('Quiz time', GREY), 'Quiz screen.', []),
        ('3.4', ('Tip 4: clear the aisle', None), 'Logo.', [('[Music fades]', None)]),
    ]
    for scene, (ost, ost_color), visual, vo in rows:
        cells = t.add_row().cells
        put(cells[0], scene)
        put(cells[1], ost, colour=ost_color)
        put(cells[2], visual)
        for k, (text, color) in enumerate(vo):
            p = cells[3].paragraphs[0] if k == 0 else cells[3].add_paragraph()
            run = p.add_run(text)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
    closing = t.add_row()
    m = closing.cells[0].merge(closing.cells[3])
    put(m, 'Well done. You have finished the module.', colour=GREY)
    d.add_paragraph('End of module 3.')
    return d


FIXTURES = {
    'fr-dub-row': lambda: dubbing('row'),
    'fr-dub-text': lambda: dubbing('text'),
    'fr-dub-shaded': lambda: dubbing('shaded'),
    'en-role-one': role_one,
    'en-storyboard': storyboard,
}


if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
