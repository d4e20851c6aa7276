"""Fixtures of tests/pay3.test.ts: fees per finished hour and minute worked out on the estimated
seconds, not on hours rounded for the columns; and a French script quoted in a Swiss locale.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-pay3-fixtures.py
Writes tests/fixtures/pay3/*.docx.

audiobook-tag.docx: an audiobook chapter as an audiobook producer hands it over: a black chapter
title, the Narrator's 155 words in blue (#2E75B6; plain lowercase words, no figure nor
direction, so spoken words are written words: 60 s at the audiobook preset's 155 wpm, exactly 1/60
of a finished hour) and a closing credit read by a second voice, Tag, in red (#C00000): "The end."
(2 words, 0.8 s at 155 wpm). Run colours set by hand, as a writer colours a script in Word.
fr-spot.docx: a French radio spot with two voices (Voix off blue #2E75B6, Cliente green
#00B050), the document's language set to fr-CH (w:lang on the default run properties, as Word saves
a script written in Swiss French), a black title.
"""
import os

from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import RGBColor

OUT = os.path.join('tests', 'fixtures', 'pay3')
WORDS = 'the river ran quietly past the old mill and the children followed it home'.split()


def coloured(d, colour, text):
    d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colour)


def audiobook_tag():
    d = Document()
    d.add_paragraph('Chapter One')
    words = [WORDS[i % len(WORDS)] for i in range(155)]
    for i in range(0, 155, 31):
        chunk = ' '.join(words[i:i + 31])
        coloured(d, '2E75B6', chunk[0].upper() + chunk[1:] + '.')
    coloured(d, 'C00000', 'The end.')
    d.save(os.path.join(OUT, 'audiobook-tag.docx'))


def set_language(d, tag):
    rpr = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
    lang = rpr.find(qn('w:lang'))
    if lang is None:
        lang = OxmlElement('w:lang')
        rpr.append(lang)
    lang.set(qn('w:val'), tag)


def fr_spot():
    d = Document()
    set_language(d, 'fr-CH')
    d.add_paragraph('Boulangerie du Lac : spot radio')
    lines = [
        ('2E75B6', 'Le matin, au bord du lac, une odeur de pain chaud vous attend.'),
        ('00B050', 'Un croissant et une baguette, s’il vous plaît.'),
        ('2E75B6', 'La Boulangerie du Lac, ouverte tous les jours dès six heures.'),
    ]
    for colour, text in lines:
        coloured(d, colour, text)
    d.save(os.path.join(OUT, 'fr-spot.docx'))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    audiobook_tag()
    fr_spot()
