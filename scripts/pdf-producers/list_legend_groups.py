"""A colour key as a list of two groups, each with its lettered entries: "1. Voices" holding "a. Anna —
blue" and "b. Ben — red", then "2. Not recorded" holding "a. black". Printed by WeasyPrint and by
Chromium from HTML (`<ol>` in `<ol type="a">`: both draw each number as text, a space before the item),
and by LibreOffice from a DOCX with Word's list numbering (two levels, `1.` then `a.`; the HTML opened
by LibreOffice and saved as DOCX, the DOCX exported to PDF: LibreOffice draws the numbers as text).
"a. black" is the legend's own entry ("black text is not recorded"), never a line of the script; the
roman (`i.`), bracketed (`(a)`) and half-bracketed (`a)`) markers are the same list's, in a second
WeasyPrint file.

/usr/bin/python3 scripts/pdf-producers/list_legend_groups.py
(writes wp-legend-groups-en.html and .pdf with `weasyprint`, wp-legend-groups-roman-en.html and .pdf,
chromium-legend-groups-en.pdf with Chromium's print-to-PDF, lo-legend-groups-en.docx and .pdf with
LibreOffice; each PDF with NAME.json, the script data)
"""
import os
import shutil
import subprocess
import tempfile

from common import chromium_pdf, esc, lo_pdf, out_path, write_script

VOICES = {'Anna': {'color': '#0070C0'}, 'Ben': {'color': '#C00000'}}
ENTRIES = [('Anna', 'a', 'blue'), ('Ben', 'b', 'red')]
LINES = [
    ('Anna', 'Two coffees, please, and a glass of water.'),
    ('Ben', 'Of course. Would you like anything to eat with that?'),
    ('Anna', 'Just the croissants, thank you.'),
    (None, 'They sit down by the window.'),
]


def legend(inner_style=''):
    entries = ''.join(f'<li><span class="{c}">{n}</span> — {w}</li>' for n, c, w in ENTRIES)
    return (f'<ol><li>Voices<ol type="a"{inner_style}>{entries}</ol></li>'
            f'<li>Not recorded<ol type="a"{inner_style}><li>black</li></ol></li></ol>')


def page(inner_style=' style="list-style-type: lower-alpha"', css=''):
    body = ''.join(f'<p{"" if v is None else " class=" + chr(34) + ("a" if v == "Anna" else "b") + chr(34)}>{esc(t)}</p>\n' for v, t in LINES)
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Café</title><style>
@page {{ size: A5; margin: 15mm }}
body {{ font: 11pt "DejaVu Sans", sans-serif }}
.a {{ color: #0070C0 }} .b {{ color: #C00000 }}
{css}</style></head><body>
<h1>Café scene</h1>
{legend(inner_style)}
{body}</body></html>
'''


def data():
    return [[[None, 'Café scene']], {'segs': [[None, 'legend']], 'legend': True}] + [[[v, t]] for v, t in LINES]


def build():
    desc = __doc__.split('\n\n')[0]
    # WeasyPrint 57 ignores `<ol type="a">`: the lettered list by its style.
    name = 'wp-legend-groups-en'
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page())
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data())
    # The same list with roman numbers and bracketed letters: "i. Anna — blue", "(a) black", "a) …".
    name = 'wp-legend-groups-roman-en'
    css = ('ol ol { list-style: none; counter-reset: e } ol ol > li { counter-increment: e }\n'
           'ol > li:first-child ol > li::before { content: counter(e, lower-roman) ". " }\n'
           'ol > li:nth-child(2) ol > li::before { content: "(" counter(e, lower-alpha) ") " }\n')
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page('', css))
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data())
    name = 'chromium-legend-groups-en'
    chromium_pdf(name, page(''))
    write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data())
    # LibreOffice: the HTML (no list style: `type="a"`) opened and saved as DOCX, with Word's numbering; then the DOCX to PDF.
    name = 'lo-legend-groups-en'
    work = tempfile.mkdtemp()
    try:
        html = os.path.join(work, name + '.html')
        with open(html, 'w', encoding='utf-8') as f:
            f.write(page(''))
        lo_pdf(html, 'docx:MS Word 2007 XML', work)
        shutil.copy(os.path.join(work, name + '.docx'), out_path(name, 'docx'))
    finally:
        shutil.rmtree(work)
    lo_pdf(out_path(name, 'docx'))
    write_script(name, 'LibreOffice 7.4.7.2', desc, VOICES, ['#000000'], data())


if __name__ == '__main__':
    build()
