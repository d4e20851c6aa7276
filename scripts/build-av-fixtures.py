"""Two-column AV scripts (VIDEO | AUDIO): the picture column is not read aloud (attribute/av-columns.ts).

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-av-fixtures.py
Writes tests/fixtures/av-columns/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.

The layouts follow public AV script templates: a table whose header row says VIDEO | AUDIO (or SHOT |
VIDEO | AUDIO, IMAGE | SON), each row a moment, the picture on the left, what is heard on the right
(narration with its speaker's label, MUSIC and SFX cues). Sources: academy.tupic.org "Two-Column Script
(AV Script)", reference-guides.apsoprojects.org "A/V Script Template", blog.celtx.com "Essential AV
script template", beefed.ai "Two-Column AV Script Template".

en-av-borderless: the explainer in python-docx's default table (no borders): LibreOffice's PDF shows two
columns of text with no ruling, which the PDF reader reads one after the other (no cells): the headers
on lines of their own.

en-av-over-page and en-av-over-page-borderless: one AV table (VIDEO | AUDIO) going on over a page break,
its header row NOT repeated (python-docx marks no row `w:tblHeader`, so neither Word nor LibreOffice repeats
it): the DOCX holds one table; its PDF two pieces of it, the second at the top of page 2 with no header.
en-av-then-glossary and en-av-then-notes (controls): an AV table that ends at the foot of page 1 and, at the
top of page 2, another table of two columns: a glossary with its own header row (Term | Definition), the
same width as the AV table; a table of production notes with no header, its columns of other widths. Neither
goes on with the AV table.

en-av-chromium and fr-av-chromium: an AV table with no borders as a web page prints it (Chromium's print to PDF
of an HTML `<table>`: VIDEO | AUDIO, ÉCRAN | VOIX OFF), the narrator's lines in a colour in the audio column, the
picture column black; each cell's text set side by side on the same baselines, as Google Docs and Word's "save as
PDF" set a borderless table. The last picture cell's line fills its column, which the PDF reader took for a
paragraph going on at the top of the next column ("…coils its cable. AUDIO"). Each has a DOCX of the same script
(python-docx, no borders) for the counts. en-av-chromium-plain: the same English table with the browser's own
table style (no CSS: 1 px padding, 2 px spacing), its columns only a space or two apart where a picture line
fills its cell. en-av-weasyprint and en-av-weasyprint-plain: the two English pages through WeasyPrint.
en-av-split (a DOCX): an AV table split in two by hand, the second piece with no header row, the same grid;
en-av-split-nogrid: the same with its grids' widths taken out.
en-columns-chromium (control): an article in two CSS columns, a paragraph going on from the foot
of the first column to the top of the second: read column after column, that paragraph one.
"""
import html
import os
import subprocess
import sys

from docx import Document
from docx.oxml.ns import qn
from docx.enum.text import WD_BREAK
from docx.shared import Cm, RGBColor

from docx_common import french, lo_pdf, shade

OUT = 'tests/fixtures/av-columns'
NBSP = '\u00a0'


def table(d, rows, header='bold', colours=None, borders=True):
    """A bordered table (Table Grid; `borders=False`: python-docx's default, no borders); the first row its header, bold or shaded grey. `colours`: by (row, column), a text colour."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = 'Table Grid'
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            paragraph = cell.paragraphs[0]
            for k, piece in enumerate(text.split('\n')):
                if k > 0:
                    paragraph = cell.add_paragraph()
                run = paragraph.add_run(piece)
                if r == 0 and header == 'bold':
                    run.bold = True
                if colours and (r, c) in colours:
                    run.font.color.rgb = RGBColor.from_string(colours[(r, c)])
            if r == 0 and header == 'shaded':
                shade(cell, 'D9D9D9')
    return t


def en_two_columns(borders=True):
    """The explainer of the report: VIDEO | AUDIO, bold header, one narrator, MUSIC and SFX cues.
    `borders=False` (en-av-borderless): python-docx's default table, whose PDF shows two columns of text, no ruling."""
    d = Document()
    d.add_paragraph('Spring Safety — 60 s explainer — AV script')
    table(d, [
        ('VIDEO', 'AUDIO'),
        ('Wide shot of the warehouse at dawn, forklifts parked in a row.', 'MUSIC: soft piano, under.\nNARRATOR: Every shift starts the same way: with a check.'),
        ('Close-up on a hand ticking a checklist.', 'NARRATOR: Brakes, lights, horn. Thirty seconds that save lives.'),
        ('Logo on white.', 'SFX: click of a pen.\nNARRATOR: Safe Shifts. Check first, drive second.'),
    ], borders=borders)
    return d


