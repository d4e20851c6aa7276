"""A capitalised word and a colon opening a line in a voice's colour that is no speaker's name.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-colon-fixtures.py
Writes tests/fixtures/label-colon/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures.

- ad-key-en: a radio ad script whose voices come from a legend of highlighted names ("Key: ANNOUNCER ·
  CUSTOMER · LEGAL · SFX / music (not recorded)"), each line highlighted whole. The announcer says
  "NEW: our ready meals…" (twice) and "HURRY: …" (twice): words said, naming no voice. Two of his
  lines open with "ANNCR:", the announcer's name shortened, and one of the customer's with
  "CUSTOMER:": names, not said. Directions (`[SFX: …]`, `MUSIC: …`) are plain.
- promo-key-en: a short promo whose voices come from a legend ("Key: HOST · GUEST"). The host has three
  lines, two opening with "NEW:" (two thirds of them): words said, counted. The guest has two lines, one
  opening with "FACT:": said too.
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX

OUT = 'tests/fixtures/label-colon'


def ad_key_en():
    d = Document()
    d.add_paragraph('FRESHMART — Spring Radio — 2 spots')
    p = d.add_paragraph()
    p.add_run('Key: ')
    for i, (name, hl) in enumerate([('ANNOUNCER', WD_COLOR_INDEX.YELLOW), ('CUSTOMER', WD_COLOR_INDEX.BRIGHT_GREEN), ('LEGAL', WD_COLOR_INDEX.TURQUOISE)]):
        if i:
            p.add_run(' · ')
        p.add_run(name).font.highlight_color = hl
    p.add_run(' · SFX / music (not recorded)')
    yellow, green, turquoise = WD_COLOR_INDEX.YELLOW, WD_COLOR_INDEX.BRIGHT_GREEN, WD_COLOR_INDEX.TURQUOISE
    spots = [
        ('Spot 1 — “Kitchen” — :30', [
            ('ANNCR: This spring, FreshMart makes it easy to eat well.', yellow),
            ('Wait, ready meals too?', green),
            ('NEW: our ready meals, made in the kitchen next door.', yellow),
            ('MUSIC: upbeat acoustic guitar sting', None),
            ('HURRY: the family box is 19,99 € until Sunday.', yellow),
            ('(fast read) Offer valid in participating stores while stocks last.', turquoise),
        ]),
        ('Spot 2 — “Bread” — :30', [
            ('[SFX: shopping trolley, birdsong]', None),
            ('CUSTOMER: Honestly, the bread is amazing.', green),
            ('ANNCR: Fresh bread baked every morning.', yellow),
            ('NEW: our ready meals, made in the kitchen next door.', yellow),
            ('HURRY: the family box is 19,99 € until Sunday.', yellow),
            ('(fast read) Prices include VAT.', turquoise),
        ]),
    ]
    for title, lines in spots:
        d.add_heading(title, level=1)
        for text, hl in lines:
            r = d.add_paragraph().add_run(text)
            if hl is not None:
                r.font.highlight_color = hl
    return d


def promo_key_en():
    d = Document()
    d.add_paragraph('FRESHMART — Summer promo — :15')
    yellow, green = WD_COLOR_INDEX.YELLOW, WD_COLOR_INDEX.BRIGHT_GREEN
    p = d.add_paragraph()
    p.add_run('Key: ')
    p.add_run('HOST').font.highlight_color = yellow
    p.add_run(' · ')
    p.add_run('GUEST').font.highlight_color = green
    for text, hl in [
        ('NEW: our ready meals, made next door.', yellow),
        ('FACT: they keep three days in the fridge.', green),
        ('NEW: fresh bread every morning.', yellow),
        ('Really? Every morning?', green),
        ('Only at FreshMart, all summer.', yellow),
    ]:
        d.add_paragraph().add_run(text).font.highlight_color = hl
    return d


FIXTURES = {'ad-key-en': ad_key_en, 'promo-key-en': promo_key_en}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, f'{name}.docx')
        FIXTURES[name]().save(path)
        print('wrote', path)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)
        print('wrote', path[:-5] + '.pdf')


if __name__ == '__main__':
    main(sys.argv[1:])
