/**
 * Sections and spots: the heading signals (outline level, heading styles, a style used only for
 * short unassigned lines, larger PDF type, spot markers) on small in-memory DOCX files, and the
 * built CLI on the Harbor Coffee commercial (tests/fixtures/sections, built by
 * scripts/build-section-fixtures.mjs: five spots marked in plain text) in DOCX and PDF, and on
 * the samples (spots and screens as Heading 2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { durationIn, isSpotMarker } from '../src/measure/sections.js';
import { buildReport } from '../src/measure/report.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { parseConfig } from '../src/config/parse.js';
import { castScript } from '../src/attribute/cast-script.js';
import { runCli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'tests/fixtures/sections/harbor-coffee';

const run = (args: string[], cwd = root) => runCli(args, cwd);

interface JsonSection {
  title: string;
  location: { paragraph: number; page?: number };
  level: number;
  source: string;
  targetSeconds: number | null;
  targetFrom: string | null;
  withinTarget: boolean | null;
  words: number;
  seconds: number;
  voices: { name: string; lineCount: number; words: number; spokenWords: number; seconds: number }[];
}
const sectionsOf = (file: string, extra: string[] = []) => JSON.parse(run(['summary', file, '--json', ...extra]).stdout).sections as JsonSection[];

const GREY = '<w:color w:val="404040"/>';
const CONFIG = { voices: { Narrator: { color: '#404040' } }, unassigned: ['#000000'], wpm: 150 };
const styles = (extra: string) =>
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' + extra;
const para = (text: string, { style, grey = false, pPr = '' }: { style?: string; grey?: boolean; pPr?: string } = {}) =>
  `<w:p>${style || pPr ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${pPr}</w:pPr>` : ''}${r(text, grey ? GREY : '')}</w:p>`;
const say = (text: string) => para(text, { grey: true });

/** Sections of an in-memory DOCX read with CONFIG (and config `sections` when given). */
async function sections(body: string, styleXml = '', config: Record<string, unknown> = CONFIG) {
  const script = await readScriptBytes(buildDocx({ body, styles: styles(styleXml) }), 'test.docx');
  const map = parseConfig(config, 'cfg.json').voiceMap;
  const report = buildReport(castScript(script, map), { configWpm: map.wpm });
  return { sections: report.sections.map((s) => ({ title: s.title, level: s.level, source: s.source, target: s.targetSeconds, words: s.words })), warnings: report.warnings };
}

describe('spot markers and durations (pure)', () => {
  it.each([
    ['SPOT 1 — :30', 30, true],
    ['SPOT 2 — “Morning Rush” (RADIO, 30")', 30, true],
    ['(RADIO, 30")', 30, true],
    ['(TÉLÉ, 30")', 30, true],
    ['(télé, 20")', 20, true],
    ['SPOT 3 — Iced Tag — 15s', 15, true],
    ['SPOT 4 — “Night Shift” (TV) — 60 sec', 60, true],
    ['SPOT 5 — Loyalty — 0:30', 30, true],
    ['Spot 3 : 30\'\'', 30, true],
    ['Tag — 0:10', 10, true],
    ['SPOT 2', null, true],
    ['Spot 2 — “Save 30” — :60', 60, true],
  ])('%s is a spot marker (target %s)', (text, seconds, marker) => {
    expect(durationIn(text)).toBe(seconds);
    expect(isSpotMarker(text)).toBe(marker);
  });

  it.each([
    'MUSIC: Upbeat ukulele bed under, 30s',
    'SFX: Espresso machine hiss, 2 sec.',
    'Talent: Barista (woman, 30s–40s, warm); Customer (man, 20s, sleepy).',
    'LEGAL (read fast, approx. 5 seconds):',
    '[Hold on logo for 3 seconds]',
    'We open at 6:30 every morning',
    'Woman in her 40s',
    'Hold for 10 seconds',
    'Pause 2s',
    'Écran 1 — Introduction',
    'Radio, 3 spots. Client approval draft 2, March 14.',
  ])('%s is no spot marker', (text) => {
    expect(isSpotMarker(text)).toBe(false);
  });
});

