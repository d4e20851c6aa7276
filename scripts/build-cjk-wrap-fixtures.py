"""Japanese and Chinese paragraphs long enough to wrap, for how the PDF reader joins a paragraph's
lines (tests/pdf-cjk-spacing.test.ts): Chinese and Japanese put no space between words, so a line
that ends on a kana, Han or East Asian punctuation and a next line that starts on one join with
nothing between them ("カードを|お渡し" is "カードをお渡し"); Korean, written with spaces, and Latin text
join with a space.

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-cjk-wrap-fixtures.py
Writes, in tests/fixtures/cjk/: ja-wrapped.docx, zh-wrapped.docx, ja-justified.docx (the Japanese
paragraphs justified: LibreOffice then sets every character of a line a little apart, and draws no
space) and their PDFs made by LibreOffice
(`soffice --headless --convert-to pdf`; the committed ones by LibreOffice 7.4 with Debian's
fonts-wqy-microhei). Each paragraph wraps over two to four lines on an A4 page at 11 pt (the
Japanese one also at a Latin word).
"""
import datetime
import subprocess
import tempfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

OUT = 'tests/fixtures/cjk'
RED = 'C00000'
BLUE = '0070C0'

JA = [
    (RED, '本日は当館の特別展示にお越しいただき、誠にありがとうございます。この展示では、江戸時代から明治時代にかけての町の暮らしを、当時の道具や絵図とともにご紹介します。順路に沿って、ごゆっくりご覧ください。'),
    (BLUE, '受付でお渡ししたカードには、展示の解説を聞くための番号が書かれています。お手持ちのスマートフォンでWi-Fiに接続し、番号を入力すると、それぞれの展示の前で解説をお聞きいただけます。'),
    (RED, '館内での撮影は、フラッシュを使わなければ自由です。ただし、一部の展示品は撮影できませんので、係員の案内に従ってください。'),
]
ZH = [
    (RED, '欢迎来到本馆的特别展览。本次展览介绍了从明代到清代的城市生活，展出了当时的日常用品、地图和书画作品。请按照参观路线慢慢欣赏，如有问题可以随时询问工作人员。'),
    (BLUE, '您在服务台领取的卡片上印有讲解编号。请用手机连接馆内的无线网络，输入编号后，就可以在每件展品前收听讲解。讲解共有中文、英文和日文三种语言。'),
]


def script(lines, east_asian, justified=False):
    d = Document()
    d.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)  # a rebuild writes the same file
    for colour, text in lines:
        p = d.add_paragraph()
        if justified:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run = p.add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
        rpr = run._r.get_or_add_rPr()
        lang = OxmlElement('w:lang')
        lang.set(qn('w:val'), 'en-US')
        lang.set(qn('w:eastAsia'), east_asian)
        rpr.append(lang)
    return d


def lo_pdf(docx):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx],
                       check=True, capture_output=True)


def main():
    for name, lines, lang, justified in (('ja-wrapped', JA, 'ja-JP', False), ('zh-wrapped', ZH, 'zh-CN', False), ('ja-justified', JA, 'ja-JP', True)):
        path = '%s/%s.docx' % (OUT, name)
        script(lines, lang, justified).save(path)
        lo_pdf(path)
        print('wrote', path, 'and its PDF')


if __name__ == '__main__':
    main()
