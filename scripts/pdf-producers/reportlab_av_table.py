"""ReportLab 3.6.12: an English e-learning storyboard as a three-column table (Screen | Video |
Audio), header row repeated on every page (repeatRows=1), long rows split across the page break
(splitInRow=1), Paragraph markup <font color> and <span backColor>, Helvetica (standard Type 1, no
embedded font, WinAnsi), a header and "Page N" footer drawn by the onPage callback.

/usr/bin/python3 scripts/pdf-producers/reportlab_av_table.py
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.rl_config import defaultPageSize

from common import esc, out_path, write_script

NAME = 'rl-av-table-split'
VOICES = {
    'Narrator': {'color': '#1F4E79'},
    'Learner': {'color': '#C00000'},
    'Expert': {'highlight': '#FFFF00'},
}
HEX = {'Narrator': '#1F4E79', 'Learner': '#C00000'}

N = lambda t: ['Narrator', t]
L = lambda t: ['Learner', t]
E = lambda t: ['Expert', t]
U = lambda t: [None, t]

LONG = ('Every year, more than two thousand people in this country are hurt at work while lifting, carrying or moving loads. '
        'Most of these injuries are avoidable. In this module you will learn how to judge a load before you lift it, '
        'how to plan the route you will take, how to keep the load close to your body and how to ask for help when a load '
        'is too heavy, too bulky or too awkward to handle safely on your own. ')

ROWS = [
    # (screen, video paras, audio paras)
    ('1', [[U('Title card: “Manual handling — the basics”. Logo animates in.')]],
     [[N('Welcome to this short course on manual handling. It takes about fifteen minutes, and you can stop at any time.')]]),
    ('2', [[U('Warehouse, wide shot. Workers lift boxes onto pallets.')]],
     [[N(LONG + LONG.replace('Every year', 'Each year'))],
      [L('“So it isn’t just about heavy boxes, then?”')],
      [E('Not at all. Most injuries come from small loads handled badly, many times a day.')]]),
    ('3', [[U('Close-up: a worker bends at the waist to pick up a crate.')], [U('Red cross appears over the image.')]],
     [[N('Look at this worker. He bends from the waist, his legs straight, and the load is far from his body. '
         'That puts up to ten times the weight of the crate on the discs of his lower back.')],
      [L('“I do that every day. I had no idea.”')]]),
    ('4', [[U('Same worker, now squatting with a straight back. Green tick.')]],
     [[N('Now he bends his knees, keeps his back straight and holds the crate close. '), E('The legs do the work, not the back.')]]),
    ('5', [[U('Animation: the TILE checklist — Task, Individual, Load, Environment.')]],
     [[N('Before any lift, run through four questions. What is the task? Who is doing it? What is the load? '
         'And what is the environment like — the floor, the light, the space around you? '
         'If any answer worries you, stop and plan again. ' * 6)],
      [E('TILE takes ten seconds. A back injury can take ten months.')]]),
    ('6', [[U('Quiz screen: three answer buttons.')]],
     [[N('Time for a quick check. Which of these is the safest way to lift a box from the floor?')],
      [L('“Is it the one where you keep the box close and bend your knees?”')],
      [N('Exactly right. Well done.')]]),
    ('7', [[U('End card. “Thank you” and the course code MH-101.')]],
     [[N('That’s the end of this module. Remember: think before you lift.')]]),
]


def para_html(segs):
    out = []
    for voice, text in segs:
        t = esc(text)
        if voice in HEX:
            out.append('<font color="%s">%s</font>' % (HEX[voice], t))
        elif voice == 'Expert':
            out.append('<span backColor="#FFFF00">%s</span>' % t)
        else:
            out.append(t)
    return ''.join(out)


def build():
    body = ParagraphStyle('body', fontName='Helvetica', fontSize=11, leading=14)
    head = ParagraphStyle('head', fontName='Helvetica-Bold', fontSize=11, leading=14)
    data = [[Paragraph('Screen', head), Paragraph('Video', head), Paragraph('Audio', head)]]
    paras = [[U('Manual handling — storyboard')], [U('Screen')], [U('Video')], [U('Audio')]]
    for screen, video, audio in ROWS:
        data.append([Paragraph(screen, body), [Paragraph(para_html(p), body) for p in video],
                     [Paragraph(para_html(p), body) for p in audio]])
        paras += [[U(screen)]] + video + audio
    paras += [{'segs': [U('Storyboard v2 — confidential')], 'furniture': True}]
    table = Table(data, colWidths=[18 * mm, 60 * mm, 92 * mm], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9D9D9')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
    ]))
    title = Paragraph('Manual handling — storyboard', ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=14, leading=18, spaceAfter=8))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont('Helvetica', 8)
        w, h = A4
        canvas.drawString(20 * mm, h - 12 * mm, 'Storyboard v2 — confidential')
        canvas.drawRightString(w - 20 * mm, 10 * mm, 'Page %d' % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(out_path(NAME, 'pdf'), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title='Manual handling', invariant=1)
    doc.build([title, table], onFirstPage=on_page, onLaterPages=on_page)
    write_script(NAME, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
