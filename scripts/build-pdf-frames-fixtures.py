"""Fixtures of tests/pdf-frames.test.ts: frames (a rectangle with a rectangle cut out of it) and
backgrounds too pale to be seen, which a reader sees as no background.

Run from the repository root with the system Python (/usr/bin/python3: ReportLab, python-docx), with
LibreOffice (soffice), Chromium and WeasyPrint on the PATH:
    /usr/bin/python3 scripts/build-pdf-frames-fixtures.py
Writes tests/fixtures/pdf-frames/:
- bordered.html → bordered-wp.pdf (WeasyPrint draws each cell's CSS border, `border-collapse:
  separate` as CSS has it by default, as an outer and an inner rectangle filled even-odd: `re re f*`)
  and bordered-chromium.pdf (Chromium: four thin rectangles per border, the control): a table of
  numbered rows, blue and green lines in the text cells, under a title and heading in black.
- rl-frames.pdf: ReportLab, raw content: lines of text inside a grey frame filled even-odd (`f*`),
  inside a frame of two rectangles drawn opposite ways round filled nonzero (`f`: a hole too), a thick
  (6 pt) red frame drawn after its text (no cover: the text inside stays), and — the control — two
  rectangles drawn the same way round filled nonzero (the inner one is filled: a pale yellow
  background under its text).
- rounded.html → rounded-wp.pdf (WeasyPrint draws a rounded CSS border, `border-radius`, as one path of
  an inner and an outer rounded rectangle, curves at the corners, filled even-odd: `f*`) and
  rounded-chromium.pdf (the control): the guide's lines on pale yellow, the visitor's on pale blue, in
  boxes with a grey border, then the same in boxes with an olive and a dark blue border 2 px wide.
- rl-rounded.pdf: ReportLab, raw content: a rounded grey frame filled nonzero, its inner rounded
  rectangle drawn the other way round (a hole), around a blue line; the control, the same two drawn the
  same way round (all of the outer one is filled: a pale yellow background under its black line); a
  small filled ring (a drawn bullet: read as the dot it looks like) before a green line.
  Run with `rounded` as argument to write only these (the others left as they are).
- near-white.docx and near-white.pdf (LibreOffice): the narrator's blue lines, two of them on run
  shading #FDFDFD (as text pasted from a web page carries), one on #F2F2F2 (Word's "White,
  Background 1, Darker 5%", seen: a background); the expert's green lines on none.
"""
import os
import subprocess

import docx
from docx.oxml import parse_xml
from docx.shared import RGBColor
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

OUT = os.path.join('tests', 'fixtures', 'pdf-frames')
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ROWS = [
    ('#0000FF', 'Welcome to the warehouse safety course for new starters.'),
    ('#00B050', 'Always wear your high visibility vest in the loading bay.'),
    ('#0000FF', 'Every day more than two hundred people work on this site.'),
    ('#00B050', 'Never walk behind a reversing forklift truck, even for a second.'),
]


