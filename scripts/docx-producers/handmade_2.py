"""More DOCX files assembled by hand (python zipfile), in shapes other producers write
(helpers and the Office theme from handmade.py):

- damaged-toc-en: Word's table of contents (TOC field, hyperlinked entries with nested PAGEREF
  fields) whose closing `fldChar end` is missing, as a damaged or hand-edited file has it: every
  paragraph after it is still the script (LibreOffice 7.4 shows them all).
- damaged-fields-en: fields whose code never ends (`fldChar begin` + `instrText`, no separator and
  no end): one in the body, one in a text box. LibreOffice 7.4 shows nothing after such a field.
- word-shapes-en: text in Word shapes with no colour of its own, which takes the colour of the
  shape style's `a:fontRef` (Word's shape style gallery: "Colored Outline" = accent text on a white
  fill, "Colored Fill" = white text on an accent fill); a darker theme colour (lumMod); a run with
  its own colour (wins); a paragraph style colour under the shape's font colour (LibreOffice shows
  the shape's: a warning).
- word-dropcap-fr: Word drop caps (Insert > Drop Cap): the large first letter is a paragraph of its
  own (`w:framePr w:dropCap`), read as the start of the next paragraph, in its colour.

/usr/bin/python3 scripts/docx-producers/handmade_2.py
"""
from xml.sax.saxutils import escape

import handmade as h
from handmade import w_para, w_run, NARRATOR, package, document, write_script


# ------------------------------------------------------------------------------------------------
# damaged-toc-en
# ------------------------------------------------------------------------------------------------

