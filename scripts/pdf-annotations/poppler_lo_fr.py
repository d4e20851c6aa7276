"""Evince's and Okular's marks (Poppler): a French e-learning script written with python-docx, exported
to PDF by LibreOffice (`soffice --headless --convert-to pdf`), then annotated through poppler-glib
(the library Evince uses; Okular's poppler-qt shares its annotation code) and saved by Poppler as an
incremental update. Poppler writes its Highlight, StrikeOut and Underline annotations with /QuadPoints
and /C but no appearance stream (viewers draw them from /C), and a Text note with its icon.

    /usr/bin/python3 scripts/pdf-annotations/poppler_lo_fr.py

Needs python-docx 0.8.11, LibreOffice 7.4, and poppler-glib 22.12 through PyGObject (Debian 12:
`apt-get install --no-install-recommends gir1.2-poppler-0.18 python3-gi`).
"""
import json
import os
import shutil
import subprocess
import tempfile

import gi
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

gi.require_version('Poppler', '0.18')
from gi.repository import Poppler  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'pdf-annotations'))
NAME = 'poppler-lo-fr'

NB = '\u00a0'
paras = [
    [[None, 'Module 2 — Les gestes qui sauvent']],
    [[None, 'Script d’enregistrement : chaque voix est surlignée dans sa couleur.']],
    [['Narrateur', 'Chaque année, des milliers de personnes font un malaise dans un lieu public. Les premières minutes comptent plus que tout le reste.']],
    [['Formatrice', f'Première chose{NB}: vérifiez que la personne respire. Regardez sa poitrine, écoutez, sentez son souffle sur votre joue.']],
    [['Apprenant', f'Et si elle ne respire pas{NB}?']],
    [['Formatrice', 'Vous appelez le 15, ou le 112, et vous commencez le massage cardiaque tout de suite. N’attendez pas.']],
    [['Narrateur', 'Le massage se fait au centre de la poitrine, bras tendus, au rythme de deux compressions par seconde.']],
    [['Apprenant', f'Deux par seconde{NB}? C’est rapide.']],
    [['Formatrice', 'C’est le rythme d’une chanson que vous connaissez tous. Comptez à voix haute, ça aide.']],
]
colours = {'Narrateur': (1, 1, 0), 'Formatrice': (0.6, 1, 0.6), 'Apprenant': (0.6, 0.85, 1)}
# The reviewer struck this sentence out (cut: not in the data) and underlined another (kept).
CUT = ' Comptez à voix haute, ça aide.'
UNDERLINED = 'N’attendez pas.'

tmp = tempfile.mkdtemp(prefix='poppler-lo-')
doc = Document()
style = doc.styles['Normal']
style.font.name = 'Liberation Sans'
style.font.size = Pt(11)
# A French document (LibreOffice writes the default language as the PDF's /Lang).
for lang in doc.styles.element.iter(qn('w:lang')):
    lang.set(qn('w:val'), 'fr-FR')
for segs in paras:
    doc.add_paragraph(''.join(t for _, t in segs))
docx = os.path.join(tmp, NAME + '.docx')
doc.save(docx)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
plain = os.path.join(OUT, NAME + '-plain.pdf')
shutil.copyfile(os.path.join(tmp, NAME + '.pdf'), plain)

pdf = Poppler.Document.new_from_file('file://' + plain, None)
page = pdf.get_page(0)


def quads_of(text):
    """Evince's way: the rectangles poppler finds for the text (one per line, PDF space) as quads."""
    rects = page.find_text_with_options(text, Poppler.FindFlags.MULTILINE)
    if not rects:
        raise SystemExit('not found: ' + text)
    quads = []
    for r in rects:
        q = Poppler.Quadrilateral()
        for name, (x, y) in zip(('p1', 'p2', 'p3', 'p4'), ((r.x1, r.y2), (r.x2, r.y2), (r.x1, r.y1), (r.x2, r.y1))):
            pt = Poppler.Point()
            pt.x, pt.y = x, y
            setattr(q, name, pt)
        quads.append(q)
    box = Poppler.Rectangle()
    box.x1, box.y1 = min(r.x1 for r in rects), min(r.y1 for r in rects)
    box.x2, box.y2 = max(r.x2 for r in rects), max(r.y2 for r in rects)
    return box, quads


def colour(rgb):
    c = Poppler.Color()
    c.red, c.green, c.blue = (int(v * 65535) for v in rgb)
    return c


def markup(make, text, rgb):
    box, quads = quads_of(text)
    a = make(pdf, box, quads)
    a.set_color(colour(rgb))
    page.add_annot(a)


for segs in paras:
    voice = segs[0][0]
    if voice:
        # Poppler finds text as it reads it: the no-break space as a space.
        markup(Poppler.AnnotTextMarkup.new_highlight, segs[0][1].replace(NB, ' '), colours[voice])
markup(Poppler.AnnotTextMarkup.new_strikeout, CUT.strip(), (1, 0, 0))
markup(Poppler.AnnotTextMarkup.new_underline, UNDERLINED, (0, 0, 1))
note_box = Poppler.Rectangle()
note_box.x1, note_box.y1, note_box.x2, note_box.y2 = 540, 760, 560, 780
note = Poppler.AnnotText.new(pdf, note_box)
note.set_contents('Vérifier la prononciation de « poitrine » avec la cliente.')
page.add_annot(note)
out = os.path.join(OUT, NAME + '.pdf')
if not pdf.save('file://' + out):
    raise SystemExit('poppler could not save')

data_paras = [{'segs': [[v, t.replace(CUT, '') if t.endswith(CUT) else t] for v, t in segs]} for segs in paras]
with open(os.path.join(OUT, NAME + '.json'), 'w', encoding='utf-8') as f:
    json.dump({
        'name': NAME,
        'producer': 'python-docx 0.8.11, LibreOffice 7.4 PDF export, annotations by poppler-glib 22.12 (as Evince makes them), incremental update',
        'description': 'French e-learning script in black; voices highlighted with Poppler (no appearance streams), a sentence struck out (cut), one underlined (kept, said), a sticky note.',
        'voices': {'Narrateur': {'highlight': '#FFFF00'}, 'Formatrice': {'highlight': '#99FF99'}, 'Apprenant': {'highlight': '#99D9FF'}},
        'unassigned': ['#000000'],
        'paras': data_paras,
    }, f, ensure_ascii=False, indent=1)
    f.write('\n')
shutil.rmtree(tmp)
