"""Scripts coded by speaker labels and not by colour (every line black), for `init`'s label voices.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-fixtures.py
Writes tests/fixtures/labels/*.docx and their PDFs (soffice --headless --convert-to pdf); with names
as arguments, only those fixtures.
"""
import html
import os
import subprocess
import sys

from docx import Document

OUT = 'tests/fixtures/labels'
NBSP = '\u00a0'


def radio_fr():
    d = Document()
    # The template's defaults say en-US: a French writer's Word says fr-FR.
    for lang in d.styles.element.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang'):
        lang.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val', 'fr-FR')
    d.add_heading('Spot radio – Boulangerie Martin – 30 s', 1)
    d.add_paragraph(f'Client{NBSP}: Boulangerie Martin')
    d.add_paragraph(f'Durée{NBSP}: 30 secondes')
    for text in [
        f'MUSIQUE{NBSP}: accordéon léger, sous la voix.',
        f'ANNONCEUR{NBSP}: Chez Martin, le pain sort du four à 7 heures.',
        f'CLIENTE{NBSP}: Une baguette bien cuite, s’il vous plaît{NBSP}!',
        f'BOULANGER{NBSP}: Et avec ceci{NBSP}?',
        '(Bruit de caisse enregistreuse)',
        f'CLIENTE{NBSP}: Deux croissants. Ils sont encore chauds{NBSP}!',
        f'MUSIQUE{NBSP}: l’accordéon monte.',
        f'ANNONCEUR{NBSP}: Boulangerie Martin, 12 rue des Lilas. Ouvert 7 jours sur 7.',
        f'ANNONCEUR{NBSP}: Martin, le goût du vrai pain.',
    ]:
        d.add_paragraph(text)
    return d


def elearning_en():
    d = Document()
    d.add_heading('Module 3 – Safe lifting', 1)
    d.add_paragraph('Client: Northwind Logistics')
    d.add_paragraph('Version: 2, approved 14 March')
    d.add_heading('Screen 1 – Welcome', 2)
    for text in [
        'Narrator: Welcome to module three. In the next four minutes you will learn how to lift a load without hurting your back.',
        'Sarah: I used to think lifting was just common sense.',
        'Narrator: Most back injuries at work happen during ordinary lifts, not heavy ones.',
        'SFX: forklift reversing in the distance',
    ]:
        d.add_paragraph(text)
    d.add_heading('Screen 2 – Plan the lift', 2)
    for text in [
        'Narrator: Before you lift, look at the load. How heavy is it? Where is it going?',
        'Sarah: And clear the path first. I learned that one the hard way.',
        'Manager: Good point, Sarah. A trip hazard turns a safe lift into an accident.',
        'Note: the on-screen checklist appears here.',
        'Narrator: Plan the lift, then bend your knees and keep the load close.',
        'SFX: warehouse door closes',
    ]:
        d.add_paragraph(text)
    return d


