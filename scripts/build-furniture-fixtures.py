"""Scripts whose lines look alike from page to page, and running headers that do or do not stand apart.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-furniture-fixtures.py
Writes tests/fixtures/pdf-furniture/*.docx and their PDFs (soffice --headless --convert-to pdf), and
the PDF of fancyhdr-double-en.tex (xelatex: fancyhdr's header and page number over a double-spaced
body whose lines look alike).
"""
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = 'tests/fixtures/pdf-furniture'
BLUE = RGBColor(0x00, 0x70, 0xC0)
GREEN = RGBColor(0x00, 0xB0, 0x50)


def alike_lines():
    """60 one-line paragraphs "Sentence N of the narration…", 3 pages, no header or footer: every page's
    top and bottom lines are the same text once digits are masked, at the same height, at body spacing."""
    d = Document()
    for n in range(60):
        d.add_paragraph(f'Sentence {n} of the narration goes on here with a few more words.')
    return d


def heading_header():
    """The header is a paragraph in style Heading 1 at 18 pt ("Special Notice"); LibreOffice's header
    grows and pushes the body down, so it stands at body spacing over the first line. The footer
    "Special Notice" is right-aligned. 40 two-line paragraphs in two voices."""
    d = Document()
    header = d.sections[0].header.paragraphs[0]
    header.style = d.styles['Heading 1']
    header.add_run('Special Notice').font.size = Pt(18)
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run('Special Notice')
    for n in range(40):
        run = d.add_paragraph().add_run(f'Sentence {n} of the narration goes on here with a few more words and '
                                        'some more words to wrap the line over the edge of the page.')
        run.font.color.rgb = BLUE if n % 2 == 0 else GREEN
    return d


def big_header():
    """The header "Special Notice" in style Header at 20 pt, the footer the same at 11 pt; 60 one-line
    paragraphs that look alike (digits masked) under it."""
    d = Document()
    d.sections[0].header.paragraphs[0].add_run('Special Notice').font.size = Pt(20)
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run('Special Notice')
    for n in range(60):
        d.add_paragraph(f'Sentence {n} of the narration goes on here with a few more words.')
    return d


def field(paragraph, code):
    """A complex field (PAGE, NUMPAGES) whose result LibreOffice computes on each page."""
    run = paragraph.add_run()
    for kind, text in (('begin', None), (None, code), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            el = OxmlElement('w:fldChar')
            el.set(qn('w:fldCharType'), kind)
        elif text == code:
            el = OxmlElement('w:instrText')
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {code} '
        else:
            el = OxmlElement('w:t')
            el.text = text
        run._r.append(el)


def page_footer():
    """A header in body size ("Spot radio – Boulangerie Martin – version 2") and a footer "Page N of M"
    made of fields, over 60 one-line lines in two voices: both are furniture (they stand apart from the
    body), and no script line is."""
    d = Document()
    d.sections[0].header.paragraphs[0].add_run('Spot radio – Boulangerie Martin – version 2')
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run('Page ')
    field(footer, 'PAGE')
    footer.add_run(' of ')
    field(footer, 'NUMPAGES')
    for n in range(60):
        run = d.add_paragraph().add_run(f'Line {n + 1}: the baker opens at seven and sells bread.')
        run.font.color.rgb = BLUE if n % 2 == 0 else GREEN
    return d


FIXTURES = {
    'alike-lines-en': alike_lines,
    'heading-header-en': heading_header,
    'big-header-en': big_header,
    'page-footer-en': page_footer,
}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, build in FIXTURES.items():
        build().save(os.path.join(OUT, f'{name}.docx'))
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT,
                    *[os.path.join(OUT, f'{name}.docx') for name in FIXTURES]], check=True)
    subprocess.run(['xelatex', '-interaction=batchmode', '-output-directory', '/tmp', os.path.join(OUT, 'fancyhdr-double-en.tex')], check=True)
    os.replace('/tmp/fancyhdr-double-en.pdf', os.path.join(OUT, 'fancyhdr-double-en.pdf'))
