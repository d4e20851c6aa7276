"""LibreOffice 7.4.7.2: French scripts written as flat ODT by hand, converted to DOCX with
`soffice --headless --convert-to docx`.

lo-frames-fr: an e-learning script, voices as a character style colour, a character style
background, a paragraph style background, table cell backgrounds and text frames filled with a
colour; tracked changes (a deletion, an insertion), hidden text, a fixed author field, a footnote, a
header, and a frame with no fill holding the narrator's words.

lo-toc-fr: an audiobook chapter opening with a table of contents (text:table-of-content, its
entries as LibreOffice last generated them), the narrator in plain black, two characters in colour.

/usr/bin/python3 scripts/docx-producers/lo_frames.py
"""
import json
import os
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'docx-producers'))
NAME = 'lo-frames-fr'
FIXED = (2025, 9, 1, 8, 0, 0)


def fr(s):
    """French typography as Word's autocorrect writes it (scripts/lib/script-data.mjs fr)."""
    return (s.replace("'", '\u2019').replace('« ', '«\u00a0').replace(' »', '\u00a0»').replace(' :', '\u00a0:')
            .replace(' ?', '\u202f?').replace(' !', '\u202f!').replace(' ;', '\u202f;'))


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:language="fr" fo:country="FR"/></style:style>
<style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Formatrice" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:background-color="#e2efda"/></style:style>
<style:style style:name="Narrateur" style:family="text"><style:text-properties fo:color="#1f4e79"/></style:style>
<style:style style:name="Apprenant" style:family="text"><style:text-properties fo:background-color="#ffe699"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties fo:border="none" draw:fill="none"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Cache" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="Encadre" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties draw:fill="solid" draw:fill-color="#fff2cc" fo:background-color="#fff2cc" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" fo:padding="0.2cm"/></style:style>
<style:style style:name="Transparent" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center"/></style:style>
<style:style style:name="Quiz" style:family="table-cell"><style:table-cell-properties fo:background-color="#ddebf7" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Bord" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Standard"><text:span text:style-name="Narrateur">Premiers secours — script voix off v3</text:span></text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes>
<text:changed-region text:id="del1"><text:deletion><office:change-info><dc:creator>Cliente</dc:creator><dc:date>2025-09-01T08:00:00</dc:date></office:change-info><text:p>le plus vite possible et </text:p></text:deletion></text:changed-region>
<text:changed-region text:id="ins1"><text:insertion><office:change-info><dc:creator>Cliente</dc:creator><dc:date>2025-09-01T08:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
"""


def span(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, escape(text))


def build():
    body = []
    paras = []
    N, F, A, T, Q = 'Narrateur', 'Formatrice', 'Apprenant', 'Témoignage', 'Quiz'

    def p(segs, style='Standard', xml=None):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, xml if xml is not None else ''.join(
            span(s, fr(t)) if s else escape(fr(t)) for s, t in segs)))

    title = 'Module 5 — Les premiers secours'
    p([(None, title)], 'Titre')
    paras.append([[None, fr(title)]])

    t = 'Bienvenue dans ce module. En vingt minutes, vous apprendrez les trois gestes qui sauvent.'
    p([('Narrateur', t)])
    paras.append([[N, fr(t)]])

    # A footnote in the narrator's words (not a line), then hidden text (not seen).
    before, note, after = 'Le premier geste : protéger', 'Prononcer « protéger » en détachant les syllabes.', ', c\'est-à-dire éviter un suraccident.'
    xml = ('<text:span text:style-name="Narrateur">%s<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
           '<text:note-body><text:p text:style-name="Standard">%s</text:p></text:note-body></text:note>%s</text:span>'
           '<text:span text:style-name="Cache"> (prise alternative : sécuriser la zone)</text:span>') % (escape(fr(before)), escape(fr(note)), escape(fr(after)))
    p(None, xml=xml)
    paras.append([[N, fr(before + after)]])

    t = 'Et si la personne ne répond pas ?'
    p([('Apprenant', t)])
    paras.append([[A, fr(t)]])

    t = 'Alors on alerte : le 15, le 18 ou le 112.'
    p([(None, t)], 'Formatrice')
    paras.append([[F, fr(t)]])

    # Tracked changes: a deletion inside the formatrice's sentence, an insertion after it.
    kept1, kept2, inserted = 'Il faut appeler ', 'en restant calme', ', sans raccrocher le premier.'
    xml = ('%s<text:change text:change-id="del1"/>%s<text:change-start text:change-id="ins1"/>%s<text:change-end text:change-id="ins1"/>'
           % (escape(fr(kept1)), escape(fr(kept2)), escape(fr(inserted))))
    p(None, 'Formatrice', xml=xml)
    paras.append([[F, fr(kept1 + kept2 + inserted)]])

    # A fixed author field inside the narrator's span: its value is text a reader sees.
    xml = '<text:span text:style-name="Narrateur">%s<text:author-name text:fixed="true">Claire Martin</text:author-name>%s</text:span>' % (
        escape(fr('Écoutons le témoignage de ')), escape('.'))
    p(None, xml=xml)
    paras.append([[N, fr('Écoutons le témoignage de Claire Martin.')]])

    # Frames filled pale yellow: the testimony, read after the paragraph it is anchored in.
    def framed(anchor, frame_text, style, voice, frame_voice, name):
        xml = ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="paragraph" svg:width="14cm"><draw:text-box fo:min-height="0.8cm">'
               '<text:p text:style-name="Standard">%s</text:p></draw:text-box></draw:frame>%s') % (
            style, name, span('Narrateur', fr(frame_text)) if frame_voice == N else escape(fr(frame_text)),
            span('Narrateur', fr(anchor)) if voice == N else escape(fr(anchor)))
        p(None, xml=xml)
        paras.append([[voice, fr(anchor)]])
        paras.append([[frame_voice, fr(frame_text)]])

    framed('Voici ce qu\'elle nous a raconté.', 'J\'ai vu mon voisin tomber dans l\'escalier. Je n\'ai pas réfléchi, j\'ai appelé tout de suite.', 'Encadre', N, T, 'Cadre1')
    framed('Elle poursuit.', 'Au téléphone, on m\'a guidée pas à pas jusqu\'à l\'arrivée des pompiers.', 'Encadre', None, T, 'Cadre2')
    # A frame with no fill: the narrator's colour alone, and read once (not from both branches of mc:AlternateContent).
    framed('À retenir.', 'Protéger, alerter, secourir.', 'Transparent', None, N, 'Cadre3')

    # A quiz table: the question cells shaded pale blue.
    rows = [('Question', 'Réponse'), ('Quel numéro appeler en Europe ?', 'Le 112.'), ('Que faire en premier ?', 'Protéger.')]
    xml = ['<table:table table:name="Quiz"><table:table-column table:number-columns-repeated="2"/>']
    for i, (q, a) in enumerate(rows):
        cell = 'Bord' if i == 0 else 'Quiz'
        xml.append('<table:table-row><table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="Standard">%s</text:p></table:table-cell>'
                   '<table:table-cell table:style-name="Bord" office:value-type="string"><text:p text:style-name="Standard">%s</text:p></table:table-cell></table:table-row>'
                   % (cell, escape(fr(q)), escape(fr(a))))
        paras.append([[None if i == 0 else Q, fr(q)]])
        paras.append([[None, fr(a)]])
    xml.append('</table:table>')
    body.append(''.join(xml))

    t = 'Bravo, vous avez terminé ce module.'
    p([('Narrateur', t)])
    paras.append([[N, fr(t)]])

    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + '.fodt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(HEAD + '\n'.join(body) + '\n</office:text></office:body></office:document>\n')
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', 'docx', '--outdir', tmp, src],
                       check=True, capture_output=True)
        with open(src, encoding='utf-8') as f:
            fodt = f.read()
        with open(os.path.join(OUT, NAME + '.fodt'), 'w', encoding='utf-8') as f:
            f.write(fodt)
        stabilise(os.path.join(tmp, NAME + '.docx'), os.path.join(OUT, NAME + '.docx'))

    data = {
        'name': NAME,
        'producer': 'LibreOffice 7.4.7.2',
        'description': __doc__.strip().split('\n\n')[1].split(': ', 1)[1],
        'voices': {N: {'color': '#1F4E79'}, F: {'highlight': '#E2EFDA'}, A: {'highlight': '#FFE699'}, T: {'highlight': '#FFF2CC'}, Q: {'highlight': '#DDEBF7'}},
        'unassigned': ['#000000'],
        'paras': [{'segs': s} for s in paras],
    }
    with open(os.path.join(OUT, NAME + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


def stabilise(src, dst):
    """Fixed zip times and document dates: rebuilds are byte-identical."""
    import re
    with zipfile.ZipFile(src) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == 'docProps/core.xml':
                data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2025-09-01T08:00:00Z', data)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


TOC_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:language="fr" fo:country="FR"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Lea" style:display-name="Léa" style:family="text"><style:text-properties fo:color="#7030a0"/></style:style>
<style:style style:name="Marc" style:family="text"><style:text-properties fo:color="#c55a11"/></style:style>
</office:styles>
<office:body><office:text>
"""


