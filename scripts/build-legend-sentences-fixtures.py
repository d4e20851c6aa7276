"""Fixtures of tests/legend-sentences.test.ts: legends written as one sentence with no heading word ("Die Zeilen
des Erzählers sind blau, die der Sprecherin grün."), in each language vo-lines reads, and Italian elisions.

Run from the repository root: /usr/bin/python3 scripts/build-legend-sentences-fixtures.py [NAME…]
Writes tests/fixtures/legend-sentences/NAME.docx and the PDF LibreOffice prints of it:
- de-satz: "Die Zeilen des Erzählers sind blau, die der Sprecherin grün." under the title, no heading word.
- fr-phrase: "Les répliques du narrateur sont en bleu, celles de l'apprenante en vert."
- en-sentence: "Narrator's lines are blue, the learner's green."
- es-frase: "Las líneas del narrador están en azul, las de la alumna en verde."
- it-frase: "Le battute del narratore sono in blu, quelle dell'esperta in verde." (an elision, no label).
- it-elisioni: "Legenda: Le battute dell'operatore sono in blu, quelle dell'esperta in verde, l'insegnante in
  rosso." with the lines labelled "Operatore:", "Esperta:", "Insegnante:".
- de-kein-schluessel: a sentence that names colours the script's lines do not have ("Die Zeilen des Erzählers
  sind rot, die der Sprecherin gelb.", lines blue and green): no legend, said as one not read.
- en-blue-line: a blue line of the script that reads like a key ("The sea's colour is blue, the grass's green.")
  among blue and green lines: a line, never a key.
"""
import os
import sys

from docx import Document

from docx_common import build_named, line, set_language, title

OUT = os.path.join('tests', 'fixtures', 'legend-sentences')

BLUE = '0070C0'
RED = 'FF0000'
GREEN = '00B050'


def doc(tag):
    return set_language(Document(), tag)


def de_satz():
    d = doc('de-DE')
    title(d, 'Schulung Kundenservice – Modul 3')
    line(d, 'Die Zeilen des Erzählers sind blau, die der Sprecherin grün.')
    line(d, 'Willkommen zum dritten Modul unserer Schulung.', BLUE)
    line(d, 'Heute geht es um freundliche Antworten.', GREEN)
    line(d, 'Hören Sie gut zu und notieren Sie Fragen.', BLUE)
    line(d, 'Fangen wir gleich an.', GREEN)
    return d


def fr_phrase():
    d = doc('fr-FR')
    title(d, 'Formation accueil – Module 3')
    line(d, 'Les répliques du narrateur sont en bleu, celles de l’apprenante en vert.')
    line(d, 'Bienvenue dans le troisième module de la formation.', BLUE)
    line(d, 'Aujourd’hui, je découvre l’accueil au téléphone.', GREEN)
    line(d, 'Écoutez bien et notez vos questions.', BLUE)
    line(d, 'Je suis prête à commencer.', GREEN)
    return d


def en_sentence():
    d = doc('en-GB')
    title(d, 'Customer care training – Module 3')
    line(d, "Narrator's lines are blue, the learner's green.")
    line(d, 'Welcome to the third module of the course.', BLUE)
    line(d, 'Today I learn how to answer the phone.', GREEN)
    line(d, 'Listen carefully and write down your questions.', BLUE)
    line(d, 'I am ready to start.', GREEN)
    return d


def es_frase():
    d = doc('es-ES')
    title(d, 'Curso de atención al cliente – Módulo 3')
    line(d, 'Las líneas del narrador están en azul, las de la alumna en verde.')
    line(d, 'Bienvenidos al tercer módulo del curso.', BLUE)
    line(d, 'Hoy aprendo a contestar el teléfono.', GREEN)
    line(d, 'Escuchen con atención y anoten sus preguntas.', BLUE)
    line(d, 'Estoy lista para empezar.', GREEN)
    return d


def it_frase():
    d = doc('it-IT')
    title(d, 'Corso di assistenza clienti – Modulo 3')
    line(d, 'Le battute del narratore sono in blu, quelle dell’esperta in verde.')
    line(d, 'Benvenuti al terzo modulo del corso.', BLUE)
    line(d, 'Oggi parliamo delle telefonate difficili.', GREEN)
    line(d, 'Ascoltate con attenzione e annotate le domande.', BLUE)
    line(d, 'Cominciamo subito.', GREEN)
    return d


def it_elisioni():
    d = doc('it-IT')
    title(d, 'Corso di primo soccorso – Modulo 1')
    line(d, 'Legenda: Le battute dell’operatore sono in blu, quelle dell’esperta in verde, l’insegnante in rosso.')
    line(d, 'Operatore: Centrale operativa, mi dica.', BLUE)
    line(d, 'Esperta: Prima di tutto, controllate il respiro.', GREEN)
    line(d, 'Insegnante: Ripetiamo insieme i tre passaggi.', RED)
    line(d, 'Operatore: L’ambulanza è in arrivo.', BLUE)
    return d


def de_kein_schluessel():
    d = doc('de-DE')
    title(d, 'Schulung Kundenservice – Modul 4')
    line(d, 'Die Zeilen des Erzählers sind rot, die der Sprecherin gelb.')
    line(d, 'Willkommen zum vierten Modul unserer Schulung.', BLUE)
    line(d, 'Heute geht es um schwierige Anrufe.', GREEN)
    line(d, 'Bleiben Sie ruhig und hören Sie zuerst zu.', BLUE)
    return d


def en_blue_line():
    d = doc('en-GB')
    title(d, 'Nature walk – episode 2')
    line(d, 'Recorded in the park, spring.')
    line(d, "The sea's colour is blue, the grass's green.", BLUE)
    line(d, 'And the sky is the colour of the sea today.', GREEN)
    line(d, 'Look up: not a cloud anywhere.', BLUE)
    line(d, 'Let us walk on to the pond.', GREEN)
    return d


FIXTURES = {
    'de-satz': de_satz,
    'fr-phrase': fr_phrase,
    'en-sentence': en_sentence,
    'es-frase': es_frase,
    'it-frase': it_frase,
    'it-elisioni': it_elisioni,
    'de-kein-schluessel': de_kein_schluessel,
    'en-blue-line': en_blue_line,
}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
