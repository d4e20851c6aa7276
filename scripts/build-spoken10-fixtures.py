"""Fixtures of tests/spoken10.test.ts: spoken forms a narrator says otherwise than the letters (the eighth spoken brief).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken10-fixtures.py
Writes tests/fixtures/spoken10/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it):

en-gb: pence (`50p`, `1p`) beside a video's lines (`1080p`, `720p`), titles (`Mr.`, `Mrs.`, `Ms.`, `Dr.`, `St.` Saint and
Street), `on 1/2 the days`, `won 3/4 games`;
en-us: `99p` with no sign of British money (kept), `99p` beside a `£`, `1/2 a cup`, scores (`9/10 dentists`, `scored 7/10`),
durations (`1'15"`, `0'30"`) and a height kept as written (`5'10"`);
fr-ch / fr: Swiss francs with centimes (`CHF 1'250.50`), elisions before "un" (`de 1 M€`, `que 1 euro`), `de 1 000 €`,
`de 8 €`, `M. et Mme Dupont`;
de: `vom 1. – 3. März` (a spaced dash between the days);
spots/spots.docx: a spots script as agencies write them, each spot's heading in bold black with its slate (`SPOT 1 — 1'00"`,
`SPOT 2 — 3'05"`), the narration in the voice's colour (#C00000, named by spots/vo-lines.config.json, black unassigned): a
heading is not said, its slate not listed as a figure kept as written.
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/spoken10'
NARRATOR = RGBColor(0x40, 0x40, 0x40)
ANNOUNCER = RGBColor(0xC0, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

DOCS = {
    'en-gb': ('en-GB', [
        'A coffee for just 50p, or 1p a minute.',
        'Stream it in 1080p or 720p.',
        'Mr. Smith and Mrs. Jones met Dr. Brown at St. Paul’s.',
        'Find Ms. Davis on Main St. today.',
        'On 1/2 the days we won 3/4 games.',
    ]),
    'en-us': ('en-US', [
        'Only 99p in the app.',
        'A coffee for 99p or £1.20 in London.',
        'Add 1/2 a cup. 9/10 dentists agree; she scored 7/10.',
        'The film runs 1\'15" and the intro 0\'30".',
        'He is 5\'10" tall.',
    ]),
    'fr-ch': ('fr-CH', [
        'Total : CHF 1\'250.50 par année.',
    ]),
    'fr': ('fr-FR', [
        'Un budget de 1 M€, soit plus de 1 000 € par jour.',
        'Il ne reste que 1 euro sur un prix de 8 €.',
        'M. et Mme Dupont vous attendent.',
    ]),
    'de': ('de-DE', [
        'Die Messe läuft vom 1. – 3. März.',
    ]),
}


def spots():
    """Two spots: a bold black heading with its slate, then a line in the narrator's colour."""
    d = Document()
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'en-US')
    for heading, line in [('SPOT 1 — 1\'00"', 'Summer starts here, one minute of sun.'), ('SPOT 2 — 3\'05"', 'Doors open at nine, runs 1\'15" in all.')]:
        run = d.add_paragraph().add_run(heading)
        run.bold = True
        run.font.color.rgb = BLACK
        d.add_paragraph().add_run(line).font.color.rgb = ANNOUNCER
    return d


os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
os.makedirs(os.path.join(OUT, 'spots'), exist_ok=True)
spots().save(os.path.join(OUT, 'spots', 'spots.docx'))
