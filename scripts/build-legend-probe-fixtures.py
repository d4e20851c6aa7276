"""Legends the probes found misread (English and French): a legend whose voices the config renames,
"not recorded" entries with qualifiers, legends with a sentence after them, red notes on a voice's
highlight, a Subtitle-style grey next to the narrator's grey.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-legend-probe-fixtures.py
Writes tests/fixtures/legend-probe/*.docx and the PDFs of some (soffice --headless --convert-to pdf).
"""
import os

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import french, lo_pdf

OUT = 'tests/fixtures/legend-probe'


def rgb(hex_):
    return RGBColor.from_string(hex_)


def para(d, *runs, style=None):
    """runs: (text, colour hex or None, highlight or None)."""
    p = d.add_paragraph(style=style)
    for text, colour, highlight in runs:
        r = p.add_run(text)
        if colour:
            r.font.color.rgb = rgb(colour)
        if highlight:
            r.font.highlight_color = highlight
    return p


def line(d, text, colour=None, highlight=None):
    return para(d, (text, colour, highlight))


# --- 1. A legend of names in their colours, the voices renamed by the config ------------------------

GREY = '404040'
NAVY = '1F4E79'
GREEN = '00B050'


def renamed_fr():
    """« Légende : Narrateur — Formatrice — Apprenant — Non enregistré », each name in its colour, headings in Word's blue."""
    d = Document()
    french(d)
    d.add_heading('Module 4 — Sécurité en entrepôt', 1)
    para(d, ('Légende : ', None, None), ('Narrateur', GREY, None), (' — ', None, None), ('Formatrice', NAVY, None), (' — ', None, None),
         ('Apprenant', GREEN, None), (' — ', None, None), ('Non enregistré', None, None))
    d.add_heading('Écran 1 — Introduction', 2)
    line(d, 'Chaque jour, sur nos sites, plus de mille collaborateurs préparent des colis.', GREY)
    line(d, 'Bonjour à tous, je suis votre formatrice pour ce module.', NAVY)
    line(d, 'Est-ce que ce module est obligatoire pour tout le monde ?', GREEN)
    line(d, '[Musique douce, puis le logo apparaît.]')
    d.add_heading('Écran 2 — Les équipements', 2)
    line(d, 'Les équipements de protection sont obligatoires dans les zones de stockage.', GREY)
    line(d, 'Demandez une paire de gants à votre chef d’équipe.', NAVY)
    line(d, 'Et si j’oublie mes gants ?', GREEN)
    line(d, 'Fin du module.')
    return d


def renamed_en():
    """"Key: Narrator · Host · Learner · Not recorded", each name in its colour."""
    d = Document()
    d.add_heading('Module 4 – Warehouse safety', 1)
    para(d, ('Key: ', None, None), ('Narrator', GREY, None), (' · ', None, None), ('Host', NAVY, None), (' · ', None, None),
         ('Learner', GREEN, None), (' · ', None, None), ('Not recorded', None, None))
    d.add_heading('Screen 1 – Welcome', 2)
    line(d, 'Every day, more than a thousand people pack parcels at our sites.', GREY)
    line(d, 'Hello everyone, I am your host for this module.', NAVY)
    line(d, 'Is this module for everybody?', GREEN)
    line(d, '[Soft music, then the logo.]')
    line(d, 'Protective equipment is required in every storage area.', GREY)
    line(d, 'Ask your team leader for a pair of gloves.', NAVY)
    line(d, 'And if I forget my gloves?', GREEN)
    return d


# --- 2. What is not recorded, with words after its head noun -----------------------------------------

DARK_GREY = '595959'
LIGHT_GREY = 'A6A6A6'


def notes_fr():
    """« Légende : narratrice = gris foncé, consignes entre crochets = gris »."""
    d = Document()
    french(d)
    line(d, 'Module 2 – Le tri des déchets')
    line(d, 'Légende : narratrice = gris foncé, consignes entre crochets = gris')
    line(d, 'Bienvenue dans ce module sur le tri des déchets au bureau.', DARK_GREY)
    line(d, '[Cliquez sur suivant pour continuer.]', LIGHT_GREY)
    line(d, 'Le papier va dans la corbeille bleue, le plastique dans la jaune.', DARK_GREY)
    line(d, '[Afficher le schéma des poubelles.]', LIGHT_GREY)
    line(d, 'Merci et à bientôt.', DARK_GREY)
    return d


