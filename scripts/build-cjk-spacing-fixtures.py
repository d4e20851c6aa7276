"""Japanese and Chinese scripts mixing kana/Han with Latin words and figures, some boundaries typed
WITH a space and some WITHOUT, for the PDF reader's rule on East Asian autospace
(tests/pdf-cjk-spacing.test.ts).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-cjk-spacing-fixtures.py
Writes, in tests/fixtures/cjk/:
- ja-autospace.docx, zh-autospace.docx (python-docx) and their PDFs made by LibreOffice
  (`soffice --headless --convert-to pdf`; the committed ones by LibreOffice 7.4 with Debian's
  fonts-wqy-microhei, which has kana). LibreOffice's Asian typography ("Apply spacing between Asian
  and non-Asian text", on unless a paragraph's w:autoSpaceDE/w:autoSpaceDN say no) sets a Latin
  letter or figure 1/5 of the type size away from kana and Han, and draws no space there; a typed
  space it draws as a space glyph, and adds nothing beside it.
- ja-autospace-chromium.html/.pdf, the same Japanese text printed by Chromium
  (`chromium --headless --print-to-pdf`) with `text-autospace: normal` (CSS Text 4: 1/8 of the
  ideographic advance between ideographs and Latin letters or figures, none beside a typed space).
  Chromium draws no space glyph at all: a typed space is only the pen moved by the space's width
  (0.26 em in WenQuanYi Micro Hei, 0.32 em in DejaVu Sans). Three blocks: WenQuanYi for all the
  text (one font, one text-showing operator per line), DejaVu Sans first (Latin in its own font),
  and `text-autospace: no-autospace` (the typed spaces alone set anything apart).
- ja-spaces-xelatex.tex/.pdf, the Japanese lines typeset by XeLaTeX (fontspec, WenQuanYi Micro Hei
  for all the text, no xeCJK): TeX draws no space glyph (a typed space is glue, 0.26 em of this
  font) and sets no autospace. The typed spaces must stay spaces, those not typed must not appear.
- ja-autospace-tj.pdf, synthetic (no producer here writes it): kana and Latin in ONE text operator,
  the autospace a number in its TJ array (`[(受付で) -200 (2024) -200 (年…)] TJ`), as a producer whose
  one font covers both scripts may write it. Drawn by reportlab in WenQuanYi Micro Hei, its content
  stream edited (marks in the text become TJ numbers), then `mutool clean` writes the file anew.
  Page 1 draws no space glyph: 0.2 em is autospace, 0.26 em (the font's space) a typed space drawn
  as a gap. Page 2 draws its typed spaces: a quarter em (Word's autospace) is no space.
- ja-wrapped, zh-wrapped, ja-justified (DOCX and LibreOffice PDF): Japanese and Chinese paragraphs long
  enough to wrap over two to four lines at 11 pt (ja-justified: the Japanese ones justified, LibreOffice
  then sets every character of a line a little apart, drawing no space): Chinese and Japanese put no
  space between words, so lines ending and starting on kana, Han or their punctuation join with nothing.
The text of every line is the DOCX's: what a reader of each PDF should get back
(tests/pdf-cjk-spacing.test.ts).
"""
import datetime
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docx_common import lo_pdf, mark_language

OUT = 'tests/fixtures/cjk'

RED = 'C00000'
BLUE = '0070C0'

# (colour, text, size in points or None for the default 11). Typed spaces are real and stay;
# boundaries without one must read without one.
JA = [
    (RED, '受付で2024年のカードをお渡しします。', None),           # figures, no space typed
    (BLUE, 'ありがとうございます。Wi-Fiのパスワードを教えてください。', None),  # after 。 and before の
    (RED, '新しい iPhone 16 を使って、Zoom で会議に参加します。', None),  # typed spaces
    (BLUE, 'メールはsupport@example.jpまで、電話は03-1234-5678です。', None),
    (RED, '明日は10時からOKです。', None),
    (BLUE, 'CDを50%オフで買いました。', None),                     # Latin first, % before kana
    (RED, 'そうですね、OK。それでは BGM を流します。', None),       # mixed: untyped and typed
    (BLUE, '音声はMP3形式で、長さは30秒です。', 14),               # larger type
    (RED, '注：詳細はwebサイトで確認してください。', 8),            # smaller type
]

