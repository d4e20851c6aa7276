"""WeasyPrint 57.2: a short English script with text struck through three ways (<s>, <del>,
text-decoration: line-through), one of them over a line that wraps, beside underlined and overlined
words that stay, and a bulleted list (<ul>) of a voice's lines. WeasyPrint fills a thin bar through
the letters for each strike. Struck text is cut: it is not in the data.

/usr/bin/python3 scripts/pdf-producers/weasyprint_struck.py
(writes wp-struck-en.html, then runs `weasyprint wp-struck-en.html wp-struck-en.pdf`)
"""
import html
import subprocess

from common import out_path, write_script

NAME = 'wp-struck-en'
VOICES = {'Narrator': {'color': '#0070C0'}, 'Expert': {'color': '#00B050'}, 'Learner': {'color': '#FF0000'}}

# (tag, voice, [(text, how)]): how is None (kept) or the HTML that strikes or marks it.
SCRIPT = [
    ('p', None, [('Safety at work — module 3, script v4', None)]),
    ('p', 'Narrator', [('Welcome to the course. ', None), ('This sentence was cut by the client.', 's'), (' Let us begin with the ladder.', None)]),
    ('p', 'Expert', [('A whole line the client removed from the script, long enough to wrap onto a second line of the page so that both of its lines are struck through.', 'del')]),
    ('p', 'Expert', [('Keep these words, ', None), ('underlined', 'u'), (' and ', None), ('overlined', 'o'), (', they are all read.', None)]),
    ('p', 'Learner', [('Gone', 'line-through'), (' but this stays on the page.', None)]),
    ('li', 'Expert', [('Check the ladder before you climb it, every single time, even when the job takes a minute and someone is waiting for you at the bottom.', None)]),
    ('li', 'Expert', [('Wear your helmet and your boots.', None)]),
    ('p', 'Narrator', [('That is all for today. ', None), ('See you next week.', 'line-through')]),
]
COLOUR = {v: c['color'] for v, c in VOICES.items()}
MARK = {
    's': ('<s>', '</s>'), 'del': ('<del>', '</del>'), 'line-through': ('<span style="text-decoration: line-through">', '</span>'),
    'u': ('<span style="text-decoration: underline">', '</span>'), 'o': ('<span style="text-decoration: overline">', '</span>'),
}
STRUCK = {'s', 'del', 'line-through'}


def build():
    body = []
    in_list = False
    for tag, voice, pieces in SCRIPT:
        if tag == 'li' and not in_list:
            body.append('<ul>')
            in_list = True
        if tag != 'li' and in_list:
            body.append('</ul>')
            in_list = False
        style = f' style="color:{COLOUR[voice]}"' if voice else ''
        inner = ''.join(MARK[how][0] + html.escape(text) + MARK[how][1] if how else html.escape(text) for text, how in pieces)
        body.append(f'<{tag}{style}>{inner}</{tag}>')
    if in_list:
        body.append('</ul>')
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>'
            '@page { size: A5; margin: 18mm } body { font-family: "DejaVu Sans"; font-size: 11pt } p, li { margin: 0 0 8pt }'
            '</style></head><body>\n' + '\n'.join(body) + '\n</body></html>\n')
    src = out_path(NAME, 'html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(page)
    subprocess.run(['weasyprint', src, out_path(NAME, 'pdf')], check=True, capture_output=True)
    paras = []
    for tag, voice, pieces in SCRIPT:
        kept = ''.join(text for text, how in pieces if how not in STRUCK)
        kept = ' '.join(kept.split())
        if kept:
            paras.append([[voice, kept]])
    write_script(NAME, 'WeasyPrint 57.2', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
