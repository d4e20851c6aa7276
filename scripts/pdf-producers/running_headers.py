"""Running headers whose text changes from page to page, naming the page's scene: WeasyPrint's
`@top-left { content: string(scene) }` (set by each `h2`) in red 8 pt beside a fixed
`@top-right` "Harbour tour — draft 2" and a "Page N of M" footer (`wp-running-header-en.pdf`; the
scene's part alone, no fixed part: `wp-running-scene-en.pdf`), and XeLaTeX's fancyhdr
`\\lhead{\\leftmark}` (`\\markboth` at each section) beside `\\rhead{Harbour tour}`, in the body's
own size, with a page number (`tex-running-mark-en.pdf`). Three scenes, one a page, alternate red
and blue lines. Before: the headers were read as script lines, in the narrator's red for WeasyPrint
(red 12 lines instead of 9), the section names twice for XeLaTeX.

/usr/bin/python3 scripts/pdf-producers/running_headers.py
(writes the HTML and .tex files, runs `weasyprint` and `xelatex`)
"""
import subprocess

from common import out_path, write_script, xelatex_pdf

VOICES = {'Narrator': {'color': '#C00000'}, 'Kim': {'color': '#0050A0'}}
WORDS = 'the boats leave the quay at nine and sail past the old lighthouse towards the island'.split()
SCENES = ['Scene one: the quay', 'Scene two: the lighthouse', 'Scene three: the island']


def lines(s):
    out = []
    for i in range(6):
        n = 8 + (i * 3 + s) % 9
        out.append(('Narrator' if i % 2 == 0 else 'Kim', 'Line %d.%d ' % (s, i) + ' '.join(WORDS[(k + i + s) % len(WORDS)] for k in range(n)) + '.'))
    return out


def weasyprint(name, fixed):
    css = '''@page { size: A5; margin: 22mm 15mm;
  @top-left { content: string(scene); font-size: 8pt; color: #C00000 }
  %s
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
body { font: 11pt/1.4 "DejaVu Sans", sans-serif }
h2 { string-set: scene content(); font-size: 13pt; page-break-before: always; color: #000 }
h2:first-of-type { page-break-before: auto }
.Narrator { color: #C00000 } .Kim { color: #0050A0 }''' % ('@top-right { content: "Harbour tour — draft 2"; font-size: 8pt }' if fixed else '')
    body = ''
    paras = []
    for s, scene in enumerate(SCENES, 1):
        body += '<h2>%s</h2>' % scene
        paras.append([[None, scene]])
        for voice, text in lines(s):
            body += '<p class="%s">%s</p>' % (voice, text)
            paras.append([[voice, text]])
        paras.append({'segs': [['Narrator', scene]], 'furniture': True})
        if fixed:
            paras.append({'segs': [[None, 'Harbour tour — draft 2']], 'furniture': True})
        paras.append({'segs': [[None, 'Page %d of 3' % s]], 'furniture': True})
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>\n' % (css, body))
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


def xelatex(name):
    body = []
    paras = []
    for s, scene in enumerate(SCENES, 1):
        body.append('\\clearpage\\section*{%s}\\markboth{%s}{%s}' % (scene, scene, scene))
        paras.append([[None, scene]])
        for voice, text in lines(s):
            body.append('\\textcolor{%s}{%s}\\par' % (voice, text))
            paras.append([[voice, text]])
        paras.append({'segs': [[None, scene]], 'furniture': True})
        paras.append({'segs': [[None, 'Harbour tour']], 'furniture': True})
        paras.append({'segs': [[None, str(s)]], 'furniture': True})
    source = ('\\documentclass[11pt]{article}\n'
              '\\usepackage[a5paper,margin=20mm]{geometry}\\usepackage{fontspec}\\setmainfont{DejaVu Serif}\\usepackage{xcolor,fancyhdr}\n'
              '\\definecolor{Narrator}{HTML}{C00000}\\definecolor{Kim}{HTML}{0050A0}\n'
              '\\pagestyle{fancy}\\fancyhf{}\\lhead{\\leftmark}\\rhead{Harbour tour}\\cfoot{\\thepage}\n'
              '\\setlength\\parindent{0pt}\\setlength\\parskip{6pt}\n'
              '\\begin{document}\n' + '\n'.join(body) + '\n\\end{document}\n')
    xelatex_pdf(name, source)
    write_script(name, 'XeTeX 0.999994', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


def build():
    weasyprint('wp-running-header-en', True)
    weasyprint('wp-running-scene-en', False)
    xelatex('tex-running-mark-en')


if __name__ == '__main__':
    build()
