"""What the python-docx fixture builders (scripts/build-*-fixtures.py) share, as
scripts/pdf-producers/common.py is for the PDF producers: a document's language, a narration in one
colour and language, a run's East Asian language, a table cell's text and shading, paragraphs of coloured runs, a two-column table, and the converters that print a fixture (LibreOffice,
Chromium).

A builder run as `/usr/bin/python3 scripts/build-X-fixtures.py` imports it by name (`from docx_common
import french, shade`): Python puts the folder of the script it runs first on its module path.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def set_language(d, tag):
    """The document's language: every w:lang of its styles set to `tag` (python-docx's template says
    en-US; a French writer's Word says fr-FR). The document back."""
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', tag)
    return d


def french(d):
    """The document in French (fr-FR), as a French writer's Word has it."""
    return set_language(d, 'fr-FR')


RIGHT_TO_LEFT = ('ar', 'he', 'fa')


def narration(tag, lines, colour, right_to_left=False):
    """A narration in one colour: a Document whose styles' w:lang say `tag` (as Word writes a document's
    language; w:bidi too for Arabic, Hebrew and Persian), one paragraph a line, its text one run in `colour`
    (an RGBColor). With `right_to_left`, such a language's paragraphs are right-aligned and their runs
    marked w:rtl, as Word sets them."""
    d = Document()
    rtl = tag[:2] in RIGHT_TO_LEFT
    for lang in d.styles.element.iter(W + 'lang'):
        lang.set(W + 'val', tag)
        if rtl:
            lang.set(W + 'bidi', tag)
    for text in lines:
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.color.rgb = colour
        if rtl and right_to_left:
            p.paragraph_format.alignment = 2
            rpr = run._r.get_or_add_rPr()
            rpr.append(rpr.makeelement(W + 'rtl', {}))
    return d


def normal_language(doc, tag):
    """The document's default language as Word writes it: a w:lang added to the Normal style's rPr."""
    rpr = doc.styles['Normal'].element.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), tag)
    rpr.append(lang)


def mark_language(run, latin, east_asian):
    """A run's languages: w:val for its Latin text, w:eastAsia for its East Asian text
    (`<w:lang w:val="en-US" w:eastAsia="zh-CN"/>`, ECMA-376 Part 1 §17.3.2.20)."""
    rpr = run._r.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), latin)
    lang.set(qn('w:eastAsia'), east_asian)
    rpr.append(lang)


def shade(cell, fill):
    """A table cell's own shading (w:tcPr/w:shd, clear, the fill `fill`), what a writer sets by hand."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tc_pr.append(shd)


def put(cell, text, colour=None, highlight=None, bold=False):
    """`text` as a run of the cell's first paragraph, in the colour `colour` (hex), highlighted, bold. The run back."""
    run = cell.paragraphs[0].add_run(text)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if highlight is not None:
        run.font.highlight_color = highlight
    if bold:
        run.bold = True
    return run


def para(d, *runs):
    """A paragraph of runs added to `d`, each (text, colour hex or None, highlight or None)."""
    p = d.add_paragraph()
    for text, colour, highlight in runs:
        run = p.add_run(text)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if highlight is not None:
            run.font.highlight_color = highlight
    return p


def line(d, text, colour=None, highlight=None):
    """A paragraph of one run in `colour` (hex), highlighted."""
    return para(d, (text, colour, highlight))


def title(d, text):
    """A bold paragraph in the default colour."""
    p = para(d, (text, None, None))
    p.runs[0].bold = True


def two_column_table(d, rows):
    """A 'Table Grid' table of two columns, one row per (left, right) pair of texts."""
    t = d.add_table(rows=len(rows), cols=2)
    t.style = 'Table Grid'
    for i, (a, b) in enumerate(rows):
        put(t.cell(i, 0), a)
        put(t.cell(i, 1), b)


def lo_pdf(src, outdir, fmt='pdf', own_profile=True):
    """Converts `src` (a path, or a list of them) with LibreOffice (`soffice --headless --convert-to
    FMT`) into `outdir`, in a profile of its own (a LibreOffice already running elsewhere does not take
    the job), or with `own_profile=False` in the user's."""
    srcs = [src] if isinstance(src, str) else list(src)
    if not own_profile:
        subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', outdir, *srcs], check=True, capture_output=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', fmt, '--outdir', outdir, *srcs],
                       check=True, capture_output=True)


def build_named(out, fixtures, names):
    """Each fixture of `fixtures` (its name → a function giving its Document) named in `names` (all when
    none) saved as OUT/NAME.docx, and printed to PDF beside it by LibreOffice."""
    os.makedirs(out, exist_ok=True)
    for name in names or fixtures:
        path = os.path.join(out, name + '.docx')
        fixtures[name]().save(path)
        lo_pdf(path, out, own_profile=False)


def build_with_lo_copies(out, fixtures, lo_names, names):
    """build_named, then for each of `lo_names` built (all of them when `names` is empty) OUT/lo-NAME.docx: OUT/NAME.docx
    saved again by LibreOffice (`soffice --headless --convert-to docx`), its own XML (styles, runs, footer part)."""
    build_named(out, fixtures, names)
    for name in [n for n in names or lo_names if n in lo_names]:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, 'lo-' + name + '.docx')
            shutil.copy(os.path.join(out, name + '.docx'), src)
            lo_pdf(src, os.path.join(tmp, 'out'), fmt='docx:MS Word 2007 XML')
            shutil.move(os.path.join(tmp, 'out', 'lo-' + name + '.docx'), os.path.join(out, 'lo-' + name + '.docx'))


def chromium(outdir, name, page):
    """Writes `page` to OUTDIR/NAME.html and prints it to NAME.pdf with Debian's Chromium (no header or footer)."""
    os.makedirs(outdir, exist_ok=True)
    html = os.path.join(outdir, name + '.html')
    with open(html, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(outdir, name + '.pdf'), html], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_language(run, tag):
    """A run's language: a w:lang of its own (`<w:lang w:val="en-US"/>`), as Word marks a pasted run or a keyboard's."""
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), tag)
    run._r.get_or_add_rPr().append(lang)


def marked_script(doc_tag, paragraphs):
    """A Document of paragraphs of (colour, [(text, tag or None)]) runs, each run marked with its tag; the styles'
    w:lang say `doc_tag`, or, with None, no w:lang is left in them (a document with no language marks at all)."""
    d = Document()
    if doc_tag:
        set_language(d, doc_tag)
    else:
        for lang in list(d.styles.element.iter(W + 'lang')):
            lang.getparent().remove(lang)
    for colour, runs in paragraphs:
        p = d.add_paragraph()
        for text, tag in runs:
            run = p.add_run(text)
            run.font.color.rgb = colour
            if tag:
                run_language(run, tag)
    return d


def save_script(d, out, name, config):
    """`d` saved as OUT/NAME/script.docx beside its vo-lines.config.yaml (`config`'s text)."""
    os.makedirs(os.path.join(out, name), exist_ok=True)
    d.save(os.path.join(out, name, 'script.docx'))
    with open(os.path.join(out, name, 'vo-lines.config.yaml'), 'w') as f:
        f.write(config)
