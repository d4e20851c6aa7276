"""Legends that disagree, repeat a name, contradict themselves, sit where they were not read, or give
black to a voice (the probe "legends2"). Each script: a title block (title, client, version), the
legend (or none), then screens of a narrator, an expert and a learner, the screen titles in black.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-legend-conflict-fixtures.py
Writes tests/fixtures/legend-conflicts/*.docx, and *.pdf of the header/body pair
(soffice -env:UserInstallation=file:///tmp/vo-lines-soffice-legend-conflicts --headless --convert-to pdf).
"""
import os
import subprocess

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

OUT = 'tests/fixtures/legend-conflicts'
BLACK, RED, DARK_RED, BLUE, GREEN = '000000', 'FF0000', 'C00000', '0000FF', '00B050'

LINES = {
    'A': ['Welcome to the warehouse safety course for new starters.',
          'Every day more than two hundred people work on this site.',
          'Let us begin with the three rules that keep you safe.',
          'Thank you for following this module to the end.'],
    'B': ['Always wear your high visibility vest in the loading bay.',
          'Never walk behind a reversing forklift truck, even for a second.',
          'Report every near miss to your team leader the same day.'],
    'C': ['Do I need the vest in the office too?',
          'What happens if I forget my badge at home?'],
}
ORDER = [('A', 0), ('B', 0), ('C', 0), ('A', 1), ('B', 1), ('A', 2), ('C', 1), ('B', 2), ('A', 3)]


def para(doc_or_part, *runs):
    """runs: (text, hex colour)."""
    p = doc_or_part.add_paragraph()
    for text, colour in runs:
        r = p.add_run(text)
        r.font.color.rgb = RGBColor.from_string(colour)
    return p


def script(legend=None, colours=None, after=None, repeat=1):
    """The title block, `legend(doc)`, the screens (voices A, B, C in `colours`, a voice left out when absent), `after(doc)`."""
    d = Document()
    for text in ('Warehouse Safety Module', 'Client: Northwind Logistics', 'Version 3, 12 May'):
        para(d, (text, BLACK))
    if legend:
        legend(d)
    for _ in range(repeat):
        for i, (voice, k) in enumerate(ORDER):
            if i % 3 == 0:
                para(d, (f'Screen {i // 3 + 1}', BLACK))
            if voice in colours:
                para(d, (LINES[voice][k], colours[voice]))
    if after:
        after(d)
    return d


def line(text):
    return lambda d: para(d, (text, BLACK))


def lines(*texts):
    def write(d):
        for text in texts:
            para(d, (text, BLACK))
    return write


def header(text, then=None):
    def write(d):
        p = d.sections[0].header.paragraphs[0]
        r = p.add_run(text)
        r.font.color.rgb = RGBColor.from_string(BLACK)
        if then:
            then(d)
    return write


def swatch_table(rows):
    def write(d):
        para(d, ('Voice key', BLACK))
        t = d.add_table(rows=len(rows), cols=2)
        t.style = 'Table Grid'
        for i, (name, fill) in enumerate(rows):
            t.cell(i, 0).text = name
            if fill:
                shd = OxmlElement('w:shd')
                shd.set(qn('w:val'), 'clear')
                shd.set(qn('w:color'), 'auto')
                shd.set(qn('w:fill'), fill)
                t.cell(i, 1)._tc.get_or_add_tcPr().append(shd)
            else:
                t.cell(i, 1).text = 'Colour'
    return write


TWO = {'A': BLUE, 'B': GREEN}
THREE = {'A': RED, 'B': BLUE, 'C': GREEN}

FIXTURES = {
    # 1. Two legends that give the voices different colours.
    'corrected-legend-en': script(lines('Key: Narrator = blue; Expert = green; black = not recorded',
                                        'Note from the producer, corrected legend: Narrator = green; Expert = blue.'), TWO),
    'header-vs-body-en': script(header('Key: Narrator = green; Expert = blue', line('Key: Narrator = blue; Expert = green; black = not recorded')), TWO),
    'header-agrees-en': script(header('Key: Narrator = blue; Expert = green', line('Key: Narrator = blue; Expert = green; black = not recorded')), TWO),
    # 2. One name, two colours.
    'two-keys-one-after-other-en': script(lines('Key: Narrator = blue; Expert = green; black = not recorded', 'Colour code: Narrator = green; Expert = blue'), TWO),
    'name-twice-en': script(lines('Key: Narrator = blue; Expert = green; black = not recorded', 'Colour code: Narrator = red'),
                            {'A': BLUE, 'B': GREEN, 'C': RED}),
    # 3. A bare colour word, its standard shade on a note, the voice in a darker one.
    'red-word-darkred-narrator-en': script(line('Key: Narrator = red; Expert = blue; black = not recorded'), {'A': DARK_RED, 'B': BLUE},
                                           after=lambda d: para(d, ('Confidential: not for distribution outside Northwind.', RED))),
    'grey-word-two-greys-en': script(line('Key: Narrator = grey; Expert = blue; black = not recorded'), {'A': '404040', 'B': BLUE, 'C': '808080'}),
    # 4. Names typed in one colour, colour words saying another.
    'name-colour-vs-words-en': script(lambda d: para(d, ('Key: ', BLACK), ('Narrator', BLUE), (' = red; ', BLACK), ('Expert', RED), (' = blue; black = not recorded', BLACK)),
                                      {'A': RED, 'B': BLUE}),
    # 5. Swatches a shade off the text colours.
    'swatch-darkred-text-red-en': script(swatch_table([('Voice', None), ('Narrator', DARK_RED), ('Expert', '0070C0')]), {'A': RED, 'B': BLUE}),
    'swatch-between-two-reds-en': script(swatch_table([('Voice', None), ('Narrator', 'E00000'), ('Expert', '0070C0')]), {'A': RED, 'B': BLUE, 'C': DARK_RED}),
    # 6. Legends where they are not read.
    'legend-at-end-long-en': script(colours=THREE, repeat=3, after=line('Key: Narrator = red; Expert = blue; Learner = green; black = not recorded')),
    'key-inside-note-en': script(line("Note: the expert's lines were moved to green in v3. Key: Narrator = blue; Expert = green"), TWO),
    'elided-sentence-en': script(line("Lines in blue are Paul's, in green Marie's. Text in black is not recorded."), TWO),
    # 7. Black given to a voice.
    'narrator-black-en': script(line('Key: Narrator = black; Expert = blue; Learner = green'), {'A': BLACK, 'B': BLUE, 'C': GREEN}),
}

PDF = ['header-vs-body-en', 'corrected-legend-en']


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, doc in FIXTURES.items():
        doc.save(os.path.join(OUT, name + '.docx'))
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/vo-lines-soffice-legend-conflicts', '--headless', '--convert-to', 'pdf', '--outdir', OUT]
                   + [os.path.join(OUT, n + '.docx') for n in PDF], check=True, stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
