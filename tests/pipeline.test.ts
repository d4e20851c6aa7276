/**
 * The chain, once (src/pipeline.ts): `analyse` with a config already parsed (what `check` gives it,
 * one config read for a batch) answers as `analyse` finding it does; the settings are checked once
 * per analysis; `diffScripts` reads a config both sides share once. On the samples.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as configFile from '../src/config/file.js';
import * as settings from '../src/config/settings.js';
import { analyse, analyseBytes, analyseScript, diffScripts } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import type { ReadOptions } from '../src/model.js';

// Counted, not replaced: each call goes to the real function.
vi.mock('../src/config/file.js', async (original) => {
  const actual = await original<typeof import('../src/config/file.js')>();
  return { ...actual, loadConfig: vi.fn(actual.loadConfig), findConfig: vi.fn(actual.findConfig) };
});
vi.mock('../src/config/settings.js', async (original) => {
  const actual = await original<typeof import('../src/config/settings.js')>();
  return { ...actual, presetWpm: vi.fn(actual.presetWpm) };
});

const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const FR = join(samples, 'fr-elearning', 'module-securite.docx');
const FR_PDF = join(samples, 'fr-elearning', 'module-securite.pdf');
const FR_CONFIG = join(samples, 'fr-elearning', 'vo-lines.config.yaml');
const EN = join(samples, 'en-commercial', 'spring-sale.docx');
const EN_CONFIG = join(samples, 'en-commercial', 'vo-lines.config.json');

const loadConfig = vi.mocked(configFile.loadConfig);
const findConfig = vi.mocked(configFile.findConfig);
const presetWpm = vi.mocked(settings.presetWpm);
beforeEach(() => vi.clearAllMocks());

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('analyse with a config already parsed', () => {
  it('answers as analyse finding the same config, and looks for none', async () => {
    const found = await analyse(FR);
    const config = await configFile.loadConfig(FR_CONFIG);
    vi.clearAllMocks();
    const given = await analyse(FR, { config });
    expect(findConfig).not.toHaveBeenCalled();
    expect(loadConfig).not.toHaveBeenCalled();
    expect(given.config).toBe(config);
    expect(given.report).toEqual(found.report);
  });

  it('null is no config, as --no-config: even a broken one beside the script is not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-pipeline-'));
    made.push(dir);
    copyFileSync(FR, join(dir, 'module.docx'));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\ncontract:\n  Narrateur: { maxWords: -5 }\n');
    await expect(analyse(join(dir, 'module.docx'))).rejects.toThrow('"contract.Narrateur.maxWords" must be a positive number, not -5.');
    const none = await analyse(join(dir, 'module.docx'), { config: null });
    const noConfig = await analyse(join(dir, 'module.docx'), { noConfig: true });
    expect(none.report.mode).toBe('legend');
    expect(none.report).toEqual(noConfig.report);
  });

  it('reads the file with `read` when given (check reads a batch at once)', async () => {
    const config = await configFile.loadConfig(FR_CONFIG);
    const read: string[] = [];
    const analysis = await analyse(FR, {
      config,
      read: (file: string, options: ReadOptions) => {
        read.push(file);
        return readScript(file, options);
      },
    });
    expect(read).toEqual([FR]);
    expect(analysis.report).toEqual((await analyse(FR)).report);
  });
});

describe('the settings are checked once per analysis', () => {
  it('the pace is looked up once by analyse, analyseBytes and analyseScript, with the same answer', async () => {
    const once = await analyse(FR, { pace: 'commercial' });
    expect(presetWpm).toHaveBeenCalledTimes(1);
    expect(presetWpm).toHaveBeenCalledWith('commercial', 'pace');
    vi.clearAllMocks();
    const config = await configFile.loadConfig(FR_CONFIG);
    const bytes = await analyseBytes(new Uint8Array(readFileSync(FR)), FR, { config, pace: 'commercial' });
    expect(presetWpm).toHaveBeenCalledTimes(1);
    vi.clearAllMocks();
    const script = await analyseScript(await readScript(FR), { config, pace: 'commercial' });
    expect(presetWpm).toHaveBeenCalledTimes(1);
    expect(once.report.total.wpm).toBe(160);
    expect(bytes.report).toEqual(once.report);
    expect(script.report).toEqual(once.report);
  });

  it('a bad setting fails before the script is read, with the same message', async () => {
    const read = vi.fn(readScript);
    await expect(analyse(FR, { config: null, lang: 'not a tag', read })).rejects.toThrow('lang "not a tag" is not a language code: give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).');
    await expect(analyse(FR, { pace: 'slow' })).rejects.toThrow('pace: unknown pace "slow"');
    expect(read).not.toHaveBeenCalled();
  });
});

describe('diffScripts', () => {
  it('reads and parses the config both sides share once (found beside both, or given)', async () => {
    const found = await diffScripts(FR_PDF, FR);
    expect(loadConfig.mock.calls).toEqual([[FR_CONFIG]]);
    vi.clearAllMocks();
    const given = await diffScripts(FR_PDF, FR, { config: FR_CONFIG });
    expect(loadConfig.mock.calls).toEqual([[FR_CONFIG]]);
    expect(given).toEqual(found);
    expect(found.old.config).toBe(FR_CONFIG);
    expect(found.new.config).toBe(FR_CONFIG);
  });

  it('each side its own config when they are not the same file; none with --no-config', async () => {
    const diff = await diffScripts(FR, EN);
    expect(loadConfig.mock.calls).toEqual([[FR_CONFIG], [EN_CONFIG]]);
    expect([diff.old.config, diff.new.config]).toEqual([FR_CONFIG, EN_CONFIG]);
    vi.clearAllMocks();
    const none = await diffScripts(FR_PDF, FR, { noConfig: true });
    expect(loadConfig).not.toHaveBeenCalled();
    expect([none.old.mode, none.new.mode]).toEqual(['legend', 'legend']);
  });
});
