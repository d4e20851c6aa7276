"""Chinese and Japanese scripts coded by speaker labels, every line black (tests/cjk-labels.test.ts).

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-cjk-label-fixtures.py
Writes tests/fixtures/cjk-labels/*.docx, and each one's PDF by LibreOffice (`soffice --headless
--convert-to pdf`) when a Chinese font is installed (`fc-list :lang=zh`; the committed PDFs were made
with Debian's fonts-wqy-microhei, WenQuanYi Micro Hei, which has kana too): without one, LibreOffice
draws boxes, and the PDFs are left as they are.

The label forms are the ones writers and studios describe (see tests/fixtures/cjk-labels/README.md):
`旁白：…` (a full-width colon, or an ASCII one with no space), `【解说】…` (radio drama, no colon),
`太郎「…」` (Japanese: the name, then the line in corner brackets), `NA：` (Japanese narration),
a name alone on its line above its text; and a negative: a notice whose sentences hold colons
(`时间：`, `注意：`, `老师说：`) and no speaker at all. Korean (`해설자: …`, `[내레이션] …`, and a
notice with `시간:`, `주의:` as its negative), Japanese in full-width capitals (`ＮＡ：`), and Japanese
with a direction in brackets before the name (`【小声で】太郎「…」`).

Runs are marked as Word marks text typed with an East Asian keyboard on an English system:
`<w:lang w:val="en-US" w:eastAsia="zh-CN"/>` (or ja-JP), ECMA-376 Part 1 §17.3.2.20.
"""
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = 'tests/fixtures/cjk-labels'


def mark_language(run, east_asian):
    rpr = run._r.get_or_add_rPr()
    lang = OxmlElement('w:lang')
    lang.set(qn('w:val'), 'en-US')
    lang.set(qn('w:eastAsia'), east_asian)
    rpr.append(lang)


def script(paragraphs, east_asian):
    """A document of black paragraphs; a paragraph given as (level, text) is a heading of that level."""
    d = Document()
    for p in paragraphs:
        if isinstance(p, tuple):
            paragraph = d.add_heading('', p[0])
            text = p[1]
        else:
            paragraph = d.add_paragraph()
            text = p
        mark_language(paragraph.add_run(text), east_asian)
    return d


# A promotional film's voice-over: fields above, a full-width colon after most labels, an ASCII colon
# with no space after one, a colon inside a line, a sound effect.
ZH_COLON = [
    (1, '《智慧城市》宣传片配音稿'),
    '时长：60秒',
    '版本：第二稿',
    '旁白：欢迎来到智慧城市。',
    '小明:今天我们去哪里？',
    '旁白：这里的每一盏路灯都会思考。',
    '小红：我们去科技馆吧！',
    '音效：汽车驶过',
    '小明：好啊，出发！记住：安全第一。',
    '旁白：智慧城市，让生活更美好。',
]

# A radio drama: labels in lenticular brackets, no colon (广播剧: 【解说】…), one sound effect.
ZH_BRACKETS = [
    (1, '广播剧《二泉映月》第三场'),
    '【解说】夜深了，月亮从惠山慢慢升起。',
    '【阿炳】这琴声，就是我的心声。',
    '【秀金】你又在泉边拉琴了。',
    '【音效】泉水流动的声音',
    '【阿炳】明天我再拉给你听。',
    '【秀金】好，我等着。',
    '【解说】琴声凄切而委婉，像是在诉说什么。',
]

# A Japanese TV piece: NA： for the narration, the characters' lines in corner brackets, SE： directions.
JA = [
    (1, '朝の駅　ナレーション台本'),
    'SE：目覚まし時計の音',
    'NA：東京の朝は早い。',
    '太郎「おはようございます。」',
    '花子「おはよう、太郎くん。今日は早いね。」',
    'NA：駅には人があふれている。',
    '太郎「電車が来たよ！」',
    '花子「急ごう！」',
]

# Names alone on their lines, the text below (a dubbing script typed in Word); one name with a colon.
ZH_NAME_LINES = [
    (1, '纪录片《长江》第一集'),
    '旁白',
    '长江发源于青藏高原。',
    '老渔民',
    '我在这条江上打了四十年的鱼。',
    '旁白：',
    '江水一路向东，流过十一个省份。',
    '老渔民',
    '现在的鱼，比以前少多了。',
    '旁白',
    '保护长江，就是保护我们自己。',
]

# A notice: colons inside sentences and fields, nobody speaking.
ZH_PROSE = [
    (1, '关于安全培训的通知'),
    '时间：下周三下午三点',
    '地点：二楼会议室',
    '各位同事：本次培训包括消防安全和用电安全两部分。',
    '注意：请提前十分钟到场。',
    '培训老师说：安全第一，预防为主。',
    '注意：培训结束后有一次小测验。',
    '时间：约两个小时。',
    '请大家准时参加。',
]


