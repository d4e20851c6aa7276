"""Right-to-left scripts (Arabic with harakat, Hebrew with niqqud), as PDFs draw them: glyphs in
visual order, numbers and Latin words inside left to right, combining marks as glyphs of their own.

- lo-ar.docx / lo-he.docx: python-docx, as Word writes RTL text (paragraphs <w:bidi/>, runs <w:rtl/>,
  w:lang w:bidi), then LibreOffice (`soffice --headless --convert-to pdf`) → lo-ar.pdf, lo-he.pdf.
  lo-ar's second paragraph wraps, its last line "5:30." holding no letter.
- lo-mixed.docx → lo-mixed.pdf: left-to-right paragraphs holding a Hebrew phrase (read in place, the
  rest of the line as it is), and one line half English, half Hebrew, whose order is a guess.
- chromium-ar.html (dir="rtl", lang="ar") printed by Chromium → chromium-ar.pdf: its Arabic glyphs map
  to presentation forms (U+FB50–FEFF), its shadda to no text.

/usr/bin/python3 scripts/pdf-producers/rtl_scripts.py   (writes tests/fixtures/pdf-rtl/; the DOCX are
the reference: tests/pdf-rtl.test.ts reads each PDF's lines against its DOCX's)
"""
import os
import subprocess

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from common import esc, lo_pdf

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures', 'pdf-rtl'))
GREY, BLUE, BLACK = '404040', '1F4E79', '000000'

AR = [
    ('الوحدة 3 — السلامة في العمل', BLACK),
    ('مرحباً بكم في الدورة التدريبية. تستغرق 25 دقيقة، و90% من المتعلمين ينهونها قبل الساعة 5:30.', GREY),
    ('يعمل أكثر من ١٢٠٠ موظف في مواقعنا، و٣٠٪ من الحوادث تقع يوم الاثنين.', BLUE),
    ('اتصلوا على 0501234567 أو راسلونا على info@acme.com قبل 14/07/2024.', GREY),
    ('نَصٌّ مُشَكَّلٌ بِالحَرَكاتِ: السَّلامُ عَلَيْكُمْ وَرَحْمَةُ اللهِ.', BLUE),
]
HE = [
    ('יחידה 3 — בטיחות בעבודה', BLACK),
    ('בְּרוּכִים הַבָּאִים לַקּוּרְס. בית־הספר פתוח מ־9:00 עד 17:00, ו־30% מהתלמידים מגיעים בבוקר.', GREY),
    ('המחיר הוא ₪49.90 לאדם, ו־1,200 עובדים כבר נרשמו. התקשרו ל־03-1234567.', BLUE),
    ('פנו אל «המוקד» (בשעות הבוקר) או [בערב].', GREY),
]

MIXED = [
    ('The sign at the door says שלום עולם in blue letters.', GREY, False),
    ('Press 3 for מחלקת שירות לקוחות and wait.', BLUE, False),
    ('Hello world, good morning שלום עולם בוקר טוב', GREY, False),
]


def ltr_docx(path, paras):
    d = Document()
    for text, colour, _ in paras:
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
    d.save(path)


def rtl_docx(path, paras, lang):
    d = Document()
    rpr = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr'))
    el = rpr.find(qn('w:lang'))
    el.set(qn('w:val'), lang)
    el.set(qn('w:bidi'), lang)
    for text, colour in paras:
        para = d.add_paragraph()
        para._p.get_or_add_pPr().append(OxmlElement('w:bidi'))
        run = para.add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
        rp = run._r.get_or_add_rPr()
        rp.append(OxmlElement('w:rtl'))
        el = OxmlElement('w:lang')
        el.set(qn('w:bidi'), lang)
        rp.append(el)
    d.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, paras, lang in (('lo-ar', AR, 'ar-SA'), ('lo-he', HE, 'he-IL')):
        rtl_docx(os.path.join(OUT, name + '.docx'), paras, lang)
        lo_pdf(os.path.join(OUT, name + '.docx'), outdir=OUT)
    ltr_docx(os.path.join(OUT, 'lo-mixed.docx'), MIXED)
    lo_pdf(os.path.join(OUT, 'lo-mixed.docx'), outdir=OUT)
    body = ''.join(f'<p style="color:#{c}">{esc(t)}</p>\n' for t, c in AR)
    page = f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>body{{font:14pt "DejaVu Sans", sans-serif; margin: 2cm}}</style></head><body>\n{body}</body></html>\n'
    html = os.path.join(OUT, 'chromium-ar.html')
    with open(html, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, 'chromium-ar.pdf'), html], check=True, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
