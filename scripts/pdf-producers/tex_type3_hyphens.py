"""pdfTeX with T1 bitmap (Type 3) fonts, no ToUnicode map (as tex_type3_fonts.py), in a narrow column
(56 mm wide, hyphens free) where TeX breaks "dif-" / "ficulties" before its fi ligature (T1 slot 0x1C),
which reads as a control character, shown as U+FFFD: the line after the break opens with it
("�culties"), not with a letter, and the two halves were read as two words ("dif- �culties"). Unbroken,
TeX sets the word with its ffi ligature ("di�culties"). A word broken before a letter that cannot be
read is joined as any other.

/usr/bin/python3 scripts/pdf-producers/tex_type3_hyphens.py
(writes tex-type3-hyphens-en.tex, runs `pdflatex` in a temporary folder; mktexpk makes the bitmap fonts)
"""
import os
import shutil
import subprocess
import tempfile

from common import out_path, write_script

NAME = 'tex-type3-hyphens-en'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Trainee': {'color': '#00B050'}}
# (voice, TeX source, the text a reader gets back; None: the source)
BODY = [
    ('Narrator', r'Today we look at the main difficulties that the official office staff meet when the alarm goes off in the warehouse at night.',
     'Today we look at the main difficulties that the official office staff meet when the alarm goes off in the warehouse at night.'),
    ('Trainee', r'Which difficulties come up first for the staff on the ground floor and the office upstairs?',
     'Which difficulties come up first for the staff on the ground floor and the office upstairs?'),
]
MACRO = {'Narrator': 'narr', 'Trainee': 'trainee'}


def build():
    tex = [r'''\documentclass[11pt]{article}
\usepackage[paperwidth=56mm,paperheight=140mm,margin=12mm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{xcolor}
\definecolor{narr}{HTML}{0070C0}\definecolor{trainee}{HTML}{00B050}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\sloppy\hyphenpenalty=0
\begin{document}
''']
    paras = []
    for voice, source, text in BODY:
        tex.append('\\textcolor{%s}{%s}\n\n' % (MACRO[voice], source))
        paras.append([[voice, text]])
    tex.append('\\end{document}\n')
    with open(out_path(NAME, 'tex'), 'w', encoding='utf-8') as f:
        f.write(''.join(tex))
    work = tempfile.mkdtemp()
    try:
        shutil.copy(out_path(NAME, 'tex'), work)
        subprocess.run(['pdflatex', '-interaction=nonstopmode', NAME + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, NAME + '.pdf'), out_path(NAME, 'pdf'))
    finally:
        shutil.rmtree(work)
    write_script(NAME, 'pdfTeX 1.40.24 (TeX Live 2022), Type 3 bitmap fonts', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
