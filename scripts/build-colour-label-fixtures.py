"""Speakers' names opening colour-coded lines, on-screen-text tags in label scripts, asides in labels.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-colour-label-fixtures.py
Writes tests/fixtures/colour-labels/*.docx and the PDFs of those named in PDFS (soffice --headless
--convert-to pdf); with names as arguments, only those fixtures.

- hl-dialogue-en: an e-learning dialogue coded by highlight, the highlight covering the speaker's label
  (`AGENT: Good morning…`, `CUSTOMER (frustrated): …`), with a legend; lines in a voice's highlight that
  open with a word and a colon and are said (`Note: …`, `Attention: …` once, `Client: Acme …` once, a
  time `10:30`).
- colour-dialogue-fr: a French dubbing scene coded by text colour, labels with a no-break space before
  the colon and an aside (`MARC (off) :`, `JULIE (V.O.) :`), a time code before one; lines in a
  voice's colour that are said (`Remarque :`, `Durée : 30 s`, `Attention :` once, `10:30`).
- groups-en: no legend (colour groups), names with a capital (`Anna:`, `Ben:`), each opening two lines.
- ost-en, ost-fr: black scripts coded by labels whose on-screen text, graphics and animation are
  labelled too (`OST:`, `GFX:`, `TEXTE ÉCRAN :`, `INCRUST :`, `ANIM :`), one speaker recurring.
- aside-labels-en, aside-table-fr: black label scripts whose labels carry an aside (`JOHN (V.O.):`; a
  dubbing table's `MARIE (OFF)` cell).
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor

OUT = 'tests/fixtures/colour-labels'
NBSP = '\u00a0'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def french(d):
    # The template's defaults say en-US: a French writer's Word says fr-FR.
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'fr-FR')


def hl_dialogue_en():
    d = Document()
    d.add_paragraph('Customer Service Essentials – Scene 2')
    d.add_paragraph('Key: Agent = yellow highlight, Customer = green highlight. Plain text is not recorded.')
    yellow, green = WD_COLOR_INDEX.YELLOW, WD_COLOR_INDEX.BRIGHT_GREEN
    for text, hl in [
        ('AGENT: Good morning, how can I help you today?', yellow),
        ('CUSTOMER: My order arrived damaged and I want a refund.', green),
        ('AGENT: I am sorry to hear that. Let me check your order.', yellow),
        ('CUSTOMER (frustrated): This is the second time this month!', green),
        ('Note: your order number is on the screen.', yellow),
        ('Attention: the warehouse closes at 10:30 today.', green),
        ('Client: Acme Limited, account two two zero.', yellow),
    ]:
        p = d.add_paragraph()
        p.add_run(text).font.highlight_color = hl
    return d


BLUE = RGBColor(0x00, 0x70, 0xC0)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x00, 0x80, 0x00)
PURPLE = RGBColor(0x70, 0x30, 0xA0)


def coloured(d, lines):
    for text, colour in lines:
        p = d.add_paragraph()
        r = p.add_run(text)
        if colour is not None:
            r.font.color.rgb = colour


def colour_dialogue_fr():
    d = Document()
    french(d)
    d.add_paragraph('LES VOISINS – Épisode 6 – texte de doublage')
    d.add_paragraph('Légende : Marc = bleu, Julie = rouge, noir = non enregistré.')
    coloured(d, [
        (f'01:14:02:10 MARC (off){NBSP}: Tu viens ce soir{NBSP}?', BLUE),
        (f'JULIE{NBSP}: Je sais pas (rires) on verra.', RED),
        (f'MARC{NBSP}: Allez, dis oui{NBSP}!', BLUE),
        (f'JULIE (V.O.){NBSP}: Bon… d’accord.', RED),
        (f'Remarque{NBSP}: le bruit de porte reste en fond.', BLUE),
        (f'Durée{NBSP}: trente secondes, pas plus.', RED),
        ('Rendez-vous à 10:30 devant le cinéma.', BLUE),
        (f'Attention{NBSP}: le film commence tôt{NBSP}!', RED),
    ])
    return d


def groups_en():
    d = Document()
    d.add_paragraph('Onboarding – Coffee break')
    coloured(d, [
        ('Anna: Hi, you must be the new designer.', GREEN),
        ('Ben: That is me. I started on Monday.', PURPLE),
        ('Anna: Welcome aboard. The coffee machine is over there.', GREEN),
        ('Ben: Thanks, I will need it.', PURPLE),
    ])
    return d


def labels(d, lines):
    for text in lines:
        d.add_paragraph(text)
    return d


def ost_en():
    return labels(Document(), [
        'Module 2 – Recycling at work', 'SLIDE 1',
        'OST: Recycling at work', 'GFX: three coloured bins slide in', 'VO: Welcome to this short module on recycling at work.',
        'SLIDE 2', 'OST: Yellow bin = plastics and cans', 'VO: The yellow bin takes plastic bottles and cans.',
        'ON-SCREEN TEXT: Click each bin', 'NARRATOR: Click each bin to learn more.',
        'SLIDE 3', 'OST: Quiz time!', 'VO: Now answer three quick questions.',
    ])


def ost_fr():
    d = Document()
    french(d)
    return labels(d, [
        'Module 2 – Le recyclage au bureau', 'ÉCRAN 1',
        f'TEXTE ÉCRAN{NBSP}: Le recyclage au bureau', f'ANIM{NBSP}: trois bacs glissent à l’écran', f'VOIX OFF{NBSP}: Bienvenue dans ce court module sur le recyclage.',
        'ÉCRAN 2', f'INCRUST{NBSP}: Bac jaune = plastiques et canettes', f'VOIX OFF{NBSP}: Le bac jaune accueille les bouteilles en plastique et les canettes.',
        f'TEXTE ÉCRAN{NBSP}: Cliquez sur chaque bac', f'NARRATRICE{NBSP}: Cliquez sur chaque bac pour en savoir plus.',
        'ÉCRAN 3', f'TEXTE ÉCRAN{NBSP}: Quiz{NBSP}!', f'VOIX OFF{NBSP}: Répondez maintenant à trois questions.',
    ])


def aside_labels_en():
    return labels(Document(), [
        'The Lighthouse – radio play, scene 4',
        'JOHN (V.O.): The storm had been building all afternoon.',
        'MARY: John, did you hear that?',
        'JOHN: Only the wind.',
        'MARY (whispering): It knocked three times.',
        'JOHN: Then it is the postman.',
    ])


def aside_table_fr():
    d = Document()
    french(d)
    d.add_heading('Épisode 4 — Le phare', level=1)
    rows = [('TC', 'PERSONNAGE', 'TEXTE'), ('00:00:12', 'MARIE', 'Tu as entendu ce bruit ?'), ('00:00:15', 'PAUL', 'Non. C’est sûrement le vent.'),
            ('00:00:19', 'MARIE', 'Le vent ne frappe pas trois fois à la porte.'), ('00:00:24', 'PAUL', '(il rit) Alors c’est le facteur.'),
            ('00:00:30', 'MARIE (OFF)', 'Paul… viens voir.'), ('00:00:33', 'PAUL', 'J’arrive !')]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    return d


FIXTURES = {
    'hl-dialogue-en': hl_dialogue_en,
    'colour-dialogue-fr': colour_dialogue_fr,
    'groups-en': groups_en,
    'ost-en': ost_en,
    'ost-fr': ost_fr,
    'aside-labels-en': aside_labels_en,
    'aside-table-fr': aside_table_fr,
}
PDFS = ['hl-dialogue-en', 'colour-dialogue-fr', 'aside-table-fr']


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, f'{name}.docx')
        FIXTURES[name]().save(path)
        print('wrote', path)
        if name in PDFS:
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)
            print('wrote', path[:-5] + '.pdf')


if __name__ == '__main__':
    main(sys.argv[1:])
