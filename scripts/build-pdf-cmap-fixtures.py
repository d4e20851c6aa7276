"""PDFs whose text is in a CJK font that is NOT embedded, named with one of the predefined CMaps
(Adobe's UniJIS-UCS2-H, UniGB-UCS2-H): a reader needs pdf.js's built-in CMaps (pdfjs-dist/cmaps)
to know which letters the codes are. Mixed with a Latin voice in a standard font (Helvetica, not
embedded either: pdf.js's standard font data). For tests/pdf-cmaps.test.ts.

Run from the repository root with the system Python (reportlab):
    /usr/bin/python3 scripts/build-pdf-cmap-fixtures.py
Writes, in tests/fixtures/pdf-cmaps/ (reportlab's invariant mode: the same bytes every run):
- ja-mixed.pdf: two pages; on each, three blue (#1F4E79) English lines NARRATOR: … in Helvetica
  and three red (#C00000) Japanese lines ユキ：… in HeiseiMin-W3 (UnicodeCIDFont, UniJIS-UCS2-H).
- zh-mixed.pdf: one page; two blue English lines and two red Chinese lines 小明：… in STSong-Light
  (UniGB-UCS2-H).
- ja-only.pdf: one page of Japanese only (HeiseiMin-W3), red and blue: without the CMaps nothing
  of it can be read.
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

OUT = os.path.join('tests', 'fixtures', 'pdf-cmaps')
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
BLUE = HexColor('#1F4E79')
RED = HexColor('#C00000')


def page(c, lines):
    y = 760
    for font, colour, text in lines:
        c.setFont(font, 12)
        c.setFillColor(colour)
        c.drawString(72, y, text)
        y -= 24
    c.showPage()


def ja_mixed():
    c = canvas.Canvas(os.path.join(OUT, 'ja-mixed.pdf'), invariant=1)
    for p in (1, 2):
        lines = []
        for i in range(3):
            n = (p - 1) * 3 + i + 1
            lines.append(('Helvetica', BLUE, f'NARRATOR: Scene {n}. The harbour is quiet tonight.'))
            lines.append(('HeiseiMin-W3', RED, f'ユキ：東京はもうすぐです、{n}番目の駅。'))
        page(c, lines)
    c.save()


def zh_mixed():
    c = canvas.Canvas(os.path.join(OUT, 'zh-mixed.pdf'), invariant=1)
    page(c, [
        ('Helvetica', BLUE, 'NARRATOR: The train leaves at dawn.'),
        ('STSong-Light', RED, '小明：我们明天早上出发。'),
        ('Helvetica', BLUE, 'NARRATOR: Nobody answers him.'),
        ('STSong-Light', RED, '小明：你们听见了吗？'),
    ])
    c.save()


def ja_only():
    c = canvas.Canvas(os.path.join(OUT, 'ja-only.pdf'), invariant=1)
    page(c, [
        ('HeiseiMin-W3', RED, 'マラ：海の音が聞こえる。'),
        ('HeiseiMin-W3', BLUE, 'ナレーター：彼女は朝まで窓のそばで待っていた。'),
    ])
    c.save()


ja_mixed()
zh_mixed()
ja_only()
