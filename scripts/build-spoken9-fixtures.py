"""Fixtures of tests/spoken9.test.ts: figures as a narrator says them in ads and legal lines.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken9-fixtures.py
Writes tests/fixtures/spoken9/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it):

prices per unit (`9,99 €/mois`, `$19.99/mo`, `2/$8`), US retail dates after a word that takes a date (`Offer ends 1/31`,
`Saturday 4/12`) beside scores that stay scores (`won 3/4 games`), and note calls after a figure or a word (`$199*`,
`40%*`, `30 %*`, `9,99 €(1)`, `TTC*`);
Swiss money (`CHF 1’250.–`, `Fr. 12.50`, `SFr. 1'250.–`) and a grouped number with a plus (`10 000+`, narrow no-break space).
"""
import os

from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/spoken9'
NARRATOR = RGBColor(0x40, 0x40, 0x40)

DOCS = {
    'en': ('en-US', [
        'Plans start at $9.99/month.',
        'Just $19.99/mo or $49/yr.',
        'Only $199* with trade-in. Save up to 40%** on select items.',
        'Offer ends 1/31. Expires 12/31.',
        'Join us Saturday 4/12. We won 3/4 games.',
        'Buy 2/$8 today.',
    ]),
    'fr': ('fr-FR', [
        'L’abonnement coûte 9,99 €/mois.',
        'Dès 39 €/an, soit 199 €* TTC*.',
        'Seulement 9,99 €(1) par mois.',
    ]),
    'de': ('de-DE', [
        'Das Abo kostet 9,99 €/Monat.',
        'Jetzt 30 %* sparen.',
    ]),
    'es': ('es-ES', [
        'Solo 9,99 €/mes.',
    ]),
    'fr-ch': ('fr-CH', [
        'Total : CHF 1’250.–',
        'Ça fait Fr. 12.50, déjà 10\u202f000+ clients.',
    ]),
    'de-ch': ('de-CH', [
        'Total: Fr. 12.50 oder SFr. 1\'250.–',
    ]),
}

os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
