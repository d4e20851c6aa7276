"""WeasyPrint 57.2: an English radio spot list, US Letter, three spots per page over two pages.
Each spot a heading and a borderless two-column table (speaker label | text: WeasyPrint 57 has no
CSS grid); an indented block (narrower measure, right margin 25%) for the jingle lyrics;
@page :first without the running header; justified text.

/usr/bin/python3 scripts/pdf-producers/weasyprint_spots.py
(writes wp-spots-en.html, then runs `weasyprint wp-spots-en.html wp-spots-en.pdf`)
"""
import html
import subprocess

from common import out_path, write_script

NAME = 'wp-spots-en'
VOICES = {
    'Announcer': {'color': '#1F3864'},
    'Mum': {'color': '#C00000'},
    'Kid': {'color': '#00B050'},
    'Singers': {'highlight': '#FFE699'},
}
CSS_OF = {'Announcer': 'color:#1F3864', 'Mum': 'color:#C00000', 'Kid': 'color:#00B050', 'Singers': 'background:#FFE699'}

A = lambda t: ['Announcer', t]
M = lambda t: ['Mum', t]
K = lambda t: ['Kid', t]
S = lambda t: ['Singers', t]
U = lambda t: [None, t]

SPOTS = [
    ('Spot 1 — “Breakfast” (30 s)', [
        ('MUM', [M('Come on, love, the bus goes in five minutes and you haven’t touched your cereal.')]),
        ('KID', [K('I’m not hungry. Can I just have toast? With the chocolate spread? Please?')]),
        ('ANNCR', [A('Mornings are hard. Breakfast shouldn’t be. Sunny Oats are ready in ninety seconds, with no added sugar and all the taste your family loves. Find them in the cereal aisle at every major supermarket, or order online at sunnyoats.example.')]),
    ], ['Sunny Oats, sunny days,', 'a bowl of gold in a hundred ways!']),
    ('Spot 2 — “Rainy day” (20 s)', [
        ('KID', [K('Mum, it’s raining again. There’s nothing to do.')]),
        ('MUM', [M('There’s a whole box of puzzles under your bed.')]),
        ('ANNCR', [A('Rainy days need warm breakfasts. Sunny Oats: ninety seconds to a happier morning, every morning, whatever the weather outside.')]),
    ], []),
    ('Spot 3 — “Back to school” (30 s)', [
        ('ANNCR', [A('New term, new shoes, new timetable — and the same old rush out of the door. This September, start the day right. Sunny Oats come in three flavours: golden honey, apple and cinnamon, and the new triple berry.')]),
        ('KID', [K('Triple berry! Can we get triple berry?')]),
        ('MUM', [M('We’ll see. If you’re ready on time.')]),
        ('ANNCR', [A('Sunny Oats. Ready when you are.')]),
    ], ['Sunny Oats, sunny days,', 'ready when you are, in a hundred ways!', 'Sunny Oats, sunny days!']),
    ('Spot 4 — “Grandad” (30 s)', [
        ('ANNCR', [A('When Grandad came to stay, he brought his own porridge pan, his own wooden spoon and seventy years of very firm opinions about oats. '), A('He tried Sunny Oats on Tuesday.')]),
        ('MUM', [M('Well, Dad? What’s the verdict?')]),
        ('ANNCR', [A('He asked for seconds. Sunny Oats: good enough for Grandad.')]),
    ], ['Sunny Oats, sunny days!']),
    ('Spot 5 — “Night shift” (30 s)', [
        ('ANNCR', [A('Six in the morning. The hospital car park is empty, the coffee machine is broken, and Priya has just finished a twelve-hour shift on the children’s ward.')]),
        ('MUM', [M('I just want something warm before I sleep. Something that isn’t from a machine.')]),
        ('ANNCR', [A('Sunny Oats, ninety seconds in the microwave at home. For the people who start their day when everyone else is ending theirs.')]),
    ], ['Sunny Oats, sunny days,', 'any hour, in a hundred ways!']),
    ('Spot 6 — “Sports day” (20 s)', [
        ('KID', [K('I came second in the egg and spoon race! Second! Out of forty!')]),
        ('ANNCR', [A('Big days start with a big breakfast. Sunny Oats, the official oats of second place and everything after it.')]),
    ], []),
    ('Spot 7 — “Snow day” (30 s)', [
        ('KID', [K('No school! The whole town is white and the buses aren’t running and Mr Patel says the pond is frozen solid!')]),
        ('MUM', [M('Nobody is going near that pond. Breakfast first, then we’ll build a snowman in the garden, and then we’ll see.')]),
        ('ANNCR', [A('Snow days, sick days, lazy Sundays: some mornings are made for staying in. Sunny Oats, ninety seconds from the cupboard to the table, with the whole day still ahead of you.')]),
    ], ['Sunny Oats, sunny days,', 'even when the sky is grey!']),
    ('Spot 8 — “Tag” (10 s)', [
        ('ANNCR', [A('Sunny Oats. Now in every major supermarket, and online at sunnyoats.example. Terms and conditions apply to the winter competition; see the website for details.')]),
    ], []),
]


