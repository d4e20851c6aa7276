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


def script(tag, heading, legend, lines):
    """A script in language `tag`: its title, the legend's paragraph in the body's colour, then (text, colour) lines."""
    def build():
        d = set_language(Document(), tag)
        title(d, heading)
        line(d, legend)
        for text, colour in lines:
            line(d, text, colour)
        return d
    return build


de_satz = script('de-DE', 'Schulung Kundenservice – Modul 3', 'Die Zeilen des Erzählers sind blau, die der Sprecherin grün.', [
    ('Willkommen zum dritten Modul unserer Schulung.', BLUE), ('Heute geht es um freundliche Antworten.', GREEN),
    ('Hören Sie gut zu und notieren Sie Fragen.', BLUE), ('Fangen wir gleich an.', GREEN)])
fr_phrase = script('fr-FR', 'Formation accueil – Module 3', 'Les répliques du narrateur sont en bleu, celles de l’apprenante en vert.', [
    ('Bienvenue dans le troisième module de la formation.', BLUE), ('Aujourd’hui, je découvre l’accueil au téléphone.', GREEN),
    ('Écoutez bien et notez vos questions.', BLUE), ('Je suis prête à commencer.', GREEN)])
en_sentence = script('en-GB', 'Customer care training – Module 3', "Narrator's lines are blue, the learner's green.", [
    ('Welcome to the third module of the course.', BLUE), ('Today I learn how to answer the phone.', GREEN),
    ('Listen carefully and write down your questions.', BLUE), ('I am ready to start.', GREEN)])
es_frase = script('es-ES', 'Curso de atención al cliente – Módulo 3', 'Las líneas del narrador están en azul, las de la alumna en verde.', [
    ('Bienvenidos al tercer módulo del curso.', BLUE), ('Hoy aprendo a contestar el teléfono.', GREEN),
    ('Escuchen con atención y anoten sus preguntas.', BLUE), ('Estoy lista para empezar.', GREEN)])
it_frase = script('it-IT', 'Corso di assistenza clienti – Modulo 3', 'Le battute del narratore sono in blu, quelle dell’esperta in verde.', [
    ('Benvenuti al terzo modulo del corso.', BLUE), ('Oggi parliamo delle telefonate difficili.', GREEN),
    ('Ascoltate con attenzione e annotate le domande.', BLUE), ('Cominciamo subito.', GREEN)])
it_elisioni = script('it-IT', 'Corso di primo soccorso – Modulo 1',
                     'Legenda: Le battute dell’operatore sono in blu, quelle dell’esperta in verde, l’insegnante in rosso.', [
    ('Operatore: Centrale operativa, mi dica.', BLUE), ('Esperta: Prima di tutto, controllate il respiro.', GREEN),
    ('Insegnante: Ripetiamo insieme i tre passaggi.', RED), ('Operatore: L’ambulanza è in arrivo.', BLUE)])
de_kein_schluessel = script('de-DE', 'Schulung Kundenservice – Modul 4', 'Die Zeilen des Erzählers sind rot, die der Sprecherin gelb.', [
    ('Willkommen zum vierten Modul unserer Schulung.', BLUE), ('Heute geht es um schwierige Anrufe.', GREEN),
    ('Bleiben Sie ruhig und hören Sie zuerst zu.', BLUE)])
# The "legend" paragraph here is a plain note; the key-like sentence is a blue line.
en_blue_line = script('en-GB', 'Nature walk – episode 2', 'Recorded in the park, spring.', [
    ("The sea's colour is blue, the grass's green.", BLUE), ('And the sky is the colour of the sea today.', GREEN),
    ('Look up: not a cloud anywhere.', BLUE), ('Let us walk on to the pond.', GREEN)])


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
