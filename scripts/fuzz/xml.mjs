// String-level XML mutations for the fuzzer: elements, attributes, text, nesting. They work on
// the serialised part with a light tag scanner (no parser: the output need not stay well-formed).
import { HOSTILE_STRINGS, scatter } from './random.mjs';

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Every tag of the part: { start, end, name, closing, selfClosing }. */
export function tags(xml) {
  const out = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    // attrsAt: where the attribute text (m[3]) starts in the part.
    out.push({ start: m.index, end: m.index + m[0].length, name: m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attrs: m[3], attrsAt: m.index + 1 + m[1].length + m[2].length });
  }
  return out;
}

/** The span [start, end) of the element whose start tag is tags[i], or null when it never closes. */
export function elementSpan(list, i) {
  const open = list[i];
  if (open.closing) return null;
  if (open.selfClosing) return [open.start, open.end];
  let depth = 0;
  for (let k = i; k < list.length; k++) {
    const t = list[k];
    if (t.name !== open.name || t.selfClosing) continue;
    if (!t.closing) depth++;
    else if (--depth === 0) return [open.start, t.end];
  }
  return null;
}

/** A random start tag, preferring the given names when present. */
function pickStart(random, list, names) {
  const starts = list.map((t, i) => i).filter((i) => !list[i].closing);
  if (!starts.length) return -1;
  if (names) {
    const preferred = starts.filter((i) => names.includes(list[i].name.replace(/^.*:/, '')));
    if (preferred.length && random.chance(0.8)) return random.pick(preferred);
  }
  return random.pick(starts);
}

/** Caps the size an amplification may reach, so a case stays a few tens of MB at most. */
const MAX_PART = 48 * 1024 * 1024;

function repeatCount(random, unit, wanted) {
  return Math.max(1, Math.min(wanted, Math.floor(MAX_PART / Math.max(1, unit))));
}

const BIG_COUNTS = [2, 10, 300, 5000, 20000, 60000];
const DEPTHS = [50, 400, 600, 3000, 20000, 60000];
const SPACES = [' ', '\u00a0', '\t', '\n', '\u2060', '\u3000', ' \u00a0\t\r\n'];
const HOSTILE_VALUES = [...HOSTILE_STRINGS, 'yellow', 'darkBlue', 'text1', 'accent1', 'background1', 'dark1', 'hyperlink', 'pct50', 'clear', 'solid'];
const COLOURS = ['FF0000', '00FF00', '0000FF', '404040', '595959', 'FFFF00', '7F7F7F', '1F4E79'];

