"""python-docx: scripts with line numbering (`w:lnNumType` in the section: Word and LibreOffice draw
a number in the left margin beside every line, or every Nth; it is no text of the document, so the
DOCX reader never reads it), converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`),
where the numbers are glyphs like any other. The DOCX and the PDF must give the same lines and counts;
the PDF says it left the margin's numbers out.

- lo-line-numbers-en: every line numbered, continuous over two pages; three voices by text colour,
  paragraphs that wrap over two and three lines, a short one.
- lo-line-numbers-5-fr: every fifth line numbered, starting again on each page; French.
- lo-bare-numbers-en (no line numbering): steps typed with their numbers at the margin and a tab
  ("1⇥Press…"): script text in both, kept.

/usr/bin/python3 scripts/pdf-producers/docx_line_numbers.py
"""

from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor

from common import docx_and_pdf, write_script

EN = [
    ('Narrator', 'Welcome aboard the harbour ferry. This short tour takes about twenty minutes and stops twice, at the lighthouse and at the old fish market, before it comes back here.'),
    ('Guide', 'Look to your left: the red building is the customs house, built in 1854.'),
    ('Visitor', 'Can we go inside?'),
    ('Guide', 'Only on Sundays, when the museum on the ground floor opens its doors to everyone who asks at the desk, and the guided visits run every hour from ten until four in the afternoon.'),
    ('Narrator', 'The ferry slows down as it passes the breakwater.'),
    ('Visitor', 'Why is the water so green here?'),
    ('Guide', 'The river brings down clay from the hills, and the tide holds it in the bay for hours.'),
    ('Narrator', 'On the right, the fishing boats come in with the morning catch.'),
]
FR = [
    ('Narrateur', 'Bienvenue à bord du bac du port. Cette courte visite dure une vingtaine de minutes et s’arrête deux fois, au phare et au vieux marché aux poissons.'),
    ('Guide', 'Regardez à gauche : le bâtiment rouge est l’ancienne douane, construite en 1854.'),
    ('Visiteuse', 'Peut-on entrer ?'),
    ('Guide', 'Seulement le dimanche, quand le musée du rez-de-chaussée ouvre ses portes à tous ceux qui le demandent à l’accueil, et les visites guidées partent toutes les heures.'),
    ('Narrateur', 'Le bac ralentit en passant la digue.'),
    ('Visiteuse', 'Pourquoi l’eau est-elle si verte ici ?'),
    ('Guide', 'Le fleuve charrie l’argile des collines, et la marée la retient dans la baie pendant des heures.'),
    ('Narrateur', 'À droite, les bateaux de pêche rentrent avec la prise du matin.'),
]
HEX_EN = {'Narrator': '404040', 'Guide': '0070C0', 'Visitor': 'C00000'}
HEX_FR = {'Narrateur': '404040', 'Guide': '0070C0', 'Visiteuse': 'C00000'}


def line_numbering(doc, count_by, restart):
    sect = doc.sections[0]._sectPr
    ln = OxmlElement('w:lnNumType')
    ln.set(qn('w:countBy'), str(count_by))
    ln.set(qn('w:restart'), restart)
    ln.set(qn('w:distance'), '360')
    # CT_SectPr's order: lnNumType comes after pgMar (and before cols).
    sect.find(qn('w:pgMar')).addnext(ln)


def build(name, script, hexes, repeat, count_by, restart, language):
    doc = Document()
    style = doc.styles['Normal']
    style.font.size = Pt(12)
    style.font.name = 'Liberation Serif'
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), language)
    rpr.append(lang)
    # The document's default too (docDefaults): LibreOffice writes the PDF's /Lang from it.
    defaults = doc.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
    for old in defaults.findall(qn('w:lang')):
        defaults.remove(old)
    default_lang = OxmlElement('w:lang')
    default_lang.set(qn('w:val'), language)
    defaults.append(default_lang)
    paras = []
    for _ in range(repeat):
        for voice, text in script:
            run = doc.add_paragraph().add_run(text)
            run.font.color.rgb = RGBColor.from_string(hexes[voice])
            paras.append([[voice, text]])
    if count_by:
        line_numbering(doc, count_by, restart)
    docx_and_pdf(doc, name)
    voices = {v: {'color': '#' + h} for v, h in hexes.items()}
    write_script(name, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], voices, ['#000000'], paras)


def build_bare():
    name = 'lo-bare-numbers-en'
    steps = ['Press Control and S together to save the file you are working on.', 'Choose a folder for it.', 'Type a name and press Enter.', 'Close the window.']
    doc = Document()
    paras = []
    run = doc.add_paragraph().add_run('Saving your work takes four steps.')
    run.font.color.rgb = RGBColor.from_string('0070C0')
    paras.append([['Trainer', 'Saving your work takes four steps.']])
    for n, step in enumerate(steps, 1):
        run = doc.add_paragraph().add_run('%d\t%s' % (n, step))
        run.font.color.rgb = RGBColor.from_string('0070C0')
        paras.append([['Trainer', '%d\t%s' % (n, step)]])
    run = doc.add_paragraph().add_run('And if I forget?')
    run.font.color.rgb = RGBColor.from_string('00B050')
    paras.append([['Learner', 'And if I forget?']])
    docx_and_pdf(doc, name)
    write_script(name, 'python-docx 0.8.11, LibreOffice 7.4.7.2', __doc__.split('\n\n')[0],
                 {'Trainer': {'color': '#0070C0'}, 'Learner': {'color': '#00B050'}}, ['#000000'], paras)


if __name__ == '__main__':
    build('lo-line-numbers-en', EN, HEX_EN, 4, 1, 'continuous', 'en-GB')
    build('lo-line-numbers-5-fr', FR, HEX_FR, 4, 5, 'newPage', 'fr-FR')
    build_bare()
