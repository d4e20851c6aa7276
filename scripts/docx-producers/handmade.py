"""DOCX files assembled by hand (python zipfile), in the XML shapes other producers write:

- gdocs-shaped-en: as Google Docs exports a document (every run carries its whole formatting:
  rFonts, lower-case hex colours, sz, w:rtl; the highlight as run shading `w:shd w:fill`, not
  w:highlight; paragraph marks with their own rPr; cell backgrounds as `w:tcPr/w:shd`, lower case);
- word-textbox-en: as Word 365 writes text boxes and shapes: `mc:AlternateContent` with a
  `wps:wsp` choice and a VML fallback holding the same text (read once), a fill in a theme colour made
  lighter (`a:schemeClr accent1` + `a:lumMod 20000` + `a:lumOff 80000`, which Word caches in the VML
  fallback as `fillcolor="#dae3f3 [660]"`), a shape filled by the theme's shape style
  (`wps:style/a:fillRef idx="1"`), a VML-only text box (Word 2007 compatibility mode), a gradient-filled
  box (its colour cannot be told: a warning), and Word theme text colours with tint and shade.

/usr/bin/python3 scripts/docx-producers/handmade.py
"""
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'docx-producers'))
FIXED = (2025, 9, 1, 8, 0, 0)

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="w14 wp14"')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>"""
SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/></w:settings>"""
# The Office 2013-2022 theme's colours and its first fill style (solid in the colour asked for).
THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"/></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"""


def package(name, document, styles):
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, name + '.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS), ('word/document.xml', document),
                           ('word/_rels/document.xml.rels', DOC_RELS), ('word/styles.xml', styles), ('word/theme/theme1.xml', THEME),
                           ('word/settings.xml', SETTINGS)]:
            info = zipfile.ZipInfo(part, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
            '</w:body></w:document>') % (NS, body)


def write_script(name, description, voices, unassigned, paras):
    data = {'name': name, 'producer': 'python zipfile (hand-assembled)', 'description': description,
            'voices': voices, 'unassigned': unassigned, 'paras': [{'segs': p} for p in paras]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ------------------------------------------------------------------------------------------------
# gdocs-shaped-en
# ------------------------------------------------------------------------------------------------

GDOCS_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="0.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="0.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


def g_run(text, color=None, fill=None, bold=False):
    """A run as Google Docs writes it: the whole formatting each time."""
    rpr = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
    if bold:
        rpr += '<w:b w:val="1"/>'
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="22"/><w:szCs w:val="22"/>'
    if fill:
        rpr += '<w:shd w:fill="%s" w:val="clear"/>' % fill
    rpr += '<w:rtl w:val="0"/>'
    return '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def g_para(runs, style=None, mark_color=None):
    ppr = '<w:pStyle w:val="%s"/>' % style if style else ''
    mark = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>' + ('<w:color w:val="%s"/>' % mark_color if mark_color else '')
    return ('<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000" w14:paraId="0000000%d">'
            '<w:pPr>%s<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:rPr>%s</w:rPr></w:pPr>%s</w:p>') % (0, ppr, mark, ''.join(runs))


def gdocs():
    name = 'gdocs-shaped-en'
    NARR, HOST = '1155cc', '6aa84f'
    paras, body = [], []

    def add(segs, style=None, mark_color=None):
        runs = []
        for voice, text, look in segs:
            runs.append(g_run(text, **look))
        body.append(g_para(runs, style, mark_color))
        paras.append([[voice, text] for voice, text, _ in segs])

    add([(None, 'Podcast ad read — Lumen Coffee (60 s)', {'color': '000000'})], 'Title')
    add([(None, 'Read 1 — host-read', {'color': '000000'})], 'Heading1')
    add([('Host', 'Quick break to tell you about Lumen Coffee. ', {'color': HOST}), ('Host', 'I drink it every morning before we record.', {'color': HOST})])
    # A highlighted sentence: Google Docs writes the highlight as run shading (a lower-case fill).
    add([('Host', 'Their new blend is roasted in small batches, ', {'color': HOST}), ('Guest', 'and it honestly tastes like chocolate.', {'fill': 'ffff00'})])
    add([('Guest', 'I was sceptical, but I am a convert now.', {'fill': 'ffff00'})])
    # A paragraph whose mark alone is coloured (Google Docs keeps the mark's colour): its text is black.
    add([(None, '[Pause for a sip.]', {'color': '000000'})], mark_color=NARR)
    add([('Announcer', 'Go to lumen dot coffee slash pod and use code POD for twenty percent off.', {'color': NARR, 'bold': True})])
    # A two-column table with a cell background (Google Docs: w:tcPr/w:shd with a lower-case fill).
    cells = [('Legal', 'Offer valid until the end of the month. Terms apply.', 'f4cccc')]
    rows = ''
    for label, text, fill in cells:
        rows += ('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>'
                 '<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>%s</w:tc>'
                 '<w:tc><w:tcPr><w:shd w:fill="%s" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>%s</w:tc></w:tr>') % (
            g_para([g_run(label, color='000000', bold=True)]), fill, g_para([g_run(text, color='000000')]))
        paras.append([[None, label]])
        paras.append([['Legal', text]])
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9360.0" w:type="dxa"/><w:jc w:val="left"/><w:tblLayout w:type="fixed"/>'
                '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="7360"/></w:tblGrid>%s</w:tbl>' % rows)
    add([('Host', 'Lumen Coffee. Wake up to something good.', {'color': HOST})])
    package(name, document(''.join(body)), GDOCS_STYLES)
    write_script(name, 'podcast ad read as Google Docs exports it: every run fully formatted, lower-case hex colours, the highlight as run w:shd, a coloured paragraph mark over black text, a cell background',
                 {'Host': {'color': '#6AA84F'}, 'Guest': {'highlight': '#FFFF00'}, 'Announcer': {'color': '#1155CC'}, 'Legal': {'highlight': '#F4CCCC'}},
                 ['#000000'], paras)


