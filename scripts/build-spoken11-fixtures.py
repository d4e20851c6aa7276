"""Fixtures of tests/spoken11.test.ts: numbers agreeing with the noun they count, German days joined by a closed-up dash
(the spoken9 brief).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken11-fixtures.py
Writes tests/fixtures/spoken11/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it):

de: `1 min`, `mit 1 Minute`, `für 1 Tag`, `1 Person`, `vom 1.–3. März` (an en dash closed up), `5.-6. Juni` (a hyphen);
fr: `plus de 1 personne`, `21 personnes`, `1 semaine`, `1 euro`;
two-voices/config: a British voice (#C00000, `language: en-GB` in its vo-lines.config.yaml) and an American one (#0070C0,
`language: en-US`), each with the same all-numeric date (`03/04/2025`), the document marked en-US;
two-voices/marks.docx: the same lines, the British voice's runs marked en-GB (w:lang on each run, as Word marks a run typed
with a British keyboard), the American's en-US.
"""
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/spoken11'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
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

BRITISH = RGBColor(0xC0, 0x00, 0x00)
AMERICAN = RGBColor(0x00, 0x70, 0xC0)
TWO_VOICES = [
    (BRITISH, 'en-GB', 'The shop opens on 03/04/2025 at 9, colour and all.'),
    (AMERICAN, 'en-US', 'The store opens on 03/04/2025 at 9, color and all.'),
    (BRITISH, 'en-GB', 'Book by 05/06/2025.'),
    (AMERICAN, 'en-US', 'Book by 05/06/2025.'),
]


def two_voices(marked):
    """The two voices' lines, the document in en-US; with `marked`, each run's w:lang its voice's language."""
    d = Document()
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', 'en-US')
    for colour, tag, text in TWO_VOICES:
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = colour
        if marked:
            lang = OxmlElement('w:lang')
            lang.set(qn('w:val'), tag)
            run._r.get_or_add_rPr().append(lang)
    return d


for name in ('config', 'marks'):
    os.makedirs(os.path.join(OUT, 'two-voices', name), exist_ok=True)
two_voices(False).save(os.path.join(OUT, 'two-voices', 'config', 'script.docx'))
with open(os.path.join(OUT, 'two-voices', 'config', 'vo-lines.config.yaml'), 'w') as f:
    f.write('voices:\n  Brit: { color: "#C00000", language: en-GB }\n  Yank: { color: "#0070C0", language: en-US }\n')
two_voices(True).save(os.path.join(OUT, 'two-voices', 'marks', 'script.docx'))
with open(os.path.join(OUT, 'two-voices', 'marks', 'vo-lines.config.yaml'), 'w') as f:
    f.write('voices:\n  Brit: { color: "#C00000" }\n  Yank: { color: "#0070C0" }\n')