def notes_en():
    """"Key: Narrator = dark grey, instructions in brackets = grey"."""
    d = Document()
    line(d, 'Module 2 – Sorting waste')
    line(d, 'Key: Narrator = dark grey, instructions in brackets = grey')
    line(d, 'Welcome to this module on sorting waste at the office.', DARK_GREY)
    line(d, '[Click next to go on.]', LIGHT_GREY)
    line(d, 'Paper goes in the blue bin, plastic in the yellow one.', DARK_GREY)
    line(d, '[Show the diagram of the bins.]', LIGHT_GREY)
    line(d, 'Thank you, see you soon.', DARK_GREY)
    return d


BLUE = '0070C0'
RED = 'FF0000'
GREY_808 = '808080'


def bracket_voice_en():
    """"Key: Narrator = blue, Studio = grey": every grey line is a direction in brackets (a voice with nothing to say)."""
    d = Document()
    line(d, 'Spot 3 – Spring sale')
    line(d, 'Key: Narrator = blue, Studio = grey')
    line(d, 'This spring, everything in the garden centre is twenty percent off.', BLUE)
    line(d, '[Music up, then under.]', GREY_808)
    line(d, 'Come and see us before the end of the month.', BLUE)
    line(d, '[Logo and jingle.]', GREY_808)
    return d


def bracket_voice_fr():
    """« Légende : Narratrice = bleu, Régie = gris » : les lignes grises ne sont que des consignes entre crochets."""
    d = Document()
    french(d)
    line(d, 'Spot 3 – Les soldes de printemps')
    line(d, 'Légende : Narratrice = bleu, Régie = gris')
    line(d, 'Ce printemps, toute la jardinerie est à moins vingt pour cent.', BLUE)
    line(d, '[Musique, puis on baisse.]', GREY_808)
    line(d, 'Venez nous voir avant la fin du mois.', BLUE)
    line(d, '[Logo et jingle.]', GREY_808)
    return d


# --- 3. Legends with a sentence after them ---------------------------------------------------------

def sentence_fr():
    """« Légende : Marc = bleu, Julie = rouge. Le noir n’est pas enregistré. »"""
    d = Document()
    french(d)
    line(d, 'Publicité radio – Boulangerie Martin')
    line(d, 'Légende : Marc = bleu, Julie = rouge. Le noir n’est pas enregistré.')
    line(d, 'Envie d’un pain croustillant ce matin ?', BLUE)
    line(d, 'Chez Martin, il sort du four à six heures.', RED)
    line(d, 'Bruit de porte, clochette.')
    line(d, 'Boulangerie Martin, rue des Lilas.', BLUE)
    return d


def unassigned_en():
    """"Key: Narrator = blue, Coach = red, unassigned = black"."""
    d = Document()
    line(d, 'Radio spot – Martin’s Bakery')
    line(d, 'Key: Narrator = blue, Coach = red, unassigned = black')
    line(d, 'Fancy a crusty loaf this morning?', BLUE)
    line(d, 'At Martin’s it comes out of the oven at six.', RED)
    line(d, 'Door opens, a bell rings.')
    line(d, 'Martin’s Bakery, Lilac Street.', BLUE)
    return d


def unassigned_fr():
    """« Légende : Narrateur = bleu, Coach = rouge, non attribué = noir »."""
    d = Document()
    french(d)
    line(d, 'Publicité radio – Boulangerie Martin')
    line(d, 'Légende : Narrateur = bleu, Coach = rouge, non attribué = noir')
    line(d, 'Envie d’un pain croustillant ce matin ?', BLUE)
    line(d, 'Chez Martin, il sort du four à six heures.', RED)
    line(d, 'Bruit de porte, clochette.')
    line(d, 'Boulangerie Martin, rue des Lilas.', BLUE)
    return d


