import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig, parseConfig } from '../src/attribute/config.js';
import { UserError } from '../src/errors.js';

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
    const map = parseConfig(
      { voices: { Narrator: { color: '#404040' }, VO1: { highlight: 'yellow' }, Both: { color: ['#1F4E79', 'blue'], highlight: 'cyan', pace: 'audiobook' } }, wpm: 140, tolerance: 4 },
      'cfg.json',
    );
    const { raw, ...rest } = map;
    expect(raw.wpm).toBe(140);
    expect(rest).toEqual({
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
    [{}, 'cfg.json: "voices" must map each voice name to its colour, e.g. {"voices": {"Narrator": {"color": "#404040"}}}.'],
    [{ voices: {}, colour: 1 }, 'cfg.json: unknown field "colour" (known: voices, wpm, pace, tolerance, unassigned, directions, contract, rules, locked, sections, language, timing, syllablesPerSecond, rates).'],
    [{ voices: {} }, 'cfg.json: "voices" is empty: name at least one voice.'],
    [{ voices: { N: { color: '#40404' } } }, 'cfg.json: "voices.N.color": "#40404" is not a colour (use #RRGGBB, a CSS colour name).'],
    [{ voices: { N: { highlight: 'sparkly' } } }, 'cfg.json: "voices.N.highlight": "sparkly" is not a colour (use #RRGGBB, a CSS colour name or a Word highlight name such as yellow, brightGreen or lightGray).'],
    [{ voices: { N: {} } }, 'cfg.json: "voices.N" needs a "color", a "highlight", a "style" or a "label".'],
    [{ voices: { N: { color: 'red', size: 3 } } }, 'cfg.json: unknown field "voices.N.size" (known: color, highlight, style, label, wpm, pace, syllablesPerSecond, rates).'],
    [{ voices: { N: { color: 'red' } }, wpm: -3 }, 'cfg.json: "wpm" must be a positive number, not -3.'],
    [{ voices: { N: { color: 'red' } }, pace: 'slow' }, 'cfg.json: "pace": unknown pace "slow"; use one of e-learning, commercial, audiobook, documentary, explainer or give words per minute.'],
    [[1, 2], 'cfg.json: the config must be an object with a "voices" map.'],
    [{ voices: { N: { label: '' } } }, 'cfg.json: "voices.N.label" must be a name or a list of names.'],
    [{ voices: { N: { color: 'red' } }, directions: { '[': 'anywhere' } }, 'cfg.json: "directions": "[" is not a bracket pair such as "[]" or "()".'],
    [{ voices: { N: { color: 'red' } }, directions: { '[]': 'always' } }, 'cfg.json: "directions.[]" must be anywhere, leading or off.'],
    [{ voices: { N: { color: 'red' } }, unassigned: ['blackish'] }, 'cfg.json: "unassigned": "blackish" is not a colour (use #RRGGBB, a CSS colour name).'],
  ])('refuses %j naming the bad field', (data, message) => {
    const error = errorOf(data);
    expect(error).toBeInstanceOf(UserError);
    expect(error.code).toBe(data && (data as { pace?: string }).pace ? 'bad-pace' : 'bad-config');
    expect(error.message).toBe(message);
  });

  it('reads YAML and JSON files and reports syntax errors in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-config-'));
    writeFileSync(join(dir, 'a.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\nwpm: 150\n');
    expect(loadConfig(join(dir, 'a.yaml')).voices[0]).toEqual({ name: 'Narrateur', colors: ['#404040'], highlights: [], styles: [], labels: [] });
    writeFileSync(join(dir, 'b.json'), '{"voices": ');
    expect(() => loadConfig(join(dir, 'b.json'))).toThrow(/b\.json: not valid JSON/);
    expect(() => loadConfig(join(dir, 'missing.json'))).toThrow(/no such config file/);
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
