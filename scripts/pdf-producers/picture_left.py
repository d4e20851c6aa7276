"""A picture floated LEFT of the script, the script's lines wrapping on its right and back at the
margin below it, with no text block on the left (only the picture): a Word picture anchored at the
left margin, wrapped square (python-docx's inline picture turned into a `wp:anchor`), exported by
LibreOffice, and an HTML `<img style="float: left">` printed by Chromium and by WeasyPrint. The
script is box_beside.py's (paragraphs at spacing 0, no first-line indent), without its key.

/usr/bin/python3 scripts/pdf-producers/picture_left.py
(writes lo-picture-left-en.docx and .pdf with `soffice --headless --convert-to pdf`, LibreOffice 7.4;
chromium-picture-left-en.html and .pdf with Chromium's print-to-PDF; wp-picture-left-en.html and .pdf
with `weasyprint`, from the same HTML; each with NAME.json, the script data)
"""
import base64
import copy
import datetime
import io
import subprocess

import docx
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw

import box_beside as script
from common import chromium_pdf, esc, lo_pdf, out_path, write_script

WIDTH_MM, HEIGHT_MM = 55, 32


def picture():
    """A forklift sign, drawn: a grey panel with a yellow triangle (PNG, no alpha)."""
    img = Image.new('RGB', (550, 320), (90, 90, 90))
    draw = ImageDraw.Draw(img)
    draw.polygon([(275, 30), (470, 290), (80, 290)], fill=(255, 204, 0), outline=(0, 0, 0))
    draw.rectangle([240, 170, 310, 250], fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, 'PNG', optimize=True)
    return out.getvalue()


ANCHOR = (
    '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="76200" distL="0" distR="152400" '
    'simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:wrapSquare wrapText="bothSides"/></wp:anchor>'
)


def build_docx(name):
    doc = docx.Document()
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    normal = doc.styles['Normal']
    normal.font.name = 'DejaVu Sans'
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    doc.add_heading(script.PARAS[0][0][1], level=1)
    for i, segs in enumerate(script.PARAS[1:]):
        p = doc.add_paragraph()
        if i == 0:
            # The picture anchored in the first script paragraph, at its top, against the left margin.
            run = p.add_run()
            run.add_picture(io.BytesIO(picture()), width=Mm(WIDTH_MM), height=Mm(HEIGHT_MM))
            inline = run._r.xpath('.//wp:inline')[0]
            anchor = parse_xml(ANCHOR)
            # wp:anchor's children in the schema's order: simplePos, positionH, positionV, extent, effectExtent, wrap, docPr, cNvGraphicFramePr, graphic.
            wrap = anchor[3]
            for child in inline:
                tag = child.tag.split('}')[1]
                if tag in ('extent', 'effectExtent'):
                    wrap.addprevious(copy.deepcopy(child))
                elif tag in ('docPr', 'cNvGraphicFramePr', 'graphic'):
                    anchor.append(copy.deepcopy(child))
            inline.getparent().replace(inline, anchor)
        for voice, text in segs:
            r = p.add_run(text)
            r.font.color.rgb = RGBColor.from_string(script.RED if voice == 'Narrator' else script.BLUE)
    path = out_path(name, 'docx')
    doc.save(path)
    lo_pdf(path)


def page():
    src = 'data:image/png;base64,' + base64.b64encode(picture()).decode('ascii')
    body = f'<h1>{esc(script.PARAS[0][0][1])}</h1>\n<img src="{src}" alt="">\n'
    for segs in script.PARAS[1:]:
        body += '<p>' + ''.join(f'<span class="{"n" if voice == "Narrator" else "l"}">{esc(text)}</span>' for voice, text in segs) + '</p>\n'
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pedestrians</title><style>
@page {{ size: A4; margin: 25mm }}
body {{ font: 11pt/1.3 "DejaVu Sans", sans-serif }}
h1 {{ font-size: 16pt; margin: 0 0 12pt }}
p {{ margin: 0 }}
img {{ float: left; width: {WIDTH_MM}mm; height: {HEIGHT_MM}mm; margin: 0 12pt 6pt 0 }}
.n {{ color: #{script.RED} }} .l {{ color: #{script.BLUE} }}
</style></head><body>
{body}</body></html>
'''


def build():
    desc = __doc__.split('\n\n')[0]
    data = script.PARAS
    name = 'lo-picture-left-en'
    build_docx(name)
    write_script(name, 'LibreOffice 7.4 (Word picture, wrapped square)', desc, script.VOICES, ['#000000'], data)
    html = page()
    name = 'chromium-picture-left-en'
    chromium_pdf(name, html)
    write_script(name, 'Chromium 156', desc, script.VOICES, ['#000000'], data)
    name = 'wp-picture-left-en'
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, script.VOICES, ['#000000'], data)


if __name__ == '__main__':
    build()
