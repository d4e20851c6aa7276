"""Fixtures for a word or two in another colour inside a sentence (tests/fixtures/emphasis/).

/usr/bin/python3 scripts/build-emphasis-fixtures.py   (python-docx, LibreOffice `soffice`)

Colour-coded scripts give each voice a colour; writers also colour a word for emphasis ("press the
RED button", a key term in the brand's colour). A reader of the page takes a word set in the middle of a
sentence, with the same voice's text going on right after it, as that voice's emphasis, not as another
voice cutting in for a word; vo-lines counts by colour and must say so when it meets one.

- emphasis-en.docx / .pdf (LibreOffice): a narrator in blue, a learner in red, unassigned black.
  ¶1 a red word inside a blue sentence ("press the red button"); ¶2 the learner's red line; ¶3 two black
  words inside a blue sentence ("never use the lift during"); ¶4 a real interjection: blue, then red
  "No!" set off by dashes, then blue (not mid-sentence: no warning); ¶5 a blue sentence, then a red
  sentence closing the paragraph (no blue after it: no warning); ¶6 six red words inside a blue sentence
  (longer than emphasis: no warning); ¶7 a red word inside a blue sentence after a comma ("…, and then")
  counts as mid-sentence too (a comma is no sentence end): warned.
- emphasis-fr.docx / .pdf: the same kind in French: "Appuyez sur le bouton rouge puis sortez" with
  "rouge" in red inside the narrator's blue sentence.
"""
import datetime
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf, normal_language

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'emphasis'))
BLUE = (0x00, 0x70, 0xC0)
RED = (0xC0, 0x00, 0x00)
BLACK = (0x00, 0x00, 0x00)


def script(name, paragraphs, lang):
    doc = Document()
    normal_language(doc, lang)
    for parts in paragraphs:
        p = doc.add_paragraph()
        for text, rgb in parts:
            run = p.add_run(text)
            run.font.color.rgb = RGBColor(*rgb)
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, OUT)


def main():
    os.makedirs(OUT, exist_ok=True)
    script('emphasis-en', [
        [('Welcome to the training. When the alarm sounds, press the ', BLUE), ('red', RED), (' button and leave the room calmly.', BLUE)],
        [('Thanks! I always wondered what that button was for.', RED)],
        [('Remember: never use the ', BLUE), ('lift during', BLACK), (' a fire alarm, whatever the floor.', BLUE)],
        [('I think we should wait here for the others — ', BLUE), ('No!', RED), (' — or maybe we should not.', BLUE)],
        [('The stairs are on your left. ', BLUE), ('Got it, stairs only.', RED)],
        [('Walk to the ', BLUE), ('big green door at the end', RED), (' of the corridor.', BLUE)],
        [('Close the windows, ', BLUE), ('and', RED), (' then the doors behind you.', BLUE)],
    ], 'en-US')
    script('emphasis-fr', [
        [('Quand l’alarme sonne, appuyez sur le bouton ', BLUE), ('rouge', RED), (' puis sortez dans le calme.', BLUE)],
        [('D’accord, je sors par l’escalier.', RED)],
    ], 'fr-FR')


if __name__ == '__main__':
    main()
