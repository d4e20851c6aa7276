"""ReportLab 3.6.12 canvas: justified text drawn a word at a time (`drawString` per word, no space
glyph), as producers that place each word do. Page 1: justified prose across the page, then a
borderless speaker-label table whose text column is justified to its own edge, well short of the
page's right edge, three or four words a line (its spaces stretched past a column gap: read as tabs
before, "MUM⇥Come⇥on,⇥love…"). Page 2: a narrow justified column (French) where a word that could
not be stretched ends a line short ("extraordinairement,"), then a line of two words spread over
the whole measure ("invraisemblablement      bon"), nothing else in it to measure the gap by: read
as a space, and said (`wide-gap-read-as-space`).

/usr/bin/python3 scripts/pdf-producers/reportlab_words_justified.py
(writes rl-words-justified.pdf; no JSON: tests/pdf-tex-justified.test.ts reads it)
"""
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import out_path

NAME = 'rl-words-justified'
FONT, BOLD, SIZE, LEAD = 'Helvetica', 'Helvetica-Bold', 10, 13

PROSE = ('Every speech below is set justified in a narrow column beside the speaker label, and the '
         'prose above it is justified across the whole page, as the studio asked for this spot.')
ROWS = [
    ('ANNCR', 'Spring is here, and the Greenway Garden Centre sale has begun: thousands of plants at half price.'),
    ('MUM', 'Come on, love, the tulips are half price and the car is parked right outside the door.'),
    ('KID', 'Can we get the enormous sunflower too? Please? The one that is taller than Dad?'),
    ('SFX', 'Trolley wheels rattling across the gravel of the car park.'),
]
NARROW = [
    ['Regarde', 'ces', 'belles', 'tulipes'],
    ['rouges', 'à', 'moitié', 'prix', 'dans'],
    ['la', 'grande', 'allée', 'du', 'fond,'],
    ['extraordinairement,'],
    ['invraisemblablement', 'bon'],
    ['marché.'],
]


def wrap(words, width, font):
    """Greedy lines of words that fit `width` with 3 pt spaces."""
    lines, line = [], []
    for word in words:
        trial = line + [word]
        if line and sum(stringWidth(w, font, SIZE) for w in trial) + 3 * (len(trial) - 1) > width:
            lines.append(line)
            line = [word]
        else:
            line = trial
    lines.append(line)
    return lines


def draw(c, words, x, y, width=None, font=FONT):
    """Each word its own drawString; spread to `width` when given (a justified line), else 3 pt apart."""
    widths = [stringWidth(w, font, SIZE) for w in words]
    gap = (width - sum(widths)) / (len(words) - 1) if width is not None and len(words) > 1 else 3
    for word, w in zip(words, widths):
        c.setFont(font, SIZE)
        c.drawString(x, y, word)
        x += w + gap


def build():
    c = canvas.Canvas(out_path(NAME, 'pdf'), pagesize=A5, invariant=1)
    left, right = 40, A5[0] - 40
    y = A5[1] - 60
    lines = wrap(PROSE.split(' '), right - left, FONT)
    for i, words in enumerate(lines):
        draw(c, words, left, y, right - left if i < len(lines) - 1 else None)
        y -= LEAD
    y -= 10
    text_x, text_right = left + 60, left + 60 + 150
    for label, text in ROWS:
        draw(c, [label], left, y, font=BOLD)
        lines = wrap(text.split(' '), text_right - text_x, FONT)
        for i, words in enumerate(lines):
            draw(c, words, text_x, y, text_right - text_x if i < len(lines) - 1 else None)
            y -= LEAD
        y -= 6
    c.showPage()
    y = A5[1] - 60
    for words in NARROW:
        full = len(words) > 1 and words[-1] != 'marché.'
        draw(c, words, left, y, 150 if full else None)
        y -= LEAD
    c.showPage()
    c.save()


if __name__ == '__main__':
    build()