def en_three_columns():
    """SHOT | VIDEO | AUDIO, header row shaded grey, two speakers (a narrator and a worker)."""
    d = Document()
    d.add_paragraph('Forklift refresher — e-learning video, script v3')
    table(d, [
        ('SHOT', 'VIDEO', 'AUDIO'),
        ('1', 'Title card: “Forklift refresher”.', 'MUSIC: upbeat intro, fades under.'),
        ('2', 'Sam walks to the forklift, clipboard in hand.', 'NARRATOR: Meet Sam. He has driven forklifts for ten years.'),
        ('3', 'Sam looks at camera.', 'SAM: And I still check the forks every morning.'),
        ('4', 'Close-up: the fork tips, a crack circled in red.', 'NARRATOR: A crack this small can drop a full pallet.'),
        ('5', 'Sam signs the checklist.', 'SAM: Two minutes. Every time.'),
        ('6', 'End card with the course link.', 'NARRATOR: Find the full checklist on the training site.'),
    ], header='shaded')
    return d


def en_speaker_column():
    """VIDEO | SPEAKER | AUDIO: the speaker's name in a column of its own, read as a label table's."""
    d = Document()
    d.add_paragraph('Kettle launch — AV script')
    table(d, [
        ('VIDEO', 'SPEAKER', 'AUDIO'),
        ('Kitchen, morning.', 'NARRATOR', 'Mornings start with a kettle.'),
        ('Anna pours water.', 'ANNA', 'Ninety seconds. Not bad.'),
        ('Close-up on the kettle.', 'NARRATOR', 'Kettle One boils fast.'),
        ('Anna smiles.', 'ANNA', 'I am sold.'),
        ('Packshot.', 'NARRATOR', 'Kettle One.'),
    ])
    return d


def fr_two_columns():
    """IMAGE | SON, French, VOIX OFF labels, a MUSIQUE cue."""
    d = Document()
    french(d)
    d.add_paragraph('Film institutionnel — Boulangerie Martin — 45 s')
    table(d, [
        ('IMAGE', 'SON'),
        ('Plan large du fournil, la nuit.', f'MUSIQUE{NBSP}: accordéon léger.\nVOIX OFF{NBSP}: À quatre heures, le fournil s’éveille.'),
        ('Gros plan sur les mains qui façonnent la pâte.', f'VOIX OFF{NBSP}: Chaque baguette est façonnée à la main.'),
        ('Logo sur fond blanc.', f'VOIX OFF{NBSP}: Boulangerie Martin, le goût du vrai pain.'),
    ])
    return d


def glossary_en():
    """NEGATIVE: a script with labels and a plain two-column glossary table (Term | Definition)."""
    d = Document()
    d.add_paragraph('Module 2 — Loads')
    for text in [
        'NARRATOR: A load is anything you lift, carry or push.',
        'SAM: Even a box of paper?',
        'NARRATOR: Even a box of paper. Here are the words we will use.',
    ]:
        d.add_paragraph(text)
    table(d, [
        ('Term', 'Definition'),
        ('Load', 'Anything lifted, carried or pushed.'),
        ('Pallet', 'A flat frame that holds goods.'),
    ])
    d.add_paragraph('SAM: Got it.')
    return d


