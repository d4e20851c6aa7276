"""WeasyPrint 57.2: a French e-learning storyboard as an HTML table (N° | Écran | Voix off) whose
<thead> repeats on every page and whose rows break across pages, CSS paged media: a different
first page (@page :first, no header), @page margin boxes for a running header and "Page N / M"
footer, text-align: justify with hyphens: auto (lang="fr"), voices as text colours and a
<mark>-style background, French typography (’ « » and no-break spaces before : ; ? !), then a
landscape section (@page wide { size: A4 landscape }) with a two-column (CSS columns) text.

/usr/bin/python3 scripts/pdf-producers/weasyprint_storyboard.py
(writes wp-storyboard-fr.html, then runs `weasyprint wp-storyboard-fr.html wp-storyboard-fr.pdf`)
"""
import html
import subprocess

from common import out_path, write_script

NAME = 'wp-storyboard-fr'
VOICES = {
    'Narrateur': {'color': '#2E75B6'},
    'Formatrice': {'color': '#C55A11'},
    'Apprenant': {'highlight': '#FFF2CC'},
}
CSS_OF = {'Narrateur': 'color:#2E75B6', 'Formatrice': 'color:#C55A11', 'Apprenant': 'background:#FFF2CC'}
NB = '\u00a0'


def fr(t):
    for p in ':;?!':
        t = t.replace(' ' + p, NB + p)
    return t.replace('« ', '«' + NB).replace(' »', NB + '»')


N = lambda t: ['Narrateur', fr(t)]
F = lambda t: ['Formatrice', fr(t)]
A = lambda t: ['Apprenant', fr(t)]
U = lambda t: [None, fr(t)]

LONG = ('Les équipements de protection individuelle ne sont pas une option : casque, chaussures de sécurité, gilet '
        'haute visibilité et gants adaptés à la tâche sont obligatoires dans toutes les zones de l’entrepôt, '
        'y compris pour les visiteurs accompagnés. Avant chaque prise de poste, vérifiez l’état de vos équipements '
        'et signalez immédiatement tout défaut à votre responsable d’équipe ; un équipement abîmé ne protège plus. ')
ROWS = [
    ('1', [[U('Logo, puis titre « Sécurité en entrepôt ».')]], [[N('Bienvenue dans ce module consacré à la sécurité en entrepôt. Il dure une vingtaine de minutes.')]]),
    ('2', [[U('Vue générale de l’entrepôt, chariots en mouvement.')]],
     [[N(LONG + LONG.replace('Avant chaque', 'Au début de chaque'))], [F('« Vous avez des questions sur les équipements ? N’hésitez pas à les poser. »')]]),
    ('3', [[U('Gros plan sur un casque fissuré.')]], [[A('« Et si mon casque est un peu abîmé, je peux quand même le porter ? »')], [F('« Non : un casque fissuré doit être remplacé le jour même. »')]]),
    ('4', [[U('Schéma des allées piétonnes, marquage au sol jaune.')]],
     [[N('Les allées piétonnes sont matérialisées par un marquage jaune. Ne les quittez jamais pour couper au plus court, même lorsque l’entrepôt semble vide : un chariot peut surgir à tout moment d’une allée transversale. ' * 6)],
      [A('« Et la nuit, quand il n’y a personne ? »')], [F('« La nuit aussi. Surtout la nuit. »')]]),
    ('5', [[U('Animation : un cariste klaxonne à un croisement.')]], [[N('À chaque croisement, le cariste ralentit, klaxonne et regarde des deux côtés. Vous, piéton, attendez qu’il vous ait vu avant de traverser.')]]),
    ('6', [[U('Quiz : trois réponses possibles.')]], [[F('Question : que faites-vous si vous trouvez une palette abandonnée au milieu d’une allée ?')], [A('« Je la pousse sur le côté ? »')], [F('« Surtout pas ! Vous balisez la zone et prévenez votre responsable. »')]]),
]
WIDE = [
    [U('Annexe — texte de clôture (page paysage, deux colonnes)')],
    [N('Merci d’avoir suivi ce module. La sécurité en entrepôt repose sur des gestes simples, répétés chaque jour par chacun d’entre nous : porter ses équipements, rester dans les allées piétonnes, respecter les règles de circulation et signaler sans attendre tout ce qui paraît anormal. ' * 2)],
    [F('« Retenez bien ceci : personne ne vous reprochera jamais d’avoir signalé un danger. On vous reprochera de ne pas l’avoir fait. »')],
    [N('Vous pouvez maintenant passer au quiz final. Il comporte dix questions ; il vous faut huit bonnes réponses pour valider le module. En cas d’échec, vous pourrez le repasser dès demain, après avoir revu les chapitres concernés. ' * 2)],
    [A('« Et si j’échoue deux fois ? »')],
    [F('« Alors on en parle ensemble, tout simplement. L’objectif n’est pas de vous piéger, mais de vous protéger. »')],
]


def seg_html(segs):
    out = []
    for voice, text in segs:
        t = html.escape(text)
        out.append('<span style="%s">%s</span>' % (CSS_OF[voice], t) if voice else t)
    return ''.join(out)


CSS = """
@page { size: A4; margin: 22mm 18mm;
  @top-center { content: "Sécurité en entrepôt — storyboard v3"; font: 8pt sans-serif; }
  @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 8pt sans-serif; } }
@page :first { @top-center { content: none; } }
@page wide { size: A4 landscape; }
body { font: 10.5pt/1.35 "DejaVu Sans", sans-serif; }
h1 { font-size: 15pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 3pt 5pt; vertical-align: top; }
th { background: #D9D9D9; }
td p { margin: 0 0 4pt; text-align: justify; hyphens: auto; }
td:first-child { width: 8mm; } td:nth-child(2) { width: 55mm; }
section.wide { page: wide; columns: 2; column-gap: 12mm; }
section.wide p { text-align: justify; hyphens: auto; margin: 0 0 6pt; }
"""


def build():
    body = ['<h1>%s</h1>' % html.escape(fr('Sécurité en entrepôt — storyboard')),
            '<table><thead><tr><th>N°</th><th>Écran</th><th>Voix off</th></tr></thead><tbody>']
    paras = [[U('Sécurité en entrepôt — storyboard')], [U('N°')], [U('Écran')], [U('Voix off')]]
    for n, screen, voice in ROWS:
        body.append('<tr><td><p>%s</p></td><td>%s</td><td>%s</td></tr>' % (
            n, ''.join('<p>%s</p>' % seg_html(p) for p in screen), ''.join('<p>%s</p>' % seg_html(p) for p in voice)))
        paras += [[U(n)]] + screen + voice
    body.append('</tbody></table><section class="wide">')
    for p in WIDE:
        body.append('<p>%s</p>' % seg_html(p))
    body.append('</section>')
    paras += WIDE
    paras.append({'segs': [U('Sécurité en entrepôt — storyboard v3')], 'furniture': True})
    doc = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Storyboard</title><style>%s</style></head><body>%s</body></html>' % (CSS, '\n'.join(body))
    src = out_path(NAME, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    subprocess.run(['weasyprint', src, out_path(NAME, 'pdf')], check=True)
    write_script(NAME, 'WeasyPrint 57.2', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