describe('headings in a DOCX', () => {
  it('outline level from the style chain or direct formatting; a chapter holds its screens', async () => {
    const styleXml =
      '<w:style w:type="paragraph" w:styleId="Chap"><w:name w:val="Chapter title"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ScreenBase"><w:name w:val="Screen base"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Screen"><w:name w:val="Screen"/><w:basedOn w:val="ScreenBase"/></w:style>';
    const body =
      para('Part one', { style: 'Chap' }) +
      para('Screen A', { style: 'Screen' }) +
      say('One two three.') +
      para('Screen B', { pPr: '<w:outlineLvl w:val="1"/>' }) +
      say('Four five.') +
      para('Part two', { style: 'Chap' }) +
      say('Six seven eight nine.') +
      // Level 9 is body text, not a heading.
      para('Not a heading', { pPr: '<w:outlineLvl w:val="9"/>' }) +
      say('Ten.');
    expect((await sections(body, styleXml)).sections).toEqual([
      { title: 'Part one', level: 1, source: 'outline', target: null, words: 5 },
      { title: 'Screen A', level: 2, source: 'outline', target: null, words: 3 },
      { title: 'Screen B', level: 2, source: 'outline', target: null, words: 2 },
      { title: 'Part two', level: 1, source: 'outline', target: null, words: 5 },
    ]);
  });

  it('heading style names (any language); the title alone above everything is the document’s, not a section', async () => {
    const styleXml =
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/></w:style>';
    const body = para('Module 4', { style: 'Title' }) + para('Écran 1 — Accueil', { style: 'Titre2' }) + say('Bonjour à tous.') + para('Écran 2 — Suite', { style: 'Titre2' }) + say('Et voilà la suite.');
    expect((await sections(body, styleXml)).sections).toEqual([
      { title: 'Écran 1 — Accueil', level: 1, source: 'heading-style', target: null, words: 3 },
      { title: 'Écran 2 — Suite', level: 1, source: 'heading-style', target: null, words: 4 },
    ]);
  });

  it('a style used only for short unassigned lines, each its own, with voice lines between: headings', async () => {
    const styleXml = '<w:style w:type="paragraph" w:styleId="Scr"><w:name w:val="Screen label"/></w:style>';
    const body = para('Screen 1 — Welcome', { style: 'Scr' }) + say('Welcome aboard.') + para('Some unassigned note here') + para('Screen 2 — Safety', { style: 'Scr' }) + say('Wear your badge at all times.');
    expect((await sections(body, styleXml)).sections).toEqual([
      { title: 'Screen 1 — Welcome', level: 1, source: 'short-line-style', target: null, words: 2 },
      { title: 'Screen 2 — Safety', level: 1, source: 'short-line-style', target: null, words: 6 },
    ]);
  });

  it('speaker names in their own style (they repeat) and cue lines side by side are no headings', async () => {
    const styleXml = '<w:style w:type="paragraph" w:styleId="Char"><w:name w:val="Character"/></w:style><w:style w:type="paragraph" w:styleId="Cue"><w:name w:val="Sound cue"/></w:style>';
    const body =
      para('NARRATOR', { style: 'Char' }) + say('Hello there.') + para('Door slams', { style: 'Cue' }) + para('Wind howls', { style: 'Cue' }) + para('NARRATOR', { style: 'Char' }) + say('Goodbye now.');
    expect(await sections(body, styleXml)).toEqual({ sections: [], warnings: expect.any(Array) });
  });

  it('a script without headings or markers has no sections', async () => {
    expect((await sections(say('Just one line.') + para('Notes for the studio'))).sections).toEqual([]);
  });

  it('voice lines before the first heading are a section of their own, so the sections add up', async () => {
    const styleXml = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>';
    const body = say('Intro words here.') + para('Part A', { style: 'H1' }) + say('Alpha beta.') + para('Part B', { style: 'H1' }) + say('Gamma.');
    expect((await sections(body, styleXml)).sections).toEqual([
      { title: 'Before the first heading', level: 1, source: 'start', target: null, words: 3 },
      { title: 'Part A', level: 1, source: 'heading-style', target: null, words: 2 },
      { title: 'Part B', level: 1, source: 'heading-style', target: null, words: 1 },
    ]);
  });

  it('config targets set and override a heading’s; a target naming no section is a warning', async () => {
    const body = para('SPOT 1 — :30') + say('One two.') + para('SPOT 2 — :15') + say('Three.') + para('SPOT 10 — :60') + say('Four.');
    const config = { ...CONFIG, sections: { 'spot 1': { maxSeconds: 25 }, 'SPOT 7': { maxSeconds: 10 } } };
    const { sections: found, warnings } = await sections(body, '', config);
    // "spot 1" matches SPOT 1 (any case) but not SPOT 10.
    expect(found.map((s) => [s.title, s.target])).toEqual([
      ['SPOT 1 — :30', 25],
      ['SPOT 2 — :15', 15],
      ['SPOT 10 — :60', 60],
    ]);
    expect(warnings.filter((w) => w.code === 'unknown-section').map((w) => w.message)).toEqual([
      'The config sets a target of 0:10 for section "SPOT 7", but no section of the script has that title (sections: "SPOT 1 — :30", "SPOT 2 — :15", "SPOT 10 — :60").',
    ]);
  });

  it('config sections: a bad target names its field', () => {
    expect(() => parseConfig({ ...CONFIG, sections: { 'SPOT 2': { maxSeconds: -1 } } }, 'cfg.json')).toThrow('cfg.json: "sections.SPOT 2.maxSeconds" must be a positive number, not -1.');
    expect(() => parseConfig({ ...CONFIG, sections: { 'SPOT 2': { max: 20 } } }, 'cfg.json')).toThrow('cfg.json: unknown field "sections.SPOT 2.max" (known: maxSeconds).');
    expect(() => parseConfig({ ...CONFIG, sections: ['SPOT 2'] }, 'cfg.json')).toThrow('cfg.json: "sections" must map section titles to targets');
  });
});

