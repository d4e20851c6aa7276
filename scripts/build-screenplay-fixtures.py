"""Screenplay / dubbing scripts whose speaker's name stands alone on its own line, the dialogue below.

Run from the repository root with the system Python (python-docx, reportlab), then LibreOffice:
    /usr/bin/python3 scripts/build-screenplay-fixtures.py
Writes tests/fixtures/labels-screenplay/:
- screenplay-styles-fr.docx: paragraph styles as screenwriting programs export them (Scene Heading,
  Action, Character, Parenthetical, Dialogue, Transition), indented as a screenplay page is;
- screenplay-typed-fr.docx: the same kind of scene typed by hand in Word's Normal style (names in
  capitals on a line of their own, empty paragraphs between the blocks);
- screenplay-indent-fr.docx: typed by hand in Normal style, each element set apart by its left indent
  alone (names at 2.2 in, dialogue at 1 in, parentheticals at 1.6 in, action at the margin), some
  indents set on the paragraph, the later dialogue's by a paragraph style of Word's ("Body Text
  Indent"), so that a speech of two or three paragraphs in a row is told from an action line after
  it by its indent only;
- screenplay-caps-fr.docx: typed by hand in Normal style, the names typed in lower case and shown in
  capitals by Word's All caps (`w:caps`: on the run, or from a character style "Nom du rôle"), one
  name in small capitals (`w:smallCaps`: its lower-case letters stay small letters, no name in
  capitals), a word of dialogue in All caps;
- their PDFs (soffice --headless --convert-to pdf);
- screenplay-fountain-en.pdf: a Fountain-style page drawn with reportlab, told apart by indentation
  only (Courier 12; action and scene headings at 1.5 in, dialogue at 2.5 in, parentheticals at
  3.1 in, names at 3.7 in, transitions set flush right), no styles, no colour.
"""
import os
import subprocess

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

OUT = 'tests/fixtures/labels-screenplay'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def french(d):
    # The template's defaults say en-US: a French writer's Word says fr-FR.
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'fr-FR')


def courier(d):
    normal = d.styles['Normal']
    normal.font.name = 'Courier New'
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)


# (style, text) in reading order: the scene both French DOCX files hold.
SCENE_FR = [
    ('Transition', 'FONDU D’OUVERTURE :'),
    ('Scene Heading', 'INT. CUISINE DES DUPONT – MATIN'),
    ('Action', 'Marie verse le café. Paul entre, les cheveux en bataille.'),
    ('Character', 'MARIE'),
    ('Dialogue', 'Tu as entendu ce bruit cette nuit ?'),
    ('Character', 'PAUL'),
    ('Parenthetical', '(en bâillant)'),
    ('Dialogue', 'Non. Je dormais comme un loir.'),
    ('Character', 'MARIE'),
    ('Dialogue', 'Ça venait de chez les Martin.'),
    ('Parenthetical', '(plus bas)'),
    ('Dialogue', 'À trois heures du matin.'),
    ('Action', 'On sonne. Paul va ouvrir.'),
    ('Character', 'LE FACTEUR (off)'),
    ('Dialogue', 'Un colis pour les Martin !'),
    ('Character', 'PAUL'),
    ('Dialogue', 'Ils ne sont pas là, je crois.'),
    ('Transition', 'CUT TO:'),
    ('Scene Heading', 'EXT. RUE – JOUR'),
    ('Action', 'HÉLÈNE, la voisine, arrose ses géraniums.'),
    ('Character', 'HÉLÈNE'),
    ('Dialogue', 'Ils sont partis en vacances, voyons.'),
    ('Character', 'MARIE (V.O.)'),
    ('Dialogue', 'Tout le quartier le savait, sauf nous.'),
    ('Transition', 'FONDU AU NOIR.'),
]

# Left indent and space before of each style, as a screenplay page sets them (1 in margins here).
STYLES = {
    'Scene Heading': (0, 12),
    'Action': (0, 12),
    'Character': (2.2, 12),
    'Parenthetical': (1.6, 0),
    'Dialogue': (1.0, 0),
    'Transition': (4.0, 12),
}


