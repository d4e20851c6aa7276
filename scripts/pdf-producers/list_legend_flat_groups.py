"""A flat colour key with no heading at the top of the page, its "not recorded" part written as a group:
"Anna — blue", "Ben — red", then "Not recorded" on a line of its own and "black" under it (a colon after
"Not recorded:" in the second pair of files). Printed by WeasyPrint and Chromium from HTML paragraphs,
and by LibreOffice from a minimal DOCX (common.write_docx). "black" is the legend's own entry (black
text is not recorded), never a line of the script, and the legend stops after it.

/usr/bin/python3 scripts/pdf-producers/list_legend_flat_groups.py
(writes wp-legend-flat-groups-en.html and .pdf with `weasyprint`, chromium-legend-flat-groups-en.pdf
with Chromium's print-to-PDF, lo-legend-flat-groups-en.docx and .pdf with LibreOffice, and the same
three with "Not recorded:" as *-colon-en; each PDF with NAME.json, the script data)
"""
import subprocess

from common import chromium_pdf, esc, lo_pdf, out_path, w_para, w_run, write_docx, write_script

VOICES = {'Anna': {'color': '#0070C0'}, 'Ben': {'color': '#C00000'}}
COLOURS = {'Anna': '0070C0', 'Ben': 'C00000'}
ENTRIES = [('Anna', 'a', 'blue'), ('Ben', 'b', 'red')]
LINES = [
    ('Anna', 'Two coffees, please, and a glass of water.'),
    ('Ben', 'Of course. Would you like anything to eat with that?'),
    ('Anna', 'Just the croissants, thank you.'),
    (None, 'They sit down by the window.'),
]


def page(heading):
    legend = ''.join(f'<p><span class="{c}">{n}</span> — {w}</p>' for n, c, w in ENTRIES) + f'<p>{heading}</p><p>black</p>'
    body = ''.join(f'<p{"" if v is None else " class=" + chr(34) + ("a" if v == "Anna" else "b") + chr(34)}>{esc(t)}</p>\n' for v, t in LINES)
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Café</title><style>
@page {{ size: A5; margin: 15mm }}
body {{ font: 11pt "DejaVu Sans", sans-serif }}
.a {{ color: #0070C0 }} .b {{ color: #C00000 }}
</style></head><body>
{legend}
{body}</body></html>
'''


def docx(path, heading):
    paras = [w_para(w_run(n, COLOURS[n]) + w_run(f' — {w}')) for n, _, w in ENTRIES]
    paras += [w_para(w_run(heading)), w_para(w_run('black'))]
    paras += [w_para(w_run(t, COLOURS.get(v))) for v, t in LINES]
    styles = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="22"/>'
              '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>')
    write_docx(path, ''.join(paras), styles)


def data():
    return [{'segs': [[None, 'legend']], 'legend': True}] + [[[v, t]] for v, t in LINES]


def build():
    desc = __doc__.split('\n\n')[0]
    for suffix, heading in (('', 'Not recorded'), ('-colon', 'Not recorded:')):
        name = f'wp-legend-flat-groups{suffix}-en'
        with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
            f.write(page(heading))
        subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
        write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data())
        name = f'chromium-legend-flat-groups{suffix}-en'
        chromium_pdf(name, page(heading))
        write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data())
        name = f'lo-legend-flat-groups{suffix}-en'
        docx(out_path(name, 'docx'), heading)
        lo_pdf(out_path(name, 'docx'))
        write_script(name, 'LibreOffice 7.4.7.2', desc, VOICES, ['#000000'], data())


if __name__ == '__main__':
    build()
