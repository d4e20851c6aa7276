/**
 * The DOCX readers' XML scanner (src/readers/docx/xml-scan.ts) against saxes, the SAX parser it
 * replaced: on every XML part of the samples, the legend fixtures and the public corpus
 * (../shared/corpus/public-docx/), the same elements, attributes and text, event for event, fed in
 * small chunks so that tags, entities and line ends are cut anywhere. Then what it must refuse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError, XmlTooLarge } from '../src/readers/docx/xml-scan.js';
import { describeShared } from './helpers/shared.js';

const root = fileURLToPath(new URL('..', import.meta.url));

type Event = ['open', string, [string, string][]] | ['close', string] | ['text', string];

/** Adjacent texts as one, attributes in their order: what a reader of the events can tell apart. */
function push(events: Event[], event: Event): void {
  const last = events[events.length - 1];
  if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
  else events.push(event);
}

function bySaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth++;
    push(events, ['open', tag.name, Object.entries(tag.attributes as Record<string, string>)]);
  });
  parser.on('closetag', (tag) => {
    depth--;
    push(events, ['close', tag.name]);
  });
  parser.on('text', (text) => depth > 0 && push(events, ['text', text]));
  parser.on('cdata', (text) => push(events, ['text', text]));
  parser.write(xml).close();
  return events;
}

function byScanner(xml: string, chunk = xml.length): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner(
    {
      open: (name, tag) => push(events, ['open', name, Object.entries(tag.attributes)]),
      close: (name) => push(events, ['close', name]),
      text: (text) => push(events, ['text', text]),
      doctype: () => undefined,
    },
    1 << 24,
  );
  for (let at = 0; at < xml.length; at += chunk) scanner.write(xml.slice(at, at + chunk));
  scanner.end();
  return events;
}

function xmlParts(file: string): [string, string][] {
  const entries = unzipSync(readFileSync(file));
  return Object.entries(entries)
    .filter(([name]) => /\.(xml|rels)$/i.test(name))
    .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]);
}

function docxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.docx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function sameAsSaxes(files: string[]): void {
  let parts = 0;
  // A part met before, byte for byte (python-docx's template gives many fixtures the same styles, theme
  // and settings), is compared once: the same text reads the same.
  const seen = new Set<string>();
  for (const file of files) {
    for (const [name, xml] of xmlParts(file)) {
      parts++;
      if (seen.has(xml)) continue;
      seen.add(xml);
      const expected = bySaxes(xml);
      expect(byScanner(xml), `${file}: ${name}`).toEqual(expected);
      // Cut every few characters: tags, attribute values, entities and CRLFs across chunks.
      expect(byScanner(xml, 7), `${file}: ${name} in 7-character chunks`).toEqual(expected);
    }
  }
  expect(parts).toBeGreaterThan(files.length * 3);
}

describe('the XML scanner reads what saxes reads', () => {
  it('on the samples and every DOCX fixture', () => {
    const files = [...docxUnder(join(root, 'samples')), ...docxUnder(join(root, 'tests', 'fixtures'))];
    expect(files.length).toBeGreaterThan(10);
    sameAsSaxes(files);
  });

  it('on markup Word and others write: entities, character references, CDATA, comments, CRLF, quotes', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- a comment <w:t> -->' +
      '<w:document xmlns:w="urn:w" a=\'x"y\' b = "1 &amp; 2&#x20;&#65;&lt;&gt;&quot;&apos;" c="tab\there\r\nline">' +
      '<w:t xml:space="preserve"> A &amp; B&#8217;s \r\n text </w:t><w:t><![CDATA[ <raw> & ]]></w:t><w:br/><w:e />' +
      '<?pi data?><w:t>é — 😀</w:t></w:document>\n';
    expect(byScanner(xml)).toEqual(bySaxes(xml));
    for (const size of [1, 2, 3, 5]) expect(byScanner(xml, size)).toEqual(bySaxes(xml));
    expect(byScanner(xml)).toContainEqual(['text', ' A & B’s \n text ']);
    expect(byScanner(xml)).toContainEqual(['open', 'w:document', [['xmlns:w', 'urn:w'], ['a', 'x"y'], ['b', '1 & 2 A<>"\''], ['c', 'tab here line']]]);
  });
});

describeShared('corpus/public-docx', 'the XML scanner reads what saxes reads on the public corpus', (folder) => {
  it('every XML part of the 40 public DOCX files', () => {
    const files = docxUnder(folder);
    expect(files.length).toBeGreaterThanOrEqual(40);
    sameAsSaxes(files);
  });
});

