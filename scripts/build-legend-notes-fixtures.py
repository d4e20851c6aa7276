"""Fixtures of tests/legend-notes.test.ts (PDFs; the DOCX scripts are built by the test itself).

Run from the repository root with Chromium on the PATH:
    python3 scripts/build-legend-notes-fixtures.py
Writes tests/fixtures/legend-notes/ (each HTML beside the PDF Chromium prints of it):
- web-hard.html → web-hard-chromium.pdf: "Key: HOST · GUEST · TAG · PRODUCER · plain black is not
  recorded." with each name in its voice's look (a <mark>, a see-through blue text colour, a
  see-through green background, a gradient of one pink), then a black note and each voice's line.
- web-overlap.html → web-overlap-chromium.pdf: "Key: ANNCR · MUM · KID · black text is not recorded.",
  the voices' lines (ANNCR on yellow, MUM on light blue, KID in red), and KID's red text inside an
  ANNCR <mark> ("Best breakfast ever!").
"""
import os
import subprocess

OUT = os.path.join('tests', 'fixtures', 'legend-notes')

WEB_HARD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spot</title>
<style>body{font-family:"DejaVu Sans",sans-serif;font-size:12pt;margin:2cm;line-height:1.15}
mark{padding:.35em .1em;border-radius:3px}
.guest{color:rgba(0,0,255,.55)}
.tag{background-color:rgba(0,200,0,.35)}
.grad{background:linear-gradient(90deg,#ffd0d0,#ffd0d0)}
</style></head><body>
<p><b>Podcast read — Atlas Maps — 60 s</b></p>
<p>Key: <mark>HOST</mark> · <span class="guest">GUEST</span> · <span class="tag">TAG</span> · <span class="grad">PRODUCER</span> · plain black is not recorded.</p>
<p>Director's note in black sits right above a highlighted line and must stay nobody's words here.</p>
<p><mark>Atlas Maps knows every road, every shortcut and every coffee stop between here and the coast, and it works without a signal.</mark></p>
<p>Another black note just below the highlighted paragraph, also nobody's.</p>
<p><span class="guest">I used it last summer in the mountains and it never lost me once.</span></p>
<p><span class="tag">Atlas Maps. Find your way.</span></p>
<p><span class="grad">Legal: offer ends Friday, terms apply.</span></p>
</body></html>
"""

WEB_OVERLAP = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spot</title>
<style>body{font-family:"DejaVu Sans",sans-serif;font-size:12pt;margin:2cm}
.mum{background-color:#a0e0ff}.kid{color:#c00000}</style></head><body>
<p><b>Sunny Oats — TV spot, 30 s — v3</b></p>
<p>Key: <mark>ANNCR</mark> · <span class="mum">MUM</span> · <span class="kid">KID</span> · black text is not recorded.</p>
<p><mark>Mornings are busy. Breakfast should not be.</mark></p>
<p><span class="mum">Five minutes, one bowl, and everybody is out the door on time.</span></p>
<p><span class="kid">Can I have the one with the honey?</span></p>
<p>[SFX: spoon on bowl]</p>
<p><mark>Sunny Oats, in every good store from Monday.</mark></p>
<p><mark><span class="kid">Best breakfast ever!</span></mark></p>
</body></html>
"""


def chromium(name, html):
    path = os.path.join(OUT, name + '.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name + '-chromium.pdf'), path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    chromium('web-hard', WEB_HARD)
    chromium('web-overlap', WEB_OVERLAP)
