"""Fixtures of tests/legend-de-es.test.ts: German and Spanish scripts whose legends say which colour is whose.

Run from the repository root: /usr/bin/python3 scripts/build-legend-de-es-fixtures.py [NAME…]
Writes tests/fixtures/legend-de-es/NAME.docx and the PDF LibreOffice prints of it:
- de-liste: "Farbcode:" then one entry a paragraph ("Erzählerin – gelb markiert", "Kunde = grün
  hinterlegt", "Regieanweisung – grau (nicht aufnehmen)"): highlights, grey text not recorded.
- de-tabelle: a "Stimme | Farbe" table ("Sprecher | Blau", "Sprecherin | rote Schrift", "Stimme 1 |
  Textfarbe dunkelgrau", "Regieanweisung | Schwarz (wird nicht gesprochen)"): text colours.
- de-saetze: "Legende: Der Erzähler spricht in Blau. Die Zeilen des Moderators sind orange markiert.
  Text in Schwarz wird nicht aufgenommen."
- de-falsch: "Legende: Sprecher = blau; Sprecherin = rot; Off-Sprecher = lila" with no purple line:
  the legend does not add up (refused as an English one is).
- en-falsch: its English twin ("Key: Announcer = blue; Caller = red; Offstage = purple"), for the same warning.
- es-lista: "Leyenda:" then "Narradora – resaltado en amarillo", "Locutor = fondo verde", "Acotación –
  gris (no se graba)".
- es-tabla: a "Voz | Color" table ("Voz 1 | Azul", "Voz 2 | roja", "Voz en off | verde oscuro",
  "Acotaciones | Negro (no se graba)").
- es-frases: "Código de colores: Las líneas del narrador están en azul. La locutora habla en verde.
  El texto en negro no se graba."
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from docx_common import build_named, line, set_language, title, two_column_table as table

OUT = os.path.join('tests', 'fixtures', 'legend-de-es')

BLACK = '000000'
BLUE = '0070C0'
RED = 'FF0000'
GREEN = '00B050'
ORANGE = 'ED7D31'
GREY = '808080'
DARK_GREY = '404040'
DARK_GREEN = '007A37'


def doc(tag):
    return set_language(Document(), tag)



def de_liste():
    d = doc('de-DE')
    title(d, 'E-Learning Datenschutz – Modul 2 – Fassung 3')
    line(d, 'Farbcode:')
    line(d, 'Erzählerin – gelb markiert')
    line(d, 'Kunde = grün hinterlegt')
    line(d, 'Regieanweisung – grau (nicht aufnehmen)')
    line(d, 'Willkommen zum zweiten Modul über den Schutz Ihrer Daten.', highlight=WD_COLOR_INDEX.YELLOW)
    line(d, '[Musik setzt ein, dann leiser]', GREY)
    line(d, 'Ich habe eine Frage zu meinem Kundenkonto.', highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    line(d, 'Gern. Ihre Daten werden nur mit Ihrer Zustimmung gespeichert.', highlight=WD_COLOR_INDEX.YELLOW)
    line(d, 'Und wie lösche ich sie wieder?', highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    line(d, '[Pause, zwei Sekunden]', GREY)
    return d


def de_tabelle():
    d = doc('de-DE')
    title(d, 'Werbespot Bäckerei Sonnenschein – 30 Sekunden')
    line(d, 'Legende:')
    table(d, [('Stimme', 'Farbe'), ('Sprecher', 'Blau'), ('Sprecherin', 'rote Schrift'), ('Stimme 1', 'Textfarbe dunkelgrau'),
              ('Regieanweisung', 'Schwarz (wird nicht gesprochen)')])
    line(d, 'Atmo: Frühstückstisch, Kaffeemaschine')
    line(d, 'Jeden Morgen um fünf beginnt bei uns der Tag.', BLUE)
    line(d, 'Und um sieben sind die Brötchen warm!', RED)
    line(d, 'Bäckerei Sonnenschein. Frisch aus dem Ofen.', DARK_GREY)
    line(d, 'Ab Montag auch am Bahnhof.', BLUE)
    return d


def de_saetze():
    d = doc('de-DE')
    title(d, 'Podcast Gartenzeit – Folge 12')
    line(d, 'Legende: Der Erzähler spricht in Blau. Die Zeilen des Moderators sind orange markiert. Text in Schwarz wird nicht aufgenommen.')
    line(d, 'Hinweis für das Studio: bitte ruhig und langsam lesen.')
    line(d, 'Im Herbst ist der Garten still, aber nicht leer.', BLUE)
    line(d, 'Heute sprechen wir über Zwiebeln, Laub und Geduld.', ORANGE)
    line(d, 'Wer jetzt pflanzt, sieht im Frühling die ersten Farben.', BLUE)
    line(d, 'Bis zur nächsten Folge!', ORANGE)
    return d


def de_falsch():
    d = doc('de-DE')
    title(d, 'Hörspiel Der Leuchtturm – Szene 4')
    line(d, 'Legende: Sprecher = blau; Sprecherin = rot; Off-Sprecher = lila')
    line(d, 'Der Sturm kam in der Nacht.', BLUE)
    line(d, 'Hörst du das? Da draußen ist jemand.', RED)
    line(d, 'Das ist nur der Wind am Fenster.', BLUE)
    line(d, 'Nein, da ruft jemand.', RED)
    return d


def es_lista():
    d = doc('es-ES')
    title(d, 'Curso de atención al cliente – Módulo 1 – versión 2')
    line(d, 'Leyenda:')
    line(d, 'Narradora – resaltado en amarillo')
    line(d, 'Locutor = fondo verde')
    line(d, 'Acotación – gris (no se graba)')
    line(d, 'Bienvenidos al primer módulo del curso de atención al cliente.', highlight=WD_COLOR_INDEX.YELLOW)
    line(d, '[Música de entrada]', GREY)
    line(d, 'Un cliente satisfecho vuelve siempre.', highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    line(d, 'Veamos tres situaciones habituales en la tienda.', highlight=WD_COLOR_INDEX.YELLOW)
    line(d, 'Primera situación: un pedido que no llega.', highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    return d


def es_tabla():
    d = doc('es-ES')
    title(d, 'Anuncio de radio – Café La Plaza – 20 segundos')
    table(d, [('Voz', 'Color'), ('Voz 1', 'Azul'), ('Voz 2', 'roja'), ('Voz en off', 'verde oscuro'),
              ('Acotaciones', 'Negro (no se graba)')])
    line(d, 'Sonido: tazas y conversación de fondo')
    line(d, '¿Otra vez llegas tarde al trabajo?', BLUE)
    line(d, 'Es que antes paso por La Plaza, el mejor café del barrio.', RED)
    line(d, 'Café La Plaza. Abierto desde las siete.', DARK_GREEN)
    line(d, 'Pues mañana te acompaño.', BLUE)
    return d


def es_frases():
    d = doc('es-ES')
    title(d, 'Vídeo corporativo – Energía Solar del Sur')
    line(d, 'Código de colores: Las líneas del narrador están en azul. La locutora habla en verde. El texto en negro no se graba.')
    line(d, 'Plano general de los paneles al amanecer.')
    line(d, 'Cada mañana, el sol llega antes que nosotros.', BLUE)
    line(d, 'Y nosotros lo convertimos en energía para tu casa.', GREEN)
    line(d, 'Energía Solar del Sur. Luz que se queda.', BLUE)
    return d


def en_falsch():
    d = doc('en-US')
    title(d, 'Radio play The Lighthouse – scene 4')
    line(d, 'Key: Announcer = blue; Caller = red; Offstage = purple')
    line(d, 'The storm came in the night.', BLUE)
    line(d, 'Can you hear that? Someone is out there.', RED)
    line(d, 'That is only the wind at the window.', BLUE)
    line(d, 'No, someone is calling.', RED)
    return d


FIXTURES = {
    'de-liste': de_liste,
    'de-tabelle': de_tabelle,
    'de-saetze': de_saetze,
    'de-falsch': de_falsch,
    'en-falsch': en_falsch,
    'es-lista': es_lista,
    'es-tabla': es_tabla,
    'es-frases': es_frases,
}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
