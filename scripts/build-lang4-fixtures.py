"""Scripts whose text holds junk beside a few real lines (measure/language.ts: the language guess rests
on real words only): a runaway 'word' of random letters and brackets, a base64 image pasted as text, a
hex dump and a list of UUIDs, a JavaScript/JSON snippet, a table of product codes, a list of URLs.
(The runaway word, 200,000 random characters that no zip shrinks, is built by tests/language-junk.test.ts
itself with tests/helpers/docx-builder.ts; runaway() here says what it is.)

Run from the repository root with the system Python (python-docx):
    /usr/bin/python3 scripts/build-lang4-fixtures.py
Writes tests/fixtures/lang4/JUNK-VARIANT.docx. Each document has a title, a legend `Narrator = blue,
Guest = green`, three real lines (the Narrator's two, the Guest's one) and the junk in the Guest's
colour (one paragraph, or one a line). VARIANT:
  en-us: English lines, python-docx's template (en-US): English, from the document.
  fr-fr: French lines, the template marked fr-FR: French, from the document.
  untagged: English lines, every w:lang taken out: English, by default or guessed as before.
  fr-in-en-us: French lines (five, enough for the guess) under en-US: French, guessed from the real words.
The junk is made the same way every run (a seeded generator), so the files are stable.
"""
import base64
import os
import sys
import zlib

from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from docx_common import set_language

OUT = 'tests/fixtures/lang4'
BLUE = '0070C0'
GREEN = '00B050'


def lcg(seed):
    """tests/budget.test.ts runawayWord's generator in exact integers (there, doubles round seed * 1103515245
    and give another sequence); tests/language-junk.test.ts runaway() computes the same with BigInt."""
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed // 65536


def runaway():
    """200,000 random letters and [ ] with no space (as tests/budget.test.ts runawayWord builds its line)."""
    g = lcg(7)
    alphabet = 'abcdefghijklmnopqrstuvwxyz[]'
    return ['Everything. ' + ''.join(alphabet[next(g) % 28] for _ in range(200_000))]


def png_base64():
    """A small PNG's bytes in base64 (as a pasted data URI), one paragraph, no line breaks."""
    g = lcg(11)
    raw = bytes(next(g) % 256 for _ in range(6000))
    data = b'\x89PNG\r\n\x1a\n' + zlib.compress(raw, 0)
    return ['data:image/png;base64,' + base64.b64encode(data).decode('ascii')]


def png_base64_wrapped():
    """The same wrapped at 76 characters (as MIME writes it), one paragraph a line."""
    text = base64.b64encode(png_base64()[0].encode('ascii')).decode('ascii')
    return [text[i:i + 76] for i in range(0, 76 * 40, 76)]


