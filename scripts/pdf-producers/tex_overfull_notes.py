"""pdfTeX: an English e-learning script set by LaTeX the way a script writer would: voices as xcolor
`\\textcolor`, a radio voice under soul's `\\hl` (`\\sethlcolor`), a quiz voice in a `\\colorbox`
whose padding pushes its line past the right margin (an overfull box, as TeX prints them), TeX's
footnote (its call a small raised number glued to the word, the note opening with the same number
raised), a colortbl storyboard (`\\rowcolors`, a `\\cellcolor` voice), and a `description` list of
speaker labels. T1 Latin Modern: ligatures (fi, ffi, fl), hyphenation at line ends, `--` as an en dash.
Before the fix, every full line of the script measured short against the colorbox line and ended
its paragraph, and the footnote call stuck to "fires." and its note were read as script lines.

/usr/bin/python3 scripts/pdf-producers/tex_overfull_notes.py
(writes tex-overfull-notes-en.tex, runs `pdflatex` twice in a temporary folder, keeps the PDF)
"""
import os
import shutil
import subprocess
import tempfile

from common import out_path, write_script

NAME = 'tex-overfull-notes-en'
VOICES = {
    'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#FF0000'},
    'Radio': {'highlight': '#FFFF00'}, 'Quiz': {'highlight': '#00FFFF'},
}
MACRO = {'Narrator': 'narr', 'Expert': 'expert', 'Learner': 'learner'}

# (kind, voice, TeX source, text a reader gets back)
BODY = [
    ('p', None, 'Fire safety at the office -- script v3, recorded in studio B.', 'Fire safety at the office – script v3, recorded in studio B.'),
    ('p', 'Narrator', "Welcome to the second module. In this first section we find out how a fire starts, which difficult office fittings burn fastest, and what the building's sprinkler installation really does when the temperature climbs.",
     'Welcome to the second module. In this first section we find out how a fire starts, which difficult office fittings burn fastest, and what the building’s sprinkler installation really does when the temperature climbs.'),
    ('note', 'Expert', 'Thank you. The official figures are clear: insufficient maintenance of electrical equipment causes most office fires.', None),
    ('p', 'Learner', 'So an overloaded extension lead is a real risk? I have three of them under my desk, and a kettle.', None),
    ('hl', 'Radio', 'Attention please. This is a fire drill. Leave the building by the nearest exit.', None),
    ('box', 'Quiz', 'Question one: which extinguisher do you use on an electrical fire?', None),
    ('p', 'Narrator', 'Let us look at the equipment, one piece at a time, in the table below. Then we will practise the evacuation together, floor by floor.', None),
    ('table', None, None, None),
    ('p', 'Expert', 'Remember: the first minute decides everything. Raise the alarm first, then fight the fire only if it is small and your way out stays clear behind you.', None),
    ('desc', None, None, None),
]
TABLE = [
    [(None, 'N°'), (None, 'Screen'), (None, 'Voice over')],
    [(None, '1'), (None, 'Extinguisher close-up'), ('Narrator', 'This is a carbon dioxide extinguisher, for electrical fires.')],
    [(None, '2'), (None, 'Fire blanket'), ('Expert', 'Pull both tapes sharply and cover the flames completely.')],
    [(None, '3'), (None, 'Alarm point'), ('Radio', 'Break the glass and press firmly.')],
]
DESC = [('NARRATOR', 'Narrator', 'Now the evacuation.'), ('EXPERT', 'Expert', 'Never use the lifts during a fire, and close every door behind you.')]
NOTE = 'Source: the national fire report, 2023.'


def coloured(voice, tex):
    if voice is None:
        return tex
    if voice == 'Radio':
        return '\\hl{%s}' % tex
    return '\\textcolor{%s}{%s}' % (MACRO[voice], tex)


def build():
    tex = [r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=18mm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[table]{xcolor}
\usepackage{soul}
\definecolor{narr}{HTML}{0070C0}\definecolor{expert}{HTML}{00B050}\definecolor{learner}{HTML}{FF0000}
\definecolor{radio}{HTML}{FFFF00}\definecolor{quiz}{HTML}{00FFFF}
\sethlcolor{radio}
\pagestyle{empty}
\begin{document}
''']
    paras = []
    for kind, voice, source, text in BODY:
        if kind == 'table':
            tex.append('\\rowcolors{2}{gray!15}{white}\n\\begin{tabular}{|p{10mm}|p{40mm}|p{40mm}|}\n\\hline\n')
            for row in TABLE:
                cells = []
                for v, t in row:
                    cells.append(('\\cellcolor{radio}' + t) if v == 'Radio' else coloured(v, t))
                    paras.append([[v, t]])
                tex.append(' & '.join(cells) + ' \\\\ \\hline\n')
            tex.append('\\end{tabular}\n\n')
            continue
        if kind == 'desc':
            tex.append('\\begin{description}\n')
            for label, v, t in DESC:
                tex.append('\\item[%s] %s\n' % (label, coloured(v, t)))
                paras.append([[None, label + ' '], [v, t]])
            tex.append('\\end{description}\n')
            continue
        if kind == 'note':
            tex.append(coloured(voice, source) + '\\footnote{%s}\n\n' % NOTE)
        elif kind == 'box':
            tex.append('\\colorbox{quiz}{%s}\n\n' % source)
        else:
            tex.append(coloured(voice, source) + '\n\n')
        paras.append([[voice, text or source]])
    tex.append('\\end{document}\n')
    source = ''.join(tex)
    with open(out_path(NAME, 'tex'), 'w', encoding='utf-8') as f:
        f.write(source)
    work = tempfile.mkdtemp()
    try:
        shutil.copy(out_path(NAME, 'tex'), work)
        for _ in range(2):
            subprocess.run(['pdflatex', '-interaction=nonstopmode', NAME + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, NAME + '.pdf'), out_path(NAME, 'pdf'))
    finally:
        shutil.rmtree(work)
    write_script(NAME, 'pdfTeX 1.40.24 (TeX Live 2022)', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
