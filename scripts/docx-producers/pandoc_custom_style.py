"""pandoc 2.17.1.1 (Debian 12): a French museum audio-guide script in Markdown, voices as
`custom-style` spans and divs whose character and paragraph styles carry colours in a reference.docx
made with python-docx 0.8.11 from pandoc's own (`pandoc --print-default-data-file reference.docx`);
a raw `openxml` block, a list, a pipe table, a footnote (not a line), a span in a style the reference
does not have (pandoc makes it, with no formatting).

/usr/bin/python3 scripts/docx-producers/pandoc_custom_style.py
"""
import json
import os
import re
import subprocess
import tempfile
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'docx-producers'))
NAME = 'pandoc-custom-style-fr'
FIXED = (2025, 9, 1, 8, 0, 0)

MD = """\
# Salle 3 — Les impressionnistes

[Bienvenue dans la salle des impressionnistes. Prenez le temps de regarder autour de vous.]{custom-style="Narratrice"}

[Ce tableau a été peint en une seule matinée, au bord de la Seine.]{custom-style="Conservateur"}[^1] [C'est vrai qu'il est flou ?]{custom-style="Enfant"}

::: {custom-style="Question enfant"}
Pourquoi le ciel est violet ?
:::

```{=openxml}
<w:p><w:r><w:rPr><w:color w:val="7030A0"/></w:rPr><w:t xml:space="preserve">Le peintre voyait la lumière, pas les objets.</w:t></w:r></w:p>
```

[Regardez maintenant les reflets dans l'eau :]{custom-style="Narratrice"}

- [les bleus du matin,]{custom-style="Narratrice"}
- [les ors du soir.]{custom-style="Narratrice"}

| Œuvre | Commentaire |
|---|---|
| Les Nymphéas | [Monet en a peint plus de deux cents.]{custom-style="Conservateur"} |

[Passez à la salle suivante.]{custom-style="Consigne"}

[^1]: Dire « Seine » comme le fleuve, sans appuyer.
"""

VOICES = {'Narratrice': {'color': '#1F4E79'}, 'Conservateur': {'color': '#7030A0'}, 'Enfant': {'highlight': '#FFE699'}}
N, C, E = 'Narratrice', 'Conservateur', 'Enfant'
# What a reader sees, in order: pandoc's headings are in its theme's accent1 (#4F81BD); the table's
# header row and first column are plain; "Consigne" is a style the reference does not have (black).
PARAS = [
    [[None, 'Salle 3 — Les impressionnistes']],
    [[N, 'Bienvenue dans la salle des impressionnistes. Prenez le temps de regarder autour de vous.']],
    [[C, 'Ce tableau a été peint en une seule matinée, au bord de la Seine.'], [None, ' '], [E, 'C’est vrai qu’il est flou ?']],
    [[E, 'Pourquoi le ciel est violet ?']],
    [[C, 'Le peintre voyait la lumière, pas les objets.']],
    [[N, 'Regardez maintenant les reflets dans l’eau :']],
    [[N, 'les bleus du matin,']],
    [[N, 'les ors du soir.']],
    [[None, 'Œuvre']], [[None, 'Commentaire']], [[None, 'Les Nymphéas']],
    [[C, 'Monet en a peint plus de deux cents.']],
    [[None, 'Passez à la salle suivante.']],
]


def reference(path):
    base = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'], check=True, capture_output=True).stdout
    src = path + '.base.docx'
    with open(src, 'wb') as f:
        f.write(base)
    d = docx.Document(src)

    def style(name, kind, color=None, fill=None):
        s = d.styles.add_style(name, kind)
        if kind == WD_STYLE_TYPE.PARAGRAPH:
            s.base_style = d.styles['Normal']
        if color:
            s.font.color.rgb = RGBColor.from_string(color)
        if fill:
            shd = OxmlElement('w:shd')
            shd.set(qn('w:val'), 'clear')
            shd.set(qn('w:color'), 'auto')
            shd.set(qn('w:fill'), fill)
            s.element.get_or_add_rPr().append(shd)

    style('Narratrice', WD_STYLE_TYPE.CHARACTER, color='1F4E79')
    style('Conservateur', WD_STYLE_TYPE.CHARACTER, color='7030A0')
    style('Enfant', WD_STYLE_TYPE.CHARACTER, fill='FFE699')
    style('Question enfant', WD_STYLE_TYPE.PARAGRAPH, fill='FFE699')
    d.save(path)


def build():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ref = os.path.join(tmp, 'reference.docx')
        reference(ref)
        md = os.path.join(OUT, NAME + '.md')
        with open(md, 'w', encoding='utf-8') as f:
            f.write(MD)
        out = os.path.join(tmp, NAME + '.docx')
        subprocess.run(['pandoc', md, '--from', 'markdown', '--reference-doc', ref, '--metadata', 'lang=fr-FR', '-o', out], check=True)
        stabilise(out, os.path.join(OUT, NAME + '.docx'))
    data = {'name': NAME, 'producer': 'pandoc 2.17.1.1', 'description': __doc__.strip().split('\n\n')[0],
            'voices': VOICES, 'unassigned': ['#000000', '#4F81BD'], 'paras': [{'segs': p} for p in PARAS]}
    with open(os.path.join(OUT, NAME + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


def stabilise(src, dst):
    """Fixed zip times and document dates: rebuilds are byte-identical."""
    with zipfile.ZipFile(src) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2025-09-01T08:00:00Z', data)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == '__main__':
    build()
