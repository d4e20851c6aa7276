"""Fixtures for scripts whose voices are told apart by italics, bold or a font, not by colour
(tests/fixtures/emphasis-coded/).

/usr/bin/python3 scripts/build-emphasis-coded-fixtures.py   (python-docx, LibreOffice `soffice`)

Some scripts code their voices by emphasis, all in one colour: the trainer's lines in italics, the
learner's upright (or one voice bold, or in another font). vo-lines reads colours only: it must say
so (`emphasis-coded`), not report one voice. Each DOCX is built here; each PDF is LibreOffice's export
of it (`soffice --headless --convert-to pdf`). Truth by construction: in every positive fixture the
emphasised lines are one voice's and the plain lines the other's; every voice line is a sentence of
five words or more ending as a sentence ends.

Positive (a warning):
- italics-en: a title (Heading 1), then a trainer in italics (direct `w:i`) and a learner upright,
  alternating, the learner speaking twice in a row once.
- italics-fr: the same in French (the lead's probe: trainer in italics, Paul upright).
- italics-styles-en: italics from three sources counted alike: the trainer's lines in a paragraph style
  "Trainer" (italic), a character style "Emphasis" (italic), and direct `w:i`; the learner's lines in
  the "Trainer" style with the "Emphasis" character style on the whole run: two toggles, upright
  (ECMA-376 §17.7.3), as Word shows them.
- bold-en: one voice bold (direct `w:b`), the other regular, under a Title.
- font-en: one voice in the theme's major font (`w:asciiTheme="majorHAnsi"`: Calibri in this theme;
  LibreOffice sets it in DejaVu Sans here), the other in the body's theme minor font (Cambria; DejaVu Serif).
- font-fr: one voice in Liberation Mono, the other in the body font (Liberation Serif, set on Normal).
- inside-colour-en: two colours, a narrator in blue and red lines, where half the red paragraphs are
  wholly italic, alternating with upright red ones: two voices may share the red.

Negative (no warning):
- headings-bold-en: Heading 1 and Heading 2 styles, and short bold title lines with no sentence end,
  over one colour of upright body text.
- directions-italic-en: italic stage directions "(laughs)" inside the lines, and short italic
  instruction lines ("Slowly, warmly.") between the lines.
- directions-italic-fr: the same in French: "(rires)", "Plus lentement."
- quotation-en: one italic quotation inside a paragraph.
- all-italic-en: the whole script in italics.
- emphasis-words-en: an italic word for emphasis in most lines.
- title-font-en: a title in another font (Liberation Sans) over body text in Liberation Serif.
- block-italic-en: an italic letter read out, three paragraphs in a row, in upright text (one block).
- labels-italic-fr: MARIE's lines in italics and PAUL's upright, each opening with its speaker's
  label ("MARIE : …"): the labels say who speaks.
- legal-tags-en: three radio spots (Heading 2), each closing with a legal line in italics read by the
  same announcer (samples/en-commercial/spring-sale.docx does this): each closes its section.
"""
import datetime
import os
import sys

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import lo_pdf, normal_language

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'emphasis-coded'))
BLUE = (0x00, 0x70, 0xC0)
RED = (0xC0, 0x00, 0x00)


def fonts(rpr, ascii=None, theme=None):
    """`w:rFonts`, by name or by the theme's font (majorHAnsi / minorHAnsi)."""
    el = OxmlElement('w:rFonts')
    if ascii:
        el.set(qn('w:ascii'), ascii)
        el.set(qn('w:hAnsi'), ascii)
    if theme:
        el.set(qn('w:asciiTheme'), theme)
        el.set(qn('w:hAnsiTheme'), theme)
    rpr.insert(0, el)


def new(lang):
    doc = Document()
    normal_language(doc, lang)
    return doc


def save(doc, name, built):
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    built.append(path)


def add(doc, parts, style=None):
    """A paragraph of runs: (text, {'i': bool, 'b': bool, 'font': name, 'theme': name, 'rgb': (r, g, b), 'rstyle': id})."""
    p = doc.add_paragraph(style=style)
    for text, look in parts:
        r = p.add_run(text)
        if look.get('i') is not None:
            r.italic = look['i']
        if look.get('b') is not None:
            r.bold = look['b']
        if look.get('rgb'):
            r.font.color.rgb = RGBColor(*look['rgb'])
        if look.get('rstyle'):
            r.style = doc.styles[look['rstyle']]
        if look.get('font') or look.get('theme'):
            fonts(r._element.get_or_add_rPr(), look.get('font'), look.get('theme'))
    return p