def dubbing_fr():
    """NEGATIVE: a dubbing table (PERSONNAGE | RÉPLIQUE), which the label-table code reads."""
    d = Document()
    french(d)
    d.add_paragraph('Les Voisins — épisode 2 — VF')
    table(d, [
        ('PERSONNAGE', 'RÉPLIQUE'),
        ('MARIE', 'Tu as entendu ce bruit cette nuit ?'),
        ('PAUL', 'Non. Je dormais.'),
        ('MARIE', 'Ça venait de chez les Martin.'),
        ('PAUL', 'Ils déménagent peut-être.'),
    ])
    return d


def en_coloured():
    """VIDEO | AUDIO coded by colour: the narrator blue, the host red; a picture cell has words in blue (on-screen text)."""
    d = Document()
    d.add_paragraph('Product launch — AV script')
    table(d, [
        ('VIDEO', 'AUDIO'),
        ('Super: “Meet the new Kettle One”', 'Meet the new Kettle One.'),
        ('The host holds the kettle up.', 'It boils a litre in ninety seconds.'),
        ('Packshot.', 'Kettle One. Boil less, live more.'),
    ], colours={(1, 0): '2E75B6', (1, 1): '2E75B6', (2, 1): 'C00000', (3, 1): '2E75B6'})
    return d


# One explainer long enough to go over a page: (picture, audio) rows, the narrator's lines labelled.
OVER_PAGE_ROWS = [
    ('Black screen. The sound of an alarm, far away.', 'SFX: a fire alarm, muffled.\nNARRATOR: It starts with a sound nobody wants to hear.'),
    ('Wide shot of the warehouse floor, aisle twelve, boxes stacked high.', 'NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.'),
    ('Close-up on a power strip with six plugs, one of them scorched.', 'NARRATOR: A power strip carrying too much is the first thing to look for.'),
    ('A worker unplugs a heater and coils its cable.', 'NARRATOR: Switch off what you do not need before you leave your station.'),
    ('Slow pan along the charging bay, forklifts plugged in a row.', 'NARRATOR: Batteries charge here, and nowhere else. Keep the bay clear of cardboard and film.'),
    ('Graphic: the fire triangle, heat, fuel and oxygen, drawn one side at a time.', 'NARRATOR: A fire needs heat, fuel and air. Take one away and it dies.'),
    ('Close-up on a fire door held open by a pallet.', 'NARRATOR: A fire door held open is a wall with a hole in it.'),
    ('The pallet is moved; the door swings shut.', 'SFX: the door clicks shut.\nNARRATOR: Keep them shut. Always.'),
    ('Map of building B, the exits lit one by one.', 'NARRATOR: Learn the two exits nearest your station today, not on the day you need them.'),
    ('A supervisor points at the assembly point sign in the car park.', 'NARRATOR: Outside, go to the assembly point and give your name to the warden.'),
    ('Hands pull the pin of an extinguisher.', 'NARRATOR: An extinguisher is used in four moves: pull the pin, stand back two metres, aim at the base, sweep.'),
    ('The extinguisher runs dry after ten seconds.', 'NARRATOR: If the fire is still burning when it runs out, leave. That is what the fire brigade is for.'),
    ('A worker dials 215 on a desk phone.', 'NARRATOR: From any desk phone on the site, dial two one five. From a mobile, dial one one two.'),
    ('The worker speaks calmly into the phone.', 'NARRATOR: Give your name, the building and what you see, and do not hang up first.'),
    ('Empty aisle, the alarm light still flashing.', 'NARRATOR: Never go back for a bag, a phone or a coat.'),
    ('The team gathered at the assembly point, counted by the warden.', 'NARRATOR: Everyone counted, everyone safe. That is the only goal.'),
    ('Title card: Fire safety starts with you.', 'MUSIC: the theme, up and out.\nNARRATOR: Fire safety starts with you.'),
    ('Logo on white.', 'SFX: a soft chime.'),
]
# Six more rows: the bordered table's rows are shorter than the borderless one's and need them to reach page 2.
MORE_ROWS = [
    ('Recap card 1: check the chargers.', 'NARRATOR: Once more: check the chargers every morning.'),
    ('Recap card 2: fire doors shut.', 'NARRATOR: Keep the fire doors shut.'),
    ('Recap card 3: know your exits.', 'NARRATOR: Know your two nearest exits.'),
    ('Recap card 4: dial 215.', 'NARRATOR: And dial two one five.'),
    ('Recap card 5: never go back.', 'NARRATOR: Never go back inside.'),
    ('Credits roll.', 'MUSIC: out.'),
]


