"""Fixtures of tests/spoken13.test.ts (the spoken11 brief): abbreviated months said in full, two days of one month said
as a narrator says them, the day-first warning naming only the voices whose reading depended on it, and each voice's
own unambiguous dates deciding its ambiguous ones in a document with no language marks.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken13-fixtures.py
Writes tests/fixtures/spoken13/:

fr-months.docx: a French narration (#404040, fr-FR on the styles): `le 1 janv.`, `le 3 févr. 2025`, `1er sept.`,
`du 1-3 juin`, `1–3 juin`, `entre le 1 et le 5 mai`;
en-months.docx: an American narration (#404040, en-US): `Jan. 3`, `3 Sept 2025`, `June 1–3`, `between June 2 and 5`;
own-marks/script.docx: a script whose styles say en-US; Brit (#C00000) unmarked, writing British (`£30`, `colour`,
`per cent`, `12/03/2025`), Kiwi (#0070C0) marked en-NZ per run (`05/06/2025`), Yank (#00B050) marked en-US
(`07/08/2025`): the day-first warning names Brit alone (Kiwi's marks read day-first anyway);
unmarked/script.docx: no w:lang anywhere (styles stripped); Ann (#C00000) writes `12/31/2025` and `03/04/2025`,
Bea (#0070C0) writes `31/12/2025` and `05/06/2025`, Cal (#00B050) writes `02/03/2025` only, Dee (#FF00FF) writes
`13/01/2025`, `01/13/2025` and `08/09/2025`.
"""
import os

from docx.shared import RGBColor

from docx_common import marked_script, narration, save_script

OUT = 'tests/fixtures/spoken13'
NARRATOR = RGBColor(0x40, 0x40, 0x40)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)
MAGENTA = RGBColor(0xFF, 0x00, 0xFF)

os.makedirs(OUT, exist_ok=True)
narration('fr-FR', [
    'Soldes dès le 1 janv. et jusqu’au 3 févr. 2025, puis le 1er sept. à midi.',
    'Le salon a lieu du 1-3 juin, reprise 1–3 juin, et entre le 1 et le 5 mai.',
], NARRATOR).save(os.path.join(OUT, 'fr-months.docx'))
narration('en-US', [
    'The sale starts Jan. 3 and ends 3 Sept 2025.',
    'The fair runs June 1–3, and tickets go on sale between June 2 and 5.',
], NARRATOR).save(os.path.join(OUT, 'en-months.docx'))


def save(d, name, config):
    save_script(d, OUT, name, config)


save(marked_script('en-US', [
    (RED, [('Tickets cost £30 and the colour programme starts on 12/03/2025.', None)]),
    (RED, [('Ten per cent off before 04/03/2025.', None)]),
    (BLUE, [('The Auckland show opens on 05/06/2025 at the harbour.', 'en-NZ')]),
    (GREEN, [('The New York show opens on 07/08/2025.', 'en-US')]),
]), 'own-marks', 'voices:\n  Brit: { color: "#C00000" }\n  Kiwi: { color: "#0070C0" }\n  Yank: { color: "#00B050" }\n')

save(marked_script(None, [
    (RED, [('The offer ends on 12/31/2025 for every member.', None)]),
    (RED, [('Doors open on 03/04/2025 at nine.', None)]),
    (BLUE, [('The season closes on 31/12/2025 for everyone.', None)]),
    (BLUE, [('The gates open on 05/06/2025 at ten.', None)]),
    (GREEN, [('The draw is held on 02/03/2025 at noon.', None)]),
    (MAGENTA, [('Entries open on 13/01/2025 and close on 01/13/2025.', None)]),
    (MAGENTA, [('Results follow on 08/09/2025.', None)]),
]), 'unmarked', 'voices:\n  Ann: { color: "#C00000" }\n  Bea: { color: "#0070C0" }\n  Cal: { color: "#00B050" }\n  Dee: { color: "#FF00FF" }\n')
