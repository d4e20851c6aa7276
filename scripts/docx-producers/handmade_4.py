"""DOCX files assembled by hand (python zipfile) for shapes Word writes that the reader read wrong
(helpers and the Office theme from handmade.py, bound controls from handmade_3.py):

- word-date-binding-en, word-date-binding-fr: date picker content controls (`w:date`) bound
  (`w:dataBinding`) to a custom XML part that a tool filled with ISO dates (`xsd:date`,
  `xsd:dateTime`), the controls' saved text left as the template's. Word shows the bound date through
  the control's `w:dateFormat` in its `w:lid` language (ECMA-376 Part 1 §17.5.2.7, §17.5.2.18); read
  so. A format with a time, a language whose month names vo-lines does not have, or a value that is
  not a date: the saved text is kept and said (`data-binding-unread`).
- word-repeating-en: repeating sections (`w15:repeatingSection`, Word 2013) of paragraphs and of
  table rows, each item (`w15:repeatingSectionItem`) read once; bound (`w15:dataBinding`) to a node
  set that holds more items than the document (a tool added one): said, the saved items read.
- word-tblprex-en: table rows with table-level property exceptions (`w:tblPrEx`) giving the row a
  shading (§17.4.30): Word fills a cell with no shading of its own from the table style only
  (MS-OI29500 §2.1.144 b), LibreOffice 7.4 shows none (checked: `soffice --convert-to pdf`, `mutool
  draw -F trace`); the cells are read without it, and it is said (`table-shading-unshown`). A cell's
  own `w:tcPr/w:shd` in such a row is its shading.
- word-mathpara-en: display equations (`m:oMathPara`) standing in a paragraph with text before or
  after them, which Word shows on a line of their own, and math paragraphs of several equations
  (`m:oMath` separated by a `w:br`: lines; not separated: Word merges them, MS-OE376 §2.1.1850 a).

/usr/bin/python3 scripts/docx-producers/handmade_4.py
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

import handmade as h
from handmade import w_para, w_run, write_script
from handmade_3 import bound as bound_3

RED = '<w:color w:val="C00000"/>'
BLUE = '<w:color w:val="0070C0"/>'
STORE = '{7A3C1E52-94B0-4D7E-8F21-6C0D5B9E2A44}'
NS_PODCAST = 'urn:example:podcast'
SM = "xmlns:p='%s'" % NS_PODCAST


def bound(*args, **kwargs):
    """A control bound to this file's store (handmade_3.bound)."""
    return bound_3(*args, store=STORE, **kwargs)