def dubbing_table_fr():
    """A dubbing script: TC | PERSONNAGE | TEXTE, a header row, names in their own column (no colon)."""
    d = Document()
    for lang in d.styles.element.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang'):
        lang.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val', 'fr-FR')
    d.add_heading('Les Voisins – épisode 4 – VF', 1)
    d.add_paragraph('Version de doublage du 12 mars. Les indications entre parenthèses ne se disent pas.')
    rows = [
        ('00:00:12', 'MARIE', 'Tu as entendu ce bruit cette nuit ?'),
        ('00:00:15', 'PAUL', 'Non. Je dormais comme un loir.'),
        ('00:00:18', 'MARIE (off)', 'Ça venait de chez les Martin.'),
        ('00:00:22', 'SFX', 'Porte qui claque.'),
        ('00:00:24', 'PAUL', '(il bâille) Ils déménagent peut-être.'),
        ('00:00:27', 'MARIE', 'À trois heures du matin ?'),
        ('00:00:30', 'LE FACTEUR', 'Bonjour ! Un colis pour les Martin.'),
        ('00:00:34', 'PAUL', 'Ils ne sont pas là, je crois.'),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for cell, text in zip(t.rows[0].cells, ('TC', 'PERSONNAGE', 'TEXTE')):
        cell.text = text
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return d


def radio_table_en():
    """A radio script in a borderless two-column table: SPEAKER | LINE, labels with a colon, one label on two lines."""
    d = Document()
    d.add_heading('Greenway Garden Centre – Spring Sale – 30"', 1)
    rows = [
        (['ANNCR:'], 'Spring is here, and so is the Greenway Garden Centre spring sale.'),
        (['MUM:'], 'Look at these tulips! Half price!'),
        (['KID:'], 'Can we get the big sunflower too?'),
        (['SFX:'], 'Wheelbarrow squeak.'),
        (['MUM:', '(laughing)'], 'Only if you carry it.'),
        (['ANNCR:'], 'Greenway Garden Centre. Open every day from eight till eight.'),
        (['KID:'], 'Eight till eight!'),
    ]
    t = d.add_table(rows=0, cols=2)
    for labels, text in rows:
        cells = t.add_row().cells
        cells[0].text = labels[0]
        for extra in labels[1:]:
            cells[0].add_paragraph(extra)
        cells[1].text = text
    d.add_paragraph('Legal: offer ends 30 April. Prices as marked in store.')
    return d


def continued_en():
    """A museum audio tour told by labels whose speeches go on in paragraphs with no label (the
    BBC scene style: after a technical direction interrupts a speech, the dialogue goes on without
    the name), a heading that ends a speech, and speech after it with nobody's label."""
    d = Document()
    d.add_heading('Harbour Museum – audio tour – draft 2', 1)
    for text in [
        'MARIE: Welcome to the museum. Today we walk through three rooms.',
        'The first room holds the oldest maps of the harbour.',
        'PAUL: Can we take pictures inside?',
        'MARIE: Yes, without the flash.',
        'The guards will remind you at the door.',
        'SFX: footsteps on a wooden floor',
        'Here the floor is three hundred years old, so please walk gently!',
    ]:
        d.add_paragraph(text)
    d.add_heading('Room two', 2)
    for text in [
        'The second room tells the story of the lighthouse keepers.',
        'PAUL: Who lived in the lighthouse?',
        'MARIE: Three families, one after the other.',
        '(pause)',
        'The last keeper left in 1962.',
        'WIND AND GULLS',
        'Listen, the sea has not changed since then.',
        'PAUL: And the light?',
        'MARIE: It still turns every night.',
        'End of the tour',
    ]:
        d.add_paragraph(text)
    return d


def continued_fr():
    """Un audioguide en français : des répliques qui continuent dans un paragraphe sans étiquette,
    après une indication entre parenthèses et après une étiquette de bruitage."""
    d = Document()
    for lang in d.styles.element.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang'):
        lang.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val', 'fr-FR')
    d.add_heading('Visite guidée – Citadelle de Vauban – version 3', 1)
    d.add_paragraph(f'Durée{NBSP}: 4 minutes')
    for text in [
        f'NARRATRICE{NBSP}: Bienvenue à la citadelle. La visite dure quarante minutes.',
        'Nous commencerons par la cour d’honneur, puis nous monterons sur les remparts.',
        f'GUIDE{NBSP}: Attention à la marche en entrant{NBSP}!',
        f'NARRATRICE{NBSP}: La citadelle fut construite en 1680.',
        '(Bruit de vent sur les remparts)',
        'Par temps clair, on voit jusqu’à la mer.',
        f'MUSIQUE{NBSP}: cordes légères.',
        f'GUIDE{NBSP}: Suivez-moi, s’il vous plaît.',
        f'Le gardien disait toujours «{NBSP}Tenez bon{NBSP}!{NBSP}»',
        f'NARRATRICE{NBSP}: Merci de votre visite.',
    ]:
        d.add_paragraph(text)
    return d


def titles_en():
    """Speakers' lines by labels, and between them only titles, a scene heading and directions with
    no label: a heading style, a short title in plain type, capitals, brackets. Nothing goes on."""
    d = Document()
    d.add_heading('Night Shift – radio play – scene 1', 1)
    for text in [
        'INT. HOSPITAL CORRIDOR – NIGHT',
        'NURSE: Bed four is asking for you again.',
        'DOCTOR: Tell him I am on my way.',
        '(a phone rings)',
        'FOOTSTEPS RUNNING',
        '[Music: low strings]',
        'Part two',
        'NURSE: He is asleep now.',
        'SCENE 2 – THE CAR PARK',
        'DOCTOR: Finally, some air.',
        'The end',
    ]:
        d.add_paragraph(text)
    return d


def continued_colour_en():
    """Labels in black, and after a speaker's line a paragraph in another colour (a grey note to
    the studio): a colour the speaker's line is not in is not read as going on; one in black is."""
    from docx.shared import RGBColor
    d = Document()
    d.add_heading('Harbour Museum – welcome desk', 1)
    for text, grey in [
        ('MARIE: Good morning, and welcome to the harbour museum.', False),
        ('Please check the pronunciation of Vauban with the client.', True),
        ('PAUL: Where do we start the visit?', False),
        ('MARIE: At the map room, on your left.', False),
        ('Tickets are checked at the door of each room.', False),
        ('PAUL: Thank you!', False),
    ]:
        run = d.add_paragraph().add_run(text)
        if grey:
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return d


def spot_short_fr():
    """A 20-second spot: one voice-over recurs, two characters speak once each, two directions."""
    d = Document()
    for lang in d.styles.element.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang'):
        lang.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val', 'fr-FR')
    d.add_paragraph('Spot radio – Fromagerie Dubois – 20 s')
    for text in [
        f'MUSIQUE{NBSP}: guitare légère',
        f'VOIX OFF{NBSP}: Chez Dubois, le comté a dix-huit mois.',
        f'COMÉDIENNE 1{NBSP}: Un beau morceau de comté, s’il vous plaît{NBSP}!',
        f'COMÉDIEN 2{NBSP}: Et pour moi, le chèvre frais.',
        f'VOIX OFF{NBSP}: Fromagerie Dubois, place du marché. Ouvert le dimanche matin.',
        f'BRUITAGE{NBSP}: la clochette de la porte',
    ]:
        d.add_paragraph(text)
    return d


def one_name_en():
    """A NEGATIVE: a document with one recurring name and one-off names that is no dialogue (half its paragraphs plain)."""
    d = Document()
    for text in [
        'Project notes — week 12',
        'The team met on Monday to review the storyboard and the voice casting.',
        'Anna: the script is approved.',
        'The studio is booked for Thursday and Friday mornings.',
        'Ben: the music licence is signed.',
        'We still need the final logo animation before the mix.',
        'Anna: the client wants a shorter ending.',
        'Carl: the subtitles will follow next week.',
        'Everyone agreed to meet again on Friday afternoon.',
    ]:
        d.add_paragraph(text)
    return d


def empty_label_table_en():
    """A radio spot in a borderless two-column table `SPEAKER: | line` with two rows whose label cell
    is empty: one right after ANNCR's row, a sentence that may be ANNCR's speech going on; one after
    KID's, a sound that may be a direction (the writer left its `SFX:` out); and one holding a
    direction in brackets, nobody's with nothing to say. A reader cannot tell whose the first two are:
    the DOCX and its PDF leave both nobody's and say so (`unlabelled-speech`, `tabbed`)."""
    d = Document()
    d.add_heading('Greenway Garden Centre – Weekend Offer – 30"', 1)
    rows = [
        ('ANNCR:', 'This weekend only, the Greenway Garden Centre opens its doors at seven.'),
        ('', 'Every rose bush is half price.'),
        ('MUM:', 'Roses for the front garden, at last!'),
        ('KID:', 'Can I push the trolley?'),
        ('', 'Trolley wheels on gravel.'),
        ('', '(laughing)'),
        ('MUM:', 'Mind the tulips!'),
        ('ANNCR:', 'Greenway Garden Centre. Open every day from seven till seven.'),
    ]
    t = d.add_table(rows=0, cols=2)
    for label, text in rows:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = text
    return d


def broken(d, *lines, style=None):
    """One paragraph whose lines are separated by line breaks (Shift+Enter, `w:br`), not paragraphs."""
    p = d.add_paragraph(style=style)
    for i, text in enumerate(lines):
        run = p.add_run(text)
        if i < len(lines) - 1:
            run.add_break()
    return p


def breaks_en():
    """A radio spot typed with Shift+Enter: several speakers' lines in one paragraph, separated by
    line breaks (as Google Docs, a script pasted from an e-mail, or a hurried writer leaves them);
    some paragraphs with one speaker, a title line, a direction in brackets between two speakers'
    lines, a direction's label after a break, and a speaker's line going on after a break."""
    d = Document()
    d.add_paragraph('Harbour Café – radio spot – 30 seconds')
    broken(d, 'NARRATOR: The Harbour Café opens at six.',
           'BARISTA: Flat white for table two!',
           'NARRATOR: Fresh pastries come out of the oven every hour.')
    d.add_paragraph('CUSTOMER: Is the terrace open today?')
    broken(d, 'BARISTA: Only until noon, I am afraid.',
           '(a cup clatters)',
           'CUSTOMER: Then I will be quick.')
    broken(d, 'SFX: seagulls and the harbour bell',
           'NARRATOR: The Harbour Café, 4 Quay Street.',
           'Open every day from six until late.')
    return d


def breaks_fr():
    """Le même cas en français : un spot radio tapé avec Maj+Entrée, le titre suivi d’un saut de
    ligne dans le paragraphe de la première réplique, une indication entre parenthèses entre deux
    répliques, une étiquette de musique après un saut de ligne."""
    d = Document()
    for lang in d.styles.element.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang'):
        lang.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val', 'fr-FR')
    broken(d, 'Spot radio – Boulangerie Martin – 30 s',
           f'ANNONCEUR{NBSP}: Cette semaine chez Martin, la baguette tradition est à un euro.',
           f'CLIENTE{NBSP}: Un euro{NBSP}? Je prends trois baguettes, alors{NBSP}!',
           f'ANNONCEUR{NBSP}: Boulangerie Martin, 12 rue des Lilas, ouvert tous les jours.')
    broken(d, f'CLIENTE{NBSP}: Et les croissants{NBSP}?',
           '(Bruit de caisse enregistreuse)',
           f'BOULANGER{NBSP}: Tout chauds dès sept heures.')
    d.add_paragraph(f'CLIENTE{NBSP}: Alors à demain{NBSP}!')
    broken(d, f'MUSIQUE{NBSP}: accordéon, puis silence.',
           f'ANNONCEUR{NBSP}: Martin, le goût du vrai pain.')
    return d


def breaks_one_speaker_en():
    """A CONTROL: line breaks that are no change of speaker. A poem and an address typed in one
    speaker's line, and a break before a word with a colon in the middle of a sentence (`call me
    at⏎NOON: …`): each stays its speaker's one line."""
    d = Document()
    d.add_paragraph('Greeting cards – studio read – take 2')
    broken(d, 'MARIE: Roses are red,', 'violets are blue.')
    broken(d, 'PAUL: Write to us at', '12 Harbour Road,', 'Portsmouth.')
    broken(d, 'MARIE: For a card by the afternoon, call me at', 'NOON: the shop closes for lunch after that.')
    d.add_paragraph('PAUL: Thank you, Marie.')
    broken(d, 'MARIE: You are welcome.', 'Goodbye!')
    return d


# breaks-one-speaker-en as a web page: each speaker's line a <p> set apart by its margin, its lines
# separated by <br> (the PDF's lines at single spacing, the paragraphs a gap apart).
BREAKS_ONE_SPEAKER_HTML = [
    ['Greeting cards – studio read – take 2'],
    ['MARIE: Roses are red,', 'violets are blue.'],
    ['PAUL: Write to us at', '12 Harbour Road,', 'Portsmouth.'],
    ['MARIE: For a card by the afternoon, call me at', 'NOON: the shop closes for lunch after that.'],
    ['PAUL: Thank you, Marie.'],
    ['MARIE: You are welcome.', 'Goodbye!'],
]


def breaks_one_speaker_web(name, printer):
    """breaks-one-speaker-en printed from HTML (`printer`: chromium or weasyprint)."""
    body = ''.join('<p>' + '<br>'.join(html.escape(line) for line in lines) + '</p>\n' for lines in BREAKS_ONE_SPEAKER_HTML)
    page = ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm } '
            'body { margin: 0; font: 12pt "DejaVu Serif" } p { margin: 0 0 10pt }</style></head><body>\n' + body + '</body></html>\n')
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)
    pdf = os.path.join(OUT, name + '.pdf')
    if printer == 'chromium':
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf=' + pdf, path], check=True, stderr=subprocess.DEVNULL)
    else:
        subprocess.run(['weasyprint', path, pdf], check=True, stderr=subprocess.DEVNULL)