GREEN2 = '00B050'


def red_notes_en():
    """"Key: Narrator = blue, Coach = green. Red notes are pronunciation guides, not recorded." """
    d = Document()
    line(d, 'Botany 101 – Trees of Europe')
    line(d, 'Key: Narrator = blue, Coach = green. Red notes are pronunciation guides, not recorded.')
    para(d, ('The oak, or ', BLUE, None), ('Quercus', BLUE, None), (' (KWER-kus)', RED, None), (', lives for centuries.', BLUE, None))
    line(d, 'Look at the shape of its leaves.', GREEN2)
    line(d, 'KWER-kus, stress on the first syllable.', RED)
    line(d, 'Now the beech, a tree of shade.', BLUE)
    return d


def red_notes_fr():
    """« Légende : Narrateur = bleu, Coach = vert. Les notes en rouge sont des aides de prononciation, non enregistrées. »"""
    d = Document()
    french(d)
    line(d, 'Botanique – Les arbres d’Europe')
    line(d, 'Légende : Narrateur = bleu, Coach = vert. Les notes en rouge sont des aides de prononciation, non enregistrées.')
    para(d, ('Le chêne, ou ', BLUE, None), ('Quercus', BLUE, None), (' (kouèr-kuss)', RED, None), (', vit des siècles.', BLUE, None))
    line(d, 'Regardez la forme de ses feuilles.', GREEN2)
    line(d, 'kouèr-kuss, accent sur la première syllabe.', RED)
    line(d, 'Voici le hêtre, un arbre d’ombre.', BLUE)
    return d


def subtitle_grey_en():
    """Word's Subtitle style (#5A5A5A, text1 tint A5) for screen titles, the narrator in #595959 (text1 tint A6): "Narrator = dark grey"."""
    d = Document()
    st = d.styles['Subtitle']
    rpr = st.element.get_or_add_rPr()
    for c in rpr.findall(qn('w:color')):
        rpr.remove(c)
    st.font.color.rgb = rgb('5A5A5A')
    st.font.italic = False
    c = rpr.find(qn('w:color'))
    c.set(qn('w:themeColor'), 'text1')
    c.set(qn('w:themeTint'), 'A5')
    line(d, 'Workplace safety – Module 3')
    line(d, 'Key: Narrator = dark grey. Black text is not recorded.')
    for title, text in [('Screen 1 – Why it matters', 'Every year, thousands of workers are hurt by slips and trips.'),
                        ('Screen 2 – Keep floors clear', 'Keep walkways clear and report spills at once.')]:
        d.add_paragraph(title, style='Subtitle')
        p = line(d, text, DARK_GREY)
        rc = p.runs[0]._r.rPr.find(qn('w:color'))
        rc.set(qn('w:themeColor'), 'text1')
        rc.set(qn('w:themeTint'), 'A6')
        line(d, 'On screen: report spills to extension 2020.')
    return d


# --- 4. Red pronunciation notes on a voice's highlight --------------------------------------------

Y = WD_COLOR_INDEX.YELLOW
G = WD_COLOR_INDEX.BRIGHT_GREEN


def pron_en():
    """"Key: Narrator = yellow highlight; Expert = green highlight; red = pronunciation notes (not recorded)"."""
    d = Document()
    line(d, 'Garden walk – audio guide')
    line(d, 'Key: Narrator = yellow highlight; Expert = green highlight; red = pronunciation notes (not recorded)')
    para(d, ('This tree is an oak, Quercus ', None, Y), ('(KWER-kus)', RED, Y), (', planted in 1890.', None, Y))
    para(d, ('Its name, ', None, G), ('[mon-STAIR-ee]', RED, G), (' Monstera, comes from Latin.', None, G))
    line(d, 'KWER-kus: stress the first syllable.', RED)
    line(d, 'Walk on to the pond.', None, Y)
    return d


