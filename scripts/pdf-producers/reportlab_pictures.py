"""ReportLab 3.6.12 canvas: an English museum-guide page on which pictures are drawn AFTER some of
its lines, over them, in each form an image takes in a PDF: an RGB PNG (Flate, no alpha channel),
an RGB JPEG, a greyscale JPEG, a CMYK JPEG (DCT), and an RGBA PNG whose alpha channel is fully
opaque (ReportLab writes it with a soft mask, every value 255). A reader does not see the lines
under them. On the same page, pictures that hide nothing: a half-transparent RGBA PNG over a line
(its soft mask lets the line show), a picture drawn before its line (a background) and one in the
margin. The data holds what a reader sees. Written for the narrator's page (web/) against the CLI:
pdf.js in a browser hands decoded images over as ImageBitmaps unless told not to.

rl-pictures-pages-en.pdf: three pages on each of which one same picture (one image object, drawn
on every page: pdf.js keeps it once for the document, not with each page) hides a line.

/usr/bin/python3 scripts/pdf-producers/reportlab_pictures.py
"""
import io

from PIL import Image
from reportlab.lib.pagesizes import A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import out_path, write_script

NAME = 'rl-pictures-en'
VOICES = {'GUIDE': {'color': '#C00000'}, 'VISITOR': {'color': '#0070C0'}}
RGB = {'GUIDE': (0xC0, 0, 0), 'VISITOR': (0, 0x70, 0xC0)}
FONT, SIZE, LEFT = 'Helvetica', 11, 50


def picture(mode, colour, fmt):
    """A plain picture of one colour, as ReportLab embeds it from a PNG or a JPEG file."""
    image = Image.new(mode, (40, 10), colour)
    data = io.BytesIO()
    image.save(data, fmt, quality=90) if fmt == 'JPEG' else image.save(data, fmt)
    data.seek(0)
    return ImageReader(data)


def build():
    W, H = A5
    c = canvas.Canvas(out_path(NAME, 'pdf'), pagesize=A5, invariant=1, pageCompression=0)
    c.setTitle('Room 5 — museum guide')
    y = H - 60
    paras = []

    def line(voice, s, shown=True):
        c.setFillColorRGB(*(v / 255 for v in RGB[voice]))
        c.setFont(FONT, SIZE)
        c.drawString(LEFT, y, s)
        if shown:
            paras.append([[voice, s]])

    def over(s, image, mask=None, x=None, w=None):
        """A picture over the line just drawn (its whole box, a little wider and taller)."""
        x = LEFT - 2 if x is None else x
        w = stringWidth(s, FONT, SIZE) + 4 if w is None else w
        c.drawImage(image, x, y - 4, w, SIZE + 5, mask=mask)

    def step():
        nonlocal y
        y -= 30

    line('GUIDE', 'Room five holds the model ships.')
    step()
    s = 'This line sits under a grey PNG.'
    line('VISITOR', s, shown=False)
    over(s, picture('RGB', (200, 200, 200), 'PNG'))
    step()
    line('GUIDE', 'Look up at the sails on the ceiling.')
    step()
    s = 'This line lies under a photo in JPEG.'
    line('VISITOR', s, shown=False)
    over(s, picture('RGB', (120, 150, 90), 'JPEG'))
    step()
    s = 'A grey JPEG hides this one as well.'
    line('GUIDE', s, shown=False)
    over(s, picture('L', 180, 'JPEG'))
    step()
    s = 'And a print in CMYK covers this line.'
    line('VISITOR', s, shown=False)
    over(s, picture('CMYK', (0, 40, 80, 10), 'JPEG'))
    step()
    s = 'A cut-out with no hole covers this one.'
    line('GUIDE', s, shown=False)
    over(s, picture('RGBA', (90, 90, 160, 255), 'PNG'), mask='auto')
    step()
    s = 'A veil of grey glass lies over this line.'
    line('VISITOR', s)
    over(s, picture('RGBA', (128, 128, 128, 90), 'PNG'), mask='auto')
    step()
    s = 'A pale picture sits behind this line.'
    over(s, picture('RGB', (226, 239, 218), 'PNG'))
    line('GUIDE', s)
    step()
    line('VISITOR', 'Press two for the shipwright.')
    over('', picture('RGB', (200, 200, 200), 'PNG'), x=W - 40, w=30)
    c.showPage()
    c.save()
    write_script(NAME, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


PAGES = [
    ('Welcome to the first floor of the museum.', 'The first hidden line waits under a sticker.'),
    ('Here the story of the harbour begins.', 'A second line hides under the same sticker.'),
    ('Thank you for walking with us today.', 'And the last one is covered as well.'),
]


def build_pages():
    name = 'rl-pictures-pages-en'
    W, H = A5
    c = canvas.Canvas(out_path(name, 'pdf'), pagesize=A5, invariant=1, pageCompression=0)
    c.setTitle('Floors — museum guide')
    sticker = picture('RGB', (230, 210, 120), 'PNG')
    paras = []
    for shown, hidden in PAGES:
        y = H - 80
        for voice, s in (('GUIDE', shown), ('VISITOR', hidden)):
            c.setFillColorRGB(*(v / 255 for v in RGB[voice]))
            c.setFont(FONT, SIZE)
            c.drawString(LEFT, y, s)
            y -= 30
        paras.append([['GUIDE', shown]])
        c.drawImage(sticker, LEFT - 2, y + 30 - 4, stringWidth(hidden, FONT, SIZE) + 4, SIZE + 5)
        c.showPage()
    c.save()
    write_script(name, 'ReportLab 3.6.12', 'ReportLab 3.6.12 canvas: three pages, one same opaque picture over a line on each (pdf.js keeps an image shown on several pages once for the document).', VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
    build_pages()
