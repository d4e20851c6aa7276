"""Chromium print-to-PDF: a French audiobook chapter in CSS columns (`columns: 2`) whose paragraphs
are set apart by a blank line's margin and whose first paragraph starts half a line down, so the
two columns' baselines never meet (each row of the page has text
on one side only), then, under the columns, the studio's notes: a line faded with CSS `opacity`
(a cut line, as a reader sees it: pale), a voice in `rgba()` text, and a highlight in a
see-through `rgba()` background. Before the fix the columns were not found (their gutter is only
the strip between one row's end and the next row's start) and their lines were read across the
page in turn; the see-through colours were read at full strength.

/usr/bin/python3 scripts/pdf-producers/chromium_columns.py
(writes chromium-columns-fr.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-columns-fr.pdf chromium-columns-fr.html`)
"""
import html

from common import chromium_pdf, write_script

NAME = 'chromium-columns-fr'
VOICES = {
    'Narrateur': {'color': '#0070C0'}, 'Marie': {'color': '#C00000'}, 'Paul': {'color': '#00B050'},
    'Radio': {'highlight': '#FFFF00'},
}
CSS = {'Narrateur': 'color: #0070C0', 'Marie': 'color: #C00000', 'Paul': 'color: #00B050'}

COLUMNS = [
    ('Narrateur', 'Le train quitta la gare à l’aube. Personne ne parlait dans le wagon : les voyageurs, engourdis par la fatigue, regardaient défiler les champs plats de la Beauce, où les fermes semblaient flotter dans la brume.'),
    ('Marie', 'Combien de temps encore ? Nous devions arriver avant midi, tu me l’avais promis hier soir.'),
    ('Paul', 'Patience, Marie. Le contrôleur a dit que nous serions à Chartres dans une heure, peut-être un peu plus si la voie est encombrée.'),
    ('Radio', 'Mesdames et messieurs, nous arrivons en gare de Chartres. Veuillez vérifier que vous n’avez rien oublié.'),
    ('Narrateur', 'Marie se leva, prit sa valise et colla son front contre la vitre froide. La cathédrale se dressait au-dessus des toits, immense et grise, et elle sentit son cœur battre plus vite.'),
    ('Paul', 'Tu vois ? Nous y sommes. Je te l’avais bien dit, il ne fallait pas s’inquiéter.'),
    ('Narrateur', 'Ils descendirent sur le quai désert. Le vent portait une odeur de pluie et de pain chaud, et quelque part une cloche sonnait les onze coups.'),
]


def span(voice, text):
    t = html.escape(text)
    if voice == 'Radio':
        return '<mark>%s</mark>' % t
    return '<span style="%s">%s</span>' % (CSS[voice], t)


def build():
    paras = [[[None, 'Le grand voyage – chapitre 4']]]
    body = ['<h1>Le grand voyage – chapitre 4</h1>', '<div class="cols">']
    for voice, text in COLUMNS:
        body.append('<p>%s</p>' % span(voice, text))
        paras.append([[voice, text]])
    body.append('</div>')
    # Under the columns: a cut line faded by opacity (seen pale pink, no voice's colour), a voice in
    # rgba() text at 60 % (its colour seen paler), a see-through highlight.
    body.append('<p style="color: #C00000; opacity: 0.4">Et si nous restions dans le train jusqu’à Paris ?</p>')
    paras.append([[None, 'Et si nous restions dans le train jusqu’à Paris ?']])
    body.append('<p style="color: rgba(0, 112, 192, 0.6)">Mais le train repartait déjà, sans eux.</p>')
    paras.append([[None, 'Mais le train repartait déjà, sans eux.']])
    body.append('<p><span style="background: rgba(255, 255, 0, 0.35)">Le train à destination de Paris va partir.</span></p>')
    paras.append([[None, 'Le train à destination de Paris va partir.']])
    page = '''<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Le grand voyage</title><style>
@page { size: A5; margin: 15mm }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4 }
h1 { font-size: 13pt; font-weight: normal; margin: 0 0 4mm }
.cols { columns: 2; column-gap: 7mm }
.cols p { margin: 0 0 1.4em }
.cols p:first-child { margin-top: 0.7em }
mark { background: #FFFF00; color: inherit }
</style></head><body>
%s
</body></html>
''' % '\n'.join(body)
    chromium_pdf(NAME, page)
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
