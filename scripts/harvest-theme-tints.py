"""Word's own theme tints and shades, harvested: every (theme base colour, w:themeTint / w:themeShade
byte, Word's cached hex) triple that Word itself wrote, for tests/theme-tint.test.ts.

A DOCX run or shading that names a theme colour (`w:color w:themeColor="accent1" w:themeShade="BF"`,
`w:shd w:themeFill="accent5" w:themeFillTint="33"`, a border's or an underline's `w:themeColor`) also
carries the colour Word worked out when it saved (`w:val`, `w:fill`, `w:color`). The base comes from the
document's theme part (`a:clrScheme`; a `a:sysClr` by its `lastClr`), `text1`/`background1`/… through
settings.xml's `w:clrSchemeMapping`.

Only Word's own files are truth (docProps/app.xml Application "Microsoft Office Word", "Microsoft
Macintosh Word", "Microsoft Word for the web"…): LibreOffice writes its own arithmetic. Read:
  - the public corpus /work/shared/corpus/public-docx/*.docx (real files from other projects' test data);
  - python-docx's default template (docx/templates/default.docx, saved by Word for Mac 2011), whose
    styles.xml holds Word's whole table-style palette;
  - every DOCX under samples/ and tests/fixtures/ — these were made by this project's builders (their
    app.xml is the python-docx template's), so their triples are listed apart (`fixtures`), never as truth.

Also listed: DrawingML `a:lumMod`/`a:lumOff`/`a:tint`/`a:shade` on a colour (not the theme format scheme's
placeholder `phClr`) in the truth files' parts
(Word's "Lighter 40%" is lumMod 60000 + lumOff 40000): they carry no cached value, so they are context.

Run from the repository root: `/usr/bin/python3 scripts/harvest-theme-tints.py`; writes
tests/fixtures/theme-tint/word-triples.json (sorted, stable). Files that are absent are skipped and
named in the output's `skipped`.
"""
import glob
import json
import os
import re
import sys
import zipfile

from lxml import etree

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'theme-tint', 'word-triples.json')
CORPUS = '/work/shared/corpus/public-docx'

DIRECT = {'dark1': 'dk1', 'light1': 'lt1', 'dark2': 'dk2', 'light2': 'lt2', 'hyperlink': 'hlink', 'followedHyperlink': 'folHlink'}
for i in range(1, 7):
    DIRECT['accent%d' % i] = 'accent%d' % i
MAPPED = {'text1': ('t1', 'dark1'), 'background1': ('bg1', 'light1'), 'text2': ('t2', 'dark2'), 'background2': ('bg2', 'light2')}
HEX = re.compile(r'^[0-9A-Fa-f]{6}$')


def application(z):
    if 'docProps/app.xml' not in z.namelist():
        return ''
    m = re.search(rb'<(?:\w+:)?Application>([^<]*)<', z.read('docProps/app.xml'))
    return m.group(1).decode() if m else ''


def theme_of(z):
    parts = sorted(n for n in z.namelist() if re.match(r'word/theme/theme\d*\.xml$', n))
    if not parts:
        return None
    root = etree.fromstring(z.read(parts[0]))
    scheme = {}
    for cs in root.iter(A + 'clrScheme'):
        for slot in cs:
            if not len(slot):
                continue
            value = slot[0]
            hexval = value.get('lastClr') if etree.QName(value).localname == 'sysClr' else value.get('val')
            if hexval and HEX.match(hexval):
                scheme[etree.QName(slot).localname] = hexval.upper()
        break
    return scheme


def mapping_of(z):
    if 'word/settings.xml' not in z.namelist():
        return {}
    root = etree.fromstring(z.read('word/settings.xml'))
    for e in root.iter(W + 'clrSchemeMapping'):
        return {etree.QName(k).localname: v for k, v in e.attrib.items()}
    return {}


