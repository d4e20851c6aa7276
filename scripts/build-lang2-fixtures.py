"""Bilingual scripts whose text carries no per-paragraph language (measure/language.ts
guessVoiceLanguages): each voice's language guessed from its own lines.

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-lang2-fixtures.py
Writes tests/fixtures/lang2/*.docx and, for those marked so, their PDFs (LibreOffice writes one /Lang,
the document's default language). With names as arguments, only those fixtures.

bi-en-us: python-docx's template as it is (document defaults en-US, no w:lang on any run: what
python-docx, Google Docs' export and many generators write); legend `Narrator = blue, Narratrice =
green`; the Narrator's lines English, the Narratrice's the same in French, with figures.
bi-untagged: the same with every w:lang taken out of the styles: the document declares no language.
mostly-fr: en-US defaults; a French narrator with most of the text and a short English voice (a
customer's quote), both with figures: the script reads as French, the English voice as English.
short-voice: en-US defaults; an English narrator, a voice with one short French greeting (too short to
tell, no warning) and a voice whose few words lean French (a doubt).
en-two-voices (control): an English script of two voices naming French places and dishes.
fr-two-voices (control): a French script of two voices tagged fr-FR, with English product names.
wordless/reaction: an English narrator and a voice whose only text is `…?!` and a dash (config beside it).
"""
import os
import sys

from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import lo_pdf, set_language

OUT = 'tests/fixtures/lang2'
BLUE = '0070C0'
GREEN = '00B050'
RED = 'C00000'


def line(d, text, colour=None):
    run = d.add_paragraph().add_run(text)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def no_language(d):
    """Every w:lang of the styles taken out: the document declares no language."""
    for lang in list(d.styles.element.iter(qn('w:lang'))):
        lang.getparent().remove(lang)
    return d


def onboarding(d):
    line(d, 'Onboarding video / Vidéo d’accueil')
    line(d, 'Legend: Narrator = blue, Narratrice = green')
    line(d, 'Welcome to Maple Logistics. We are glad you joined our team of 1,200 people.', BLUE)
    line(d, 'Bienvenue chez Maple Logistique. Nous sommes heureux de vous compter parmi nos 1 200 collaborateurs.', GREEN)
    line(d, 'Your safety is our first priority: accidents fell by 15% last year.', BLUE)
    line(d, 'Votre sécurité est notre priorité : les accidents ont baissé de 15 % l’an dernier.', GREEN)
    line(d, 'Let’s begin with a short tour of the warehouse at 9:30.', BLUE)
    line(d, 'Commençons par une courte visite de l’entrepôt à 9 h 30.', GREEN)
    return d


def bi_en_us():
    return onboarding(Document())


def bi_untagged():
    return onboarding(no_language(Document()))


def mostly_fr():
    d = Document()
    line(d, 'Témoignage client — vidéo')
    line(d, 'Légende : Narrateur = bleu, Client = vert')
    line(d, 'Depuis 2015, la société Dubois accompagne plus de 1 200 entreprises dans toute la France.', BLUE)
    line(d, 'Elle a ouvert un bureau à Montréal en 2021, et son chiffre d’affaires a progressé de 12 % en un an.', BLUE)
    line(d, 'Nous avons demandé à un client de Toronto ce qu’il en pense, et voici sa réponse.', BLUE)
    line(d, 'We signed with them in 2019, and it is the best decision we have made. Our costs fell by 30% in the first year.', GREEN)
    line(d, 'Pour en savoir plus, rendez-vous sur le site de la société ou appelez le 01 23 45 67 89.', BLUE)
    return d


def short_voice():
    d = Document()
    line(d, 'Legend: Narrator = blue, Guide = green, Chef = red')
    line(d, 'This summer, discover the markets of Provence with our local guides.', BLUE)
    line(d, 'Bonjour à tous !', GREEN)
    line(d, 'Tours start at 9:30 and cost $45 per person, lunch included.', BLUE)
    line(d, 'Oui, je vous attends au marché avec mes tomates et mes fromages, à demain !', RED)
    line(d, 'Book now on our website and save 10% on your first tour.', BLUE)
    return d


def en_two_voices():
    d = Document()
    line(d, 'Legend: Host = blue, Guest = green')
    line(d, 'Welcome back to the show. Today we are talking about food in Lyon and Paris.', BLUE)
    line(d, 'Thanks for having me. I spent 3 years in Lyon, and I still miss the bouchons and the coq au vin.', GREEN)
    line(d, 'What is the one dish our listeners should try when they visit the Vieux Lyon?', BLUE)
    line(d, 'The quenelles, without a doubt, and a praline tart from the Croix-Rousse market for about €5.', GREEN)
    return d


def fr_two_voices():
    d = set_language(Document(), 'fr-FR')
    line(d, 'Légende : Animateur = bleu, Invitée = vert')
    line(d, 'Bienvenue dans notre émission. Aujourd’hui, nous parlons du télétravail avec notre invitée.', BLUE)
    line(d, 'Merci de me recevoir. Dans mon entreprise, 80 % des salariés utilisent Microsoft Teams et Google Drive.', GREEN)
    line(d, 'Et comment organisez-vous les réunions avec les équipes de New York ?', BLUE)
    line(d, 'Nous faisons un point chaque lundi à 16 h, avec un ordre du jour partagé dans Slack.', GREEN)
    return d


def reaction():
    d = Document()
    line(d, 'Welcome to the course. We start with a short quiz.', BLUE)
    line(d, '…?!', RED)
    line(d, 'That was the first question. Here is the second one.', BLUE)
    line(d, '— —', RED)
    return d


FIXTURES = {
    'bi-en-us': (bi_en_us, True),
    'bi-untagged': (bi_untagged, True),
    'mostly-fr': (mostly_fr, False),
    'short-voice': (short_voice, False),
    'en-two-voices': (en_two_voices, False),
    'fr-two-voices': (fr_two_voices, False),
    'wordless/reaction': (reaction, False),
}


def main(names):
    for name in names or FIXTURES:
        build, pdf = FIXTURES[name]
        path = os.path.join(OUT, f'{name}.docx')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        build().save(path)
        if pdf:
            lo_pdf(path, OUT)


if __name__ == '__main__':
    main(sys.argv[1:])