def one_speaker_cues_en():
    """A one-voice radio spot told by its labels: NARRATOR three times, a MUSIC and an SFX cue once each,
    and a title. The narrator's lines are the voice's; the cues and the title are not (tests/one-speaker-cues.test.ts)."""
    d = Document()
    d.add_paragraph('Harbour Bakery – radio spot – 20 s')
    d.add_paragraph('MUSIC: soft guitar, under.')
    d.add_paragraph('NARRATOR: Fresh bread every morning at the Harbour Bakery.')
    d.add_paragraph('SFX: an oven door opens.')
    d.add_paragraph('NARRATOR: Warm croissants from seven.')
    d.add_paragraph('NARRATOR: Harbour Bakery, on the quay.')
    return d


def breaks_colour_en():
    """Voices by colour, not labels, the lines of two voices separated by line breaks in one
    paragraph: the colour changes at the break, so each voice's line is its own already."""
    from docx.shared import RGBColor
    blue, red = RGBColor(0x1F, 0x4E, 0x79), RGBColor(0xC0, 0x00, 0x00)
    d = Document()
    d.add_paragraph('Harbour Café – two voices by colour')
    for lines in [
        [('Mornings at the Harbour Café start at six.', blue), ('Flat white for table two!', red), ('Fresh pastries every hour.', blue)],
        [('Is the terrace open today?', red)],
        [('Only until noon.', blue), ('Then I will be quick.', red)],
    ]:
        p = d.add_paragraph()
        for i, (text, colour) in enumerate(lines):
            run = p.add_run(text)
            run.font.color.rgb = colour
            if i < len(lines) - 1:
                run.add_break()
    return d


