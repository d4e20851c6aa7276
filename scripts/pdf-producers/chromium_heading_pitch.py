"""Chromium print-to-PDF: a hand-written HTML script whose body (12 pt, or 11 pt) sits in a column
narrower than the page (`max-width`), one paragraph alone wrapping, its paragraphs a line and a bit apart (the browser's 1em
margins), under scene headings (`<h2>`) a size step up (13 pt, 12.5 pt) that stand in the same block
of lines as the body. Each paragraph that wraps must stay one paragraph: its wrapped line, however
short, is 13.5 pt under the line above where paragraphs are 25.5 pt apart.

/usr/bin/python3 scripts/pdf-producers/chromium_heading_pitch.py
(writes chromium-heading-pitch-en.html/.pdf/.json and chromium-heading-pitch-fr.html/.pdf/.json)
"""
import html

from common import chromium_pdf, write_script

SHAPES = {
    'en': {
        'css': 'body{font-family:Georgia,serif;font-size:12pt;max-width:17cm}h1{font-size:18pt}h2{font-size:13pt;border-bottom:1px solid #ccc}',
        'voices': {'Narrator': {'color': '#595959'}, 'Learner': {'color': '#1155CC'}},
        'paras': [
            ('h1', None, 'Forklift Safety Awareness — Module 2'),
            ('p', None, 'Client: Northgate Logistics · Job 4471'),
            ('h2', None, 'Scene 1 — Welcome'),
            ('p', None, '[Screen 1: logo animation, music up then under]'),
            ('p', 'Narrator', 'Welcome to module two of the Northgate forklift safety course.'),
            ('p', 'Narrator', "Over the next twelve minutes, you'll learn how to share the warehouse floor safely with powered trucks."),
            ('h2', None, 'Scene 2 — The blind spot'),
            ('p', 'Learner', 'So the driver really cannot see me behind the load?'),
            ('p', 'Narrator', "A forklift driver's view is blocked by the mast and the load."),
            ('p', 'Narrator', "If you can't see the driver's face, assume the driver can't see you."),
            ('p', 'Learner', 'Got it.'),
        ],
    },
    'fr': {
        'css': 'body{font-family:"DejaVu Serif",serif;font-size:11pt;max-width:15cm}h1{font-size:16pt}h2{font-size:12.5pt;color:#1F4E79}',
        'voices': {'Narratrice': {'color': '#7F6000'}, 'Client': {'color': '#38761D'}},
        'paras': [
            ('h1', None, 'Verdier Jardin — Spot radio printemps'),
            ('h2', None, 'Scène 1 — La jardinerie'),
            ('p', None, '[Musique : guitare légère, oiseaux]'),
            ('p', 'Narratrice', 'Le printemps arrive chez Verdier Jardin, et avec lui toutes les couleurs que vous attendiez depuis des mois.'),
            ('p', 'Client', 'Bonjour, je cherche des rosiers grimpants.'),
            ('h2', None, 'Scène 2 — La caisse'),
            ('p', 'Narratrice', 'Verdier Jardin, route de Lyon : ouvert tous les jours.'),
            ('p', 'Client', 'Merci, à samedi !'),
        ],
    },
}


def build():
    for lang, shape in SHAPES.items():
        name = 'chromium-heading-pitch-' + lang
        body = []
        for tag, voice, text in shape['paras']:
            colour = shape['voices'][voice]['color'] if voice else None
            inner = '<span style="color:%s">%s</span>' % (colour, html.escape(text)) if colour else html.escape(text)
            body.append('<%s>%s</%s>' % (tag, inner, tag))
        page = '<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n' % (
            lang, html.escape(shape['paras'][0][2]), shape['css'], '\n'.join(body))
        chromium_pdf(name, page)
        write_script(name, 'Chromium 156', __doc__.split('\n\n')[0], shape['voices'], ['#000000'],
                     [[[voice, text]] for _, voice, text in shape['paras']])


if __name__ == '__main__':
    build()