PLAIN = {}
ITALIC = {'i': True}
BOLD = {'b': True}

TRAINER_EN = [
    'Welcome to this module on fire safety.',
    'Tom, what do you do when the alarm sounds?',
    'Very good. Now tell me where the stairs are.',
    'Perfect. That is all for this first lesson.',
]
LEARNER_EN = [
    'Hello! My name is Tom and I work at the front desk.',
    'I leave the room and close the door behind me.',
    'I walk to the green door at the end of the corridor.',
    'The stairs are always on the left of the lift.',
]


def dialogue_en(doc, trainer, learner):
    """T L T L L T T L: each voice also speaks twice in a row."""
    order = [('T', 0), ('L', 0), ('T', 1), ('L', 1), ('L', 2), ('T', 2), ('T', 3), ('L', 3)]
    for who, k in order:
        if who == 'T':
            trainer(TRAINER_EN[k])
        else:
            learner(LEARNER_EN[k])


def italics_en(built):
    doc = new('en-US')
    doc.add_paragraph('Module 2: Fire safety', style='Heading 1')
    dialogue_en(doc, lambda t: add(doc, [(t, ITALIC)]), lambda t: add(doc, [(t, PLAIN)]))
    save(doc, 'italics-en', built)


def italics_fr(built):
    doc = new('fr-FR')
    doc.add_paragraph('Module 2 : Les gestes qui sauvent', style='Heading 1')
    lines = [
        (True, 'Bienvenue dans ce module. Je suis votre formatrice.'),
        (False, 'Bonjour ! Je suis Paul, je travaille à la réception.'),
        (True, 'Paul, que faites-vous si une personne fait un malaise ?'),
        (False, 'Je compose le quinze et je reste près de la personne.'),
        (True, 'Très bien. Voyons maintenant la position latérale de sécurité.'),
        (False, 'Je la connais, je la pratique depuis deux ans.'),
    ]
    for it, t in lines:
        add(doc, [(t, ITALIC if it else PLAIN)])
    save(doc, 'italics-fr', built)


def italics_styles_en(built):
    doc = new('en-US')
    trainer = doc.styles.add_style('Trainer', WD_STYLE_TYPE.PARAGRAPH)
    trainer.base_style = doc.styles['Normal']
    trainer.font.italic = True
    # python-docx's "Emphasis" character style: <w:i/>.
    doc.add_paragraph('Module 3: First aid', style='Heading 1')
    add(doc, [(TRAINER_EN[0], PLAIN)], style='Trainer')                     # italic by paragraph style
    add(doc, [(LEARNER_EN[0], {'rstyle': 'Emphasis'})], style='Trainer')    # italic style + italic character style: upright
    add(doc, [(TRAINER_EN[1], {'rstyle': 'Emphasis'})])                     # italic by character style
    add(doc, [(LEARNER_EN[1], PLAIN)])
    add(doc, [(TRAINER_EN[2], ITALIC)])                                     # direct w:i
    add(doc, [(LEARNER_EN[2], {'i': False})], style='Trainer')              # direct w:i="0" over the italic style: upright
    add(doc, [(TRAINER_EN[3], PLAIN)], style='Trainer')
    add(doc, [(LEARNER_EN[3], PLAIN)])
    save(doc, 'italics-styles-en', built)


def bold_en(built):
    doc = new('en-US')
    doc.add_paragraph('Fire safety at the front desk', style='Title')
    dialogue_en(doc, lambda t: add(doc, [(t, BOLD)]), lambda t: add(doc, [(t, PLAIN)]))
    save(doc, 'bold-en', built)


def font_en(built):
    doc = new('en-US')
    doc.add_paragraph('Module 2: Fire safety', style='Heading 1')
    dialogue_en(doc, lambda t: add(doc, [(t, {'theme': 'majorHAnsi'})]), lambda t: add(doc, [(t, PLAIN)]))
    save(doc, 'font-en', built)


def font_fr(built):
    doc = new('fr-FR')
    fonts(doc.styles['Normal'].element.get_or_add_rPr(), ascii='Liberation Serif')
    lines = [
        (True, 'Bienvenue dans ce module. Je suis votre formatrice.'),
        (False, 'Bonjour ! Je suis Paul, je travaille à la réception.'),
        (True, 'Paul, que faites-vous si une personne fait un malaise ?'),
        (False, 'Je compose le quinze et je reste près de la personne.'),
        (False, 'Puis je vérifie si la personne respire encore.'),
        (True, 'Très bien. Voyons maintenant la position latérale de sécurité.'),
    ]
    for mono, t in lines:
        add(doc, [(t, {'font': 'Liberation Mono'} if mono else PLAIN)])
    save(doc, 'font-fr', built)


