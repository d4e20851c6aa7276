"""Chromium print-to-PDF: French paragraphs justified (`text-align: justify`) in a narrow 2.6 in
column, long words, so that some lines stretch their word spaces far past a column gap. Chromium
draws no space glyphs: each word is placed where justification puts it, and a line of two long
words ("Naturellement,      l’administration") shows one gap of more than 6 em, which no
neighbour crosses when the lines around it break at other places.

/usr/bin/python3 scripts/pdf-producers/chromium_justified.py
(writes chromium-justified-fr.html, .pdf; no JSON: tests/pdf-tab-wrap.test.ts reads it)
"""
import html

from common import chromium_pdf

NAME = 'chromium-justified-fr'
PARAS = [
    ('#0070C0', 'Les gendarmes interrogèrent méthodiquement, consciencieusement, inlassablement '
                'chacun des témoins, parfaitement incapables néanmoins d’expliquer '
                'l’extraordinaire disparition. Rien, absolument rien, n’expliquait l’incompréhensible '
                'comportement des propriétaires.'),
    ('#C00000', 'Naturellement, l’administration départementale considérait qu’indubitablement '
                'l’investigation serait interminable, incompréhensible, décourageante.'),
    ('#00B050', 'Évidemment, l’extraordinaire perspicacité du commissaire divisionnaire '
                'impressionnait considérablement les journalistes parisiens.'),
]

page = '''<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 1in 2.95in; }
body { margin: 0; font: 11pt/1.3 "Liberation Serif", serif; }
p { text-align: justify; margin: 0 0 8pt; }
</style></head><body>
%s
</body></html>
''' % '\n'.join('<p style="color: %s">%s</p>' % (c, html.escape(t)) for c, t in PARAS)

if __name__ == '__main__':
    chromium_pdf(NAME, page)
