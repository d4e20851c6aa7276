"""Text of automatic colour (`w:color w:val="auto"`, or none in the whole cascade) on dark
backgrounds, assembled by hand (python zipfile; helpers from handmade.py and altchunk.py):

- auto-contrast-en: a radio spot whose speakers are told by highlight or shading, their text left in
  the automatic colour, as people mark a script with Word's highlighter or Shading button. ECMA-376
  Part 1 §17.3.2.6 leaves the colour of such text to the reader ("automatically choose an appropriate
  color based on the background color"); Word draws it black or white for contrast by a rule it does
  not publish. LibreOffice 7.4 (measured: `soffice --convert-to pdf`, `mutool draw -F stext`) draws it
  black on every highlight, black included, and white on shading (run, paragraph or cell) whose
  luminance (R·76 + G·151 + B·29) >> 8 is 62 or less (#3E3E3E white, #3F3F3F black, #D00000 white,
  #FF0000 black). vo-lines reads white on shading darker than 128 by (R·299 + G·587 + B·114) / 1000,
  black on highlights. Where these differ, or on a highlight dark enough for LibreOffice's rule,
  the reader says so (`auto-colour-contrast`).

/usr/bin/python3 scripts/docx-producers/auto_colour.py
"""
import handmade as h
from handmade import w_para, w_run, document, write_script
import altchunk as a


def auto_contrast():
    name = 'auto-contrast-en'
    paras, body = [], []

    def line(voice, text, rpr='', ppr=''):
        body.append(w_para(w_run(text, rpr), ppr))
        paras.append([[voice, text]])

    line(None, 'SUNNY FARMS — 30 second spot')
    line('Announcer', 'Fresh from the valley, every single morning.', '<w:highlight w:val="yellow"/>')
    # Dark highlights: LibreOffice draws the automatic colour black on them; Word's rule is not published.
    line('Farmer', 'We pick them at dawn, you eat them by noon.', '<w:highlight w:val="darkBlue"/>')
    line('Kid', 'Mum, can we get the big basket?', '<w:highlight w:val="darkCyan"/>')
    # Shading: white on #404040 for vo-lines, black for LibreOffice (its luminance is 64).
    line('Mum', 'Only if you carry it to the car.', '<w:shd w:val="clear" w:color="auto" w:fill="404040"/>')
    # Shading dark for both: white in both.
    line('Farmer', 'Sunny Farms. Taste the morning.', '<w:shd w:val="clear" w:color="auto" w:fill="000080"/>')
    line('Announcer', 'Available at your local market.', '<w:highlight w:val="yellow"/>')
    a.write(name, a.docx(''.join(body)))
    write_script(name, 'radio spot whose speakers are told by highlight or shading, their text in the automatic colour: dark highlights and a mid-grey shading where readers draw that text differently (said)',
                 {'Announcer': {'highlight': 'yellow'}, 'Farmer': {'highlight': 'darkBlue'}, 'Kid': {'highlight': 'darkCyan'}, 'Mum': {'highlight': '#404040'}},
                 ['#000000'], paras)


if __name__ == '__main__':
    auto_contrast()