# ------------------------------------------------------------------------------------------------
# word-textbox-en
# ------------------------------------------------------------------------------------------------

WORD_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/></w:rPr></w:style>
</w:styles>"""


def w_run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', escape(text))


def w_para(inner, ppr=''):
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', inner)


NARRATOR = '<w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/>'
EXPERT = '<w:color w:val="C45911" w:themeColor="accent2" w:themeShade="BF"/>'

ANCHOR = ('<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
          '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
          '<wp:extent cx="5486400" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
          '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
          '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s'
          '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>%s'
          '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
          '</wps:wsp></a:graphicData></a:graphic></wp:anchor>')


def text_box(n, fill_xml, vml_fill, content, style_xml=''):
    """A Word 365 text box: the DrawingML choice and its VML fallback, the same text in both."""
    choice = '<w:drawing>%s</w:drawing>' % (ANCHOR % (n, n, fill_xml, style_xml, content))
    fallback = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="Text Box %d" o:spid="_x0000_s10%d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:6in;height:36pt;z-index:251659264;mso-wrap-style:square" %s>'
                '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>') % (n, n, vml_fill, content)
    return '<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fallback)


def word_textbox():
    name = 'word-textbox-en'
    paras, body = [], []

    def add(inner, data, ppr=''):
        body.append(w_para(inner, ppr))
        paras.extend(data)

    title = 'Scene 4 — The control room'
    add(w_run(title), [[[None, title]]], '<w:pStyle w:val="Heading1"/>')
    t = 'The operator scans the screens. Nothing moves.'
    add(w_run(t, NARRATOR), [[['Narrator', t]]])

    # A text box in "Blue, Accent 1, Lighter 80%": Word caches the colour in the VML fallback.
    inner = w_para(w_run('Alarm voice: Warning. Pressure rising in line three.'))
    fill = '<a:solidFill><a:schemeClr val="accent1"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr></a:solidFill>'
    t = 'She reaches for the radio.'
    add(text_box(1, fill, 'fillcolor="#dae3f3 [660]" strokeweight=".5pt"', inner) + w_run(t, NARRATOR),
        [[['Narrator', t]], [['Alarm', 'Alarm voice: Warning. Pressure rising in line three.']]])

    t = 'Control to team two, do you copy?'
    add(w_run(t, EXPERT), [[['Operator', t]]])

    # A shape filled by the theme's shape style (fillRef 1, accent6: green), its text set in black.
    inner = w_para(w_run('Radio: Team two here. We see the leak.', '<w:color w:val="000000" w:themeColor="text1"/>'))
    style = ('<wps:style><a:lnRef idx="2"><a:schemeClr val="accent6"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent6"/></a:fillRef>'
             '<a:effectRef idx="0"><a:schemeClr val="accent6"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>')
    t = 'A crackle, then a voice.'
    add(text_box(2, '', 'fillcolor="#70ad47 [3209]" strokecolor="#375623 [1609]" strokeweight="1pt"', inner, style) + w_run(t, NARRATOR),
        [[['Narrator', t]], [['Radio', 'Radio: Team two here. We see the leak.']]])

    # A VML-only text box (a document in Word 2007 compatibility mode), filled "Orange, Accent 2, Lighter 80%".
    inner = w_para(w_run('Alarm voice: Evacuate the east wing.'))
    vml = ('<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="Text Box 3" o:spid="_x0000_s1030" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:6in;height:28pt;z-index:251661312;mso-position-vertical-relative:text" fillcolor="#fbe4d5 [661]" strokeweight=".5pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>') % inner
    t = 'The lights turn red.'
    add(vml + w_run(t, NARRATOR), [[['Narrator', t]], [['Alarm2', 'Alarm voice: Evacuate the east wing.']]])

    # A gradient-filled box: no one colour is behind its text; the text is read as if on white, with a warning.
    inner = w_para(w_run('Screen caption: LINE 3 — 148 BAR'))
    fill = ('<a:gradFill flip="none" rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="accent4"><a:lumMod val="40000"/><a:lumOff val="60000"/></a:schemeClr></a:gs>'
            '<a:gs pos="100000"><a:schemeClr val="accent4"/></a:gs></a:gsLst><a:lin ang="5400000" scaled="1"/></a:gradFill>')
    t = 'She reads the caption aloud.'
    add(text_box(4, fill, 'fillcolor="#ffe599 [1303]" strokeweight=".5pt"', inner) + w_run(t, NARRATOR),
        [[['Narrator', t]], [[None, 'Screen caption: LINE 3 — 148 BAR']]])

    t = 'One hundred and forty-eight bar. Get out now.'
    add(w_run(t, EXPERT), [[['Operator', t]]])
    package(name, document(''.join(body)), WORD_STYLES)
    write_script(name, 'drama scene with Word 365 text boxes: a theme fill made lighter (DrawingML choice, VML fallback caching #DAE3F3), a shape filled by its theme style (fillRef 1, accent6), a VML-only box, a gradient box (warning); theme text colours with tint and shade',
                 {'Narrator': {'color': '#404040'}, 'Operator': {'color': '#C45911'}, 'Alarm': {'highlight': '#DAE3F3'}, 'Radio': {'highlight': '#70AD47'}, 'Alarm2': {'highlight': '#FBE4D5'}},
                 ['#000000', '#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# word-toc-en
# ------------------------------------------------------------------------------------------------

TOC_STYLES = WORD_STYLES.replace('</w:styles>', """<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="220"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>""")


def toc_entry(style, anchor, text, page, first=False, last=False, instr=' TOC \\o "1-2" \\h \\z \\u '):
    """An entry of a Word TOC field: a hyperlink to the heading's bookmark, the page number a nested PAGEREF field."""
    head = ''
    if first:
        head = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') % escape(instr)
    link = ('<w:hyperlink w:anchor="%s" w:history="1"><w:r><w:rPr><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>%d</w:t></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>') % (anchor, escape(text), anchor, page)
    tail = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else ''
    return '<w:p><w:pPr><w:pStyle w:val="%s"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>%s%s%s</w:p>' % (style, head, link, tail)


