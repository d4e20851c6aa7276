"""XeTeX: a French e-learning script over two pages set the way LaTeX users set one: fontspec
(DejaVu Serif), babel-french (thin no-break spaces before ; : ! ?), a fancyhdr header (title left,
version right) and `Page N` footer on every page, a `\\marginpar` sound cue in the right margin, a
soul `\\hl` radio voice, and a ruled `longtable` storyboard whose header row is repeated on page 2
by `\\endhead`, its rows hyphenated by TeX in the narrow voice-over column. Before the fix the
margin cue, a channel of its own at the right, was read after everything else on page 1, so the
table no longer closed the page: on page 2 it became a new table, and its repeated header row was
read as script text.

/usr/bin/python3 scripts/pdf-producers/tex_longtable_fr.py
(writes tex-longtable-fr.tex, runs `xelatex` twice in a temporary folder, keeps the PDF)
"""
import os
import shutil
import subprocess
import tempfile

from common import out_path, write_script

NAME = 'tex-longtable-fr'
VOICES = {
    'Narrateur': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Apprenant': {'color': '#FF0000'},
    'Radio': {'highlight': '#FFFF00'},
}
MACRO = {'Narrateur': 'narr', 'Expert': 'expert', 'Apprenant': 'learner'}
NB = '\u202f'  # babel-french puts a narrow no-break space before ; : ! ?

INTRO = [
    ('Narrateur', 'Bienvenue dans ce deuxième module consacré à la sécurité incendie ; nous allons voir ensemble comment réagir : que faire ? qui prévenir ? Les consignes officielles, affichées dans chaque couloir, sont très claires !'),
    ('Expert', 'Merci. Les statistiques sont formelles : l\'entretien insuffisant des installations électriques provoque la majorité des départs de feu dans les bureaux.'),
    ('Apprenant', 'Et les multiprises surchargées, c\'est vraiment dangereux ?'),
    ('Radio', 'Attention, ceci est un exercice d\'évacuation. Dirigez-vous vers la sortie la plus proche.'),
]
CUE = 'Bruitage : sirène'
ROWS = [
    ('Gros plan sur un extincteur', 'Narrateur', 'Voici un extincteur à dioxyde de carbone, réservé aux feux d\'origine électrique.'),
    ('Couverture anti-feu', 'Expert', 'Tirez fermement sur les deux languettes et recouvrez entièrement les flammes.'),
    ('Déclencheur manuel', 'Narrateur', 'Brisez la vitre et appuyez fermement sur le bouton.'),
    ('Couloir enfumé', 'Expert', 'Baissez-vous : l\'air le plus respirable se trouve près du sol.'),
    ('Escalier de secours', 'Apprenant', 'On ne prend jamais l\'ascenseur, même pour un seul étage ?'),
    ('Point de rassemblement', 'Narrateur', 'Rejoignez le point de rassemblement et signalez-vous au guide-file.'),
    ('Porte battante', 'Expert', 'Refermez chaque porte derrière vous : elle retient la fumée plusieurs minutes.'),
    ('Registre de sécurité', 'Narrateur', 'Le registre indique la date du dernier exercice et le nom des guides-files.'),
    ('Plan d\'évacuation', 'Apprenant', 'Et si je ne trouve pas le plan, à qui dois-je le demander ?'),
    ('Extincteur à eau', 'Expert', 'L\'extincteur à eau pulvérisée convient aux feux de papier, de bois et de tissu.'),
    ('Bureau vide', 'Narrateur', 'Avant de sortir, vérifiez d\'un regard que personne n\'est resté dans la pièce.'),
    ('Salle de pause', 'Expert', 'Ne laissez jamais un appareil de cuisson sans surveillance, même une minute.'),
    ('Sortie de secours', 'Narrateur', 'La sortie de secours doit rester dégagée en permanence : rien ne doit l\'encombrer.'),
    ('Téléphone', 'Apprenant', 'Quel numéro faut-il composer depuis un poste fixe ?'),
    ('Affiche', 'Expert', 'Le numéro interne figure sur l\'affiche rouge, à côté de chaque déclencheur.'),
    ('Parking', 'Narrateur', 'Au point de rassemblement, attendez l\'autorisation du responsable avant de repartir.'),
]
OUTRO = ('Narrateur', 'Fin du module. Merci de votre attention et à bientôt pour le module suivant.')


def typo(text):
    """What a reader gets back: apostrophes curly, babel's thin space before ; : ! ?."""
    out = text.replace("'", '\u2019')
    for p in ';:!?':
        out = out.replace(' ' + p, NB + p)
    return out


def build():
    tex = [r'''\documentclass[11pt]{article}
\usepackage[a5paper,margin=18mm,marginparwidth=14mm,marginparsep=2mm,headheight=14pt]{geometry}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\usepackage[french]{babel}
\usepackage[table]{xcolor}
\usepackage{soul}
\usepackage{longtable}
\usepackage{fancyhdr}
\definecolor{narr}{HTML}{0070C0}\definecolor{expert}{HTML}{00B050}\definecolor{learner}{HTML}{FF0000}\definecolor{radio}{HTML}{FFFF00}
\sethlcolor{radio}
\pagestyle{fancy}\fancyhf{}\fancyhead[L]{Sécurité incendie -- module 2}\fancyhead[R]{Version 3}\fancyfoot[C]{Page \thepage}
\begin{document}
''']
    paras = [{'segs': [[None, 'Sécurité incendie – module 2']], 'furniture': True}, {'segs': [[None, 'Version 3']], 'furniture': True}]
    for voice, text in INTRO:
        body = '\\hl{%s}' % text if voice == 'Radio' else '\\textcolor{%s}{%s}' % (MACRO[voice], text)
        if voice == 'Apprenant':
            body += '\\marginpar{\\footnotesize %s}' % CUE
        tex.append(body + '\n\n')
        paras.append([[voice, typo(text)]])
    # The cue is read after the block of text it stands beside (paragraphs set without space between).
    paras.append([[None, typo(CUE)]])
    tex.append('\\begin{longtable}{|p{8mm}|p{30mm}|p{50mm}|}\n\\hline N° & Écran & Voix off \\\\ \\hline \\endhead\n\\hline \\endfoot\n')
    paras += [[[None, 'N°']], [[None, 'Écran']], [[None, 'Voix off']]]
    for n, (screen, voice, text) in enumerate(ROWS, 1):
        tex.append('%d & %s & \\textcolor{%s}{%s} \\\\ \\hline\n' % (n, screen, MACRO[voice], text))
        paras += [[[None, str(n)]], [[None, typo(screen)]], [[voice, typo(text)]]]
    tex.append('\\end{longtable}\n\n\\textcolor{%s}{%s}\n\\end{document}\n' % (MACRO[OUTRO[0]], OUTRO[1]))
    paras.append([[OUTRO[0], typo(OUTRO[1])]])
    with open(out_path(NAME, 'tex'), 'w', encoding='utf-8') as f:
        f.write(''.join(tex))
    work = tempfile.mkdtemp()
    try:
        shutil.copy(out_path(NAME, 'tex'), work)
        for _ in range(2):
            subprocess.run(['xelatex', '-interaction=nonstopmode', NAME + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, NAME + '.pdf'), out_path(NAME, 'pdf'))
    finally:
        shutil.rmtree(work)
    # The footer's "Page N" is furniture on each page.
    paras.append({'segs': [[None, 'Page 1']], 'furniture': True})
    write_script(NAME, 'XeTeX 0.999994 (TeX Live 2022)', __doc__.split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
