"""Chromium print-to-PDF: an English e-learning page with HTML ordered lists (`<ol>`, and
`<ol type="a">`), one item wrapping under its text. Chromium draws each number with its item's text,
one space apart, as a typed number would be: the numbers stay in the text (nothing tells them from
typed ones), and the wrapped line, set in under the item's text, goes on the item's paragraph.

/usr/bin/python3 scripts/pdf-producers/chromium_lists.py
(writes chromium-lists-en.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-lists-en.pdf chromium-lists-en.html`)
"""

from common import chromium_pdf, write_script

NAME = 'chromium-lists-en'
VOICES = {'Trainer': {'color': '#0070C0'}, 'Learner': {'color': '#00B050'}}

PAGE = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Saving</title><style>
@page { size: A5; margin: 15mm }
body { font: 11pt "DejaVu Serif", serif }
.t { color: #0070C0 } .l { color: #00B050 }
</style></head><body>
<p class="t">There are three ways to save a file.</p>
<ol class="t"><li>Press Control and S together.</li><li>Use the File menu and pick a folder for the file, then type a name for it before you press Enter.</li><li>Click the disk icon.</li></ol>
<p class="l">And what should I check afterwards?</p>
<ol type="a" class="l"><li>The name of the file.</li><li>The folder it went to.</li></ol>
</body></html>
'''


def build():
    chromium_pdf(NAME, PAGE)
    paras = [
        [['Trainer', 'There are three ways to save a file.']],
        [['Trainer', '1. Press Control and S together.']],
        [['Trainer', '2. Use the File menu and pick a folder for the file, then type a name for it before you press Enter.']],
        [['Trainer', '3. Click the disk icon.']],
        [['Learner', 'And what should I check afterwards?']],
        [['Learner', 'a. The name of the file.']],
        [['Learner', 'b. The folder it went to.']],
    ]
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
