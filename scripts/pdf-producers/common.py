"""What the producer scripts share: a script as data, written to NAME.json beside its PDF.

A paragraph is a list of [voice, text] segments (voice None: unassigned text); the text is what a
reader should get back. Furniture (running headers, footers, page numbers) is listed with
"furniture": true and is not expected among the lines, nor is a legend's paragraph ("legend": true). scripts/pdf-producers/expected.mjs turns the
JSON into each voice's lines and words by the rules of scripts/lib/script-data.mjs.
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'pdf-producers'))


def out_path(name, ext):
    os.makedirs(OUT, exist_ok=True)
    return os.path.join(OUT, name + '.' + ext)


def chromium_pdf(name, page):
    """Writes the page to NAME.html and prints it to NAME.pdf with Debian's Chromium (no header or footer)."""
    with open(out_path(name, 'html'), 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + out_path(name, 'pdf'), out_path(name, 'html')], check=True, stderr=subprocess.DEVNULL)


def write_script(name, producer, description, voices, unassigned, paras):
    data = {
        'name': name,
        'producer': producer,
        'description': description,
        'voices': voices,
        'unassigned': unassigned,
        'paras': [p if isinstance(p, dict) else {'segs': p} for p in paras],
    }
    with open(out_path(name, 'json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


def esc(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def lo_pdf(src, fmt='pdf', outdir=OUT):
    """Converts `src` with LibreOffice (`soffice --headless --convert-to FMT`) into `outdir`, in a
    profile of its own (a LibreOffice already running elsewhere does not take the job)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', fmt, '--outdir', outdir, src],
                       check=True, capture_output=True)


def xelatex_pdf(name, source):
    """Writes `source` to NAME.tex beside the fixtures and typesets it with XeLaTeX into NAME.pdf
    (in a folder of its own, so the .aux and .log files stay out of the fixtures)."""
    import shutil
    import tempfile
    with open(out_path(name, 'tex'), 'w', encoding='utf-8') as f:
        f.write(source)
    work = tempfile.mkdtemp()
    try:
        shutil.copy(out_path(name, 'tex'), work)
        subprocess.run(['xelatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, name + '.pdf'), out_path(name, 'pdf'))
    finally:
        shutil.rmtree(work)


# LibreOffice's PDF export as a tagged PDF (File > Export as PDF > "Universal Accessibility" /
# "Tagged PDF"): a structure tree, and the page's headers and footers marked /Artifact.
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def docx_and_pdf(doc, name, fmt='pdf'):
    """Saves a python-docx document as NAME.docx beside the fixtures (its creation date fixed, so a
    rebuild writes the same file) and converts it to NAME.pdf with LibreOffice (lo_pdf; `fmt`:
    TAGGED_PDF for a tagged PDF)."""
    import datetime
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    docx = out_path(name, 'docx')
    doc.save(docx)
    lo_pdf(docx, fmt)
    return docx
