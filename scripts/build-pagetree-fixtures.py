"""PDFs whose list of pages (page tree) does not reach the text they hold, and the counter-cases that
must still read as blank (tests/pdf-pagetree.test.ts). Writes tests/fixtures/pdf-pagetree/NAME.pdf.

A good three-page script is made by reportlab (its content streams deflated, not ASCII85-wrapped:
rl_config.useA85 = 0), then its objects are taken apart and written again with the page tree
rewritten, every cross-reference offset exact, so that the test is about the page tree and not about
a broken xref that pdf.js would rebuild:

- kids-font.pdf: the /Pages node's /Kids lists the font's dictionary instead of the three pages
  (/Count 3). The pages and their content streams are still in the file. kids-font-a85.pdf: the
  same from reportlab's default output (content streams ASCII85-wrapped, then deflated).
- no-contents.pdf: one page, without /Contents; the text's content stream is in the file, unreferenced.
- count-high.pdf: the three pages listed, /Count 7.
- no-kids.pdf: a /Pages node with no /Kids (/Count 3).
- one-of-three.pdf: /Kids lists the first page only (/Count 1): the other two pages' text is unreachable.
- blank-box.pdf: a page drawing a grey box, nothing else (the truly blank counter-case).
- outlines.pdf: a page of text turned into shapes (paths only: m l c f), nothing drawn as letters.
- form-only.pdf: a blank page whose resources hold an unused form XObject that shows text, and a
  FreeText annotation whose appearance stream shows text: streams of text that are no page's content.

/usr/bin/python3 scripts/build-pagetree-fixtures.py
"""
import os
import re
import zlib

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

rl_config.useA85 = 0
rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-pagetree'))

BLUE, RED = HexColor('#1F4E9F'), HexColor('#C00000')

PAGES = [
    [(BLUE, 'MARIE : Bonjour, je suis au port ce matin.'), (RED, 'PAUL : Les bateaux rentrent avant la pluie.')],
    [(BLUE, 'MARIE : Le vent tourne vers l\'ouest.'), (RED, 'PAUL : Alors partons tout de suite.')],
    [(BLUE, 'MARIE : Nous arrivons sur l\'ile.'), (RED, 'PAUL : La maison aux volets bleus est la.')],
]


def good_pdf(path, a85=False):
    """Three pages of two coloured lines each, by reportlab."""
    rl_config.useA85 = 1 if a85 else 0
    c = canvas.Canvas(path, pageCompression=1)
    c.setTitle('pagetree')
    for lines in PAGES:
        y = 760
        for colour, text in lines:
            c.setFillColor(colour)
            c.setFont('Helvetica', 12)
            c.drawString(72, y, text)
            y -= 20
        c.showPage()
    c.save()


OBJ = re.compile(rb'(\d+) 0 obj\s*(.*?)\s*endobj', re.S)


def objects_of(data):
    """{number: body bytes} of a PDF without object streams (reportlab's)."""
    return {int(m.group(1)): m.group(2) for m in OBJ.finditer(data)}


def assemble(objects, root):
    """The objects ({number: body}) as a PDF, every cross-reference offset exact."""
    size = max(objects) + 1
    out = bytearray(b'%PDF-1.4\n%\x93\x8c\x8b\x9e\n')
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b'%d 0 obj\n' % n + objects[n] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for n in range(1, size):
        out += (b'%010d 00000 n \n' % offsets[n]) if n in offsets else b'0000000000 65535 f \n'
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, root, xref)
    return bytes(out)


def stream(dictionary, content):
    data = zlib.compress(content)
    return b'<< %s /Length %d /Filter /FlateDecode >>\nstream\n' % (dictionary, len(data)) + data + b'\nendstream'


def find(objects, pattern):
    return [n for n, body in sorted(objects.items()) if re.search(pattern, body)]


