"""Fixtures of tests/pdf-glyphs.test.ts: PDF text as it is drawn (letter spacing, outline text, text
drawn twice, gradient backgrounds), from the producers that draw it so.

Run from the repository root with the system Python (/usr/bin/python3: ReportLab, python-docx), with
LibreOffice (soffice), Chromium and WeasyPrint on the PATH:
    /usr/bin/python3 scripts/build-pdf-glyphs-fixtures.py
Writes tests/fixtures/pdf-glyphs/:
- lo-spacing.docx/.pdf: w:spacing (Format > Character > Position > Spacing) of 60, 20, 40, 60 and -20
  twips; LibreOffice draws every letter in one TJ, each followed by a pen move, and its spaces as glyphs.
- spacing.html → spacing-chromium.pdf (Chromium draws each glyph in its own Tj, spaces too) and
  spacing-wp.pdf (WeasyPrint: one TJ, a pen move after every glyph): CSS letter-spacing .1em, .25em,
  .4em uppercase, word-spacing -.2em, letter-spacing -.05em, small caps at .08em.
- lo-effects.docx/.pdf: w:outline (LibreOffice: render mode 2, white fill, the colour stroked),
  w:shadow, w:emboss, w:imprint (engraved: a grey copy then the text 0.3 pt up and right of it).
- stroke.html → stroke-chromium.pdf: -webkit-text-stroke with color transparent, and with a white fill.
- rl-render-modes.pdf: ReportLab text render modes 1 (stroke) and 2 (fill+stroke) in several colours.
- rl-double.pdf: ReportLab text drawn twice (fake bold 0.4 pt apart, four times, a grey shadow, black
  text over a red copy 0.5 pt off both ways).
- gradients.html → gradients-chromium.pdf and gradients-wp.pdf: backgrounds painted by CSS
  linear-gradient (one colour, one colour as background-image, yellow to gold, a marker made of a
  transparent top and a yellow bottom band: painted through a soft mask; white to deep blue).
- rl-shading.pdf: ReportLab `sh` shadings inside a clip behind lines of text: one colour, a gentle
  pale blue gradient, a radial glow from yellow to red, a vertical white to green gradient across the
  letters, a yellow box fading to white above the letters' middles.
"""
import os
import subprocess

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.shared import RGBColor
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

OUT = os.path.join('tests', 'fixtures', 'pdf-glyphs')
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def soffice(name):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, os.path.join(OUT, name)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def html(name, body, pdfs):
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)
    if 'chromium' in pdfs:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                        '--print-to-pdf=' + os.path.join(OUT, name + '-chromium.pdf'), path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if 'wp' in pdfs:
        subprocess.run(['weasyprint', path, os.path.join(OUT, name + '-wp.pdf')], check=True)


def lo_spacing():
    d = docx.Document()
    for text, colour, twips in (
        ('SCENE ONE: THE HARBOUR', '000000', 60),
        ('Welcome aboard the morning cruise, everyone.', 'C00000', 20),
        ('Look left for the seals on the rocks.', '0050A0', 40),
        ('We return to the quay at noon.', 'C00000', 60),
        ('Tight line condensed by one point here.', '0050A0', -20),
    ):
        r = d.add_paragraph().add_run(text)
        r.font.color.rgb = RGBColor.from_string(colour)
        r._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {W_NS} w:val="{twips}"/>'))
    d.save(os.path.join(OUT, 'lo-spacing.docx'))
    soffice('lo-spacing.docx')


def lo_effects():
    d = docx.Document()
    for text, colour, effect in (
        ('One plain black line for nobody.', None, None),
        ('Two red narrator line in outline effect.', 'FF0000', 'w:outline'),
        ('Three blue guide line in outline effect.', '0000FF', 'w:outline'),
        ('Four red narrator line with shadow effect.', 'FF0000', 'w:shadow'),
        ('Five blue guide line embossed effect.', '0000FF', 'w:emboss'),
        ('Six red narrator line engraved effect.', 'FF0000', 'w:imprint'),
        ('Seven black outline line for nobody.', None, 'w:outline'),
        ('Eight red plain narrator line.', 'FF0000', None),
    ):
        r = d.add_paragraph().add_run(text)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if effect:
            r._r.get_or_add_rPr().append(OxmlElement(effect))
    d.save(os.path.join(OUT, 'lo-effects.docx'))
    soffice('lo-effects.docx')


