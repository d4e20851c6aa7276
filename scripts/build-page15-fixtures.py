"""Fixtures for the narrator's page (tests/web-narrator-fr.test.ts): what a French narrator tripped on.

- annonce-v1.docx, annonce-v2.docx: two versions of a French spot, coloured by voice, whose core
  properties (docProps/core.xml) say when each was last saved and its revision, as Word writes them:
  v1 saved 2 November 2026, revision 3; v2 saved 20 November 2026, revision 7 (v2 adds words).
- annonce-v1-sans-date.docx, annonce-v2-sans-date.docx: the same texts, with a docProps/core.xml that
  says no date and no revision (as some generators write it): nothing tells which is older.
- dialogue-titre.docx: a dialogue coloured by speaker (Marie blue, Paul red) under a title block in a
  colour of its own (purple, Word's "Title" style), no legend: the title's colour is no one's lines.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-page15-fixtures.py
"""
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.shared import RGBColor

from docx_common import french

OUT = 'tests/fixtures/page15'
BLUE, RED, PURPLE = '0070C0', 'C00000', '7030A0'

V1 = [
    (BLUE, 'Cet hiver, la boulangerie Dupain ouvre ses portes dès sept heures.'),
    (RED, 'Et le dimanche aussi ?'),
    (BLUE, 'Le dimanche aussi, avec des croissants tout chauds.'),
]
V2 = [
    (BLUE, 'Cet hiver, la boulangerie Dupain ouvre ses portes dès six heures et demie.'),
    (RED, 'Et le dimanche aussi ?'),
    (BLUE, 'Le dimanche aussi, avec des croissants et des pains au chocolat tout chauds.'),
]

NO_DATE_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>Annonce</dc:title></cp:coreProperties>'
)


def spot(lines, modified, revision):
    d = french(Document())
    for colour, text in lines:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colour)
    core = d.core_properties
    core.author = 'Agence'
    core.created = datetime(2026, 10, 28, 10, 0, tzinfo=timezone.utc)
    core.modified = modified
    core.revision = revision
    return d


def without_dates(src, dst):
    """The same package with a docProps/core.xml that says no date and no revision."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == 'docProps/core.xml':
                data = NO_DATE_CORE.encode('utf-8')
            zout.writestr(item, data)


def dialogue():
    d = french(Document())
    title = d.add_heading('', 0)
    title.add_run('Le Petit Café — épisode 3').font.color.rgb = RGBColor.from_string(PURPLE)
    for colour, text in [
        (BLUE, 'Bonjour Paul, tu as l’air fatigué ce matin.'),
        (RED, 'J’ai fermé le café à minuit, et j’ouvre à six heures.'),
        (BLUE, 'Alors je te prépare un grand crème, c’est pour moi.'),
        (RED, 'Merci Marie, tu me sauves la journée.'),
    ]:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(colour)
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    v1 = os.path.join(OUT, 'annonce-v1.docx')
    v2 = os.path.join(OUT, 'annonce-v2.docx')
    spot(V1, datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc), 3).save(v1)
    spot(V2, datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc), 7).save(v2)
    without_dates(v1, os.path.join(OUT, 'annonce-v1-sans-date.docx'))
    without_dates(v2, os.path.join(OUT, 'annonce-v2-sans-date.docx'))
    dialogue().save(os.path.join(OUT, 'dialogue-titre.docx'))


if __name__ == '__main__':
    main()
