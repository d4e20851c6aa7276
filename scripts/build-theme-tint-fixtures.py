"""Fixtures of tests/theme-tint.test.ts: one voice's dark blue written two ways in one document, as
happens when a script is put together from pieces — Word's colour picker writes the theme colour with
its cached value, a paste or another tool keeps only one of the two.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-theme-tint-fixtures.py
Writes tests/fixtures/theme-tint/one-blue-2023-en.docx (byte-stable: fixed zip times and properties).

one-blue-2023-en: an English e-learning narration under Word 365's Office 2023+ theme (accent1 #156082;
  the theme part's colour scheme is set to it, the rest of python-docx's template kept). The NARRATOR's
  lines are "Blue, Accent 1, Darker 25%": two paragraphs carry only the value Word caches for it
  (`w:color w:val="0F4761"`, as a paste keeps it), two only the theme reference (`w:themeColor="accent1"
  w:themeShade="BF"`, one with no `w:val`, one with `w:val="auto"`). The LEARNER's lines are red #C00000.
  Read as Word shows it, the narrator is one colour, #0F4761.

tests/fixtures/theme-tint/word-triples.json is made by scripts/harvest-theme-tints.py.
"""
import io
import os
import re
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = 'tests/fixtures/theme-tint'

# Office 2023+ theme (Word 365's default since 2023): the colour scheme's slots.
OFFICE_2023 = {
    'dk2': '0E2841', 'lt2': 'E8E8E8', 'accent1': '156082', 'accent2': 'E97132', 'accent3': '196B24',
    'accent4': '0F9ED5', 'accent5': 'A02B93', 'accent6': '4EA72E', 'hlink': '467886', 'folHlink': '96607D',
}

NARRATOR = [
    ('cached', 'Welcome to this short module on handling returns at the front desk.'),
    ('theme', 'In the next ten minutes you will learn the three checks we make on every parcel.'),
    ('cached', 'First, look at the label: the return code must match the order number on screen.'),
    ('theme-auto', 'Well done. You now know how to receive a return from start to finish.'),
]
LEARNER = [
    'What if the code on the label is torn or missing?',
    'So I scan the parcel before I open it, every time?',
]


def colour_run(run, shape):
    rpr = run._r.get_or_add_rPr()
    color = OxmlElement('w:color')
    if shape == 'cached':
        color.set(qn('w:val'), '0F4761')
    else:
        if shape == 'theme-auto':
            color.set(qn('w:val'), 'auto')
        color.set(qn('w:themeColor'), 'accent1')
        color.set(qn('w:themeShade'), 'BF')
    rpr.append(color)


def red_run(run):
    rpr = run._r.get_or_add_rPr()
    color = OxmlElement('w:color')
    color.set(qn('w:val'), 'C00000')
    rpr.append(color)


def with_scheme(theme_xml, scheme):
    """The theme part with its colour scheme's srgbClr slots set to `scheme`."""
    text = theme_xml.decode('utf-8')
    for slot, value in scheme.items():
        text, n = re.subn(r'(<a:%s>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}(")' % slot, r'\g<1>%s\g<2>' % value, text)
        assert n == 1, slot
    return text.encode('utf-8')


def stable(data, replace):
    """The DOCX zip rewritten with fixed times and `replace` (part name -> bytes -> bytes) applied."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in replace:
                body = replace[info.filename](body)
            z.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def one_blue_2023():
    d = Document()
    d.core_properties.author = 'vo-lines fixtures'
    import datetime
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = 'vo-lines fixtures'
    d.core_properties.revision = 1
    d.add_paragraph('Returns at the front desk — module 3')
    order = [NARRATOR[0], NARRATOR[1], LEARNER[0], NARRATOR[2], LEARNER[1], NARRATOR[3]]
    for item in order:
        p = d.add_paragraph()
        if isinstance(item, tuple):
            colour_run(p.add_run(item[1]), item[0])
        else:
            red_run(p.add_run(item))
    buf = io.BytesIO()
    d.save(buf)
    return stable(buf.getvalue(), {'word/theme/theme1.xml': lambda b: with_scheme(b, OFFICE_2023)})


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'one-blue-2023-en.docx'), 'wb') as f:
        f.write(one_blue_2023())
    print('wrote %s/one-blue-2023-en.docx' % OUT)


if __name__ == '__main__':
    main()
