"""Chromium print-to-PDF: an English radio-spot script styled for the screen, with CSS text
shadows offset down and right (`text-shadow: 4px 4px 0 #FFCC00`, `3px 3px 0 #999`): Chromium
draws the text twice, the shadow copy first. A reader reads the text on top. Before, an offset of
more than about 2 pt put both copies on one line letter by letter ("AAsseeccoonndd…"): garbled
words, half of them in the shadow's colour.

/usr/bin/python3 scripts/pdf-producers/chromium_shadows.py
(writes chromium-shadows-en.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-shadows-en.pdf chromium-shadows-en.html`)
"""
import html

from common import chromium_pdf, write_script

NAME = 'chromium-shadows-en'
VOICES = {'Announcer': {'color': '#0070C0'}, 'Mum': {'color': '#00B050'}, 'Kid': {'color': '#C00000'}}
COLOUR = {v: c['color'] for v, c in VOICES.items()}
# (voice, shadow, text)
SCRIPT = [
    (None, '3px 3px 0 #999', 'Marlow Kitchens – radio spot, 30 seconds'),
    ('Announcer', '4px 4px 0 #FFCC00', 'Every family has a kitchen story. Ours started with a broken kettle and a very long Sunday afternoon.'),
    ('Mum', '2px 2px 0 #999', 'Fresh bread, warm soup and a table for six: that is what a kitchen is for.'),
    ('Kid', '3px 4px 0 #333', 'Can we have pancakes tomorrow morning, please?'),
    ('Announcer', '5px 5px 0 #DDDDDD', 'Marlow Kitchens. Open every day from nine to six, on the high street.'),
]


def build():
    body = []
    paras = []
    for voice, shadow, text in SCRIPT:
        colour = COLOUR[voice] if voice else '#000000'
        body.append('<p style="color: %s; text-shadow: %s">%s</p>' % (colour, shadow, html.escape(text)))
        paras.append([[voice, text]])
    page = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Spot</title><style>
@page { size: A5; margin: 15mm }
body { font: 12pt "DejaVu Sans", sans-serif; line-height: 1.5 }
</style></head><body>
%s
</body></html>
''' % '\n'.join(body)
    chromium_pdf(NAME, page)
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
