"""DOCX files holding imported content (`w:altChunk`, ECMA-376 Part 1 §17.17.2), assembled by hand
(python zipfile; helpers and the Office theme from handmade.py), in the shapes tools write them:

- altchunk-kinds-en: an e-learning module whose body holds one chunk of each kind a producer writes
  (the Open XML SDK's AlternativeFormatImportPartType, docx4j's AltChunkType): a whole Word document
  (`...wordprocessingml.document.main+xml`, a zip inside the zip, as document-merging code writes
  with the SDK), plain text (`text/plain`), HTML with a coloured span (`text/html`), RTF
  (`application/rtf`) and a web archive (`message/rfc822`, html-docx-js's `afchunk.mht`). The Word
  document is read in place (its own styles and theme where this document has none of the same
  name), the text in this document's Normal look; HTML, RTF and MHT are not read and said where they
  stand (`alt-chunk-unread`). Their text is left out of the data: vo-lines does not count it.
- altchunk-damaged-en: chunks that cannot be read: a relationship that is missing, a Word document
  part that is no zip (cut short), a part of no known type, and Word documents nested in each other
  deeper than the reader follows. Each said where it stands; the rest is read.

/usr/bin/python3 scripts/docx-producers/altchunk.py
"""
import io
import zipfile

import handmade as h
from handmade import w_para, w_run, NARRATOR, EXPERT, document, write_script

DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
LEARNER = '<w:color w:val="00B050"/>'
R_AFCHUNK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk'

# A chunk document's own styles: an "Expert" paragraph style and a "Learner" character style that the
# host does not have (they apply as the chunk defines them), and the same Normal as the host's.
CHUNK_STYLES = h.WORD_STYLES.replace('</w:styles>', (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Expert"><w:name w:val="Expert"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:rPr><w:color w:val="C45911" w:themeColor="accent2" w:themeShade="BF"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="LearnerChar"><w:name w:val="Learner"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:rPr><w:color w:val="00B050"/></w:rPr></w:style></w:styles>'))


def zip_bytes(parts):
    """A zip of (name, text or bytes) parts, byte-stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, h.FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()


def rels(extra):
    """The main part's relationships: styles, theme, settings, then `extra` (id, type, target)."""
    items = ''.join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r for r in extra)
    return h.DOC_RELS.replace('</Relationships>', items + '</Relationships>')


def types(overrides, defaults=()):
    """[Content_Types].xml with more Override (part name, type) and Default (extension, type) entries."""
    more = ''.join('<Default Extension="%s" ContentType="%s"/>' % d for d in defaults)
    more += ''.join('<Override PartName="/%s" ContentType="%s"/>' % o for o in overrides)
    return h.CONTENT_TYPES.replace('</Types>', more + '</Types>')


def docx(body, styles=h.WORD_STYLES, chunks=()):
    """A whole package; `chunks` are (id, part name under word/, content type, bytes)."""
    parts = [('[Content_Types].xml', types([('word/' + c[1], c[2]) for c in chunks if c[2]])), ('_rels/.rels', h.RELS),
             ('word/document.xml', document(body)), ('word/_rels/document.xml.rels', rels([(c[0], R_AFCHUNK, c[1]) for c in chunks])),
             ('word/styles.xml', styles), ('word/theme/theme1.xml', h.THEME), ('word/settings.xml', h.SETTINGS)]
    parts += [('word/' + c[1], c[3]) for c in chunks]
    return zip_bytes(parts)


def alt(rid):
    return '<w:altChunk r:id="%s"/>' % rid


def write(name, data):
    with open('%s/%s.docx' % (h.OUT, name), 'wb') as f:
        f.write(data)


# ------------------------------------------------------------------------------------------------
# altchunk-kinds-en
# ------------------------------------------------------------------------------------------------

def kinds():
    name = 'altchunk-kinds-en'
    paras, body = [], []

    def line(voice, text, rpr='', ppr=''):
        body.append(w_para(w_run(text, rpr), ppr))
        paras.append([[voice, text]])

    line(None, 'Module 2 — Safe lifting', ppr='<w:pStyle w:val="Heading1"/>')
    line('Narrator', 'Welcome back to the safety course.', NARRATOR)
    # A whole Word document, merged in as document-merging code does with the Open XML SDK.
    inner, inner_paras = [], []
    inner.append(w_para(w_run('Bend your knees, not your back.'), '<w:pStyle w:val="Expert"/>'))
    inner_paras.append([['Expert', 'Bend your knees, not your back.']])
    inner.append(w_para(w_run('Keep the load close to your body.', NARRATOR)))
    inner_paras.append([['Narrator', 'Keep the load close to your body.']])
    inner.append(w_para(w_run('Can I twist while lifting?', '<w:rStyle w:val="LearnerChar"/>')))
    inner_paras.append([['Learner', 'Can I twist while lifting?']])
    inner.append(w_para(w_run('No: turn your feet instead.', EXPERT)))
    inner_paras.append([['Expert', 'No: turn your feet instead.']])
    body.append(alt('rIdChunk1'))
    paras.extend(inner_paras)
    line('Narrator', 'Two rules from the warehouse notes:', NARRATOR)
    # Plain text: one paragraph a line, in this document's Normal look (black: nobody's).
    text_chunk = 'Lift with a partner above 25 kg.\r\nNever lift above your shoulders.\r\n'
    body.append(alt('rIdChunk2'))
    paras.append([[None, 'Lift with a partner above 25 kg.']])
    paras.append([[None, 'Never lift above your shoulders.']])
    line('Narrator', 'And the poster from the intranet.', NARRATOR)
    # HTML with a coloured span, RTF with a colour table, a web archive: not read, said.
    html = '<html><body><p><span style="color:#C45911">Stop and check the weight first.</span></p></body></html>'
    rtf = '{\\rtf1\\ansi{\\colortbl;\\red0\\green176\\blue80;}\\cf1 Do I need gloves for this?\\par}'
    mht = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="--=_NextPart"\r\n\r\n'
           '----=_NextPart\r\nContent-Location: file:///C:/fake/document.html\r\nContent-Transfer-Encoding: quoted-printable\r\n'
           'Content-Type: text/html; charset="utf-8"\r\n\r\n<html><body><p style=3D"color:#404040">Thank you for watching.</p></body></html>\r\n\r\n----=_NextPart--')
    body.append(alt('rIdChunk3'))
    line('Expert', 'Always test the weight before you lift.', EXPERT)
    body.append(alt('rIdChunk4'))
    body.append(alt('rIdChunk5'))
    line('Narrator', 'End of module two.', NARRATOR)
    chunks = [
        ('rIdChunk1', 'afchunk1.docx', DOCX_TYPE, docx(''.join(inner), CHUNK_STYLES)),
        ('rIdChunk2', 'afchunk2.txt', 'text/plain', text_chunk.encode('utf-8')),
        ('rIdChunk3', 'afchunk3.htm', 'text/html', html.encode('utf-8')),
        ('rIdChunk4', 'afchunk4.rtf', 'application/rtf', rtf.encode('ascii')),
        ('rIdChunk5', 'afchunk5.mht', 'message/rfc822', mht.encode('utf-8')),
    ]
    write(name, docx(''.join(body), h.WORD_STYLES, chunks))
    write_script(name, 'e-learning module with imported content of each kind: a Word document (read in place, its own styles), plain text (read, Normal look), HTML, RTF and a web archive (not read: said where they stand; their text is not in this data)',
                 {'Narrator': {'color': '#404040'}, 'Expert': {'color': '#C45911'}, 'Learner': {'color': '#00B050'}},
                 ['#000000', '#2F5496'], paras)