def word_toc():
    name = 'word-toc-en'
    paras, body = [], []
    scenes = [
        ('Part 1 — Arrival', 'Heading1', [('Narrator', 'The train pulls into the empty station just after midnight.'), ('Ava', '“Is anyone here?”')]),
        ('The platform', 'Heading2', [('Narrator', 'A single lamp flickers above the bench.'), ('Guard', '“Last train’s gone, miss.”')]),
        ('Part 2 — The town', 'Heading1', [('Narrator', 'The town is smaller than she remembered.'), ('Ava', '“I used to live here.”')]),
    ]
    # Word's table of contents: a content control (docPartGallery "Table of Contents") holding the
    # heading "Contents" and a TOC field whose result is the entries.
    entries = [toc_entry('TOC1' if style == 'Heading1' else 'TOC2', '_Toc%d' % (k + 1), title, k + 1, first=(k == 0), last=(k == len(scenes) - 1))
               for k, (title, style, _) in enumerate(scenes)]
    body.append('<w:sdt><w:sdtPr><w:id w:val="-1795283618"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                '<w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent>'
                '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>%s</w:sdtContent></w:sdt>' % ''.join(entries))
    colours = {'Narrator': NARRATOR, 'Ava': EXPERT, 'Guard': '<w:color w:val="00B050"/>'}
    for k, (title, style, lines) in enumerate(scenes):
        body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:bookmarkStart w:id="%d" w:name="_Toc%d"/>%s<w:bookmarkEnd w:id="%d"/></w:p>'
                    % (style, k, k + 1, w_run(title), k))
        paras.append([[None, title]])
        for voice, text in lines:
            body.append(w_para(w_run(text, colours[voice])))
            paras.append([[voice, text]])
    # A bare TOC field (no content control), as older documents and other producers leave it: a
    # list of the parts, its entries plain text.
    body.append(toc_entry('TOC1', '_Toc1', 'Part 1 — Arrival', 1, first=True, instr=' TOC \\o "1-1" \\n ').replace('<w:tab/>', '') .replace('<w:t>1</w:t>', '<w:t></w:t>'))
    body.append(toc_entry('TOC1', '_Toc3', 'Part 2 — The town', 2, last=True).replace('<w:tab/>', '').replace('<w:t>2</w:t>', '<w:t></w:t>'))
    t = 'End of episode one.'
    body.append(w_para(w_run(t, NARRATOR)))
    paras.append([['Narrator', t]])
    package(name, document(''.join(body)), TOC_STYLES)
    write_script(name, 'audio drama episode as Word writes a table of contents: a content control (docPartGallery "Table of Contents") with its heading and a TOC field whose entries are hyperlinks with nested PAGEREF fields; then a bare TOC field at the end. No table of contents is read aloud: not in the data',
                 {'Narrator': {'color': '#404040'}, 'Ava': {'color': '#C45911'}, 'Guard': {'color': '#00B050'}},
                 ['#000000', '#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# word-textfill-en
# ------------------------------------------------------------------------------------------------


def text_fill(fill):
    return '<w14:textFill>%s</w14:textFill>' % fill


SOLID_CYAN = text_fill('<w14:solidFill><w14:srgbClr w14:val="00B0F0"/></w14:solidFill>')
GRADIENT = text_fill('<w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="50000"/></w14:schemeClr></w14:gs>'
                     '<w14:gs w14:pos="100000"><w14:schemeClr w14:val="accent1"/></w14:gs></w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill>')


def word_textfill():
    name = 'word-textfill-en'
    paras, body = [], []

    def add(text, voice, rpr, ppr=''):
        body.append(w_para(w_run(text, rpr), ppr))
        paras.append([[voice, text]])

    # The title in a gradient text effect (Word's "Gradient" font colours): no one colour in Word;
    # LibreOffice shows its font colour.
    add('Flight 7 — Cockpit', None, '<w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>' + GRADIENT, '<w:pStyle w:val="Heading1"/>')
    add('The storm closes in around the plane.', 'Narrator', NARRATOR)
    # The robot's lines: a text effect fill and the font colour alike (as Word writes a solid text fill).
    add('Altitude two thousand feet. Turbulence ahead.', 'Robot', '<w:color w:val="00B0F0"/>' + SOLID_CYAN)
    # The pilot's lines were given the pilot's red by a tool that rewrote w:color only (python-docx's
    # font.color does): the cyan text effect fill copied from the robot's line stays, and Word paints
    # them cyan. LibreOffice shows them red.
    add('Hold on, everyone. We are going around.', 'Robot', '<w:color w:val="C00000"/>' + SOLID_CYAN)
    add('Go-around thrust set.', 'Robot', '<w:color w:val="00B0F0"/>' + SOLID_CYAN)
    add('The wheels touch the wet runway.', 'Narrator', NARRATOR)
    add('Welcome home, folks.', 'Pilot', '<w:color w:val="C00000"/>')
    package(name, document(''.join(body)), WORD_STYLES)
    write_script(name, 'cockpit scene with Word 2010 text effects (w14:textFill): a gradient title (no one colour in Word, its font colour in LibreOffice: warning), the robot in a solid cyan fill matching its font colour, and a pilot line recoloured red in w:color only, its cyan fill left: Word shows it cyan (read as the robot, with a warning), LibreOffice red',
                 {'Narrator': {'color': '#404040'}, 'Robot': {'color': '#00B0F0'}, 'Pilot': {'color': '#C00000'}},
                 ['#000000', '#2F5496'], paras)


if __name__ == '__main__':
    gdocs()
    word_textbox()
    word_toc()
    word_textfill()