def page_break(d):
    """An empty paragraph that ends the page (what Word's Ctrl+Enter writes: w:br w:type="page")."""
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def widths(t, cm):
    """Column widths (w:tblGrid and each cell's w:tcW), so that Word and LibreOffice both keep them."""
    t.autofit = False
    for col, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), cm):
        col.set(qn('w:w'), str(round(w / 2.54 * 1440)))
    for row in t.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def en_over_page(borders=True):
    """One VIDEO | AUDIO table over two pages, its header row not repeated on the second."""
    d = Document()
    d.add_paragraph('Fire safety — 90 s explainer — AV script v2')
    d.add_paragraph('Only the AUDIO column is recorded.')
    t = table(d, [('VIDEO', 'AUDIO')] + OVER_PAGE_ROWS + MORE_ROWS, borders=borders)
    widths(t, [7, 9.5])
    d.add_paragraph('End of script.')
    return d


def en_av_then_other(glossary):
    """An AV table ending at the foot of page 1; at the top of page 2 another table of two columns."""
    d = Document()
    d.add_paragraph('Fire safety — 90 s explainer — AV script v2')
    t = table(d, [('VIDEO', 'AUDIO')] + OVER_PAGE_ROWS[:6])
    widths(t, [7, 9.5])
    page_break(d)
    if glossary:
        t = table(d, [
            ('Term', 'Definition'),
            ('Assembly point', 'The place outside where everyone gathers to be counted.'),
            ('Fire door', 'A door that slows a fire down, as long as it is shut.'),
            ('Warden', 'The person who counts everyone at the assembly point.'),
        ])
        widths(t, [7, 9.5])
    else:
        t = table(d, [
            ('Voice', 'Warm, calm, never alarming; a little slower on the numbers to dial.'),
            ('Music', 'The company theme, under the narration, out at the end.'),
            ('Length', 'Ninety seconds at most, the title card included.'),
        ])
        widths(t, [3.5, 13])
    d.add_paragraph('End of script.')
    return d


# A borderless AV table printed by Chromium (and its DOCX): (picture, audio pieces); the narrator's pieces in VOICE.
CHROMIUM_ROWS_EN = [
    ('Black screen. The sound of an alarm, far away.', ['SFX: a fire alarm, muffled.', 'NARRATOR: It starts with a sound nobody wants to hear.']),
    ('Wide shot of the warehouse floor, aisle twelve, boxes stacked high.', ['NARRATOR: Most fires in a warehouse start small: a charger, a cable, a heater left on.']),
    ('Close-up on a power strip with six plugs, one of them scorched.', ['NARRATOR: A power strip carrying too much is the first thing to look for.']),
    ('A worker unplugs a heater and coils its cable beside the desk.', ['NARRATOR: Switch off what you do not need before you leave your station.']),
]
CHROMIUM_ROWS_FR = [
    ('Plan large du fournil, la nuit, les fours encore éteints.', [f'MUSIQUE{NBSP}: accordéon léger.', 'À quatre heures, le fournil s’éveille.']),
    ('Gros plan sur les mains qui façonnent la pâte, la farine en nuage.', ['Chaque baguette est façonnée à la main, une à une, comme autrefois.']),
    ('Les baguettes sortent du four, dorées, posées sur une grille.', ['Vingt minutes de cuisson, et la croûte chante en refroidissant.']),
    ('La boulangère ouvre la porte de la boutique aux premiers clients.', ['Boulangerie Martin, le goût du vrai pain depuis trois générations.']),
]
VOICE_EN = '1F5FA8'
VOICE_FR = 'A0282D'