def breaks_measure_en():
    """breaks_en as first written: the first NARRATOR line (`…start at six.`) ends near the right of
    the widest line, so in LibreOffice's PDF the next line's first word (`BARISTA:`) would not have
    fitted after it. The line ends a sentence and the next opens with a label in capitals: a new
    speaker's line, not a wrap (the DOCX reads it so)."""
    d = Document()
    d.add_paragraph('Harbour Café – radio spot – 30 seconds')
    broken(d, 'NARRATOR: Mornings at the Harbour Café start at six.',
           'BARISTA: Flat white for table two!',
           'NARRATOR: Fresh pastries come out of the oven every hour.')
    d.add_paragraph('CUSTOMER: Is the terrace open today?')
    broken(d, 'BARISTA: Only until noon, I am afraid.',
           '(a cup clatters)',
           'CUSTOMER: Then I will be quick.')
    broken(d, 'SFX: seagulls and the harbour bell',
           'NARRATOR: The Harbour Café, 4 Quay Street.',
           'Open every day from six until late.')
    return d


def label_table_wrap_en():
    """A borderless two-column label table (`SPEAKER: | line`) as LibreOffice sets it, whose rows
    wrap in the text column: a row with an empty label cell whose text wraps (`…half price until` /
    `Sunday.`: one paragraph, nobody's, said `unlabelled-speech`), and a speaker's cell holding two
    paragraphs (the second is the speaker's too: the DOCX reads it with the cell's label)."""
    d = Document()
    d.add_heading('Greenway Garden Centre – Weekend Offer – 30"', 1)
    rows = [
        ('ANNCR:', ['This weekend only, the Greenway Garden Centre opens its doors at seven.']),
        ('', ['Every rose bush in the garden centre is half price until Sunday.']),
        ('MUM:', ['Roses for the front garden, at last!', 'And the tulips too.']),
        ('KID:', ['Can I push the trolley?']),
        ('MUM:', ['Mind the tulips!']),
        ('ANNCR:', ['Greenway Garden Centre. Open every day from seven till seven.']),
    ]
    t = d.add_table(rows=0, cols=2)
    for label, texts in rows:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = texts[0]
        for more in texts[1:]:
            cells[1].add_paragraph(more)
    return d