def inside_colour_en(built):
    doc = new('en-US')
    blue, red, red_it = {'rgb': BLUE}, {'rgb': RED}, {'rgb': RED, 'i': True}
    add(doc, [('Welcome to the safety briefing for new staff.', blue)])
    add(doc, [('Hello everyone, I am your fire marshal today.', red_it)])
    add(doc, [('Hi! I am Tom and I started on Monday.', red)])
    add(doc, [('Tom, please tell me where the nearest exit is.', red_it)])
    add(doc, [('It is behind the reception desk, next to the lift.', red)])
    add(doc, [('The marshal checks every floor before leaving the building.', blue)])
    add(doc, [('Good. Never use the lift during an alarm.', red_it)])
    add(doc, [('Understood, I will always take the stairs instead.', red)])
    save(doc, 'inside-colour-en', built)


def headings_bold_en(built):
    doc = new('en-US')
    doc.add_paragraph('Fire safety at the front desk', style='Heading 1')
    add(doc, [('Scene 1: the reception desk', BOLD)])
    add(doc, [(TRAINER_EN[0], PLAIN)])
    add(doc, [(LEARNER_EN[0], PLAIN)])
    doc.add_paragraph('When the alarm sounds', style='Heading 2')
    add(doc, [('Scene 2: the corridor by the lift', BOLD)])
    add(doc, [(TRAINER_EN[1], PLAIN)])
    add(doc, [(LEARNER_EN[1], PLAIN)])
    add(doc, [('Scene 3: the stairs at the end', BOLD)])
    add(doc, [(TRAINER_EN[2], PLAIN)])
    add(doc, [(LEARNER_EN[2], PLAIN)])
    add(doc, [('Scene 4: outside the building', BOLD)])
    add(doc, [(TRAINER_EN[3], PLAIN)])
    save(doc, 'headings-bold-en', built)


def directions_italic_en(built):
    doc = new('en-US')
    add(doc, [(TRAINER_EN[0] + ' ', PLAIN), ('(laughs)', ITALIC)])
    add(doc, [('Slowly, warmly.', ITALIC)])
    add(doc, [(LEARNER_EN[0], PLAIN)])
    add(doc, [('(Pause.)', ITALIC)])
    add(doc, [(TRAINER_EN[1], PLAIN)])
    add(doc, [('With a smile.', ITALIC)])
    add(doc, [('(laughs) ', ITALIC), (LEARNER_EN[1], PLAIN)])
    add(doc, [('Faster now.', ITALIC)])
    add(doc, [(TRAINER_EN[2], PLAIN)])
    add(doc, [(LEARNER_EN[2], PLAIN)])
    save(doc, 'directions-italic-en', built)


def directions_italic_fr(built):
    doc = new('fr-FR')
    add(doc, [('Bienvenue dans ce module. Je suis votre formatrice. ', PLAIN), ('(rires)', ITALIC)])
    add(doc, [('Plus lentement.', ITALIC)])
    add(doc, [('Bonjour ! Je suis Paul, je travaille à la réception.', PLAIN)])
    add(doc, [('(Un temps.)', ITALIC)])
    add(doc, [('Paul, que faites-vous si une personne fait un malaise ?', PLAIN)])
    add(doc, [('Avec le sourire.', ITALIC)])
    add(doc, [('(rires) ', ITALIC), ('Je compose le quinze et je reste près de la personne.', PLAIN)])
    save(doc, 'directions-italic-fr', built)


def quotation_en(built):
    doc = new('en-US')
    add(doc, [(TRAINER_EN[0], PLAIN)])
    add(doc, [(LEARNER_EN[0], PLAIN)])
    add(doc, [('The sign on the door says ', PLAIN), ('never use the lift during a fire alarm', ITALIC), (', so we walk.', PLAIN)])
    add(doc, [(TRAINER_EN[1], PLAIN)])
    add(doc, [(LEARNER_EN[1], PLAIN)])
    save(doc, 'quotation-en', built)


