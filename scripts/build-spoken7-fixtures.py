"""Fixtures of tests/spoken7.test.ts: German and Spanish figures a narrator says otherwise, dates written as fractions,
and syllable timing in alphabets with no rule of their own before.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken7-fixtures.py
Writes tests/fixtures/spoken7/*.docx: each a narration in one colour (#404040), its language set on the document's styles
(w:lang, as Word writes it) so that the spoken forms of that language apply.

de / de-at: German short dates (`vom 1.3. bis 15.3.`, `am 14.07.2024`, `3. Jänner`), ordinals before a noun (`1. Platz`,
`21. Jahrhundert`), `1990er`, figures inside German quotes („…“ »…« ‚…‘), `Mio.`, `Min.`, `,-` amounts, `1,80 m`.
es / es-mx: `9.30 h`, `21:00 h`, `EE. UU.`, `s. XX`, roman numerals, phone numbers in three groups of three, a range of
amounts before a currency word, `$` the peso in Mexico.
en / fr: a date written like a fraction after a word that takes a date (`from 1/3 to 1/15`, `du 1/3 au 15/3`).
ru / el / ar: plain narration in Cyrillic, Greek and Arabic letters, to time by syllables.
"""
import os

from docx.shared import RGBColor

from docx_common import narration

OUT = 'tests/fixtures/spoken7'
NARRATOR = RGBColor(0x40, 0x40, 0x40)

DOCS = {
    'de': ('de-DE', [
        'Die Aktion läuft vom 1.3. bis 15.3.',
        'Anmeldung bis 31.12. möglich.',
        'Wir treffen uns am 14.07.2024 um 9 Uhr.',
        'Der 1. Platz geht an Anna, sie wurde im 21. Jahrhundert geboren.',
        'In den 1990er Jahren war alles anders.',
        'Er sagte: „5,40 € ist zu viel.“',
        '»3,5 % mehr«, sagte sie.',
        'Das Projekt kostet 1,5 Mio. € und dauert 5 Min. länger.',
        'Der Preis: € 1.200,- oder 12,- € pro Stück.',
        'Er ist 1,80 m groß.',
    ]),
    'de-at': ('de-AT', [
        'Am 3. Jänner 2025 kostet es 5,40 €.',
        'Die Tagung ist am 14.7. in Wien.',
    ]),
    'es': ('es-ES', [
        'Abrimos a las 9.30 h y cerramos a las 21:00 h.',
        'Vivió en EE. UU. durante el s. XX.',
        'Es la edición XV del festival.',
        'Llámenos al 912 345 678 o gratis al 900 123 456.',
        'Hay 900 123 456 personas.',
        'Desde el 1/4 hasta el 3/4.',
        'Cuesta 19,99-29,99 euros.',
    ]),
    'es-mx': ('es-MX', [
        'El boleto cuesta $500 y la comida $1,200.50 pesos.',
    ]),
    'en': ('en-US', [
        'The sale runs from 1/3 to 1/15.',
        'Add 1/2 cup of flour.',
        'Prices 19.99–29.99 dollars.',
    ]),
    'fr': ('fr-FR', [
        'L’offre court du 1/3 au 15/3.',
        'Rendez-vous le 1/2 à 9 h.',
    ]),
    'ru': ('ru-RU', [
        'Добро пожаловать на наш курс. Сегодня мы поговорим о безопасности.',
    ]),
    'el': ('el-GR', [
        'Καλώς ήρθατε στο μάθημα. Σήμερα θα μιλήσουμε για την ασφάλεια.',
    ]),
    'ar': ('ar-SA', [
        'مرحبا بكم في الدورة التدريبية، هل أنتم مستعدون؟',
    ]),
}


os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR).save(os.path.join(OUT, f'{name}.docx'))
