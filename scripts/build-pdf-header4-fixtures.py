"""Spot scripts whose every spot opens a page with the producer's own heading ("CLIENT: Acme Hardware"
over "SPOT n — :30"): a heading repeated in the text's flow, not a running header; and the same
script under a real running header (a Word header part, 9 pt grey, apart from the text).

/usr/bin/python3 scripts/build-pdf-header4-fixtures.py [NAME…]
(writes tests/fixtures/pdf-header4/NAME.docx and NAME.pdf, LibreOffice from python-docx documents)

The body is scripts/build-pdf-header-fixtures.py's page: Liberation Serif 12 pt, 1.5-spaced, 6 pt after
each paragraph, US Letter. Each spot: the client line and the spot's heading in black, then two lines
in the voices' colours (#0070C0 ANNCR, #C00000 CUSTOMER); a page break before each spot but the first
(lo-client-runon: before spots 3 and 4 only, and no spot heading).
"""
import importlib.util
import os
import sys

from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('hdr', os.path.join(HERE, 'build-pdf-header-fixtures.py'))
hdr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hdr)
sys.path.insert(0, os.path.join(HERE, 'pdf-producers'))
from common import lo_pdf  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, '..', 'tests', 'fixtures', 'pdf-header4'))
COLOURS = {'ANNCR': RGBColor(0x00, 0x70, 0xC0), 'CUSTOMER': RGBColor(0xC0, 0x00, 0x00)}

SPOTS_EN = [
    ('Paint', [('CUSTOMER', 'CUSTOMER: I painted the whole porch in one afternoon and it still looks brand new.'),
               ('ANNCR', 'ANNCR: Acme Hardware has every colour you can think of, mixed while you wait.')]),
    ('Garden', [('CUSTOMER', 'CUSTOMER: My tomatoes never grew like this before I found the garden aisle.'),
                ('ANNCR', 'ANNCR: Seeds, soil and tools for every yard, big or small, at Acme Hardware.')]),
    ('Tools', [('CUSTOMER', 'CUSTOMER: The drill I bought there has outlasted two of my neighbours\' drills.'),
               ('ANNCR', 'ANNCR: Tools that last, and people who know how to use them, at Acme Hardware.')]),
    ('Weekend', [('CUSTOMER', 'CUSTOMER: Saturday morning is when I get the most done around the house.'),
                 ('ANNCR', 'ANNCR: Acme Hardware opens at seven every weekend, so you can too.')]),
]
SPOTS_FR = [
    ('Peinture', [('CUSTOMER', 'CLIENTE : J\'ai repeint toute la terrasse en un après-midi, et elle paraît encore neuve.'),
                  ('ANNCR', 'ANNONCEUR : Quincaillerie Dupont, toutes les couleurs, préparées devant vous.')]),
    ('Jardin', [('CUSTOMER', 'CLIENTE : Mes tomates n\'avaient jamais poussé ainsi avant le rayon jardin.'),
                ('ANNCR', 'ANNONCEUR : Graines, terreau et outils pour tous les jardins, chez Dupont.')]),
    ('Outils', [('CUSTOMER', 'CLIENTE : La perceuse achetée là-bas a survécu à celles de tous mes voisins.'),
                ('ANNCR', 'ANNONCEUR : Des outils qui durent, et des gens qui savent s\'en servir.')]),
    ('Samedi', [('CUSTOMER', 'CLIENTE : C\'est le samedi matin que j\'avance le plus dans la maison.'),
                ('ANNCR', 'ANNONCEUR : Quincaillerie Dupont ouvre à sept heures chaque samedi.')]),
]


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.docx')
    doc.save(path)
    lo_pdf(path, 'pdf', OUT)


def spots(doc, client, heading, spots, breaks=(2, 3, 4)):
    """Each spot opening with `client` and `heading(n)` (None: none) in black, then its lines in colour;
    a page break before the spots numbered in `breaks`."""
    for n, (_, lines) in enumerate(spots, 1):
        if n in breaks:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph().add_run(client)
        if heading is not None:
            doc.add_paragraph().add_run(heading(n)).bold = True
        for voice, line in lines:
            doc.add_paragraph().add_run(line).font.color.rgb = COLOURS[voice]


if __name__ == '__main__':
    only = sys.argv[1:]
    want = lambda n: not only or n in only  # noqa: E731
    # Four spots, each opening its page with "CLIENT: Acme Hardware" over "SPOT n — :30".
    if want('lo-spots-client'):
        doc = hdr.base()
        spots(doc, 'CLIENT: Acme Hardware', lambda n: f'SPOT {n} — :30', SPOTS_EN)
        save(doc, 'lo-spots-client')
    # The same in French: "Client : Quincaillerie Dupont" over "Spot n – 30\"".
    if want('lo-spots-client-fr'):
        doc = hdr.base()
        spots(doc, 'Client : Quincaillerie Dupont', lambda n: f'Spot {n} – 30"', SPOTS_FR)
        save(doc, 'lo-spots-client-fr')
    # No spot heading; spots 1 and 2 share page 1: the client line opens each page and stands mid-page too.
    if want('lo-client-runon'):
        doc = hdr.base()
        spots(doc, 'CLIENT: Acme Hardware', None, SPOTS_EN, breaks=(3, 4))
        save(doc, 'lo-client-runon')
    # A 9 pt running header holding the colour key the voices are read from, a 9 pt footer holding the title.
    if want('lo-legend-header-footer'):
        doc = hdr.base()
        hdr.small(doc.sections[0].header.paragraphs[0], 'Key: Narrator in blue, Trainer in green, directions in grey (not recorded)', 9)
        hdr.small(doc.sections[0].footer.paragraphs[0], 'Harbour Insurance — Fire safety module 3', 9)
        lines = [(RGBColor(0x00, 0x70, 0xC0), 'Welcome to this module on fire safety at your place of work.'),
                 (RGBColor(0x00, 0xB0, 0x50), 'Before we begin, find the two emergency exits nearest to your desk.'),
                 (RGBColor(0x80, 0x80, 0x80), '[Animation: the floor plan appears, the exits flash.]'),
                 (RGBColor(0x00, 0x70, 0xC0), 'Every fire door closes by itself: never wedge one open.')]
        for page in range(3):
            if page:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for colour, text in lines:
                doc.add_paragraph().add_run(text).font.color.rgb = colour
        save(doc, 'lo-legend-header-footer')
    # The English spots under a running header: a Word header part, 9 pt grey, apart from the text.
    if want('lo-spots-header'):
        doc = hdr.base()
        p = doc.sections[0].header.paragraphs[0]
        run = hdr.small(p, 'Acme Hardware — Spring radio campaign 2026', 9)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        spots(doc, 'CLIENT: Acme Hardware', lambda n: f'SPOT {n} — :30', SPOTS_EN)
        save(doc, 'lo-spots-header')
