"""Chromium print-to-PDF: an English museum audio-tour script whose title is gradient text and one
of whose lines is red text drawn with CSS `background-clip: text` (`color: transparent` over a
red background clipped to the letters). Chromium draws such text into a soft mask and paints the
colour through it: a reader sees the text, in colours the reader of the PDF does not follow.
Before, both were left out without a word; now the masked-text warning quotes them. Their text is
not in the data (it is not read).

/usr/bin/python3 scripts/pdf-producers/chromium_clip_text.py
(writes chromium-clip-text-en.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-clip-text-en.pdf chromium-clip-text-en.html`)
"""

from common import chromium_pdf, write_script

NAME = 'chromium-clip-text-en'
VOICES = {'Guide': {'color': '#0070C0'}, 'Curator': {'color': '#00B050'}, 'Warning': {'color': '#C00000'}}

PAGE = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audio tour</title><style>
@page { size: A5; margin: 15mm }
body { font: 11pt "DejaVu Sans", sans-serif; line-height: 1.4 }
.grad { background: linear-gradient(90deg, #0070C0, #00B050); -webkit-background-clip: text; background-clip: text; color: transparent; font-size: 16pt }
.clip { background: #C00000; -webkit-background-clip: text; background-clip: text; color: transparent }
</style></head><body>
<p class="grad">Museum audio tour, stop 4</p>
<p style="color: #0070C0">Welcome to the fourth room. The painting in front of you was finished in 1889, a year before the artist left Paris for good.</p>
<p class="clip">Please do not touch the frames.</p>
<p style="color: #00B050">Notice the brushwork in the sky, thick and restless, laid on with a knife as much as with a brush.</p>
</body></html>
'''


def build():
    chromium_pdf(NAME, PAGE)
    paras = [
        [['Guide', 'Welcome to the fourth room. The painting in front of you was finished in 1889, a year before the artist left Paris for good.']],
        [['Curator', 'Notice the brushwork in the sky, thick and restless, laid on with a knife as much as with a brush.']],
    ]
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