def damaged_toc():
    name = 'damaged-toc-en'
    paras, body = [], []
    scenes = [
        ('Part 1 — The storm', 'Heading1', [('Narrator', 'Rain hammers the lighthouse windows.'), ('Keeper', '“Light the lamp, quickly!”')]),
        ('The keeper', 'Heading2', [('Narrator', 'The old man climbs the spiral stairs.'), ('Keeper', '“Forty years and never a night like this.”')]),
        ('Part 2 — Morning', 'Heading1', [('Narrator', 'The sea is flat and grey at dawn.'), ('Girl', '“Grandpa, the boat came back!”')]),
    ]
    colours = {'Narrator': NARRATOR, 'Keeper': h.EXPERT, 'Girl': '<w:color w:val="00B050"/>'}
    t = 'Episode 3 — The Lighthouse'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    # The table of contents as Word writes it (a TOC field, entries linked to _Toc bookmarks, page
    # numbers in PAGEREF fields), with no content control around it and its end mark lost.
    for k, (title, style, _) in enumerate(scenes):
        body.append(h.toc_entry('TOC1' if style == 'Heading1' else 'TOC2', '_Toc%d' % (k + 1), title, k + 1, first=(k == 0), last=False))
    for k, (title, style, lines) in enumerate(scenes):
        body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:bookmarkStart w:id="%d" w:name="_Toc%d"/>%s<w:bookmarkEnd w:id="%d"/></w:p>'
                    % (style, k, k + 1, w_run(title), k))
        paras.append([[None, title]])
        for voice, text in lines:
            body.append(w_para(w_run(text, colours[voice])))
            paras.append([[voice, text]])
    t = 'End of episode three.'
    body.append(w_para(w_run(t, NARRATOR)))
    paras.append([['Narrator', t]])
    package(name, document(''.join(body)), h.TOC_STYLES)
    write_script(name, 'audio drama episode whose table of contents (a Word TOC field, no content control) lost its end mark: the entries are not read, everything after them is',
                 {'Narrator': {'color': '#404040'}, 'Keeper': {'color': '#C45911'}, 'Girl': {'color': '#00B050'}},
                 ['#000000', '#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# damaged-fields-en
# ------------------------------------------------------------------------------------------------

def open_field(instr, after=''):
    """A field begun, its code given, and never separated or ended."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>%s'
            % (escape(instr), after))


def damaged_fields():
    name = 'damaged-fields-en'
    paras, body = [], []
    ANNCR = '<w:color w:val="C00000"/>'
    SINGER = '<w:color w:val="7030A0"/>'

    def add(segs, extra=''):
        body.append(w_para(''.join(w_run(text, rpr) for _, text, rpr in segs) + extra))
        paras.append([[voice, text] for voice, text, _ in segs])

    add([(None, 'Radio spot — Harbour Festival (30 s)', '')])
    add([('Narrator', 'Every summer the harbour fills with music.', NARRATOR)])
    # A field whose code never ends: the text after it in its paragraph is field code, not read;
    # the paragraphs after it are read.
    add([('Narrator', 'Written by ', NARRATOR)], open_field(' AUTHOR \\* MERGEFORMAT ', w_run('Jane Doe', NARRATOR)))
    add([('Announcer', 'Three days of concerts on the quay!', ANNCR)])
    add([('Singer', 'Sing along, sing along, down by the sea.', SINGER)])
    # A text box whose first paragraph holds a field whose code never ends: the box's next
    # paragraph and the body after the box are read.
    box = (w_para(w_run('Caption: ', ANNCR) + open_field(' DOCPROPERTY Slogan ')) + w_para(w_run('Tickets at the harbour office.', ANNCR)))
    fill = '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
    t = 'Bring your friends.'
    body.append(w_para(w_run(t, NARRATOR) + '<w:r><w:drawing>%s</w:drawing></w:r>' % (h.ANCHOR % (1, 1, fill, '', box))))
    paras.append([['Narrator', t]])
    paras.append([['Caption', 'Caption: ']])
    paras.append([['Caption', 'Tickets at the harbour office.']])
    add([('Announcer', 'Harbour Festival, the first weekend of July.', ANNCR)])
    add([('Narrator', 'See you there.', NARRATOR)])
    package(name, document(''.join(body)), h.WORD_STYLES)
    write_script(name, 'radio spot with fields whose code never ends (begin and instrText, no separator, no end), one in the body and one in a text box: their code is not read, everything after them is',
                 {'Narrator': {'color': '#404040'}, 'Announcer': {'color': '#C00000'}, 'Singer': {'color': '#7030A0'}, 'Caption': {'highlight': '#FFF2CC'}},
                 ['#000000', '#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# word-shapes-en
# ------------------------------------------------------------------------------------------------

SHAPE_STYLES = h.WORD_STYLES.replace('</w:styles>', (
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="200" w:after="160"/><w:ind w:left="864" w:right="864"/><w:jc w:val="center"/></w:pPr>'
    '<w:rPr><w:i/><w:iCs/><w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/></w:rPr></w:style></w:styles>'))


def shape(n, fill_ref, font_ref, content, line='accent1'):
    """A shape as Word inserts it (Insert > Shapes > Rectangle, then a style of the Shape Styles
    gallery): no fill or text colour of its own, the theme's through `wps:style`."""
    style = ('<wps:style><a:lnRef idx="2"><a:schemeClr val="%s"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1">%s</a:fillRef>'
             '<a:effectRef idx="0"><a:schemeClr val="%s"/></a:effectRef><a:fontRef idx="minor">%s</a:fontRef></wps:style>') % (line, fill_ref, line, font_ref)
    drawing = (h.ANCHOR % (n, n, '', style, content)).replace('<wps:cNvSpPr txBox="1"/>', '<wps:cNvSpPr/>').replace(
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln>', '')
    return '<w:r><w:drawing>%s</w:drawing></w:r>' % drawing


def word_shapes():
    name = 'word-shapes-en'
    paras, body = [], []

    def add(text, voice, extra='', rpr=''):
        body.append(w_para(w_run(text, rpr) + extra))
        paras.append([[voice, text]])

    t = 'Module 2 — Fire safety'
    body.append(w_para(w_run(t), '<w:pStyle w:val="Heading1"/>'))
    paras.append([[None, t]])
    add('Welcome back. In this module we look at what to do when the alarm sounds.', 'Narrator')
    # "Colored Outline - Orange, Accent 2": a white fill, the text in accent 2.
    tip = 'Tip: Never use the lift during a fire.'
    add('Here is the first thing to remember.', 'Narrator',
        shape(1, '<a:schemeClr val="lt1"/>', '<a:schemeClr val="accent2"/>', w_para(w_run(tip)), 'accent2'))
    paras.append([['Guide', tip]])
    # "Colored Fill - Blue, Accent 1" (Word's default shape): white text on accent 1.
    alert = 'Alert: Leave the building by the nearest exit.'
    add('When you hear the alarm, stop what you are doing.', 'Narrator',
        shape(2, '<a:schemeClr val="accent1"/>', '<a:schemeClr val="lt1"/>', w_para(w_run(alert))))
    paras.append([['Alert', alert]])
    # The text colour "Green, Accent 6, Darker 25%" as a shape style font colour.
    coach = 'Coach: Walk, do not run, and help others if you can.'
    add('Then move calmly.', 'Narrator',
        shape(3, '<a:schemeClr val="lt1"/>', '<a:schemeClr val="accent6"><a:lumMod val="75000"/></a:schemeClr>', w_para(w_run(coach)), 'accent6'))
    paras.append([['Coach', coach]])
    # A run given its own colour in an accent 2 shape: its own colour wins.
    own = 'The assembly point is the car park.'
    add('Once outside, go to the assembly point.', 'Narrator',
        shape(4, '<a:schemeClr val="lt1"/>', '<a:schemeClr val="accent2"/>', w_para(w_run(own, '<w:color w:val="000000"/>')), 'accent2'))
    paras.append([['Narrator', own]])
    # A paragraph in the Quote style (dark grey) in an accent 2 shape: LibreOffice shows the shape's
    # orange (its DOCX import gives shape text the style's font colour over paragraph and character
    # styles); read so, with a warning.
    quote = 'Tip: Feel a door with the back of your hand before opening it.'
    add('One more thing.', 'Narrator',
        shape(5, '<a:schemeClr val="lt1"/>', '<a:schemeClr val="accent2"/>', w_para(w_run(quote), '<w:pStyle w:val="Quote"/>'), 'accent2'))
    paras.append([['Guide', quote]])
    add('That is the end of module two.', 'Narrator')
    package(name, document(''.join(body)), SHAPE_STYLES)
    write_script(name, 'e-learning module with text in Word shapes (Shape Styles gallery) whose runs have no colour of their own: accent text on white ("Colored Outline"), white text on accent 1 (the default shape), a darker accent (lumMod), a run with its own colour, a Quote-style paragraph under the shape colour (warning)',
                 {'Narrator': {'color': '#000000'}, 'Guide': {'color': '#ED7D31'}, 'Alert': {'highlight': '#4472C4'}, 'Coach': {'color': '#548235'}},
                 ['#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# word-dropcap-fr
# ------------------------------------------------------------------------------------------------

def drop_cap(letter, rpr, kind='drop'):
    """Word's drop cap (Insert > Drop Cap): the letter in a paragraph of its own, framed, before its paragraph."""
    return ('<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="%s" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="%s"/>'
            '<w:spacing w:after="0" w:line="1030" w:lineRule="exact"/><w:textAlignment w:val="baseline"/><w:rPr><w:position w:val="-11"/><w:sz w:val="130"/></w:rPr></w:pPr>'
            '<w:r><w:rPr>%s<w:position w:val="-11"/><w:sz w:val="130"/></w:rPr><w:t>%s</w:t></w:r></w:p>') % (kind, 'page' if kind == 'margin' else 'text', rpr, escape(letter))


def word_dropcap():
    name = 'word-dropcap-fr'
    paras, body = [], []
    LEA = '<w:color w:val="C00000"/>'

    def add(text, voice, rpr='', ppr=''):
        body.append(w_para(w_run(text, rpr), ppr))
        paras.append([[voice, text]])

    add('Chapitre premier', None, '', '<w:pStyle w:val="Heading1"/>')
    # Each chapter opens on a drop cap: the letter is a paragraph of its own (w:framePr w:dropCap),
    # shown as the first letter of the next paragraph (LibreOffice 7.4 reads it so).
    body.append(drop_cap('I', NARRATOR))
    body.append(w_para(w_run('l était une fois, au bord de la mer, une maison aux volets bleus.', NARRATOR)))
    paras.append([['Narrateur', 'Il était une fois, au bord de la mer, une maison aux volets bleus.']])
    add('« Qui habite ici ? » demanda Léa.', 'Léa', LEA)
    add('Chapitre deux', None, '', '<w:pStyle w:val="Heading1"/>')
    # A drop cap in the margin (dropCap="margin"), in a decorative red of its own (Léa's): it is the
    # first letter of the narrator's word, read in the narrator's colour.
    body.append(drop_cap('L', '<w:color w:val="C00000"/>', 'margin'))
    body.append(w_para(w_run('e lendemain, la maison était vide.', NARRATOR)))
    paras.append([['Narrateur', 'Le lendemain, la maison était vide.']])
    add('« Je reviendrai », promit Léa.', 'Léa', LEA)
    package(name, document(''.join(body)), h.WORD_STYLES)
    write_script(name, 'French audiobook chapters opening on Word drop caps (the letter a framed paragraph of its own, dropCap drop and margin, one in a red of its own): read as the first letter of the next paragraph, in its colour, one line',
                 {'Narrateur': {'color': '#404040'}, 'Léa': {'color': '#C00000'}},
                 ['#000000', '#2F5496'], paras)


if __name__ == '__main__':
    damaged_toc()
    damaged_fields()
    word_shapes()
    word_dropcap()
