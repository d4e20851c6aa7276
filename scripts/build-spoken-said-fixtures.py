"""Fixtures of tests/spoken-said.test.ts: figures a narrator says otherwise than a number.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-spoken-said-fixtures.py
Writes tests/fixtures/spoken-said/*.docx.

fr-mentions / en-mentions: a commercial whose last lines are its legal mention, in the colour of the
voice that reads it: company registration numbers (`RCS Lyon 123 456 789`, `SIREN`, `SIRET`, `N° TVA
intracommunautaire : FR 12 345678901`, UK `Company No. 01234567`, `VAT No. GB 123 4567 89`), an order
number, an IBAN; with counts of things that stay numbers (`1 200 collaborateurs`, `Order 1,200 units`).

en-equations / fr-equations: an e-learning narration with Word equations (m:oMath, as Word writes them:
each structure's m:…Pr with its m:ctrlPr) inline and displayed: x², a/b, (a+b)/2, E=mc², y=1/x²,
xⁿ⁺¹; and a line of prose with `and/or` and `n/a`.

en-booth: a radio spot whose directions are black (not recorded): `SFX:`, `MUS:`, `ANNCR:`, `VO`, `FX`
labels of a booth script, and an Announcer line with `Call US today`.
"""
import os

from docx import Document
from docx.oxml import parse_xml
from docx.shared import RGBColor

from docx_common import W, set_language

OUT = 'tests/fixtures/spoken-said'
M = 'http://schemas.openxmlformats.org/officeDocument/2006/math'

NARRATOR = RGBColor(0x40, 0x40, 0x40)
LEGAL = RGBColor(0x00, 0x70, 0xC0)
BLACK = RGBColor(0, 0, 0)


def legend(d, names, not_recorded):
    p = d.add_paragraph(names[0][0] + ' ')
    for name, rgb in names[1:]:
        p.add_run(name).font.color.rgb = rgb
        p.add_run(' — ')
    p.add_run(not_recorded).font.color.rgb = BLACK


def lines(d, body):
    for rgb, text in body:
        d.add_paragraph().add_run(text).font.color.rgb = rgb


def mentions(path, fr):
    d = Document()
    set_language(d, 'fr-FR' if fr else 'en-GB')
    if fr:
        legend(d, [('Légende :', None), ('Narrateur', NARRATOR), ('Mentions', LEGAL)], 'Non enregistré')
        body = [
            (NARRATOR, 'Plus de 1 200 collaborateurs et 123 456 clients nous font confiance.'),
            (NARRATOR, 'Votre commande n° 123 456 est prête, comme le n° 5 de la collection.'),
            (NARRATOR, 'Il commande 1 200 exemplaires.'),
            (LEGAL, 'Offre soumise à conditions. Acme, RCS Lyon 123 456 789.'),
            (LEGAL, 'SIREN 123 456 789 – SIRET 123 456 789 00012.'),
            (LEGAL, 'N° TVA intracommunautaire : FR 12 345678901.'),
            (LEGAL, 'IBAN FR76 3000 6000 0112 3456 7890 189.'),
        ]
    else:
        legend(d, [('Key:', None), ('Announcer', NARRATOR), ('Legal', LEGAL)], 'Not recorded')
        body = [
            (NARRATOR, 'Over 1,200 stores. Order 1,200 units today.'),
            (NARRATOR, 'Quote your order number 123456 when you call, or Order No. 123 456 ships today.'),
            (LEGAL, 'Acme Ltd. Registered in England and Wales, Company No. 01234567.'),
            (LEGAL, 'VAT No. GB 123 4567 89.'),
        ]
    lines(d, body)
    d.save(path)


def m(xml):
    return parse_xml(f'<m:oMath xmlns:m="{M}" xmlns:w="{W[1:-1]}">{xml}</m:oMath>')


CTRL = '<m:ctrlPr><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:i/><w:color w:val="404040"/></w:rPr></m:ctrlPr>'


def mr(text):
    return f'<m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:color w:val="404040"/></w:rPr><m:t>{text}</m:t></m:r>'


def sup(base, script):
    return f'<m:sSup><m:sSupPr>{CTRL}</m:sSupPr><m:e>{base}</m:e><m:sup>{script}</m:sup></m:sSup>'


def frac(num, den):
    return f'<m:f><m:fPr>{CTRL}</m:fPr><m:num>{num}</m:num><m:den>{den}</m:den></m:f>'


def equations(path, fr):
    d = Document()
    set_language(d, 'fr-FR' if fr else 'en-US')
    legend(d, [('Légende :' if fr else 'Key:', None), ('Narrateur' if fr else 'Narrator', NARRATOR)], 'Non enregistré' if fr else 'Not recorded')
    # (text, math) pieces of each paragraph, all in the narrator's colour
    paragraphs = [
        [('Le carré ' if fr else 'The square ', None), (None, sup(mr('x'), mr('2'))), (' grandit vite, le cube ' if fr else ' grows fast, the cube ', None), (None, sup(mr('x'), mr('3'))), (' plus encore.' if fr else ' faster still.', None)],
        [('Prenez ' if fr else 'Take ', None), (None, frac(mr('a'), mr('b'))), (' puis ' if fr else ' then ', None), (None, frac(mr('a+b'), mr('2'))), ('.', None)],
        [('Einstein : ' if fr else 'Einstein: ', None), (None, mr('E=m') + sup(mr('c'), mr('2'))), (', et la suite ' if fr else ', and the series ', None), (None, sup(mr('x'), mr('n+1'))), ('.', None)],
        [(None, mr('y=1/') + sup(mr('x'), mr('2')))],
        [('Cochez oui et/ou non, ou écrivez n/a.' if fr else 'Tick yes and/or no, or write n/a.', None)],
    ]
    for pieces in paragraphs:
        p = d.add_paragraph()
        for text, xml in pieces:
            if xml is None:
                p.add_run(text).font.color.rgb = NARRATOR
            else:
                p._p.append(m(xml))
    d.save(path)


def booth(path):
    d = Document()
    set_language(d, 'en-US')
    legend(d, [('Key:', None), ('Announcer', NARRATOR)], 'Directions in black')
    lines(d, [
        (BLACK, 'SFX: DOOR CHIME'),
        (BLACK, 'MUS: UP AND UNDER'),
        (NARRATOR, 'Spring is here at Brightleaf. Call US today, or visit us online.'),
        (BLACK, 'ANNCR'),
        (NARRATOR, 'Brightleaf. Grow something.'),
        (BLACK, 'FX: THUNDER, THEN VO'),
        (BLACK, 'MUS OUT'),
    ])
    d.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    mentions(f'{OUT}/fr-mentions.docx', True)
    mentions(f'{OUT}/en-mentions.docx', False)
    equations(f'{OUT}/en-equations.docx', False)
    equations(f'{OUT}/fr-equations.docx', True)
    booth(f'{OUT}/en-booth.docx')


if __name__ == '__main__':
    main()