ZH = [
    (RED, '欢迎使用 iPhone 的语音助手。', None),                    # typed spaces
    (BLUE, '我们在2024年发布了iPhone应用。', None),                 # none typed
    (RED, '请在3点前打开Microsoft Teams，然后点击“加入会议”。', None),
    (BLUE, '这个 App 支持 5G 网络。', None),                        # typed spaces
    (RED, '价格是99元，比iPad便宜。', None),
    (BLUE, '第2集的录音用了45分钟。', 14),
    # Bold Han around a figure typed with spaces in regular type: WenQuanYi has no bold, LibreOffice
    # strokes the letters, and draws the space after the bold run in a text operator of its own.
    (RED, [('我们在', True), (' 2024 ', False), ('年发布了新版本。', True)], None),
]


# Paragraphs long enough to wrap (colour, text), typed with no space between words.
WRAP_JA = [
    (RED, '本日は当館の特別展示にお越しいただき、誠にありがとうございます。この展示では、江戸時代から明治時代にかけての町の暮らしを、当時の道具や絵図とともにご紹介します。順路に沿って、ごゆっくりご覧ください。'),
    (BLUE, '受付でお渡ししたカードには、展示の解説を聞くための番号が書かれています。お手持ちのスマートフォンでWi-Fiに接続し、番号を入力すると、それぞれの展示の前で解説をお聞きいただけます。'),
    (RED, '館内での撮影は、フラッシュを使わなければ自由です。ただし、一部の展示品は撮影できませんので、係員の案内に従ってください。'),
]
WRAP_ZH = [
    (RED, '欢迎来到本馆的特别展览。本次展览介绍了从明代到清代的城市生活，展出了当时的日常用品、地图和书画作品。请按照参观路线慢慢欣赏，如有问题可以随时询问工作人员。'),
    (BLUE, '您在服务台领取的卡片上印有讲解编号。请用手机连接馆内的无线网络，输入编号后，就可以在每件展品前收听讲解。讲解共有中文、英文和日文三种语言。'),
]


def script(lines, lang=None, justified=False):
    d = Document()
    d.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)  # a rebuild writes the same file
    for colour, text, size in lines:
        p = d.add_paragraph()
        if justified:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        # A line is its text, or runs of (text, bold).
        for part, bold in ([(text, False)] if isinstance(text, str) else text):
            run = p.add_run(part)
            run.bold = bold or None
            run.font.color.rgb = RGBColor.from_string(colour)
            if size:
                run.font.size = Pt(size)
            if lang:
                mark_language(run, *lang)
    return d


def esc(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def chromium_page():
    """Three blocks of the Japanese lines (the 8 pt and 14 pt ones at their sizes), each line a paragraph in its voice's colour."""
    def block(title, css):
        paras = ''.join(
            '<p style="color:#%s;font-size:%spt">%s</p>' % (colour, size or 11, esc(text)) for colour, text, size in JA
        )
        return '<section style="%s"><!-- %s -->%s</section>' % (css, esc(title), paras)

    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>'
        '@page { size: A4; margin: 2cm } body { margin: 0 } p { margin: 0 0 6pt 0 } section { break-after: page }'
        '</style></head><body>'
        + block('WenQuanYi', "font-family: 'WenQuanYi Micro Hei'; text-autospace: normal")
        + block('DejaVu', "font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei'; text-autospace: normal")
        + block('none', "font-family: 'WenQuanYi Micro Hei'; text-autospace: no-autospace")
        + '</body></html>'
    )


TEX = r"""\documentclass{article}
\usepackage[a4paper,margin=2cm]{geometry}
\usepackage{fontspec}
\usepackage{xcolor}
\setmainfont{WenQuanYi Micro Hei}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\raggedright
\begin{document}
%s
\end{document}
"""


