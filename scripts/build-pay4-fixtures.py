"""Fixtures of tests/pay4.test.ts: a voice's config language its own lines contradict, and a one-word
tag whose finished time is above 0 but under the columns' thousandth of an hour.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-pay4-fixtures.py
Writes tests/fixtures/pay4/*.docx.

bilingual-en-us.docx: a bilingual e-learning module as python-docx's and an English Word's template
leave it, every run en-US (no per-paragraph language): a black title, an English Narrator in dark blue
(#1F4E79) and a French Narratrice in green (#00B050), four lines each with figures (1,200 / 1 200,
15 %, 10 km/h), some lines typed in two runs (a bold word inside) as writers format them.
dialogue-short.docx: an English restaurant scene (Host in blue #0070C0) with a French chef (Chef in
red #C00000) whose few lines are French dialogue: elisions, « », a space before ? and !, je/tu/oui.
fr-tag.docx: a French radio spot as a French Word saves it (fr-FR): a black title, the Voix off's
long read in blue (#2E75B6) and the Cliente's one-word answer « Oui. » in green (#00B050): 1 word,
0.4 s at 150 wpm, 0.00011 finished hours.
"""
import os
import sys

from docx import Document
from docx.shared import RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import french, set_language  # noqa: E402

OUT = os.path.join('tests', 'fixtures', 'pay4')


def line(d, colour, *parts):
    """One paragraph in `colour`; a part given as a tuple ('word', True) is bold, as a writer stresses a word."""
    p = d.add_paragraph()
    for part in parts:
        text, bold = part if isinstance(part, tuple) else (part, False)
        run = p.add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
        run.bold = bold


def bilingual():
    d = set_language(Document(), 'en-US')
    d.add_paragraph('Module 2 — Safety on site / Sécurité sur le site')
    line(d, '1F4E79', 'Welcome to the second module. Every day, more than 1,200 people work on our sites, and each of them must get home safe.')
    line(d, '00B050', 'Bienvenue dans le deuxième module. Chaque jour, plus de 1 200 personnes travaillent sur nos sites, et chacune doit rentrer chez elle en bonne santé.')
    line(d, '1F4E79', 'In the warehouse, forklifts must not go faster than 10 km/h, and ', ('you', True), ' should always keep to the walkways.')
    line(d, '00B050', 'Dans l’entrepôt, les chariots ne doivent pas dépasser 10 km/h, et ', ('vous', True), ' devez toujours rester sur les allées piétonnes.')
    line(d, '1F4E79', 'Last year, accidents fell by 15 %. That is the result of the care that you take every day.')
    line(d, '00B050', 'L’an dernier, les accidents ont baissé de 15 %. C’est le résultat de l’attention que vous portez chaque jour à vos collègues.')
    line(d, '1F4E79', 'At the end of this module, a short quiz will check what you have learnt.')
    line(d, '00B050', 'À la fin de ce module, un court questionnaire vérifiera ce que vous avez retenu.')
    d.save(os.path.join(OUT, 'bilingual-en-us.docx'))


def dialogue_short():
    d = set_language(Document(), 'en-US')
    d.add_paragraph('Scene 4 — The kitchen')
    line(d, '0070C0', 'The kitchen is loud tonight, and the new chef is not happy with the order that just came in from table six.')
    line(d, 'C00000', 'Qu’est-ce que c’est ? Je t’ai dit : pas de crème !')
    line(d, '0070C0', 'The host tries to calm him down before the guests can hear what is going on in the kitchen.')
    line(d, 'C00000', 'Oui, oui… mais tu comprends, c’est mon plat. « Pas de crème », j’ai dit !')
    line(d, '0070C0', 'In the end the chef sends the plate out as it is, and the guests at table six love it.')
    d.save(os.path.join(OUT, 'dialogue-short.docx'))


def fr_tag():
    d = french(Document())
    d.add_paragraph('Boulangerie du Lac : spot radio de 30 secondes')
    line(d, '2E75B6', 'Le matin, au bord du lac, une odeur de pain chaud vous attend. Croissants, baguettes et brioches sortent du four dès six heures, tous les jours de la semaine.')
    line(d, '00B050', 'Oui.')
    line(d, '2E75B6', 'La Boulangerie du Lac, le bon pain depuis trois générations.')
    d.save(os.path.join(OUT, 'fr-tag.docx'))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    bilingual()
    dialogue_short()
    fr_tag()