# A Korean radio tale (라디오 동화): `이름:` labels, a space before the colon or none after it, a name of
# two words (`젊은 쥐`), a direction in brackets after the label, fields above (분량, 등장인물), a sound
# effect (효과음). Korean is written with spaces: its words are counted by them.
KO_COLON = [
    (1, '라디오 동화 《고양이 목에 방울》 대본'),
    '분량: 3분',
    '등장인물: 해설자, 젊은 쥐, 늙은 쥐',
    '해설자: 옛날 어느 부잣집 광에 쥐들이 모여 살았어요.',
    '젊은 쥐: (주먹을 쥐며) 이대로는 안 됩니다. 대책을 세웁시다!',
    '효과음: 고양이 울음소리',
    '늙은 쥐 : 그래, 좋은 방법이 있으면 말해 보게.',
    '해설자: 쥐들은 밤새 머리를 맞대고 의논했어요.',
    '젊은 쥐:고양이 목에 방울을 달면 어떨까요?',
    '늙은 쥐: 좋은 생각이구나. 그런데 누가 방울을 달지?',
    '해설자: 그 말에 아무도 대답하지 못했답니다.',
]

# A Korean documentary narration: labels in square brackets, no colon (`[내레이션] …`), an
# interviewee, a sound effect in brackets.
KO_BRACKETS = [
    (1, '다큐멘터리 《바다의 시간》 1부'),
    '[내레이션] 새벽 네 시, 작은 포구에 불이 켜집니다.',
    '[선장] 바다는 매일 얼굴이 달라요.',
    '[효과음] 뱃고동 소리',
    '[내레이션] 그는 사십 년 동안 이 바다를 지켜 왔습니다.',
    '[선장] 그래도 바다가 있어서 살았지요.',
    '[내레이션] 오늘도 배는 바다로 나갑니다.',
]

# A Korean notice: fields and notes with colons (시간, 장소, 주의, 준비물, 문의), a sentence quoting
# someone (`담당자가 말했다:`), a greeting used once: nobody speaking.
KO_PROSE = [
    (1, '안전 교육 안내'),
    '시간: 다음 주 수요일 오후 3시',
    '장소: 본관 2층 대회의실',
    '임직원 여러분: 이번 교육은 화재 안전과 전기 안전으로 나뉩니다.',
    '주의: 교육 시작 10분 전까지 입장해 주십시오.',
    '준비물: 필기도구',
    '교육 담당자가 말했다: 안전이 가장 먼저입니다.',
    '주의: 교육이 끝나면 간단한 시험이 있습니다.',
    '문의: 총무팀 내선 1234',
    '많은 참석 바랍니다.',
]

# A Japanese TV piece typed with full-width Latin capitals (`ＮＡ：`, `ＳＥ：`), as Japanese input
# methods type them; the config written by hand says `NA`.
JA_FULLWIDTH = [
    (1, '商店街の朝　ナレーション原稿'),
    'ＳＥ：シャッターの開く音',
    'ＮＡ：商店街の一日が始まる。',
    '店主「いらっしゃいませ！」',
    'ＮＡ：この店は創業五十年になる。',
    '客「コロッケを二つください。」',
    '店主「はい、揚げたてですよ。」',
    'ＮＡ：昔から変わらない味だ。',
    '客「また来ます。」',
]

# A Japanese voice drama: a direction in brackets before the name (`【小声で】太郎「…」`,
# `（笑いながら）花子「…」`), not spoken; `NA：` narration.
JA_DIRECTIONS = [
    (1, 'ボイスドラマ「図書室の秘密」'),
    'NA：放課後の図書室は静かだった。',
    '【小声で】太郎「誰かいるのかな。」',
    '花子「ここにいるよ。」',
    '（笑いながら）花子「驚いた？」',
    '太郎「びっくりした！」',
    'NA：二人は顔を見合わせた。',
]


def to_pdf(docx):
    """LibreOffice's PDF of `docx` beside it, in a profile of its own."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx],
                       check=True, capture_output=True)


def main():
    import subprocess
    os.makedirs(OUT, exist_ok=True)
    made = []
    for paragraphs, language, name in [
        (ZH_COLON, 'zh-CN', 'zh-colon-labels'),
        (ZH_BRACKETS, 'zh-CN', 'zh-bracket-labels'),
        (JA, 'ja-JP', 'ja-labels'),
        (ZH_NAME_LINES, 'zh-CN', 'zh-name-lines'),
        (ZH_PROSE, 'zh-CN', 'zh-prose-colons'),
        (KO_COLON, 'ko-KR', 'ko-colon-labels'),
        (KO_BRACKETS, 'ko-KR', 'ko-bracket-labels'),
        (KO_PROSE, 'ko-KR', 'ko-prose-colons'),
        (JA_FULLWIDTH, 'ja-JP', 'ja-fullwidth-labels'),
        (JA_DIRECTIONS, 'ja-JP', 'ja-direction-names'),
    ]:
        path = os.path.join(OUT, name + '.docx')
        script(paragraphs, language).save(path)
        made.append(path)
    fonts = subprocess.run(['fc-list', ':lang=zh'], capture_output=True, text=True).stdout.strip()
    if fonts:
        # The four first scripts, and the two Japanese ones of the second lot (WenQuanYi has kana).
        for path in made[:4] + [p for p in made[5:] if os.path.basename(p).startswith('ja-')]:
            to_pdf(path)
    else:
        print('no Chinese font (fc-list :lang=zh): the PDFs were not made again')
    # The Korean fixtures have no PDF: no Korean font was installed where they were made
    # (`fc-list :lang=ko` empty; WenQuanYi Micro Hei has no Hangul), and LibreOffice would draw boxes.


if __name__ == '__main__':
    main()
