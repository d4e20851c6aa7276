"""Fixtures for hyperlinks inside a voice's line (tests/fixtures/links/).

/usr/bin/python3 scripts/build-link-fixtures.py   (python-docx, LibreOffice `soffice`, `chromium`)

Word and LibreOffice show a hyperlink in the Hyperlink character style (#0563C1 underlined, theme colour
`hlink`) whatever the colour of the voice's line around it. Read by its colour, a web address or an
e-mail the narrator must read became a voice of its own (no config) or unassigned text (with one).
Each DOCX here defines the Hyperlink character style as Word's Normal template does, in plain #0563C1 (without it,
LibreOffice 7.4 exports no /Link annotation into the PDF). Truth from construction:

- links-en.docx / .pdf (config links-en.yaml: Narrator red C00000, Host green 00B050):
  ¶1 red; ¶2 green with a web link in the middle ("…from www.example.com/checklist before…");
  ¶3 red; ¶4 green ending on an e-mail link ("Questions? Write to safety@example.com.");
  ¶5 red with a link the author coloured red by hand (nothing to do);
  ¶6 green, then ¶7 a paragraph that is only a link (www.example.com/forms): it keeps its own colour's
  reading (blue: no voice's, unassigned and said, as any text in a colour no voice has);
  ¶8 red sentence going on into a link and a green sentence after it ("For details see
  www.example.com/help. Now the next step."): the link continues red's sentence: red;
  ¶9 red sentence ended, then a link opening green's sentence ("That is all. www.example.com/next
  is where we go next."): green;
  ¶10 green with a HYPERLINK field (Word's complex field: fldChar begin, instrText, separate, result, end);
  ¶11 red with an internal link (w:hyperlink w:anchor to a bookmark: "see the Glossary below").
- links-blue-voice.docx / .pdf (config links-blue-voice.yaml: Guide is #0563C1 by choice, Narrator red):
  ¶1 Guide; ¶2 red with a link inside ("Book online at www.example.com/book today."): red, not Guide's;
  ¶3 Guide.
- links-fr.docx / .pdf (config links-fr.yaml: Narratrice red, Animateur green): "Rendez-vous sur
  www.exemple.fr." in green; "Écrivez-nous à contact@exemple.fr pour toute question." in red.
- links-plain.docx / .pdf (config links-en.yaml): links as python-docx users write them (the widely
  copied recipe: w:hyperlink, rStyle Hyperlink, which python-docx's template does not define, and a
  direct colour #0563C1 with themeColor hyperlink, underlined). LibreOffice 7.4 exports no /Link
  annotation for them: in the PDF the links are only blue underlined text. ¶1 red; ¶2 green with
  www.example.com/checklist in the middle; ¶3 red ending on safety@example.com; ¶4 green "The forms
  are here:"; ¶5 a link alone (www.example.com/forms); ¶6 red with a link whose text is no address
  ("Read more on our website."): a link in the DOCX, blue text in the PDF (nothing tells it is one).
- links-styled.docx (config links-en.yaml): text that looks like a link where the file has none (a link's
  field removed, text pasted with its style), in a document whose styles define the Hyperlink style
  as French Word writes it (styleId Lienhypertexte, name Hyperlink, theme colour hlink #0563C1), plus
  FollowedHyperlink (Lienhypertextesuivivisit): ¶1 red; ¶2 green with "www.example.com/checklist" in the
  Lienhypertexte style (no w:hyperlink); ¶3 red with "the Glossary" in that style; ¶4 red with
  "the archive" in FollowedHyperlink; ¶5 green with "safety@example.com" in the theme's hyperlink
  colour set directly (w:color themeColor="hyperlink", no style); ¶6 the style alone on its line
  ("www.example.com/forms"); ¶7 green text in plain #0563C1 by hand that is no address ("Blue words
  here.", a run of its own after green text: not a link).
- links-chromium.html / .pdf: the links-fr lines in HTML, each <p> in its voice's colour, an <a href>
  inside (Chromium draws it #0000EE underlined and writes a /Link annotation).
- links-inherit.html / .pdf (Chromium, no config): links in the colour of the text around them
  (`color: inherit`, as many sites' styles have it), where a red and a green voice meet in one paragraph:
  ¶1 red "Go to www.x.com" + green "Yes, go there."; ¶2 red "Read www.y.com today then" (the link
  ending inside the red text) + green "we talk.". Nothing to change: each voice keeps its words.
"""
import datetime
import os

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from docx_common import chromium, lo_pdf, normal_language

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'links'))
RED = (0xC0, 0x00, 0x00)
GREEN = (0x00, 0xB0, 0x50)
LINK_BLUE = (0x05, 0x63, 0xC1)