def tex_source():
    """Each line a paragraph in its voice's colour and size (plain XeTeX breaks no line of kana: every line is short)."""
    paras = []
    for colour, text, size in JA:
        size = size or 11
        paras.append('{\\fontsize{%dpt}{%dpt}\\selectfont\\color[HTML]{%s}%s\\par}' % (size, round(size * 1.4), colour, text.replace('%', '\\%')))
    return TEX % '\n'.join(paras)


def xelatex_pdf(name, source):
    import shutil
    tex = os.path.join(OUT, name + '.tex')
    with open(tex, 'w', encoding='utf-8') as f:
        f.write(source)
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(tex, work)
        subprocess.run(['xelatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(OUT, name + '.pdf'))


# Lines of ja-autospace-tj.pdf by page: '|' marks a gap of 0.2 em, '~' of 0.26 em, '^' of 0.25 em,
# none of them a space glyph; ' ' is a space glyph drawn.
TJ_PAGES = [
    [(RED, '受付で|2024|年のカードをお渡しします。'), (BLUE, '新しい~iPhone~16~を使います。')],
    [(RED, 'ありがとうございます。Wi-Fi^のパスワードです。'), (BLUE, 'それでは BGM を流します。')],
]
TJ_GAPS = {b'|': b'-200', b'~': b'-260', b'^': b'-250'}


def tj_pdf(path):
    """ja-autospace-tj.pdf (see the module's notes)."""
    import re
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont('WQY', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
    raw = path + '.raw'
    c = canvas.Canvas(raw, pageCompression=0, invariant=1)
    for page in TJ_PAGES:
        y = 760
        for colour, text in page:
            c.setFont('WQY', 11)
            c.setFillColorRGB(*(int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)))
            c.drawString(72, y, text)
            y -= 24
        c.showPage()
    c.save()
    data = open(raw, 'rb').read()

    def tj(m):
        body = m.group(1)
        for mark, gap in TJ_GAPS.items():
            body = body.replace(mark, b') ' + gap + b' (')
        return b'[(' + body + b')] TJ'
    data = re.sub(rb'\((.*?)\) Tj', tj, data)
    open(raw, 'wb').write(data)
    # The edit moved every object after it: mutool writes the file anew (cross-reference, lengths).
    subprocess.run(['mutool', 'clean', '-gg', '-z', raw, path], check=True, capture_output=True)
    os.remove(raw)


def main():
    os.makedirs(OUT, exist_ok=True)
    ja = os.path.join(OUT, 'ja-autospace.docx')
    zh = os.path.join(OUT, 'zh-autospace.docx')
    script(JA).save(ja)
    script(ZH, ('en-US', 'zh-CN')).save(zh)
    wrapped = []
    for name, lines, lang, justified in (('ja-wrapped', WRAP_JA, 'ja-JP', False), ('zh-wrapped', WRAP_ZH, 'zh-CN', False), ('ja-justified', WRAP_JA, 'ja-JP', True)):
        wrapped.append(os.path.join(OUT, name + '.docx'))
        script([(colour, text, None) for colour, text in lines], ('en-US', lang), justified).save(wrapped[-1])
    if not subprocess.run(['fc-list', ':lang=ja'], capture_output=True, text=True).stdout.strip():
        print('no Japanese font (fc-list :lang=ja): the PDFs were not made again')
        return
    for docx in [ja, zh, *wrapped]:
        lo_pdf(docx, OUT)
    html = os.path.join(OUT, 'ja-autospace-chromium.html')
    with open(html, 'w', encoding='utf-8') as f:
        f.write(chromium_page())
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, 'ja-autospace-chromium.pdf'), html], check=True, stderr=subprocess.DEVNULL)
    xelatex_pdf('ja-spaces-xelatex', tex_source())
    tj_pdf(os.path.join(OUT, 'ja-autospace-tj.pdf'))


if __name__ == '__main__':
    main()