def package_with_store(name, body, item, styles=h.WORD_STYLES, namespaces=''):
    """A package whose main part has one custom XML part (`item`) with the store id STORE."""
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="%s" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>') % STORE
    types = h.CONTENT_TYPES.replace('</Types>', '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>')
    doc_rels = h.DOC_RELS.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
    item_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    document = h.document(body)
    if namespaces:
        document = document.replace('<w:document ', '<w:document %s ' % namespaces, 1)
    parts = [('[Content_Types].xml', types), ('_rels/.rels', h.RELS), ('word/document.xml', document),
             ('word/_rels/document.xml.rels', doc_rels), ('word/styles.xml', styles), ('word/theme/theme1.xml', h.THEME),
             ('word/settings.xml', h.SETTINGS)]
    if item is not None:
        parts += [('customXml/item1.xml', item), ('customXml/itemProps1.xml', props), ('customXml/_rels/item1.xml.rels', item_rels)]
    else:
        parts[0] = ('[Content_Types].xml', h.CONTENT_TYPES)
        parts[3] = ('word/_rels/document.xml.rels', h.DOC_RELS)
    with zipfile.ZipFile(os.path.join(h.OUT, name + '.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, h.FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))


def date_kind(fmt, lid, full_date, mapped='dateTime'):
    """A date picker's properties as Word 2016 writes them (w:date with its format, language, storage and calendar)."""
    return ('<w:date w:fullDate="%s"><w:dateFormat w:val="%s"/><w:lid w:val="%s"/>'
            '<w:storeMappedDataAs w:val="%s"/><w:calendar w:val="gregorian"/></w:date>') % (full_date, escape(fmt, {'"': '&quot;'}), lid, mapped)


def store(root, values):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<%s xmlns="%s">%s</%s>'
            % (root, NS_PODCAST, ''.join('<%s>%s</%s>' % (k, escape(v), k) for k, v in values), root))


def check_weekday(iso, name):
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    assert days[datetime.date.fromisoformat(iso).weekday()] == name, (iso, name)


def word_date_binding_en():
    name = 'word-date-binding-en'
    paras, body = [], []
    t = 'Episode 12 — Recording notes'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    # xsd:dateTime through "d MMMM yyyy" (en-GB), the saved text the template's sample date.
    body.append(w_para(w_run('This episode was recorded on ', RED)
                       + bound('/p:episode[1]/p:recorded[1]', w_run('1 January 2025', RED), RED, mappings=SM,
                               kind=date_kind('d MMMM yyyy', 'en-GB', '2025-01-01T00:00:00Z'))
                       + w_run('.', RED)))
    paras.append([['Narrator', 'This episode was recorded on 14 March 2026.']])
    # xsd:date through "dd/MM/yyyy".
    body.append(w_para(w_run('It goes out on ', BLUE)
                       + bound('/p:episode[1]/p:release[1]', w_run('01/01/2025', BLUE), BLUE, mappings=SM,
                               kind=date_kind('dd/MM/yyyy', 'en-GB', '2025-01-01T00:00:00Z', 'date'))
                       + w_run(', a Thursday.', BLUE)))
    check_weekday('2026-04-02', 'Thursday')
    paras.append([['Host', 'It goes out on 02/04/2026, a Thursday.']])
    # Day and month names, a comma in the format (en-US).
    body.append(w_para(w_run('The live show is on ', RED)
                       + bound('/p:episode[1]/p:live[1]', w_run('Wednesday, January 1, 2025', RED), RED, mappings=SM,
                               kind=date_kind('dddd, MMMM d, yyyy', 'en-US', '2025-01-01T00:00:00Z'))
                       + w_run(' at the Corn Exchange.', RED)))
    check_weekday('2026-05-09', 'Saturday')
    paras.append([['Narrator', 'The live show is on Saturday, May 9, 2026 at the Corn Exchange.']])
    # Short names and a two-digit year; a quoted literal in the format.
    body.append(w_para(w_run('Tickets: from ', BLUE)
                       + bound('/p:episode[1]/p:tickets[1]', w_run('Wed 1 Jan 25', BLUE), BLUE, mappings=SM,
                               kind=date_kind("ddd d MMM 'of' yy", 'en-GB', '2025-01-01T00:00:00Z'))
                       + w_run('.', BLUE)))
    check_weekday('2026-06-21', 'Sunday')
    paras.append([['Host', 'Tickets: from Sun 21 Jun of 26.']])
    # A format with a time (not done): the saved text is kept, and said.
    body.append(w_para(w_run('Doors open on ', RED)
                       + bound('/p:episode[1]/p:doors[1]', w_run('9/5/2026 7:00 PM', RED), RED, mappings=SM,
                               kind=date_kind('d/M/yyyy h:mm am/pm', 'en-US', '2026-05-09T19:00:00Z'))
                       + w_run('.', RED)))
    paras.append([['Narrator', 'Doors open on 9/5/2026 7:00 PM.']])
    # A bound value that is no date (stored as xsd:dateTime): the saved text is kept, and said.
    body.append(w_para(w_run('The next recording is on ', BLUE)
                       + bound('/p:episode[1]/p:next[1]', w_run('1 January 2025', BLUE), BLUE, mappings=SM,
                               kind=date_kind('d MMMM yyyy', 'en-GB', '2025-01-01T00:00:00Z'))
                       + w_run(', to be confirmed.', BLUE)))
    paras.append([['Host', 'The next recording is on 1 January 2025, to be confirmed.']])
    item = store('episode', [('recorded', '2026-03-14T00:00:00'), ('release', '2026-04-02'), ('live', '2026-05-09T00:00:00Z'),
                             ('tickets', '2026-06-21T00:00:00'), ('doors', '2026-05-09T19:00:00'), ('next', 'TBC')])
    package_with_store(name, ''.join(body), item)
    write_script(name, 'podcast notes whose date picker controls are bound to a custom XML part filled with ISO dates: each shown through its w:dateFormat in its w:lid language, as Word shows it; a format with a time and a value that is no date keep the saved text (said)',
                 {'Narrator': {'color': '#C00000'}, 'Host': {'color': '#0070C0'}},
                 ['#000000', '#2F5496'], paras)


def word_date_binding_fr():
    name = 'word-date-binding-fr'
    paras, body = [], []
    t = 'Épisode 12 — Notes d’enregistrement'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    body.append(w_para(w_run('Enregistré le ', RED)
                       + bound('/p:episode[1]/p:recorded[1]', w_run('mercredi 1 janvier 2025', RED), RED, mappings=SM,
                               kind=date_kind('dddd d MMMM yyyy', 'fr-FR', '2025-01-01T00:00:00Z'))
                       + w_run(', au studio B.', RED)))
    check_weekday('2026-03-14', 'Saturday')
    paras.append([['Narrateur', 'Enregistré le samedi 14 mars 2026, au studio B.']])
    body.append(w_para(w_run('Diffusion le ', BLUE)
                       + bound('/p:episode[1]/p:release[1]', w_run('01/01/2025', BLUE), BLUE, mappings=SM,
                               kind=date_kind('dd/MM/yyyy', 'fr-FR', '2025-01-01T00:00:00Z', 'date'))
                       + w_run('.', BLUE)))
    paras.append([['Animatrice', 'Diffusion le 02/04/2026.']])
    # Abbreviated month (Windows' French abbreviations end with a full stop), the first of the month.
    body.append(w_para(w_run('Billets en vente dès le ', RED)
                       + bound('/p:episode[1]/p:tickets[1]', w_run('1 janv. 2025', RED), RED, mappings=SM,
                               kind=date_kind('d MMM yyyy', 'fr-FR', '2025-01-01T00:00:00Z'))
                       + w_run(' sur le site.', RED)))
    paras.append([['Narrateur', 'Billets en vente dès le 1 févr. 2026 sur le site.']])
    body.append(w_para(w_run('Rendez-vous le ', BLUE)
                       + bound('/p:episode[1]/p:live[1]', w_run('1 janvier', BLUE), BLUE, mappings=SM,
                               kind=date_kind('d MMMM', 'fr-CA', '2025-01-01T00:00:00Z'))
                       + w_run(' pour le direct.', BLUE)))
    paras.append([['Animatrice', 'Rendez-vous le 15 août pour le direct.']])
    # A language whose month names vo-lines does not have: the saved text is kept, and said.
    body.append(w_para(w_run('Version allemande le ', RED)
                       + bound('/p:episode[1]/p:german[1]', w_run('1. Januar 2025', RED), RED, mappings=SM,
                               kind=date_kind('d. MMMM yyyy', 'de-DE', '2025-01-01T00:00:00Z'))
                       + w_run('.', RED)))
    paras.append([['Narrateur', 'Version allemande le 1. Januar 2025.']])
    # Numbers only: any language will do.
    body.append(w_para(w_run('Version espagnole le ', BLUE)
                       + bound('/p:episode[1]/p:spanish[1]', w_run('01.01.25', BLUE), BLUE, mappings=SM,
                               kind=date_kind('dd.MM.yy', 'es-ES', '2025-01-01T00:00:00Z'))
                       + w_run('.', BLUE)))
    paras.append([['Animatrice', 'Version espagnole le 30.09.26.']])
    item = store('episode', [('recorded', '2026-03-14'), ('release', '2026-04-02T00:00:00'), ('tickets', '2026-02-01'),
                             ('live', '2026-08-15'), ('german', '2026-07-01'), ('spanish', '2026-09-30')])
    styles = h.WORD_STYLES.replace('w:lang w:val="en-GB"', 'w:lang w:val="fr-FR"')
    package_with_store(name, ''.join(body), item, styles)
    write_script(name, 'French podcast notes whose date picker controls are bound to ISO dates: French day and month names (dddd, MMMM, MMM) and numbers as Word shows them; a German format keeps the saved text (said)',
                 {'Narrateur': {'color': '#C00000'}, 'Animatrice': {'color': '#0070C0'}},
                 ['#000000', '#2F5496'], paras)


W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'


def repeating(title, items, binding=''):
    inner = ''.join('<w:sdt><w:sdtPr><w:id w:val="%d"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (900 + k, item)
                    for k, item in enumerate(items))
    return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/>%s<w15:repeatingSection><w15:sectionTitle w:val="%s"/></w15:repeatingSection></w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (title, 800 + len(title), binding, title, inner)


def w15_binding(xpath):
    return '<w15:dataBinding w:prefixMappings="%s" w:xpath="%s" w:storeItemID="%s"/>' % (escape(SM, {'"': '&quot;'}), xpath, STORE)


def cell(inner, width=4500):
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, inner)


