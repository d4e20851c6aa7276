"""A colour key in a box floated right of the script, the script's lines wrapping short beside it: a
Word text box (`wps:wsp`, wrapped square, its VML fallback) exported by LibreOffice, and an HTML
`float: right` box printed by Chromium and by WeasyPrint. Paragraphs at spacing 0: only where a line
ends tells a paragraph's end, and the lines beside the box end short of the page's measure.

/usr/bin/python3 scripts/pdf-producers/box_beside.py
(writes lo-box-beside-en.docx and .pdf with `soffice --headless --convert-to pdf`, LibreOffice 7.4;
chromium-box-beside-en.html and .pdf with Chromium's print-to-PDF; wp-box-beside-en.pdf with
`weasyprint`, from the same HTML; each with NAME.json, the script data)
"""
import os
import subprocess
import zipfile

from common import chromium_pdf, esc, lo_pdf, out_path, write_script

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

NS = ' '.join(f'xmlns:{k}="{v}"' for k, v in {
    'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
    'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
    'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
    'v': 'urn:schemas-microsoft-com:vml',
}.items()) + ' mc:Ignorable="wps"'


def w_run(text, colour=None):
    props = f'<w:rPr><w:color w:val="{colour}"/></w:rPr>' if colour else ''
    return f'<w:r>{props}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def w_para(runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{props}{runs}</w:p>'


def w_box(content, width_in, height_in):
    cx, cy = int(width_in * 914400), int(height_in * 914400)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Key"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape id="key" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_in * 72}pt;height:{height_in * 72}pt;z-index:2" filled="f" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
)


def docx_files(body):
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    return {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        'word/styles.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>{STYLES}</w:styles>',
        'word/document.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}{sect}</w:body></w:document>',
    }


def key_docx():
    out = ''
    for item in KEY:
        out += w_para(w_run(item[0], item[1]) if isinstance(item, tuple) else w_run(item))
    return out


def build_docx(name):
    body = w_para(w_run(PARAS[0][0][1]), 'Heading1')
    for i, segs in enumerate(PARAS[1:]):
        runs = ''.join(w_run(text, RED if voice == 'Narrator' else BLUE) for voice, text in segs)
        # The box is anchored in the first script paragraph, at its top.
        if i == 0:
            runs = w_box(key_docx(), 2.1, 1.0) + runs
        body += w_para(runs)
    docx = out_path(name, 'docx')
    with zipfile.ZipFile(docx, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in docx_files(body).items():
            info = zipfile.ZipInfo(part, date_time=(2025, 9, 1, 8, 0, 0))
            z.writestr(info, data, zipfile.ZIP_DEFLATED)
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


def build():
    data = PARAS[:1] + [{'segs': [[None, 'Key: Narrator Learner black = not recorded']], 'legend': True}] + PARAS[1:]
    desc = __doc__.split('\n\n')[0]
    name = 'lo-box-beside-en'
    build_docx(name)
    write_script(name, 'LibreOffice 7.4 (Word text box)', desc, VOICES, ['#000000'], data)
    name = 'chromium-box-beside-en'
    chromium_pdf(name, page())
    write_script(name, 'Chromium 156', desc, VOICES, ['#000000'], data)
    name = 'wp-box-beside-en'
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page())
    subprocess.run(['weasyprint', out_path(name, 'html'), out_path(name, 'pdf')], check=True, stderr=subprocess.DEVNULL)
    write_script(name, 'WeasyPrint 57.2', desc, VOICES, ['#000000'], data)


if __name__ == '__main__':
    build()
