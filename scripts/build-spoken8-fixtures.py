"""Fixtures of tests/spoken8.test.ts: what a narrator says where the written count and the spoken one part.

Run from the repository root with the system Python (python-docx) and LibreOffice (`soffice`) on the path:
    /usr/bin/python3 scripts/build-spoken8-fixtures.py
Writes tests/fixtures/spoken8/*.docx, each a narration in one colour (#404040), its language set on the document's
styles (w:lang, as Word writes it), and lo-en.docx and en.pdf as LibreOffice writes them:

en: a dash closed up between words (`course—for`, `north–south`, `said—twice`, `Wait--what`), beside a figure
(`2020—the`), a range kept (`1990–1995`, `10—20`), `A–Z`; Roman numerals after an event's or a part's name (`Super Bowl
LX`, `Chapter XLII`), a long one alone (`MMXXIV`), acronyms that look like one (`DCI`, `LX`, `XL`); Greek and Cyrillic
capitals quoted in an English line (`ΓΙΑ ΣΟΥ`, `СССР`); emoji sequences and invisible format characters (ZWJ, a variation
selector, a skin tone, a flag, a zero-width space) for the character count.
fr: `sûr—pour`, `saison XLII`. de: `Der 1. FC Köln`, `beim 1. FSV Mainz`. el: a narration with για, μια, παιδιά, γιατί
(syllables). he: Hebrew with a right-to-left mark after a Latin word. fa: Persian with zero-width non-joiners.
lo-en.docx: the dashes and the marks as LibreOffice writes a DOCX from an HTML page (its runs, its w:lang).
en.pdf: en.docx printed by LibreOffice.
"""
import os
import shutil
import tempfile

from docx.shared import RGBColor

from docx_common import lo_pdf, narration

OUT = 'tests/fixtures/spoken8'
NARRATOR = RGBColor(0x40, 0x40, 0x40)

EN = [
    'Of course—for now, we wait.',
    'The north–south line—and the A–Z guide.',
    'It was 2020—the year we grew.',
    'From 1990–1995, pages 10—20 were lost.',
    'Jean-Pierre said it—twice. Wait--what?',
    '“Yes”—she said—“now.”',
    'Welcome to Super Bowl LX, after Super Bowl LVIII and Super Bowl XX.',
    'Read Chapter XLII tonight. Copyright MMXXIV Acme.',
    'The DCI drove a Lexus LX in an XL coat.',
    'The sign said ΓΙΑ ΣΟΥ and the flag said СССР.',
    'Well done \U0001F44D\U0001F3FD team \U0001F468\u200D\U0001F469\u200D\U0001F467 and \u2764\uFE0F from \U0001F1EB\U0001F1F7.',
    'Press\u200B start\u200E now.',
]

DOCS = {
    'en': ('en-US', EN),
    'fr': ('fr-FR', [
        'Bien sûr—pour l’instant.',
        'La saison XLII de l’émission commence.',
    ]),
    'de': ('de-DE', [
        'Der 1. FC Köln spielt heute.',
        'Heute spielt der 1. FC Köln beim 1. FSV Mainz.',
        'Wir waren 3. ARD berichtete.',
    ]),
    'el': ('el-GR', [
        'Για τα παιδιά μια ιστορία: γιατί η ασφάλεια είναι πια για όλους.',
    ]),
    'he': ('he-IL', [
        'לחצו על OK\u200F כדי להמשיך.',
    ]),
    'fa': ('fa-IR', [
        'می\u200Cخواهم به خانه\u200Cام بروم.',
    ]),
}


def libreoffice(source, target_ext, out_dir, filter_name=None):
    """`soffice --headless --convert-to` of one file into out_dir (docx_common.lo_pdf); the converted file's path."""
    lo_pdf(source, out_dir, f'{target_ext}:{filter_name}' if filter_name else target_ext, own_profile=False)
    return os.path.join(out_dir, os.path.splitext(os.path.basename(source))[0] + '.' + target_ext)


def html_page(lines):
    """The English lines as a web page a writer pastes from: one paragraph each, in the narrator's colour, lang="en-US"."""
    body = ''.join(f'<p><span style="color:#404040">{text}</span></p>' for text in lines)
    return f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"></head><body>{body}</body></html>'


os.makedirs(OUT, exist_ok=True)
for name, (tag, lines) in DOCS.items():
    narration(tag, lines, NARRATOR, right_to_left=True).save(os.path.join(OUT, f'{name}.docx'))

with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, 'lo-en.html')
    with open(page, 'w', encoding='utf-8') as f:
        f.write(html_page(EN))
    shutil.copy(libreoffice(page, 'docx', tmp, 'MS Word 2007 XML'), os.path.join(OUT, 'lo-en.docx'))
    shutil.copy(libreoffice(os.path.join(OUT, 'en.docx'), 'pdf', tmp), os.path.join(OUT, 'en.pdf'))