WEB = {
    'breaks-one-speaker-en-chromium': lambda: breaks_one_speaker_web('breaks-one-speaker-en-chromium', 'chromium'),
    'breaks-one-speaker-en-weasyprint': lambda: breaks_one_speaker_web('breaks-one-speaker-en-weasyprint', 'weasyprint'),
}


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


os.makedirs(OUT, exist_ok=True)
FIXTURES = {
    'radio-labels-fr': radio_fr,
    'elearning-labels-en': elearning_en,
    'dubbing-table-fr': dubbing_table_fr,
    'radio-table-en': radio_table_en,
    'continued-labels-en': continued_en,
    'continued-labels-fr': continued_fr,
    'titles-labels-en': titles_en,
    'continued-colour-en': continued_colour_en,
    'spot-short-fr': spot_short_fr,
    'notes-one-name-en': one_name_en,
    'empty-label-table-en': empty_label_table_en,
    'breaks-labels-en': breaks_en,
    'breaks-labels-fr': breaks_fr,
    'breaks-one-speaker-en': breaks_one_speaker_en,
    'breaks-colour-en': breaks_colour_en,
    'breaks-measure-en': breaks_measure_en,
    'label-table-wrap-en': label_table_wrap_en,
    'one-speaker-cues-en': one_speaker_cues_en,
}
# With names (`… build-label-fixtures.py continued-labels-en`), only those: the others stay as committed.
for name in sys.argv[1:] or [*FIXTURES, *WEB]:
    if name in WEB:
        WEB[name]()
    else:
        save(FIXTURES[name](), name)
