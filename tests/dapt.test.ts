/**
 * `export --format dapt`: the W3C DAPT document parsed back with a namespace-aware XML parser
 * (saxes) and checked against the structure DAPT requires (CR, §4.1–4.4: root attributes,
 * characters as ttm:agent in the first head/metadata, script events as div with xml:id, one p per
 * line with its language): one character per voice, one script event per voice line, texts and
 * order as `lines --json` gives them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/measure/report.js';
import { renderDapt } from '../src/render/dapt.js';
import { buildDocx } from './helpers/docx-builder.js';
import { runCli, shownPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const run = (args: string[]) => runCli(args, root);

const NS = {
  tt: 'http://www.w3.org/ns/ttml',
  ttm: 'http://www.w3.org/ns/ttml#metadata',
  ttp: 'http://www.w3.org/ns/ttml#parameter',
  daptm: 'http://www.w3.org/ns/ttml/profile/dapt#metadata',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

interface Element {
  ns: string;
  name: string;
  attrs: Map<string, string>;
  children: Element[];
  text: string;
}

/** Parses with namespaces resolved: attributes keyed `{uri}local` (no prefix for unqualified ones). */
function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | null = null;
  parser.on('opentag', (tag) => {
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs.set(attr.uri ? `{${attr.uri}}${attr.local}` : attr.local, attr.value);
    }
    const element: Element = { ns: tag.uri, name: tag.local, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

const child = (element: Element, ns: string, name: string) => element.children.filter((c) => c.ns === ns && c.name === name);
const XML_NAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

interface Dapt {
  root: Element;
  characters: { id: string; name: string }[];
  events: { id: string; agent: string; represents: string | undefined; lang: string | undefined; langSrc: string | undefined; text: string; ps: number }[];
}

/** The DAPT structure, every MUST of the profile that applies to a pre-recording dialogue script checked on the way. */
function readDapt(xml: string): Dapt {
  const root = parse(xml);
  expect([root.ns, root.name]).toEqual([NS.tt, 'tt']);
  expect(root.attrs.get(`{${NS.ttp}}contentProfiles`)).toBe('http://www.w3.org/ns/ttml/profile/dapt1.0/content');
  expect(root.attrs.get(`{${NS.daptm}}scriptRepresents`)).toBe('audio.dialogue');
  expect(root.attrs.get(`{${NS.daptm}}scriptType`)).toBe('preRecording');
  expect(root.attrs.get(`{${NS.xml}}lang`)).toMatch(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  expect(root.attrs.has(`{${NS.daptm}}langSrc`)).toBe(true);
  const [head] = child(root, NS.tt, 'head');
  const [metadata] = child(head!, NS.tt, 'metadata');
  const characters = child(metadata!, NS.ttm, 'agent').map((agent) => {
    expect(agent.attrs.get('type')).toBe('character');
    const names = child(agent, NS.ttm, 'name');
    expect(names).toHaveLength(1);
    expect(names[0]!.attrs.get('type')).toBe('alias');
    return { id: agent.attrs.get(`{${NS.xml}}id`)!, name: names[0]!.text };
  });
  const [body] = child(root, NS.tt, 'body');
  const events = child(body!, NS.tt, 'div').map((div) => {
    const ps = child(div, NS.tt, 'p');
    expect(child(div, NS.tt, 'div')).toEqual([]);
    return {
      id: div.attrs.get(`{${NS.xml}}id`)!,
      agent: div.attrs.get(`{${NS.ttm}}agent`)!,
      represents: div.attrs.get(`{${NS.daptm}}represents`),
      lang: ps[0]?.attrs.get(`{${NS.xml}}lang`),
      langSrc: ps[0]?.attrs.get(`{${NS.daptm}}langSrc`),
      text: ps[0]?.text ?? '',
      ps: ps.length,
    };
  });
  // Unique identifiers: XML Names, each used once across characters and events.
  const ids = [...characters.map((c) => c.id), ...events.map((e) => e.id)];
  for (const id of ids) expect(id).toMatch(XML_NAME);
  expect(new Set(ids).size).toBe(ids.length);
  // Every event names a character that exists, represents dialogue and holds one text.
  for (const event of events) {
    expect(characters.map((c) => c.id)).toContain(event.agent);
    expect(event.represents).toBe('audio.dialogue');
    expect(event.ps).toBe(1);
  }
  return { root, characters, events };
}

interface LinesJson {
  voices: { name: string; lines: { id: string; text: string; location: { paragraph: number } }[] }[];
}

describe('export --format dapt on the samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-dapt-'));

  for (const [script, lang] of [
    ['samples/en-commercial/spring-sale.docx', 'en-US'],
    ['samples/fr-elearning/module-securite.docx', 'fr'],
    ['tests/fixtures/sections/harbor-coffee.pdf', 'en'],
  ] as const) {
    it(`${script}: one character per voice, one script event per voice line, texts and IDs as lines --json`, () => {
      const out = join(dir, `${script.split('/').pop()}.ttml`);
      const result = run(['export', script, '-o', out, '--format', 'dapt', '--lang', lang]);
      const json = JSON.parse(run(['lines', script, '--json']).stdout) as LinesJson;
      const total = json.voices.reduce((sum, v) => sum + v.lines.length, 0);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe(`Wrote ${shownPath(out)}: DAPT pre-recording script, ${json.voices.length} characters, ${total} script events.`);
      const dapt = readDapt(readFileSync(out, 'utf8'));
      expect(dapt.characters.map((c) => c.name)).toEqual(json.voices.map((v) => v.name));
      expect(dapt.events).toHaveLength(total);
      for (const [i, voice] of json.voices.entries()) {
        const own = dapt.events.filter((e) => e.agent === dapt.characters[i]!.id);
        expect(own.map((e) => e.text)).toEqual(voice.lines.map((l) => l.text));
        expect(own.map((e) => e.id)).toEqual(voice.lines.map((l) => `line_${l.id}`));
      }
      expect(new Set(dapt.events.map((e) => e.lang))).toEqual(new Set([lang]));
      expect(new Set(dapt.events.map((e) => e.langSrc))).toEqual(new Set([lang]));
      expect(dapt.root.attrs.get(`{${NS.xml}}lang`)).toBe(lang);
      // Script order: by paragraph across the voices.
      const paragraphOf = new Map<string, number>(json.voices.flatMap((v) => v.lines.map((l) => [`line_${l.id}`, l.location.paragraph] as const)));
      const paragraphs = dapt.events.map((e) => paragraphOf.get(e.id)!);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    });
  }

  it('inside a paragraph two voices share, the answer follows its cue', () => {
    const dapt = readDapt(readFileSync(join(dir, 'spring-sale.docx.ttml'), 'utf8'));
    const texts = dapt.events.map((e) => e.text);
    expect(texts.indexOf('Wait, Sunday? This Sunday?') + 1).toBe(texts.findIndex((t) => t.startsWith('This Sunday. Twenty-five percent')));
  });

  it('no --lang: the script\'s language as the document declares it (en-US here)', () => {
    const out = join(dir, 'declared.ttml');
    expect(run(['export', 'samples/en-commercial/spring-sale.docx', '-o', out]).code).toBe(0);
    const dapt = readDapt(readFileSync(out, 'utf8'));
    expect(dapt.root.attrs.get(`{${NS.xml}}lang`)).toBe('en-US');
    expect(dapt.root.attrs.get(`{${NS.daptm}}langSrc`)).toBe('en-US');
    expect(new Set(dapt.events.map((e) => [e.lang, e.langSrc].join('|')))).toEqual(new Set(['en-US|en-US']));
  });

  it('a language only assumed (no w:lang, too few words to tell): xml:lang "und" and an empty daptm:langSrc (DAPT: not yet determined)', () => {
    const script = join(dir, 'tiny.docx');
    writeFileSync(script, buildDocx({ body: '<w:p><w:r><w:rPr><w:color w:val="404040"/></w:rPr><w:t>Hello there.</w:t></w:r></w:p>' }));
    const out = join(dir, 'und.ttml');
    // The voice named (a DAPT of the colours found is refused: voices-not-named).
    writeFileSync(join(dir, 'tiny.yaml'), 'voices:\n  Anna: { color: "#404040" }\n');
    expect(run(['export', script, '-o', out, '-c', join(dir, 'tiny.yaml')]).code).toBe(0);
    const dapt = readDapt(readFileSync(out, 'utf8'));
    expect(dapt.root.attrs.get(`{${NS.xml}}lang`)).toBe('und');
    expect(dapt.root.attrs.get(`{${NS.daptm}}langSrc`)).toBe('');
  });

  it('--voice keeps one character and its events; unassigned text is refused', () => {
    const out = join(dir, 'customer.ttml');
    expect(run(['export', 'samples/en-commercial/spring-sale.docx', '-o', out, '--voice', 'customer']).code).toBe(0);
    const dapt = readDapt(readFileSync(out, 'utf8'));
    expect(dapt.characters).toEqual([{ id: 'character_1', name: 'Customer' }]);
    expect(dapt.events).toHaveLength(7);
    const refused = run(['export', 'samples/en-commercial/spring-sale.docx', '-o', join(dir, 'u.ttml'), '--unassigned']);
    expect([refused.code, refused.stderr]).toEqual([2, "vo-lines: DAPT holds the voices' dialogue: unassigned text (headings, directions, sound cues) is left out; drop --unassigned.\n"]);
  });
});