def word_repeating():
    name = 'word-repeating-en'
    paras, body = [], []
    t = 'Quiz night — questions'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    # A repeating section of paragraphs bound to two <question> nodes: each item read once, its bound text shown.
    qs = [('What is the capital of Australia?', 'Question one'), ('How many legs has a spider?', 'Question two')]
    items = [w_para(bound('/p:quiz[1]/p:question[%d]/p:text[1]' % (k + 1), w_run(saved, RED), RED, mappings=SM)) for k, (_, saved) in enumerate(qs)]
    body.append(repeating('Questions', items, w15_binding('/p:quiz[1]/p:question')))
    for text, _ in qs:
        paras.append([['Quizmaster', text]])
    t = 'Answers'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    # A repeating section of table rows, bound to three <answer> nodes of which the document holds two:
    # Word makes the rows from the data; the two saved rows are read, and said.
    rows = []
    for k, (who, saved) in enumerate([('Team Owls', 'Canberra.'), ('Team Foxes', 'Eight.')]):
        rows.append('<w:tr>%s%s</w:tr>' % (cell(w_para(w_run(who, BLUE))), cell(w_para(bound('/p:quiz[1]/p:answer[%d]/p:text[1]' % (k + 1), w_run(saved, BLUE), BLUE, mappings=SM)))))
        paras.append([['Team', who]])
        paras.append([['Team', saved]])
    table = ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
             + repeating('Answers', rows, w15_binding('/p:quiz[1]/p:answer')) + '</w:tbl>')
    body.append(table)
    t = 'Well done, everyone!'
    body.append(w_para(w_run(t, RED)))
    paras.append([['Quizmaster', t]])
    item = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<quiz xmlns="%s">'
            '<question><text>What is the capital of Australia?</text></question><question><text>How many legs has a spider?</text></question>'
            '<answer><text>Canberra.</text></answer><answer><text>Eight.</text></answer><answer><text>Mount Everest.</text></answer></quiz>') % NS_PODCAST
    package_with_store(name, ''.join(body), item, namespaces=W15)
    write_script(name, 'quiz script with repeating sections (w15:repeatingSection) of paragraphs and of table rows, their items bound to a custom XML part: each item read once, in order; a section whose data holds more items than the document is said',
                 {'Quizmaster': {'color': '#C00000'}, 'Team': {'color': '#0070C0'}},
                 ['#000000', '#2F5496'], paras)


