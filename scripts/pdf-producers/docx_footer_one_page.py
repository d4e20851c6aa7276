"""A one-page script whose footer is set in the body's size and a voice's colour (a Word document's
footer "Acme Logistics — Forklift safety — narration script v3" in the Narrator's red), and the same
script over three pages (the footer repeats: a running footer). python-docx, then LibreOffice.

/usr/bin/python3 scripts/pdf-producers/docx_footer_one_page.py

Writes tests/fixtures/pdf-furniture/footer-one-page-en.docx, .pdf and footer-three-pages-en.docx, .pdf
(`soffice --headless --convert-to pdf`, LibreOffice 7.4.7.2). On one page nothing repeats: the
footer is read as the Narrator's line, and now said (`footer-like-line`); on three it is a running
footer, left out, and nothing is said.
"""
import os
import shutil
import subprocess
import tempfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import RGBColor

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-furniture'))
RED, BLUE = RGBColor(0xC0, 0x00, 0x00), RGBColor(0x00, 0x70, 0xC0)
SCREENS = [
    ('Screen 1 — Welcome', 'Welcome to the forklift safety course.', 'Will this take long?'),
    ('Screen 2', 'The forks must stay low when you drive.', 'How low is low?'),
    ('Screen 3', 'A hand’s width above the floor is enough.', 'That is lower than I thought.'),
]


def build(name, pages):
    d = docx.Document()
    for i, (heading, narrator, learner) in enumerate(SCREENS[:pages]):
        h = d.add_heading(heading, 1)
        if i > 0:
            h.paragraph_format.page_break_before = True
        d.add_paragraph().add_run(narrator).font.color.rgb = RED
        d.add_paragraph().add_run(learner).font.color.rgb = BLUE
    footer = d.sections[0].footer.paragraphs[0]
    footer.add_run('Acme Logistics — Forklift safety — narration script v3').font.color.rgb = RED
    path = os.path.join(OUT, name + '.docx')
    d.save(path)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', 'pdf', '--outdir', tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, name + '.pdf'), os.path.join(OUT, name + '.pdf'))


if __name__ == '__main__':
    build('footer-one-page-en', 1)
    build('footer-three-pages-en', 3)