def voiced(piece, lang):
    """The narrator's pieces are coloured: in English his label says so; in French every piece but a cue (MUSIQUE :)."""
    if lang == 'en':
        return VOICE_EN if piece.startswith('NARRATOR') else None
    return None if piece.startswith('MUSIQUE') else VOICE_FR


def chromium_av(name, headers, rows, lang, style):
    """The HTML page of a borderless AV table, and its PDF printed by Chromium."""
    def cell(pieces):
        out = []
        for piece in pieces:
            colour = voiced(piece, lang)
            text = html.escape(piece)
            out.append(f'<span style="color:#{colour}">{text}</span>' if colour else text)
        return '<br>'.join(out)
    title = {'en': 'Fire safety — 60 s explainer — AV script', 'fr': 'Film institutionnel — Boulangerie Martin — 45 s'}[lang]
    body = f'<p>{html.escape(title)}</p>\n<table>\n<tr><th>{headers[0]}</th><th>{headers[1]}</th></tr>\n'
    body += ''.join(f'<tr><td>{html.escape(picture)}</td><td>{cell(audio)}</td></tr>\n' for picture, audio in rows)
    body += '</table>\n'
    chromium_page(name, body, style, lang)


def chromium_page(name, body, style, lang='en'):
    page = (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><style>@page {{ size: A4; margin: 20mm }} '
            f'body {{ margin: 0; font: 12pt "DejaVu Serif" }} {style}</style></head><body>\n{body}</body></html>\n')
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name + '.pdf'), path], check=True, stderr=subprocess.DEVNULL)


# A web page's table with no borders: cells side by side, padded, the header left-aligned like the cells.
CELL_STYLE = 'table { width: 100%; border-collapse: collapse } th, td { text-align: left; vertical-align: top; padding: 4pt 6pt }'


def av_docx(headers, rows, lang):
    """The same script as a DOCX (python-docx's default table: no borders), for the counts."""
    d = Document()
    if lang == 'fr':
        french(d)
    d.add_paragraph({'en': 'Fire safety — 60 s explainer — AV script', 'fr': 'Film institutionnel — Boulangerie Martin — 45 s'}[lang])
    t = d.add_table(rows=len(rows) + 1, cols=2)
    for c, header in enumerate(headers):
        t.cell(0, c).paragraphs[0].add_run(header).bold = True
    for r, (picture, audio) in enumerate(rows, start=1):
        t.cell(r, 0).paragraphs[0].add_run(picture)
        cell = t.cell(r, 1)
        for k, piece in enumerate(audio):
            paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            run = paragraph.add_run(piece)
            colour = voiced(piece, lang)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)
    return d


ARTICLE = [
    'Every warehouse has its own rhythm. The first shift arrives before dawn, the chargers click off one after the other, and the forklifts roll out of the bay in a line that nobody ever agreed on but everybody keeps.',
    'Fires rarely start in the middle of that rhythm. They start in the quiet hours, when a heater has been left on under a desk or a power strip has been asked to carry more than it was ever built to carry, and nobody is there to notice the smell of hot plastic before it turns into smoke.',
    'That is why the checks at the end of a shift matter as much as the checks at the start of one. A supervisor who walks the floor for five minutes before locking up will find most of the things that cause trouble: a cable coiled too tightly, a fire door propped open with a pallet, a charger sitting on a pile of cardboard.',
    'None of this takes long, and none of it needs special training. It needs a habit, and a habit needs a reason. The reason is simple: the people who work here want to come back tomorrow.',
    'This guide walks through the checks one by one, with the reasons behind each of them, so that the habit is easy to keep.',
]