def triples_of(path, label):
    """(triples, lumMods) of one DOCX: triples as dicts keyed by what they are."""
    z = zipfile.ZipFile(path)
    scheme = theme_of(z)
    if scheme is None:
        return [], []
    mapping = mapping_of(z)

    def base(name):
        if name in MAPPED:
            name = mapping.get(MAPPED[name][0], MAPPED[name][1])
        slot = DIRECT.get(name)
        return (scheme.get(slot), slot) if slot else (None, None)

    found, lum = [], []
    for part in sorted(z.namelist()):
        if not (part.startswith('word/') and part.endswith('.xml')):
            continue
        root = etree.fromstring(z.read(part))
        for e in root.iter(etree.Element):
            local = etree.QName(e).localname
            if e.tag.startswith(A) and local in ('lumMod', 'lumOff', 'tint', 'shade'):
                parent = e.getparent()
                # The theme's format scheme changes its placeholder colour (phClr): no colour of its own.
                if parent.get('val') == 'phClr':
                    continue
                lum.append({'file': label, 'part': part, 'colour': etree.QName(parent).localname, 'val': parent.get('val'), 'change': local, 'by': e.get('val')})
                continue
            if not e.tag.startswith(W):
                continue
            for theme_attr, tint_attr, shade_attr, cache_attr, kind in (
                ('themeColor', 'themeTint', 'themeShade', 'val' if local == 'color' else 'color', 'fill' if local == 'shd' else local),
                ('themeFill', 'themeFillTint', 'themeFillShade', 'fill', 'fill'),
            ):
                if local == 'shd' and theme_attr == 'themeColor':
                    kind = 'pattern'
                name = e.get(W + theme_attr)
                cached = e.get(W + cache_attr)
                if not name or not cached or not HEX.match(cached):
                    continue
                b, slot = base(name)
                if not b:
                    continue
                tint = e.get(W + tint_attr)
                shade = e.get(W + shade_attr)
                found.append({
                    'base': '#' + b,
                    'tint': tint.upper() if tint else None,
                    'shade': shade.upper() if shade else None,
                    'cached': '#' + cached.upper(),
                    'file': label,
                    'where': '%s %s %s' % (part, local, name),
                })
    return found, lum


def merge(rows):
    """One row per (base, tint, shade, cached): its files and places, counted."""
    out = {}
    for r in rows:
        key = (r['base'], r['tint'] or '', r['shade'] or '', r['cached'])
        o = out.setdefault(key, {'base': r['base'], 'tint': r['tint'], 'shade': r['shade'], 'cached': r['cached'], 'count': 0, 'files': set(), 'where': set()})
        o['count'] += 1
        o['files'].add(r['file'])
        o['where'].add(r['where'].split(' ', 1)[1])
    result = []
    for key in sorted(out):
        o = out[key]
        o['files'] = sorted(o['files'])
        o['where'] = sorted(o['where'])[:6]
        result.append(o)
    return result


def main():
    truth, fixtures, lums, skipped, sources = [], [], [], [], []
    corpus = sorted(glob.glob(os.path.join(CORPUS, '*.docx')))
    if not corpus:
        skipped.append(CORPUS)
    try:
        import docx
        template = os.path.join(os.path.dirname(docx.__file__), 'templates', 'default.docx')
    except ImportError:
        template = None
    for path in corpus + ([template] if template and os.path.exists(template) else []):
        label = 'python-docx:templates/default.docx' if path == template else 'corpus:' + os.path.basename(path)
        app = application(zipfile.ZipFile(path))
        if not app.startswith('Microsoft'):
            continue
        rows, lum = triples_of(path, label)
        if rows or lum:
            sources.append({'file': label, 'application': app})
        truth += rows
        lums += lum
    for pattern in ('samples/**/*.docx', 'tests/fixtures/**/*.docx'):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            # This harvest's own folder: its fixture's styles are the template's under another theme.
            if os.path.dirname(path) == os.path.dirname(OUT):
                continue
            try:
                rows, _ = triples_of(path, os.path.relpath(path, ROOT))
            except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError):
                continue
            fixtures += rows
    merged_truth = merge(truth)
    # A fixture's triple is listed apart only when Word's own files lack its (base, tint, shade): the
    # builders copy Word's template, whose triples are already in the truth.
    known = {(t['base'], t['tint'], t['shade']) for t in merged_truth}
    merged_fixtures = [f for f in merge(fixtures) if (f['base'], f['tint'], f['shade']) not in known]
    for f in merged_fixtures:
        f['files'] = f['files'][:4]
    result = {
        'about': 'Word-written (theme base, themeTint/themeShade, cached hex) triples; made by scripts/harvest-theme-tints.py',
        'sources': sources,
        'skipped': skipped,
        'triples': merged_truth,
        'fixtures': merged_fixtures,
        'drawingml': sorted({json.dumps(l, sort_keys=True) for l in lums}),
    }
    result['drawingml'] = [json.loads(s) for s in result['drawingml']]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write('\n')
    print('%d Word triples (%d with a tint or shade), %d fixture-only, %d DrawingML changes -> %s' % (
        len(merged_truth), sum(1 for t in merged_truth if t['tint'] or t['shade']), len(merged_fixtures), len(result['drawingml']), os.path.relpath(OUT, ROOT)))
    if skipped:
        print('skipped (absent): ' + ', '.join(skipped), file=sys.stderr)


if __name__ == '__main__':
    main()
