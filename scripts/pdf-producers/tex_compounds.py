"""XeTeX: real compounds broken at their own hyphen at a line end, where hyphenation.ts must keep the
hyphen (joined without it: "ninetynine").

tex-repeat-spots-en.pdf: one English spot set four times (four versions of a radio script), each in
a 74 mm `\\parbox` with hyphenation off (`\\hyphenpenalty=10000`): TeX still breaks at a compound's
own hyphen, so every version breaks "ninety-" / "nine" at the same line end. Four line-end hyphens
made the document look like one that hyphenates its words, and the compound lost its hyphen.

tex-numbers-fr.pdf: a French paragraph (babel-french, TeX's hyphenation on) in a 52 mm `\\parbox`:
TeX breaks words ("exception-" / "nelle", "hebdoma-" / "daire") and numbers written out at their
own hyphens ("vingt-" / "deux", "quatre-vingt-" / "quinze", "soixante-" / "dix"). The document
hyphenates, so a break's evidence decided: "vingtdeux", "soixantedix". Numbers written out are
never one solid word (French, English).

/usr/bin/python3 scripts/pdf-producers/tex_compounds.py
(writes tex-repeat-spots-en.tex, tex-numbers-fr.tex, runs `xelatex` on each in a temporary folder, keeps the PDFs)
"""

from common import xelatex_pdf

SPOTS = r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=15mm]{geometry}
\usepackage{fontspec}
\hyphenpenalty=10000 \sloppy
\newcommand\spot[1]{\noindent\textbf{#1}\par\noindent\parbox{74mm}{Seeds, bulbs and bedding plants from ninety-nine pence. Compost, three bags for ten pounds, and free coffee for everyone who brings a grandad.}\par\medskip}
\begin{document}
\spot{Version A (30 seconds)}
\spot{Version B (radio)}
\spot{Version C (in store)}
\spot{Version D (online)}
\end{document}
'''

NUMBERS = r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=15mm]{geometry}
\usepackage{fontspec}
\usepackage[french]{babel}
\begin{document}
\noindent\parbox{52mm}{Les graines et les bulbes sont vendus à quatre-vingt-dix-neuf centimes, les rosiers à vingt-deux euros, les arbustes à trente-cinq euros et les grands oliviers à cent quatre-vingt-quinze euros. Le terreau, proposé en promotion exceptionnelle, coûte dix-sept euros les trois sacs, et le café est offert à toute personne accompagnée de son grand-père. Les horticulteurs recommandent soixante-dix litres d'arrosage hebdomadaire pendant les chaleurs estivales.}
\end{document}
'''


def build(name, source):
    xelatex_pdf(name, source)


if __name__ == '__main__':
    build('tex-repeat-spots-en', SPOTS)
    build('tex-numbers-fr', NUMBERS)