/** Each mutation: (random, xml) → { xml, note } or null when it does not apply. */
export const XML_MUTATIONS = {
  deleteElement(random, xml) {
    const list = tags(xml);
    const i = pickStart(random, list, ['p', 'r', 'rPr', 'pPr', 'tbl', 'tc', 'style', 'clrScheme', 'Relationship', 'body', 'rStyle', 'pStyle']);
    const span = i >= 0 && elementSpan(list, i);
    if (!span) return null;
    return { xml: xml.slice(0, span[0]) + xml.slice(span[1]), note: `delete <${list[i].name}> at ${span[0]}` };
  },

  duplicateElement(random, xml) {
    const list = tags(xml);
    const i = pickStart(random, list, ['p', 'r', 'tc', 'tr', 'style', 'Relationship', 'color', 'highlight', 'fldChar']);
    const span = i >= 0 && elementSpan(list, i);
    if (!span) return null;
    const element = xml.slice(span[0], span[1]);
    const count = repeatCount(random, element.length, random.pick(BIG_COUNTS));
    return { xml: xml.slice(0, span[1]) + element.repeat(count) + xml.slice(span[1]), note: `repeat <${list[i].name}> ${count} times` };
  },

  nestElement(random, xml) {
    const list = tags(xml);
    const i = pickStart(random, list, ['p', 'r', 'tbl', 'tc', 'sdt', 'hyperlink', 'ins', 'smartTag', 'rPr', 'txbxContent', 'AlternateContent', 'settings', 'style']);
    if (i < 0 || list[i].selfClosing) return null;
    const span = elementSpan(list, i);
    if (!span) return null;
    const open = xml.slice(list[i].start, list[i].end);
    const close = `</${list[i].name}>`;
    const depth = repeatCount(random, open.length + close.length, random.pick(DEPTHS));
    return { xml: xml.slice(0, span[0]) + open.repeat(depth) + xml.slice(span[0], span[1]) + close.repeat(depth) + xml.slice(span[1]), note: `nest <${list[i].name}> ${depth} deep` };
  },

  setAttribute(random, xml) {
    const list = tags(xml).filter((t) => !t.closing && /=/.test(t.attrs));
    if (!list.length) return null;
    const preferred = list.filter((t) => /(^|:)(color|highlight|shd|rStyle|pStyle|basedOn|styleId|srgbClr|sysClr|clrSchemeMapping|tblLook|fldChar|sym|Relationship|Choice|themeColor)$/.test(t.name));
    const tag = preferred.length && random.chance(0.8) ? random.pick(preferred) : random.pick(list);
    const attrs = [...tag.attrs.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)];
    if (!attrs.length) return null;
    const attr = random.pick(attrs);
    let value = random.pick(HOSTILE_VALUES);
    if (random.chance(0.15)) value = 'x'.repeat(random.pick([1 << 10, 1 << 20, 8 << 20]));
    const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\u0000/g, '&#0;');
    const at = tag.attrsAt + attr.index;
    return { xml: xml.slice(0, at) + `${attr[1]}="${escaped}"` + xml.slice(at + attr[0].length), note: `set ${attr[1]} on <${tag.name}> to ${JSON.stringify(value.length > 40 ? `${value.slice(0, 10)}…(${value.length})` : value)}` };
  },

  deleteAttribute(random, xml) {
    const list = tags(xml).filter((t) => !t.closing && /=/.test(t.attrs));
    if (!list.length) return null;
    const tag = random.pick(list);
    const attrs = [...tag.attrs.matchAll(/\s([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)];
    if (!attrs.length) return null;
    const attr = random.pick(attrs);
    const at = tag.attrsAt + attr.index;
    return { xml: xml.slice(0, at) + xml.slice(at + attr[0].length), note: `delete ${attr[1]} of <${tag.name}>` };
  },

  insertWhitespace(random, xml) {
    const at = textPosition(random, xml);
    if (at < 0) return null;
    const unit = random.pick(SPACES);
    const size = random.pick([1000, 1 << 16, 1 << 20, 16 << 20]);
    const text = unit.repeat(Math.ceil(size / unit.length));
    return { xml: xml.slice(0, at) + text + xml.slice(at), note: `insert ${text.length} × ${JSON.stringify(unit)} into text` };
  },

  insertText(random, xml) {
    const at = textPosition(random, xml);
    if (at < 0) return null;
    const unit = random.pick(['x', 'word ', '(', '[', '« ', '—', '=HYPERLINK("x")', '[pause] ', 'a-b ', '1 200 ', 'é', '\u0301']);
    const count = random.pick([100, 10000, 1 << 20, 8 << 20]);
    const text = unit.repeat(Math.max(1, Math.floor(count / unit.length)));
    return { xml: xml.slice(0, at) + text.replace(/&/g, '&amp;').replace(/</g, '&lt;') + xml.slice(at), note: `insert ${JSON.stringify(unit)} × ${Math.floor(count / unit.length)} into text` };
  },

  splitRuns(random, xml) {
    // One paragraph of many one-letter runs in alternating colours (and highlights), no spaces.
    const list = tags(xml);
    const i = pickStart(random, list, ['p']);
    const span = i >= 0 && elementSpan(list, i);
    if (!span || list[i].name.replace(/^.*:/, '') !== 'p') return null;
    const prefix = list[i].name.includes(':') ? list[i].name.split(':')[0] + ':' : '';
    const count = random.pick([1000, 5000, 20000, 50000]);
    const colours = [random.pick(COLOURS), random.pick(COLOURS), random.pick(COLOURS)];
    const highlight = random.chance(0.3);
    let runs = '';
    for (let k = 0; k < count; k++) {
      const c = colours[k % colours.length];
      const look = highlight && k % 2 ? `<${prefix}highlight ${prefix}val="yellow"/>` : `<${prefix}color ${prefix}val="${c}"/>`;
      runs += `<${prefix}r><${prefix}rPr>${look}</${prefix}rPr><${prefix}t>${random.chance(0.05) ? ' ' : 'x'}</${prefix}t></${prefix}r>`;
    }
    const open = xml.slice(list[i].start, list[i].end);
    const p = list[i].selfClosing ? `${open.replace(/\/>$/, '>')}${runs}</${list[i].name}>` : `${open}${runs}</${list[i].name}>`;
    return { xml: xml.slice(0, span[0]) + p + xml.slice(span[1]), note: `a paragraph of ${count} one-letter runs in ${highlight ? 'colours and highlights' : 'colours'}` };
  },

  noise(random, xml) {
    const n = random.range(1, 20);
    return { xml: scatter(random, xml, n, ['<', '>', '"', '&', '\u0000', 'x', '/', ' ', '=', '\ufffe']), note: `${n} random characters changed` };
  },

  truncate(random, xml) {
    const at = random.int(xml.length);
    return { xml: xml.slice(0, at), note: `cut at ${at} of ${xml.length}` };
  },

  doctype(random, xml) {
    const decl = random.pick(['<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '<!DOCTYPE x SYSTEM "file:///etc/passwd">']);
    const at = xml.indexOf('?>') + 2;
    return { xml: xml.slice(0, at) + decl + xml.slice(at), note: 'insert a DOCTYPE' };
  },

  entities(random, xml) {
    const at = textPosition(random, xml);
    if (at < 0) return null;
    const junk = random.pick(['&#0;', '&#xD800;', '&#x110000;', '&unknown;', '&amp', '<![CDATA[x]]>', '&#65;'.repeat(100000)]);
    return { xml: xml.slice(0, at) + junk + xml.slice(at), note: `insert ${JSON.stringify(junk.slice(0, 20))} into text` };
  },

  fields(random, xml) {
    const at = bodyPosition(xml);
    if (at < 0) return null;
    const kind = random.pick(['begin', 'separate', 'end']);
    const w = prefixOf(xml, 'w');
    const run = `<${w}p><${w}r><${w}fldChar ${w}fldCharType="${kind}"/></${w}r><${w}r><${w}t>field</${w}t></${w}r></${w}p>`;
    const count = repeatCount(random, run.length, random.pick([10, 1000, 50000]));
    return { xml: xml.slice(0, at) + run.repeat(count) + xml.slice(at), note: `${count} paragraphs with a fldChar ${kind}` };
  },

  alternateContent(random, xml) {
    const at = bodyPosition(xml);
    if (at < 0) return null;
    const w = prefixOf(xml, 'w');
    const requires = random.pick(['', 'w14', 'zz', 'w14 zz', 'a b c d e '.repeat(20000)]);
    const para = `<${w}p><${w}r><${w}t>choice</${w}t></${w}r></${w}p>`;
    const block = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="${requires}">${para}</mc:Choice><mc:Choice Requires="w14">${para}</mc:Choice><mc:Fallback>${para}</mc:Fallback></mc:AlternateContent>`;
    const count = repeatCount(random, block.length, random.pick([1, 100, 10000]));
    return { xml: xml.slice(0, at) + block.repeat(count) + xml.slice(at), note: `${count} mc:AlternateContent (Requires ${JSON.stringify(requires.slice(0, 20))})` };
  },

  tables(random, xml) {
    const at = bodyPosition(xml);
    if (at < 0) return null;
    const w = prefixOf(xml, 'w');
    const cell = `<${w}tc><${w}tcPr><${w}shd ${w}val="clear" ${w}fill="${random.pick(COLOURS)}"/></${w}tcPr><${w}p><${w}r><${w}t>cell</${w}t></${w}r></${w}p></${w}tc>`;
    if (random.chance(0.5)) {
      const open = `<${w}tbl><${w}tr><${w}tc>`;
      const close = `<${w}p/></${w}tc></${w}tr></${w}tbl>`;
      const depth = repeatCount(random, open.length + close.length, random.pick([10, 100, 400, 5000]));
      return { xml: xml.slice(0, at) + open.repeat(depth) + cell.replace(/^<[^>]+>|<\/[^>]+>$/g, '') + close.repeat(depth) + xml.slice(at), note: `tables nested ${depth} deep` };
    }
    const cells = random.pick([100, 5000, 100000]);
    const table = `<${w}tbl><${w}tblPr><${w}tblStyle ${w}val="${random.pick(['TableGrid', 'constructor', 'x'])}"/><${w}tblLook ${w}val="${random.pick(['04A0', 'FFFF', 'zz'])}"/></${w}tblPr><${w}tr>${cell.repeat(Math.min(cells, Math.floor(MAX_PART / cell.length)))}</${w}tr></${w}tbl>`;
    return { xml: xml.slice(0, at) + table + xml.slice(at), note: `a table row of ${cells} shaded cells` };
  },

  styleChain(random, xml) {
    if (!/<(\w+:)?styles[\s>]/.test(xml)) return null;
    const w = prefixOf(xml, 'w');
    const end = xml.lastIndexOf(`</${w}styles>`);
    if (end < 0) return null;
    const count = random.pick([2, 150, 5000, 100000]);
    const loop = random.chance(0.5);
    let styles = '';
    for (let k = 0; k < Math.min(count, 400000); k++) {
      const basedOn = loop && k === 0 ? `S${count - 1}` : `S${k - 1}`;
      styles += `<${w}style ${w}type="${random.pick(['paragraph', 'character'])}" ${w}styleId="S${k}"${k === count - 1 ? ` ${w}default="1"` : ''}><${w}name ${w}val="S${k}"/>${k > 0 || loop ? `<${w}basedOn ${w}val="${basedOn}"/>` : ''}<${w}rPr><${w}color ${w}val="${random.pick(COLOURS)}"/></${w}rPr></${w}style>`;
    }
    return { xml: xml.slice(0, end) + styles + xml.slice(end), note: `${count} styles in a basedOn ${loop ? 'loop' : 'chain'}` };
  },

  encoding(random, xml) {
    const kind = random.pick(['bom', 'declare-utf16', 'latin1-decl']);
    if (kind === 'bom') return { xml: '\ufeff' + xml, note: 'a byte-order mark' };
    if (kind === 'declare-utf16') return { xml: xml.replace(/encoding="[^"]*"/, 'encoding="UTF-16"'), note: 'declared UTF-16' };
    return { xml: xml.replace(/encoding="[^"]*"/, 'encoding="ISO-8859-1"'), note: 'declared ISO-8859-1' };
  },

  namespace(random, xml) {
    const uris = [...xml.matchAll(/xmlns(?::\w+)?="([^"]*)"/g)];
    if (!uris.length) return null;
    const m = random.pick(uris);
    const replacement = random.pick(['', 'http://example.com/x', 'http://purl.oclc.org/ooxml/wordprocessingml/main', 'http://schemas.openxmlformats.org/markup-compatibility/2006']);
    const at = m.index;
    return { xml: xml.slice(0, at) + m[0].replace(m[1], replacement) + xml.slice(at + m[0].length), note: `namespace ${m[1]} → ${replacement || '(empty)'}` };
  },
};

/** Where text may be inserted: just after a `<w:t>` start tag, or -1. */
function textPosition(random, xml) {
  const starts = [...xml.matchAll(/<(\w+:)?t(\s[^>]*)?>/g)];
  if (!starts.length) return -1;
  const m = random.pick(starts);
  return m.index + m[0].length;
}

/** Just after the `<w:body>` start tag, or -1. */
function bodyPosition(xml) {
  const m = /<(\w+:)?body(\s[^>]*)?>/.exec(xml);
  return m ? m.index + m[0].length : -1;
}

/** The prefix bound to WordprocessingML, with its colon ("w:"), or "w:" by default. */
function prefixOf(xml, fallback) {
  const m = /xmlns:(\w+)="http:\/\/(schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/.exec(xml);
  return `${m ? m[1] : fallback}:`;
}
