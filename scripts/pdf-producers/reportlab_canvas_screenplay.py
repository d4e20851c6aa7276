"""ReportLab 3.6.12 canvas, no Platypus: a screenplay-style dubbing script drawn line by line with
drawString / drawCentredString (every line its own text object), character names centred above
their dialogue, scene headings and action at the left margin, parentheticals indented, each page
drawn bottom to top (the content stream is in reverse reading order), Helvetica/Courier standard
fonts (WinAnsi: ’ “ ” é œ €), "— N —" page numbers and a running header.

/usr/bin/python3 scripts/pdf-producers/reportlab_canvas_screenplay.py
"""
import textwrap

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import out_path, write_script

NAME = 'rl-canvas-screenplay'
VOICES = {
    'ANNA': {'color': '#C00000'},
    'JOE': {'color': '#0070C0'},
    'NARRATOR': {'color': '#7F7F7F'},
}
HEX = {'ANNA': (0xC0, 0, 0), 'JOE': (0, 0x70, 0xC0), 'NARRATOR': (0x7F, 0x7F, 0x7F)}

# (kind, voice, text): scene / action / name / paren / dialogue
SCRIPT = [
    ('scene', None, 'INT. ANNA’S KITCHEN — NIGHT'),
    ('action', None, 'Rain on the window. ANNA (40s) sits at the table with a pile of unpaid bills. JOE (40s) comes in, soaked, holding a paper bag.'),
    ('name', None, 'NARRATOR'),
    ('dialogue', 'NARRATOR', 'It had been raining for eleven days when Joe finally came home with the money he had promised Anna back in March.'),
    ('name', None, 'ANNA'),
    ('dialogue', 'ANNA', 'You’re late. Again. Do you know what time it is?'),
    ('name', None, 'JOE'),
    ('paren', None, '(putting the bag down)'),
    ('dialogue', 'JOE', 'I know, I know. The bus broke down outside Croydon and I had to walk the last two miles. Look — I brought dinner. Your favourite.'),
    ('name', None, 'ANNA'),
    ('dialogue', 'ANNA', 'Crème brûlée from Café Œuvre? That’s €12 a pot, Joe. We can’t afford that.'),
    ('name', None, 'JOE'),
    ('dialogue', 'JOE', '“We can’t afford that” — you say it every week. This week we can.'),
    ('action', None, 'He pulls an envelope from his coat and drops it on the bills. Anna stares at it.'),
    ('name', None, 'NARRATOR'),
    ('dialogue', 'NARRATOR', 'Inside the envelope was a cheque for four thousand pounds, signed by a man neither of them had ever met, and a short note that would change everything.'),
    ('scene', None, 'EXT. BUS STOP — CONTINUOUS'),
    ('action', None, 'A figure in a grey coat watches the kitchen window from across the street, then turns away.'),
    ('name', None, 'ANNA (V.O.)'),
    ('dialogue', 'ANNA', 'Who is he, Joe? Who sends money to strangers?'),
    ('name', None, 'JOE (V.O.)'),
    ('dialogue', 'JOE', 'Someone who owes us. Or someone who thinks he does.'),
    ('name', None, 'NARRATOR'),
    ('dialogue', 'NARRATOR', 'The man at the bus stop lit a cigarette, checked his watch and walked north, towards the river, where the last train to Brighton was already pulling out of the station.'),
    ('name', None, 'ANNA'),
    ('paren', None, '(quietly)'),
    ('dialogue', 'ANNA', 'We should give it back.'),
    ('name', None, 'JOE'),
    ('dialogue', 'JOE', 'We will. After dinner.'),
]


def layout():
    """Lines to draw: (page, x, y, font, size, rgb, text, centred), in reading order."""
    W, H = letter
    left, top, bottom = 108, H - 72, 72
    lines = []
    page, y = 1, top

    def put(text, x, font, size, rgb=(0, 0, 0), centred=False, lead=14):
        nonlocal page, y
        if y < bottom:
            page, y = page + 1, top
        lines.append((page, x, y, font, size, rgb, text, centred))
        y -= lead

    for kind, voice, text in SCRIPT:
        if kind in ('scene', 'action'):
            y -= 12
            for t in textwrap.wrap(text, 60):
                put(t, left, 'Courier-Bold' if kind == 'scene' else 'Courier', 12)
        elif kind == 'name':
            y -= 12
            put(text, W / 2, 'Courier', 12, centred=True)
        elif kind == 'paren':
            put(text, left + 108, 'Courier', 12)
        else:
            for t in textwrap.wrap(text, 35):
                put(t, left + 72, 'Courier', 12, HEX[voice])
    return lines


def build():
    W, H = letter
    lines = layout()
    pages = max(l[0] for l in lines)
    c = canvas.Canvas(out_path(NAME, 'pdf'), pagesize=letter, invariant=1)
    c.setTitle('Kitchen — dubbing script')
    for p in range(1, pages + 1):
        # Furniture first, then the page's lines from the bottom up.
        c.setFont('Helvetica', 9)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(72, H - 40, 'THE ENVELOPE — dubbing script, reel 2')
        c.drawCentredString(W / 2, 36, '— %d —' % p)
        for (pg, x, y, font, size, rgb, text, centred) in reversed([l for l in lines if l[0] == p]):
            c.setFont(font, size)
            c.setFillColorRGB(*(v / 255 for v in rgb))
            if centred:
                c.drawCentredString(x, y, text)
            else:
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    paras = []
    for kind, voice, text in SCRIPT:
        paras.append([[voice, text]])
    paras.append({'segs': [[None, 'THE ENVELOPE — dubbing script, reel 2']], 'furniture': True})
    write_script(NAME, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
