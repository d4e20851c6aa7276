"""WeasyPrint: an English storyboard table, bordered, whose text cells hold one paragraph each, set
ragged (left-aligned) in DejaVu Sans 10 pt, the voices as text colours. A few lines of a cell happen
to end within a point or two of its widest line, the others well short of it though the next word
would not have fitted: ragged text, not justified. Before: such a four-line cell was taken for
justified text and its paragraph cut after a line ending short ("…quebec romeo" / "sierra tango…").

/usr/bin/python3 scripts/pdf-producers/weasyprint_cell_lines.py
(writes wp-cell-lines-en.html, runs `weasyprint wp-cell-lines-en.html wp-cell-lines-en.pdf`)
"""
import subprocess

from common import out_path, write_script

NAME = 'wp-cell-lines-en'
VOICES = {'Narrator': {'color': '#C00000'}, 'Kim': {'color': '#0070C0'}}
WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split()


def text(i, n):
    return 'Scene %d line ' % i + ' '.join(WORDS[(i + k) % 20] for k in range(n)) + '.'


ROWS = [('Narrator', text(3, 58)), ('Kim', text(4, 30)), ('Narrator', text(5, 44)), ('Kim', text(4, 30))]

CSS = '''@page { size: A5; margin: 22mm 15mm }
body { font: 10pt/1.3 "DejaVu Sans", sans-serif }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #888; padding: 4px; vertical-align: top }
.Narrator { color: #C00000 } .Kim { color: #0070C0 }'''


def build():
    body = '<table><tr><th>Shot</th><th>Words</th></tr>' + ''.join(
        '<tr><td>Shot %d</td><td class="%s">%s</td></tr>' % (n + 1, voice, t) for n, (voice, t) in enumerate(ROWS)) + '</table>'
    with open(out_path(NAME, 'html'), 'w', encoding='utf-8') as f:
        f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>\n' % (CSS, body))
    subprocess.run(['weasyprint', out_path(NAME, 'html'), out_path(NAME, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    paras = [[[None, 'Shot']], [[None, 'Words']]]
    for n, (voice, t) in enumerate(ROWS):
        paras += [[[None, 'Shot %d' % (n + 1)]], [[voice, t]]]
    write_script(NAME, 'WeasyPrint 57.2', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
