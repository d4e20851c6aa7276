"""XeTeX: a radio spot coded by speaker labels only (every line black), set as LaTeX users set one: a
borderless `tabular` whose left column holds the bold label and whose right column is a narrow
justified `p{}` (English) or a `tabularx` `X` column (French, babel-french), under a justified
paragraph that spans the page. TeX draws no space glyph: each word is placed by the text operator's
own kerning, so a justified line's stretched spaces are gaps with nothing in them, wider than a
column gap in this narrow measure ("Look at these tulips!      Half"), and a sentence's space is
stretched more than a word's (English, no \\frenchspacing). The table ends well short of the page's
right edge. Before: those gaps were read as tabs ("MUM⇥Look at these tulips!⇥Half").

/usr/bin/python3 scripts/pdf-producers/tex_justified_table.py
(writes tex-justified-table-en.tex and -fr.tex, runs `xelatex` on each in a temporary folder, keeps the PDFs)
"""

from common import xelatex_pdf

EN = r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=15mm]{geometry}
\usepackage{fontspec}
\begin{document}
\noindent The spot below is read by three voices and an announcer. Each speaker's label stands in the left column. Every speech is set justified in a narrow column, as the studio asked.

\medskip
\noindent\begin{tabular}{@{}l p{48mm}@{}}
\textbf{ANNCR} & Spring is here, and so is the Greenway Garden Centre spring sale, with thousands of plants, pots and tools at half price. Or less. This weekend only. \\[4pt]
\textbf{MUM} & Look at these tulips! Half price! Unbelievably, extraordinarily cheap. \\[4pt]
\textbf{KID} & Can we get the big sunflower too? The one that is taller than Dad? Please, please, please? \\[4pt]
\textbf{GRANDAD} & In my day we grew our own sunflowers from seed. Extraordinary, enormous, magnificent ones. \\[4pt]
\textbf{ANNCR} & Greenway Garden Centre. Open every day from eight till eight. \\
\end{tabular}
\end{document}
'''

FR = r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=15mm]{geometry}
\usepackage{fontspec}
\usepackage[french]{babel}
\usepackage{tabularx}
% No word broken at a line end (the talent reads whole words): looser lines.
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\begin{document}
\noindent Le message ci-dessous est lu par trois voix et un speaker. Le nom de chaque personnage figure dans la colonne de gauche ; chaque réplique est justifiée dans une colonne étroite.

\medskip
\noindent\begin{tabularx}{80mm}{@{}l X@{}}
\textbf{SPEAKER} & Le printemps est là, et les soldes de la jardinerie Greenway aussi : des milliers de plantes, de pots et d'outils à moitié prix. Ce week-end seulement. \\[4pt]
\textbf{MAMAN} & Regarde ces tulipes ! À moitié prix ! Incroyablement bon marché, invraisemblablement bon marché. \\[4pt]
\textbf{ENFANT} & On peut prendre le grand tournesol aussi ? Celui qui est plus grand que papa ? S'il te plaît ? \\[4pt]
\textbf{PAPI} & De mon temps, nous semions nos tournesols nous-mêmes. Extraordinaires, gigantesques, magnifiques, incomparables. \\
\end{tabularx}
\end{document}
'''


def build(name, source):
    xelatex_pdf(name, source)


if __name__ == '__main__':
    build('tex-justified-table-en', EN)
    build('tex-justified-table-fr', FR)
