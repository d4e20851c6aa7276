"""Fixtures for tests/diff3.test.ts (tests/fixtures/diff3/), each a script in two versions or a
Word-shaped tracked change:

- deleted-paragraph.docx: five paragraphs (Narrator blue, Coach red), the fourth deleted whole as Word
  deletes a paragraph with its mark: its runs in `w:del` (`w:delText`) and its paragraph mark deleted
  (`w:pPr/w:rPr/w:del`); an insertion in ¶2. deleted-first.docx: the first paragraph deleted so.
- moved-v1 / moved-v2: a Coach line removed whose words, one edited, are now a Narrator line further
  up (an aligned line between: not one line reassigned); a Narrator paragraph of two sentences whose
  second sentence is now a line of its own further down, word for word (an added line, not a split).
- notes-v1 / notes-v2: the same body, a footnote's text changed (and one more footnote in v2).
- sections-v1 / sections-v2: headings (Heading 1) over voiced lines, for section warnings.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-diff3-fixtures.py
"""
import copy
import datetime
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/diff3'
COLOURS = {'N': '0070C0', 'C': 'C00000', 'T': '000000'}
DATE = '2026-01-05T10:00:00Z'


def new_doc():
    d = Document()
    set_language(d, 'en-US')
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    return d


def add(d, voice, text, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.font.color.rgb = RGBColor.from_string(COLOURS[voice])
    return p


def change(tag, ident):
    el = OxmlElement(tag)
    el.set(qn('w:id'), str(ident))
    el.set(qn('w:author'), 'Alice')
    el.set(qn('w:date'), DATE)
    return el


def delete_whole(p, ident):
    """The paragraph deleted as Word deletes it: its runs inside w:del as w:delText, its mark deleted."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement('w:rPr')
    rpr.append(change('w:del', ident))
    ppr.append(rpr)
    wrapper = change('w:del', ident + 1)
    for r in list(p._p.iterchildren(qn('w:r'))):
        for t in r.iterchildren(qn('w:t')):
            t.tag = qn('w:delText')
        p._p.remove(r)
        wrapper.append(r)
    p._p.append(wrapper)


def insert_run(p, voice, text, ident):
    ins = change('w:ins', ident)
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    color = OxmlElement('w:color')
    color.set(qn('w:val'), COLOURS[voice])
    rpr.append(color)
    r.append(rpr)
    t = OxmlElement('w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def deleted_paragraph(name, which):
    d = new_doc()
    lines = [
        ('N', 'Welcome to the warehouse safety course for new starters.'),
        ('C', 'Gloves protect your hands from cuts and splinters.'),
        ('N', 'Forklifts have priority in the yellow aisles at all times.'),
        ('C', 'Mark the area, then call the supervisor on channel two.'),
        ('N', 'Thank you for your attention, and see you in module two.'),
    ]
    ps = [add(d, v, t) for v, t in lines]
    insert_run(ps[1], 'C', ' Every single day.', 10)
    delete_whole(ps[which], 20)
    d.save(os.path.join(OUT, name))


def main():
    os.makedirs(OUT, exist_ok=True)
    deleted_paragraph('deleted-paragraph.docx', 3)
    deleted_paragraph('deleted-first.docx', 0)


if __name__ == '__main__':
    main()
