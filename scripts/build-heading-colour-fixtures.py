"""Fixtures of tests/heading-colour.test.ts: a colour only the headings use, which no voice has (Word's
blue "Heading 1", a spot's title in a colour of its own), said as headings that nobody reads, not as
an unknown colour; and the shapes around it that must stay as they are.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-heading-colour-fixtures.py
Writes tests/fixtures/heading-colour/*.docx (and .config.yaml), and the PDFs of those in PDFS
(soffice --headless --convert-to pdf).

spots-legend-en: radio spots with a legend of highlights ("Key: ANNOUNCER · CUSTOMER · SFX / music (not
  recorded)"), each spot's title a Word "Heading 1" whose colour is the template's theme colour (accent1
  shaded BF: #376092 in the DOCX; LibreOffice writes the style's stored #365F91 in the PDF).
spots-outline-en: voices by text colour and a config (spots-outline-en.config.yaml) that names them and
  black as not recorded; each title a paragraph style of the writer's own, "Spot title", given an outline
  level (as LibreOffice and Google Docs headings carry one), its runs dark red #C00000 set directly.
spots-mixed-en: spots-legend-en with two notes to the talent, plain paragraphs, in the headings' blue:
  the colour is on lines that are no headings too.
spots-bold-titles-en: spots-legend-en with each title a bold Normal paragraph in that blue: no heading by
  its form (no heading style, no outline level, body-sized type).
spots-titles-in-voice-en: a legend giving the ANNOUNCER the headings' blue as a text colour (Blue, Accent 1,
  Darker 25%, as Word's colour picker writes it): the titles are in the ANNOUNCER's colour.
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

OUT = 'tests/fixtures/heading-colour'
PDFS = ['spots-legend-en']

GREEN = RGBColor(0x00, 0xB0, 0x50)
BLUE = RGBColor(0x00, 0x70, 0xC0)
DARK_RED = RGBColor(0xC0, 0x00, 0x00)

SPOTS = [
    ('Spot 1 — “Berry Good” — :30', [
        ('ANNOUNCER', 'This spring, FreshMart makes it easy to eat well.'),
        ('CUSTOMER', 'Wait, strawberries already?'),
        ('ANNOUNCER', 'Strawberries, only 2,99 € a punnet, this week only.'),
    ]),
    ('Spot 2 — “Bread Run” — :20', [
        ('ANNOUNCER', 'Fresh bread baked every morning, from 1,49 €.'),
        ('CUSTOMER', 'Honestly, the bread is amazing.'),
    ]),
    ('Spot 3 — “Family Box” — :30', [
        ('CUSTOMER', 'My kids actually ate the broccoli.'),
        ('ANNOUNCER', 'The family box: 19,99 € for a whole week of vegetables.'),
    ]),
]
HIGHLIGHT = {'ANNOUNCER': WD_COLOR_INDEX.YELLOW, 'CUSTOMER': WD_COLOR_INDEX.BRIGHT_GREEN}


def theme_blue(run):
    """Blue, Accent 1, Darker 25% as Word's colour picker writes it: the theme colour, shaded, and its value."""
    rpr = run._r.get_or_add_rPr()
    color = OxmlElement('w:color')
    color.set(qn('w:val'), '365F91')
    color.set(qn('w:themeColor'), 'accent1')
    color.set(qn('w:themeShade'), 'BF')
    rpr.append(color)


def legend_by_highlight(d):
    p = d.add_paragraph()
    p.add_run('Key: ')
    p.add_run('ANNOUNCER').font.highlight_color = HIGHLIGHT['ANNOUNCER']
    p.add_run(' · ')
    p.add_run('CUSTOMER').font.highlight_color = HIGHLIGHT['CUSTOMER']
    p.add_run(' · SFX / music (not recorded)')


def spots_by_highlight(title, mixed=False):
    d = Document()
    d.add_paragraph('FRESHMART — Spring radio campaign 2026')
    legend_by_highlight(d)
    for n, (heading, lines) in enumerate(SPOTS):
        title(d, heading)
        d.add_paragraph('[SFX: shopping trolley, birdsong]')
        if mixed and n < 2:
            theme_blue(d.add_paragraph().add_run('Note to talent: smile on the price, slow down on the name.' if n == 0 else 'Note to talent: a warm, close read.'))
        for voice, text in lines:
            d.add_paragraph().add_run(text).font.highlight_color = HIGHLIGHT[voice]
    return d


def heading_title(d, text):
    d.add_heading(text, level=1)


def bold_title(d, text):
    run = d.add_paragraph().add_run(text)
    run.bold = True
    theme_blue(run)


def spots_outline(path):
    d = Document()
    style = d.styles.add_style('Spot title', WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles['Normal']
    ppr = style.element.get_or_add_pPr()
    outline = OxmlElement('w:outlineLvl')
    outline.set(qn('w:val'), '0')
    ppr.append(outline)
    d.add_paragraph('FRESHMART — Spring radio campaign 2026')
    for heading, lines in SPOTS:
        run = d.add_paragraph(style='Spot title').add_run(heading)
        run.font.color.rgb = DARK_RED
        run.bold = True
        d.add_paragraph('[SFX: shopping trolley, birdsong]')
        for voice, text in lines:
            d.add_paragraph().add_run(text).font.color.rgb = BLUE if voice == 'ANNOUNCER' else GREEN
    d.save(path)
    with open(path.replace('.docx', '.config.yaml'), 'w', encoding='utf-8') as f:
        f.write('voices:\n  ANNOUNCER: { color: "#0070C0" }\n  CUSTOMER: { color: "#00B050" }\nunassigned: ["#000000"]\n')


def spots_titles_in_voice(path):
    d = Document()
    d.add_paragraph('FRESHMART — Spring radio campaign 2026')
    p = d.add_paragraph()
    p.add_run('Key: ')
    theme_blue(p.add_run('ANNOUNCER'))
    p.add_run(' · ')
    p.add_run('CUSTOMER').font.color.rgb = GREEN
    p.add_run(' · SFX / music (not recorded)')
    for heading, lines in SPOTS:
        d.add_heading(heading, level=1)
        d.add_paragraph('[SFX: shopping trolley, birdsong]')
        for voice, text in lines:
            run = d.add_paragraph().add_run(text)
            if voice == 'ANNOUNCER':
                theme_blue(run)
            else:
                run.font.color.rgb = GREEN
    d.save(path)


FIXTURES = {
    'spots-legend-en': lambda p: spots_by_highlight(heading_title).save(p),
    'spots-outline-en': spots_outline,
    'spots-mixed-en': lambda p: spots_by_highlight(heading_title, mixed=True).save(p),
    'spots-bold-titles-en': lambda p: spots_by_highlight(bold_title).save(p),
    'spots-titles-in-voice-en': spots_titles_in_voice,
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, f'{name}.docx')
        FIXTURES[name](path)
        if name in PDFS:
            subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/vo-lines-heading-colour-lo', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, capture_output=True)
        print(path)


if __name__ == '__main__':
    main(sys.argv[1:])
