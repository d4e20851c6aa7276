"""Fixtures of tests/legend-pairs.test.ts: key sentences with no heading word and no word saying who owns the lines
("The narrator speaks blue, the learner green."), keys past a title page, a table of contents and a revision table,
and a key in the page footer with no heading word.

Run from the repository root: /usr/bin/python3 scripts/build-legend-pairs-fixtures.py [NAME…]
Writes tests/fixtures/legend-pairs/NAME.docx (python-docx: Word's XML), the PDF LibreOffice prints of it, and for the
names in LO_DOCX lo-NAME.docx: the same document saved again by LibreOffice (`soffice --headless --convert-to docx`).
Keys read (the lines blue and green, the key in the body's black):
- en-speaks: "The narrator speaks blue, the learner green."
- en-slash: "Blue: narrator / green: learner"
- fr-paires: "Narrateur en bleu, apprenant en vert."
- de-paare: "Sprecher blau, Lernende grün."
- it-coppie: "Narratore in blu, esperta in verde."
- en-labels: "Paul in blue, Marie in green." over lines labelled "PAUL:" and "MARIE:" (the names are the labels).
- en-names: "Paul in blue, Marie in green." with no labels: read all the same (names beside "in <colour>", the
  entries' shape read before these key sentences).
- en-blue-key: "The narrator speaks blue, the learner green." written in blue: the key all the same (its names are
  roles), no line of the blue voice.
Not read:
- en-sky: "The sky is blue, says the narrator." (a line that mentions a colour): no legend, nothing said.
- it-cielo: "Il cielo è blu, il prato verde." (no voice named): no legend, nothing said.
- fr-absentes: "Narrateur en rouge, apprenant en jaune." (no line is red or yellow): said (legend-not-read).
The opening (legend.ts openingEnd: thirty paragraphs of text; table cells, headings, contents lines not counted):
- en-after-front: a title page (headings), a contents list ("Introduction<TAB>3"), a revision table of six rows and
  four columns, then "The narrator speaks blue, the learner green.": read (paragraph 40 or so: past the old window).
- de-kurzes-vorwort: the title and twenty-eight paragraphs of a foreword in black, then "Sprecher blau, Lernende
  grün.", the thirtieth paragraph of text: in the opening, read.
- de-nach-vorwort: the title and thirty-one paragraphs of a foreword, then the same sentence, the thirty-third: past
  the opening, a line (not read, nothing said).
Footer:
- en-footer: the footer "Narrator blue, Learner green" with no heading word: said (legend-not-read, place footer).
"""
import os
import sys

from docx import Document

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import build_with_lo_copies, line, set_language, title  # noqa: E402

OUT = os.path.join('tests', 'fixtures', 'legend-pairs')

BLUE = '0070C0'
GREEN = '00B050'

EN = [('Welcome to the third module of the course.', BLUE), ('Today I learn how to answer the phone.', GREEN),
      ('Listen carefully and write down your questions.', BLUE), ('I am ready to start.', GREEN)]
FR = [('Bienvenue dans le troisième module de la formation.', BLUE), ('Aujourd’hui, je découvre l’accueil au téléphone.', GREEN),
      ('Écoutez bien et notez vos questions.', BLUE), ('Je suis prêt à commencer.', GREEN)]
DE = [('Willkommen zum dritten Modul unserer Schulung.', BLUE), ('Heute geht es um freundliche Antworten.', GREEN),
      ('Hören Sie gut zu und notieren Sie Fragen.', BLUE), ('Fangen wir gleich an.', GREEN)]
IT = [('Benvenuti al terzo modulo del corso.', BLUE), ('Oggi parliamo delle telefonate difficili.', GREEN),
      ('Ascoltate con attenzione e annotate le domande.', BLUE), ('Cominciamo subito.', GREEN)]


def script(tag, heading, key, lines, key_colour=None, before=None):
    """A script in language `tag`: its title, what `before` adds (front matter), the key's paragraph, then (text, colour) lines."""
    def build():
        d = set_language(Document(), tag)
        title(d, heading)
        if before:
            before(d)
        line(d, key, key_colour)
        for text, colour in lines:
            line(d, text, colour)
        return d
    return build