def word_tblprex():
    name = 'word-tblprex-en'
    paras, body = [], []
    t = 'Station ident — read-through'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    YELLOW_ROW = '<w:tblPrEx><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:tblPrEx>'
    GREEN = '<w:shd w:val="clear" w:color="auto" w:fill="92D050"/>'

    def row(cells, ex=''):
        return '<w:tr>%s%s</w:tr>' % (ex, ''.join(cells))

    def tc(text, rpr='', shd=''):
        return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (shd, w_para(w_run(text, rpr)))
    rows = [
        row([tc('You are listening to', RED), tc('Radio Harbour, ninety-nine point one.', RED)]),
        # The row's exception shading (yellow): no reader shows it in these cells; the text is black, no one's.
        row([tc('Traffic and travel'), tc('every fifteen minutes.')], YELLOW_ROW),
        # A cell of that row with shading of its own (green): its own shading is its look.
        row([tc('Weather', '', GREEN), tc('on the hour.')], YELLOW_ROW),
        row([tc('Stay tuned for', BLUE), tc('the breakfast show.', BLUE)]),
    ]
    body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
                + ''.join(rows) + '</w:tbl>')
    paras += [[['Narrator', 'You are listening to']], [['Narrator', 'Radio Harbour, ninety-nine point one.']],
              [[None, 'Traffic and travel']], [[None, 'every fifteen minutes.']],
              [['Jingle', 'Weather']], [[None, 'on the hour.']],
              [['Presenter', 'Stay tuned for']], [['Presenter', 'the breakfast show.']]]
    h.package(name, h.document(''.join(body)), h.WORD_STYLES)
    write_script(name, 'station ident table whose rows have table-level property exceptions (w:tblPrEx) shading them yellow: shown by neither Word nor LibreOffice in cells with no shading of their own, read without it and said; a cell’s own shading is its look',
                 {'Narrator': {'color': '#C00000'}, 'Presenter': {'color': '#0070C0'}, 'Jingle': {'highlight': '#92D050'}},
                 ['#000000', '#2F5496'], paras)


