"""Fixtures of tests/misc-probe.test.ts: headings in a voice's colour, storyboard column headers, tracked
changes in a DOCX, and @mentions in the Markdown export.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-misc-probe-fixtures.py
Writes tests/fixtures/misc-probe/*.docx and the PDFs of those in PDFS (soffice --headless --convert-to pdf).

headings-in-voice-en / -fr: an e-learning script whose trainer's voice is #2F5496, the blue Word's
built-in Heading 1 and Heading 2 styles use (accent1 4472C4 shaded BF): the title and the screen titles
are set in those styles (their colour from the style, not set on the runs), the lines in the voices'
colours set on the runs. A legend paragraph names the voices. headings-plain-en (control): the same
script, its headings black (the style's colour, black being "not recorded").

storyboard-*: storyboard tables as e-learning tools export them (Articulate Storyline's and Adobe
Captivate's storyboard Word exports, and the templates of e-learning blogs): a slide number column, a
picture column, an audio column, a notes column, all black. Their headers are the ones the probes found
unread: `Narration (CC)` (Captivate), `Visuals / Interaction`, `VO text`, `Closed captions / Narration`,
`Texte voix off`, `Texte narration`. storyboard-text-en (control): `Screen | Text | Notes`, a header that
merely holds "text": no AV table (nothing says the text is heard rather than shown).

tracked-en / tracked-fr: a short script with tracked changes left in (w:ins and w:del, as Word writes a
reviewer's edit): one word replaced (a deletion then an insertion), one sentence inserted.

mentions-en: a commercial's lines holding what GitHub turns into links on a pull request page:
`@HarborBank` (a user mention), `#1` and `#42` (issue references), an e-mail address, `GH-7`.
"""
import copy
import os
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import french

OUT = 'tests/fixtures/misc-probe'
PDFS = ['headings-in-voice-fr', 'storyboard-captivate-en', 'storyboard-fr']

NARRATOR = RGBColor(0x40, 0x40, 0x40)
TRAINER = RGBColor(0x2F, 0x54, 0x96)
LEARNER = RGBColor(0x00, 0xB0, 0x50)
BLACK = RGBColor(0, 0, 0)


def heading_colour(d, rgb):
    for name in ('Title', 'Heading 1', 'Heading 2'):
        d.styles[name].font.color.rgb = rgb


def elearning(path, lang, heading_rgb):
    fr = lang == 'fr'
    d = Document()
    if fr:
        french(d)
    heading_colour(d, heading_rgb)
    d.add_heading('Module 4 — Sécurité en entrepôt' if fr else 'Module 4 — Warehouse safety', level=1)
    legend = d.add_paragraph('Légende : ' if fr else 'Key: ')
    names = [('Narrateur', NARRATOR), ('Formatrice', TRAINER), ('Apprenant', LEARNER)] if fr else [('Narrator', NARRATOR), ('Trainer', TRAINER), ('Learner', LEARNER)]
    for name, rgb in names:
        legend.add_run(name).font.color.rgb = rgb
        legend.add_run(' — ')
    legend.add_run('Non enregistré' if fr else 'Not recorded').font.color.rgb = BLACK
    body = [
        ('H', 'Écran 1 — Introduction' if fr else 'Screen 1 — Introduction'),
        (NARRATOR, 'Chaque jour, nos équipes préparent des milliers de colis.' if fr else 'Every day our teams pack thousands of parcels.'),
        (TRAINER, 'Bonjour ! Je suis Claire, votre formatrice.' if fr else 'Hello! I am Claire, your trainer.'),
        (LEARNER, 'Ce module est-il obligatoire ?' if fr else 'Is this module compulsory?'),
        ('H', 'Écran 2 — Les équipements' if fr else 'Screen 2 — Protective gear'),
        (TRAINER, 'Oui, pour tout le monde, avant le 30 juin.' if fr else 'Yes, for everyone, before the end of June.'),
        (NARRATOR, 'Le casque et le gilet ne se discutent pas.' if fr else 'Helmet and vest are not up for debate.'),
    ]
    for who, text in body:
        if who == 'H':
            d.add_heading(text, level=2)
        else:
            d.add_paragraph().add_run(text).font.color.rgb = who
    d.save(path)


