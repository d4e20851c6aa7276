"""python-docx then LibreOffice (`soffice --headless --convert-to pdf`): a script of one-line
paragraphs set a blank line apart (python-docx's default template), its legend a body paragraph
ending on its last entry with no full stop ("Key: Narrator = blue; Expert = green; black = not
recorded"), each screen's heading ("Screen 1") right under it, the script repeated after a page
break. No line wraps anywhere, but its widest line is drawn twice (once a page) and the legend
ends within two ems of it: the legend must not run on into "Screen 1" (which was read with it
and left out of the lines with the legend).

/usr/bin/python3 scripts/pdf-producers/lo_legend_two_pages.py
(writes lo-legend-two-pages.docx, .pdf and .json)
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import RGBColor

from common import lo_pdf, out_path, write_script

NAME = 'lo-legend-two-pages'
VOICES = {'Narrator': {'color': '#0000FF'}, 'Expert': {'color': '#00B050'}}
HEX = {'Narrator': '0000FF', 'Expert': '00B050'}
SCREENS = [
    [('Narrator', 'Welcome to the warehouse safety course for new starters.'),
     ('Expert', 'Always wear your high visibility vest in the loading bay.')],
    [('Narrator', 'Every day more than two hundred people work on this site.'),
     ('Expert', 'Never walk behind a reversing forklift truck, even for a second.'),
     ('Narrator', 'Let us begin with the three rules that keep you safe.')],
    [('Expert', 'Report every near miss to your team leader the same day.'),
     ('Narrator', 'Thank you for following this module to the end.')],
]
HEAD = ['Warehouse Safety Module', 'Client: Northwind Logistics', 'Version 3, 12 May']
LEGEND = 'Key: Narrator = blue; Expert = green; black = not recorded'


def build():
    doc = Document()
    paras = []

    def para(voice, text, legend=False):
        r = doc.add_paragraph().add_run(text)
        if voice:
            r.font.color.rgb = RGBColor.from_string(HEX[voice])
        paras.append({'segs': [[voice, text]], 'legend': True} if legend else [[voice, text]])

    for text in HEAD:
        para(None, text)
    para(None, LEGEND, legend=True)
    for page in range(2):
        if page:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for n, screen in enumerate(SCREENS, 1):
            para(None, f'Screen {n}')
            for voice, text in screen:
                para(voice, text)
    docx = out_path(NAME, 'docx')
    doc.save(docx)
    lo_pdf(docx)
    write_script(NAME, 'python-docx 0.8 + LibreOffice 7.4', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
