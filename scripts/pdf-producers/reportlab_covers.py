"""ReportLab 3.6.12 canvas: an English dubbing script on which opaque boxes are drawn AFTER some of
its text, as a redaction, a sticker (one a white disc over a word) or a cover block in an export
does. A reader does not see the text under them; the data holds what a reader sees. On the same
page, boxes that hide nothing: a pale shading drawn before its text, a yellow box at opacity 0.4
and another in Multiply drawn over text (highlights flattened into the page), a white strip over the foot of a line's letters
only, a white box in the margin, and a white box hidden in an optional-content layer that is off.

/usr/bin/python3 scripts/pdf-producers/reportlab_covers.py
"""
import os
import re

from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import out_path, write_script

NAME = 'rl-covers-en'
VOICES = {
    'ANNA': {'color': '#C00000'},
    'JOE': {'color': '#0070C0'},
    'NARRATOR': {'color': '#7F7F7F'},
}
RGB = {'ANNA': (0xC0, 0, 0), 'JOE': (0, 0x70, 0xC0), 'NARRATOR': (0x7F, 0x7F, 0x7F), None: (0, 0, 0)}
FONT, SIZE, LEFT = 'Helvetica', 11, 50

def build():
    W, H = A5
    c = canvas.Canvas(out_path(NAME, 'pdf'), pagesize=A5, invariant=1, pageCompression=0)
    c.setTitle('Covers — dubbing script')
    y = H - 60
    paras = []

    def text(voice, s, x=LEFT):
        c.setFillColorRGB(*(v / 255 for v in RGB[voice]))
        c.setFont(FONT, SIZE)
        c.drawString(x, y, s)

    def box(x0, y0, x1, y1, rgb, alpha=1, blend=None):
        c.saveState()
        c.setFillColorRGB(*(v / 255 for v in rgb))
        if alpha != 1:
            c.setFillAlpha(alpha)
        if blend:
            c.setBlendMode(blend)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        c.restoreState()

    def width(s):
        return stringWidth(s, FONT, SIZE)

    def step():
        nonlocal y
        y -= 30

    # 1. A plain line.
    text(None, 'SCENE 4. THE STATION.')
    paras.append([[None, 'SCENE 4. THE STATION.']])
    step()
    # 2. A whole line under a white box drawn after it (a cut, painted out).
    text('ANNA', 'This line was cut and painted out.')
    box(LEFT - 2, y - 4, LEFT + width('This line was cut and painted out.') + 2, y + SIZE, (255, 255, 255))
    step()
    # 3. One word under a black redaction box.
    a, b = 'The code is ', 'SWORDFISH'
    text('JOE', a + b + ' and nobody knows it.')
    box(LEFT + width(a) - 1, y - 3, LEFT + width(a + b) + 1, y + SIZE - 1, (0, 0, 0))
    paras.append([['JOE', 'The code is and nobody knows it.']])
    step()
    # 4. A yellow sticker over a line, a new line written on the sticker.
    text('ANNA', 'We leave on Monday at dawn.')
    box(LEFT - 4, y - 6, LEFT + 200, y + SIZE + 2, (255, 230, 0))
    text('JOE', 'We leave on Friday instead.')
    paras.append([['JOE', 'We leave on Friday instead.']])
    step()
    # 5. A pale shading drawn before its text: a background, read.
    box(LEFT - 4, y - 6, LEFT + 200, y + SIZE + 2, (221, 235, 247))
    text('NARRATOR', 'The train was already late.')
    paras.append([['NARRATOR', 'The train was already late.']])
    step()
    # 6. A see-through yellow box drawn over a line: a highlight, read.
    text('ANNA', 'Then we wait here together.')
    box(LEFT - 2, y - 4, LEFT + width('Then we wait here together.') + 2, y + SIZE, (255, 255, 0), alpha=0.4)
    paras.append([['ANNA', 'Then we wait here together.']])
    step()
    # 7. An opaque yellow box in Multiply over a line: a highlight, read.
    text('JOE', 'Fine, but I am buying the coffee.')
    box(LEFT - 2, y - 4, LEFT + width('Fine, but I am buying the coffee.') + 2, y + SIZE, (255, 255, 0), blend='Multiply')
    paras.append([['JOE', 'Fine, but I am buying the coffee.']])
    step()
    # 8. A white strip over the foot of the letters only (from just above the baseline down): read.
    text('NARRATOR', 'She laughed for the first time that day.')
    box(LEFT - 2, y - 5, LEFT + width('She laughed for the first time that day.') + 2, y + 1.5, (255, 255, 255))
    paras.append([['NARRATOR', 'She laughed for the first time that day.']])
    step()
    # 9. Half a line under a white box: the first half is read.
    a, b = 'Platform two, ', 'no, platform three.'
    text('ANNA', a + b)
    box(LEFT + width(a) - 1, y - 4, LEFT + width(a + b) + 3, y + SIZE, (255, 255, 255))
    paras.append([['ANNA', 'Platform two,']])
    step()
    # 10. A white box in the margin, over no text.
    box(W - 40, y - 4, W - 10, y + SIZE, (255, 255, 255))
    text('JOE', 'Run!')
    paras.append([['JOE', 'Run!']])
    # 12. A white disc over one word, drawn after its line (a round sticker): the word is hidden.
    y -= 30
    a, b = 'Wait for it ', 'NOW'
    text('JOE', a + b + ' and then go.')
    c.saveState()
    c.setFillColorRGB(1, 1, 1)
    c.circle(LEFT + width(a) + width(b) / 2, y + 4, 14, stroke=0, fill=1)
    c.restoreState()
    paras.append([['JOE', 'Wait for it and then go.']])
    y += 30
    # 11. A white box over the line above in a layer that is off: hides nothing.
    c.saveState()
    c._code.append('/OC /oc1 BDC')
    box(LEFT - 2, y + 30 - 4, LEFT + 200, y + 30 + SIZE, (255, 255, 255))
    c._code.append('EMC')
    c.restoreState()
    c.showPage()
    c.save()
    _add_hidden_layer(out_path(NAME, 'pdf'))
    write_script(NAME, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)

def _add_hidden_layer(path):
    """Declares /oc1 an optional content group that is off (ReportLab has no API for layers): the
    page's resources and the catalog are patched in the uncompressed file, then `mutool clean`
    rewrites the cross-reference table."""
    import subprocess
    data = open(path, 'rb').read().decode('latin-1')
    n = max(int(m) for m in re.findall(r'(\d+) 0 obj', data)) + 1
    data = data.replace('/ProcSet', '/Properties << /oc1 %d 0 R >> /ProcSet' % n, 1)
    data = data.replace('/Type /Catalog', '/Type /Catalog /OCProperties << /OCGs [ %d 0 R ] /D << /OFF [ %d 0 R ] >> >>' % (n, n), 1)
    at = data.rindex('\nxref') + 1
    data = data[:at] + '%d 0 obj\n<< /Type /OCG /Name (Cover) >>\nendobj\n' % n + data[at:]

    open(path + '.tmp', 'wb').write(data.encode('latin-1'))
    subprocess.run(['mutool', 'clean', path + '.tmp', path], check=True, stderr=subprocess.DEVNULL)
    os.remove(path + '.tmp')

if __name__ == '__main__':
    build()
