"""XeTeX with xcolor's `cmyk` option, as a print studio sets a script: every colour is written in
DeviceCMYK. The narrator's text is black (`\\color{black}`, which xcolor writes `0 0 0 1 k`: K only),
Marie red and Paul blue, the directions a K-only 60 % grey, the title in a rich black (C 60 M 40
Y 40 K 100). A legend names the voices by colour in French ("Narrateur : noir"). pdf.js turns K-only
black into #2C2E35, a dark blue-grey no reader sees: now read as the black the document asks for.

/usr/bin/python3 scripts/pdf-producers/tex_cmyk_fr.py
(writes tex-cmyk-fr.tex, runs `xelatex` in a temporary folder, keeps the PDF)
"""

from common import write_script, xelatex_pdf

NAME = 'tex-cmyk-fr'
VOICES = {'Narrateur': {'color': 'black'}, 'Marie': {'color': 'red'}, 'Paul': {'color': '#2E3192'}}

LINES = [
    ('Narrateur', 'Ce soir-là, la gare était presque vide.'),
    (None, 'Bruit de pas sur le quai.'),
    ('Marie', 'Tu es en retard, encore une fois.'),
    ('Paul', 'Le train de Lyon est resté bloqué deux heures.'),
    ('Narrateur', 'Elle ne répondit pas et regarda les rails.'),
    ('Marie', 'Alors partons demain, à l’aube.'),
    (None, 'Un temps.'),
    ('Paul', 'Demain, c’est promis.'),
]
MACRO = {'Narrateur': '\\color{black}', 'Marie': '\\color{red}', 'Paul': '\\color{blue}', None: '\\color{direction}'}


def build():
    body = []
    body.append('{\\color{richblack}\\Large\\bfseries Le quai -- scène 12\\par}\\bigskip')
    body.append('\\noindent Légende : Narrateur : noir. Marie : rouge. Paul : bleu.\\par\\bigskip')
    for voice, text in LINES:
        body.append('\\noindent{%s %s}\\par\\medskip' % (MACRO[voice], text))
    tex = r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=15mm]{geometry}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\usepackage[cmyk]{xcolor}
\definecolor{direction}{cmyk}{0,0,0,0.6}
\definecolor{richblack}{cmyk}{0.6,0.4,0.4,1}
\pagestyle{empty}
\begin{document}
\color{black}
''' + '\n'.join(body) + '\n\\end{document}\n'
    xelatex_pdf(NAME, tex)
    # The title, rich black, is black to a reader: the narrator's colour.
    paras = [[['Narrateur', 'Le quai – scène 12']],
             {'segs': [[None, 'Légende : Narrateur : noir. Marie : rouge. Paul : bleu.']], 'legend': True}]
    paras += [[[v, t]] for v, t in LINES]
    write_script(NAME, 'XeTeX 0.999994', __doc__.split('\n\n')[0], VOICES, ['grey'], paras)


if __name__ == '__main__':
    build()
