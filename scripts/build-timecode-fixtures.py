"""Dubbing and ADR scripts whose lines carry a time code (and a loop number): the time code is the
line's time, not a word said, and it must not hide the speaker's label.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs and
Chromium for one PDF printed from HTML:
    /usr/bin/python3 scripts/build-timecode-fixtures.py
Writes tests/fixtures/timecodes/*.docx, their PDFs (soffice --headless --convert-to pdf) and
det-fr-chromium.pdf (chromium --headless --print-to-pdf of det-fr.html); with names as arguments,
only those fixtures.
"""
import os
import subprocess
import sys

from docx import Document
from docx.shared import Cm, RGBColor

from docx_common import french, lo_pdf

OUT = 'tests/fixtures/timecodes'


# A détection: MARC's row 5 has an empty Personnage cell (his line carried over).
DETECTION = [
    ('12', 'MARC', '01:02:03:04', 'Tu as vu l’heure ? On va être en retard.'),
    ('12', 'JULIE', '01:02:05:10', '(rires) Mais non, on a tout le temps.'),
    ('13', 'MARC (off)', '01:02:08:00', 'Je t’attends dans la voiture.'),
    ('13', '', '01:02:09:12', 'Et prends les clés, s’il te plaît.'),
    ('14', 'JULIE (V.O.)', '01:02:12:20', 'Il oublie toujours tout, celui-là.'),
    ('14', 'MARC', '01:02:15:03', 'Je t’entends, tu sais !'),
]


def table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = 'Table Grid'
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    return t


def det_fr():
    """`Boucle | Personnage | TC | Texte`: the time code in a column after the speaker's."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 4 — Détection')
    table(d, ('Boucle', 'Personnage', 'TC', 'Texte'), DETECTION)
    return d


def det_tc_first_fr():
    """`TC | Personnage | Texte`: the time code first, no loop column."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 4 — Détection')
    table(d, ('TC', 'Personnage', 'Texte'), [(tc, who, text) for _, who, tc, text in DETECTION])
    return d


TABBED = [
    ('MARC', '01:02:03:04', 'Tu as vu l’heure ? On va être en retard.'),
    ('JULIE', '01:02:05:10', 'Mais non, on a tout le temps.'),
    ('MARC (OFF)', '01:02:08:00', 'Je t’attends dans la voiture.'),
    ('JULIE', '01:02:12:20', 'Il oublie toujours tout, celui-là.'),
]


def tabbed(d, text):
    """A paragraph set with tab stops at 3.5 and 7 cm, as a détection's export sets its columns."""
    p = d.add_paragraph(text)
    for at in (3.5, 7):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(at))
    return p


def tabs_fr():
    """A détection exported as paragraphs `NAME⇥TC⇥text`."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 7 — Détection')
    for name, tc, text in TABBED:
        tabbed(d, f'{name}\t{tc}\t{text}')
    return d


def tabs_tc_first_fr():
    """The same as `TC⇥NAME⇥text`."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 7 — Détection')
    for name, tc, text in TABBED:
        tabbed(d, f'{tc}\t{name}\t{text}')
    return d


def loops_fr():
    """Paragraphs `B21  01:10:02:14  MARC : …`: a loop number and a time code before the label."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 5')
    for text in [
        'B21  01:10:02:14  MARC : Tu viens ce soir ?',
        'B21  01:10:04:02  JULIE (off) : Peut-être, si je finis tôt.',
        'B22  01:10:07:19  MARC : (rires) Tu dis toujours ça.',
        'B22  01:10:09:00  JULIE : Cette fois, c’est promis.',
    ]:
        d.add_paragraph(text)
    return d


def after_label_fr():
    """Paragraphs `MARC : 01:02:03:04 Tu viens…`: the time code after the label."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 8')
    for text in [
        'MARC : 01:02:03:04 Tu viens ce soir ?',
        'JULIE : 01:02:05:10 Peut-être, si je finis tôt.',
        'MARC : 01:02:08:00 Allez, dis oui !',
        'JULIE : 01:02:09:12 Bon, d’accord.',
    ]:
        d.add_paragraph(text)
    return d


def in_label_en():
    """A time code in brackets inside the speaker's label, before its colon: `NARRATOR [00:01:23]: …`,
    `MARC (00:12) : …` (minutes and seconds of a video's timeline, as YouTube and podcast scripts write them)."""
    d = Document()
    d.add_paragraph('HARBOUR TOUR — Episode 2')
    for text in [
        'NARRATOR [00:01:23]: Welcome to the harbour tour.',
        'MARC (00:12) : Thanks, glad to be here.',
        'NARRATOR [00:01:31:12]: Let us begin at the pier.',
        'MARC (01:02:05): Right behind you.',
        'NARRATOR (whispering): The boats sleep at noon.',
    ]:
        d.add_paragraph(text)
    return d