def bordered():
    rows = ''.join(f"<tr><td>{i + 1}</td><td style='color:{c}'>{t}</td></tr>" for i, (c, t) in enumerate(ROWS))
    body = ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:12pt}"
            " td{border:1px solid #999;padding:4px 10px}</style></head><body>"
            "<p>Warehouse Safety Module</p><p>Screen 1</p><table>" + rows + "</table><p>Screen 2</p>"
            "<p style='color:#0000FF'>Let us begin with the three rules that keep you safe.</p>"
            "<p style='color:#00B050'>Report every near miss to your team leader the same day.</p></body></html>")
    path = os.path.join(OUT, 'bordered.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)
    subprocess.run(['weasyprint', path, os.path.join(OUT, 'bordered-wp.pdf')], check=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, 'bordered-chromium.pdf'), path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rl_frames():
    c = canvas.Canvas(os.path.join(OUT, 'rl-frames.pdf'), pagesize=A5, invariant=1)
    w, h = A5

    def text(y, colour, words):
        c.setFillColor(colour)
        c.setFont('Helvetica', 11)
        c.drawString(50, y, words)

    def raw(ops):
        c._code.append(ops)

    text(h - 50, '#000000', 'Frames around the lines')
    # Even-odd: an outer and an inner rectangle, one path, f*.
    raw('0.6 0.6 0.6 rg 40 %.1f 320 30 re 41 %.1f 318 28 re f*' % (h - 110, h - 109))
    text(h - 100, '#0000FF', 'The blue narrator speaks inside a grey frame.')
    # Nonzero: the inner rectangle drawn the other way round (clockwise), f.
    raw('0.6 0.6 0.6 rg 40 %.1f m 360 %.1f l 360 %.1f l 40 %.1f l h 41 %.1f m 41 %.1f l 359 %.1f l 359 %.1f l h f'
        % (h - 160, h - 160, h - 130, h - 130, h - 159, h - 131, h - 131, h - 159))
    text(h - 150, '#00B050', 'The green expert answers in a frame drawn both ways.')
    # A thick red frame drawn after its text (even-odd): the text inside is not covered.
    text(h - 200, '#0000FF', 'A thick red frame is drawn over this blue line.')
    raw('0.8 0 0 rg 40 %.1f 320 36 re 46 %.1f 308 24 re f*' % (h - 212, h - 206))
    # Control: two rectangles drawn the same way round, filled nonzero: all of the outer one is filled.
    raw('1 1 0.6 rg 40 %.1f 320 30 re 41 %.1f 318 28 re f' % (h - 260, h - 259))
    text(h - 250, '#000000', 'This black line stands on pale yellow.')
    c.showPage()
    c.save()


ROUNDED = [
    ('guide', 'You are standing in the oldest room of the castle.'),
    ('visitor', 'How did they heat a room this big in winter?'),
    ('guide', 'With that fireplace, and with a lot of wool.'),
    ('visitor', 'I would have worn three coats.'),
]


def rounded():
    boxes = ''.join(f"<div class='box {v}'>{t}</div>" for v, t in ROUNDED[:2]) + '<p>[Wind howling]</p>' + ''.join(
        f"<div class='box {v}'>{t}</div>" for v, t in ROUNDED[2:])
    coloured = ''.join(f"<div class='box2 {v}2'>{t}</div>" for v, t in ROUNDED)
    body = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><style>"
            "body{font-family:'DejaVu Sans',sans-serif;font-size:12pt;margin:2cm}"
            ".box{padding:8px 16px;border:1px solid #999999;border-radius:6px;margin:8px 0}"
            ".box2{padding:10px 28px;border-radius:6px;margin:8px 0}"
            ".guide{background:#fff3b0}.visitor{background:#d6ecff}"
            ".guide2{background:#fff3b0;border:2px solid #8a6d00}.visitor2{background:#d6ecff;border:2px solid #004a80}"
            "</style></head><body><p><b>Castle tour — Tower room</b></p>" + boxes +
            "<p><b>Second take</b></p>" + coloured + "</body></html>")
    path = os.path.join(OUT, 'rounded.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body)
    subprocess.run(['weasyprint', path, os.path.join(OUT, 'rounded-wp.pdf')], check=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, 'rounded-chromium.pdf'), path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rounded_path(x0, y0, x1, y1, r, clockwise):
    """A rounded rectangle as raw path operators (Bézier corners), anticlockwise (y up) or clockwise."""
    k = 0.5523 * r
    corners = [  # (line to, curve control 1, control 2, end) going anticlockwise from the bottom edge
        ((x1 - r, y0), (x1 - r + k, y0), (x1, y0 + r - k), (x1, y0 + r)),
        ((x1, y1 - r), (x1, y1 - r + k), (x1 - r + k, y1), (x1 - r, y1)),
        ((x0 + r, y1), (x0 + r - k, y1), (x0, y1 - r + k), (x0, y1 - r)),
        ((x0, y0 + r), (x0, y0 + r - k), (x0 + r - k, y0), (x0 + r, y0)),
    ]
    if not clockwise:
        ops = ['%.2f %.2f m' % (x0 + r, y0)]
        for line, c1, c2, end in corners:
            ops.append('%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c' % (line + c1 + c2 + end))
        return ' '.join(ops) + ' h'
    # The same outline the other way round: each corner's curve reversed.
    ops = ['%.2f %.2f m' % (x0 + r, y0)]
    for line, c1, c2, end in reversed(corners):
        start = (line[0], line[1])
        ops.append('%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c' % (end + c2 + c1 + start))
    return ' '.join(ops) + ' h'


def rl_rounded():
    c = canvas.Canvas(os.path.join(OUT, 'rl-rounded.pdf'), pagesize=A5, invariant=1)
    w, h = A5

    def text(x, y, colour, words):
        c.setFillColor(colour)
        c.setFont('Helvetica', 11)
        c.drawString(x, y, words)

    def raw(ops):
        c._code.append(ops)

    text(50, h - 50, '#000000', 'Rounded frames around the lines')
    raw('0.6 0.6 0.6 rg ' + rounded_path(40, h - 110, 360, h - 80, 6, False) + ' '
        + rounded_path(41, h - 109, 359, h - 81, 5, True) + ' f')
    text(50, h - 100, '#0000FF', 'The blue narrator speaks inside a rounded grey frame.')
    raw('1 1 0.6 rg ' + rounded_path(40, h - 160, 360, h - 130, 6, False) + ' '
        + rounded_path(41, h - 159, 359, h - 131, 5, False) + ' f')
    text(50, h - 150, '#000000', 'This black line stands on pale yellow.')
    raw('0 0 0 rg ' + rounded_path(50, h - 198, 56, h - 192, 3, False) + ' '
        + rounded_path(51, h - 197, 55, h - 193, 2, True) + ' f')
    text(62, h - 200, '#00B050', 'A green item after a small drawn ring.')
    c.showPage()
    c.save()


def shaded_run(paragraph, text, colour, fill):
    run = paragraph.add_run(text)
    run.font.color.rgb = RGBColor.from_string(colour)
    if fill:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def near_white():
    d = docx.Document()
    d.add_paragraph('Warehouse Safety Module')
    for colour, fill, text in (
        ('0000FF', None, 'Welcome to the warehouse safety course for new starters.'),
        ('00B050', None, 'Always wear your high visibility vest in the loading bay.'),
        ('0000FF', 'FDFDFD', 'Every day more than two hundred people work on this site.'),
        ('00B050', None, 'Never walk behind a reversing forklift truck, even for a second.'),
        ('0000FF', 'FDFDFD', 'Let us begin with the three rules that keep you safe.'),
        ('000000', 'F2F2F2', 'Not recorded: the trainer reads this note on screen.'),
    ):
        shaded_run(d.add_paragraph(), text, colour, fill)
    d.save(os.path.join(OUT, 'near-white.docx'))
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, os.path.join(OUT, 'near-white.docx')],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    import sys
    os.makedirs(OUT, exist_ok=True)
    if sys.argv[1:] == ['rounded']:
        rounded()
        rl_rounded()
        sys.exit(0)
    rounded()
    rl_rounded()
    bordered()
    rl_frames()
    near_white()
