"""Chromium print-to-PDF: speaker labels set apart from their text by a tab (`white-space: pre-wrap`,
`tab-size`) in justified paragraphs (`text-align: justify`), French and English, and a legend whose
entries a tab sets apart. Chromium draws no space glyphs and justifies the words after a tab: in
"ENFANT⇥On   prend   le" the tab is hardly wider than the stretched spaces after it (they were read
as tabs too, "ENFANT⇥On⇥prend⇥le"); the legend's tab after "Key:" is five times its spaces.

/usr/bin/python3 scripts/pdf-producers/chromium_tabs_justified.py
(writes chromium-tabs-justified.html, .pdf; no JSON: tests/pdf-tex-justified.test.ts reads it)
"""
import html

from common import chromium_pdf

NAME = 'chromium-tabs-justified'
PARAS = [
    'Spot 1 : la jardinerie',
    'MAMAN\tRegardez ces tulipes ! À moitié prix.',
    'ENFANT\tOn prend le grand tournesol ?',
    'Tout le magasin ce week-end, dans la limite des stocks.',
    'MAMAN\tSeulement si tu le portes.',
    'KID\tCan we get the big sunflower too? The one that is taller than Dad? Please?',
    'Key:\tNarrator – blue, Expert – green, Learner – red, Announcer – grey',
]

page = '''<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 20mm; }
body { margin: 0; font: 11pt "DejaVu Serif", serif; width: 70mm; }
p { white-space: pre-wrap; text-align: justify; tab-size: 64px; margin: 0 0 8pt; }
</style></head><body>
%s
</body></html>
''' % '\n'.join('<p>%s</p>' % html.escape(t) for t in PARAS)

if __name__ == '__main__':
    chromium_pdf(NAME, page)
