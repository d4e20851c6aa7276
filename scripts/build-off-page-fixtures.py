"""Fixtures for text cut off at the page's edge or by a clip (tests/pdf-off-page.test.ts): what a
reader does not see is not read, and a line cut so is said (`text-off-page`).

/usr/bin/python3 scripts/build-off-page-fixtures.py
(Debian 12: ReportLab 3.6.12, LibreOffice 7.4.7.2, Chromium 156; writes tests/fixtures/pdf-off-page/)

- lo-wide-table-en: an HTML storyboard table (Narrator blue, Expert green, on-screen text grey)
  opened by LibreOffice, saved as DOCX, the DOCX exported to PDF: the table comes out as wide as
  the page and the narration's lines run a few letters past its right edge, where LibreOffice's clip
  of the page cuts them ("…on our compan"). The DOCX holds every word.
- chromium-nowrap-en: Chromium print-to-PDF of a page with a `white-space: nowrap` line and a table
  wider than the page (beyond what Chromium shrinks to fit): both cut at the page's right edge.
- chromium-overflow-en: a box of fixed width with `overflow: hidden` and a line that does not fit
  (cut by the box's clip, not the page), and a box of fixed height whose clip cuts a line in half.
- chromium-inside-en: no text cut: right-aligned lines, a right-aligned page number at the margin,
  a `nowrap` line that fits, a box with `overflow: hidden` whose text fits, and text for screen
  readers only (clipped to a pixel: hidden on purpose, not cut).
- rl-off-page-en: ReportLab canvas, A5: a line drawn past the right edge, one starting left of the
  page, and a speaker's text set beyond the right edge beside its label (a row whose second part
  lies wholly off the page).
- rl-near-edge-en: ReportLab canvas, A5: text ending 2 pt inside the right edge, a right-aligned page
  number at the margin, text put far off the page (x = -3000), a slug line outside the crop box (the
  media box larger), and a line under a clip of a point (hidden on purpose).
"""
import os
import shutil
import tempfile

from docx_common import chromium, lo_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-off-page'))

BLUE, GREEN, GREY = '#0070C0', '#00B050', '#808080'


def path(name):
    os.makedirs(OUT, exist_ok=True)
    return os.path.join(OUT, name)


def span(colour, text):
    return f'<span style="color:{colour}">{text}</span>'


def lo_wide_table():
    long = ('Phishing emails look real. They copy the logo, the tone and even the signature of people you know. ' * 12).strip()
    html = f'''<html><head><meta charset="utf-8"><title>Phishing awareness</title></head><body>
<p>Phishing awareness — storyboard v1</p>
<p>Key: Narrator = blue; Expert = green; on-screen text = grey (not recorded).</p>
<table border="1" cellpadding="4">
<thead><tr><th>#</th><th>Screen / On-screen text</th><th>Notes / Animation</th><th>Narration (VO)</th></tr></thead>
<tbody>
<tr><td>1</td><td>{span(GREY, "Spot the phish")}</td><td>Logo animation.</td><td>{span(BLUE, "Welcome. Today we look at phishing, the most common attack on our company.")}</td></tr>
<tr><td>2</td><td rowspan="2">{span(GREY, "Three warning signs")}</td><td>Alex on camera.</td><td>{span(GREEN, "I am Alex, and I read suspicious emails all day long.")}</td></tr>
<tr><td>3</td><td>Bullet list builds.</td><td>{span(BLUE, "Here are three signs that an email is not what it seems.")}</td></tr>
<tr><td colspan="4">{span(BLUE, "Part two. What to do next.")}</td></tr>
<tr><td>4</td><td>{span(GREY, "Long screen")}</td><td>Hold.</td><td>{span(GREEN, long)}</td></tr>
<tr><td>5</td><td>{span(GREY, "Report it")}</td><td>Show button.</td><td>{span(BLUE, "Report every suspicious email with the button.")} {span(GREEN, "And never click the link first.")}</td></tr>
</tbody></table>
<p>End.</p></body></html>'''
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, 'lo-wide-table-en.html')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(html)
        shutil.copy(src, path('lo-wide-table-en.html'))
        lo_pdf(src, work, 'docx:MS Word 2007 XML')
        shutil.copy(os.path.join(work, 'lo-wide-table-en.docx'), path('lo-wide-table-en.docx'))
        lo_pdf(os.path.join(work, 'lo-wide-table-en.docx'), OUT)
    finally:
        shutil.rmtree(work)


HEAD = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A5; margin: 15mm }}
body {{ font: 11pt "DejaVu Sans", sans-serif; line-height: 1.4 }}
{style}
</style></head><body>
<p>Key: Narrator = blue; Anna = green.</p>
'''


def chromium_nowrap():
    style = 'table { border-collapse: collapse; width: 330mm; table-layout: fixed } td { border: 1px solid #999; padding: 3px; vertical-align: top }'
    page = HEAD.format(title='Museum tour', style=style) + f'''