def colour_fr():
    """Lines coded by colour, each opening with its time code and its label in the voice's colour."""
    d = french(Document())
    d.add_paragraph('LES VOISINS — Épisode 6 — texte de doublage')
    d.add_paragraph('Légende : Marc = bleu ; Julie = rouge ; noir = non enregistré.')
    for text, colour in [
        ('Boucle 31', None),
        ('01:14:02:10  MARC (off) : Tu viens ce soir ?', '0070C0'),
        ('01:14:04:02  JULIE : Je sais pas (rires) on verra.', 'C00000'),
        ('Boucle 32', None),
        ('01:14:07:19  MARC : Allez, dis oui !', '0070C0'),
        ('01:14:09:00  JULIE (V.O.) : Bon… d’accord.', 'C00000'),
    ]:
        p = d.add_paragraph()
        run = p.add_run(text)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        else:
            run.bold = True
    return d


def adr_en():
    """An English ADR cue sheet: `# | TIMECODE | CHARACTER | DIALOGUE`, loop numbers `#1`, time codes
    in milliseconds (`00:01:02.500`), one with its out point (`00:01:09,250 --> 00:01:11,000`)."""
    d = Document()
    d.add_paragraph('HARBOUR LIGHTS — Reel 2 — ADR cue sheet')
    table(d, ('#', 'TIMECODE', 'CHARACTER', 'DIALOGUE'), [
        ('#1', '00:01:02.500', 'JOHN', 'Where were you last night?'),
        ('#2', '00:01:05.120', 'ANNA', 'At the harbour. Waiting for you.'),
        ('#3', '00:01:09,250 --> 00:01:11,000', 'JOHN', 'I never got your message.'),
        ('#4', '00:01:14.000', 'ANNA', 'You never do.'),
    ])
    return d


def adr_lines_en():
    """English ADR lines as paragraphs: `#12  00:01:02:03  JOHN: …`, a drop-frame time code
    (`00:01:05;12`), and two controls: a time said inside a line, and a line opening with a number."""
    d = Document()
    d.add_paragraph('HARBOUR LIGHTS — Reel 3')
    for text in [
        '#12  00:01:02:03  JOHN: Where were you last night?',
        '#13  00:01:05;12  ANNA: At the harbour, from 10:30:00 until midnight.',
        '#14  00:01:09:00  JOHN: 12 boats came in. Not yours.',
        '#15  00:01:12:20  ANNA: Mine came in late.',
    ]:
        d.add_paragraph(text)
    return d


# Their LibreOffice PDFs are left out: the PDF reader reads tab-set columns as the page's columns
# (names and time codes first, then the texts), or glues `MARC` to its text at the default tab stops.
NO_PDF = {'tabs-fr', 'tabs-tc-first-fr'}


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    if name in NO_PDF:
        return
    lo_pdf(path, OUT, own_profile=False)


def det_html():
    """det-fr as a web page, printed by Chromium: its table's rows as a browser draws them."""
    cells = lambda row, tag='td': ''.join(f'<{tag}>{c}</{tag}>' for c in row)
    rows = ''.join(f'<tr>{cells(r)}</tr>' for r in DETECTION)
    html = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>'
        'body{font-family:"DejaVu Sans",sans-serif;font-size:11pt} table{border-collapse:collapse}'
        'td,th{border:1px solid #000;padding:2pt 6pt;text-align:left;vertical-align:top}</style></head><body>'
        '<p>LES VOISINS — Épisode 4 — Détection</p>'
        f'<table><tr>{cells(("Boucle", "Personnage", "TC", "Texte"), "th")}</tr>{rows}</table></body></html>'
    )
    path = os.path.join(OUT, 'det-fr.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={os.path.join(OUT, "det-fr-chromium.pdf")}', os.path.abspath(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


os.makedirs(OUT, exist_ok=True)
FIXTURES = {
    'det-fr': det_fr,
    'det-tc-first-fr': det_tc_first_fr,
    'tabs-fr': tabs_fr,
    'tabs-tc-first-fr': tabs_tc_first_fr,
    'loops-fr': loops_fr,
    'after-label-fr': after_label_fr,
    'in-label-en': in_label_en,
    'colour-fr': colour_fr,
    'adr-en': adr_en,
    'adr-lines-en': adr_lines_en,
}
names = sys.argv[1:] or [*FIXTURES, 'det-fr-chromium']
for name in names:
    if name == 'det-fr-chromium':
        det_html()
    else:
        save(FIXTURES[name](), name)
