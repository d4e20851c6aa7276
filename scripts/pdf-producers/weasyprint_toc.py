"""WeasyPrint: an English audio-drama script whose first page is a table of contents made the CSS
way (`leader('.')` and `target-counter(attr(href), page)` after each link), one entry wrapping
over two lines, the numbers right-aligned; each part then starts a page with its heading.

/usr/bin/python3 scripts/pdf-producers/weasyprint_toc.py
(writes wp-toc-en.html, runs `weasyprint wp-toc-en.html wp-toc-en.pdf`)
"""
import subprocess

from common import out_path, write_script

NAME = 'wp-toc-en'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Fisher': {'color': '#00B050'}}
PARTS = [
    ('Part one: arrival', 'Narrator', 'The boat came in at dawn.'),
    ('Part two: the market', 'Fisher', 'Fish, bread, and rope for sale.'),
    ('Part three: the storm, and what came after it when the boats were back', 'Narrator', 'Nobody slept that night.'),
    ('Part four: home', 'Fisher', 'And then we went home.'),
]
CLASS = {'Narrator': 'n', 'Fisher': 'e'}

PAGE = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The harbour</title><style>
@page { size: A5; margin: 15mm }
body { font: 11pt "DejaVu Serif", serif }
nav li { list-style: none }
nav a { color: black; text-decoration: none }
nav a::after { content: leader('.') target-counter(attr(href), page) }
h1 { page-break-before: always; font-size: 14pt }
.n { color: #0070C0 } .e { color: #00B050 }
</style></head><body>
<h2>Table of contents</h2>
<nav><ul>
%s
</ul></nav>
%s
</body></html>
'''


def build():
    toc = '\n'.join('<li><a href="#p%d">%s</a></li>' % (k, title) for k, (title, _, _) in enumerate(PARTS))
    body = '\n'.join('<h1 id="p%d">%s</h1><p class="%s">%s</p>' % (k, title, CLASS[voice], text) for k, (title, voice, text) in enumerate(PARTS))
    with open(out_path(NAME, 'html'), 'w', encoding='utf-8') as f:
        f.write(PAGE % (toc, body))
    subprocess.run(['weasyprint', out_path(NAME, 'html'), out_path(NAME, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    paras = []
    for title, voice, text in PARTS:
        paras += [[[None, title]], [[voice, text]]]
    write_script(NAME, 'WeasyPrint 57.2', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
