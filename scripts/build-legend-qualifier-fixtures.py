"""Legends whose list of voices ends with a qualifier in brackets naming the kind of colour, for every entry.

Run from the repository root with the system Python (python-docx), then LibreOffice for the PDFs:
    /usr/bin/python3 scripts/build-legend-qualifier-fixtures.py [NAME…]
Writes tests/fixtures/legend-qualifier/*.docx and LibreOffice's PDF of each.

The script is the e-learning module of build-label-alone-fixtures.py (a probe's), as a two-column dubbing
table "Character | Line" whose line cells are shaded pale yellow (Narrator), pale blue (Learner), pale
green (Coach); rows of directions and headings unshaded. Only the legend's wording changes:
- plain-en: "Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green" (read before: the reference);
- last-en: "… Coach = pale green (cell shading)" (was "looks like a legend but was not read");
- last-unshaded-en: "… Coach = pale green (cell shading); unshaded rows are not recorded";
- each-en: "Narrator = pale yellow (cell shading), Learner = pale blue (cell shading), Coach = pale green (cell shading)";
- remark-en: "… Coach = pale green (v2, see notes)": a remark naming no colour, left out;
- highlighted-en: the lines highlighted (w:highlight yellow, turquoise, bright green) in paragraphs, not a
  table; "Key: Narrator = yellow, Learner = turquoise, Coach = green (highlighted)";
- surlignage-fr: the same highlighted script under "Légende : Narrateur = jaune, Apprenant = turquoise,
  Coach = vert (surlignage)".
"""
import importlib.util
import os
import sys

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docx_common import build_named, shade  # noqa: E402

spec = importlib.util.spec_from_file_location('label_alone', os.path.join(HERE, 'build-label-alone-fixtures.py'))
label_alone = importlib.util.module_from_spec(spec)
spec.loader.exec_module(label_alone)
EN, TITLE, CLIENT = label_alone.EN, label_alone.TITLE, label_alone.CLIENT

OUT = 'tests/fixtures/legend-qualifier'
VOICE = {'N': 'Narrator', 'L': 'Learner', 'C': 'Coach'}
SHADE = {'N': 'FFF2CC', 'L': 'DEEAF6', 'C': 'E2EFD9'}
HIGHLIGHT = {'N': WD_COLOR_INDEX.YELLOW, 'L': WD_COLOR_INDEX.TURQUOISE, 'C': WD_COLOR_INDEX.BRIGHT_GREEN}


def table_script(legend):
    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph(CLIENT)
    d.add_paragraph(legend)
    t = d.add_table(rows=1, cols=2)
    t.style = 'Table Grid'
    t.rows[0].cells[0].text = 'Character'
    t.rows[0].cells[1].text = 'Line'
    for item in EN:
        runs = item if isinstance(item, list) else [item]
        voices = [k for k, _ in runs if k in VOICE]
        row = t.add_row().cells
        row[0].text = VOICE[voices[0]].upper() if voices else ''
        if voices:
            shade(row[1], SHADE[voices[0]])
        p = row[1].paragraphs[0]
        for kind, text in runs:
            # The speaker's label is in the first column already.
            if kind == 'D' and text.startswith('SAM'):
                continue
            p.add_run(text)
    d.add_paragraph('End of script.')
    return d


def highlighted_script(legend):
    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph(CLIENT)
    d.add_paragraph(legend)
    for item in EN:
        runs = item if isinstance(item, list) else [item]
        if len(runs) == 1 and runs[0][0] == 'H':
            d.add_heading(runs[0][1], 2)
            continue
        p = d.add_paragraph()
        for kind, text in runs:
            r = p.add_run(text)
            if kind in HIGHLIGHT:
                r.font.highlight_color = HIGHLIGHT[kind]
    return d


FIXTURES = {
    'plain-en': lambda: table_script('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green'),
    'last-en': lambda: table_script('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading)'),
    'last-unshaded-en': lambda: table_script('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (cell shading); unshaded rows are not recorded'),
    'each-en': lambda: table_script('Key: Narrator = pale yellow (cell shading), Learner = pale blue (cell shading), Coach = pale green (cell shading)'),
    'remark-en': lambda: table_script('Key: Narrator = pale yellow, Learner = pale blue, Coach = pale green (v2, see notes)'),
    'highlighted-en': lambda: highlighted_script('Key: Narrator = yellow, Learner = turquoise, Coach = green (highlighted)'),
    'surlignage-fr': lambda: highlighted_script('Légende : Narrateur = jaune, Apprenant = turquoise, Coach = vert (surlignage)'),
}

if __name__ == '__main__':
    build_named(OUT, FIXTURES, sys.argv[1:])