def rl_render_modes():
    c = canvas.Canvas(os.path.join(OUT, 'rl-render-modes.pdf'), pagesize=A5, invariant=1)
    y = A5[1] - 60
    for text, mode, fill, stroke in (
        ('One plain black line for nobody.', 0, (0, 0, 0), (0, 0, 0)),
        ('Two outline red letters stroked only.', 1, (0, 0, 0), (1, 0, 0)),
        ('Three filled blue with black outline.', 2, (0, 0, 1), (0, 0, 0)),
        ('Four red outline with white fill.', 2, (1, 1, 1), (1, 0, 0)),
        ('Five blue outline over a yellow box.', 2, (1, 1, 0), (0, 0, 1)),
        ('Six white fill white stroke unseen.', 2, (1, 1, 1), (1, 1, 1)),
        ('Seven closing plain black line.', 0, (0, 0, 0), (0, 0, 0)),
    ):
        if text.startswith('Five'):
            c.setFillColorRGB(1, 1, 0)
            c.rect(48, y - 4, 220, 15, stroke=0, fill=1)
        t = c.beginText(50, y)
        t.setFont('Helvetica', 11)
        t.setTextRenderMode(mode)
        c.setFillColorRGB(*fill)
        c.setStrokeColorRGB(*stroke)
        c.setLineWidth(0.5)
        t.textLine(text)
        c.drawText(t)
        y -= 24
    c.showPage()
    c.save()


def rl_double():
    c = canvas.Canvas(os.path.join(OUT, 'rl-double.pdf'), pagesize=A5, invariant=1)
    y = A5[1] - 60

    def s(x, y, t, col, alpha=1):
        c.setFillColorRGB(*col, alpha=alpha)
        c.setFont('Helvetica', 11)
        c.drawString(x, y, t)

    s(50, y, 'One plain red narrator line.', (0.75, 0, 0)); y -= 24
    t = 'Two fake bold red drawn twice.'; s(50, y, t, (0.75, 0, 0)); s(50.4, y, t, (0.75, 0, 0)); y -= 24
    t = 'Three fake bold drawn four times.'
    for dx, dy in ((0, 0), (0.3, 0), (0, 0.3), (0.3, 0.3)):
        s(50 + dx, y + dy, t, (0, 0.31, 0.63))
    y -= 24
    t = 'Four shadowed blue over grey.'; s(51.2, y - 1.2, t, (0.7, 0.7, 0.7)); s(50, y, t, (0, 0.31, 0.63)); y -= 24
    t = 'Five black text over a red copy.'; s(50, y, t, (0.75, 0, 0)); s(50.5, y + 0.5, t, (0, 0, 0)); y -= 24
    t = 'Six blue text under a faint grey copy.'; s(50, y, t, (0, 0.31, 0.63)); s(50.3, y + 0.3, t, (0.5, 0.5, 0.5), alpha=0.3); y -= 24
    s(50, y, 'Seven closing plain red line.', (0.75, 0, 0))
    c.showPage()
    c.save()