def front_matter(d):
    """A title page (headings), a contents list with tabs before page numbers, and a revision table of six rows."""
    d.add_heading('Customer care training', level=1)
    d.add_heading('Module 3: Answering the phone', level=2)
    d.add_heading('Contents', level=2)
    for n, entry in enumerate(['Introduction', 'Greeting the caller', 'Listening', 'Questions', 'Difficult calls',
                               'Transferring a call', 'Taking a message', 'Closing the call', 'Summary', 'Quiz'], start=3):
        line(d, '%s\t%d' % (entry, n))
    d.add_heading('Revisions', level=2)
    t = d.add_table(rows=6, cols=4)
    t.style = 'Table Grid'
    rows = [('Version', 'Date', 'Author', 'Change')] + [('1.%d' % i, '2026-0%d-01' % (i + 1), 'J. Smith', 'Script edits, round %d' % i) for i in range(5)]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def foreword(count):
    """`count` paragraphs of a foreword in the body's black."""
    def add(d):
        for n in range(1, count + 1):
            line(d, 'Absatz %d des Vorworts: Hinweise für das Studio und die Aufnahme.' % n)
    return add


def labelled(lines, labels):
    return [('%s: %s' % (label, text), colour) for label, (text, colour) in zip(labels, lines)]


def footer_script():
    d = set_language(Document(), 'en-GB')
    d.sections[0].footer.paragraphs[0].text = 'Narrator blue, Learner green'
    title(d, 'Customer care training – Module 3')
    for text, colour in EN:
        line(d, text, colour)
    return d


FIXTURES = {
    'en-speaks': script('en-GB', 'Customer care training – Module 3', 'The narrator speaks blue, the learner green.', EN),
    'en-slash': script('en-GB', 'Customer care training – Module 3', 'Blue: narrator / green: learner', EN),
    'fr-paires': script('fr-FR', 'Formation accueil – Module 3', 'Narrateur en bleu, apprenant en vert.', FR),
    'de-paare': script('de-DE', 'Schulung Kundenservice – Modul 3', 'Sprecher blau, Lernende grün.', DE),
    'it-coppie': script('it-IT', 'Corso di assistenza clienti – Modulo 3', 'Narratore in blu, esperta in verde.', IT),
    'en-labels': script('en-GB', 'Customer care training – Module 3', 'Paul in blue, Marie in green.', labelled(EN, ['PAUL', 'MARIE', 'PAUL', 'MARIE'])),
    'en-sky': script('en-GB', 'Nature walk – episode 2', 'The sky is blue, says the narrator.', EN),
    'it-cielo': script('it-IT', 'Passeggiata – episodio 2', 'Il cielo è blu, il prato verde.', IT),
    'fr-absentes': script('fr-FR', 'Formation accueil – Module 4', 'Narrateur en rouge, apprenant en jaune.', FR),
    'en-names': script('en-GB', 'Customer care training – Module 3', 'Paul in blue, Marie in green.', EN),
    'en-blue-key': script('en-GB', 'Customer care training – Module 3', 'The narrator speaks blue, the learner green.', EN, key_colour=BLUE),
    'en-after-front': script('en-GB', 'Customer care training – Module 3', 'The narrator speaks blue, the learner green.', EN, before=front_matter),
    'de-nach-vorwort': script('de-DE', 'Schulung Kundenservice – Modul 3', 'Sprecher blau, Lernende grün.', DE, before=foreword(31)),
    'de-kurzes-vorwort': script('de-DE', 'Schulung Kundenservice – Modul 3', 'Sprecher blau, Lernende grün.', DE, before=foreword(28)),
    'en-footer': footer_script,
}

# Saved again by LibreOffice: its own XML (styles, runs, footer part) for the same documents.
LO_DOCX = ['en-speaks', 'fr-paires', 'de-paare', 'it-coppie', 'en-sky', 'en-after-front', 'en-footer']


if __name__ == '__main__':
    build_with_lo_copies(OUT, FIXTURES, LO_DOCX, sys.argv[1:])
