"""Fixtures of tests/spoken12.test.ts (the spoken10 brief of the second round): French day 1 of a month said "premier",
French numbers agreeing with a feminine adjective (`1 seule personne`), and each English voice's dates read in its own
variant, told by the majority of its words' marks (w:lang per run).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken12-fixtures.py
Writes tests/fixtures/spoken12/:

fr.docx: a French narration (#404040, fr-FR on the styles): `le 1 mai`, `du 1 au 3 juin`, `lundi 1 mars`, `le 2 mai`,
`1 seule personne`, `21 pages`, `1 heure`;
stray/script.docx: a British script (styles en-GB), two voices; Brit (#C00000) has six lines en-GB and one pasted
paragraph whose runs Word marked en-US, plus an en-US run of two words inside an en-GB paragraph; its dates (`03/04/2025`)
are read day-first; Yank (#0070C0) is all en-US: month-first;
mixed/script.docx: a British script whose voice Mix (#C00000) has about half its words en-GB, half en-US, and an
ambiguous date (`03/04/2025`): its order is not told by the marks (a warning), beside Brit (#404040), all en-GB;
marks-and-text/script.docx: the same British voice Brit, its runs unmarked (en-US from the styles), beside Aussie (#0070C0)
whose runs are marked en-AU (`05/06/2025`) and Yank (#00B050) marked en-US (`07/08/2025`): Brit's British text reads its
dates day-first whatever its marks say; Yank's read month-first by its marks, and the day-first warning leaves them out;
one-variant/script.docx: a script marked en-US throughout (no per-run marks) whose voice Brit (#C00000) writes British
(`£30`, `colour`, `per cent`, `12/03/2025`) and whose voice Yank (#0070C0) has no date: the day-first warning names Brit.
"""
import os

from docx.shared import RGBColor

from docx_common import marked_script, narration, save_script

OUT = 'tests/fixtures/spoken12'
NARRATOR = RGBColor(0x40, 0x40, 0x40)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)

os.makedirs(OUT, exist_ok=True)
narration('fr-FR', [
    'Rendez-vous le 1 mai, puis du 1 au 3 juin et lundi 1 mars, mais pas le 2 mai.',
    'Il reste 1 seule personne, 21 pages et 1 heure.',
], NARRATOR).save(os.path.join(OUT, 'fr.docx'))


def save(d, name, config):
    save_script(d, OUT, name, config)


save(marked_script('en-GB', [
    (RED, [('The shop opens on 03/04/2025 at 9.', 'en-GB')]),
    (RED, [('Our team will be there all day.', 'en-GB')]),
    (RED, [('Bring the whole family along with you.', 'en-GB')]),
    # a paragraph pasted from an American web page: Word kept its en-US mark
    (RED, [('Free shipping on every order.', 'en-US')]),
    (RED, [('Doors close at 6 in the evening.', 'en-GB')]),
    (RED, [('Book by 05/06/2025 ', 'en-GB'), ('to save', 'en-US'), (' on every ticket.', 'en-GB')]),
    (RED, [('See you there, and do tell your friends about it.', 'en-GB')]),
    (RED, [('It will be a lovely morning for everyone in town.', 'en-GB')]),
    (BLUE, [('The store opens on 03/04/2025 at 9.', 'en-US')]),
    (BLUE, [('Book by 05/06/2025.', 'en-US')]),
]), 'stray', 'voices:\n  Brit: { color: "#C00000" }\n  Yank: { color: "#0070C0" }\n')

save(marked_script('en-GB', [
    (NARRATOR, [('Welcome to the spring fair, held on the green every year.', 'en-GB')]),
    (NARRATOR, [('The gates open early and close late.', 'en-GB')]),
    (RED, [('The market opens on 03/04/2025 at 9 sharp.', 'en-GB')]),
    (RED, [('Stalls sell bread, cheese and fresh flowers.', 'en-US')]),
    (RED, [('Parking is free for everyone who comes.', 'en-GB')]),
    (RED, [('Tickets are sold at the gate on the day.', 'en-US')]),
]), 'mixed', 'voices:\n  Brit: { color: "#404040" }\n  Mix: { color: "#C00000" }\n')

save(marked_script('en-US', [
    (RED, [('Tickets cost £30 and the colour programme starts on 12/03/2025.', None)]),
    (RED, [('Ten per cent off before 04/03/2025.', None)]),
    (BLUE, [('Call us any time, we are happy to help.', None)]),
]), 'one-variant', 'voices:\n  Brit: { color: "#C00000" }\n  Yank: { color: "#0070C0" }\n')

save(marked_script('en-US', [
    (RED, [('Tickets cost £30 and the colour programme starts on 12/03/2025.', None)]),
    (RED, [('Ten per cent off before 04/03/2025.', None)]),
    (BLUE, [('The Sydney show opens on 05/06/2025 at the harbour.', 'en-AU')]),
    (GREEN, [('The New York show opens on 07/08/2025.', 'en-US')]),
]), 'marks-and-text', 'voices:\n  Brit: { color: "#C00000" }\n  Aussie: { color: "#0070C0" }\n  Yank: { color: "#00B050" }\n')
