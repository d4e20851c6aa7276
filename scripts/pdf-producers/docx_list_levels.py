"""python-docx: an English e-learning script with three numbered lists Word's and LibreOffice's way
(`w:numPr`: drawn, not text, so the DOCX reader never reads the numbers): capital roman numerals
(I., II., III.), numbers with a second level of letters ("a)", "b)"), and bullets whose second level
is Word's Courier "o" (a legal list's "1.1" is left as text: a storyboard's shot numbers look the
same); each list's text in a voice's colour, its numbers in the paragraph mark's black.
Converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`). The PDF must count what the
DOCX counts: the drawn numbers and bullets left out.

/usr/bin/python3 scripts/pdf-producers/docx_list_levels.py
"""

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from common import docx_and_pdf, write_script

NAME = 'lo-list-levels-en'
VOICES = {'Trainer': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#C00000'}}
HEX = {'Trainer': '0070C0', 'Expert': '00B050', 'Learner': 'C00000'}


def abstract(numbering, aid, levels):
    lv = ''.join('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>%s<w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="%d" w:hanging="720"/></w:pPr></w:lvl>'
                 % (i, fmt, text, ('<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr>' if fmt == 'bullet' else ''), 900 * (i + 1))
                 for i, (fmt, text) in enumerate(levels))
    element = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (nsdecls('w'), aid, lv))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(element)
    else:
        numbering.append(element)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls('w'), aid + 100, aid)))
    return aid + 100


def build():
    doc = Document()
    numbering = doc.part.numbering_part.element
    roman = abstract(numbering, 50, [('upperRoman', '%1.'), ('lowerLetter', '%2.')])
    legal = abstract(numbering, 51, [('decimal', '%1.'), ('lowerLetter', '%2)')])
    bullets = abstract(numbering, 52, [('bullet', '\u2022'), ('bullet', 'o')])
    script = [
        (None, None, None, 'Module 4: saving your work'),
        (roman, 0, 'Trainer', 'Welcome to the course on saving your work.'),
        (roman, 0, 'Trainer', 'Why saving matters to everyone.'),
        (roman, 0, 'Trainer', 'How often to save.'),
        (roman, 1, 'Trainer', 'A first point under the heading.'),
        (legal, 0, 'Expert', 'Open the file menu.'),
        (legal, 1, 'Expert', 'Choose the folder you want.'),
        (legal, 1, 'Expert', 'Type a name for the file.'),
        (legal, 0, 'Expert', 'Press Enter to finish.'),
        (bullets, 0, 'Learner', 'Keep a copy on a stick.'),
        (bullets, 1, 'Learner', 'Label the stick clearly.'),
        (bullets, 1, 'Learner', 'Store it somewhere dry.'),
    ]
    for num, level, voice, text in script:
        para = doc.add_paragraph()
        if num is not None:
            para._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls('w'), level, num)))
        run = para.add_run(text)
        if voice:
            run.font.color.rgb = RGBColor.from_string(HEX[voice])
    docx_and_pdf(doc, NAME)
    write_script(NAME, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], VOICES, ['#000000'],
                 [[[voice, text]] for _, _, voice, text in script])


if __name__ == '__main__':
    build()
