"""Fixtures of tests/pdf-unspaced.test.ts: LibreOffice flat ODT printed to PDF, where the default
paragraph style has no space between paragraphs (LibreOffice's own default), so a paragraph
ending with a sentence at a full line cannot be told from a sentence wrapped inside a paragraph.

Run from the repository root with the system Python (/usr/bin/python3), with LibreOffice
(`soffice`) on the PATH:
    /usr/bin/python3 scripts/build-pdf-unspaced-fixtures.py
Writes tests/fixtures/pdf-unspaced/ (each NAME.fodt and NAME.pdf):
- unspaced-en: a cast line, then Narrator (blue) and Expert (red) paragraphs at spacing 0; one
  Narrator paragraph of one sentence nearly fills its line and the next Narrator paragraph opens
  with a word too long to have fitted after it: the page shows one paragraph where the document
  has two.
- spaced-en: the same paragraphs with 6 pt after each (the control: spacing tells them apart).
"""
import html
import os
import subprocess

OUT = os.path.join('tests', 'fixtures', 'pdf-unspaced')
NARRATOR, EXPERT = '#0070c0', '#c00000'
PARAS = [
    (None, 'Forklift Safety Module, screen one'),
    (None, 'Cast: Narrator in blue, Expert in red; text in black is not recorded.'),
    (NARRATOR, 'Welcome to the forklift safety module for new starters on the warehouse floor, where'
               ' trucks and people share the same aisles every single day of the working week and'
               ' where a moment of inattention is all it takes for somebody to get hurt.'),
    (EXPERT, 'Always look both ways before you step into an aisle, and listen for the horn.'),
    (NARRATOR, 'Every year our site records a handful of near misses with reversing trucks and forklifts.'),
    (NARRATOR, 'Unfortunately, most of those near misses happen in the last hour of a long shift, when'
               ' people are tired and in a hurry to finish their work and go home to their families.'),
    (EXPERT, 'So slow down, make eye contact with the driver, and wait until the truck has stopped.'),
]


def fodt(spaced):
    after = '0.212cm' if spaced else '0cm'
    styles = ('<office:styles><style:style style:name="Standard" style:family="paragraph">'
              f'<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="{after}"/>'
              '<style:text-properties style:font-name="Liberation Serif" fo:font-family="Liberation Serif" fo:font-size="12pt"/>'
              '</style:style></office:styles>')
    auto = ''.join(f'<style:style style:name="T{i}" style:family="text"><style:text-properties fo:color="{c}"/></style:style>'
                   for i, c in enumerate([NARRATOR, EXPERT]))
    body = []
    for colour, text in PARAS:
        t = html.escape(text, quote=False)
        if colour:
            t = f'<text:span text:style-name="T{[NARRATOR, EXPERT].index(colour)}">{t}</text:span>'
        body.append(f'<text:p text:style-name="Standard">{t}</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f'{styles}<office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>')


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, spaced in [('unspaced-en', False), ('spaced-en', True)]:
        path = os.path.join(OUT, name + '.fodt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(fodt(spaced))
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True,
                       stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
