"""Fixtures of tests/pay2.test.ts: voices exactly at a contract's time limit and one word over, and
colour groups with no voice named beside a rate card.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-pay2-fixtures.py
Writes tests/fixtures/pay2/*.docx.

at-limit.docx: four voices, each in its own colour (run colours set by hand, as a writer colours a
script in Word), with 18, 615, 1230 and 2460 words: at 150 wpm exactly 0.12, 4.1, 8.2 and 16.4
minutes (7.2 s, 246 s, 492 s, 984 s), the limits a contract may set. Each voice's words are plain
lowercase words with no figure nor direction, so its spoken words are its written words; a paragraph
holds at most 41 words, ending in a full stop. A black title opens the script.
over-limit.docx: the same four voices with one word more each (19, 616, 1231, 2461).
no-voices.docx: a short spot with no legend: a black title, a black stage direction
`[Music fades out]`, and lines in two colours (dark blue #1F4E79, green #00B050): vo-lines groups the
colours, names no voice.
"""
import os

from docx import Document
from docx.shared import RGBColor

OUT = os.path.join('tests', 'fixtures', 'pay2')
WORDS = 'please listen carefully to the safety briefing before we begin'.split()
COLOURS = ['1F4E79', 'C00000', '00B050', 'ED7D31']


def voice_paragraphs(d, colour, n):
    words = [WORDS[i % len(WORDS)] for i in range(n)]
    for i in range(0, n, 41):
        chunk = ' '.join(words[i:i + 41])
        run = d.add_paragraph().add_run(chunk[0].upper() + chunk[1:] + '.')
        run.font.color.rgb = RGBColor.from_string(colour)


def limits(name, counts):
    d = Document()
    d.add_paragraph('Safety briefing')
    for colour, n in zip(COLOURS, counts):
        voice_paragraphs(d, colour, n)
    d.save(os.path.join(OUT, name))


def no_voices():
    d = Document()
    d.add_paragraph('Harbour Bank: spot 1')
    lines = [
        ('1F4E79', 'Saving for a boat starts with one small step.'),
        ('00B050', 'And the bank that helps you take it.'),
        ('1F4E79', 'Open a harbour account today.'),
    ]
    for colour, text in lines:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colour)
    d.add_paragraph('[Music fades out]')
    d.save(os.path.join(OUT, 'no-voices.docx'))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    limits('at-limit.docx', [18, 615, 1230, 2460])
    limits('over-limit.docx', [19, 616, 1231, 2461])
    no_voices()