describe('the XML scanner on damaged parts, against saxes', () => {
  it('2,000 seeded random damages to real parts: never accepts what saxes refuses, never reads differently', () => {
    // The damage falls after the XML declaration and makes no processing instruction: those two are
    // skipped unread by the scanner (nothing depends on them), which saxes checks.
    const parts = [...docxUnder(join(root, 'samples')), join(root, 'tests', 'fixtures', 'legends', readdirSync(join(root, 'tests', 'fixtures', 'legends')).find((n) => n.endsWith('.docx'))!)]
      .flatMap((file) => xmlParts(file))
      .map(([, xml]) => xml)
      .filter((xml) => xml.length < 400_000);
    const pieces = ['<', '>', '&', '"', "'", '/', '=', ' ', '&amp;', '&x;', '&#0;', '&#65;', '<!--', '-->', '<![CDATA[', ']]>', 'a', '\u0001', '\r', '\r\n', ':', '<a>', '</a>', '<b/>', '<w:t>', '</w:p>', '"x"', '-', '.', '1'];
    let seed = 20261202;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const outcome = (read: () => Event[]): Event[] | 'refused' => {
      try {
        return read();
      } catch {
        return 'refused';
      }
    };
    let accepted = 0;
    for (let k = 0; k < 2000; k++) {
      let xml = parts[random(parts.length)]!;
      const from = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = from + random(xml.length - from);
        const op = random(3);
        const piece = pieces[random(pieces.length)]!;
        xml = op === 0 ? xml.slice(0, at) + piece + xml.slice(at) : op === 1 ? xml.slice(0, at) + xml.slice(at + 1 + random(5)) : xml.slice(0, at) + piece + xml.slice(at + 1);
      }
      const ours = outcome(() => byScanner(xml, 997));
      const theirs = outcome(() => bySaxes(xml));
      if (theirs === 'refused') expect(ours, `damage ${k}`).toBe('refused');
      else {
        expect(ours, `damage ${k}`).toEqual(theirs);
        accepted++;
      }
    }
    // Both outcomes are exercised: many damaged parts are still well-formed, most are not.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(1800);
  });
});

