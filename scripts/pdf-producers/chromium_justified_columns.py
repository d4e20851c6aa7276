"""Chromium print-to-PDF: an English harbour-tour script in CSS columns (`column-count: 2`, an 18 px
gap), justified (`text-align: justify`), A5, DejaVu Sans 10 pt, a heading spanning both columns,
each paragraph one voice (the narrator in red text, the guide under a yellow background). In these
narrow columns the stretched word spaces line up down several lines (rivers), open strips with
text on both sides: before, one was taken for a third column's gutter, a paragraph cut into a
piece of 25 words, then "harbour wakes before", "town and the." and lone "the" lines. Written
twice: with a column rule (`chromium-justified-columns-en.pdf`) and without (`-norule-en.pdf`).

/usr/bin/python3 scripts/pdf-producers/chromium_justified_columns.py
(writes the two HTML files, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=… ` on each)
"""
from common import chromium_pdf, write_script

VOICES = {'Narrator': {'color': '#C00000'}, 'Guide': {'highlight': '#FFFF00'}}
WORDS = ('every morning the harbour wakes before the town and the ferries sound their horns across the bay '
         'while gulls circle over the fish market').split()


def paragraphs():
    out = []
    for i in range(10):
        n = 18 + (i * 7) % 15
        out.append(('Narrator' if i % 2 == 0 else 'Guide', 'P%d ' % i + ' '.join(WORDS[(i + k) % len(WORDS)] for k in range(n)) + '.'))
    return out


def page(rule):
    css = ('@page { size: A5; margin: 15mm } body { font: 10pt/1.35 "DejaVu Sans", sans-serif }\n'
           '.cols { column-count: 2; column-gap: 18px; %s text-align: justify }\n'
           'h2 { column-span: all; font-size: 12pt }\n'
           '.Narrator { color: #C00000 } .Guide { background: #FFFF00 }' % ('column-rule: 1px solid #888;' if rule else ''))
    body = '<div class="cols"><h2>Harbour tour</h2>' + ''.join(
        '<p><span class="%s">%s</span></p>' % (v, t) for v, t in paragraphs()) + '</div>'
    return '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>\n' % (css, body)


def build():
    paras = [[[None, 'Harbour tour']]] + [[[v, t]] for v, t in paragraphs()]
    for name, rule in (('chromium-justified-columns-en', True), ('chromium-justified-columns-norule-en', False)):
        chromium_pdf(name, page(rule))
        write_script(name, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
