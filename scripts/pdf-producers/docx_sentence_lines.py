"""One sentence a paragraph, no space between paragraphs (spacing after 0, single line spacing), each
sentence long enough to reach near the right margin: nothing on the page but where the sentences end
tells the paragraphs apart. LibreOffice's PDFs of python-docx documents.

/usr/bin/python3 scripts/pdf-producers/docx_sentence_lines.py

Writes tests/fixtures/pdf-oneline/NAME.docx and NAME.pdf (`soffice --headless --convert-to pdf`,
LibreOffice 7.4.7.2; python-docx 0.8.11, US Letter, 1.25 in side margins):
- lo-sentences-short: a Heading 1 and three red sentences, one a paragraph (before: read as the heading
  and one line of all three, 2 lines against the DOCX's 4);
- lo-sentences-long: a Heading 1 and thirty sentences, one a paragraph, in red and blue by turns of
  three (before: 15 lines against 31, several voices' sentences run together by colour only).
"""
import os
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt, RGBColor

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-oneline'))
RED, BLUE = RGBColor(0xC0, 0x00, 0x00), RGBColor(0x00, 0x70, 0xC0)
SENTENCES = [
    'Pedestrians and forklift trucks share the same busy aisles in this warehouse.',
    'Drivers must always slow down and sound the horn at every blind corner.',
    'Walk only inside the marked lanes and never behind a reversing truck.',
    'Keep both hands on the wheel and look where you are going at all times.',
    'Loads must be lowered before the truck turns or moves down any slope.',
]


def build(name, count, colour_of):
    d = docx.Document()
    d.add_heading('Screen 3 — Loading bay', 1)
    for i in range(count):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(SENTENCES[i % len(SENTENCES)])
        r.font.color.rgb = colour_of(i)
    path = os.path.join(OUT, name + '.docx')
    d.save(path)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', 'pdf', '--outdir', tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, name + '.pdf'), os.path.join(OUT, name + '.pdf'))


if __name__ == '__main__':
    build('lo-sentences-short', 3, lambda i: RED)
    build('lo-sentences-long', 30, lambda i: RED if (i // 3) % 2 == 0 else BLUE)
