"""LibreOffice 7.4 PDFs with a table of contents, each beside the DOCX LibreOffice writes from the
same document, for DOCX/PDF parity: the DOCX reader leaves a table of contents out (`toc-left-out`),
so must the PDF reader, where it is only lines: a title, then entries ending in a page number after
dot leaders (LibreOffice draws the leader as "." glyphs up to a right tab).

- lo-toc-fr.pdf: tests/fixtures/docx-producers/lo-toc-fr.docx (scripts/docx-producers/lo_frames.py)
  exported to PDF: "Sommaire" and two entries.
- lo-toc-en.fodt, .docx, .pdf: an English e-learning script: "Contents" and five entries with dot
  leaders, then the modules; among them a phone menu whose lines end in numbers ("For sales, press 1",
  ("For support, press 2"…), which are script lines, not contents.
- lo-toc-gaps-en.fodt, .docx, .pdf: the same with no leader: the page numbers stand far right, a
  column of their own in the PDF.

/usr/bin/python3 scripts/pdf-producers/lo_toc.py
(runs `soffice --headless --convert-to pdf` and `--convert-to docx`)
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from common import OUT, write_script

DOCX_OUT = os.path.normpath(os.path.join(OUT, '..', 'docx-producers'))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"><style:tab-stops><style:tab-stop style:position="6cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:language="en" fo:country="GB"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Expert" style:family="text"><style:text-properties fo:color="#00b050"/></style:style>
<style:style style:name="Learner" style:family="text"><style:text-properties fo:color="#c00000"/></style:style>
<style:style style:name="Menu" style:family="text"><style:text-properties fo:color="#0070c0"/></style:style>
</office:styles>
<office:body><office:text>
"""

MODULES = [
    ('Module 1: Welcome', [(None, 'Welcome to the customer service course. It takes about twenty minutes.')]),
    ('Module 2: Listening', [('Expert', 'Listen to the whole question before you answer it.'), ('Learner', 'Even when the caller is angry?')]),
    ('Module 3: The phone menu', [('Menu', 'For sales, press 1'), ('Menu', 'For support, press 2'), ('Menu', 'For billing, press 3')]),
    ('Module 4: Escalation', [('Expert', 'Pass the call on only when you have tried everything on the list.')]),
    ('Module 5: Review', [(None, 'That is the end of the course. Thank you for listening.')]),
]


def convert(src, fmt, outdir, tmp):
    subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', fmt, '--outdir', outdir, src],
                   check=True, capture_output=True)


def build_fr():
    with tempfile.TemporaryDirectory() as tmp:
        convert(os.path.join(DOCX_OUT, 'lo-toc-fr.docx'), 'pdf', tmp, tmp)
        shutil.copy(os.path.join(tmp, 'lo-toc-fr.pdf'), os.path.join(OUT, 'lo-toc-fr.pdf'))


def build_en(name='lo-toc-en', leader=True):
    pages = [1, 1, 1, 2, 2]
    entries = ''.join('<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#__RefHeading__%d">%s<text:tab/>%d</text:a></text:p>'
                      % (k, escape(title), pages[k]) for k, (title, _) in enumerate(MODULES))
    body = ['<text:table-of-content text:protected="true" text:name="Contents1"><text:table-of-content-source text:outline-level="1">'
            '<text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>'
            '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start/>'
            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
            '</text:table-of-content-source><text:index-body><text:index-title text:name="Contents1_Head">'
            '<text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>%s</text:index-body></text:table-of-content>' % entries]
    paras = []
    for k, (title, lines) in enumerate(MODULES):
        body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark-start text:name="__RefHeading__%d"/>%s<text:bookmark-end text:name="__RefHeading__%d"/></text:h>'
                    % (k, escape(title), k))
        paras.append([[None, title]])
        for voice, text in lines:
            inner = escape(text).replace('\t', '<text:tab/>')
            body.append('<text:p text:style-name="Standard">%s</text:p>' % ('<text:span text:style-name="%s">%s</text:span>' % (voice, inner) if voice else inner))
            paras.append([[voice, text]])
    head = HEAD if leader else HEAD.replace(' style:leader-style="dotted" style:leader-text="."', '')
    if not leader:
        body[0] = body[0].replace(' style:leader-char="."', '')
    fodt = head + '\n'.join(body) + '\n</office:text></office:body></office:document>\n'
    with open(os.path.join(OUT, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt)
    with tempfile.TemporaryDirectory() as tmp:
        convert(os.path.join(OUT, name + '.fodt'), 'pdf', OUT, tmp)
        convert(os.path.join(OUT, name + '.fodt'), 'docx', OUT, tmp)
    write_script(name, 'LibreOffice 7.4.7.2', __doc__.split('\n\n')[0], {'Expert': {'color': '#00B050'}, 'Learner': {'color': '#C00000'}, 'Menu': {'color': '#0070C0'}},
                 ['#000000'], paras)


if __name__ == '__main__':
    build_fr()
    build_en()
    build_en('lo-toc-gaps-en', leader=False)
