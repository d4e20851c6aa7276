"""Scripts as studios take them to the booth (`lines`, `export`, `sides`):
- soft-breaks: a radio spot whose jingle is sung on lines broken with Shift+Enter (`<w:br/>` inside one
  paragraph), a French dubbing exchange `- Oui.⏎- Non.` in one paragraph, a `<w:cr/>` (what some
  converters write), a break at the paragraph's end (no line after it) and two breaks in a row;
  soft-breaks-lo.docx is the same script saved again by LibreOffice (its own `<w:br/>` and runs).
- long-cue: an audiobook chapter whose narrator reads two pages in one paragraph before a character's
  six-word line, then a short exchange, a cue of 45 words in three sentences and one of a single
  sentence of 52 words.
- heading-near-voice: an e-learning script whose screens are Word's Heading 2 (theme blue #4F81BD, no
  colour set) and whose Narrator is #2E74B5, within the colour tolerance: the headings are counted as
  the Narrator's lines, and read by the Narrator.
- audiobook-legend: a legend `Key: Narrator · Anna` (highlights) over a chapter the narrator reads
  nearly all of (99%): Anna has two short lines.
- audiobook-legend-black: the same chapter with a legend that gives the Narrator black in words, the
  colour of the title and the notes too: the narrator would take 99% with the title block and the notes.
- audiobook-legend-host: the same chapter, its legend naming `Host` and `Guest`: no narrator, a host
  does not read 98% of a show.

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-booth-fixtures.py [NAME…]
Writes tests/fixtures/booth/NAME.docx.
"""
import os
import random
import shutil
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.shared import RGBColor

from docx_common import lo_pdf

OUT = 'tests/fixtures/booth'
Y = WD_COLOR_INDEX.YELLOW
G = WD_COLOR_INDEX.BRIGHT_GREEN


def coloured(p, text, colour=None, highlight=None):
    r = p.add_run(text)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if highlight:
        r.font.highlight_color = highlight
    return r


def broken(p, pieces, highlight=None, colour=None, cr=False):
    """One paragraph of `pieces`, a soft line break between each (python-docx's add_break: `<w:br/>`,
    or `<w:cr/>`), each piece a run of its own as Word writes it after Shift+Enter."""
    for i, piece in enumerate(pieces):
        r = coloured(p, piece, colour, highlight)
        if i < len(pieces) - 1:
            if cr:
                r._r.append(OxmlElement('w:cr'))
            else:
                r.add_break()
    return p


def soft_breaks():
    d = Document()
    d.add_heading('Harbor Bank — Spring jingle, v2', 1)
    p = d.add_paragraph('Key: ')
    coloured(p, 'Announcer', highlight=Y)
    p.add_run(' · ')
    coloured(p, 'Singer', highlight=G)
    d.add_heading('Spot 1', 2)
    coloured(d.add_paragraph(), 'Spring is here at Harbor Bank.', highlight=Y)
    broken(d.add_paragraph(), ['Harbor Bank,', 'open all day,', 'save with us', 'the harbor way!'], highlight=G)
    coloured(d.add_paragraph(), 'Rates from 2% a year. Terms apply.', highlight=Y)
    # A line with a break typed at its end: no line after it.
    p = broken(d.add_paragraph(), ['Harbor Bank!', ''], highlight=G)
    d.add_heading('Spot 2', 2)
    broken(d.add_paragraph(), ['- Oui.', '- Non.'], highlight=Y)
    # Two breaks in a row: an empty line between, one break kept.
    p = d.add_paragraph()
    r = coloured(p, 'First verse,', highlight=G)
    r.add_break()
    r.add_break()
    coloured(p, 'second verse.', highlight=G)
    broken(d.add_paragraph(), ['Call us today,', 'we are open.'], highlight=Y, cr=True)
    return d


def chapter_words(seed, n):
    random.seed(seed)
    words = 'the harbor lights flickered as Anna walked along the quay thinking about the letter she had never sent to her brother'.split()
    out = []
    for i in range(n):
        w = random.choice(words)
        out.append(w.capitalize() if i % 14 == 0 else w)
        if i % 14 == 13:
            out[-1] += '.'
    return ' '.join(out).rstrip('.') + '.'


