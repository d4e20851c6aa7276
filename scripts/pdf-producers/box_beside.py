"""A colour key in a box floated right of the script, the script's lines wrapping short beside it: a
Word text box (`wps:wsp`, wrapped square, its VML fallback) exported by LibreOffice, and an HTML
`float: right` box printed by Chromium and by WeasyPrint. Paragraphs at spacing 0: only where a line
ends tells a paragraph's end, and the lines beside the box end short of the page's measure.

/usr/bin/python3 scripts/pdf-producers/box_beside.py
(writes lo-box-beside-en.docx and .pdf with `soffice --headless --convert-to pdf`, LibreOffice 7.4;
chromium-box-beside-en.html and .pdf with Chromium's print-to-PDF; wp-box-beside-en.pdf with
`weasyprint`, from the same HTML; each with NAME.json, the script data)
"""
import subprocess

from common import chromium_pdf, esc, lo_pdf, out_path, w_para, w_run, w_text_box, write_docx, write_script

RED, BLUE = 'C00000', '0070C0'
VOICES = {'Narrator': {'color': '#' + RED}, 'Learner': {'color': '#' + BLUE}}

# Hand-counted truth: one line per paragraph, whatever the box does to their wrapping.
PARAS = [
    [[None, 'Module 6 — Pedestrians']],
    [['Narrator', 'Pedestrians and forklifts share the same aisles every day, and each of them must watch out for the other one.']],
    [['Learner', 'So who has priority?']],
    [['Narrator', 'The pedestrian, always. Drivers stop, sound the horn at every blind corner and wait until the aisle ahead of them is clear.']],
    [['Learner', 'And if the driver does not see me in time, what should I do then?']],
    [['Narrator', 'Step back behind the yellow line and make eye contact with the driver before you cross the aisle.']],
]
KEY = ['Key:', ('Narrator', RED), ('Learner', BLUE), 'black = not recorded']

# --- Word text box, through LibreOffice ---

STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
)


def key_docx():
    out = ''
    for item in KEY:
        out += w_para(w_run(item[0], item[1]) if isinstance(item, tuple) else w_run(item))
    return out


def build_docx(name, side='right'):
    body = w_para(w_run(PARAS[0][0][1]), 'Heading1')
    for i, segs in enumerate(PARAS[1:]):
        runs = ''.join(w_run(text, RED if voice == 'Narrator' else BLUE) for voice, text in segs)
        # The box is anchored in the first script paragraph, at its top, against the right (or left) margin.
        if i == 0:
            box = w_text_box(key_docx(), 2.1 * 72, 1.0 * 72)  # 2.1 in × 1 in
            runs = (box if side == 'right' else box.replace('<wp:align>right</wp:align>', f'<wp:align>{side}</wp:align>')) + runs
        body += w_para(runs)
    docx = out_path(name, 'docx')
    write_docx(docx, body, STYLES)
    lo_pdf(docx)


# --- HTML float, through Chromium and WeasyPrint ---

def page():
    key = ''.join(f'<p style="color:#{item[1]}">{esc(item[0])}</p>' if isinstance(item, tuple) else f'<p>{esc(item)}</p>' for item in KEY)
    body = f'<h1>{esc(PARAS[0][0][1])}</h1>\n<div class="key">{key}</div>\n'
    for segs in PARAS[1:]:
        body += '<p>' + ''.join(f'<span class="{"n" if voice == "Narrator" else "l"}">{esc(text)}</span>' for voice, text in segs) + '</p>\n'
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pedestrians</title><style>
@page {{ size: A4; margin: 25mm }}
body {{ font: 11pt/1.3 "DejaVu Sans", sans-serif }}
h1 {{ font-size: 16pt; margin: 0 0 12pt }}
p {{ margin: 0 }}
.key {{ float: right; width: 55mm; margin: 0 0 6pt 12pt; padding: 4pt 6pt; border: 0.5pt solid #000 }}
.n {{ color: #{RED} }} .l {{ color: #{BLUE} }}
</style></head><body>
{body}</body></html>
'''


def build(stem='box-beside', side='right', html=None, desc=__doc__):
    """The three producers' files of the script with its key boxed on `side`: lo-, chromium- and wp-STEM-en."""
    html = html or page()
    data = PARAS[:1] + [{'segs': [[None, 'Key: Narrator Learner black = not recorded']], 'legend': True}] + PARAS[1:]
    desc = desc.split('\n\n')[0]
    name = f'lo-{stem}-en'
    build_docx(name, side)
    write_script(name, 'LibreOffice 7.4 (Word text box)', desc, VOICES, ['#000000'], data)
    name = f'chromium-{stem}-en'
    chromium_pdf(name, html)
    write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data)
    name = f'wp-{stem}-en'
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data)


if __name__ == '__main__':
    build()