M_NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def word_mathpara():
    name = 'word-mathpara-en'
    paras, body = [], []
    t = 'Maths explainer — episode 4'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    RPR = '<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/>%s</w:rPr>'

    def mr(text, colour=RED):
        return '<m:r>%s<m:t>%s</m:t></m:r>' % (RPR % colour, escape(text))

    def om(*runs):
        return '<m:oMath>%s</m:oMath>' % ''.join(runs)
    BR = '<w:r><w:br/></w:r>'
    # Text, a display equation, text: three lines of one paragraph as Word shows them.
    body.append('<w:p>%s<m:oMathPara><m:oMathParaPr><m:jc m:val="center"/></m:oMathParaPr>%s</m:oMathPara>%s</w:p>'
                % (w_run('Start from this:', RED), om(mr('x=5')), w_run('Now double it.', RED)))
    paras.append([['Narrator', 'Start from this: x=5 Now double it.']])
    # A math paragraph of two equations on two lines (a w:br between them, as Word writes Shift+Enter).
    body.append('<w:p><m:oMathPara>%s%s%s</m:oMathPara></w:p>' % (om(mr('y=2x')), BR, om(mr('y=10'))))
    paras.append([['Narrator', 'y=2x y=10']])
    # Two equations with nothing between: Word merges them into one.
    body.append('<w:p><m:oMathPara>%s%s</m:oMathPara></w:p>' % (om(mr('a+b', BLUE)), om(mr('=c', BLUE))))
    paras.append([['Student', 'a+b=c']])
    # Text after an equation only.
    body.append('<w:p><m:oMathPara>%s</m:oMathPara>%s</w:p>' % (om(mr('c=3', BLUE)), w_run('is what I got.', BLUE)))
    paras.append([['Student', 'c=3 is what I got.']])
    # An inline equation between words stays in its line.
    body.append(w_para(w_run('So ', RED) + om(mr('p=1')) + w_run(' and ', RED) + om(mr('q=2')) + w_run(' here.', RED)))
    paras.append([['Narrator', 'So p=1 and q=2 here.']])
    document = h.document(''.join(body)).replace('<w:document ', '<w:document %s ' % M_NS, 1)
    h.package(name, document, h.WORD_STYLES)
    write_script(name, 'maths explainer whose display equations (m:oMathPara) share a paragraph with text, and math paragraphs of two equations: each read once, in order, on a line of its own as Word shows it',
                 {'Narrator': {'color': '#C00000'}, 'Student': {'color': '#0070C0'}},
                 ['#000000', '#2F5496'], paras)


if __name__ == '__main__':
    word_date_binding_en()
    word_date_binding_fr()
    word_repeating()
    word_tblprex()
    word_mathpara()