def long_cue():
    d = Document()
    p = d.add_paragraph('Key: ')
    coloured(p, 'Narrator', highlight=Y)
    p.add_run(' · ')
    coloured(p, 'Anna', highlight=G)
    d.add_heading('Chapter 1', 1)
    coloured(d.add_paragraph(), chapter_words(3, 1200) + ' She stopped at the end of the quay, where the last lamp burned.', highlight=Y)
    coloured(d.add_paragraph(), 'I should have sent it.', highlight=G)
    coloured(d.add_paragraph(), 'The wind took her words.', highlight=Y)
    coloured(d.add_paragraph(), 'Nobody heard me.', highlight=G)
    coloured(d.add_paragraph(), 'She read the old letter again by the window that night. Short. Very short. But Anna, the letter was never lost at all, only waiting in the drawer where she had left it on the night the harbor lights went out for good.', highlight=Y)
    coloured(d.add_paragraph(), 'Then I will find it.', highlight=G)
    # One sentence of 52 words: its last 40.
    coloured(d.add_paragraph(), 'And so she walked back along the quay past the fishing boats and the closed cafés and the old customs house with its broken clock, past the church and the bakery and the school where her brother had once carved their names into a desk, all the way home.', highlight=Y)
    coloured(d.add_paragraph(), 'Home, at last.', highlight=G)
    return d


def heading_near_voice():
    d = Document()
    d.add_heading('Data Protection Basics — e-learning script', 1)
    p = d.add_paragraph('Voices: ')
    coloured(p, 'Narrator', '2E74B5')
    p.add_run(' · ')
    coloured(p, 'Learner', 'C55A11')
    lines = [
        ('Narrator', 'Personal data is any information about a person.'),
        ('Learner', 'So what counts as sensitive data?'),
        ('Narrator', 'Health records and political opinions.'),
    ]
    colours = {'Narrator': '2E74B5', 'Learner': 'C55A11'}
    for s in range(1, 4):
        d.add_heading(f'Screen {s}', 2)
        d.add_paragraph(f'[On screen: slide {s}]')
        for who, text in lines:
            coloured(d.add_paragraph(), f'{text} ({s})', colours[who])
    return d


def audiobook(black=False, names=('Narrator', 'Anna')):
    d = Document()
    d.add_paragraph('The Harbor Letter — audiobook, chapter 1')
    if black:
        d.add_paragraph('Key: Narrator = black, Anna = green highlight')
    else:
        p = d.add_paragraph('Key: ')
        coloured(p, names[0], highlight=Y)
        p.add_run(' · ')
        coloured(p, names[1], highlight=G)
    d.add_paragraph('Note: read slowly, warm tone.')
    n = Y if not black else None
    for k in range(4):
        coloured(d.add_paragraph(), chapter_words(10 + k, 250), highlight=n)
        if k == 1:
            coloured(d.add_paragraph(), 'I should have sent it.', highlight=G)
    coloured(d.add_paragraph(), 'Then I will find it.', highlight=G)
    return d


FIXTURES = {
    'soft-breaks': soft_breaks,
    'long-cue': long_cue,
    'heading-near-voice': heading_near_voice,
    'audiobook-legend': audiobook,
    'audiobook-legend-black': lambda: audiobook(black=True),
    'audiobook-legend-host': lambda: audiobook(names=('Host', 'Guest')),
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, name + '.docx')
        FIXTURES[name]().save(path)
        if name == 'soft-breaks':
            # The same script saved again by LibreOffice Writer (Word 2007-365 format).
            with tempfile.TemporaryDirectory() as tmp:
                src = os.path.join(tmp, 'soft-breaks-lo.docx')
                shutil.copy(path, src)
                out = os.path.join(tmp, 'out')
                lo_pdf(src, out, fmt='docx:MS Word 2007 XML')
                shutil.copy(os.path.join(out, 'soft-breaks-lo.docx'), os.path.join(OUT, 'soft-breaks-lo.docx'))


if __name__ == '__main__':
    main(sys.argv[1:])
