"""Fixtures of tests/legend-it-pt.test.ts: Italian, Portuguese and Galician scripts whose legends say which
colour is whose, and German/Spanish leftovers of legend5.

Run from the repository root: /usr/bin/python3 scripts/build-legend-it-pt-fixtures.py [NAME…]
Writes tests/fixtures/legend-it-pt/NAME.docx and the PDF LibreOffice prints of it:
- it-lista: "Legenda:" then one entry a paragraph ("Narratrice – evidenziato in giallo", "Cliente = sfondo
  verde", "Indicazioni di regia – grigio (non da registrare)"): highlights, grey text not recorded.
- it-tabella: a "Voce | Colore" table ("Narratore | Blu", "Esperta | testo rosso", "Viola | verde scuro",
  "Didascalie | Nero (non da registrare)"): text colours; Viola a first name that is a colour word.
- it-frasi: "Chiave dei colori: Le battute del narratore sono in blu. La conduttrice parla in arancione.
  Il testo in nero non va registrato."
- pt-lista: "Legenda:" then "Narradora – destacado em amarelo", "Cliente = realçado a verde", "Rubricas –
  cinzento (não gravar)".
- pt-tabela: a "Voz | Cor" table ("Voz 1 | Azul", "Voz 2 | vermelha", "Locutor | verde escuro",
  "Instruções | Preto (não gravar)").
- pt-frases: "Chave de cores: As falas do narrador estão em azul. A apresentadora fala em verde. O texto em
  preto não é gravado."
- gl-lenda: "Lenda: Narradora = azul; Locutor = vermello; Acoutacións = gris (non se grava)" (Galician).
- it-sbagliata: "Legenda: Narratore = blu; Esperta = rosso; Ospite = viola" with no purple line: refused.
- de-kunde: "Farbcode: Die Zeilen des Erzählers sind blau, die der Sprecherin grün. Die Zeilen des Kunden
  sind rot. Text ohne Markierung wird nicht aufgenommen." and the Kunde's line labelled "Kunde:".
- es-sin-resaltar: "Leyenda: Narradora – resaltado en amarillo; Cliente – resaltado en verde; texto sin
  resaltar – no grabar".
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from docx_common import build_named, line, set_language, title, two_column_table as table

OUT = os.path.join('tests', 'fixtures', 'legend-it-pt')

BLUE = '0070C0'
RED = 'FF0000'
GREEN = '00B050'
ORANGE = 'ED7D31'
GREY = '808080'
DARK_GREEN = '007A37'


def doc(tag):
    return set_language(Document(), tag)



Y = WD_COLOR_INDEX.YELLOW
G = WD_COLOR_INDEX.BRIGHT_GREEN


def it_lista():
    d = doc('it-IT')
    title(d, 'Corso sicurezza in ufficio – Modulo 2 – versione 3')
    line(d, 'Legenda:')
    line(d, 'Narratrice – evidenziato in giallo')
    line(d, 'Cliente = sfondo verde')
    line(d, 'Indicazioni di regia – grigio (non da registrare)')
    line(d, 'Benvenuti al secondo modulo del corso sulla sicurezza in ufficio.', highlight=Y)
    line(d, '[Musica in sottofondo, poi sfuma]', GREY)
    line(d, 'Ho una domanda sulle uscite di emergenza.', highlight=G)
    line(d, 'Certo. Ogni piano ha due uscite, indicate dai cartelli verdi.', highlight=Y)
    line(d, 'E dove si trova l’estintore più vicino?', highlight=G)
    return d


def it_tabella():
    d = doc('it-IT')
    title(d, 'Spot radio – Pasticceria Aurora – 30 secondi')
    line(d, 'Legenda:')
    table(d, [('Voce', 'Colore'), ('Narratore', 'Blu'), ('Esperta', 'testo rosso'), ('Viola', 'verde scuro'),
              ('Didascalie', 'Nero (non da registrare)')])
    line(d, 'Ambiente: bar al mattino, tazzine')
    line(d, 'Ogni mattina alle cinque accendiamo il forno.', BLUE)
    line(d, 'E alle sette i cornetti sono già caldi!', RED)
    line(d, 'Pasticceria Aurora. Dolce da sempre.', DARK_GREEN)
    line(d, 'Da lunedì anche in stazione.', BLUE)
    return d


def it_frasi():
    d = doc('it-IT')
    title(d, 'Podcast Orto in città – Puntata 7')
    line(d, 'Chiave dei colori: Le battute del narratore sono in blu. La conduttrice parla in arancione. Il testo in nero non va registrato.')
    line(d, 'Nota per lo studio: leggere con calma.')
    line(d, 'In autunno l’orto riposa, ma non è vuoto.', BLUE)
    line(d, 'Oggi parliamo di bulbi, foglie e pazienza.', ORANGE)
    line(d, 'Chi pianta adesso vedrà i primi colori in primavera.', BLUE)
    line(d, 'Alla prossima puntata!', ORANGE)
    return d


def it_sbagliata():
    d = doc('it-IT')
    title(d, 'Radiodramma Il faro – Scena 4')
    line(d, 'Legenda: Narratore = blu; Esperta = rosso; Ospite = viola')
    line(d, 'La tempesta arrivò di notte.', BLUE)
    line(d, 'Senti? Là fuori c’è qualcuno.', RED)
    line(d, 'È solo il vento alla finestra.', BLUE)
    line(d, 'No, qualcuno sta chiamando.', RED)
    return d


def pt_lista():
    d = doc('pt-PT')
    title(d, 'Curso de atendimento – Módulo 1 – versão 2')
    line(d, 'Legenda:')
    line(d, 'Narradora – destacado em amarelo')
    line(d, 'Cliente = realçado a verde')
    line(d, 'Rubricas – cinzento (não gravar)')
    line(d, 'Bem-vindos ao primeiro módulo do curso de atendimento ao cliente.', highlight=Y)
    line(d, '[Música de abertura]', GREY)
    line(d, 'Tenho uma dúvida sobre a minha encomenda.', highlight=G)
    line(d, 'Vamos ver três situações habituais na loja.', highlight=Y)
    line(d, 'A encomenda ainda não chegou.', highlight=G)
    return d


def pt_tabela():
    d = doc('pt-BR')
    title(d, 'Spot de rádio – Café da Praça – 20 segundos')
    table(d, [('Voz', 'Cor'), ('Voz 1', 'Azul'), ('Voz 2', 'vermelha'), ('Locutor', 'verde escuro'),
              ('Instruções', 'Preto (não gravar)')])
    line(d, 'Som: xícaras e conversa ao fundo')
    line(d, 'Chegou atrasado de novo no trabalho?', BLUE)
    line(d, 'É que antes eu passo no Café da Praça, o melhor do bairro.', RED)
    line(d, 'Café da Praça. Aberto desde as sete.', DARK_GREEN)
    line(d, 'Então amanhã eu vou com você.', BLUE)
    return d


def pt_frases():
    d = doc('pt-BR')
    title(d, 'Vídeo institucional – Energia Solar do Sul')
    line(d, 'Chave de cores: As falas do narrador estão em azul. A apresentadora fala em verde. O texto em preto não é gravado.')
    line(d, 'Plano geral dos painéis ao amanhecer.')
    line(d, 'Toda manhã, o sol chega antes de nós.', BLUE)
    line(d, 'E nós o transformamos em energia para a sua casa.', GREEN)
    line(d, 'Energia Solar do Sul. Luz que fica.', BLUE)
    return d


def gl_lenda():
    d = doc('gl-ES')
    title(d, 'Anuncio de radio – Panadaría Lúa')
    line(d, 'Lenda: Narradora = azul; Locutor = vermello; Acoutacións = gris (non se grava)')
    line(d, '[Son de forno e campá da porta]', GREY)
    line(d, 'Cada mañá, o pan sae quente ás sete.', BLUE)
    line(d, 'Panadaría Lúa. Pan de sempre.', RED)
    line(d, 'Tamén os domingos.', BLUE)
    return d


def de_kunde():
    d = doc('de-DE')
    title(d, 'Hotline-Schulung – Modul 4')
    line(d, 'Farbcode: Die Zeilen des Erzählers sind blau, die der Sprecherin grün. Die Zeilen des Kunden sind rot. Text ohne Markierung wird nicht aufgenommen.')
    line(d, 'Hinweis: ruhig und freundlich lesen.')
    line(d, 'Willkommen zum vierten Modul unserer Schulung.', BLUE)
    line(d, 'Heute geht es um schwierige Anrufe.', GREEN)
    line(d, 'Kunde: Ich warte seit einer Stunde in der Leitung!', RED)
    line(d, 'Bleiben Sie ruhig und hören Sie zuerst zu.', BLUE)
    return d


def es_sin_resaltar():
    d = doc('es-ES')
    title(d, 'Curso de ventas – Módulo 3')
    line(d, 'Leyenda: Narradora – resaltado en amarillo; Cliente – resaltado en verde; texto sin resaltar – no grabar')
    line(d, 'Bienvenidos al tercer módulo del curso de ventas.', highlight=Y)
    line(d, '[Música de entrada]')
    line(d, '¿Tienen este modelo en otro color?', highlight=G)
    line(d, 'Claro, tenemos cuatro colores disponibles.', highlight=Y)
    return d


FIXTURES = {
    'it-lista': it_lista,
    'it-tabella': it_tabella,
    'it-frasi': it_frasi,
    'it-sbagliata': it_sbagliata,
    'pt-lista': pt_lista,
    'pt-tabela': pt_tabela,
    'pt-frases': pt_frases,
    'gl-lenda': gl_lenda,
    'de-kunde': de_kunde,
    'es-sin-resaltar': es_sin_resaltar,
}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
