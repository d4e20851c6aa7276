"""DOCX files assembled by hand (python zipfile) for content controls bound to data (helpers and the
Office theme from handmade.py):

- word-databinding-en: an e-learning script made from a template whose content controls are bound
  (`w:dataBinding`) to a custom XML part and to the document's core properties, filled the Open XML
  SDK way: the custom XML part (`customXml/item1.xml`) replaced with the new values, the controls'
  cached text left as the template's samples ("Course title", a grey placeholder). Word (and
  LibreOffice 7.4, which reads the bound values on import) shows the bound values; the reader reads
  them, in the formatting of the control's first run, and says where they differ from the cached
  text. A control bound to an XPath the reader does not evaluate (a function) keeps its cached text,
  said; controls bound to a node or a store that is not there keep theirs, as Word shows them.
- word-webhidden-en: text hidden in Web Layout only (`w:webHidden`, direct and from a character
  style), which Word shows and prints and LibreOffice 7.4 hides: read as Word prints it, said.
- word-stylesep-fr: speaker labels each in a paragraph whose mark is a style separator (`w:vanish`
  + `w:specVanish` on the mark): Word shows the label and its line as one paragraph; read so.

/usr/bin/python3 scripts/docx-producers/handmade_3.py
"""
import os
import zipfile
import zlib
from xml.sax.saxutils import escape

import handmade as h
from handmade import w_para, w_run, write_script

RED = '<w:color w:val="C00000"/>'
BLUE = '<w:color w:val="0070C0"/>'
STORE = '{5D0B5A39-6C1E-4C4B-9D55-3F0E2B8A7C11}'
CORE = '{6C3C8BC8-F283-45AE-878A-BAB7291924A1}'
CORE_MAPPINGS = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
                 "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' ")
SCRIPT_NS = 'urn:example:forklift-course'


