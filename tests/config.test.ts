import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { parseConfig } from '../src/config/parse.js';
import { findConfig, loadConfig } from '../src/config/file.js';

const errorOf = (data: unknown): UserError => {
  try {
    parseConfig(data, 'cfg.json');
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected the config to be refused');
};

describe('config', () => {
  it('reads the documented shape, with a string or a list of colours', () => {
    const config = parseConfig(
      { voices: { Narrator: { color: '#404040' }, VO1: { highlight: 'yellow' }, Both: { color: ['#1F4E79', 'blue'], highlight: 'cyan', pace: 'audiobook' } }, wpm: 140, tolerance: 4 },
      'cfg.json',
    );
    expect(config.contract).toEqual({});
    expect(config.locked).toEqual([]);
    expect(config.voiceMap).toEqual({
      source: 'cfg.json',
      origin: 'config',
      wpm: 140,
      tolerance: 4,
      unassigned: [],
      directions: { '[]': 'anywhere', '()': 'leading' },
      voices: [
        { name: 'Narrator', colors: ['#404040'], highlights: [], styles: [], labels: [] },
        { name: 'VO1', colors: [], highlights: ['#FFFF00'], styles: [], labels: [] },
        { name: 'Both', colors: ['#1F4E79', '#0000FF'], highlights: ['#00FFFF'], styles: [], labels: [], wpm: 155 },
      ],
    });
  });

  it.each([
    [{ voices: [] }, 'cfg.json: "voices" must map each voice name to its colour, e.g. {"voices": {"Narrator": {"color": "#404040"}}}.'],
    [{ voices: {}, colour: 1 }, 'cfg.json: unknown field "colour" (known: voices, wpm, pace, tolerance, unassigned, directions, contract, rules, locked, sections, language, timing, syllablesPerSecond, rates, continueLabels).'],
    [{ voices: {} }, 'cfg.json: "voices" is empty: name at least one voice, or leave "voices" out to take the voices from the script\'s legend or its colours.'],
    [{ voices: { N: { color: '#40404' } } }, 'cfg.json: "voices.N.color": "#40404" is not a colour (use #RRGGBB, a CSS colour name).'],
    [{ voices: { N: { highlight: 'sparkly' } } }, 'cfg.json: "voices.N.highlight": "sparkly" is not a colour (use #RRGGBB, a CSS colour name or a Word highlight name such as yellow, brightGreen or lightGray).'],
    [{ voices: { N: {} } }, 'cfg.json: "voices.N" needs a "color", a "highlight", a "style" or a "label".'],
    [{ voices: { N: { color: 'red', size: 3 } } }, 'cfg.json: unknown field "voices.N.size" (known: color, highlight, style, label, wpm, pace, syllablesPerSecond, rates, language).'],
    [{ voices: { N: { color: 'red' } }, wpm: -3 }, 'cfg.json: "wpm" must be a positive number, not -3.'],
    [{ voices: { N: { color: 'red' } }, pace: 'slow' }, 'cfg.json: "pace": unknown pace "slow"; use one of e-learning, commercial, audiobook, documentary, explainer or give words per minute.'],
    [[1, 2], 'cfg.json: the config must be an object: a "voices" map, settings (language, pace…), or both.'],
    [{ voices: { N: { label: '' } } }, 'cfg.json: "voices.N.label" must be a name or a list of names.'],
    [{ voices: { N: { color: 'red' } }, directions: { '[': 'anywhere' } }, 'cfg.json: "directions": "[" is not a bracket pair such as "[]" or "()".'],
    [{ voices: { N: { color: 'red' } }, directions: { '[]': 'always' } }, 'cfg.json: "directions.[]" must be anywhere, leading or off.'],
    [{ voices: { N: { color: 'red' } }, unassigned: ['blackish'] }, 'cfg.json: "unassigned": "blackish" is not a colour (use #RRGGBB, a CSS colour name or a Word highlight name).'],
  ])('refuses %j naming the bad field', (data, message) => {
    const error = errorOf(data);
    expect(error).toBeInstanceOf(UserError);
    expect(error.code).toBe(data && (data as { pace?: string }).pace ? 'bad-pace' : 'bad-config');
    expect(error.message).toBe(message);
  });

  it('reads every section at once: a bad contract, rule or locked voice is refused with the config', () => {
    const voices = { Narrator: { color: '#404040' } };
    expect(errorOf({ voices, contract: { Narrator: { maxWords: -1 } } }).message).toBe('cfg.json: "contract.Narrator.maxWords" must be a positive number, not -1.');
    expect(errorOf({ voices, contract: { Bob: { maxWords: 10 } } }).message).toBe('cfg.json: "contract.Bob": no voice "Bob" in "voices" (voices: "Narrator").');
    expect(errorOf({ voices, rules: { 'tracked-changes': 'loud' } }).message).toBe('cfg.json: "rules.tracked-changes": "loud" is not a level (use error, warning or off).');
    expect(errorOf({ voices, locked: ['Bob'] }).message).toBe('cfg.json: "locked": no voice "Bob" in "voices" (voices: "Narrator").');
    const config = parseConfig({ voices, contract: { Narrator: { maxWords: 100 } }, rules: { 'unknown-color': 'off' }, locked: ['Narrator'] }, 'cfg.json');
    expect(config.contract).toEqual({ Narrator: { maxWords: 100 } });
    expect(config.rules['unknown-colour']).toBe('off');
    expect(config.rules.contract).toBe('error');
    expect(config.locked).toEqual(['Narrator']);
  });

  it('reads an unassigned Word highlight name as Word\'s highlight colour as well as the CSS colour (lightGray: #C0C0C0 and #D3D3D3)', () => {
    const unassigned = (value: unknown) => parseConfig({ voices: { N: { color: '#404040' } }, unassigned: value }, 'cfg.json').voiceMap.unassigned;
    expect(unassigned(['#000000', 'lightGray'])).toEqual(['#000000', '#D3D3D3', '#C0C0C0']);
    expect(unassigned('Gray-25%')).toEqual(['#C0C0C0']);
    expect(unassigned('darkYellow')).toEqual(['#808000']);
    expect(unassigned(['navy', 'yellow'])).toEqual(['#000080', '#FFFF00']);
    expect(unassigned('#C0C0C0')).toEqual(['#C0C0C0']);
    // Green is CSS #008000 text and Word's bright green #00FF00 highlight: a voice highlighted green clashes.
    expect(() => parseConfig({ voices: { C: { highlight: 'green' } }, unassigned: ['green'] }, 'cfg.json')).toThrow('"unassigned": #00FF00 is also voice "C"\'s colour (voices.C.highlight)');
  });

  it('reads YAML and JSON files and reports syntax errors in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-config-'));
    writeFileSync(join(dir, 'a.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\nwpm: 150\n');
    expect((await loadConfig(join(dir, 'a.yaml'))).voiceMap.voices[0]).toEqual({ name: 'Narrateur', colors: ['#404040'], highlights: [], styles: [], labels: [] });
    writeFileSync(join(dir, 'b.json'), '{"voices": ');
    await expect(loadConfig(join(dir, 'b.json'))).rejects.toThrow(/b\.json: not valid JSON/);
    await expect(loadConfig(join(dir, 'missing.json'))).rejects.toThrow(/no such config file/);
  });

  it('is found beside the script or in a folder above it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-find-'));
    mkdirSync(join(dir, 'scripts', 'v2'), { recursive: true });
    writeFileSync(join(dir, 'vo-lines.config.yml'), 'voices: {A: {color: red}}');
    expect(findConfig(join(dir, 'scripts', 'v2', 'script.docx'))).toBe(join(dir, 'vo-lines.config.yml'));
    writeFileSync(join(dir, 'scripts', 'vo-lines.config.json'), '{"voices": {"B": {"color": "blue"}}}');
    expect(findConfig(join(dir, 'scripts', 'v2', 'script.docx'))).toBe(join(dir, 'scripts', 'vo-lines.config.json'));
  });
});