def styles_fr():
    d = Document()
    french(d)
    courier(d)
    for name, (indent, before) in STYLES.items():
        style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = d.styles['Normal']
        style.paragraph_format.left_indent = Inches(indent)
        style.paragraph_format.space_before = Pt(before)
        if name == 'Dialogue':
            style.paragraph_format.right_indent = Inches(1.5)
        if name == 'Transition':
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            style.paragraph_format.left_indent = Inches(0)
    d.add_paragraph('LES VOISINS – épisode 4', style='Title')
    for style, text in SCENE_FR:
        d.add_paragraph(text, style=style)
    return d


def typed_fr():
    """Typed by hand: Normal style only, names in capitals, an empty paragraph between the blocks."""
    d = Document()
    french(d)
    d.add_paragraph('LES VOISINS – ÉPISODE 4 – VF')
    d.add_paragraph('Version du 12 mars. Les indications entre parenthèses ne se disent pas.')
    d.add_paragraph('')
    d.add_paragraph('SCÈNE 1 – CUISINE')
    d.add_paragraph('')
    d.add_paragraph('Marie verse le café. Paul entre, les cheveux en bataille.')
    blocks = [
        ['MARIE', 'Tu as entendu ce bruit cette nuit ?'],
        ['PAUL', '(en bâillant)', 'Non. Je dormais comme un loir.'],
        ['MARIE', 'Ça venait de chez les Martin.', '(plus bas)', 'À trois heures du matin.'],
        ['On sonne. Paul va ouvrir.'],
        ['LE FACTEUR (off)', 'Un colis pour les Martin !'],
        ['PAUL', 'Ils ne sont pas là, je crois.'],
        ['SCÈNE 2 – RUE'],
        ['Hélène, la voisine, arrose ses géraniums.'],
        ['HÉLÈNE', 'Ils sont partis en vacances, voyons.'],
        ['MARIE (suite)', 'Tout le quartier le savait, sauf nous.'],
        ['FONDU AU NOIR.'],
    ]
    for block in blocks:
        d.add_paragraph('')
        for text in block:
            d.add_paragraph(text)
    return d


# (indent in inches or a style name, text): typed by hand, the dialogue's second paragraphs at the
# dialogue's indent, the action lines after a dialogue back at the margin.
INDENT_FR = [
    (0, 'LA TRAVERSÉE – épisode 2'),
    (0, 'SCÈNE 3 – LE PONT DU FERRY'),
    (0, 'Le ferry tangue. Louise s’accroche au bastingage.'),
    (2.2, 'LOUISE'),
    (1.0, 'Je déteste les bateaux.'),
    (1.0, 'Depuis toujours, je les déteste.'),
    (2.2, 'MARC'),
    ('Body Text Indent', 'Tu voulais venir.'),
    (1.6, '(il sourit)'),
    ('Body Text Indent', 'C’était ton idée, pas la mienne.'),
    ('Body Text Indent', 'Et tu le sais très bien.'),
    (0, 'Une vague frappe la coque.'),
    (2.2, 'LOUISE'),
    ('Body Text Indent', 'On arrive quand ?'),
    (2.2, 'MARC'),
    ('Body Text Indent', 'Dans une heure.'),
    ('Body Text Indent', 'Peut-être deux.'),
    ('Body Text Indent', 'Trois, si le vent tourne.'),
    (0, 'Louise ferme les yeux.'),
    (0, 'FONDU AU NOIR.'),
]


def indent_fr():
    """Normal style; names, dialogue and parentheticals indented, the action at the margin."""
    d = Document()
    french(d)
    courier(d)
    # Word's built-in "Body Text Indent" (here at 1 in): no screenwriting style.
    retrait = d.styles.add_style('Body Text Indent', WD_STYLE_TYPE.PARAGRAPH)
    retrait.base_style = d.styles['Normal']
    retrait.paragraph_format.left_indent = Inches(1.0)
    for where, text in INDENT_FR:
        if text == 'LOUISE' or text == 'Une vague frappe la coque.' or text == 'Louise ferme les yeux.':
            d.add_paragraph('')
        if isinstance(where, str):
            d.add_paragraph(text, style=where)
        else:
            paragraph = d.add_paragraph(text)
            if where:
                paragraph.paragraph_format.left_indent = Inches(where)
    return d


