"""A colour key written as an HTML ordered list, printed by WeasyPrint and by Chromium: nested (an item
"Voices" holding a lettered list of the entries), flat (one item per entry) and as paragraphs (no
list). Both draw each item's number as text, a space before the item's text ("1. Voices",
"a. Anna — blue"), which a DOCX's list numbering never is. The three must read as one legend with the
same voices, and the numbers must not become part of the voices' names.

/usr/bin/python3 scripts/pdf-producers/list_legend.py
(writes wp-legend-{nested,flat,paras}-en.html and .pdf with `weasyprint`, and
chromium-legend-{nested,flat,paras}-en.pdf from the same HTML with Chromium's print-to-PDF; each PDF
with NAME.json, the script data)
"""
import subprocess

from common import chromium_pdf, esc, out_path, write_script

VOICES = {'Anna': {'color': '#0070C0'}, 'Ben': {'color': '#C00000'}}
ENTRIES = [('Anna', 'a', 'blue'), ('Ben', 'b', 'red')]
LEGENDS = {
    # `list-style-type` (WeasyPrint 57 ignores `<ol type="a">`): lower-alpha inside.
    'nested': '<ol><li>Voices<ol style="list-style-type: lower-alpha">'
              + ''.join(f'<li><span class="{c}">{n}</span> — {w}</li>' for n, c, w in ENTRIES)
              + '<li>black — not recorded</li></ol></li></ol>',
    'flat': '<ol>' + ''.join(f'<li><span class="{c}">{n}</span> — {w}</li>' for n, c, w in ENTRIES) + '<li>black — not recorded</li></ol>',
    'paras': ''.join(f'<p><span class="{c}">{n}</span> — {w}</p>' for n, c, w in ENTRIES) + '<p>black — not recorded</p>',
}
LINES = [
    ('Anna', 'Two coffees, please, and a glass of water.'),
    ('Ben', 'Of course. Would you like anything to eat with that?'),
    ('Anna', 'Just the croissants, thank you.'),
    (None, 'They sit down by the window.'),
]


def page(legend):
    body = ''.join(f'<p{"" if v is None else " class=" + chr(34) + ("a" if v == "Anna" else "b") + chr(34)}>{esc(t)}</p>\n' for v, t in LINES)
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Café</title><style>
@page {{ size: A5; margin: 15mm }}
body {{ font: 11pt "DejaVu Sans", sans-serif }}
.a {{ color: #0070C0 }} .b {{ color: #C00000 }}
</style></head><body>
<h1>Café scene</h1>
{legend}
{body}</body></html>
'''


def build():
    desc = __doc__.split('\n\n')[0]
    for kind, legend in LEGENDS.items():
        data = [[[None, 'Café scene']], {'segs': [[None, 'legend']], 'legend': True}] + [[[v, t]] for v, t in LINES]
        name = f'wp-legend-{kind}-en'
        with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
            f.write(page(legend))
        subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
        write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data)
        name = f'chromium-legend-{kind}-en'
        chromium_pdf(name, page(legend))
        write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data)


if __name__ == '__main__':
    build()