# ------------------------------------------------------------------------------------------------
# altchunk-damaged-en
# ------------------------------------------------------------------------------------------------

def damaged():
    name = 'altchunk-damaged-en'
    paras, body = [], []

    def line(voice, text, rpr=''):
        body.append(w_para(w_run(text, rpr)))
        paras.append([[voice, text]])

    line('Narrator', 'Scene one. The harbour at night.', NARRATOR)
    body.append(alt('rIdMissing'))  # no such relationship
    line('Keeper', 'Who goes there?', EXPERT)
    # A Word document part cut short: no zip directory.
    whole = docx(w_para(w_run('Lost words.', NARRATOR)))
    body.append(alt('rIdCut'))
    line('Narrator', 'A lantern swings on the pier.', NARRATOR)
    # Word documents nested five deep: the first three levels are read, the fourth is said.
    nested = None
    for level in range(5, 0, -1):
        text = 'Level %d of the letter.' % level
        inner = w_para(w_run(text, NARRATOR)) + (alt('rIdNext') if nested else '')
        nested = docx(inner, h.WORD_STYLES, [('rIdNext', 'afchunk.docx', DOCX_TYPE, nested)] if nested else [])
    for level in range(1, 4):
        paras.append([['Narrator', 'Level %d of the letter.' % level]])
    body.append(alt('rIdNested'))
    # A part with no content type (neither an Override nor a Default for its extension).
    body.append(alt('rIdOdd'))
    line('Keeper', 'Only the wind, then.', EXPERT)
    chunks = [
        ('rIdCut', 'afchunk1.docx', DOCX_TYPE, whole[: len(whole) // 2]),
        ('rIdNested', 'afchunk2.docx', DOCX_TYPE, nested),
        ('rIdOdd', 'afchunk3.dat', None, b'Some words of no known kind.'),
    ]
    write(name, docx(''.join(body), h.WORD_STYLES, chunks))
    write_script(name, 'radio drama with imported content that cannot be read: a missing relationship, a Word document cut short, a part of no known type, Word documents nested deeper than vo-lines follows (the first three levels read): each said where it stands',
                 {'Narrator': {'color': '#404040'}, 'Keeper': {'color': '#C45911'}}, ['#000000'], paras)


if __name__ == '__main__':
    kinds()
    damaged()
