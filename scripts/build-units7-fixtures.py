"""Fixtures of tests/spoken-units7.test.ts: units, amounts, versions and word forms as a narrator says them.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-units7-fixtures.py
Writes tests/fixtures/units7/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it): fuel consumption (`5,2 l/100 km`, `6.5L/100km`), an amount or a scaled figure with
a plus (`$50+`, `1M+`), `2.5M`, a grouped amount after a currency code (`CHF 1 250` with a plain, a no-break and a narrow
no-break space), versions (`v2.3`, `version 2.3`, `iOS 17.4`), German days of one month (`Vom 1. bis 3. März`), an
English time range before its marker (`2:00–3:30 p.m.`), Spanish gender (`21 oficinas`, `1/2 taza`), French
`une 1/2 journée`, heights (`1,80 m`) and titles before a name (`Mme`, `Dr`, `M.`, `Me`).
"""
import os

from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/units7'
NARRATOR = RGBColor(0x40, 0x40, 0x40)

DOCS = {
    'en': ('en-GB', [
        'Fuel economy: 6.5L/100km, or 35 mpg.',
        'Over 1M+ users, from $50+ a month.',
        'Up to 2.5M downloads since v2.3.',
        'Update to iOS 17.4 today.',
        'Open 2:00–3:30 p.m. daily.',
    ]),
    'fr': ('fr-FR', [
        'Consommation mixte : 5,2 l/100 km ; 119 g/km.',
        'Total : CHF 1 250, CHF 1\u00a0250 ou CHF 1\u202f250.',
        'Passez à la version 2.3 pour une 1/2 journée.',
        'Il mesure 1,80 m.',
        'Mme Dupont et le Dr Martin reçoivent M. Durand, puis Me Leroy.',
    ]),
    'de': ('de-DE', [
        'Verbrauch: 5,2 l/100 km.',
        'Vom 1. bis 3. März geöffnet, Version 2.3.',
    ]),
    'es': ('es-ES', [
        'Consumo: 5,2 l/100 km.',
        'Tenemos 21 oficinas y 21 libros.',
        'Añada 1/2 taza.',
    ]),
}

os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
