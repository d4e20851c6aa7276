"""Fixtures for shapes of text the PDF reader must tell at a line's end (tests/fixtures/text-shapes/).

/usr/bin/python3 scripts/build-textshape-fixtures.py   (python-docx, LibreOffice `soffice`, `chromium`)

Each DOCX is the truth; its PDF is LibreOffice's export (`soffice --headless --convert-to pdf`), and must
read as the DOCX does (tests/text-shapes.test.ts). The texts were chosen so that LibreOffice 7.4 (DejaVu
Sans / Liberation at python-docx's defaults) breaks the lines where each case needs it; a different
LibreOffice may break elsewhere: check the PDF with `pdftotext -layout` after building.

- field-wrap-fr: a French radio spot typed with labels (`ANNONCEUR : …`), whose header paragraph runs
  "…au studio Lumière à Lyon." to the line's edge and goes on "DURÉE : 30 secondes, …" on the next line:
  a header's field, no speaker, in one paragraph of the DOCX. The PDF must not start a paragraph there.
- label-wrap-zh: a Chinese two-voice script (`旁白：…` / `小明：…`), paragraphs with no space between them
  (Normal: space before and after 0): one ends short of the edge, one fills the line to the edge, one
  wraps with a character on its second line. A sentence's end (`。`), then a line opening with a
  Chinese label: a new paragraph, in the PDF as in the DOCX.
- address-wrap-en: web addresses and e-mails in a narrow text (6 cm margins) and in a one-column table's
  narrow (4.5 cm) cells, wrapped by LibreOffice at an address's own marks: after `?` (`…/first-aid?` / `session=…`),
  before `/` (`…/checklist` / `/safety`, `www.example.com/a` / `/b/c/…`), before `@`
  (`jean.dupont.martin` / `@exemple.fr`), after an address's hyphen (`…@very-long-` / `company-…`);
  and the negative: a sentence ending on an address at the line's end (`www.example.com.`) then `Then
  call us.`: two words. Each address one word, in the PDF as in the DOCX.
- address-wrap-chromium (.html, .pdf by Chromium): the same addresses in a 7 cm column, broken with
  `word-break: break-all` and `overflow-wrap: anywhere` (a page 11 cm wide: a column of 7 cm that is the page's own, not one narrower
  than the margins, which the reader would take for lines ended short): Chromium breaks inside an address wherever the
  column ends, at its marks (`www.example.` / `com/…`, `session=` / `spring…`) or between two letters
  (`…checkli` / `st`), the latter not told from a wrap at a space.
"""
import os

from docx import Document
from docx.shared import Cm, Pt

from docx_common import chromium, french, lo_pdf

OUT = 'tests/fixtures/text-shapes'
NBSP = '\u00a0'


def field_wrap_fr():
    d = Document()
    french(d)
    d.add_heading('Spot radio – Boulangerie Martin', 1)
    # LibreOffice ends the first line at "Lyon." and opens the second with "DURÉE :".
    d.add_paragraph(f'Spot radio pour la Boulangerie Martin, enregistré au studio Lumière à Lyon. DURÉE{NBSP}: 30 secondes, une voix off et deux comédiens.')
    for text in [
        f'ANNONCEUR{NBSP}: Chez Martin, le pain sort du four à 7 heures.',
        f'CLIENTE{NBSP}: Une baguette bien cuite, s’il vous plaît{NBSP}!',
        f'BOULANGER{NBSP}: Et avec ceci{NBSP}?',
        f'CLIENTE{NBSP}: Deux croissants.',
        f'ANNONCEUR{NBSP}: Boulangerie Martin, 12 rue des Lilas.',
    ]:
        d.add_paragraph(text)
    return d


def label_wrap_zh():
    d = Document()
    normal = d.styles['Normal'].paragraph_format
    normal.space_before = Pt(0)
    normal.space_after = Pt(0)
    body = '今天的天气很好，我们一起去公园散步吧，那里有很多花和树，还有一条小河今天的天气很好'
    # 30 letters: short of the edge; 35: the line filled to its edge; 36: one letter on a line of its own.
    for n, answer in [(30, '好的，我们走吧。'), (35, '我带上水。'), (36, '出发！')]:
        d.add_paragraph('旁白：' + body[:n] + '。')
        d.add_paragraph('小明：' + answer)
    return d


def address_wrap_en():
    d = Document()
    section = d.sections[0]
    section.left_margin = Cm(6)
    section.right_margin = Cm(6)
    for text in [
        'Welcome to the first-aid course. Everything you need is online.',
        'The forms are at www.example.com/training/in/the/field/checklist/safety and more.',
        'Write to firstname.lastname@very-long-company-name.example.com for any question.',
        'Sign up at https://learn.example.org/courses/first-aid?session=spring&lang=en#dates now.',
        'All the dates are listed on www.example.com. Then call us.',
    ]:
        d.add_paragraph(text)
    # A one-column table of narrow cells (a two-column one would read as a label table's rows).
    table = d.add_table(rows=2, cols=1)
    table.style = 'Table Grid'
    table.autofit = False
    for row, text in enumerate([
        'Download it from www.example.com/a/b/c/d/e/f today.',
        'Mail jean.dupont.martin@exemple.fr now.',
    ]):
        cell = table.cell(row, 0)
        cell.width = Cm(4.5)
        cell.text = text
    table.columns[0].width = Cm(4.5)
    return d


CHROMIUM = '''<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: 11cm 16cm; margin: 2cm } body { margin: 0; font-family: 'DejaVu Serif'; font-size: 12pt }
p { margin: 0 0 8pt 0 } .all { word-break: break-all } .any { overflow-wrap: anywhere }
</style></head><body>
<p class="all">The forms are at www.example.com/training/in/the-field/checklist and the rest is here.</p>
<p class="all">Sign up at https://learn.example.org/courses/first-aid?session=spring&amp;lang=en#dates now.</p>
<p class="any">Write to firstname.lastname@very-long-company-name.example.com for any question.</p>
<p class="any">Our full list of training sessions is on www.example.com. Then call us.</p>
</body></html>
'''


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, OUT, own_profile=False)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    save(field_wrap_fr(), 'field-wrap-fr')
    save(label_wrap_zh(), 'label-wrap-zh')
    save(address_wrap_en(), 'address-wrap-en')
    chromium(OUT, 'address-wrap-chromium', CHROMIUM)
