"""The document's language tag against the text's language (measure/language.ts), and a bilingual script
whose runs are tagged per language (readers/docx/language.ts, voiceLanguages).

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-doclang-fixtures.py
Writes tests/fixtures/doclang/*.docx and, for the first two, their PDFs (soffice --headless --convert-to
pdf: LibreOffice writes the catalog's /Lang from the document's default language). With names as
arguments, only those fixtures.

fr-default-en: a French script (legend: Narrateur = bleu 0070C0) in python-docx's default template,
whose document defaults say en-US (as Word's on an English system): figures in French text.
en-default-fr: an English script whose document defaults say fr-FR (a French template, LibreOffice in a
French locale): figures in English text.
fr-names-fr (control): French text tagged fr-FR with English product names and an English menu path.
short-fr-en (control): two short French lines tagged en-US: too little text to speak against the tag.
gl-tagged (control): Galician text tagged gl-ES, which the short-words guess (no Galician) would call
Portuguese: the tag stands, with no warning.
bilingual: document defaults en-US; legend `Narrator = blue 0070C0, Narratrice = green 00B050`; the
Narrator's lines English (runs en-US), the Narratrice's the same in French (runs w:lang fr-FR, as Word
marks them when typed with a French keyboard or detected), as many words each.
"""
import os
import subprocess
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

OUT = 'tests/fixtures/doclang'
BLUE = '0070C0'
GREEN = '00B050'


def default_language(d, tag):
    """Sets the document defaults' w:lang (styles.xml w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)."""
    rpr = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
    lang = rpr.find(qn('w:lang'))
    if lang is None:
        lang = OxmlElement('w:lang')
        rpr.append(lang)
    lang.set(qn('w:val'), tag)


def line(d, text, colour=None, lang=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if lang:
        tag = OxmlElement('w:lang')
        tag.set(qn('w:val'), lang)
        run._r.get_or_add_rPr().append(tag)
    return p


def fr_default_en():
    d = Document()
    default_language(d, 'en-US')
    line(d, 'Soldes de printemps — spot radio')
    line(d, 'Légende : Narrateur = bleu ; le texte noir n’est pas enregistré.')
    line(d, 'Cette semaine, profitez d’une remise de 15 % sur tout le magasin.', BLUE)
    line(d, 'La tondeuse est à 1 200 € au lieu de 1 500 €, et le taille-haie à 19,99 euros.', BLUE)
    line(d, 'Le magasin vous accueille dès 8 h 30, du lundi au samedi.', BLUE)
    return d


def en_default_fr():
    d = Document()
    default_language(d, 'fr-FR')
    line(d, 'Spring sale — radio spot')
    line(d, 'Legend: Narrator = blue; black text is not recorded.')
    line(d, 'This week only, save 25% on every lawn mower in the store.', BLUE)
    line(d, 'The deluxe model is now $1,200 and the hedge trimmer just 19.99 dollars.', BLUE)
    line(d, 'We are open from 8:30 to 6, Monday to Saturday, so come and see us.', BLUE)
    return d


def fr_names_fr():
    d = Document()
    default_language(d, 'fr-FR')
    line(d, 'Légende : Narrateur = bleu ; le texte noir n’est pas enregistré.')
    line(d, 'Dans Microsoft Teams, cliquez sur Share your screen and choose the window you want.', BLUE)
    line(d, 'Ouvrez ensuite le menu Settings and Privacy, puis l’onglet Notifications for the web.', BLUE)
    line(d, 'La réunion dure 45 min et commence à 9 h 15.', BLUE)
    return d


def short_fr_en():
    d = Document()
    default_language(d, 'en-US')
    line(d, 'Légende : Narrateur = bleu')
    line(d, 'Bienvenue à tous !', BLUE)
    line(d, 'Remise de 15 %.', BLUE)
    return d


def gl_tagged():
    d = Document()
    default_language(d, 'gl-ES')
    line(d, 'Lenda: Narrador = azul')
    line(d, 'A cidade de Santiago é a capital de Galicia e unha das cidades máis visitadas de España.', BLUE)
    line(d, 'Os visitantes poden pasear pola rúa do Franco, visitar a catedral e gozar da praza.', BLUE)
    line(d, 'O museo abre ás dez da mañá e pecha ás oito da noite, e a entrada custa 15 euros.', BLUE)
    return d


def bilingual():
    d = Document()
    default_language(d, 'en-US')
    line(d, 'Forklift safety — bilingual module')
    line(d, 'Legend: Narrator = blue, Narratrice = green')
    line(d, 'Welcome to this module on warehouse safety.', BLUE)
    line(d, 'Bienvenue dans ce module sur la sécurité en entrepôt.', GREEN, 'fr-FR')
    line(d, 'The forklift carries up to 1,200 kg and drives at 10 km/h at most.', BLUE)
    line(d, 'Le chariot porte jusqu’à 1 200 kg et roule à 10 km/h au plus.', GREEN, 'fr-FR')
    line(d, 'Accidents fell by 15% when the aisles were marked.', BLUE)
    line(d, 'Les accidents ont baissé de 15 % quand les allées ont été marquées.', GREEN, 'fr-FR')
    return d


FIXTURES = {
    'fr-default-en': (fr_default_en, True),
    'en-default-fr': (en_default_fr, True),
    'fr-names-fr': (fr_names_fr, False),
    'short-fr-en': (short_fr_en, False),
    'gl-tagged': (gl_tagged, False),
    'bilingual': (bilingual, False),
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        build, pdf = FIXTURES[name]
        path = os.path.join(OUT, f'{name}.docx')
        build().save(path)
        if pdf:
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main(sys.argv[1:])
