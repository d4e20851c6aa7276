"""pdfTeX with T1 fonts but no Type 1 versions of them (no `lmodern`, no cm-super installed): TeX
falls back to bitmap (PK) fonts, written as Type 3 fonts with no ToUnicode map. Most codes read as
their ASCII letters, but the ligatures (fi, ffi) and the en dash sit in slots 0x15–0x1F, which
pdf.js gives back as control characters: "first" reads "rst", "office" "oce". A reader sees the
letters; the tool cannot read them, and must say so (the unmapped-glyphs warning).

/usr/bin/python3 scripts/pdf-producers/tex_type3_fonts.py
(writes tex-type3-en.tex, runs `pdflatex` in a temporary folder; mktexpk makes the bitmap fonts)
"""
import os
import shutil
import subprocess
import tempfile

from common import out_path, write_script

NAME = 'tex-type3-en'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}}
BODY = [
    (None, 'Safety module -- script v2', 'Safety module – script v2'),
    ('Narrator', 'Welcome to the course. In this first section we find out how the office fire alarm works and who to call.', None),
    ('Expert', 'The official figures are clear: insufficient maintenance causes most fires.', None),
]
MACRO = {'Narrator': 'narr', 'Expert': 'expert'}


def build():
    tex = [r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=18mm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{xcolor}
\definecolor{narr}{HTML}{0070C0}\definecolor{expert}{HTML}{00B050}
\pagestyle{empty}
\begin{document}
''']
    paras = []
    for voice, source, text in BODY:
        tex.append(('\\textcolor{%s}{%s}' % (MACRO[voice], source) if voice else source) + '\n\n')
        paras.append([[voice, text or source]])
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
