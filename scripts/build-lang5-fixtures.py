"""Scripts of code lines only, of prose in capitals, and of prose with placeholders (measure/language.ts:
the language guess counts no words of code lines, and a placeholder is no word).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-lang5-fixtures.py
Writes tests/fixtures/lang5/NAME.docx, every w:lang taken out (the language is the guess's, or the default).
Each document has a title, a legend `Narrator = blue, Guest = green` and its lines, in turn blue and green:
  code: SQL and pseudo-code lines (keywords of code, `*`, parentheses), three times: no guess (English by default).
  caps: English prose in capitals (headings, shouted lines): English, guessed.
  placeholders-en: English prose lines each with placeholders ({firstName}, {{name}}, %s, ${user}, [NAME]): English, guessed.
  placeholders-fr: the same in French: French, guessed.
  placeholders-spaced-en, placeholders-spaced-fr: the same with placeholders spaced inside their braces
      ({{ name }}, {{ first_name }}, as Jinja, Liquid and Mustache templates write them): English, French, guessed.
  caps-questions: English prose in capitals whose words are mostly keywords of code, with parentheses, each line
      ending as a sentence (IF (AND WHEN) YOU ARE IN, THEN IT IS ON.): English, guessed.
  assigned: code lines assigning a value in braces (const the = {a}), their names English function words: no guess.
"""
import datetime
import os
import sys

from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

OUT = 'tests/fixtures/lang5'
COLOURS = ('0070C0', '00B050')

CODE = [
    'SELECT * FROM t WHERE a IS NOT NULL AND b OR c',
    'SELECT * FROM t WHERE a IN (1, 2) AND b OR c',
    'if (this and that) or (it is not) then',
] * 3

CAPS = [
    'WELCOME TO THE COURSE AND THE TEAM',
    'THIS IS THE BEST PART OF THE DAY',
    'IT IS NOT TOO LATE TO JOIN US FOR THE FIRST CLASS',
    'SELECT YOUR COURSE FROM THE LIST WHERE YOU SEE THE TEAM',
]

PLACEHOLDERS_EN = [
    'Hello {firstName}, welcome to {courseName}.',
    'Hi {{name}}, your lesson is ready for you.',
    'Dear %s, the course starts on %s.',
    'Welcome back, ${user}! This is the next step.',
    'Thank you, [NAME], for joining the team.',
    'Your score for {lesson_name} is {score} out of {total}.',
    'See you soon in {courseName}',
]

PLACEHOLDERS_FR = [
    'Bonjour {prenom}, bienvenue dans {cours}.',
    'Salut {{nom}}, votre leçon est prête pour vous.',
    'Cher %s, le cours commence le %s.',
    'Bon retour, ${utilisateur} ! Voici la suite du parcours.',
    'Merci, [NOM], de rejoindre l’équipe.',
    'Votre note pour {nom_lecon} est de {note} sur {total}.',
    'À bientôt dans {cours}',
]

PLACEHOLDERS_SPACED_EN = [
    'Hi {{ name }}, your lesson is ready for you.',
    'Dear {{ first_name }}, the course starts on {{ date }}.',
    'Welcome back, {{ user }}! This is the next step.',
    'Your score for {{ lesson_name }} is {{ score }} out of {{ total }}.',
    'See you soon in {{ course }}',
]

PLACEHOLDERS_SPACED_FR = [
    'Bonjour {{ prenom }}, bienvenue dans {{ cours }}.',
    'Salut {{ nom }}, votre leçon est prête pour vous.',
    'Votre note pour {{ nom_lecon }} est de {{ note }} sur {{ total }}.',
    'À bientôt dans {{ cours }}',
]

CAPS_QUESTIONS = [
    'IF (AND WHEN) YOU ARE IN, THEN IT IS ON.',
    'AND THEN (IF NOT NOW) WHEN?',
    'IS IT TRUE OR NOT (AND IF NOT, WHY NOT)?',
    'IF (AND ONLY IF) IT IS NOT FOR YOU, THEN CALL US.',
]

ASSIGNED = ['const the = {a}', 'let and = {b}', 'var of = {c}', 'const to = {d}'] * 3

SCRIPTS = {'code': CODE, 'caps': CAPS, 'placeholders-en': PLACEHOLDERS_EN, 'placeholders-fr': PLACEHOLDERS_FR,
           'placeholders-spaced-en': PLACEHOLDERS_SPACED_EN, 'placeholders-spaced-fr': PLACEHOLDERS_SPACED_FR,
           'caps-questions': CAPS_QUESTIONS, 'assigned': ASSIGNED}


def build(name):
    d = Document()
    for lang in list(d.styles.element.iter(qn('w:lang'))):
        lang.getparent().remove(lang)
    d.add_paragraph('Script 1')
    d.add_paragraph('Legend: Narrator = blue, Guest = green')
    for k, text in enumerate(SCRIPTS[name]):
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(COLOURS[k % 2])
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.revision = 1
    d.save(os.path.join(OUT, name + '.docx'))


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in SCRIPTS:
        if not names or name in names:
            build(name)


if __name__ == '__main__':
    main(sys.argv[1:])
