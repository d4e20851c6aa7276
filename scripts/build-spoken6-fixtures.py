"""Fixtures of tests/spoken6.test.ts: the order of an English script's all-numeric dates told by its text, and US retail dates.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken6-fixtures.py
Writes tests/fixtures/spoken6/*.docx, each a narration in one colour (#1F4E9D), its language set on the document's styles
(w:lang, as Word writes it) or on none (untagged):

uk-marked-us: a British script (£, 50p, per cent, colour, organise, centre, 31/12/2025) that Word on an American system marks en-US;
uk-untagged: the same kind of script with no w:lang at all (python-docx's template's en-US taken out);
us-marked-gb: an American script ($, percent, color, center, Offer ends 1/31) marked en-GB;
mixed-orders: dates of both orders (31/12/2025, ends 1/31) beside ambiguous ones, marked en-US;
ambiguous: ambiguous dates and one British spelling only, marked en-US (too little to tell: the mark kept);
retail: US retail dates after a day's noun and is, as of, effective, a range 5/1–5/7, beside scores and shares;
unsaid-fr-ca, unsaid-en: figures the reader keeps as written (9,975 %, 5'10", extension 2-4-7) beside ones it says.
"""
import os

from docx.shared import RGBColor

from docx_common import W, narration

OUT = 'tests/fixtures/spoken6'
NARRATOR = RGBColor(0x1F, 0x4E, 0x9D)

UK = [
    'From 12/03/2025 the colour of the timetable changes, and fares rise by 4 per cent.',
    'Please organise your trip: the train leaves from the centre on 01/04/2025.',
    'Your railcard costs £30 a year, about 50p a trip, until 31/12/2025.',
]

DOCS = {
    'uk-marked-us': ('en-US', UK),
    'uk-untagged': (None, UK),
    'us-marked-gb': ('en-GB', [
        'Offer ends 1/31: save 20 percent on every color.',
        'Doors open 03/04/2025 at the center, tickets $5.',
        'Game day is 2/9.',
    ]),
    'mixed-orders': ('en-US', [
        'The festival starts 31/12/2025 and early tickets sell until 05/06/2025.',
        'Offer ends 1/31, so book by 02/03/2025.',
    ]),
    'ambiguous': ('en-US', [
        'We meet on 05/06/2025 to talk about the colour of the new logo.',
        'The next meeting is on 07/08/2025.',
    ]),
    'retail': ('en-US', [
        'Game day is 2/9, and the event is 10/10 at 10.',
        'Prices good 5/1–5/7. As of 6/1, effective 7/1 rates change.',
        'We won 3/4 games, scored 7/10, and 9/10 dentists agree.',
    ]),
}

os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    d = narration(tag or 'en-US', lines, NARRATOR)
    if tag is None:
        for lang in list(d.styles.element.iter(W + 'lang')):
            lang.getparent().remove(lang)
    d.save(os.path.join(OUT, f'{name}.docx'))

# figures the reader keeps as written (figures-said-as-written), beside ones it says
UNSAID = {
    'unsaid-fr-ca': ('fr-CA', ['Le total comprend la TPS de 5 % et la TVQ de 9,975 %.', 'Votre commande de 20 $ est confirmée.']),
    'unsaid-en': ('en-US', ['He is 5\'10" tall.', 'Call extension 2-4-7 at 9:30 today.']),
}
for name, (tag, lines) in UNSAID.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
