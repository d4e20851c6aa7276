"""Versions of one short French script for `diff` and `check --since` (tests/splitmerge.test.ts):
paragraphs joined, split, a sentence moved to the next paragraph, a line given to another voice and
edited, and a line removed beside an edited one (which is no join).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-splitmerge-fixtures.py
Writes tests/fixtures/splitmerge/*.docx and vo-lines.config.yaml.
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import french

OUT = 'tests/fixtures/splitmerge'
COLOURS = {'N': '404040', 'F': '1F4E79', 'A': '00B050', 'K': '000000'}

BASE = [
    ('N', 'Chaque jour, plus de 1 200 collaborateurs préparent et livrent des milliers de colis.'),
    ('F', 'Bonjour à tous ! Je suis Claire, votre formatrice pour ce module.'),
    ('A', 'Est-ce que ce module est obligatoire pour tout le monde ?'),
    ('F', 'Oui, chaque collaborateur doit le suivre avant le 30 juin.'),
    ('K', 'Écran 2 — Les équipements'),
    ('N', 'Les équipements de protection individuelle sont obligatoires dans toutes les zones de stockage.'),
    ('N', 'Le casque, les chaussures de sécurité et le gilet haute visibilité ne se discutent pas.'),
    ('A', 'Et si j’oublie mes gants ?'),
    ('F', 'Dans ce cas, demandez une paire à votre chef d’équipe avant de commencer.'),
    ('N', 'Les chariots ont toujours la priorité. Même sur les passages piétons, restez attentifs.'),
    ('N', 'Merci de votre attention.'),
]
N2, N3 = 5, 6


def with_lines(replace):
    """BASE with lines replaced: {index: [(voice, text), …]} (an empty list removes the line)."""
    out = []
    for i, line in enumerate(BASE):
        out.extend(replace.get(i, [line]))
    return out


VERSIONS = {
    'v1': BASE,
    # ¶ of N2 and N3 joined into one paragraph, not a word changed.
    'v2-merge': with_lines({N2: [('N', BASE[N2][1] + ' ' + BASE[N3][1])], N3: []}),
    # N2 split in two; the second half starts with a capital.
    'v2-split': with_lines({N2: [('N', 'Les équipements de protection individuelle sont obligatoires.'), ('N', 'Dans toutes les zones de stockage.')]}),
    # Split, and two words really new in the second half.
    'v2-split-add': with_lines({N2: [('N', 'Les équipements de protection individuelle sont obligatoires.'), ('N', 'Dans toutes les zones de stockage, sans exception.')]}),
    # Joined, and "haute visibilité" → "fluorescent".
    'v2-merge-edit': with_lines({N2: [('N', BASE[N2][1] + ' ' + BASE[N3][1].replace('haute visibilité', 'fluorescent'))], N3: []}),
    # The second sentence of one Narrateur line moved to the start of the next.
    'v2-shift': with_lines({9: [('N', 'Les chariots ont toujours la priorité.')], 10: [('N', 'Même sur les passages piétons, restez attentifs. Merci de votre attention.')]}),
    # Formatrice's line given to Apprenant, "chef" → "cheffe".
    'v2-give-edit': with_lines({8: [('A', 'Dans ce cas, demandez une paire à votre cheffe d’équipe avant de commencer.')]}),
    # N2 removed and N3 edited beside it: no join (N2's words are not in N3).
    'v2-drop': with_lines({N2: [], N3: [('N', 'Le casque, les chaussures de sécurité et le gilet ne se discutent pas.')]}),
}

CONFIG = """voices:
  Narrateur: { color: "#404040" }
  Formatrice: { color: "#1F4E79" }
  Apprenant: { color: "#00B050" }
unassigned: ["#000000"]
language: fr
rules: { confusable-colours: off, empty-voice: off }
contract:
  Narrateur: { maxAddedWords: 1 }
locked: [Formatrice]
"""


def build(lines, path):
    d = french(Document())
    for voice, text in lines:
        d.add_paragraph().add_run(text).font.color.rgb = RGBColor.from_string(COLOURS[voice])
    # A fixed date: the same bytes on every run.
    d.core_properties.created = d.core_properties.modified = __import__('datetime').datetime(2026, 1, 1)
    d.save(path)


os.makedirs(OUT, exist_ok=True)
for name, lines in VERSIONS.items():
    build(lines, os.path.join(OUT, f'{name}.docx'))
with open(os.path.join(OUT, 'vo-lines.config.yaml'), 'w', encoding='utf-8') as f:
    f.write(CONFIG)