HYPERLINK_STYLE = (
    '<w:style %s w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' % nsdecls('w')
)


def new_doc(lang):
    doc = Document()
    normal_language(doc, lang)
    doc.styles.element.append(parse_xml(HYPERLINK_STYLE))
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    return doc


def colour_run(p, text, rgb):
    run = p.add_run(text)
    run.font.color.rgb = RGBColor(*rgb)
    return run


def link_rpr(rgb=None):
    """A run in the Hyperlink style, as Word writes it; `rgb`: a colour set by hand over the style."""
    rpr = OxmlElement('w:rPr')
    st = OxmlElement('w:rStyle')
    st.set(qn('w:val'), 'Hyperlink')
    rpr.append(st)
    if rgb:
        c = OxmlElement('w:color')
        c.set(qn('w:val'), '%02X%02X%02X' % rgb)
        rpr.append(c)
    return rpr


def text_run(text, rpr=None):
    r = OxmlElement('w:r')
    if rpr is not None:
        r.append(rpr)
    t = OxmlElement('w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def add_link(p, target, text, rgb=None, anchor=None):
    """A w:hyperlink: to an external target (relationship) or to a bookmark (w:anchor)."""
    h = OxmlElement('w:hyperlink')
    if anchor:
        h.set(qn('w:anchor'), anchor)
    else:
        h.set(qn('r:id'), p.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    h.set(qn('w:history'), '1')
    h.append(text_run(text, link_rpr(rgb)))
    p._p.append(h)


def add_field_link(p, target, text):
    """A HYPERLINK complex field, as Word writes links it made as fields."""
    def fld(kind):
        r = OxmlElement('w:r')
        f = OxmlElement('w:fldChar')
        f.set(qn('w:fldCharType'), kind)
        r.append(f)
        return r
    p._p.append(fld('begin'))
    r = OxmlElement('w:r')
    instr = OxmlElement('w:instrText')
    instr.set(qn('xml:space'), 'preserve')
    instr.text = ' HYPERLINK "%s" ' % target
    r.append(instr)
    p._p.append(r)
    p._p.append(fld('separate'))
    p._p.append(text_run(text, link_rpr()))
    p._p.append(fld('end'))


def bookmark(p, name, text, rgb):
    start = OxmlElement('w:bookmarkStart')
    start.set(qn('w:id'), '0')
    start.set(qn('w:name'), name)
    p._p.append(start)
    colour_run(p, text, rgb)
    end = OxmlElement('w:bookmarkEnd')
    end.set(qn('w:id'), '0')
    p._p.append(end)


def links_en():
    doc = new_doc('en-US')
    p = doc.add_paragraph()
    colour_run(p, 'Welcome to the spring safety briefing for all warehouse staff.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Before we start, download the checklist from ', GREEN)
    add_link(p, 'https://www.example.com/checklist', 'www.example.com/checklist')
    colour_run(p, ' before Monday.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'Always wear your hard hat in the loading bay.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Questions? Write to ', GREEN)
    add_link(p, 'mailto:safety@example.com', 'safety@example.com')
    colour_run(p, '.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'The rota is on ', RED)
    add_link(p, 'https://www.example.com/rota', 'www.example.com/rota', rgb=RED)
    colour_run(p, ' as usual.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'The forms are here:', GREEN)
    p = doc.add_paragraph()
    add_link(p, 'https://www.example.com/forms', 'www.example.com/forms')
    p = doc.add_paragraph()
    colour_run(p, 'For details see ', RED)
    add_link(p, 'https://www.example.com/help', 'www.example.com/help')
    colour_run(p, '. Now the next step.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'That is all. ', RED)
    add_link(p, 'https://www.example.com/next', 'www.example.com/next')
    colour_run(p, ' is where we go next.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'The map is at ', GREEN)
    add_field_link(p, 'https://www.example.com/map', 'www.example.com/map')
    colour_run(p, ' for everyone.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'Hard words are in ', RED)
    add_link(p, None, 'the Glossary', anchor='glossary')
    colour_run(p, ' below.', RED)
    p = doc.add_paragraph()
    bookmark(p, 'glossary', 'Glossary: a bay is a loading area.', RED)
    return doc


def links_blue_voice():
    doc = new_doc('en-US')
    p = doc.add_paragraph()
    colour_run(p, 'I am your guide for this tour.', LINK_BLUE)
    p = doc.add_paragraph()
    colour_run(p, 'Book online at ', RED)
    add_link(p, 'https://www.example.com/book', 'www.example.com/book')
    colour_run(p, ' today.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Follow me to the first room.', LINK_BLUE)
    return doc


PLAIN_LINK_BLUE = '0563C1'


def add_plain_link(p, target, text):
    """A link as python-docx's users write it: the Hyperlink style (left undefined) and a direct blue, underlined."""
    h = OxmlElement('w:hyperlink')
    h.set(qn('r:id'), p.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    rpr = OxmlElement('w:rPr')
    st = OxmlElement('w:rStyle')
    st.set(qn('w:val'), 'Hyperlink')
    rpr.append(st)
    c = OxmlElement('w:color')
    c.set(qn('w:val'), PLAIN_LINK_BLUE)
    c.set(qn('w:themeColor'), 'hyperlink')
    rpr.append(c)
    u = OxmlElement('w:u')
    u.set(qn('w:val'), 'single')
    rpr.append(u)
    h.append(text_run(text, rpr))
    p._p.append(h)


def links_plain():
    doc = Document()
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    p = doc.add_paragraph()
    colour_run(p, 'Welcome to the spring safety briefing for all warehouse staff.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Before we start, download the checklist from ', GREEN)
    add_plain_link(p, 'https://www.example.com/checklist', 'www.example.com/checklist')
    colour_run(p, ' before Monday.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'Questions? Write to ', RED)
    add_plain_link(p, 'mailto:safety@example.com', 'safety@example.com')
    colour_run(p, '.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'The forms are here:', GREEN)
    p = doc.add_paragraph()
    add_plain_link(p, 'https://www.example.com/forms', 'www.example.com/forms')
    p = doc.add_paragraph()
    colour_run(p, 'Read more on ', RED)
    add_plain_link(p, 'https://www.example.com', 'our website')
    colour_run(p, '.', RED)
    return doc


FRENCH_LINK_STYLES = (
    '<w:style %s w:type="character" w:styleId="Lienhypertexte"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>' % nsdecls('w'),
    '<w:style %s w:type="character" w:styleId="Lienhypertextesuivivisit"><w:name w:val="FollowedHyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="954F72" w:themeColor="followedHyperlink"/><w:u w:val="single"/></w:rPr></w:style>' % nsdecls('w'),
)


def styled_run(p, text, style):
    rpr = OxmlElement('w:rPr')
    st = OxmlElement('w:rStyle')
    st.set(qn('w:val'), style)
    rpr.append(st)
    p._p.append(text_run(text, rpr))


def theme_link_run(p, text):
    rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color')
    c.set(qn('w:val'), '0563C1')
    c.set(qn('w:themeColor'), 'hyperlink')
    rpr.append(c)
    p._p.append(text_run(text, rpr))


def links_styled():
    doc = Document()
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    for xml in FRENCH_LINK_STYLES:
        doc.styles.element.append(parse_xml(xml))
    p = doc.add_paragraph()
    colour_run(p, 'Welcome to the spring safety briefing for all warehouse staff.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Before we start, download the checklist from ', GREEN)
    styled_run(p, 'www.example.com/checklist', 'Lienhypertexte')
    colour_run(p, ' before Monday.', GREEN)
    p = doc.add_paragraph()
    colour_run(p, 'Hard words are in ', RED)
    styled_run(p, 'the Glossary', 'Lienhypertexte')
    colour_run(p, ' below.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Last year’s briefing is in ', RED)
    styled_run(p, 'the archive', 'Lienhypertextesuivivisit')
    colour_run(p, '.', RED)
    p = doc.add_paragraph()
    colour_run(p, 'Questions? Write to ', GREEN)
    theme_link_run(p, 'safety@example.com')
    colour_run(p, '.', GREEN)
    p = doc.add_paragraph()
    styled_run(p, 'www.example.com/forms', 'Lienhypertexte')
    p = doc.add_paragraph()
    colour_run(p, 'Green words first. ', GREEN)
    colour_run(p, 'Blue words here.', LINK_BLUE)
    return doc


FR = [
    (GREEN, 'Rendez-vous sur ', 'https://www.exemple.fr', 'www.exemple.fr', '.'),
    (RED, 'Écrivez-nous à ', 'mailto:contact@exemple.fr', 'contact@exemple.fr', ' pour toute question.'),
]


def links_fr():
    doc = new_doc('fr-FR')
    p = doc.add_paragraph()
    colour_run(p, 'Bonjour et bienvenue.', RED)
    for rgb, before, target, text, after in FR:
        p = doc.add_paragraph()
        colour_run(p, before, rgb)
        add_link(p, target, text)
        colour_run(p, after, rgb)
    return doc


INHERIT = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>'
    "@page { size: A4; margin: 2cm } body { margin: 0; font-family: 'DejaVu Serif'; font-size: 12pt } p { margin: 0 0 8pt 0 }"
    '</style></head><body>'
    '<p><span style="color:#C00000">Go to <a href="https://x.com" style="color:inherit;text-decoration:none">www.x.com</a></span>'
    '<span style="color:#00B050"> Yes, go there.</span></p>'
    '<p><span style="color:#C00000">Read <a href="https://y.com" style="color:inherit">www.y.com today</a> then</span>'
    '<span style="color:#00B050"> we talk.</span></p>'
    '</body></html>'
)


def chromium_page():
    rows = ['<p style="color:#C00000">Bonjour et bienvenue.</p>']
    for rgb, before, target, text, after in FR:
        rows.append('<p style="color:#%02X%02X%02X">%s<a href="%s">%s</a>%s</p>' % (rgb + (before, target, text, after)))
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 2cm } body { margin: 0; font-family: 'DejaVu Serif'; font-size: 12pt } p { margin: 0 0 8pt 0 }"
        '</style></head><body>' + ''.join(rows) + '</body></html>'
    )


CONFIGS = {
    'links-en.yaml': 'voices:\n  Narrator: { color: "#C00000" }\n  Host: { color: "#00B050" }\n',
    'links-blue-voice.yaml': 'voices:\n  Guide: { color: "#0563C1" }\n  Narrator: { color: "#C00000" }\n',
    'links-fr.yaml': 'language: fr\nvoices:\n  Narratrice: { color: "#C00000" }\n  Animateur: { color: "#00B050" }\n',
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, build in (('links-en', links_en), ('links-blue-voice', links_blue_voice), ('links-fr', links_fr)):
        path = os.path.join(OUT, name + '.docx')
        build().save(path)
        lo_pdf(path, OUT)
    links_plain().save(os.path.join(OUT, 'links-plain.docx'))
    lo_pdf(os.path.join(OUT, 'links-plain.docx'), OUT)
    links_styled().save(os.path.join(OUT, 'links-styled.docx'))
    for name, text in CONFIGS.items():
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
            f.write(text)
    chromium(OUT, 'links-chromium', chromium_page())
    chromium(OUT, 'links-inherit', INHERIT)


if __name__ == '__main__':
    main()
