"""Chromium print-to-PDF: an English e-learning script laid out as a web page, where absolutely
positioned boxes sit over text drawn before them: an opaque white "sticker" hides a sentence a
reviewer struck, a dark-blue cover block hides an old line and carries the new one in white on top.
Boxes that hide nothing are there too: a z-index -1 panel behind a paragraph (painted before it),
a half-transparent grey veil over a line (CSS opacity 0.5: the line shows through, read as under a highlight) and a box with a
translucent background colour. The data holds what a reader sees.

/usr/bin/python3 scripts/pdf-producers/chromium_covers.py
(writes chromium-covers-en.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-covers-en.pdf chromium-covers-en.html`)
"""

from common import chromium_pdf, write_script

NAME = 'chromium-covers-en'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#C00000'}}

PAGE = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Module 3</title><style>
@page { size: A5; margin: 15mm }
body { font: 11pt "DejaVu Sans", sans-serif; line-height: 1.4; margin: 0 }
p { margin: 0 0 10pt 0; position: relative }
.n { color: #0070C0 } .e { color: #00B050 } .l { color: #C00000 }
.box { position: absolute; left: -2pt; right: -2pt; top: -2pt; bottom: -2pt }
.sticker { background: #FFFFFF }
.block { background: #1F3864; color: #FFFFFF; padding: 2pt }
.panel { background: #E2EFDA; z-index: -1 }
.veil { background: #808080; opacity: 0.5 }
.tint { background: rgba(255, 255, 0, 0.4) }
</style></head><body>
<p class="n">Module 3. Handling a complaint.</p>
<p class="e">Listen first, then answer.<span class="box sticker"></span></p>
<p class="l">What if the customer is shouting?</p>
<p class="e">Old answer: hang up and call back later.<span class="box block">Keep calm and let them finish.</span></p>
<p class="n">A panel sits behind this sentence.<span class="box panel"></span></p>
<p class="l">Can I offer a refund straight away?<span class="box veil"></span></p>
<p class="e">Only after you have checked the order.<span class="box tint"></span></p>
</body></html>
'''


def build():
    chromium_pdf(NAME, PAGE)
    paras = [
        [['Narrator', 'Module 3. Handling a complaint.']],
        [['Learner', 'What if the customer is shouting?']],
        [[None, 'Keep calm and let them finish.']],
        [['Narrator', 'A panel sits behind this sentence.']],
        [['Learner', 'Can I offer a refund straight away?']],
        [['Expert', 'Only after you have checked the order.']],
    ]
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000', '#FFFFFF'], paras)


if __name__ == '__main__':
    build()
