"""LibreOffice 7.4.7.2: the footnoted script of weasyprint_footnotes.py as a flat ODT (text:note
footnotes, called by a superscript number), converted to PDF and to DOCX:
`soffice --headless --convert-to pdf lo-footnotes-fr.fodt` and `--convert-to docx`. LibreOffice
sets the calls small and raised (a row of their own, above the line) and opens each note with its
number, raised too.

/usr/bin/python3 scripts/pdf-producers/lo_footnotes.py
"""
import subprocess
from xml.sax.saxutils import escape

from common import OUT, out_path, write_script
from weasyprint_footnotes import PARAS, VOICES, fr

NAME = 'lo-footnotes-fr'
STYLE = {'Narrateur': 'N', 'Formatrice': 'F'}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
<style:style style:name="N" style:family="text"><style:text-properties fo:color="#1f4e79"/></style:style>
<style:style style:name="F" style:family="text"><style:text-properties fo:color="#c55a11"/></style:style>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def build():
    body = []
    paras = []
    n = 0
    for k, (voice, before, note, after) in enumerate(PARAS):
        inner = escape(fr(before))
        if note:
            n += 1
            inner += ('<text:note text:id="n%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                      '<text:note-body><text:p>%s</text:p></text:note-body></text:note>' % (n, n, escape(fr(note))))
        inner += escape(fr(after))
        style = ' text:style-name="Break"' if k in (3, 6) else ''
        body.append('<text:p%s>%s</text:p>' % (style, '<text:span text:style-name="%s">%s</text:span>' % (STYLE[voice], inner) if voice else inner))
        paras.append([[voice, fr(before + after)]])
        if note:
            paras.append({'segs': [[voice, fr(note)]], 'furniture': True})
    src = out_path(NAME, 'fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HEAD + '\n'.join(body) + '\n</office:text></office:body></office:document>\n')
    for fmt in ('pdf', 'docx'):
        subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', OUT, src], check=True, capture_output=True)
    write_script(NAME, 'LibreOffice 7.4.7.2', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
