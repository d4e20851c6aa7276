"""Script lines that open each page in a size smaller than the body (where a running header would
stand), odd and even running headers on a three-page script, and a header in the body's own size.

/usr/bin/python3 scripts/build-pdf-header2-fixtures.py
(writes tests/fixtures/pdf-header2/NAME.docx and NAME.pdf for LibreOffice, NAME.html and NAME.pdf for
Chromium, NAME.pdf alone for ReportLab)

The body is scripts/build-pdf-header-fixtures.py's: Liberation Serif 12 pt, 1.5-spaced, 6 pt after each
paragraph, five paragraphs in two voices (#1F4E79, #38761D), each page opening one paragraph further on.
"""
import importlib.util
import os
import subprocess
import sys

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('hdr', os.path.join(HERE, 'build-pdf-header-fixtures.py'))
hdr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hdr)
sys.path.insert(0, os.path.join(HERE, 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-header2'))
BODY = hdr.BODY
COLOURS = hdr.COLOURS


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


def opening_pages(name, openers, size=10, pages=3):
    """`pages` pages, a page break between each; each page opens with `openers[page]` = (text, colour or
    None for black), set in `size` pt in the body's paragraph style (1.5-spaced, 6 pt after), then the body."""
    doc = hdr.base()
    for page in range(pages):
        if page:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        text, colour = openers[page]
        run = doc.add_paragraph().add_run(text)
        run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        for voice, line in BODY[page % 5:] + BODY[:page % 5]:
            doc.add_paragraph().add_run(line).font.color.rgb = COLOURS[voice]
    save(doc, name)


BLUE = COLOURS['NARRATOR']


def odd_even_three():
    """hdr.odd_even's headers on three pages: the even pages' header stands on page 2 only."""
    doc = hdr.base()
    doc.settings.element.append(OxmlElement('w:evenAndOddHeaders'))
    section = doc.sections[0]
    hdr.two_lines(section.header, hdr.HEADER)
    hdr.two_lines(section.even_page_header, ['Episode 4 “The Catch” — narration', 'Studio B — session of 14 November'])
    hdr.script(doc, pages=3)
    save(doc, 'lo-odd-even-three')


def odd_even_three_one_line():
    """One-line odd and even headers (9 pt, grey) on three pages."""
    doc = hdr.base()
    doc.settings.element.append(OxmlElement('w:evenAndOddHeaders'))
    section = doc.sections[0]
    hdr.small(section.header.paragraphs[0], 'The Catch — Chapter 2', 9).font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hdr.small(section.even_page_header.paragraphs[0], 'Harbour Heritage Trust', 9).font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hdr.script(doc, pages=3)
    save(doc, 'lo-odd-even-one-line')


def chromium(name, openers, pages=3):
    """Chromium print of an HTML page: each page (break-before) opens with a 9 pt line, then the body in 12 pt."""
    os.makedirs(OUT, exist_ok=True)
    html = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><style>@page{size:Letter;margin:1in}'
            'body{font:12pt/1.5 "Liberation Serif",serif;margin:0}p{margin:0 0 6pt}'
            '.o{font-size:9pt;line-height:1.2;margin:0 0 6pt}.pg{break-before:page}</style></head><body>']
    for page in range(pages):
        text, colour = openers[page]
        html.append('<div%s>' % (' class="pg"' if page else ''))
        html.append('<p class="o" style="color:%s">%s</p>' % (colour, text))
        for voice, line in BODY[page % 5:] + BODY[:page % 5]:
            c = COLOURS[voice]
            html.append('<p style="color:#%02X%02X%02X">%s</p>' % (c[0], c[1], c[2], line))
        html.append('</div>')
    html.append('</body></html>')
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(html))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name + '.pdf'), path], check=True, stderr=subprocess.DEVNULL)


def reportlab(name, openers, pages=3):
    """ReportLab canvas, A4: each page opens with a 9 pt line 22 pt over the body (Helvetica 11 pt,
    lines 16 pt apart, paragraphs 22 pt apart): at the body's paragraph spacing."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4, invariant=1)
    width, height = A4
    for page in range(pages):
        y = height - 60
        text, colour = openers[page]
        c.setFillColor(HexColor(colour))
        c.setFont('Helvetica', 9)
        c.drawString(60, y, text)
        y -= 22
        for voice, line in BODY[page % 5:] + BODY[:page % 5]:
            col = COLOURS[voice]
            c.setFillColor(HexColor('#%02X%02X%02X' % (col[0], col[1], col[2])))
            c.setFont('Helvetica', 11)
            for k, part in enumerate(simpleSplit(line, 'Helvetica', 11, width - 120)):
                if k:
                    y -= 16
                c.drawString(60, y, part)
            y -= 22
        c.showPage()
    c.save()


if __name__ == '__main__':
    only = sys.argv[1:]
    # A direction in the narrator's colour, the same words atop every page (10 pt over 12 pt).
    if not only or 'lo-voiced-direction' in only:
        opening_pages('lo-voiced-direction', [('(SFX: door)', BLUE)] * 3)
    # A short voiced line, "Next.", in the narrator's colour atop every page.
    if not only or 'lo-voiced-next' in only:
        opening_pages('lo-voiced-next', [('Next.', BLUE)] * 3)
    # A speaker's label in the narrator's colour atop every page.
    if not only or 'lo-voiced-label' in only:
        opening_pages('lo-voiced-label', [('NARRATOR', BLUE)] * 3)
    # Music cues in black, other words on every page.
    if not only or 'lo-music-cues' in only:
        opening_pages('lo-music-cues', [('MUSIC: harbour theme fades in', None), ('MUSIC: market bustle under', None), ('MUSIC: quiet strings, then out', None)])
    # Music cues in black, numbered with the page (cue 1 on page 1…): the words repeat, the number goes with the page.
    if not only or 'lo-music-numbered' in only:
        opening_pages('lo-music-numbered', [('MUSIC: cue %d' % (p + 1), None) for p in range(3)])
    # The same black direction atop every page: a header by every sign; left out, and said.
    if not only or 'lo-black-direction' in only:
        opening_pages('lo-black-direction', [('(SFX: door)', None)] * 3)
    if not only or 'odd_even_three' in only:
        odd_even_three()
    if not only or 'odd_even_three_one_line' in only:
        odd_even_three_one_line()
    if not only or 'cr-voiced-next' in only:
        chromium('cr-voiced-next', [('Next.', '#1F4E79')] * 3)
    if not only or 'cr-music-cues' in only:
        chromium('cr-music-cues', [('MUSIC: harbour theme fades in', '#000000'), ('MUSIC: market bustle under', '#000000'), ('MUSIC: quiet strings, then out', '#000000')])
    if not only or 'rl-voiced-direction' in only:
        reportlab('rl-voiced-direction', [('(SFX: door)', '#1F4E79')] * 3)
    if not only or 'rl-music-cues' in only:
        reportlab('rl-music-cues', [('MUSIC: harbour theme fades in', '#000000'), ('MUSIC: market bustle under', '#000000'), ('MUSIC: quiet strings, then out', '#000000')])