interface Expected {
  spots: { title: string; voices: Record<string, number> }[];
}
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/sections/expected.json'), 'utf8')) as Expected;

describe('a commercial with five spots marked in plain text (Harbor Coffee), DOCX and PDF', () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`${format}: each spot with its target and exactly each voice's words`, () => {
      const found = sectionsOf(`${FIXTURE}.${format}`);
      expect(found.map((s) => s.title)).toEqual(expected.spots.map((s) => s.title));
      expect(found.map((s) => Object.fromEntries(s.voices.map((v) => [v.name, v.words])))).toEqual(expected.spots.map((s) => s.voices));
      // Targets from the markers (:30, 30", 15s, 60 sec, 0:30); the config's "SPOT 2" sets 20 s.
      expect(found.map((s) => [s.targetSeconds, s.targetFrom])).toEqual([
        [30, 'heading'],
        [20, 'config'],
        [15, 'heading'],
        [60, 'heading'],
        [30, 'heading'],
      ]);
      expect(found.map((s) => s.source)).toEqual(Array(5).fill('spot-marker'));
      // 54 words at 160 wpm: 20.25 s, over the 20 s of the config. Spot 1's "6:30" is said "six thirty": 50 spoken words, 18.75 s.
      expect(found.map((s) => [s.words, s.seconds, s.withinTarget])).toEqual([
        [49, 18.8, true],
        [54, 20.3, false],
        [16, 6, true],
        [69, 25.5, true],
        [44, 16.5, true],
      ]);
    });
  }

  it('summary: a table per spot, ✓ within its target and ✗ over it', () => {
    const { code, stdout } = run(['summary', `${FIXTURE}.docx`]);
    expect(code).toBe(0);
    const block = stdout.slice(stdout.indexOf('Sections (5):'), stdout.indexOf('\nWarnings'));
    expect(block.split('\n').slice(0, 14)).toEqual([
      'Sections (5):',
      '',
      '  SPOT 1 — :30 · ¶4 · ✓ 18.8 s of 30 s',
      '    Voice      Lines  Words  Spoken  Time',
      '    Announcer      2     32      32  0:12',
      '    Barista        2     12      13  0:05',
      '    Customer       1      5       5  0:02',
      '    Total          5     49      50  0:19',
      '',
      '  SPOT 2 — “Morning Rush” (RADIO, 30") · ¶11 · ✗ 20.3 s of 20 s (0.3 s over) (target from the config)',
      '    Voice      Lines  Words  Spoken  Time',
      '    Announcer      1     25      25  0:09',
      '    Barista        1     16      16  0:06',
      '    Customer       2     13      13  0:05',
    ]);
  });

  it('check: a spot over its target is a section-time error (exit 1); the level is configurable', () => {
    const failed = run(['check', `${FIXTURE}.docx`, '--format', 'json', '--rule', 'confusable-colours=off']);
    expect(failed.code).toBe(1);
    const file = JSON.parse(failed.stdout).files[0];
    expect(file.rules['section-time']).toBe('error');
    expect(file.findings).toEqual([
      {
        rule: 'section-time',
        level: 'error',
        message: 'SPOT 2 — “Morning Rush” (RADIO, 30"): about 20.3 s to record (54 words spoken: Announcer 9.4 s, Barista 6 s, Customer 4.9 s), over the config\'s target of 20 s by 0.3 s.',
        location: { story: 'body', paragraph: 11 },
      },
    ]);
    expect(run(['check', `${FIXTURE}.docx`, '--rule', 'section-time=warning', '--rule', 'confusable-colours=off']).code).toBe(0);
  });

  it('check: a config target that names no section fails the rule, so a misspelt title is caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-sections-'));
    const config = JSON.parse(readFileSync(join(root, 'tests/fixtures/sections/vo-lines.config.json'), 'utf8'));
    config.sections = { 'SPOT 9': { maxSeconds: 20 } };
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify(config));
    const { code, stdout } = run(['check', `${FIXTURE}.docx`, '--config', join(dir, 'cfg.json'), '--format', 'json', '--rule', 'confusable-colours=off']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].findings.map((f: { message: string }) => f.message)).toEqual([
      'The config sets a target of 0:20 for section "SPOT 9", but no section of the script has that title (sections: "SPOT 1 — :30", "SPOT 2 — “Morning Rush” (RADIO, 30")", "SPOT 3 — Iced Tag — 15s", "SPOT 4 — “Night Shift” (TV) — 60 sec", "SPOT 5 — Loyalty — 0:30").',
    ]);
  });
});