def all_italic_en(built):
    doc = new('en-US')
    dialogue_en(doc, lambda t: add(doc, [(t, ITALIC)]), lambda t: add(doc, [(t, ITALIC)]))
    save(doc, 'all-italic-en', built)


def emphasis_words_en(built):
    doc = new('en-US')
    add(doc, [('Welcome to this ', PLAIN), ('module', ITALIC), (' on fire safety.', PLAIN)])
    add(doc, [('Hello! My name is ', PLAIN), ('Tom', ITALIC), (' and I work at the front desk.', PLAIN)])
    add(doc, [('Tom, what do you ', PLAIN), ('do', ITALIC), (' when the alarm sounds?', PLAIN)])
    add(doc, [('I ', PLAIN), ('leave', ITALIC), (' the room and close the door behind me.', PLAIN)])
    add(doc, [('Very good. Now tell me where the ', PLAIN), ('stairs', ITALIC), (' are.', PLAIN)])
    add(doc, [(LEARNER_EN[2], PLAIN)])
    save(doc, 'emphasis-words-en', built)


def title_font_en(built):
    doc = new('en-US')
    fonts(doc.styles['Normal'].element.get_or_add_rPr(), ascii='Liberation Serif')
    add(doc, [('Fire safety at the front desk: a short dialogue.', {'font': 'Liberation Sans'})])
    dialogue_en(doc, lambda t: add(doc, [(t, PLAIN)]), lambda t: add(doc, [(t, PLAIN)]))
    save(doc, 'title-font-en', built)


def block_italic_en(built):
    doc = new('en-US')
    add(doc, [(TRAINER_EN[0], PLAIN)])
    add(doc, [(LEARNER_EN[0], PLAIN)])
    add(doc, [('Dear staff, the fire drill takes place on Friday morning.', ITALIC)])
    add(doc, [('Please leave by the stairs and meet in the car park.', ITALIC)])
    add(doc, [('The marshals will count everyone before you go back inside.', ITALIC)])
    add(doc, [(TRAINER_EN[1], PLAIN)])
    add(doc, [(LEARNER_EN[1], PLAIN)])
    save(doc, 'block-italic-en', built)


def labels_italic_fr(built):
    doc = new('fr-FR')
    lines = [
        (True, 'MARIE : Bienvenue dans ce module. Je suis votre formatrice.'),
        (False, 'PAUL : Bonjour ! Je suis Paul, je travaille à la réception.'),
        (True, 'MARIE : Paul, que faites-vous si une personne fait un malaise ?'),
        (False, 'PAUL : Je compose le quinze et je reste près de la personne.'),
        (True, 'MARIE : Très bien. Voyons maintenant la position latérale de sécurité.'),
        (False, 'PAUL : Je la connais, je la pratique depuis deux ans.'),
    ]
    for it, t in lines:
        add(doc, [(t, ITALIC if it else PLAIN)])
    save(doc, 'labels-italic-fr', built)


def legal_tags_en(built):
    doc = new('en-US')
    spots = [
        ['This weekend, your backyard called and it wants a makeover.', 'Come to the Brightleaf Spring Sale for everything you need.', 'Brightleaf Home and Garden, where good things grow.'],
        ['Spring is here, and every plant in the store is on sale.', 'Our garden experts will help you pick the right seeds.', 'Visit your nearest Brightleaf store this weekend.'],
        ['Wake up, the Brightleaf Spring Sale ends this Sunday.', 'Every tool and every pot is a quarter off today.', 'Brightleaf Home and Garden, open every day until eight.'],
    ]
    for k, lines in enumerate(spots):
        doc.add_paragraph('Spot %d' % (k + 1), style='Heading 2')
        for t in lines:
            add(doc, [(t, PLAIN)])
        add(doc, [('Offers valid this weekend only at participating stores while supplies last.', ITALIC)])
    save(doc, 'legal-tags-en', built)


BUILDERS = [italics_en, italics_fr, italics_styles_en, bold_en, font_en, font_fr, inside_colour_en, headings_bold_en,
            directions_italic_en, directions_italic_fr, quotation_en, all_italic_en, emphasis_words_en, title_font_en, block_italic_en, labels_italic_fr, legal_tags_en]


def main():
    os.makedirs(OUT, exist_ok=True)
    built = []
    only = set(sys.argv[1:])
    for builder in BUILDERS:
        if not only or builder.__name__.replace('_', '-') in only:
            builder(built)
    lo_pdf(built, OUT)


if __name__ == '__main__':
    main()
