"""Speaker-label scripts for the labels7 leftovers: a speaker a labels config leaves out in a dubbing
table (a name cell per row), French labels written with a space before the colon (a space, a no-break
space, a narrow no-break space), a radio spot's `TAG:` line.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-label-leftovers7-fixtures.py
Writes tests/fixtures/labels-leftovers7/*.docx and their PDFs (soffice --headless --convert-to pdf); with
names as arguments, only those fixtures. The `-lo.docx` twins are LibreOffice's DOCX of the HTML twin
(`soffice --convert-to docx:"MS Word 2007 XML"`), a table as another producer writes it.
"""
import os
import shutil
import sys
import tempfile

from docx import Document
from docx.shared import RGBColor

from docx_common import build_named, french, lo_pdf

OUT = 'tests/fixtures/labels-leftovers7'
NBSP = '\u00a0'
NNBSP = '\u202f'
BLUE = RGBColor(0x00, 0x70, 0xC0)
RED = RGBColor(0xC0, 0x00, 0x00)

# A two-column dubbing table with no header row: the speaker's name alone in the first cell of each
# row, the line in the second; an SFX row (a direction, no speaker). NARRATOR speaks three times.
DUB_EN = [
    ('NARRATOR', 'It was the last night of the season on the island.'),
    ('ANNA', 'Did you hear that? Something is moving by the boats.'),
    ('BEN', 'It is only the wind, Anna. Go back to sleep.'),
    ('SFX', 'A door slams downstairs.'),
    ('NARRATOR', 'But it was not the wind.'),
    ('ANNA', 'Ben, the lamp has gone out.'),
    ('BEN', 'Then we go up together.'),
    ('NARRATOR (V.O.)', 'And so they climbed, one step at a time.'),
]

# A French dubbing table `TC | PERSONNAGE | TEXTE` with a header row: MARIE and PAUL, LA VOISINE twice
# (once with an aside), LE FACTEUR once.
DUB_FR = [
    ('00:00:10', 'MARIE', 'Tu as entendu ce bruit cette nuit ?'),
    ('00:00:14', 'PAUL', 'Non. Je dormais comme un loir.'),
    ('00:00:18', 'LA VOISINE', 'Bonjour ! Vous avez bien dormi ?'),
    ('00:00:22', 'MARIE', 'Pas vraiment, non.'),
    ('00:00:26', 'LA VOISINE (off)', 'Ce sont les Martin qui déménagent.'),
    ('00:00:30', 'LE FACTEUR', 'Un colis pour les Martin !'),
    ('00:00:34', 'PAUL', 'Ils ne sont pas là, je crois.'),
]


def dub_table_en():
    d = Document()
    d.add_heading('The Lighthouse – dubbing script, episode 2', 1)
    table = d.add_table(rows=0, cols=2)
    table.style = 'Table Grid'
    for name, text in DUB_EN:
        row = table.add_row()
        row.cells[0].paragraphs[0].add_run(name)
        row.cells[1].paragraphs[0].add_run(text)
    return d


def dub_table_fr():
    d = french(Document())
    d.add_heading('Les Voisins – épisode 5 – VF', 1)
    table = d.add_table(rows=1, cols=3)
    table.style = 'Table Grid'
    for cell, text in zip(table.rows[0].cells, ['TC', 'PERSONNAGE', 'TEXTE']):
        cell.paragraphs[0].add_run(text).bold = True
    for tc, name, text in DUB_FR:
        row = table.add_row()
        for cell, value in zip(row.cells, [tc, name, text]):
            cell.paragraphs[0].add_run(value)
    return d


def labels_fr_space():
    """A French radio spot in one colour, each speaker's label before a space and a colon as French
    typography writes it: `ANNONCEUR :` (a space), `CLIENTE\u00a0:` (a no-break space), `BOULANGER\u202f:`
    (a narrow no-break space, twice: the config of the test leaves him out)."""
    d = french(Document())
    d.add_heading('Spot radio – Boulangerie Martin – 30 s', 1)
    for text in [
        'ANNONCEUR : Chez Martin, le pain sort du four à sept heures.',
        f'CLIENTE{NBSP}: Une baguette bien cuite, s’il vous plaît !',
        f'BOULANGER{NNBSP}: Et avec ceci, madame ?',
        f'CLIENTE{NBSP}: Deux croissants. Ils sont encore chauds !',
        f'BOULANGER{NNBSP}: Tout juste sortis du four.',
        'ANNONCEUR : Boulangerie Martin, le goût du vrai pain.',
    ]:
        d.add_paragraph(text)
    return d


def colour_fr_space():
    """Two voices told by colour (NARRATRICE blue, GUIDE red), each line opening with its label written
    `NARRATRICE :` (a space) and `GUIDE\u00a0:` (a no-break space): the labels are not counted."""
    d = french(Document())
    d.add_heading('Visite du musée – salle 1', 1)
    for text, colour in [
        ('NARRATRICE : Bienvenue au musée de la mer.', BLUE),
        (f'GUIDE{NBSP}: Suivez-moi dans la première salle.', RED),
        ('NARRATRICE : Ici, les bateaux des pêcheurs.', BLUE),
        (f'GUIDE{NBSP}: Le plus vieux date de 1850.', RED),
    ]:
        p = d.add_paragraph()
        p.add_run(text).font.color.rgb = colour
    return d


FIXTURES = {
    'dub-table-en': dub_table_en,
    'dub-table-fr': dub_table_fr,
    'labels-fr-space': labels_fr_space,
    'colour-fr-space': colour_fr_space,
}

# HTML twins of the tables, turned into a DOCX by LibreOffice (`-lo.docx`).
HTML = {
    'dub-table-en': '<h1>The Lighthouse – dubbing script, episode 2</h1><table border="1">'
    + ''.join(f'<tr><td>{n}</td><td>{t}</td></tr>' for n, t in DUB_EN) + '</table>',
    'dub-table-fr': '<html lang="fr"><h1>Les Voisins – épisode 5 – VF</h1><table border="1"><tr><th>TC</th><th>PERSONNAGE</th><th>TEXTE</th></tr>'
    + ''.join(f'<tr><td>{c}</td><td>{n}</td><td>{t}</td></tr>' for c, n, t in DUB_FR) + '</table></html>',
}


def lo_docx(name):
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, name + '-lo.html')
        with open(html, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html><meta charset="utf-8">' + HTML[name])
        lo_pdf(html, tmp, fmt='docx:MS Word 2007 XML', own_profile=False)
        shutil.move(os.path.join(tmp, name + '-lo.docx'), os.path.join(OUT, name + '-lo.docx'))


if __name__ == '__main__':
    names = sys.argv[1:]
    build_named(OUT, FIXTURES, names)
    for name in names or FIXTURES:
        if name in HTML:
            lo_docx(name)