def hexdump():
    """A hex dump (offset, 16 bytes in pairs, as xxd -g1 prints them) and a list of UUIDs, one a line."""
    g = lcg(13)
    lines = []
    for row in range(40):
        pairs = ' '.join('%02x' % (next(g) % 256) for _ in range(16))
        lines.append('%08x: %s' % (row * 16, pairs))
    # Bytes a hex dump of text is full of: de ad be ef ca fe (letters only, as Portuguese's de, da).
    lines.append('00000280: de ad be ef ca fe ba be de ad be ef da da de da')
    lines.append('00000290: a0 e0 0a de da ad de da ba be fa ce de da db da')
    for _ in range(20):
        h = ''.join('%x' % (next(g) % 16) for _ in range(32))
        lines.append('%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
    return lines


def code():
    """A JavaScript and JSON snippet pasted into the script, one paragraph a line."""
    return [
        'const items = [{ "id": "a", "lang": "de", "name": "do", "type": "o" }, { "id": "e", "lang": "da", "name": "no" }];',
        'for (const item of items) {',
        '  if (item.id in seen || item.lang === "de") { continue; }',
        '  for (const key of Object.keys(item)) { if (key in map) { map[key].push(item); } else { map[key] = [item]; } }',
        '  const url = `${base}/${item.lang}/${item.name}/a/o/e/de/do/da/no/na`;',
        '  if (url.length > 0 && item.type !== "a") { out.push({ url, is: true, on: false, to: null }); }',
        '}',
        'export default { items, map, out, the: 1, and: 2, of: 3, with: 4, that: 5, you: 6, this: 7, for: 8 };',
        'const os = require("os"); const da = os.cpus(); const um = da.length; const em = um > 1 ? "a" : "o";',
        'function no(a, e, o) { return a && e || o; } function na(de, da, do_) { return de + da + do_; }',
    ]


def skus():
    """A table of product codes, one row a line: code, name, size, price."""
    g = lcg(17)
    lines = []
    for k in range(40):
        letter = 'AEODNO'[next(g) % 6]
        lines.append('SKU-%s-%04d  DE-%s  %s %s  %d.%02d EUR' % (letter, next(g) % 10000, 'AEO'[k % 3], 'A' if k % 2 else 'E', 'DA DO NO NA'.split()[k % 4], next(g) % 100, next(g) % 100))
    return lines


def urls():
    """Links, one a line: paths with short segments (/a/, /de/, /da/…), query strings, fragments."""
    return [
        'https://www.example.com/a/de/do/da/no/na/o/e/index.html?lang=de&a=o&e=da#no',
        'http://cdn.example.org/assets/a/o/e/de/da/do/no/na/img.png',
        'www.loja.com.br/pt/a/o/e/os/as/um/uma/em/para/com/nao/no/na/se/por/mais/dos/das',
        'https://example.com/de/da/do/a/o/e/no/na/?q=a+o+e+de+da+do+no+na&page=2',
        'ftp://files.example.net/pub/a/o/e/de/do/da/no/na/os/as/um/em/com/dos/das/readme.txt',
        'https://docs.example.com/the/and/of/to/a/in/is/it/you/that/for/on/are/with/this/be/as',
        'https://www.example.fr/le/la/les/de/des/du/et/un/une/est/en/que/qui/dans/pour/pas/vous',
        'mailto:a.o.e.de.da@example.com?subject=de%20da%20do%20no%20na',
    ]


JUNK = {'base64': png_base64, 'base64-wrapped': png_base64_wrapped, 'hex': hexdump, 'code': code, 'sku': skus, 'urls': urls}

ENGLISH = [
    ('Spring is here, and so is our biggest sale of the year.', BLUE),
    ('Wait, everything in the garden center?', GREEN),
    ('Everything, from the mowers to the seeds: come and see us this weekend.', BLUE),
]

FRENCH = [
    ('Le printemps est là, et avec lui notre plus grande vente de l’année.', BLUE),
    ('Attendez, tout le magasin ?', GREEN),
    ('Tout, des tondeuses aux graines : venez nous voir ce week-end.', BLUE),
]

FRENCH_MORE = FRENCH + [
    ('Nos conseillers sont là pour vous aider à choisir les plantes qui conviennent à votre jardin.', BLUE),
    ('Et pour les enfants, un atelier de jardinage est prévu dans la serre du magasin.', BLUE),
]

VARIANTS = {
    'en-us': ('en-US', ENGLISH),
    'fr-fr': ('fr-FR', FRENCH),
    'untagged': (None, ENGLISH),
    'fr-in-en-us': ('en-US', FRENCH_MORE),
}


def line(d, text, colour=None):
    run = d.add_paragraph().add_run(text)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def build(junk, variant):
    tag, lines = VARIANTS[variant]
    d = Document()
    if tag:
        set_language(d, tag)
    else:
        for lang in list(d.styles.element.iter(qn('w:lang'))):
            lang.getparent().remove(lang)
    line(d, 'Spot 30s')
    line(d, 'Legend: Narrator = blue, Guest = green')
    for text, colour in lines:
        line(d, text, colour)
    for text in JUNK[junk]():
        line(d, text, GREEN)
    d.core_properties.created = d.core_properties.modified = __import__('datetime').datetime(2026, 1, 1)
    d.core_properties.revision = 1
    d.save(os.path.join(OUT, '%s-%s.docx' % (junk, variant)))


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for junk in JUNK:
        for variant in VARIANTS:
            name = '%s-%s' % (junk, variant)
            if names and name not in names:
                continue
            build(junk, variant)


if __name__ == '__main__':
    main(sys.argv[1:])