def write(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


def from_good(a85=False):
    """The good PDF's objects, and the numbers of its catalog, pages node, pages and font."""
    path = os.path.join(OUT, 'good.pdf')
    good_pdf(path, a85)
    with open(path, 'rb') as f:
        objects = objects_of(f.read())
    os.remove(path)
    catalog = find(objects, rb'/Type\s*/Catalog')[0]
    pages_node = find(objects, rb'/Type\s*/Pages\b')[0]
    pages = find(objects, rb'/Type\s*/Page\b')
    font = find(objects, rb'/Type\s*/Font')[0]
    return objects, catalog, pages_node, pages, font


def with_kids(objects, pages_node, kids, count, keep_kids=True):
    body = objects[pages_node]
    refs = b' '.join(b'%d 0 R' % k for k in kids)
    body = re.sub(rb'/Kids\s*\[[^\]]*\]', (b'/Kids [ ' + refs + b' ]') if keep_kids else b'', body)
    body = re.sub(rb'/Count\s+\d+', b'/Count %d' % count, body)
    out = dict(objects)
    out[pages_node] = body
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    objects, catalog, pages_node, pages, font = from_good()
    assert len(pages) == 3, pages

    write('kids-font.pdf', assemble(with_kids(objects, pages_node, [font], 3), catalog))
    write('count-high.pdf', assemble(with_kids(objects, pages_node, pages, 7), catalog))
    write('no-kids.pdf', assemble(with_kids(objects, pages_node, [], 3, keep_kids=False), catalog))
    write('one-of-three.pdf', assemble(with_kids(objects, pages_node, pages[:1], 1), catalog))

    # One page without /Contents: its text's stream stays in the file; the other two pages go.
    first = dict(with_kids(objects, pages_node, pages[:1], 1))
    contents = int(re.search(rb'/Contents\s+(\d+)\s+0\s+R', first[pages[0]]).group(1))
    first[pages[0]] = re.sub(rb'/Contents\s+\d+\s+0\s+R', b'', first[pages[0]])
    for page in pages[1:]:
        other = int(re.search(rb'/Contents\s+(\d+)\s+0\s+R', first[page]).group(1))
        del first[page], first[other]
    assert contents in first
    write('no-contents.pdf', assemble(first, catalog))

    # The counter-cases, on the good PDF's first page (its font kept in its resources).
    def one_page(content, extra_resources=b'', annots=b'', more=None):
        out = dict(with_kids(objects, pages_node, pages[:1], 1))
        for page in pages[1:]:
            other = int(re.search(rb'/Contents\s+(\d+)\s+0\s+R', out[page]).group(1))
            del out[page], out[other]
        out[contents] = stream(b'', content)
        page = out[pages[0]]
        if extra_resources:
            page = re.sub(rb'/Resources\s*<<', b'/Resources << ' + extra_resources.replace(b'\\', b'\\\\'), page, count=1)
            assert extra_resources in page
        if annots:
            page = page.replace(b'/Contents', b'/Annots [ ' + annots + b' ] /Contents', 1)
        out[pages[0]] = page
        for n, body in (more or {}).items():
            out[n] = body
        return assemble(out, catalog)

    write('blank-box.pdf', one_page(b'q 0.9 g 72 600 300 100 re f Q\n'))

    # "Hi" as outlines: the letters' shapes drawn as paths.
    outlines = (b'q 0 0 0.6 rg\n'
                b'72 700 m 76 700 l 76 716 l 86 716 l 86 700 l 90 700 l 90 736 l 86 736 l 86 720 l 76 720 l 76 736 l 72 736 l h f\n'
                b'96 700 m 100 700 l 100 724 l 96 724 l h f\n'
                b'96 730 m 100 730 l 100 736 l 96 736 l h f\n'
                b'110 700 m 110 710 120 720 130 720 c 140 720 150 710 150 700 c h f\nQ\n')
    write('outlines.pdf', one_page(outlines))

    top = max(objects) + 1
    form = stream(b'/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Resources << /Font << /F1 %d 0 R >> >>' % font,
                  b'BT /F1 12 Tf 0 0 1 rg 10 20 Td (A form never drawn) Tj ET\n')
    appearance = stream(b'/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Resources << /Font << /F1 %d 0 R >> >>' % font,
                        b'/Tx BMC q BT /F1 12 Tf 1 0 0 rg 4 20 Td (A note in a box) Tj ET Q EMC\n')
    annotation = (b'<< /Type /Annot /Subtype /FreeText /Rect [72 500 272 550] /Contents (A note in a box) '
                  b'/DA (/Helv 12 Tf 1 0 0 rg) /F 4 /AP << /N %d 0 R >> >>' % (top + 1))
    write('form-only.pdf', one_page(b'q 0.9 g 72 600 300 100 re f Q\n', extra_resources=b'/XObject << /Fm0 %d 0 R >>' % top,
                                    annots=b'%d 0 R' % (top + 2), more={top: form, top + 1: appearance, top + 2: annotation}))

    objects, catalog, pages_node, pages, font = from_good(a85=True)
    assert b'/ASCII85Decode' in objects[int(re.search(rb'/Contents\s+(\d+)', objects[pages[0]]).group(1))]
    write('kids-font-a85.pdf', assemble(with_kids(objects, pages_node, [font], 3), catalog))


main()
