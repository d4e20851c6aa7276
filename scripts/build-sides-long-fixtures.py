"""Booth scripts of one huge line (tests/sides-huge.test.ts; the fuzzer's 1.2 M-character paragraph).

A DOCX of three paragraphs: Anna (blue) speaks one paragraph of N characters, Ben (red) answers,
Anna closes. The long paragraph is either repeated sentences (`sentences`) or one unbroken "word"
(`word`: hostile input, no space to break at). Made by python-docx, as Word's own documents are
read (one run per paragraph).

/usr/bin/python3 scripts/build-sides-long-fixtures.py            # the small fixture, committed:
    tests/fixtures/sides-long/sentences-6k.docx and word-3k.docx
/usr/bin/python3 scripts/build-sides-long-fixtures.py DIR        # the measured sizes, into DIR:
    sentences-{20k,80k,320k}.docx, word-{20k,80k,200k,320k}.docx
"""
import os
import sys

from docx import Document
from docx.shared import RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'sides-long'))

BLUE, RED = RGBColor(0x00, 0x00, 0xFF), RGBColor(0xC0, 0x00, 0x00)

SENTENCES = [
    'The harbour lies quiet under a grey sky before the first boats.',
    'Marie walks along the quay with her basket and her old red coat.',
    'A fisherman mends his nets and hums a song from his childhood.',
    'The gulls circle above the market stalls as the crates come in.',
]


def sentences(chars):
    """Numbered sentences (so each is findable in the output) up to `chars` characters."""
    out, total, i = [], 0, 0
    while total < chars:
        s = f'{i + 1}. {SENTENCES[i % len(SENTENCES)]}'
        out.append(s)
        total += len(s) + 1
        i += 1
    return ' '.join(out)


def word(chars):
    """One unbroken word of `chars` letters, its start and end marked (`Start` … `END`)."""
    body = ('abcdefghij' * (chars // 10 + 1))[: max(0, chars - 8)]
    return f'Start{body}END'


def build(path, long_text):
    doc = Document()
    for text, colour in ((long_text, BLUE), ('Did you hear that?', RED), ('Yes, I did.', BLUE)):
        run = doc.add_paragraph().add_run(text)
        run.font.color.rgb = colour
    doc.save(path)


def main():
    if len(sys.argv) > 1:
        out = sys.argv[1]
        os.makedirs(out, exist_ok=True)
        for k in (20, 80, 320):
            build(os.path.join(out, f'sentences-{k}k.docx'), sentences(k * 1000))
        for k in (20, 80, 200, 320):
            build(os.path.join(out, f'word-{k}k.docx'), word(k * 1000))
        return
    os.makedirs(OUT, exist_ok=True)
    build(os.path.join(OUT, 'sentences-6k.docx'), sentences(6000))
    build(os.path.join(OUT, 'word-3k.docx'), word(3000))


if __name__ == '__main__':
    main()
