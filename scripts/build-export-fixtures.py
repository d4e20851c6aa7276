"""Scripts as studios hand them to the booth and to dubbing tools, for `init`, `export` and `sides`:
an agency's radio spots whose header block (CLIENT:, TITLE:, LENGTH:, ISCI:, MEDIUM:) sits above
the speakers' labels; a dubbing script whose lines carry in-and-out time codes (`-->`); an audiobook chapter
pasted as one paragraph longer than a spreadsheet cell holds.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-export-fixtures.py [NAME…]
Writes tests/fixtures/exports/NAME.docx (and NAME.pdf beside it, printed by LibreOffice, but for the
long chapter).
"""
import os
import random
import sys

from docx import Document
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX

from docx_common import lo_pdf

OUT = 'tests/fixtures/exports'

SPOTS = [
    ('Garden', 'ACME0001H', [
        ('SFX:', 'Birdsong, lawnmower in distance.'),
        ('WOMAN:', 'Honey, the lawn looks like a jungle again.'),
        ('MAN:', 'I know, I know. The mower died last week.'),
        ('ANNCR:', 'Spring into savings at Acme Hardware! Mowers from $199, this weekend only.'),
        ('WOMAN:', "$199? Let's go."),
        ('ANNCR:', 'Acme Hardware. 1-800-555-0100. Offer ends 4/30. See store for details.'),
        ('MUSIC:', 'Jingle out.'),
    ]),
    ('Kitchen', 'ACME0002H', [
        ('MUSIC:', 'Upbeat bed.'),
        ('ANNCR:', 'Your kitchen called. It wants new cabinets.'),
        ('MAN:', 'Cabinets? We just did the floors!'),
        ('ANNCR:', "Get 20% off all cabinets at Acme Hardware, April 1st through 15th. Acme: we've got your back, and your kitchen's."),
        ('SFX:', 'Cash register ding.'),
    ]),
]


def acme_radio():
    """An agency's two radio spots, each under its header block, labels before a tab (the probe's shape)."""
    d = Document()
    for n, (title, isci, body) in enumerate(SPOTS, 1):
        for field in ('CLIENT: Acme Hardware', f'TITLE: "{title}"', 'LENGTH: :30', f'ISCI: {isci}', 'MEDIUM: Radio'):
            d.add_paragraph(field)
        for label, text in body:
            d.add_paragraph(f'{label}\t{text}')
        if n == 1:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    return d


def client_speaks():
    """A spot whose header block has CLIENT: and whose dialogue has a speaker called CLIENT (a shop's
    customer): the header field is no voice, the speaker is one."""
    d = Document()
    for field in ('CLIENT: Fenwick Bank', 'TITLE: "Counter"', 'LENGTH: :30', 'ISCI: FNWK0007H'):
        d.add_paragraph(field)
    for label, text in [
        ('CLIENT:', 'I would like to open an account, please.'),
        ('TELLER:', 'Of course. It takes five minutes.'),
        ('CLIENT:', 'Five minutes? That is all?'),
        ('ANNCR:', 'Fenwick Bank. Banking that keeps up with you.'),
    ]:
        d.add_paragraph(f'{label} {text}')
    return d


def harbor_tc():
    """An English dubbing script as a table `TC | CHARACTER | DIALOGUE`, the time codes as subtitle
    tools write them: in and out points (`00:01:09,250 --> 00:01:11,000`), an SMPTE time code, one with
    milliseconds; no colours (the probe's harbor-ep3)."""
    d = Document()
    d.add_heading('THE HARBOR — Ep. 3 — Dubbing script (EN)', 1)
    t = d.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for cell, text in zip(t.rows[0].cells, ('TC', 'CHARACTER', 'DIALOGUE')):
        cell.text = text
    for tc, who, text in [
        ('00:01:09,250 --> 00:01:11,000', 'ANNA', 'Where were you last night?'),
        ('00:01:11,500 --> 00:01:14,000', 'BEN', 'Out. With friends. Does it matter?'),
        ('01:02:03:04', 'ANNA', 'Then we talk tomorrow, 9 a.m. sharp.'),
        ('01:02:05.500', 'BEN', 'Deal.'),
    ]:
        for cell, value in zip(t.add_row().cells, (tc, who, text)):
            cell.text = value
    return d


FIXTURES = {'acme-radio': acme_radio, 'client-speaks': client_speaks, 'harbor-tc': harbor_tc}


def long_chapter():
    """An audiobook chapter pasted as one paragraph of 44,000 characters (over a spreadsheet cell's
    32,767), the narrator in yellow highlight, and a short line of Anna's in green."""
    random.seed(3)
    words = 'the harbor lights flickered as Anna walked along the quay thinking about the letter she had never sent to her brother'.split()
    d = Document()
    p = d.add_paragraph('Key: ')
    p.add_run('Narrator').font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run(' · ')
    p.add_run('Anna').font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    d.add_heading('Chapter 1', 1)
    text = ' '.join(random.choice(words) for _ in range(7800)) + '.'
    d.add_paragraph().add_run(text).font.highlight_color = WD_COLOR_INDEX.YELLOW
    d.add_paragraph().add_run('I should have sent it.').font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    return d


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or [*FIXTURES, 'long-chapter']:
        path = os.path.join(OUT, name + '.docx')
        if name == 'long-chapter':
            long_chapter().save(path)
            continue
        FIXTURES[name]().save(path)
        lo_pdf(path, OUT, own_profile=False)


if __name__ == '__main__':
    main(sys.argv[1:])