describe('the XML scanner refuses what is not well-formed', () => {
  const refused: [string, string][] = [
    ['<a><b></a>', 'closes'],
    ['<a>', 'unclosed tag <a>'],
    ['<a></a></a>', 'nothing open'],
    ['<a></a><b/>', 'a second root element'],
    ['text<a/>', 'text outside the root element'],
    ['<a/>text', 'text outside the root element'],
    ['', 'no root element'],
    ['<a x="1" x="2"/>', 'repeated'], // (found when the attributes are read: these tests read every element's)
    ['<a x="&bad;"/>', 'undefined entity &bad;'],
    ['<a x=1/>', 'not quoted'],
    ['<a x/>', 'has no value'],
    ['<a x="<"/>', 'a < inside an attribute value'],
    ['<a x="1"y="2"/>', 'no space between'],
    ['<a>&nbsp;</a>', 'undefined entity &nbsp;'],
    ['<a>AT&T</a>', 'an & that starts no entity'],
    ['<a>&#xZZ;</a>', 'malformed character reference'],
    ['<a>&#0;</a>', 'forbids'],
    ['<a>&#x110000;</a>', 'out of range'],
    ['<a>\u0001</a>', 'forbids'],
    ['<a x="\u0002"/>', 'forbids'],
    ['<a><1/></a>', 'starts no tag'],
    // A damaged name must not pass as some other element (a lost w:color would change a voice).
    ['<a><w:colo"r w:val="FF0000"/></a>', 'a character a tag name cannot hold'],
    ['<a><b w:v\'al="1"/></a>', 'a character an attribute name of <b> cannot hold'],
    ['<a></a', 'ends inside a tag'],
    ['<a x="1', 'ends inside a tag'],
    ['<a><!-- open', 'ends inside a comment'],
    ['<a><![CDATA[ open', 'ends inside a CDATA'],
    ['<a><!ELEMENT a ANY></a>', 'malformed <!'],
    ['<a/ >', 'a / inside <a>'],
  ];
  for (const [xml, reason] of refused) {
    it(`${JSON.stringify(xml)}: ${reason}`, () => {
      for (const size of [xml.length || 1, 1]) {
        const error = (() => {
          try {
            byScanner(xml, size);
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(error).toBeInstanceOf(XmlSyntaxError);
        expect((error as Error).message).toContain(reason);
      }
      // saxes refuses each of them too.
      expect(() => bySaxes(xml)).toThrow();
    });
  }

  it('reports a DOCTYPE to its caller, which refuses it', () => {
    let reported = false;
    const scanner = new XmlScanner({ open() {}, close() {}, text() {}, doctype: () => void (reported = true) }, 1 << 20);
    expect(() => scanner.write('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(XmlSyntaxError);
    expect(reported).toBe(true);
  });

  it('does not let one piece of markup run on past its limit (no quadratic re-reading)', () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {}, doctype() {} }, 1000);
    scanner.write('<a>');
    expect(() => {
      for (let i = 0; i < 10; i++) scanner.write(i === 0 ? '<b x="' : 'y'.repeat(200));
    }).toThrow(XmlTooLarge);
  });

  it('makes no text for a handler that wants none, and still refuses a bad reference in it', () => {
    const texts: string[] = [];
    const handlers = { open() {}, close() {}, text: (t: string) => void texts.push(t), wantsText: () => false, doctype() {} };
    const scanner = new XmlScanner(handlers, 1 << 20);
    scanner.write('<a>one &amp; two<b/>three</a>');
    scanner.end();
    expect(texts).toEqual([]);
    expect(() => new XmlScanner(handlers, 1 << 20).write('<a>AT&T<b/></a>')).toThrow(XmlSyntaxError);
  });

  it('attributes have no prototype: __proto__ and constructor are plain keys', () => {
    const seen: Record<string, string>[] = [];
    const scanner = new XmlScanner({ open: (_n, tag) => seen.push(tag.attributes), close() {}, text() {}, doctype() {} }, 1 << 20);
    scanner.write('<a __proto__="x" constructor="y"/>');
    scanner.end();
    expect(Object.getPrototypeOf(seen[0])).toBeNull();
    expect(Object.entries(seen[0]!)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });
});

describe('an element passed over whole (elementSource, skipElement)', () => {
  /** Scans `xml` in chunks of `chunk`; the handler asks for the source of every element named `b` and skips it when `skip` says so. */
  function scan(xml: string, skip: (source: string) => boolean, chunk = xml.length): { events: Event[]; sources: (string | null)[] } {
    const events: Event[] = [];
    const sources: (string | null)[] = [];
    const scanner: XmlScanner = new XmlScanner(
      {
        open: (name, tag) => {
          push(events, ['open', name, Object.entries(tag.attributes)]);
          if (name !== 'b') return;
          const source = scanner.elementSource();
          sources.push(source);
          if (source !== null && skip(source)) scanner.skipElement();
        },
        close: (name) => push(events, ['close', name]),
        text: (text) => push(events, ['text', text]),
        doctype: () => undefined,
      },
      1 << 20,
    );
    for (let at = 0; at < xml.length; at += chunk) scanner.write(xml.slice(at, at + chunk));
    scanner.end();
    return { events, sources };
  }

  it('gives the source from start tag to end tag, and nothing of it is reported once skipped; what follows is read as usual', () => {
    const xml = '<r><b x="1"><c y="2"/><d>t</d></b><b/><e>after</e></r>';
    const { events, sources } = scan(xml, () => true);
    expect(sources).toEqual(['<b x="1"><c y="2"/><d>t</d></b>', '<b/>']);
    expect(events).toEqual([
      ['open', 'r', []],
      ['open', 'b', [['x', '1']]],
      ['open', 'b', []],
      ['open', 'e', []],
      ['text', 'after'],
      ['close', 'e'],
      ['close', 'r'],
    ]);
    // Not skipped: every event, as before.
    expect(scan(xml, () => false).events).toEqual(bySaxes(xml));
  });

  it('gives none where the first end tag of that name may not be its own, or where the chunk ends first', () => {
    const cases: [string, null | string][] = [
      ['<r><b><!-- </b> --></b></r>', null],
      ['<r><b><![CDATA[</b>]]></b></r>', null],
      ['<r><b><?pi </b>?></b></r>', null],
      ['<r><b><b>in</b></b></r>', null],
      ['<r><b><bb/><b-x/></b></r>', '<b><bb/><b-x/></b>'],
      ['<r><b >x</b ></r>', null],
    ];
    for (const [xml, source] of cases) {
      const { events, sources } = scan(xml, (given) => given === source);
      expect(sources[0], xml).toEqual(source);
      if (source === null) expect(events, xml).toEqual(bySaxes(xml));
    }
    // Cut by the chunk: read as usual.
    const xml = '<r><b><c/></b></r>';
    const cut = scan(xml, () => true, 6);
    expect(cut.sources[0]).toBeNull();
    expect(cut.events).toEqual(bySaxes(xml));
  });

  it('never gives the root element, and refuses to skip without a source', () => {
    expect(scan('<b><c/></b>', () => true).sources).toEqual([null]);
    const scanner: XmlScanner = new XmlScanner({ open: () => scanner.skipElement(), close() {}, text() {}, doctype() {} }, 1 << 20);
    expect(() => scanner.write('<a/>')).toThrow(/without elementSource/);
  });

  it('still refuses damage after a skipped element', () => {
    expect(() => scan('<r><b><c/></b><e></r>', () => true)).toThrow(XmlSyntaxError);
  });
});