describe('export --format dapt of a dubbing script with time codes and speakers\' labels', () => {
  it('the label (name, aside) and the time code as written are the event\'s descriptions, not its text; no begin/end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-dapt-tc-'));
    const out = join(dir, 'colour-fr.ttml');
    expect(run(['export', 'tests/fixtures/timecodes/colour-fr.docx', '-o', out, '--lang', 'fr']).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    const dapt = readDapt(xml);
    const [body] = child(dapt.root, NS.tt, 'body');
    const events = child(body!, NS.tt, 'div').map((div) => ({
      descs: child(div, NS.ttm, 'desc').map((d) => [d.attrs.get(`{${NS.daptm}}descType`), d.text]),
      text: child(div, NS.tt, 'p')[0]!.text,
      timed: div.attrs.has('begin') || div.attrs.has('end'),
    }));
    expect(events.slice(0, 4)).toEqual([
      { descs: [['x-timecode', '01:14:02:10'], ['x-label', 'MARC (off) :']], text: 'Tu viens ce soir ?', timed: false },
      { descs: [['x-timecode', '01:14:04:02'], ['x-label', 'JULIE :']], text: 'Je sais pas (rires) on verra.', timed: false },
      { descs: [['x-timecode', '01:14:07:19'], ['x-label', 'MARC :']], text: 'Allez, dis oui !', timed: false },
      { descs: [['x-timecode', '01:14:09:00'], ['x-label', 'JULIE (V.O.) :']], text: 'Bon… d’accord.', timed: false },
    ]);
    // Descriptions come before the text, as TTML's content model wants metadata first.
    expect(xml).toContain('<ttm:desc daptm:descType="x-label">MARC (off) :</ttm:desc>\n      <p xml:lang="fr" daptm:langSrc="fr">Tu viens ce soir ?</p>');
  });
});