def bound(xpath, cached_runs, rpr, kind='<w:text/>', store=STORE, mappings='', extra=''):
    pm = ' w:prefixMappings="%s"' % escape(mappings, {'"': '&quot;'}) if mappings else ''
    return ('<w:sdt><w:sdtPr><w:rPr>%s</w:rPr>%s<w:id w:val="%d"/><w:dataBinding%s w:xpath="%s" w:storeItemID="%s"/>%s</w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (rpr, extra, zlib.crc32(xpath.encode()) % 100000000, pm, escape(xpath, {'"': '&quot;'}), store, kind, cached_runs)


def word_databinding():
    name = 'word-databinding-en'
    paras, body = [], []
    t = 'Module 3 — Welcome screen'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    sm = "xmlns:s='%s'" % SCRIPT_NS
    # Two plain-text controls whose cached text is the template's sample.
    body.append(w_para(w_run('Welcome to ', RED) + bound('/s:script[1]/s:course[1]', w_run('Course title', RED), RED, mappings=sm)
                       + w_run(', a course for everyone at ', RED) + bound('/s:script[1]/s:company[1]', w_run('Company', RED), RED, mappings=sm) + w_run('.', RED)))
    paras.append([['Narrator', 'Welcome to Working Safely with Forklift Trucks, a course for everyone at Northfield Distribution Centre.']])
    # A control still showing its grey placeholder in the cache (w:showingPlcHdr), bound to a filled node.
    body.append(w_para(w_run('Hi, I am ', BLUE) + bound('/s:script[1]/s:learner[1]', w_run('Click or tap here to enter text.', '<w:rStyle w:val="PlaceholderText"/>'), BLUE,
                                                        mappings=sm, extra='<w:showingPlcHdr/>')
                       + w_run(' and I start on the night shift next week.', BLUE)))
    paras.append([['Learner', 'Hi, I am Samira Okonkwo-Bennett and I start on the night shift next week.']])
    # Bound to the core properties' title (Word's Quick Parts > Document Property > Title).
    body.append(w_para(w_run('This module is called ', RED) + bound('/ns1:coreProperties[1]/ns0:title[1]', w_run('Module title', RED), RED, store=CORE, mappings=CORE_MAPPINGS) + w_run('.', RED)))
    paras.append([['Narrator', 'This module is called Forklift Safety Basics.']])
    # A cached text split over runs of two looks: the value is shown in the first run's.
    body.append(w_para(bound('/s:script[1]/s:trainer[1]', w_run('Trainer ', RED) + w_run('name', BLUE), RED, mappings=sm) + w_run(' will guide you through the module.', RED)))
    paras.append([['Narrator', 'Dev Raman will guide you through the module.']])
    # A drop-down list bound to a value: Word shows the list item's display text.
    items = '<w:dropDownList><w:listItem w:displayText="the day shift" w:value="1"/><w:listItem w:displayText="the night shift" w:value="2"/></w:dropDownList>'
    body.append(w_para(w_run('Which shift are you on? I am on ', BLUE) + bound('/s:script[1]/s:shift[1]', w_run('the day shift', BLUE), BLUE, kind=items, mappings=sm) + w_run('.', BLUE)))
    paras.append([['Learner', 'Which shift are you on? I am on the night shift.']])
    # Cached text that is the bound value already: nothing to say.
    body.append(w_para(w_run('Your site code is ', RED) + bound('/s:script[1]/s:site[1]', w_run('NDC-7', RED), RED, mappings=sm) + w_run('.', RED)))
    paras.append([['Narrator', 'Your site code is NDC-7.']])
    # An XPath with a function: not evaluated, the cached text kept and said.
    body.append(w_para(w_run('Your supervisor today is ', RED) + bound('/s:script[1]/s:supervisor[last()]', w_run('Alex Moreau', RED), RED, mappings=sm) + w_run('.', RED)))
    paras.append([['Narrator', 'Your supervisor today is Alex Moreau.']])
    # A node the store does not have, and a store the package does not have: Word keeps the cached text.
    body.append(w_para(w_run('Lunch is at ', BLUE) + bound('/s:script[1]/s:lunch[1]', w_run('half past twelve', BLUE), BLUE, mappings=sm)
                       + w_run(' in ', BLUE) + bound('/root[1]/room[1]', w_run('the canteen', BLUE), BLUE, store='{00000000-0000-4000-8000-00000000DEAD}') + w_run('.', BLUE)))
    paras.append([['Learner', 'Lunch is at half past twelve in the canteen.']])

    # A control showing its grey prompt, bound to an empty node: Word keeps showing the prompt (not read, said as a placeholder).
    body.append(w_para(w_run('My badge number is on the back of my card', BLUE) + bound('/s:script[1]/s:badge[1]', w_run('Click or tap here to enter text.', '<w:rStyle w:val="PlaceholderText"/>'), BLUE,
                                                                                   mappings=sm, extra='<w:showingPlcHdr/>') + w_run('.', BLUE)))
    paras.append([['Learner', 'My badge number is on the back of my card.']])
    item = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<script xmlns="%s"><course>Working Safely with Forklift Trucks</course>'
            '<company>Northfield Distribution Centre</company><learner>Samira Okonkwo-Bennett</learner><trainer>Dev Raman</trainer>'
            '<shift>2</shift><site>NDC-7</site><badge/><supervisor>Priya Shah</supervisor><supervisor>Tom Ellis</supervisor></script>') % SCRIPT_NS
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="%s" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>') % (STORE, SCRIPT_NS)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Forklift Safety Basics</dc:title><dc:creator>Training team</dc:creator></cp:coreProperties>')
    types = h.CONTENT_TYPES.replace('</Types>', '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
                                    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = h.RELS.replace('</Relationships>', '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    doc_rels = h.DOC_RELS.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
    item_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    styles = h.WORD_STYLES.replace('</w:styles>', '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/>'
                                   '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>')
    with zipfile.ZipFile(os.path.join(h.OUT, name + '.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in [('[Content_Types].xml', types), ('_rels/.rels', rels), ('word/document.xml', h.document(''.join(body))),
                           ('word/_rels/document.xml.rels', doc_rels), ('word/styles.xml', styles), ('word/theme/theme1.xml', h.THEME),
                           ('word/settings.xml', h.SETTINGS), ('customXml/item1.xml', item), ('customXml/itemProps1.xml', props),
                           ('customXml/_rels/item1.xml.rels', item_rels), ('docProps/core.xml', core)]:
            info = zipfile.ZipInfo(part, h.FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))
    write_script(name, 'e-learning script from a template whose content controls are bound to a custom XML part and the core title, filled by replacing the part: the bound values are read, not the cached samples',
                 {'Narrator': {'color': '#C00000'}, 'Learner': {'color': '#0070C0'}},
                 ['#000000', '#2F5496', '#808080'], paras)


def word_webhidden():
    name = 'word-webhidden-en'
    paras, body = [], []
    t = 'Radio spot — Summer Market'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    hl = '<w:highlight w:val="yellow"/>'
    # A pronunciation note hidden (w:vanish: no reader shows it) and the web address hidden in Web Layout
    # only (w:webHidden: Word shows and prints it, LibreOffice hides it).
    body.append(w_para(w_run('Ask for ', hl) + w_run('Ostara', hl) + w_run(' (say: oh-STAR-ah)', hl + '<w:vanish/>') + w_run(' cheese at stall nine.', hl)
                       + w_run(' www.summer-market.example', hl + '<w:webHidden/>')))
    paras.append([['Mia', 'Ask for Ostara cheese at stall nine. www.summer-market.example']])
    # webHidden from a character style.
    body.append(w_para(w_run('Open every Saturday from eight. ', BLUE) + w_run('Free parking behind the church.', BLUE + '<w:rStyle w:val="WebOnly"/>')))
    paras.append([['Tom', 'Open every Saturday from eight. Free parking behind the church.']])
    t = 'See you there!'
    body.append(w_para(w_run(t, hl)))
    paras.append([['Mia', t]])
    styles = h.WORD_STYLES.replace('</w:styles>', '<w:style w:type="character" w:customStyle="1" w:styleId="WebOnly"><w:name w:val="Web only"/>'
                                   '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:webHidden/></w:rPr></w:style></w:styles>')
    h.package(name, h.document(''.join(body)), styles)
    write_script(name, 'radio spot with text hidden in Web Layout only (w:webHidden, direct and from a character style): Word prints it, LibreOffice hides it; read, said',
                 {'Mia': {'highlight': '#FFFF00'}, 'Tom': {'color': '#0070C0'}},
                 ['#000000', '#2F5496'], paras)


def word_stylesep():
    name = 'word-stylesep-fr'
    paras, body = [], []
    t = 'SPOT 30 — Boulangerie Martin'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    # Each speaker's label is a paragraph of its own whose mark is a style separator (Ctrl+Alt+Enter:
    # w:vanish + w:specVanish on the mark): Word shows label and line as one paragraph.
    sep = '<w:rPr><w:vanish/><w:specVanish/></w:rPr>'
    lines = [('ANNONCEUR', 'Cette semaine, chez Martin, la baguette est à un euro.'),
             ('CLIENTE', 'Un euro ? Vraiment ?'),
             ('ANNONCEUR', 'Vraiment. Et le croissant aussi.'),
             ('CLIENTE', 'Alors j’en prends deux !'),
             ('BOULANGER', 'Boulangerie Martin, rue des Lilas.')]
    for voice, text in lines:
        body.append(w_para(w_run(voice + ' : ', '<w:b/>'), sep) + w_para(w_run(text)))
        paras.append([[voice, voice + ' : ' + text]])
    assert 'w:lang w:val="en-GB"' in h.WORD_STYLES
    h.package(name, h.document(''.join(body)), h.WORD_STYLES.replace('w:lang w:val="en-GB"', 'w:lang w:val="fr-FR"'))
    write_script(name, 'French radio spot whose speaker labels stand before a style separator (a paragraph mark with specVanish): one paragraph each as Word shows it, the label opening the line',
                 {'ANNONCEUR': {'label': 'ANNONCEUR'}, 'CLIENTE': {'label': 'CLIENTE'}, 'BOULANGER': {'label': 'BOULANGER'}},
                 ['#000000', '#2F5496'], paras)


if __name__ == '__main__':
    word_databinding()
    word_webhidden()
    word_stylesep()
