"""What the producer scripts share: a script as data, written to NAME.json beside its PDF; the
converters (LibreOffice, Chromium, XeLaTeX); and a minimal WordprocessingML package written by hand
(w_run, w_para, w_text_box, write_docx).

A paragraph is a list of [voice, text] segments (voice None: unassigned text); the text is what a
reader should get back. Furniture (running headers, footers, page numbers) is listed with
"furniture": true and is not expected among the lines, nor is a legend's paragraph ("legend": true). scripts/pdf-producers/expected.mjs turns the
JSON into each voice's lines and words by the rules of scripts/lib/script-data.mjs.
"""
import json
import os
import subprocess
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'pdf-producers'))


def out_path(name, ext):
    os.makedirs(OUT, exist_ok=True)
    return os.path.join(OUT, name + '.' + ext)


def chromium_pdf(name, page):
    """Writes the page to NAME.html and prints it to NAME.pdf with Debian's Chromium (no header or footer)."""
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + out_path(name, 'pdf'), out_path(name, 'html')], check=True, stderr=subprocess.DEVNULL)


def write_script(name, producer, description, voices, unassigned, paras):
    data = {
        'name': name,
        'producer': producer,
        'description': description,
        'voices': voices,
        'unassigned': unassigned,
        'paras': [p if isinstance(p, dict) else {'segs': p} for p in paras],
    }
    with open(out_path(name, 'json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


def esc(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def lo_pdf(src, fmt='pdf', outdir=OUT):
    """Converts `src` with LibreOffice (`soffice --headless --convert-to FMT`) into `outdir`, in a
    profile of its own (a LibreOffice already running elsewhere does not take the job)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', fmt, '--outdir', outdir, src],
                       check=True, capture_output=True)


def xelatex_pdf(name, source):
    """Writes `source` to NAME.tex beside the fixtures and typesets it with XeLaTeX into NAME.pdf
    (in a folder of its own, so the .aux and .log files stay out of the fixtures)."""
    import shutil
    import tempfile
    with open(out_path(name, 'tex'), 'w', encoding='utf-8') as f:
        f.write(source)
    work = tempfile.mkdtemp()
    try:
        shutil.copy(out_path(name, 'tex'), work)
        subprocess.run(['xelatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, name + '.pdf'), out_path(name, 'pdf'))
    finally:
        shutil.rmtree(work)


# LibreOffice's PDF export as a tagged PDF (File > Export as PDF > "Universal Accessibility" /
# "Tagged PDF"): a structure tree, and the page's headers and footers marked /Artifact.
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def docx_and_pdf(doc, name, fmt='pdf'):
    """Saves a python-docx document as NAME.docx beside the fixtures (its creation date fixed, so a
    rebuild writes the same file) and converts it to NAME.pdf with LibreOffice (lo_pdf; `fmt`:
    TAGGED_PDF for a tagged PDF)."""
    import datetime
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    docx = out_path(name, 'docx')
    doc.save(docx)
    lo_pdf(docx, fmt)
    return docx


# --- A minimal WordprocessingML package, written by hand ---

# The namespaces of document.xml and styles.xml: WordprocessingML, with what a Word text box needs
# (DrawingML, its `wps` shape, markup compatibility for the VML fallback).
W_NS = ' '.join(f'xmlns:{k}="{v}"' for k, v in {
    'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'mc': 'http://schemas.openxmlformats.org/markup-compatibility/2006',
    'wps': 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
    'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
    'v': 'urn:schemas-microsoft-com:vml',
}.items()) + ' mc:Ignorable="wps"'

# A4, margins of an inch.
A4_SECTION = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
              'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')


def w_run(text, colour=None):
    """A run of `text` (escaped), in `colour` (hex without #) or the default."""
    props = f'<w:rPr><w:color w:val="{colour}"/></w:rPr>' if colour else ''
    return f'<w:r>{props}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def w_para(runs, style=None):
    """A paragraph of `runs` (XML), in paragraph style `style` or Normal."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{props}{runs}</w:p>'


def w_text_box(content, width_pt, height_pt):
    """A run holding a Word text box (`wps:wsp`, a thin black border, wrapped square) at the right
    margin, at the top of its paragraph, with its VML fallback: `content` is its paragraphs (XML).
    Its size in points, written as given in the VML (`width_pt`pt), in EMU (12700 a point) in DrawingML."""
    cx, cy = int(width_pt * 12700), int(height_pt * 12700)
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
        f'<mc:Fallback><w:pict><v:shape id="key" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:2" filled="f" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def write_docx(path, body, styles, date_time=(2025, 9, 1, 8, 0, 0)):
    """Writes a DOCX of a document.xml body (XML, then A4_SECTION) and the styles.xml content `styles`
    (XML), its parts dated `date_time` (so a rebuild writes the same file)."""
    parts = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        'word/styles.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}>{styles}</w:styles>',
        'word/document.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}{A4_SECTION}</w:body></w:document>',
    }
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(zipfile.ZipInfo(part, date_time=date_time), data, zipfile.ZIP_DEFLATED)
