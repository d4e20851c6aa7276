"""Fixtures of tests/pdf-list-styles.test.ts: HTML lists in each of CSS's bullet styles, printed by
Chromium and WeasyPrint. Chromium draws no glyph for a bullet: `disc` is a filled circle, `circle`
a stroked one (a ring: a path stroked, not filled), `square` a filled square; nested `<ul>`s take
disc, circle then square by default. WeasyPrint writes a glyph (•, ◦, ▪). Every `<li>` is a line of
its own, as in the DOCX of the same list.

Run from the repository root with the system Python (/usr/bin/python3), with Chromium and
WeasyPrint on the PATH:
    /usr/bin/python3 scripts/build-pdf-list-styles-fixtures.py
Writes tests/fixtures/pdf-list-styles/ (each NAME.html, NAME-chromium.pdf and NAME-wp.pdf):
- circle, square: a legend as a list (`Key:` then "Narrator — dark grey", …, and a long item that
  wraps) in that style, then the script's lines, one screen's three lines a list of blue items.
- nested: the same legend, each voice's item holding a nested list (circle) of notes about it,
  one of which holds a third level (square).
"""
import os
import subprocess

OUT = os.path.join('tests', 'fixtures', 'pdf-list-styles')
HEAD = "<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:12pt}%s</style></head><body>"

LEGEND = ['Narrator \u2014 dark grey', 'Expert \u2014 blue', 'Learner \u2014 green', 'Black \u2014 not recorded']
BODY = ("<p>Screen 1</p>"
        "<p style='color:#404040'>Welcome to the warehouse safety course for new starters.</p>"
        "<ul style='color:#0070C0'><li>Always wear your high visibility vest in the loading bay.</li>"
        "<li>Never walk behind a reversing forklift truck, even for a second.</li>"
        "<li>Report every near miss to your team leader the same day.</li></ul>"
        "<p style='color:#00B050'>Do I need the vest in the office too?</p>"
        "<p style='color:#404040'>Thank you for following this module to the end.</p>")


LONG = ('Lines in grey are on-screen text and are never recorded by anyone, whatever the voice'
        ' of the screen around them, so leave them out of the count.')


def styled(kind):
    items = ''.join(f'<li>{t}</li>' for t in LEGEND + [LONG])
    return (HEAD % f' ul{{list-style:{kind}}}') + ('<p>Warehouse Safety Module</p><p>Key:</p><ul>' + items + '</ul>'
                                                   + BODY + '</body></html>')


def nested():
    notes = {
        'Narrator \u2014 dark grey': ['Calm and slow', 'Reads the titles'],
        'Expert \u2014 blue': ['Warm', 'Site terms:<ul><li>forklift</li><li>loading bay</li></ul>'],
    }
    items = ''.join(f'<li>{t}' + (('<ul>' + ''.join(f'<li>{n}</li>' for n in notes[t]) + '</ul>') if t in notes else '') + '</li>'
                    for t in LEGEND)
    return (HEAD % '') + ('<p>Warehouse Safety Module</p><p>Key:</p><ul>' + items + '</ul>' + BODY + '</body></html>')


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
    write('circle', styled('circle'))
    write('square', styled('square'))
    write('nested', nested())
