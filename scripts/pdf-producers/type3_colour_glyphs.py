#!/usr/bin/python3
"""Type 3 fonts whose glyph procedures paint their own colour, written by hand as PDF objects (no
producer here writes them in a form this small; Chromium/Skia writes colour emoji this way, TeX
pictures and some PostScript converters too). PDF 32000 §9.6.5: a glyph begun with `d0` may set
its own colour, which is what the reader sees whatever the text's fill colour (a glyph in several
colours and no letter, a colour emoji, tells no voice: its colour is not looked at); one begun with `d1`
may not (its colour operators are ignored), and is painted in the text's colour.

English e-learning lines, Helvetica 12 (Narrator #C00000 red text, Expert a yellow rectangle under
its text), then three lines each in a Type 3 font, the text's fill colour black:
- `d0` glyphs that all paint #C00000: seen red, the Narrator's;
- `d1` glyphs: seen black (no voice);
- `d0` glyphs painting red and blue by turns: no one colour is seen; read in the text's colour
  (black) and said (`glyph-colours-unknown`).

  /usr/bin/python3 scripts/pdf-producers/type3_colour_glyphs.py
"""
import os
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import out_path, write_script  # noqa: E402

NAME = 'type3-colour-glyphs-en'
LETTERS = 'abcdefghijklmnopqrstuvwxyz *'
# '*' is drawn as a waving hand, as Chromium draws a colour emoji: a d0 glyph in two colours.
UNICODE = {'*': 'D83DDC4B'}
RED, BLUE = '0.75294 0 0 rg', '0 0.43922 0.75294 rg'


def esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


class Pdf:
    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body.encode('latin-1') if isinstance(body, str) else body)
        return len(self.objects)

    def stream(self, content, extra=''):
        data = content.encode('latin-1')
        return self.add(b'<< /Length %d %s >>\nstream\n' % (len(data), extra.encode()) + data + b'\nendstream')

    def set(self, num, body):
        self.objects[num - 1] = body.encode('latin-1')

    def write(self, path):
        out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
        offsets = []
        for i, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objects) + 1)
        for off in offsets:
            out += b'%010d 00000 n \n' % off
        out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(self.objects) + 1, xref)
        with open(path, 'wb') as f:
            f.write(out)


def type3_font(pdf, kind):
    """kind: 'red' (d0, every glyph red), 'plain' (d1), 'mixed' (d0, red and blue by turns)."""
    procs = []
    for k, ch in enumerate(LETTERS):
        if ch == ' ':
            body = '600 0 d0'
        elif ch == '*':
            body = '600 0 d0 1 0.8 0.3 rg 60 0 480 600 re f 0 0 0 rg 200 350 60 60 re f'
        elif kind == 'plain':
            body = '600 0 40 0 560 700 d1 40 0 520 700 re f'
        else:
            colour = RED if kind == 'red' or k % 2 == 0 else BLUE
            body = '600 0 d0 %s 40 0 520 700 re f' % colour
        procs.append('/g%d %d 0 R' % (ord(ch), pdf.stream(body)))
    codes = ' '.join('<%02X> <%s>' % (ord(c), UNICODE.get(c, '%04X' % ord(c))) for c in LETTERS)
    cmap = pdf.stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3U def '
                      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def '
                      '1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar %s endbfchar '
                      'endcmap CMapName currentdict /CMap defineresource pop end end' % (len(LETTERS), codes))
    return pdf.add('<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] '
                   '/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> /FirstChar 32 /LastChar 122 '
                   '/Widths [%s] /ToUnicode %d 0 R /Resources << >> >>' % (
                       ' '.join(procs), ' '.join('%d /g%d' % (ord(c), ord(c)) for c in LETTERS), ' '.join(['600'] * 91), cmap))


paras = [
    ([None, 'Module two: reading the site map'], 'F1', '0 g'),
    (['Narrator', 'Welcome back. This short module shows you how to read the site map.'], 'F1', RED),
    (['Expert', 'Start from the gate and find the assembly point first.'], 'F1', '0 g'),
    (['Narrator', 'these words are drawn by glyphs that paint red *'], 'T3red', '0 g'),
    ([None, 'these glyphs take the colour of the text'], 'T3plain', '0 g'),
    ([None, 'these glyphs paint red and blue by turns'], 'T3mixed', '0 g'),
]

pdf = Pdf()
pdf.add('<< /Type /Catalog /Pages 2 0 R >>')
pdf.add('pages')
helvetica = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
fonts = {'F1': helvetica, 'T3red': type3_font(pdf, 'red'), 'T3plain': type3_font(pdf, 'plain'), 'T3mixed': type3_font(pdf, 'mixed')}
content = ''
for i, ((voice, text), font, colour) in enumerate(paras):
    y = 760 - 30 * i
    if voice == 'Expert':
        content += '1 1 0 rg 72 %.2f %.2f 15 re f\n' % (y - 3.5, stringWidth(text, 'Helvetica', 12))
    content += 'BT /%s 12 Tf %s 72 %d Td (%s) Tj ET\n' % (font, colour, y, esc(text))
body = pdf.stream(content)
page = pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << %s >> >> /Contents %d 0 R >>' % (
    ' '.join('/%s %d 0 R' % (k, v) for k, v in fonts.items()), body))
pdf.set(2, '<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % page)
pdf.write(out_path(NAME, 'pdf'))
write_script(NAME, 'hand-written PDF objects (scripts/pdf-producers/type3_colour_glyphs.py)',
             'Type 3 fonts whose d0 glyphs paint their own colour (one colour: read in it; two by turns: said), and d1 glyphs that take the text colour.',
             {'Narrator': {'color': '#C00000'}, 'Expert': {'highlight': '#FFFF00'}}, ['#000000'],
             [[[voice, text.replace(' *', ' \U0001F44B')]] for (voice, text), _, _ in paras])