def rl_shading():
    c = canvas.Canvas(os.path.join(OUT, 'rl-shading.pdf'), pagesize=A5, invariant=1)
    y = A5[1] - 60

    def clip_box(x0, y0, w, h):
        p = c.beginPath()
        p.rect(x0, y0, w, h)
        c.clipPath(p, stroke=0, fill=0)

    def line(text, paint=None):
        nonlocal y
        if paint:
            c.saveState()
            paint(y)
            c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        c.setFont('Helvetica', 11)
        c.drawString(50, y, text)
        y -= 24

    Y, R = HexColor('#FFFF00'), HexColor('#FF0000')

    def one_colour(y):
        clip_box(48, y - 4, 220, 15)
        c.linearGradient(48, y, 268, y, (Y, Y))

    def gentle(y):
        clip_box(48, y - 4, 220, 15)
        c.linearGradient(48, y, 268, y, (HexColor('#BDD7EE'), HexColor('#C9DFF2')))

    def radial(y):
        clip_box(48, y - 4, 220, 15)
        c.radialGradient(158, y + 3, 110, (Y, R))

    def vertical(y):
        clip_box(48, y - 4, 220, 15)
        c.linearGradient(48, y - 4, 48, y + 11, (HexColor('#FFFFFF'), HexColor('#00A000')))

    def fading(y):
        # Yellow up to 70 % of the box (above the letters' middles), then fading to white.
        clip_box(48, y - 4, 220, 15)
        c.linearGradient(48, y - 4, 48, y + 11, (Y, Y, HexColor('#FFFFFF')), (0, 0.7, 1))

    line('One plain black line for nobody.')
    line('Two yellow shading behind these words.', one_colour)
    line('Three pale blue gentle gradient here.', gentle)
    line('Four radial glow behind this line.', radial)
    line('Five white into green across the letters.', vertical)
    line('Six yellow under the letters fading above.', fading)
    line('Seven closing plain black line.')
    c.showPage()
    c.save()


SPACING = '''<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 15mm } body { font: 11pt/1.4 "DejaVu Sans", sans-serif; }
</style></head><body>
<p style="letter-spacing:0.1em; color:#c00000">One letter spaced narrator line of eight words.</p>
<p style="letter-spacing:0.25em; color:#c00000">Two wider spaced line here.</p>
<p style="letter-spacing:0.4em; text-transform:uppercase; color:#0050a0">Three caps title.</p>
<p style="word-spacing:-0.2em; color:#0050a0">Four tight word spacing line has seven words.</p>
<p style="letter-spacing:-0.05em; color:#c00000">Five condensed letters in this line.</p>
<p style="font-variant: small-caps; letter-spacing: 0.08em">Six small caps line in black.</p>
</body></html>
'''

STROKE = '''<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 15mm } body { font: 14pt/1.4 "DejaVu Sans", sans-serif; }
</style></head><body>
<p>One plain black line here.</p>
<p style="color: transparent; -webkit-text-stroke: 1px #ff0000">Two hollow red outline words.</p>
<p style="color: #ffffff; -webkit-text-stroke: 1px #0000ff">Three white fill blue outline.</p>
<p style="color: #ff0000">Four plain red line here.</p>
</body></html>
'''

GRADIENTS = '''<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 15mm }
body { font: 11pt/1.3 "DejaVu Sans", sans-serif; }
.n { background: #ffff00 }
.full { background: linear-gradient(#ffff00, #ffff00) }
.mk { background: linear-gradient(transparent 55%, #ffff00 55%) }
.img { background-image: linear-gradient(to right, #ffff00, #ffff00) }
.fade { background: linear-gradient(to right, #ffff00, #ffd700) }
.wide { background: linear-gradient(to right, #ffffff, #0000ff) }
</style></head><body>
<p><span class="n">Welcome aboard the morning harbour cruise.</span></p>
<p><span class="full">First gradient line has six words.</span></p>
<p><span class="mk">The boats leave at nine every single morning.</span></p>
<p><span class="img">Third line painted by background image.</span></p>
<p><span class="fade">Fourth line fades yellow into gold.</span></p>
<p><span class="wide">Fifth line runs from white into deep blue along its words.</span></p>
<p>Plain closing line here.</p>
</body></html>
'''

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    lo_spacing()
    lo_effects()
    rl_render_modes()
    rl_double()
    rl_shading()
    html('spacing', SPACING, ('chromium', 'wp'))
    html('stroke', STROKE, ('chromium',))
    html('gradients', GRADIENTS, ('chromium', 'wp'))
