"""Fixtures of tests/check-empty-voice-wordless.test.ts (tests/fixtures/ci5): voices the config names whose
colour IS in the script, all of whose text has no words, as writers leave them.

wordless/reactions.docx: a Narrator in blue; a Reaction voice in red whose only text is a paragraph
"…" and an em dash "—" at the end of a Narrator line (a run of its own, as Word splits a run where the
colour changes); a Gasp voice in yellow highlight whose only text is "?!"; a Count voice in green
whose only text is the numbers "1, 2, 3." (numbers are words said aloud: not wordless).
Run: /usr/bin/python3 scripts/build-ci5-fixtures.py
"""
import os

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/ci5'
BLUE = RGBColor.from_string('0070C0')
RED = RGBColor.from_string('C00000')
GREEN = RGBColor.from_string('00B050')


def run(paragraph, text, colour=None, highlight=None):
    r = paragraph.add_run(text)
    if colour is not None:
        r.font.color.rgb = colour
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def reactions():
    d = set_language(Document(), 'en-GB')
    run(d.add_paragraph(), 'Welcome back to the warehouse safety course.', BLUE)
    run(d.add_paragraph(), '…', RED)
    p = d.add_paragraph()
    run(p, 'Never step over the yellow line while the belt is moving ', BLUE)
    run(p, '—', RED)
    run(d.add_paragraph(), '?!', highlight=WD_COLOR_INDEX.YELLOW)
    run(d.add_paragraph(), '1, 2, 3.', GREEN)
    run(d.add_paragraph(), 'Thank you, and see you in module two.', BLUE)
    return d


CONFIG = '''voices:
  Narrator: { color: "#0070C0" }
  Reaction: { color: "#C00000" }
  Gasp: { highlight: "#FFFF00" }
  Count: { color: "#00B050" }
language: en
'''


def main():
    folder = os.path.join(OUT, 'wordless')
    os.makedirs(folder, exist_ok=True)
    reactions().save(os.path.join(folder, 'reactions.docx'))
    with open(os.path.join(folder, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
        f.write(CONFIG)


if __name__ == '__main__':
    main()
