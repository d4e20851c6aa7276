"""Short dialogue in python-docx's default template, whose document defaults say en-US (as Word's on an
English system): too few words for the short-words guess, told by dialogue signs (measure/language.ts
dialogueLanguage: everyday words, elisions, French spacing, ¿ ¡ ñ, ß ä ö ü, ò ì).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-frshort-fixtures.py
Writes tests/fixtures/frshort/*.docx:
fr-plain: seven plain French lines, 48 words (a probe's: `l’heure`, `c’est`, ` ?`, `« le prix »`, `&`).
fr-dub: a dubbing table (TC | PERSONNAGE | TEXTE), French dialogue, each character's text in its colour.
de-plain, es-plain, it-plain: short German, Spanish, Italian dialogue in plain paragraphs.
en-loanwords (control): short English dialogue with French names and loanwords (Café René à Paris, déjà
vu, résumé, L’Oréal, hors d’oeuvre, naïve, über, jalapeño, piñata).
"""
import os

from docx import Document
from docx.shared import RGBColor

OUT = 'tests/fixtures/frshort'

PLAIN = {
    'fr-plain': ['Tu as vu l’heure ? On part à 14 h 30, pas à 15 h !', 'Mais non… on a tout le temps & même plus.',
                 '= 3 × 12 € — c’est « le prix » ? Non : 36,50 € !', 'Oui. Non. Peut-être.', '@Julie, t’es là ? Réponds-moi ; vite !',
                 '+33 6 12 34 56 78, c’est mon numéro.', 'D’accord.'],
    'de-plain': ['Hast du gesehen, wie spät? Um halb drei geht’s los!', 'Nein, nein. Genug Zeit.', 'Doch! Pünktlich, weißt du.',
                 'Ja, ja. Hol mir schnell meine Tasche.', 'Fertig? Dann los, wir müssen gehen!'],
    'es-plain': ['¿Has visto qué hora? ¡Salimos ya!', 'Tranquilo, hay tiempo.', '¿Seguro? Sale puntual, ya sabes.',
                 'Sí, sí. Pásame mi mochila, por favor.', '¡Vamos, niño, llegamos tarde!'],
    'it-plain': ['Hai visto che ore sono? Partiamo subito!', 'Ma no, abbiamo tempo.', 'Sei sicuro? Parte puntuale, lo sai.',
                 'Sì, sì. Passami lo zaino, per favore.', 'Andiamo, però: è tardi, così perdiamo tutto!'],
    'en-loanwords': ['Meet me at Café René à Paris at 2:30, OK?', 'Déjà vu! I’m sure we’ve been here before.',
                     'Bring your résumé and the L’Oréal samples.', 'The hors d’oeuvres were naïve, the über-fancy jalapeño piñata too.',
                     'What ? You don’t like the crème brûlée?', 'Fine. Let’s order the café au lait and go.'],
}

DUB = [('00:00:01', 'MARC', 'C00000', 'Tu as vu l’heure ? On part !'),
       ('00:00:04', 'JULIE', '0070C0', 'Mais non… on a tout notre temps.'),
       ('00:00:06', 'MARC', 'C00000', 'C’est toi qui dis ça ! Ça n’attend pas.'),
       ('00:00:09', 'JULIE', '0070C0', 'D’accord, d’accord. J’arrive.'),
       ('00:00:12', 'MARC', 'C00000', 'Ton billet ? Il est où ?'),
       ('00:00:14', 'JULIE', '0070C0', 'Dans ma poche, comme toujours.')]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, lines in PLAIN.items():
        d = Document()
        for line in lines:
            d.add_paragraph(line)
        d.save(os.path.join(OUT, name + '.docx'))
    d = Document()
    d.add_paragraph('Épisode 7 — doublage')
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ['TC', 'PERSONNAGE', 'TEXTE']):
        cell.text = text
    for tc, who, colour, text in DUB:
        row = table.add_row().cells
        row[0].text = tc
        row[1].text = who
        run = row[2].paragraphs[0].add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
    d.save(os.path.join(OUT, 'fr-dub.docx'))


main()
