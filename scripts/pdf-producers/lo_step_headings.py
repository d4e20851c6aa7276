"""LibreOffice PDFs of python-docx documents whose scene headings are Word's built-in Heading 2 (13 pt
bold, blue #4F81BD, Calibri) over a 12 pt Normal body (Cambria), its voices told by colour (dark grey,
blue #0070C0, green) and a legend naming "blue": 1.5-spaced (en) and single-spaced with a
French body at 11 pt under 12 pt Heading 2 set bold in dark red (fr). The DOCX reads the headings as
headings (their style); the PDF must too: a heading a size step above the body, bold, in a colour and
typeface the body's lines never have, one line of a few words ending no sentence.

/usr/bin/python3 scripts/pdf-producers/lo_step_headings.py
(writes lo-step-headings-en.docx/.pdf/.json and lo-step-headings-fr.docx/.pdf/.json)
"""
import docx
from docx.shared import Pt, RGBColor

from common import docx_and_pdf, write_script

SHAPES = {
    'en': {
        'size': 12, 'spacing': 1.5, 'heading': None,
        'voices': {'Narrator': {'color': '#404040'}, 'Learner': {'color': '#0070C0'}, 'Coach': {'color': '#00B050'}},
        'legend': 'Key: Narrator = dark grey, Learner = blue, Coach = green, black = not recorded',
        'paras': [
            ('H', 'Scene 1 — Welcome'),
            (None, '[Screen 1: logo animation, music up then under]'),
            ('Narrator', 'Welcome to module two of the Northgate forklift safety course.'),
            ('Learner', "Hi, I'm Sam. I started on the night shift last week."),
            ('Coach', "And I'm Priya, your safety coach. Let's walk the floor together."),
            ('H', 'Scene 2 — Pedestrian walkways'),
            ('Narrator', 'Every year, more than 1,200 people in the UK are seriously injured in forklift accidents, '
                         'most of them pedestrians walking where they should not.'),
            ('Learner', 'So the yellow lines on the floor actually matter?'),
            ('Coach', 'They do. Stay inside the walkway, even when the aisle looks empty.'),
            ('H', 'Scene 3 — Blind spots'),
            ('Narrator', "A forklift driver's view is blocked by the mast, the load and the overhead guard."),
            ('Learner', 'I never thought about the mast blocking the view.'),
        ],
    },
    'fr': {
        'size': 11, 'spacing': 1.0, 'heading': (12, RGBColor(0x8B, 0x1A, 0x1A)),
        'voices': {'Narratrice': {'color': '#404040'}, 'Client': {'color': '#0070C0'}},
        'legend': 'Légende : Narratrice = gris foncé, Client = bleu ; le noir n’est pas enregistré.',
        'paras': [
            ('H', 'Scène 1 — La jardinerie'),
            (None, '[Musique : guitare légère, oiseaux]'),
            ('Narratrice', 'Le printemps arrive chez Verdier Jardin, et avec lui toutes les couleurs que vous attendiez.'),
            ('Client', 'Bonjour, je cherche des rosiers grimpants pour le mur du jardin.'),
            ('H', 'Scène 2 — La caisse'),
            ('Narratrice', 'Verdier Jardin, route de Lyon : ouvert tous les jours, dimanche compris.'),
            ('Client', 'Merci, à samedi !'),
        ],
    },
}


def build():
    for lang, shape in SHAPES.items():
        name = 'lo-step-headings-' + lang
        d = docx.Document()
        normal = d.styles['Normal']
        normal.font.size = Pt(shape['size'])
        normal.paragraph_format.line_spacing = shape['spacing']
        if shape['heading']:
            h2 = d.styles['Heading 2']
            h2.font.size = Pt(shape['heading'][0])
            h2.font.color.rgb = shape['heading'][1]
        d.add_heading('Northgate — Module 2' if lang == 'en' else 'Verdier Jardin — Spot radio', 1)
        d.add_paragraph(shape['legend'])
        for voice, text in shape['paras']:
            if voice == 'H':
                d.add_heading(text, 2)
                continue
            run = d.add_paragraph().add_run(text)
            if voice:
                run.font.color.rgb = RGBColor.from_string(shape['voices'][voice]['color'][1:])
        docx_and_pdf(d, name)
        paras = [{'segs': [[None, 'Northgate — Module 2' if lang == 'en' else 'Verdier Jardin — Spot radio']], 'heading': True},
                 {'segs': [[None, shape['legend']]], 'legend': True}]
        for voice, text in shape['paras']:
            paras.append({'segs': [[None, text]], 'heading': True} if voice == 'H' else [[voice, text]])
        write_script(name, 'LibreOffice 7.4 (python-docx document)', __doc__.split('\n\n')[0], shape['voices'], ['#000000'], paras)


if __name__ == '__main__':
    build()
