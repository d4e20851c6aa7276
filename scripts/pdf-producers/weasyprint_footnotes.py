"""WeasyPrint 57.2: a French e-learning narration script on A5 pages with footnotes (CSS
`float: footnote`): pronunciation notes for the narrator, called by a superscript number in the
text and set in small type at the foot of the page. A footnote inside a coloured span takes the
voice's colour. Footnotes are not script lines (a DOCX's footnotes are not read unless asked for).

/usr/bin/python3 scripts/pdf-producers/weasyprint_footnotes.py
(writes wp-footnotes-fr.html, then runs `weasyprint wp-footnotes-fr.html wp-footnotes-fr.pdf`)
"""
import html
import subprocess

from common import out_path, write_script

NAME = 'wp-footnotes-fr'
VOICES = {'Narrateur': {'color': '#1F4E79'}, 'Formatrice': {'color': '#C55A11'}}
CSS_OF = {'Narrateur': 'color:#1F4E79', 'Formatrice': 'color:#C55A11'}
NB = '\u00a0'


def fr(t):
    for p in ':;?!':
        t = t.replace(' ' + p, NB + p)
    return t.replace('« ', '«' + NB).replace(' »', NB + '»')


# (voice, text before the call, footnote or None, text after)
PARAS = [
    (None, 'Module 2 — Les gestes et postures', None, ''),
    ('Narrateur', 'Bienvenue dans ce module consacré aux gestes et postures', 'Prononcer « postures » sans lier le s final.', ' au travail. Il dure une vingtaine de minutes et se termine par un quiz de dix questions.'),
    ('Formatrice', '« Vous avez des questions ? N’hésitez pas à les poser à votre formatrice à la fin de chaque séquence. »', None, ''),
    ('Narrateur', 'Chaque année, les troubles musculosquelettiques', 'Dire « T.M.S. » en toutes lettres la première fois seulement.', ' représentent la première cause de maladie professionnelle en France. Ils touchent le dos, les épaules, les poignets et les genoux.'),
    ('Narrateur', 'Pour soulever une charge, approchez-vous au plus près, pliez les jambes et gardez le dos droit. Ne tournez jamais le buste en portant : déplacez les pieds.', None, ''),
    ('Formatrice', '« Et si la charge est trop lourde, on demande de l’aide, tout simplement. Personne ne vous le reprochera. »', None, ''),
    ('Narrateur', 'Les aides à la manutention — transpalettes, diables, tables élévatrices', 'Insister sur « élévatrices ».', ' — sont là pour vous. Utilisez-les chaque fois que c’est possible, même pour une charge qui vous paraît légère.'),
    ('Narrateur', 'Avant de commencer le quiz, prenez une minute pour revoir les trois règles d’or : approcher, plier, garder le dos droit. Bonne chance !', None, ''),
    ('Formatrice', '« À tout de suite pour la correction. »', None, ''),
]


def build():
    body = []
    paras = []
    for voice, before, note, after in PARAS:
        call = '<span class="fn">%s</span>' % html.escape(fr(note)) if note else ''
        inner = html.escape(fr(before)) + call + html.escape(fr(after))
        body.append('<p><span style="%s">%s</span></p>' % (CSS_OF[voice], inner) if voice else '<h1>%s</h1>' % inner)
        paras.append([[voice, fr(before + after)]])
        if note:
            paras.append({'segs': [[voice, fr(note)]], 'furniture': True})
    css = ('@page { size: A5; margin: 15mm 15mm 18mm; @bottom-center { content: counter(page); font-size: 8pt; } } '
           'body { font: 11pt/1.45 "DejaVu Serif", serif; } h1 { font: bold 13pt sans-serif; } p { margin: 0 0 8pt; } '
           '.fn { float: footnote; font-size: 8pt; } '
           'p:nth-of-type(3), p:nth-of-type(6) { break-after: page; }')
    doc = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Gestes et postures</title><style>%s</style></head><body>%s</body></html>' % (css, '\n'.join(body))
    src = out_path(NAME, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    subprocess.run(['weasyprint', src, out_path(NAME, 'pdf')], check=True)
    write_script(NAME, 'WeasyPrint 57.2', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


SMALLPRINT = [
    ('Narrateur', 'Download the MP3 and the A4 worksheet before the session, then listen to the first track twice.'),
    ('Formatrice', '“Keep the worksheet next to you: you will need it for every exercise in this unit.”'),
    ('Narrateur', 'When you are ready, follow the three steps below, in order, and press Next at the end.'),
]
STEPS = ['3. Open the worksheet.', '4. Play the MP3.', '5. Press Next.']


def build_smallprint():
    """wp-smallprint-en: no footnotes, but a numbered list in small type at the foot of the page
    ("3. Open…", "4. Play…") while the text says "MP3" and "A4": the list is script text."""
    name = 'wp-smallprint-en'
    body = ''.join('<p><span style="%s">%s</span></p>' % (CSS_OF[v], html.escape(t)) for v, t in SMALLPRINT)
    steps = ''.join('<p class="s">%s</p>' % html.escape(t) for t in STEPS)
    css = ('@page { size: A5; margin: 15mm; } body { font: 11pt/1.45 "DejaVu Serif", serif; } p { margin: 0 0 8pt; } '
           '.foot { position: absolute; bottom: 0; } .s { font-size: 8pt; margin: 0; }')
    doc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steps</title><style>%s</style></head><body>%s<div class="foot">%s</div></body></html>' % (css, body, steps)
    src = out_path(name, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    subprocess.run(['weasyprint', src, out_path(name, 'pdf')], check=True)
    paras = [[[v, t]] for v, t in SMALLPRINT] + [[[None, t]] for t in STEPS]
    write_script(name, 'WeasyPrint 57.2', build_smallprint.__doc__.strip(), VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
    build_smallprint()
