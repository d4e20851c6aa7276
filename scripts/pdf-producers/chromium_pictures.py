"""Chromium print-to-PDF: an English audio-guide page where pictures sit over text: an opaque grey
picture (a PNG with no alpha channel, absolutely positioned) laid over a whole line, which hides
it; a half-transparent PNG (alpha channel: Chromium writes it with a soft mask) over another line,
which lets it show; a picture behind a line (z-index -1, painted before it) and one in the margin,
which hide nothing. The data holds what a reader sees.

/usr/bin/python3 scripts/pdf-producers/chromium_pictures.py
(writes chromium-pictures-en.html, runs `chromium --headless --no-sandbox --disable-gpu
--no-pdf-header-footer --print-to-pdf=chromium-pictures-en.pdf chromium-pictures-en.html`)
"""
import base64
import struct
import zlib

from common import chromium_pdf, write_script

NAME = 'chromium-pictures-en'
VOICES = {'Narrator': {'color': '#C00000'}, 'Guide': {'color': '#0070C0'}}


def png(width, height, pixel):
    """A PNG of one colour: `pixel` 3 bytes (RGB, no alpha channel) or 4 (RGBA)."""
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    colour_type = 6 if len(pixel) == 4 else 2
    raw = b''.join(b'\x00' + bytes(pixel) * width for _ in range(height))
    data = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, colour_type, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
    return 'data:image/png;base64,' + base64.b64encode(data).decode()


GREY = png(40, 10, [204, 204, 204])
SEE_THROUGH = png(40, 10, [128, 128, 128, 90])
PALE = png(40, 10, [226, 239, 218])

PAGE = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Room 4</title><style>
@page { size: A5; margin: 15mm }
body { font: 11pt/1.4 "DejaVu Sans", sans-serif; margin: 0 }
p { margin: 0 0 10pt 0; position: relative }
.n { color: #C00000 } .g { color: #0070C0 }
img { position: absolute; left: -2pt; top: -2pt; width: 330px; height: 22px }
img.behind { z-index: -1 }
img.margin { left: auto; right: -60pt; width: 30pt }
</style></head><body>
<p class="n">Room four holds the harbour paintings.</p>
<p class="g">This old line sits under a grey picture.<img src="%s"></p>
<p class="n">Walk on to the window on your left.</p>
<p class="g">A veil of grey glass lies over this line.<img src="%s"></p>
<p class="n">A pale picture sits behind this line.<img class="behind" src="%s"></p>
<p class="g">Press two for the painter's story.<img class="margin" src="%s"></p>
</body></html>
''' % (GREY, SEE_THROUGH, PALE, GREY)


def build():
    chromium_pdf(NAME, PAGE)
    paras = [
        [['Narrator', 'Room four holds the harbour paintings.']],
        [['Narrator', 'Walk on to the window on your left.']],
        [['Guide', 'A veil of grey glass lies over this line.']],
        [['Narrator', 'A pale picture sits behind this line.']],
        [['Guide', "Press two for the painter's story."]],
    ]
    write_script(NAME, 'Chromium 156', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
