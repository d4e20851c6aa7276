/**
 * A config's error carries its facts in `details` (docs/internals.md "Errors and their details"): the
 * file, which kind of mistake, the field's path, the line and column of a syntax error, what was known.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure } from './helpers/user-error.js';
import { loadConfig } from '../src/config/file.js';
import { parseConfigText } from '../src/config/parse.js';
import { shownPath } from './helpers/cli.js';


const yaml = (text: string) => failure(parseConfigText(text, 'cfg.yaml'));
const json = (text: string) => failure(parseConfigText(text, 'cfg.json'));

describe('bad-config details', () => {
  it('a file that is not there, or a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-cfgerr-'));
    const gone = join(dir, 'gone.yaml');
    // Paths as the message shows them (relative to the working directory when shorter: a clone beside the temporary folder).
    const [goneShown, dirShown] = [shownPath(gone, process.cwd()), shownPath(dir, process.cwd())];
    expect(await failure(loadConfig(gone))).toEqual({ code: 'bad-config', message: `${goneShown}: no such config file.`, details: { file: goneShown, kind: 'missing' } });
    expect(await failure(loadConfig(dir))).toEqual({ code: 'bad-config', message: `${dirShown}: cannot read the config (EISDIR).`, details: { file: dirShown, kind: 'unreadable', error: 'EISDIR' } });
  });

  it('YAML syntax: line and column from the parser, its reason without them', async () => {
    expect(await yaml('voices:\n  A: {color: red\n  B: x\n')).toEqual({
      code: 'bad-config',
      message: 'cfg.yaml: not valid YAML at line 3, column 3 (Flow map in block collection must be sufficiently indented and end with a }).',
      details: { file: 'cfg.yaml', kind: 'syntax', format: 'yaml', line: 3, column: 3, error: 'Flow map in block collection must be sufficiently indented and end with a }' },
    });
  });

  it('JSON syntax: line and column from the position when the parser gives one; none when it does not', async () => {
    expect(await json('{"voices": {\n  "A": {"color": "red"}\n  "B": {}}}')).toEqual({
      code: 'bad-config',
      message: "cfg.json: not valid JSON at line 3, column 3 (Expected ',' or '}' after property value).",
      details: { file: 'cfg.json', kind: 'syntax', format: 'json', line: 3, column: 3, error: "Expected ',' or '}' after property value" },
    });
    const noPosition = await json('{"voices": x}');
    expect(noPosition.details).toEqual({ file: 'cfg.json', kind: 'syntax', format: 'json', error: noPosition.message.slice('cfg.json: not valid JSON ('.length, -2) });
  });

  it('an unknown field, at the top or inside a voice, a section, a rate card, the rules', async () => {
    expect((await yaml('voices: {A: {colr: red}}')).details).toEqual({
      file: 'cfg.yaml',
      kind: 'unknown-field',
      field: 'voices.A.colr',
      known: ['color', 'highlight', 'style', 'label', 'wpm', 'pace', 'syllablesPerSecond', 'rates', 'language'],
    });
    expect((await yaml('voices: {A: {color: red}}\nsections: {S: {max: 3}}')).details).toEqual({ file: 'cfg.yaml', kind: 'unknown-field', field: 'sections.S.max', known: ['maxSeconds'] });
    expect((await yaml('voices: {A: {color: red}}\nrules: {nope: error}')).details).toMatchObject({ file: 'cfg.yaml', kind: 'unknown-field', field: 'rules.nope' });
    expect((await yaml('voices: {A: {color: red}}\ncontract: {A: {most: 3}}')).details).toEqual({
      file: 'cfg.yaml',
      kind: 'unknown-field',
      field: 'contract.A.most',
      known: ['maxWords', 'maxMinutes', 'expectWords', 'tolerance', 'maxAddedWords'],
    });
  });

  it('a value that is not right: the field', async () => {
    expect(await yaml('voices: {A: {color: "#12345"}}')).toEqual({
      code: 'bad-config',
      message: 'cfg.yaml: "voices.A.color": "#12345" is not a colour (use #RRGGBB, a CSS colour name).',
      details: { file: 'cfg.yaml', kind: 'invalid', field: 'voices.A.color' },
    });
    expect((await yaml('voices: {A: {color: red, wpm: -1}}')).details).toEqual({ file: 'cfg.yaml', kind: 'invalid', field: 'voices.A.wpm' });
    expect((await yaml('voices: {A: {}}')).details).toEqual({ file: 'cfg.yaml', kind: 'invalid', field: 'voices.A' });
    expect((await yaml('- a\n- b')).details).toEqual({ file: 'cfg.yaml', kind: 'invalid' });
    expect((await yaml('voices: {A: {color: red}}\nlanguage: 12')).details).toEqual({ file: 'cfg.yaml', kind: 'invalid', field: 'language', value: 12, problem: 'malformed' });
    expect((await yaml('voices: {A: {color: red}}\nrates: {per: word, rate: 1, currency: EURO}')).details).toEqual({ file: 'cfg.yaml', kind: 'invalid', field: 'rates.currency', value: 'EURO', suggestions: ['EUR'] });
  });

  it('a voice named in contract or locked that voices does not have: the field, the name, the voices', async () => {
    expect(await yaml('voices: {Narrator: {color: red}}\nlocked: [Narator]')).toEqual({
      code: 'bad-config',
      message: 'cfg.yaml: "locked": no voice "Narator" in "voices" (voices: "Narrator").',
      details: { file: 'cfg.yaml', kind: 'unknown-voice', field: 'locked', voice: 'Narator', voices: ['Narrator'] },
    });
    expect((await yaml('voices: {Narrator: {color: red}}\ncontract: {Narator: {maxWords: 3}}')).details).toEqual({
      file: 'cfg.yaml',
      kind: 'unknown-voice',
      field: 'contract.Narator',
      voice: 'Narator',
      voices: ['Narrator'],
    });
  });

  it('a colour both a voice\'s and not recorded: the colour, the voice and its field', async () => {
    expect((await yaml('voices: {A: {color: "#FF0000"}}\nunassigned: "#FF0000"')).details).toEqual({
      file: 'cfg.yaml',
      kind: 'clash',
      field: 'unassigned',
      colour: '#FF0000',
      voice: 'A',
      voiceField: 'voices.A.color',
    });
  });

  it('bad-pace: the pace asked for, the presets, and where', async () => {
    expect(await yaml('voices: {A: {color: red}}\npace: brisk')).toEqual({
      code: 'bad-pace',
      message: 'cfg.yaml: "pace": unknown pace "brisk"; use one of e-learning, commercial, audiobook, documentary, explainer or give words per minute.',
      details: { pace: 'brisk', known: ['e-learning', 'commercial', 'audiobook', 'documentary', 'explainer'], file: 'cfg.yaml', field: 'pace' },
    });
    expect((await yaml('voices: {A: {color: red, pace: brisk}}')).details).toEqual({
      pace: 'brisk',
      known: ['e-learning', 'commercial', 'audiobook', 'documentary', 'explainer'],
      file: 'cfg.yaml',
      field: 'voices.A.pace',
    });
  });
});
