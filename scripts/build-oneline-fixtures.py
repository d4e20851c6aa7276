"""One-line paragraphs of like width, and the layouts that must not be split like them
(tests/pdf-oneline.test.ts). Writes tests/fixtures/pdf-oneline/NAME.{docx,tex,html,pdf}.

A script of one sentence a paragraph, each on one line, all about as wide: no line reaches the
right margin, so the furthest one cannot be taken for it. Made by python-docx then LibreOffice
(`soffice --headless --convert-to pdf`), with and without space after the paragraphs, on one page
and over two, of sentences that differ only by their number (every line as wide as the
next to the point, as justified text); by XeLaTeX (ragged right, \\parskip); by Chromium (<p> with a margin). The
counter-cases, whose lines do wrap: two narrow columns, justified paragraphs, double-spaced ragged
prose with a right margin wider than the left, a narrow text box alone on its page (Chromium), a
poem of like-width lines ending with commas, narrow verse whose lines open with capitals (Chromium).

/usr/bin/python3 scripts/build-oneline-fixtures.py
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-oneline'))

BLUE, RED = '1F4E9F', 'C00000'

# Twenty sentences of 60 to 66 characters: one line each, all of like width.
SENTENCES = [
    'The harbour lies quiet under a grey sky before the first boats.',
    'Marie walks along the quay with her basket and her old red coat.',
    'A fisherman mends his nets and hums a song from his childhood.',
    'The gulls circle above the market stalls as the crates come in.',
    'She stops at the baker and buys two loaves for the long journey.',
    'The bell of the church rings seven times across the still water.',
    'Her brother waits by the lighthouse with the keys to the boat.',
    'They check the ropes, the fuel and the radio before they leave.',
    'The wind turns to the west and the first waves slap the hull.',
    'Marie laughs and says the sea has never frightened her at all.',
    'On the horizon a cargo ship moves slowly towards the big port.',
    'Her brother points at the island where their mother was born.',
    'The engine coughs twice, then settles into a steady old rhythm.',
    'They pass the rocks where the seals sleep in the warm sunlight.',
    'A small cloud of rain drifts over the cliffs and soon moves on.',
    'The island grows larger and the white houses come into view.',
    'An old woman waves at them from the end of the wooden jetty.',
    'Marie ties the boat and jumps onto the planks with her basket.',
    'They climb the narrow path to the house with the blue shutters.',
    'The door opens before they knock, and their aunt smiles at them.',
]

PROSE = [
    'The harbour lies quiet under a grey sky, and the first boats have not yet come back from the night. '
    'Marie walks along the quay with her basket and her old red coat, looking for her brother among the '
    'fishermen who mend their nets. She knows he will be late again.',
    'A fisherman hums a song from his childhood while the gulls circle above the market stalls. The crates '
    'come in one after the other, full of silver fish that still move. Marie stops at the baker and buys '
    'two loaves for the long journey to the island.',
    'The bell of the church rings seven times across the still water. Her brother is waiting by the '
    'lighthouse with the keys to the boat, and together they check the ropes, the fuel and the radio '
    'before they leave the shelter of the harbour wall.',
    'The wind turns to the west and the first waves slap the hull. Marie laughs and says the sea has never '
    'frightened her, not even on the night of the great storm when the lights went out.',
]

# Verse in a narrow measure, a capital opening each line, some lines ending on a word.
VERSE = [
    'Down by the harbour wall',
    'The fishing boats come in',
    'With nets of silver fish',
    'And gulls that wheel and call',
    'Above the morning tide',
    'Where Marie waits alone',
]

# French, one sentence a line, ending with a space before « ! » and « ? », or a closing guillemet.
PHRASES = [
    'Le port est calme sous un ciel gris avant le retour des bateaux.',
    'Marie longe le quai avec son panier et son vieux manteau rouge !',
    'Un pêcheur répare ses filets en fredonnant un air de son enfance.',
    'Les mouettes tournent au-dessus des étals quand arrivent les caisses.',
    'Elle s’arrête chez le boulanger : « Deux pains pour la traversée. »',
    'La cloche de l’église sonne sept coups au-dessus de l’eau immobile.',
    'Son frère l’attend près du phare avec les clés du bateau, non ?',
    'Ils vérifient les cordages, le carburant et la radio avant de partir.',
    'Le vent tourne à l’ouest et les premières vagues frappent la coque…',
    'Marie rit et dit que la mer ne lui a jamais fait peur du tout.',
]

POEM = [
    'The morning comes on silver feet across the sleeping bay,',
    'and lifts the mist from every boat that rocks along the quay,',
    'the gulls awake, the nets are drawn, the market fills with cries,',
    'and all the harbour stirs to life beneath the paling skies.',
]


def colour(i):
    """The voices take turns of three sentences (a voice's line runs on into the next sentences of its
    turn when two paragraphs are merged)."""
    return BLUE if i // 3 % 2 == 0 else RED


def save(doc, name):
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, outdir=OUT)


def numbered(i):
    """Sentences that differ only by their two-digit number: lines of one width to the point."""
    return 'Sentence %d of the narration goes on here with a few more words.' % (10 + i)


def one_liners(name, space_after, count=len(SENTENCES), sentence=lambda i: SENTENCES[i % len(SENTENCES)], size=12):
    doc = Document()
    for i in range(count):
        text = sentence(i)
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(space_after)
        para.paragraph_format.space_before = Pt(0)
        para.paragraph_format.line_spacing = 1.0
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor.from_string(colour(i))
    save(doc, name)


def prose_doc(name, setup):
    doc = Document()
    for i, text in enumerate(PROSE):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor.from_string(colour(i))
        setup(doc, para)
    save(doc, name)


def two_columns(doc, para):
    para.paragraph_format.space_after = Pt(6)
    sect = doc.sections[0]._sectPr
    if sect.find(qn('w:cols')) is None:
        cols = OxmlElement('w:cols')
        cols.set(qn('w:num'), '2')
        cols.set(qn('w:space'), '720')
        sect.append(cols)
    else:
        cols = sect.find(qn('w:cols'))
        cols.set(qn('w:num'), '2')
        cols.set(qn('w:space'), '720')


def justified(doc, para):
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(8)


def double_spaced(doc, para):
    # Double spacing, no space between paragraphs, a right margin twice the left one.
    para.paragraph_format.line_spacing = 2.0
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.first_line_indent = Pt(0)
    doc.sections[0].left_margin = Inches(1)
    doc.sections[0].right_margin = Inches(2)


def poem(name):
    doc = Document()
    para = doc.add_paragraph()
    for i, text in enumerate(POEM):
        run = para.add_run(text)
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor.from_string(BLUE)
        if i < len(POEM) - 1:
            run.add_break()
    save(doc, name)


def xelatex(name):
    body = '\n\n'.join(('\\textcolor[HTML]{%s}{%s}' % (colour(i), s)) for i, s in enumerate(SENTENCES))
    source = ('\\documentclass[11pt]{article}\n\\usepackage{fontspec}\n\\usepackage{xcolor}\n'
              '\\usepackage[a4paper,margin=25mm]{geometry}\n\\setlength{\\parindent}{0pt}\n'
              '\\setlength{\\parskip}{6pt}\n\\pagestyle{empty}\n\\raggedright\n'
              '\\begin{document}\n' + body + '\n\\end{document}\n')
    tex = os.path.join(OUT, name + '.tex')
    with open(tex, 'w', encoding='utf-8') as f:
        f.write(source)
    work = tempfile.mkdtemp()
    try:
        shutil.copy(tex, work)
        env = dict(os.environ, SOURCE_DATE_EPOCH='1756713600', FORCE_SOURCE_DATE='1')
        subprocess.run(['xelatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL, env=env)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(OUT, name + '.pdf'))
    finally:
        shutil.rmtree(work)


def french(text):
    """French spacing: a narrow no-break space before « ! » and « ? », a no-break space inside guillemets."""
    return text.replace(' !', '\u202f!').replace(' ?', '\u202f?').replace('« ', '«\u00a0').replace(' »', '\u00a0»')


def chromium(name, body, style, lang='en'):
    page = ('<!doctype html><html lang="' + lang + '"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm }'
            ' body { margin: 0; font: 12pt serif } ' + style + '</style></head><body>' + body + '</body></html>')
    html = os.path.join(OUT, name + '.html')
    with open(html, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name + '.pdf'), html], check=True, stderr=subprocess.DEVNULL)


def build():
    os.makedirs(OUT, exist_ok=True)
    one_liners('lo-oneline-spaced', 10)
    one_liners('lo-oneline-tight', 0)
    one_liners('lo-oneline-pages', 10, 45)
    one_liners('lo-oneline-digits', 10, 24, numbered, 11)
    xelatex('tex-oneline')
    chromium('chromium-oneline', ''.join('<p style="color:#%s">%s</p>' % (colour(i), s) for i, s in enumerate(SENTENCES)), 'p { margin: 0 0 6pt }')
    chromium('chromium-oneline-fr', ''.join('<p style="color:#%s">%s</p>' % (colour(i), french(s)) for i, s in enumerate(PHRASES)), 'p { margin: 0 0 6pt }', 'fr')
    prose_doc('lo-oneline-columns', two_columns)
    prose_doc('lo-oneline-justified', justified)
    prose_doc('lo-oneline-double', double_spaced)
    poem('lo-oneline-poem')
    chromium('chromium-oneline-verse', '<p>' + '<br>'.join(VERSE) + '</p>', 'body { width: 62mm } p { margin: 0 }')
    chromium('chromium-oneline-box', ''.join('<p>%s</p>' % s for s in PROSE[:2]), 'body { width: 62mm } p { margin: 0 0 6pt }')


if __name__ == '__main__':
    build()