describe('renderDapt (pure)', () => {
  it('escapes markup in names and texts, drops characters XML cannot hold', () => {
    const line = (id: string, text: string, paragraph: number) => ({ id, text, words: 1, spokenWords: 1, seconds: 1, location: { story: 'body' as const, paragraph }, cue: null });
    const report = {
      file: 'x.docx',
      voices: [
        { name: 'Tom & "Jerry" <VO>', lines: [line('0abc', 'A < B && C > D "quoted" \u0007bell', 1)] },
        { name: 'Zoë', lines: [line('1def', 'Ça va ? — « oui »', 2)] },
      ],
      unassigned: { lines: [] },
      sections: [],
    } as unknown as Report;
    const dapt = readDapt(renderDapt(report, { lang: 'fr', title: 'x.docx' }));
    expect(dapt.characters).toEqual([
      { id: 'character_1', name: 'Tom & "Jerry" <VO>' },
      { id: 'character_2', name: 'Zoë' },
    ]);
    expect(dapt.events.map((e) => [e.id, e.agent, e.text])).toEqual([
      ['line_0abc', 'character_1', 'A < B && C > D "quoted" bell'],
      ['line_1def', 'character_2', 'Ça va ? — « oui »'],
    ]);
    const [head] = child(dapt.root, NS.tt, 'head');
    expect(child(child(head!, NS.tt, 'metadata')[0]!, NS.ttm, 'title')[0]!.text).toBe('x.docx');
  });
});