describe('the samples: spots and screens as Heading 2, same sections from the DOCX and its PDF', () => {
  it('en-commercial: three spots with their targets; spot 2 runs over its :60 (9.8 s, its figures and address said in full)', () => {
    for (const file of ['samples/en-commercial/spring-sale.docx', 'samples/en-commercial/spring-sale.pdf']) {
      const found = sectionsOf(file);
      expect(found.map((s) => [s.title, s.targetSeconds, s.words, s.seconds, s.withinTarget])).toEqual([
        ['Spot 1 — “Weekend Plans” — :30', 30, 69, 27, true],
        ['Spot 2 — “Garden Center” — :60', 60, 166, 69.8, false],
        ['Spot 3 — “Last Chance” — :30', 30, 58, 23.3, true],
      ]);
      expect(found.map((s) => s.voices.map((v) => v.words))).toEqual([
        [49, 20],
        [145, 21],
        [49, 9],
      ]);
    }
  });

  it('fr-elearning: seven screens, no targets; the screens add up to each voice’s words', () => {
    const docx = sectionsOf('samples/fr-elearning/module-securite.docx');
    const pdf = sectionsOf('samples/fr-elearning/module-securite.pdf');
    expect(docx.map((s) => s.title)).toEqual([
      'Écran 1 — Introduction',
      'Écran 2 — Quelques chiffres',
      'Écran 3 — Les équipements de protection',
      'Écran 4 — Circuler en sécurité',
      'Écran 5 — Storyboard : gestes et postures',
      'Écran 6 — En cas d’accident',
      'Écran 7 — Conclusion',
    ]);
    expect(pdf.map((s) => [s.title, s.voices])).toEqual(docx.map((s) => [s.title, s.voices]));
    const sum = (name: string) => docx.reduce((total, s) => total + s.voices.find((v) => v.name === name)!.words, 0);
    expect([sum('Narrateur'), sum('Formatrice'), sum('Apprenant')]).toEqual([394, 271, 97]);
    expect(docx.every((s) => s.targetSeconds === null && s.withinTarget === null)).toBe(true);
  });
});

describe('sections from the paragraph texts casting read', () => {
  // buildReport reuses the texts and words casting read of each paragraph that is one line; a copy
  // of the casting carries none, so its report reads every paragraph again: the two must agree.
  it.each(['tests/fixtures/sections/harbor-coffee.docx', 'tests/fixtures/sections/harbor-coffee.pdf', 'samples/en-commercial/spring-sale.docx', 'samples/fr-elearning/module-securite.docx'])(
    '%s: the same report either way, with its config and without',
    async (file) => {
      const { readScript } = await import('../src/readers/index.js');
      const { findConfig, loadConfig } = await import('../src/config/file.js');
      const script = await readScript(join(root, file));
      const config = await loadConfig(findConfig(join(root, file))!);
      for (const map of [config.voiceMap, null]) {
        const casting = castScript(script, map);
        const report = buildReport(casting);
        expect(report).toEqual(buildReport({ ...casting }));
        expect(report.sections.length + report.total.lineCount).toBeGreaterThan(0);
      }
    },
  );
});