def build_toc():
    name = 'lo-toc-fr'
    chapters = [
        ('Chapitre un : le départ', [
            (None, 'Il partit à l\'aube, sans un mot pour personne. Le village dormait encore.'),
            ('Léa', '« Tu pars déjà ? »'),
            (None, 'Il ne répondit pas. Il referma la porte derrière lui.'),
        ]),
        ('Chapitre deux : la route', [
            (None, 'La route longeait la mer pendant des kilomètres.'),
            ('Marc', '« Monte, je vais jusqu\'au port. »'),
            (None, 'Il monta sans hésiter.'),
        ]),
    ]
    style = {'Léa': 'Lea', 'Marc': 'Marc'}
    entries = ''.join('<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#__RefHeading__%d" text:style-name="Index_20_Link">%s<text:tab/>%d</text:a></text:p>'
                      % (k, escape(fr(title)), k + 1) for k, (title, _) in enumerate(chapters))
    body = ['<text:table-of-content text:protected="true" text:name="Table des matières1"><text:table-of-content-source text:outline-level="1">'
            '<text:index-title-template text:style-name="Contents_20_Heading">Sommaire</text:index-title-template>'
            '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start/><text:index-entry-chapter/>'
            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
            '</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" text:name="Table des matières1_Head">'
            '<text:p text:style-name="Contents_20_Heading">Sommaire</text:p></text:index-title>%s</text:index-body></text:table-of-content>' % entries]
    paras = []
    for k, (title, lines) in enumerate(chapters):
        body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark-start text:name="__RefHeading__%d"/>%s<text:bookmark-end text:name="__RefHeading__%d"/></text:h>'
                    % (k, escape(fr(title)), k))
        paras.append([['Narrateur', fr(title)]])
        for voice, text in lines:
            inner = escape(fr(text))
            body.append('<text:p text:style-name="Standard">%s</text:p>' % ('<text:span text:style-name="%s">%s</text:span>' % (style[voice], inner) if voice else inner))
            paras.append([[voice or 'Narrateur', fr(text)]])
    head = TOC_HEAD.replace('<office:document ', '<office:document xmlns:xlink="http://www.w3.org/1999/xlink" ', 1)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + '.fodt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(head + '\n'.join(body) + '\n</office:text></office:body></office:document>\n')
        subprocess.run(['soffice', '-env:UserInstallation=file://%s/profile' % tmp, '--headless', '--convert-to', 'docx', '--outdir', tmp, src],
                       check=True, capture_output=True)
        with open(src, encoding='utf-8') as f:
            fodt = f.read()
        with open(os.path.join(OUT, name + '.fodt'), 'w', encoding='utf-8') as f:
            f.write(fodt)
        stabilise(os.path.join(tmp, name + '.docx'), os.path.join(OUT, name + '.docx'))
    data = {
        'name': name,
        'producer': 'LibreOffice 7.4.7.2',
        'description': 'audiobook chapter opening with a table of contents (two entries, each a chapter title and its page number); the narrator in plain black, Léa and Marc in colour. The table of contents is not read aloud: not in the data',
        'voices': {'Narrateur': {'color': '#000000'}, 'Léa': {'color': '#7030A0'}, 'Marc': {'color': '#C55A11'}},
        'unassigned': ['#7F7F7F'],
        'paras': [{'segs': s} for s in paras],
    }
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    build()
    build_toc()
