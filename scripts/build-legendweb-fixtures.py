"""Scripts from the narrators' page probe where a legend or a config gave a confident wrong answer
(tests/legendweb.test.ts): a legend that does not add up (its words were counted as lines), a
French script Word marks English (its advice, a config holding `language: fr` alone, was refused),
and a sentence whose last word is in another voice's colour.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-legendweb-fixtures.py
Writes tests/fixtures/legendweb/*.docx (see the README there).
"""
import os

from docx import Document
from docx.enum.text import WD_COLOR_INDEX as H

OUT = 'tests/fixtures/legendweb'


def para(doc, text, hl=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if hl is not None:
        r.font.highlight_color = hl
    return p


def legend_wrong():
    """Legend "Voix : VOIX OFF / CLIENTE / VENDEUR", each name in its highlight; the script gives the
    customer turquoise, not the legend's pink: the legend is not used."""
    d = Document()
    d.add_heading('Spot TV — Printemps', 1)
    p = d.add_paragraph('Voix : ')
    for i, (name, hl) in enumerate([('VOIX OFF', H.YELLOW), ('CLIENTE', H.PINK), ('VENDEUR', H.BRIGHT_GREEN)]):
        if i:
            p.add_run(' / ')
        p.add_run(name).font.highlight_color = hl
    para(d, 'Le printemps arrive chez Maison Verte.', H.YELLOW)
    para(d, 'Vous avez des conseils pour mon balcon ?', H.TURQUOISE)
    para(d, 'Bien sûr, essayez nos jardinières en terre cuite.', H.BRIGHT_GREEN)
    para(d, 'Maison Verte, le jardin à portée de main.', H.YELLOW)
    d.save(os.path.join(OUT, 'fr-legend-wrong.docx'))


def dechets():
    """A French e-learning script by highlight with a legend; python-docx's template marks it en-US."""
    d = Document()
    d.add_heading('Module 3 — Gestion des déchets', 1)
    p = d.add_paragraph('Légende : ')
    for i, (name, hl) in enumerate([('Narratrice', H.YELLOW), ('Expert', H.BRIGHT_GREEN), ('Apprenant', H.TURQUOISE)]):
        if i:
            p.add_run(' — ')
        p.add_run(name).font.highlight_color = hl
    d.add_heading('Écran 1 — Introduction', 2)
    para(d, 'Bienvenue dans ce module consacré au tri des déchets sur le site.', H.YELLOW)
    para(d, '[Musique douce, logo à l’écran]')
    para(d, 'En 2023, nous avons produit 1 250 tonnes de déchets, dont 40 % recyclés.', H.BRIGHT_GREEN)
    para(d, 'C’est beaucoup ! Comment fait-on pour réduire ce chiffre ?', H.TURQUOISE)
    d.add_heading('Écran 2 — Les bacs', 2)
    para(d, 'Le bac jaune reçoit les emballages ; le bac vert, le verre.', H.YELLOW)
    para(d, 'Attention : les piles ne vont jamais dans ces bacs.', H.BRIGHT_GREEN)
    para(d, 'Et les cartouches d’encre, on les met où ?', H.TURQUOISE)
    para(d, 'Dans le point de collecte au rez-de-chaussée, à côté de l’accueil.', H.BRIGHT_GREEN)
    para(d, 'Merci d’avoir suivi ce module. À bientôt !', H.YELLOW)
    d.save(os.path.join(OUT, 'fr-dechets.docx'))


def mixed_runs():
    """Runs of one paragraph in several highlights: ¶5's sentence ends in the other voice's colour."""
    d = Document()

    def p(*runs):
        para_ = d.add_paragraph()
        for text, hl in runs:
            r = para_.add_run(text)
            if hl is not None:
                r.font.highlight_color = hl

    p(('Légende : ', None), ('Narratrice', H.YELLOW), (' — ', None), ('Formateur', H.BRIGHT_GREEN))
    p(('Bienvenue dans ce module', H.YELLOW), ('.', None))
    p(('NARRATRICE : ', None), ('Commençons par les bases.', H.YELLOW))
    p(('Voici la première règle ', H.BRIGHT_GREEN), ('(pause)', None), (' : toujours porter ses gants.', H.BRIGHT_GREEN))
    p(('Et la deuxième', H.BRIGHT_GREEN), (' ', None), ('règle ?', H.YELLOW))
    p(('Le casque, ', H.BRIGHT_GREEN), ('évidemment', H.BRIGHT_GREEN), ('.', H.BRIGHT_GREEN))
    # A sentence that goes on in lower case in the other voice's colour, and one told apart by its end.
    p(('Pour finir, vérifiez', H.BRIGHT_GREEN), (' que votre poste est rangé avant de partir.', H.YELLOW))
    p(('Merci à tous.', H.BRIGHT_GREEN), (' À bientôt !', H.YELLOW))
    d.save(os.path.join(OUT, 'fr-mixed-runs.docx'))


os.makedirs(OUT, exist_ok=True)
legend_wrong()
dechets()
mixed_runs()
