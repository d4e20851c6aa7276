"""Fixtures of tests/pdf-paras.test.ts: HTML printed by Chromium and WeasyPrint, where the PDF's
shapes tell paragraphs and tables apart as a reader sees them.

Run from the repository root with the system Python (/usr/bin/python3), with Chromium and
WeasyPrint on the PATH:
    /usr/bin/python3 scripts/build-pdf-paras-fixtures.py
Writes tests/fixtures/pdf-paras/ (each NAME.html, and NAME-chromium.pdf, NAME-wp.pdf):
- swatch-separate: a legend as a table with CSS's default `border-collapse: separate` (each cell
  draws its own border, 2 px from its neighbour's: two parallel rulings between cells), its colour
  column empty cells filled with the voices' colours, then the script's lines in those colours.
- swatch-collapse: the same table with `border-collapse: collapse` (the control: one ruling
  between cells).
- bullets: a legend as an `<ul>` of short items (Chromium draws each bullet as a small filled
  disc, no glyph; WeasyPrint writes a "•"), a long item that wraps, then the script's lines.
- bullets-short: the same list without the long item (the items alone: no line reaches a margin).
- dash: a novel's paragraphs (Georgia 13 pt, first-line indents), one of which Chromium wraps right
  before a dash typed in it ("Don’t — just don’t."), a line broken short (`<br>`) before a dash,
  and French dialogue, one paragraph a line each opening with a dash, no space between them.
"""
import os
import subprocess

OUT = os.path.join('tests', 'fixtures', 'pdf-paras')
HEAD = ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:12pt}"
        " td{border:1px solid #999;padding:4px 10px}%s</style></head><body>")

BODY = [
    ('#C00000', 'Welcome to the warehouse safety course for new starters.'),
    ('#1F4E79', 'Always wear your high visibility vest in the loading bay.'),
    ('#00B050', 'Do I need the vest in the office too?'),
    ('#C00000', 'Every day more than two hundred people work on this site.'),
    ('#1F4E79', 'Never walk behind a reversing forklift truck, even for a second.'),
    ('#C00000', 'Let us begin with the three rules that keep you safe.'),
]


def body():
    out = []
    for i, (colour, text) in enumerate(BODY):
        if i % 3 == 0:
            out.append(f'<p>Screen {i // 3 + 1}</p>')
        out.append(f"<p style='color:{colour}'>{text}</p>")
    return ''.join(out)


def swatch_table(style=''):
    cells = ''.join(f"<tr><td>{name}</td><td style='background:{colour}'>&nbsp;</td></tr>"
                    for name, colour in [('Narrator', '#C00000'), ('Expert', '#1F4E79'), ('Learner', '#00B050')])
    return (HEAD % style) + ('<p>Warehouse Safety Module</p><p>Voice key</p><table><tr><td>Voice</td><td>Colour</td></tr>'
                             + cells + '</table>' + body() + '</body></html>')


def bullets(long=True):
    items = ''.join(f'<li>{t}</li>' for t in ['Narrator \u2014 dark red', 'Expert \u2014 navy', 'Learner \u2014 green', 'Black \u2014 not recorded'])
    long_item = ('<li>Lines in grey are on-screen text and are never recorded by anyone, whatever the voice'
                 ' of the screen around them, so leave them out of the count.</li>')
    return (HEAD % '') + ('<p>Warehouse Safety Module</p><p>Key:</p><ul>' + items + (long_item if long else '') + '</ul>'
                          + body() + '</body></html>')


def dash():
    # The style of a novel chapter printed from a browser (probe harbour-ch7.html): Chromium wraps
    # the sixth paragraph right before the dash of "Don’t — just don’t." (a full line before it).
    head = ("<html><head><meta charset='utf-8'><style>body{font-family:Georgia,serif;font-size:13pt;"
            "line-height:1.6;margin:2cm}.el{color:#C00000}.to{color:#0070C0}p{text-indent:1.5em;margin:0 0 .4em}"
            "</style></head><body>")
    broke = ' \u2014 and here the voice broke \u2014 '
    paras = [
        "<h1>Chapter Seven: The Harbour</h1>",
        f"<p><span class='to'>\u201cThey\u2019ll be here before dawn.</span>{broke}<span class='to'>Listen to me \u2014 please, listen.\u201d</span></p>",
        "<p><span class='el'>\u201cI told you not to come back here.\u201d</span> he muttered, turning away from the window.</p>",
        "<p>Somewhere below, a rope creaked \u2014 once, twice \u2014 and then fell silent. The harbour was quiet that night, quieter than Elena had ever known it.</p>",
        f"<p><span class='el'>\u201cI told you not to come back here.</span>{broke}<span class='el'>Do you even know what they did to him?\u201d</span></p>",
        f"<p><span class='el'>\u201cDo you even know what they did to him?</span>{broke}<span class='el'>Don\u2019t \u2014 just don\u2019t.\u201d</span></p>",
        f"<p><span class='to'>\u201cYou think I wanted any of this?</span>{broke}<span class='to'>I kept the letter. All of it.\u201d</span></p>",
        "<p>For a long moment neither of them moved. Somewhere below, a rope creaked \u2014 once, twice \u2014 and then fell silent.</p>",
        # A line broken short (a <br> in the paragraph) before a dash: short, so a paragraph is not
        # told from it (the dash line opens one, as any line after a short one).
        "<p><span class='to'>\u201cListen to me,<br>\u2014 please, listen.\u201d</span></p>",
        # French dialogue: a paragraph a line, each opening with a dash, no space between them.
        "<p style='margin:0;text-indent:0' class='el'>\u2014 Tu es rentr\u00e9 tard, dit-elle.</p>",
        "<p style='margin:0;text-indent:0' class='to'>\u2014 Le bateau avait du retard !</p>",
        "<p style='margin:0;text-indent:0' class='el'>\u2014 Encore ?</p>",
    ]
    return head + ''.join(paras) + '</body></html>'


def write(name, html):
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['weasyprint', path, os.path.join(OUT, name + '-wp.pdf')], check=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name + '-chromium.pdf'), path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('swatch-separate', swatch_table())
    write('swatch-collapse', swatch_table(' table{border-collapse:collapse}'))
    write('bullets', bullets())
    write('bullets-short', bullets(long=False))
    write('dash', dash())