def chromium_columns():
    """CONTROL: an article in two CSS columns, a paragraph going on from the foot of the first to the top of the second."""
    body = '<h1>Fire safety at the end of a shift</h1>\n<div class="cols">\n' + ''.join(f'<p>{html.escape(p)}</p>\n' for p in ARTICLE) + '</div>\n'
    chromium_page('en-columns-chromium', body, 'h1 { font-size: 16pt } .cols { column-count: 2; column-gap: 18pt } p { margin: 0 0 6pt }')


def chromium_fixtures(name):
    en = (('VIDEO', 'AUDIO'), CHROMIUM_ROWS_EN, 'en')
    fr = (('ÉCRAN', 'VOIX OFF'), CHROMIUM_ROWS_FR, 'fr')
    if name == 'en-av-chromium':
        chromium_av(name, *en, CELL_STYLE)
        av_docx(*en).save(os.path.join(OUT, name + '.docx'))
    elif name == 'fr-av-chromium':
        chromium_av(name, *fr, CELL_STYLE)
        av_docx(*fr).save(os.path.join(OUT, name + '.docx'))
    elif name == 'en-av-chromium-plain':
        chromium_av(name, *en, '')
    elif name == 'en-columns-chromium':
        chromium_columns()
    elif name in ('en-av-weasyprint', 'en-av-weasyprint-plain'):
        # The same page through WeasyPrint, which sets the table the same way.
        source = os.path.join(OUT, name.replace('weasyprint', 'chromium') + '.html')
        subprocess.run(['weasyprint', source, os.path.join(OUT, name + '.pdf')], check=True, stderr=subprocess.DEVNULL)


CHROMIUM = ['en-av-chromium', 'fr-av-chromium', 'en-av-chromium-plain', 'en-columns-chromium', 'en-av-weasyprint', 'en-av-weasyprint-plain']


def en_av_split(grid=True):
    """An AV table split in two by hand (Word's Table > Split Table: an empty paragraph between), the second
    piece with no header row, the same grid. `grid=False` (en-av-split-nogrid): the grids' widths taken out, as a
    generator that writes `<w:gridCol/>` bare does: nothing tells whether the second table goes on."""
    d = Document()
    d.add_paragraph('Fire safety — 90 s explainer — AV script v2')
    first = table(d, [('VIDEO', 'AUDIO')] + OVER_PAGE_ROWS[:4], borders=True)
    widths(first, [7, 9.5])
    d.add_paragraph()
    second = table(d, OVER_PAGE_ROWS[4:8], borders=True)
    widths(second, [7, 9.5])
    if not grid:
        for t in (first, second):
            for col in t._tbl.tblGrid.findall(qn('w:gridCol')):
                del col.attrib[qn('w:w')]
    d.add_paragraph('End of script.')
    return d


# DOCX only: what they test is the DOCX's tables.
DOCX_ONLY = {
    'en-av-split': en_av_split,
    'en-av-split-nogrid': lambda: en_av_split(grid=False),
}


FIXTURES = {
    'en-av-two-columns': en_two_columns,
    'en-av-borderless': lambda: en_two_columns(borders=False),
    'en-av-three-columns': en_three_columns,
    'en-av-speaker-column': en_speaker_column,
    'fr-av-two-columns': fr_two_columns,
    'en-glossary-table': glossary_en,
    'fr-dubbing-table': dubbing_fr,
    'en-av-coloured': en_coloured,
    'en-av-over-page': en_over_page,
    'en-av-over-page-borderless': lambda: en_over_page(borders=False),
    'en-av-then-glossary': lambda: en_av_then_other(glossary=True),
    'en-av-then-notes': lambda: en_av_then_other(glossary=False),
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or [*FIXTURES, *DOCX_ONLY, *CHROMIUM]:
        if name in CHROMIUM:
            chromium_fixtures(name)
            continue
        if name in DOCX_ONLY:
            DOCX_ONLY[name]().save(os.path.join(OUT, name + '.docx'))
            continue
        path = os.path.join(OUT, name + '.docx')
        FIXTURES[name]().save(path)
        lo_pdf(path, OUT, own_profile=False)


if __name__ == '__main__':
    main(sys.argv[1:])
