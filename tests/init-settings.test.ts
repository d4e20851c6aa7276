/**
 * A config of settings only (no voices: `wpm`, `language`, `directions`…) beside the script:
 * - `init` refuses to write over it, and says --force writes the voices into it;
 * - `init --force` writes the voices found into it and keeps its settings, as written (YAML: its
 *   entries and their comments as they were, the one init would write for the same setting replaced;
 *   JSON: merged), where before it wrote a new config over it, its settings lost;
 * - `sides` under it marks its directions (`"()": off`: a bracket read aloud), where it used the default.
 * Scripts built in memory (tests/helpers/docx-builder.ts); every output asserted exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const RED = '<w:color w:val="C00000"/>';
const BLUE = '<w:color w:val="0070C0"/>';
const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

/** A folder holding a two-colour script (and `config` under its name, if given). */
function folder(config?: { name: string; text: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-init-settings-'));
  dirs.push(dir);
  const body = P(r('Welcome aboard — module 1')) + P(r('(warmly) Welcome aboard, everyone. Let us start.', RED)) + P(r('Thanks! Where do we begin?', BLUE)) + P(r('Right here, at the front desk.', RED));
  writeFileSync(join(dir, 'module.docx'), buildDocx({ body }));
  if (config) writeFileSync(join(dir, config.name), config.text);
  return dir;
}

const YAML_SETTINGS = '# Settings for the hotel job\nwpm: 140   # slow, for learners\nlanguage: en-GB\n\n# Brackets: square ones are never read\ndirections: { "[]": anywhere, "()": off }\n';

describe('init over a config of settings only', () => {
  it('without --force: refused, saying --force writes the voices into it', () => {
    const dir = folder({ name: 'vo-lines.config.yaml', text: YAML_SETTINGS });
    const { code, stderr } = runCli(['init', 'module.docx'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'vo-lines: vo-lines.config.yaml already exists beside the script, with settings (wpm, language, directions) and no voices: add the voices to it yourself, or pass --force to write them into it, its settings kept.\n',
    );
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(YAML_SETTINGS);
  });

  it('YAML, --force: the voices written into it, its settings kept with their comments (its wpm over the one init writes)', () => {
    const dir = folder({ name: 'vo-lines.config.yaml', text: YAML_SETTINGS });
    const { code, stdout } = runCli(['init', 'module.docx', '--force'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'Wrote vo-lines.config.yaml (2 voices, one per colour; #000000 black text taken as not recorded).',
      'Kept its settings: wpm, language, directions.',
    ]);
    expect(readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8')).toBe(
      [
        '# vo-lines config for module.docx, written by `vo-lines init`: one voice per colour found.',
        '# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.',
        'voices:',
        '  red: { color: "#C00000" }   # 13 words, 2 lines',
        '  blue: { color: "#0070C0" }   # 5 words, 1 line',
        '  # black: { color: "#000000" }   # 4 words, 1 line: if this text is read, uncomment this line and take "#000000" out of unassigned',
        'unassigned: ["#000000"]   # black text (titles, directions…) taken as not recorded',
        '# Settings for the hotel job',
        'wpm: 140   # slow, for learners',
        '',
        'language: en-GB',
        '',
        '# Brackets: square ones are never read',
        'directions: { "[]": anywhere, "()": off }',
        '',
      ].join('\n'),
    );
    // The config written is read as it says: its pace and language.
    const summary = JSON.parse(runCli(['summary', 'module.docx', '--json'], dir).stdout) as { voices: { name: string; wpm: number }[]; language: { tag: string } };
    expect(summary.voices.map((v) => [v.name, v.wpm])).toEqual([['red', 140], ['blue', 140]]);
    expect(summary.language.tag).toBe('en-GB');
  });

  it('JSON, --force: written into it, merged; `kept` in init --json', () => {
    const dir = folder({ name: 'vo-lines.config.json', text: '{ "pace": "e-learning", "directions": { "()": "off" } }\n' });
    const { code, stdout } = runCli(['init', 'module.docx', '--force', '--json'], dir);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { config: string; kept: string[] };
    expect([json.config, json.kept]).toEqual(['vo-lines.config.json', ['pace', 'directions']]);
    expect(JSON.parse(readFileSync(join(dir, 'vo-lines.config.json'), 'utf8'))).toEqual({
      voices: { 'red': { color: '#C00000' }, blue: { color: '#0070C0' } },
      unassigned: ['#000000'],
      pace: 'e-learning',
      directions: { '()': 'off' },
    });
  });
});

describe('sides under a config of settings only', () => {
  /** The booth script's runs holding `text`, as `[text, italic]`. */
  function boothRuns(dir: string, file: string, text: string): [string, boolean][] {
    const xml = strFromU8(unzipSync(readFileSync(join(dir, file)))['word/document.xml']!);
    const out: [string, boolean][] = [];
    for (const run of xml.match(/<w:r>.*?<\/w:r>/gsu) ?? []) {
      const t = /<w:t[^>]*>([^<]*)<\/w:t>/u.exec(run)?.[1];
      if (t?.includes(text)) out.push([t, run.includes('<w:i/>')]);
    }
    return out;
  }

  it('its directions are the booth script\'s: "()": off reads (warmly) aloud, not greyed as a direction', () => {
    const plain = folder();
    expect(runCli(['sides', 'module.docx', '--voice', 'red', '--format', 'docx', '--no-config', '-o', 'plain.docx'], plain).code).toBe(0);
    expect(boothRuns(plain, 'plain.docx', '(warmly)')).toEqual([['(warmly)', true]]);
    const dir = folder({ name: 'vo-lines.config.yaml', text: 'directions: { "[]": anywhere, "()": off }\n' });
    expect(runCli(['sides', 'module.docx', '--voice', 'red', '--format', 'docx', '-o', 'set.docx'], dir).code).toBe(0);
    expect(boothRuns(dir, 'set.docx', '(warmly)')).toEqual([['(warmly) Welcome aboard, everyone. Let us start.', false]]);
  });
});
