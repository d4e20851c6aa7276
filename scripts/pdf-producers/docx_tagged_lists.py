"""python-docx: lists numbered by Word's numbering (`w:numPr`) in forms an untagged PDF cannot tell
from typed text, converted by LibreOffice to a TAGGED PDF (see docx_tagged_furniture.py): capital
letters ("A.", "B."), a second level's "A.1", "1.1"; beside them a paragraph that TYPES "C. " before
its text and Q./A. lines typed as labels, outside any list. The numbering is drawn, not written: the
DOCX reader never sees it, and a tagged PDF's structure puts it in a list item (/LI), so the PDF
must read the same words. Typed text stays in both.

- lo-tagged-lists-en: three voices by text colour.

/usr/bin/python3 scripts/pdf-producers/docx_tagged_lists.py
"""

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from common import TAGGED_PDF, docx_and_pdf, write_script


def numbering(doc, num_id, first_format):
    """An abstract numbering and its num `num_id`: level 0 `first_format` ("A." or "1."), level 1
    "%1.%2" ("A.1", "1.1": the first level's number, then its own in decimal)."""
    part = doc.part.numbering_part.element
    abstract = OxmlElement('w:abstractNum')
    abstract.set(qn('w:abstractNumId'), str(num_id))
    for ilvl, fmt, text, indent in [(0, first_format, '%1.', 360), (1, 'decimal', '%1.%2', 720)]:
        lvl = OxmlElement('w:lvl')
        lvl.set(qn('w:ilvl'), str(ilvl))
        for tag, val in [('w:start', '1'), ('w:numFmt', fmt), ('w:lvlText', text), ('w:lvlJc', 'left')]:
            el = OxmlElement(tag)
            el.set(qn('w:val'), val)
            lvl.append(el)
        ppr = OxmlElement('w:pPr')
        ind = OxmlElement('w:ind')
        ind.set(qn('w:left'), str(indent + 360))
        ind.set(qn('w:hanging'), '360')
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = part.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        part.append(abstract)
    part.append(element('w:num', [element('w:abstractNumId', val=num_id)], numId=num_id))


def element(tag, children=(), **attrs):
    """A WordprocessingML element with its w: attributes (`val=3` for w:val) and children."""
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn('w:' + name), str(value))
    for child in children:
        el.append(child)
    return el


def numbered(paragraph, num_id, ilvl):
    paragraph._p.get_or_add_pPr().append(element('w:numPr', [element('w:ilvl', val=ilvl), element('w:numId', val=num_id)]))


HEX = {'Narrator': '404040', 'Trainer': '0070C0', 'Learner': 'C00000'}
# (voice, text, (list, level) or None for a plain paragraph): list 90 numbers "A.", "A.1"; list 91 "1.", "1.1".
SCRIPT = [
    ('Narrator', 'Module three covers the three checks to make before you start the press each morning.', None),
    ('Trainer', 'Check the guard is closed and locked before anything else.', (90, 0)),
    ('Trainer', 'Look for cracks along the hinge and the latch.', (90, 1)),
    ('Trainer', 'Make sure the interlock light is green.', (90, 1)),
    ('Trainer', 'Test the emergency stop once, then reset it.', (90, 0)),
    ('Learner', 'What if the light stays red after the reset?', (90, 1)),
    ('Narrator', 'C. Remember that a check skipped once is a check skipped every day.', None),
    ('Trainer', 'Switch the press on from the main panel.', (91, 0)),
    ('Trainer', 'Wait for the pressure gauge to settle.', (91, 1)),
    ('Trainer', 'Run one empty stroke before the first part.', (91, 1)),
    ('Learner', 'Q. Do we write the checks down?', None),
    ('Trainer', 'A. Yes, on the sheet by the door, every morning.', None),
]


def build(name):
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    numbering(doc, 90, 'upperLetter')
    numbering(doc, 91, 'decimal')
    paras = []
    for voice, text, listed in SCRIPT:
        paragraph = doc.add_paragraph()
        if listed is not None:
            numbered(paragraph, *listed)
        run = paragraph.add_run(text)
        run.font.color.rgb = RGBColor.from_string(HEX[voice])
        paras.append([[voice, text]])
    docx_and_pdf(doc, name, TAGGED_PDF)
    write_script(name, 'LibreOffice 7.4 (tagged PDF) from python-docx', 'English: lists numbered A., A.1, 1. and 1.1 by Word\'s numbering; typed "C." and Q./A. outside lists', {v: '#' + h for v, h in HEX.items()}, [], paras)


build('lo-tagged-lists-en')
