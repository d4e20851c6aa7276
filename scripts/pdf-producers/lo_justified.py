"""python-docx then LibreOffice (`soffice --headless --convert-to pdf`): justified paragraphs in a
narrow measure (a 2.6 in column: 2.95 in margins on US Letter), in French and in English, whose
stretched word spaces are wider than a column gap (1.2 × the type size), among lines set with real
tabs: speaker labels `MUM⇥…` (a tab stop at 0.9 in, justified text after it), a legend
`Key:⇥Narrator – blue⇥…`. LibreOffice draws both as gaps between positioned words, no space glyph
wide: a justified line's spaces must read as spaces (its gaps all alike, the line flush with its
neighbours' right edge), a tab as a tab (one gap much wider than the line's other spaces).

/usr/bin/python3 scripts/pdf-producers/lo_justified.py
(writes lo-justified-fr.docx, lo-justified-fr.pdf, lo-justified-en.docx, lo-justified-en.pdf; no
JSON: tests/pdf-justified.test.ts compares each PDF's paragraphs with its DOCX's)
"""
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

from common import OUT, out_path

FR = [
    'Chapitre premier : la ferme',
    ('just', 'Les gendarmes interrogèrent méthodiquement, consciencieusement, inlassablement '
             'chacun des témoins, parfaitement incapables néanmoins d’expliquer '
             'l’extraordinaire disparition. Rien, absolument rien, n’expliquait l’incompréhensible '
             'comportement des propriétaires.'),
    ('tab', 'MUM\tRegardez ces tulipes ! Elles sont à moitié prix, vraiment, exceptionnellement.'),
    ('tab', 'ENFANT\tOn peut prendre le grand tournesol ? Celui qui est plus grand que papa ? S’il te plaît ?'),
    ('just', 'Naturellement, l’administration départementale considérait qu’indubitablement '
             'l’investigation serait interminable, incompréhensible, décourageante.'),
    'Légende :\tNarratrice – bleu\tExpert – vert',
]
EN = [
    'Chapter one: the lighthouse',
    ('just', 'Unquestionably, the extraordinarily uncomfortable interrogation continued '
             'interminably, notwithstanding the superintendent’s understandable, '
             'characteristically unsympathetic disappointment. Nobody, absolutely nobody, '
             'remembered anything whatsoever.'),
    ('tab', 'MUM\tLook at these tulips! Half price, unbelievably, extraordinarily cheap.'),
    ('tab', 'KID\tCan we get the big sunflower? The one that is taller than Dad? Please, please?'),
    ('just', 'Nevertheless, the administration’s representatives acknowledged, '
             'uncharacteristically, that the investigation’s conclusions remained unconvincing.'),
    'Key:\tNarrator – blue\tExpert – green',
]


def build(name, paras, lang):
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.size = Pt(11)
    normal.font.name = 'Liberation Serif'
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(2.95)
    for p in paras:
        kind, text = p if isinstance(p, tuple) else ('plain', p)
        para = doc.add_paragraph(text)
        fmt = para.paragraph_format
        if kind in ('just', 'tab'):
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if kind == 'tab':
            fmt.tab_stops.add_tab_stop(Inches(0.9))
    doc.core_properties.language = lang
    docx = out_path(name, 'docx')
    doc.save(docx)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True, capture_output=True)


if __name__ == '__main__':
    build('lo-justified-fr', FR, 'fr-FR')
    build('lo-justified-en', EN, 'en-GB')
