"""One paragraph alone in a measure of its own (a witness's statement set in from both margins: a
Word/LibreOffice paragraph indented 2 cm left and right, an HTML `<blockquote>`, LaTeX's `quote`, justified, hyphenation off),
three printed lines of one sentence run between the narrator's full-width paragraphs. Its lines end
at the measure's own edge, short of the page's margin, and a reader shows them as one paragraph.
Before: each printed line was a line of its own (a measure was seen only from four lines at one
left edge), so the witness had three lines where the script has one. Under it, the song's lines:
short lines set in from the left only, each a line of its own (the next line's first word would
have fitted: the writer broke them).

/usr/bin/python3 scripts/pdf-producers/lone_measures.py
(writes lo-lone-measure-en.docx/.pdf through LibreOffice, chromium-lone-measure-en.html/.pdf,
wp-lone-measure-en.html/.pdf through WeasyPrint, tex-lone-measure-en.tex/.pdf through XeLaTeX,
chromium-long-quote-en and wp-long-quote-en (the quotation five printed lines long), each with its NAME.json)
"""
import html
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from common import chromium_pdf, docx_and_pdf, out_path, write_script, xelatex_pdf

VOICES = {'Narrator': {'color': '#0000FF'}, 'Witness': {'color': '#C00000'}, 'Singer': {'color': '#008000'}}
HEX = {'Narrator': '0000FF', 'Witness': 'C00000', 'Singer': '008000'}

# (voice, text, how it is set): 'body' full width, 'quote' set in from both margins, 'song' set in from the left.
SCRIPT = [
    (None, 'The Lighthouse, episode 3', 'body'),
    ('Narrator', 'The night of the storm began like any other night in the harbour town, with the ferries tied up early '
                 'and the fishermen drinking in the bar by the lighthouse.', 'body'),
    ('Witness', 'I saw the light go out at ten past eleven, and then I heard the bell, and after the bell nothing '
                'at all.', 'quote'),
    ('Narrator', 'Nobody else in the town remembers the bell. The keeper’s log for that night has one line in it, and the '
                 'line is about the weather.', 'body'),
    ('Singer', 'Down by the water', 'song'),
    ('Singer', 'the bell rings slow', 'song'),
    ('Singer', 'and nobody knows', 'song'),
    (None, '[Thunder, then silence]', 'body'),
]


# The same quotation made long enough for five printed lines in a browser's 40 px measure: ragged,
# its lines never reach within two ems of the furthest body line (the text's margin as measured).
LONG = [(v, t + ' Not even the wind, for a whole minute that felt to me like an hour of my life.' if how == 'quote' else t, how) for v, t, how in SCRIPT]


def data(script=SCRIPT):
    return [[[voice, text]] for voice, text, _ in script]


def lo():
    name = 'lo-lone-measure-en'
    doc = Document()
    doc.styles['Normal'].font.size = Pt(12)
    for voice, text, how in SCRIPT:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if how != 'song' else WD_ALIGN_PARAGRAPH.LEFT
        if how == 'quote':
            p.paragraph_format.left_indent = Cm(2)
            p.paragraph_format.right_indent = Cm(2)
        if how == 'song':
            p.paragraph_format.left_indent = Cm(4)
            p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        if voice:
            r.font.color.rgb = RGBColor.from_string(HEX[voice])
    docx_and_pdf(doc, name)
    write_script(name, 'python-docx 0.8 + LibreOffice 7.4', 'A paragraph indented 2 cm from both margins, justified, alone; song lines indented from the left', VOICES, ['#000000'], data())


def page(script=SCRIPT):
    rows = []
    for voice, text, how in script:
        style = ' style="color: #%s"' % HEX[voice] if voice else ''
        body = html.escape(text)
        if how == 'quote':
            rows.append('<blockquote%s>%s</blockquote>' % (style, body))
        elif how == 'song':
            rows.append('<p class="song"%s>%s</p>' % (style, body))
        else:
            rows.append('<p%s>%s</p>' % (style, body))
    return '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 2cm; }
body { margin: 0; font: 11pt/1.35 "DejaVu Serif", serif; }
p, blockquote { margin: 0 0 8pt; }
blockquote { margin: 0 40px 8pt; }
p.song { margin: 0 0 0 4cm; }
</style></head><body>
%s
</body></html>
''' % '\n'.join(rows)


def chromium():
    name = 'chromium-lone-measure-en'
    chromium_pdf(name, page())
    write_script(name, 'Chromium print-to-PDF', 'A <blockquote> (40 px in from both sides), ragged, alone; song lines set in from the left', VOICES, ['#000000'], data())


def weasyprint(name='wp-lone-measure-en', script=SCRIPT, lines='three'):
    src = out_path(name, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(page(script))
    subprocess.run(['weasyprint', src, out_path(name, 'pdf')], check=True, capture_output=True)
    write_script(name, 'WeasyPrint 57.2', 'A <blockquote> (40 px in from both sides) of %s printed lines, ragged, alone; song lines set in from the left' % lines, VOICES, ['#000000'], data(script))


def long_quotes():
    name = 'chromium-long-quote-en'
    chromium_pdf(name, page(LONG))
    write_script(name, 'Chromium print-to-PDF', 'A <blockquote> (40 px in from both sides) of five printed lines, ragged, alone; song lines set in from the left', VOICES, ['#000000'], data(LONG))
    weasyprint('wp-long-quote-en', LONG, 'five')


def tex():
    name = 'tex-lone-measure-en'
    body = []
    for voice, text, how in SCRIPT:
        t = text.replace('’', "'")
        coloured = '\\textcolor[HTML]{%s}{%s}' % (HEX[voice], t) if voice else t
        if how == 'quote':
            body.append('\\begin{quote}\n%s\n\\end{quote}' % coloured)
        elif how == 'song':
            body.append('{\\leftskip=4cm\\parskip=0pt %s\\par}' % coloured)
        else:
            body.append(coloured + '\n')
    source = '''\\documentclass[11pt]{article}
\\usepackage[a5paper,margin=2cm]{geometry}
\\usepackage{fontspec}
\\setmainfont{DejaVu Serif}
\\usepackage{xcolor}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{6pt}
\\hyphenpenalty=10000
\\exhyphenpenalty=10000
\\begin{document}
%s
\\end{document}
''' % '\n'.join(body)
    xelatex_pdf(name, source)
    write_script(name, 'XeTeX 0.999994 (TeX Live 2022)', 'LaTeX quote environment (set in from both margins, justified; hyphenation off: two breaks are too few for the reader to tell a typesetter’s hyphen from a compound’s), alone; song lines with \\leftskip', VOICES, ['#000000'], data())


if __name__ == '__main__':
    lo()
    chromium()
    weasyprint()
    tex()
    long_quotes()