<p style="color:{BLUE}">Welcome to the museum. This first room holds the oldest maps in the collection.</p>
<p style="white-space: nowrap; color:{GREEN}">Look closely at the coastline on the left: every bay was drawn by a sailor who had seen it himself, from the deck of a ship that never came home again.</p>
<p style="color:{BLUE}">Now turn to the glass case behind you.</p>
<table><tr><td style="width: 25mm">Case 2</td><td style="width: 80mm">Globe, 1570</td><td style="color:{GREEN}">This globe was made for a merchant who never left his city, and who paid for every island on it with money he had made from ships he would never board himself.</td></tr></table>
<p style="color:{BLUE}">That is the end of the first room.</p>
</body></html>
'''
    chromium(OUT, 'chromium-nowrap-en', page)


def chromium_overflow():
    style = '.box { width: 60mm; overflow: hidden; white-space: nowrap; border: 1px solid #999; padding: 2px } .low { height: 2.1em; overflow: hidden; width: 100mm; border: 1px solid #999 }'
    page = HEAD.format(title='Radio spot', style=style) + f'''
<p style="color:{BLUE}">Spring is here, and so are the prices.</p>
<div class="box" style="color:{GREEN}">Everything in the garden centre is half price this weekend only.</div>
<p style="color:{BLUE}">Come early: the best plants go first.</p>
<div class="low" style="color:{GREEN}">Open Saturday and Sunday from eight in the morning until six in the evening, in every one of our twelve shops across the region.</div>
<p style="color:{BLUE}">Garden World. Grow something.</p>
</body></html>
'''
    chromium(OUT, 'chromium-overflow-en', page)


def chromium_inside():
    style = ('.right { text-align: right } .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }'
             ' .box { width: 100mm; overflow: hidden; border: 1px solid #999 } .num { position: fixed; right: 0; bottom: 0; font-size: 9pt }')
    page = HEAD.format(title='Radio spot', style=style) + f'''
<p class="right" style="color:{BLUE}">Spring is here, and so are the prices at Garden World this weekend.</p>
<p class="right" style="color:{GREEN}">Everything is half price.</p>
<p style="white-space: nowrap; color:{BLUE}">Come early: the best plants go first.<span class="sr">Skip to the next spot.</span></p>
<div class="box" style="color:{GREEN}">Open Saturday and Sunday from eight in the morning until six.</div>
<p style="color:{BLUE}; text-align: justify">Garden World has twelve shops across the region, each with a café, a playground and free parking for the whole family all weekend long.</p>
<div class="num">Page 1</div>
</body></html>
'''
    chromium(OUT, 'chromium-inside-en', page)


def reportlab_pages():
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor
    W, H = A5
    c = canvas.Canvas(path('rl-off-page-en.pdf'), pagesize=A5, invariant=1, pageCompression=0)
    c.setFont('Helvetica', 11)
    y = H - 60

    def line(x, colour, text):
        nonlocal y
        c.setFillColor(HexColor(colour))
        c.drawString(x, y, text)
        y -= 18
    line(50, '#000000', 'Key: Narrator = blue; Anna = green.')
    line(50, BLUE, 'Welcome to the harbour tour.')
    line(50, GREEN, 'The boats you see here have fished these waters for a hundred and fifty years, and more.')
    line(50, BLUE, 'On your left is the old customs house.')
    line(-60, GREEN, 'It burned down twice before anyone thought of building it in stone.')
    line(50, BLUE, 'The tour goes on along the quay.')
    # A label inside the page and its text wholly beyond the right edge, on one baseline.
    c.setFillColor(HexColor(GREEN))
    c.drawString(50, y, 'ANNA')
    c.drawString(W + 12, y, 'Mind the ropes on the ground.')
    y -= 18
    line(50, BLUE, 'Thank you for joining us.')
    c.showPage()
    c.save()

    c = canvas.Canvas(path('rl-near-edge-en.pdf'), pagesize=A5, invariant=1, pageCompression=0)
    # The media box larger than the crop box: a slug line in the bleed, outside what a reader sees.
    c.setCropBox((20, 20, W - 20, H - 20))
    c.setFont('Helvetica', 11)
    y = H - 60
    c.setFillColor(HexColor('#000000'))
    c.drawString(50, y, 'Key: Narrator = blue; Anna = green.')
    y -= 18
    c.setFillColor(HexColor(BLUE))
    text = 'Welcome to the harbour tour, on the quay.'
    c.drawString(W - 20 - 2 - c.stringWidth(text, 'Helvetica', 11), y, text)
    y -= 18
    c.setFillColor(HexColor(GREEN))
    c.drawString(50, y, 'The boats you see here are old.')
    y -= 18
    c.setFillColor(HexColor(BLUE))
    c.drawRightString(W - 20 - 30, y, 'Thank you for joining us.')
    c.setFillColor(HexColor(GREEN))
    c.drawString(-3000, y, 'Text put far away from the page.')
    y -= 18
    c.saveState()
    p = c.beginPath()
    p.rect(50, y, 1, 1)
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(50, y, 'Hidden on purpose under a clip of a point.')
    c.restoreState()
    c.setFont('Helvetica', 8)
    c.setFillColor(HexColor('#000000'))
    c.drawString(24, 6, 'harbour-tour.indd  3  2026-12-06  10:00  slug line outside the crop box')
    c.drawRightString(W - 20 - 30, 40, '1')
    c.showPage()
    c.save()


if __name__ == '__main__':
    lo_wide_table()
    chromium_nowrap()
    chromium_overflow()
    chromium_inside()
    reportlab_pages()
