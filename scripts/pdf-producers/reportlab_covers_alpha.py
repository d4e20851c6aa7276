"""ReportLab 3.6.12 canvas: an English e-learning script where boxes painted AFTER some lines are
nearly opaque (a fill opacity of 0.97 or 0.95: a sticker or a cover block exported with a hint of
transparency, a slide's "hide" shape). What shows through is 3 to 5 % of the line: black text under
a white box at 0.97 is #F7F7F7 on white, which no reader reads. Those lines are hidden, as under an
opaque box. Boxes that hide nothing: a white veil at 0.6 and a yellow box at 0.85 over lines (the
text shows through: read, the yellow one as a highlight), and a near-opaque box in Multiply (it
darkens, it does not hide).

/usr/bin/python3 scripts/pdf-producers/reportlab_covers_alpha.py
"""
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import out_path, write_script

NAME = 'rl-covers-alpha-en'
VOICES = {
    'NARRATOR': {'color': '#0070C0'},
    'EXPERT': {'color': '#00B050'},
}
RGB = {'NARRATOR': (0, 0x70, 0xC0), 'EXPERT': (0, 0xB0, 0x50), None: (0, 0, 0)}
FONT, SIZE, LEFT = 'Helvetica', 11, 50


def build():
    W, H = A5
    c = canvas.Canvas(out_path(NAME, 'pdf'), pagesize=A5, invariant=1, pageCompression=0)
    c.setTitle('Near-opaque boxes — e-learning script')
    y = H - 60
    paras = []

    def text(voice, s, x=LEFT):
        c.setFillColorRGB(*(v / 255 for v in RGB[voice]))
        c.setFont(FONT, SIZE)
        c.drawString(x, y, s)

    def box(s, rgb, alpha, blend=None):
        c.saveState()
        c.setFillColorRGB(*(v / 255 for v in rgb))
        c.setFillAlpha(alpha)
        if blend:
            c.setBlendMode(blend)
        c.rect(LEFT - 2, y - 4, stringWidth(s, FONT, SIZE) + 4, SIZE + 4, stroke=0, fill=1)
        c.restoreState()

    def line(voice, s, cover=None):
        nonlocal y
        text(voice, s)
        if cover:
            box(s, *cover)
        y -= 30

    line(None, 'Module 2: Handling chemicals')
    paras.append([[None, 'Module 2: Handling chemicals']])
    line('NARRATOR', 'Welcome back. This module is about safe storage.')
    paras.append([['NARRATOR', 'Welcome back. This module is about safe storage.']])
    # A line cut from the recording, hidden under a white box at 0.97.
    line('NARRATOR', 'This sentence was removed by the client in version two.', ((255, 255, 255), 0.97))
    # An expert's line under a white box at 0.95.
    line('EXPERT', 'Old advice: keep the bottles on the top shelf.', ((255, 255, 255), 0.95))
    line('EXPERT', 'Store acids below eye level, in a closed cabinet.')
    paras.append([['EXPERT', 'Store acids below eye level, in a closed cabinet.']])
    # A white veil at 0.6: the line shows through, read.
    line('NARRATOR', 'Label every bottle with the date it was opened.', ((255, 255, 255), 0.6))
    paras.append([['NARRATOR', 'Label every bottle with the date it was opened.']])
    # A yellow box at 0.85: a highlight, read.
    line('EXPERT', 'Never pour water into acid.', ((255, 255, 0), 0.85))
    paras.append([['EXPERT', 'Never pour water into acid.']])
    # A near-opaque yellow box in Multiply: it darkens the line, it does not hide it.
    line('NARRATOR', 'Wear gloves and goggles at all times.', ((255, 255, 0), 0.97, 'Multiply'))
    paras.append([['NARRATOR', 'Wear gloves and goggles at all times.']])
    # A black box at 0.97 over a word (a redaction).
    a, b = 'Call the safety officer on ', '4471'
    text('EXPERT', a + b + ' if in doubt.')
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.setFillAlpha(0.97)
    c.rect(LEFT + stringWidth(a, FONT, SIZE) - 1, y - 3, stringWidth(b, FONT, SIZE) + 2, SIZE + 2, stroke=0, fill=1)
    c.restoreState()
    paras.append([['EXPERT', 'Call the safety officer on if in doubt.']])
    c.showPage()
    c.save()
    write_script(NAME, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