def caps_fr():
    """Names typed in lower case, shown in capitals by All caps (run or character style); one in small caps."""
    d = Document()
    french(d)
    role = d.styles.add_style('Nom du rôle', WD_STYLE_TYPE.CHARACTER)
    role.font.all_caps = True
    d.add_paragraph('Le Phare – scène 1')
    d.add_paragraph('Nuit. La lampe tourne. Anna monte l’escalier.')

    def name(text, how):
        paragraph = d.add_paragraph()
        if how == 'style':
            paragraph.add_run(text, style='Nom du rôle')
        else:
            run = paragraph.add_run(text)
            if how == 'caps':
                run.font.all_caps = True
            else:
                run.font.small_caps = True

    name('Anna', 'caps')
    d.add_paragraph('Papa ? Tu es là-haut ?')
    name('Tom', 'style')
    emphasis = d.add_paragraph('Où veux-tu que je sois ? ')
    loud = emphasis.add_run('toujours')
    loud.font.all_caps = True
    emphasis.add_run(' là.')
    name('Anna', 'style')
    d.add_paragraph('Le bateau est rentré.')
    name('Tom (off)', 'caps')
    d.add_paragraph('Alors on garde la lumière.')
    name('Gardien', 'small')
    d.add_paragraph('Moi, je ne dis rien.')
    return d


def fountain_en(path):
    """What a Fountain app prints: Courier 12 on US Letter, each element at its indent."""
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle('The Lighthouse')
    c.setFont('Courier', 12)
    inch = 72
    y = letter[1] - inch
    line = 12

    def put(text, x, gap=True):
        nonlocal y
        if gap:
            y -= line
        c.drawString(x * inch, y, text)
        y -= line

    def right(text):
        nonlocal y
        y -= line
        c.drawRightString(letter[0] - inch, y, text)
        y -= line

    def wrapped(lines, x, gap=True):
        for i, text in enumerate(lines):
            put(text, x, gap and i == 0)

    action = 1.5
    name = 3.7
    dialogue = 2.5
    paren = 3.1
    right('FADE IN:')
    put('EXT. LIGHTHOUSE - NIGHT', action)
    wrapped(['Rain lashes the windows. TOM, sixties, climbs the spiral', 'stairs with a lantern.'], action)
    put('TOM', name)
    wrapped(['Every night for forty years. And still', 'the stairs win.'], dialogue, gap=False)
    put('ANNA (O.S.)', name)
    wrapped(['Dad? Are you up there?'], dialogue, gap=False)
    put('TOM', name)
    put('(shouting down)', paren, gap=False)
    wrapped(['Where else would I be?'], dialogue, gap=False)
    wrapped(['Anna appears at the top of the stairs, soaked.'], action)
    put('ANNA', name)
    wrapped(['The boat is back. They found nothing.'], dialogue, gap=False)
    put('(beat)', paren, gap=False)
    wrapped(['Nothing at all.'], dialogue, gap=False)
    put('TOM (CONT\'D)', name)
    wrapped(['Then we keep the light on.'], dialogue, gap=False)
    right('CUT TO:')
    put('INT. LIGHTHOUSE KITCHEN - LATER', action)
    wrapped(['Tom pours two cups of tea.'], action)
    put('ANNA', name)
    wrapped(['Do you ever think of leaving?'], dialogue, gap=False)
    put('TOM', name)
    wrapped(['Every night. Then the light needs me.'], dialogue, gap=False)
    right('FADE OUT.')
    c.showPage()
    c.save()


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


os.makedirs(OUT, exist_ok=True)
save(styles_fr(), 'screenplay-styles-fr')
save(typed_fr(), 'screenplay-typed-fr')
save(indent_fr(), 'screenplay-indent-fr')
save(caps_fr(), 'screenplay-caps-fr')
fountain_en(os.path.join(OUT, 'screenplay-fountain-en.pdf'))