def pron_fr():
    """« Légende : Narrateur = surlignage jaune ; Experte = surlignage vert ; rouge = prononciation (non enregistré) »."""
    d = Document()
    french(d)
    line(d, 'Promenade au jardin – audioguide')
    line(d, 'Légende : Narrateur = surlignage jaune ; Experte = surlignage vert ; rouge = prononciation (non enregistré)')
    para(d, ('Cet arbre est un chêne, Quercus ', None, Y), ('(kouèr-kuss)', RED, Y), (', planté en 1890.', None, Y))
    para(d, ('Son nom, ', None, G), ('[mon-stè-ra]', RED, G), (' Monstera, vient du latin.', None, G))
    line(d, 'kouèr-kuss : accent sur la première syllabe.', RED)
    line(d, 'Continuez vers le bassin.', None, Y)
    return d


# --- 5. init: a highlight legend whose plain text is "not recorded" --------------------------------

def no_highlight_en():
    """"Key: Narrator = yellow highlight; Expert = green highlight; Not recorded = no highlight"."""
    d = Document()
    line(d, 'Garden walk – audio guide')
    line(d, 'Key: Narrator = yellow highlight; Expert = green highlight; Not recorded = no highlight')
    line(d, 'This tree is an oak, planted in 1890.', None, Y)
    line(d, 'Its leaves turn brown but stay on all winter.', None, G)
    line(d, 'Pause here for ten seconds.')
    line(d, 'Walk on to the pond.', None, Y)
    return d


def no_legend_navy():
    """No legend: two voices' colours and two headings' colours with the same plain name (dark blue)."""
    d = Document()
    d.add_heading('Module 4 — Sécurité en entrepôt', 1)
    french(d)
    line(d, 'Chaque jour, plus de mille collaborateurs préparent des colis.', GREY)
    line(d, 'Bonjour à tous, je suis votre formatrice pour ce module.', NAVY)
    d.add_heading('Écran 2 — Les équipements', 1)
    line(d, 'Est-ce que ce module est obligatoire ?', GREEN)
    line(d, 'Les équipements de protection sont obligatoires.', GREY)
    line(d, 'Demandez une paire de gants à votre chef d’équipe.', NAVY)
    line(d, '[Musique.]')
    return d


def bracket_colour_fr():
    """No legend: the narrator in dark grey, every grey line a direction in brackets."""
    d = Document()
    french(d)
    line(d, 'Module 2 – Le tri des déchets')
    line(d, 'Bienvenue dans ce module sur le tri des déchets au bureau.', DARK_GREY)
    line(d, '[Cliquez sur suivant pour continuer.]', LIGHT_GREY)
    line(d, 'Le papier va dans la corbeille bleue, le plastique dans la jaune.', DARK_GREY)
    line(d, '[Afficher le schéma des poubelles.]', LIGHT_GREY)
    return d


BUILDS = [
    ('renamed-legend-fr', renamed_fr, True),
    ('renamed-legend-en', renamed_en, False),
    ('notes-qualified-fr', notes_fr, False),
    ('notes-qualified-en', notes_en, False),
    ('bracket-voice-en', bracket_voice_en, False),
    ('bracket-voice-fr', bracket_voice_fr, False),
    ('sentence-after-fr', sentence_fr, False),
    ('unassigned-word-en', unassigned_en, False),
    ('unassigned-word-fr', unassigned_fr, False),
    ('red-notes-en', red_notes_en, False),
    ('red-notes-fr', red_notes_fr, False),
    ('subtitle-grey-en', subtitle_grey_en, False),
    ('pron-highlight-en', pron_en, True),
    ('pron-highlight-fr', pron_fr, False),
    ('no-highlight-en', no_highlight_en, False),
    ('no-legend-navy-fr', no_legend_navy, False),
    ('bracket-colour-fr', bracket_colour_fr, False),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    pdfs = []
    for name, build, pdf in BUILDS:
        path = os.path.join(OUT, f'{name}.docx')
        doc = build()
        doc.core_properties.author = 'vo-lines fixtures'
        doc.save(path)
        if pdf:
            pdfs.append(path)
    lo_pdf(pdfs, OUT, own_profile=False)


if __name__ == '__main__':
    main()
