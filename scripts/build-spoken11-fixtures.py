"""Fixtures of tests/spoken11.test.ts: numbers agreeing with the noun they count, German days joined by a closed-up dash
(the spoken9 brief).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken11-fixtures.py
Writes tests/fixtures/spoken11/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it):

de: `1 min`, `mit 1 Minute`, `für 1 Tag`, `1 Person`, `vom 1.–3. März` (an en dash closed up), `5.-6. Juni` (a hyphen);
fr: `plus de 1 personne`, `21 personnes`, `1 semaine`, `1 euro`.
"""
import os

from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/spoken11'
NARRATOR = RGBColor(0x40, 0x40, 0x40)

DOCS = {
    'de': ('de-DE', [
        'Der Spot dauert 1 min, mit 1 Minute Pause für 1 Person.',
        'Die Messe läuft vom 1.–3. März und vom 5.-6. Juni, für 1 Tag.',
    ]),
    'fr': ('fr-FR', [
        'Plus de 1 personne sur 21 personnes attend 1 semaine pour 1 euro.',
    ]),
}

os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
