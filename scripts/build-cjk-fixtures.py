"""Scripts in Chinese and Japanese, two voices by text colour, for the word rule of scripts written
without spaces between words (tests/cjk.test.ts).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-cjk-fixtures.py
Writes tests/fixtures/cjk/*.docx (zh-two-voices-revised.docx: the Chinese script with two lines changed),
and the PDFs LibreOffice makes of zh-two-voices and ja-two-voices when a Chinese font is installed
(`fc-list :lang=zh`; the committed ones with Debian's fonts-wqy-microhei, which has kana too).

Each run is marked as Word marks text typed with an East Asian keyboard on an English system:
`<w:lang w:val="en-US" w:eastAsia="zh-CN"/>` (w:val is the language of Latin text, w:eastAsia the
language of East Asian text, ECMA-376 Part 1 §17.3.2.20). The Japanese script has no w:lang at all
(python-docx's template sets none in its runs; its styles say en-US only).
"""
import os

from docx import Document
from docx.shared import RGBColor

from docx_common import lo_pdf, mark_language

OUT = 'tests/fixtures/cjk'

RED = 'C00000'
BLUE = '0070C0'

# (colour, text). Latin brand names inside the Chinese lines.
ZH = [
    (RED, '欢迎使用 iPhone 的语音助手。'),
    (BLUE, '请打开 Microsoft Teams，然后点击“加入会议”。'),
    (RED, '会议将在三点开始。'),
    (BLUE, '谢谢，我马上加入。'),
]

# The same script revised (tests/cjk-outputs.test.ts, `vo-lines diff`): one character changed in a
# line of each voice, as a translator's correction is.
ZH_REVISED = [
    ZH[0],
    ZH[1],
    (RED, '会议将在四点开始。'),
    (BLUE, '谢谢，我现在加入。'),
]

# A Japanese exchange: kanji, hiragana, katakana, one Latin word and a figure.
JA = [
    (RED, 'こんにちは、東京へようこそ。'),
    (BLUE, 'ありがとうございます。Wi-Fiのパスワードを教えてください。'),
    (RED, '受付で2024年のカードをお渡しします。'),
]


def script(lines, lang=None):
    d = Document()
    for colour, text in lines:
        run = d.add_paragraph().add_run(text)
        run.font.color.rgb = RGBColor.from_string(colour)
        if lang:
            mark_language(run, *lang)
    return d


def main():
    os.makedirs(OUT, exist_ok=True)
    script(ZH, ('en-US', 'zh-CN')).save(os.path.join(OUT, 'zh-two-voices.docx'))
    script(ZH_REVISED, ('en-US', 'zh-CN')).save(os.path.join(OUT, 'zh-two-voices-revised.docx'))
    script(JA).save(os.path.join(OUT, 'ja-two-voices.docx'))
    import subprocess
    if subprocess.run(['fc-list', ':lang=zh'], capture_output=True, text=True).stdout.strip():
        for name in ['zh-two-voices', 'ja-two-voices']:
            lo_pdf(os.path.join(OUT, name + '.docx'), OUT)
    else:
        print('no Chinese font (fc-list :lang=zh): the PDFs were not made again')


if __name__ == '__main__':
    main()