def storyboard(path, headers, lang='en'):
    fr = lang == 'fr'
    d = Document()
    if fr:
        french(d)
    d.add_paragraph('Sensibilisation cyber — storyboard' if fr else 'Cyber Awareness — storyboard')
    t = d.add_table(rows=1, cols=len(headers))
    t.style = 'Table Grid'
    for cell, h in zip(t.rows[0].cells, headers):
        cell.paragraphs[0].add_run(h).bold = True
    rows = (
        [('1.1', 'Animation du titre, logo', 'Bienvenue dans ce module. Commençons par les mots de passe.', 'Synchroniser les sous-titres'),
         ('1.2', 'Jauge de mot de passe', 'Un bon mot de passe compte au moins douze caractères.', 'Fondu à 00:00:03')]
        if fr else
        [('1.1', 'Title animation, logo', 'Welcome to Cyber Awareness. Let us start with passwords.', 'Sync CC to audio'),
         ('1.2', 'Password meter graphic', 'A strong password has at least twelve characters.', 'Fade in at 00:00:03')]
    )
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r[:len(headers)]):
            c.paragraphs[0].add_run(v)
    d.save(path)


def tracked_run(model, text, deleted=False):
    run = OxmlElement('w:r')
    rpr = model.find(qn('w:rPr'))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    run.append(t)
    return run


def change(kind, ident, *runs):
    e = OxmlElement(kind)
    e.set(qn('w:id'), str(ident))
    e.set(qn('w:author'), 'Reviewer')
    e.set(qn('w:date'), '2026-01-05T10:00:00Z')
    for r in runs:
        e.append(r)
    return e


def tracked(path, lang):
    fr = lang == 'fr'
    d = Document()
    if fr:
        french(d)
    lines = [
        (NARRATOR, 'Bienvenue dans ce module sur la sécurité.' if fr else 'Welcome to this module on safety.'),
        (TRAINER, 'Le module doit être suivi avant le 30 juin.' if fr else 'Finish the module before 30 June.'),
        (NARRATOR, 'Premier point : regardez autour de vous.' if fr else 'First rule: look around you.'),
    ]
    paragraphs = []
    for rgb, text in lines:
        p = d.add_paragraph()
        p.add_run(text).font.color.rgb = rgb
        paragraphs.append(p)
    # A date replaced: "30 juin" deleted, "15 juillet" inserted (Word's w:del then w:ins).
    p = paragraphs[1]
    r = p.runs[0]._r
    old, new = ('30 juin', '15 juillet') if fr else ('30 June', '15 July')
    before, after = r.find(qn('w:t')).text.split(old)
    r.find(qn('w:t')).text = before
    dele = change('w:del', 1, tracked_run(r, old, deleted=True))
    ins = change('w:ins', 2, tracked_run(r, new))
    r.addnext(dele)
    dele.addnext(ins)
    ins.addnext(tracked_run(r, after))
    # A sentence inserted at the end of the narrator's last line.
    r = paragraphs[2].runs[0]._r
    r.addnext(change('w:ins', 3, tracked_run(r, ' Et signalez tout danger.' if fr else ' And report any hazard.')))
    d.save(path)


def mentions(path):
    d = Document()
    d.add_paragraph('Key: VO1 = yellow highlight · Not recorded = no highlight')
    for text in [
        'Saving for something big? Harbor Bank is #1 for savers.',
        '@HarborBank on every platform. Write to hello@harborbank.com.',
        'Ask about offer #42 and plan GH-7 today.',
    ]:
        d.add_paragraph().add_run(text).font.highlight_color = WD_COLOR_INDEX.YELLOW
    d.add_paragraph('LEGAL (on screen, not read): Member FDIC.')
    d.save(path)


FIXTURES = {
    'headings-in-voice-en': lambda p: elearning(p, 'en', TRAINER),
    'headings-in-voice-fr': lambda p: elearning(p, 'fr', TRAINER),
    'headings-plain-en': lambda p: elearning(p, 'en', BLACK),
    'storyboard-captivate-en': lambda p: storyboard(p, ['Slide', 'Visuals / Interaction', 'Narration (CC)', 'Notes']),
    'storyboard-vo-text-en': lambda p: storyboard(p, ['Screen #', 'Visual', 'VO text', 'Notes']),
    'storyboard-captions-en': lambda p: storyboard(p, ['Slide', 'On-screen graphics', 'Closed captions / Narration', 'Developer notes']),
    'storyboard-fr': lambda p: storyboard(p, ['Diapo', 'Visuel', 'Texte voix off', 'Remarques'], 'fr'),
    'storyboard-narration-fr': lambda p: storyboard(p, ['N°', 'Écran', 'Texte narration', 'Remarques'], 'fr'),
    'storyboard-text-en': lambda p: storyboard(p, ['Screen', 'Text', 'Notes']),
    'tracked-en': lambda p: tracked(p, 'en'),
    'tracked-fr': lambda p: tracked(p, 'fr'),
    'mentions-en': mentions,
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or FIXTURES:
        path = os.path.join(OUT, f'{name}.docx')
        FIXTURES[name](path)
        if name in PDFS:
            subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/vo-lines-misc-lo', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, capture_output=True)
        print(path)


if __name__ == '__main__':
    main(sys.argv[1:])