def seg_html(segs):
    return ''.join('<span style="%s">%s</span>' % (CSS_OF[v], html.escape(t)) if v else html.escape(t) for v, t in segs)


CSS = """
@page { size: letter; margin: 0.9in 1in;
  @top-left { content: "SUNNY OATS — radio campaign, scripts for approval"; font: 8pt sans-serif; }
  @bottom-center { content: counter(page); font: 8pt sans-serif; } }
@page :first { @top-left { content: none; } }
body { font: 11pt/1.4 "DejaVu Serif", serif; }
h2 { font: bold 12pt sans-serif; margin: 16pt 0 6pt; break-after: avoid; }
.lines { border-collapse: collapse; width: 100%; }
.lines td { padding: 0 0 6pt; vertical-align: top; text-align: justify; }
.lines td.label { width: 0.9in; text-align: left; }
.label { font: bold 10pt sans-serif; }
.jingle { margin: 8pt 25% 0 1.5in; }
.jingle p { margin: 0; }
"""


def build():
    body = ['<h1 style="font:bold 15pt sans-serif">Sunny Oats — radio campaign</h1>',
            '<p>Four spots for approval. Labels and timings are not read.</p>']
    paras = [[U('Sunny Oats — radio campaign')], [U('Four spots for approval. Labels and timings are not read.')]]
    for title, lines, jingle in SPOTS:
        body.append('<h2>%s</h2><table class="lines">' % html.escape(title))
        paras.append([U(title)])
        for label, segs in lines:
            body.append('<tr><td class="label">%s</td><td>%s</td></tr>' % (label, seg_html(segs)))
            paras += [[U(label)], segs]
        body.append('</table>')
        if jingle:
            body.append('<div class="jingle"><p>SINGERS:</p><p>%s</p></div>' % seg_html([S(' '.join(jingle))]))
            paras += [[U('SINGERS:')], [S(' '.join(jingle))]]
    paras.append({'segs': [U('SUNNY OATS — radio campaign, scripts for approval')], 'furniture': True})
    doc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spots</title><style>%s</style></head><body>%s</body></html>' % (CSS, '\n'.join(body))
    src = out_path(NAME, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    subprocess.run(['weasyprint', src, out_path(NAME, 'pdf')], check=True)
    write_script(NAME, 'WeasyPrint 57.2', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


LABELS = [
    (['MUM', '(off)'], [M('Come on, love, the bus goes in five minutes and you haven’t touched your cereal, not even a spoonful of it, and it is getting cold.')]),
    (['KID'], [K('I’m not hungry. Can I just have toast? With the chocolate spread? Please? Pretty please with sugar on top?')]),
    (['MUM', '(close)'], [M('No toast. Eat your breakfast. The bus will not wait for you, and neither will I, and neither will your teacher.')]),
    (['ANNCR'], [A('Sunny Oats. Ready in ninety seconds, whoever is late for the bus this morning, and whatever they would rather have had instead.')]),
]


def build_labels():
    """wp-labels-en: the same borderless label | text table, no heading above it, some labels of
    two lines (a label line break: `MUM<br>(off)`)."""
    name = 'wp-labels-en'
    rows = ''.join('<tr><td class="l">%s</td><td>%s</td></tr>' % ('<br>'.join(map(html.escape, label)), seg_html(segs)) for label, segs in LABELS)
    css = ('@page { size: letter; margin: 1in; } body { font: 11pt/1.4 "DejaVu Serif", serif; } '
           'table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 0 0 6pt; } td.l { width: 0.9in; font-weight: bold; }')
    doc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Labels</title><style>%s</style></head><body><table>%s</table></body></html>' % (css, rows)
    src = out_path(name, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    subprocess.run(['weasyprint', src, out_path(name, 'pdf')], check=True)
    paras = []
    for label, segs in LABELS:
        paras += [[U(' '.join(label))], segs]
    write_script(name, 'WeasyPrint 57.2', build_labels.__doc__.strip(), VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
    build_labels()
