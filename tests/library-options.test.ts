/**
 * Options from plain JavaScript, as the library meets them: a config object as a file writes it (not
 * parsed), a path where only a parsed config is taken, a timing that is no method, a timeout or a
 * tolerance that is no usable number. Before, each was silently accepted (the raw config ignored, the
 * timeout unlimited, the tolerance taken as it was); now each is a `usage` error naming the option as
 * the library spells it, before anything is read. readScript and readScriptBytes took a negative or
 * NaN `timeout` for no limit: refused in the same words. The pace and the language (`wpm`, `pace`,
 * `lang`) were said with the command line's flags (`--wpm 15 is not a pace…`) to code that never
 * passed one: the library names its option, the command line its flag, from one message each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, analyseBytes, analyseScript, isUserError, parseConfig, readScript, readScriptBytes } from '../src/index.js';
import { runCli as run } from './helpers/cli.js';

const file = 'samples/en-commercial/spring-sale.docx';

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string; details: unknown }> {
  try {
    await run();
  } catch (error) {
    if (isUserError(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('accepted');
}

describe('library options checked', () => {
  it('a raw config object, and a path given to analyseBytes, are refused naming the fix', async () => {
    expect(await refusal(() => analyse(file, { config: { voices: { Announcer: { color: '#FF0000' } } } as never }))).toEqual({
      code: 'usage',
      message: 'config must be a parsed config (parseConfig(object, name), parseConfigText(text, name) or loadConfig(path)), a path, or null for none: an object as a config file writes it is not one; pass it through parseConfig first.',
      details: { kind: 'invalid-value', option: 'config', value: 'object' },
    });
    expect(await refusal(() => analyseBytes(readFileSync(file), 'a.docx', { config: 'cast.yaml' as never }))).toEqual({
      code: 'usage',
      message: 'analyseBytes takes a parsed config, not a path ("cast.yaml"): parse its text with parseConfigText(text, name), or read it with loadConfig(path) in Node.',
      details: { kind: 'invalid-value', option: 'config', value: 'cast.yaml' },
    });
  });

  it('timing, timeout and tolerance out of range are refused', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ timing: 'bogus' }, 'timing must be "words" or "syllables", not "bogus".', '"bogus"'],
      [{ timeout: -1 }, 'timeout must be a number of seconds, 0 or more (0: no limit), not -1.', '-1'],
      [{ timeout: Number.NaN }, 'timeout must be a number of seconds, 0 or more (0: no limit), not NaN.', 'NaN'],
      [{ timeout: '5' }, 'timeout must be a number of seconds, 0 or more (0: no limit), not "5".', '"5"'],
      [{ tolerance: -5 }, 'tolerance must be a colour difference (CIEDE2000) above 0 and at most 100, not -5.', '-5'],
      [{ tolerance: 1000 }, 'tolerance must be a colour difference (CIEDE2000) above 0 and at most 100, not 1000.', '1000'],
    ];
    for (const [options, message, value] of cases) {
      const option = Object.keys(options)[0]!;
      expect(await refusal(() => analyse(file, options as never))).toEqual({ code: 'usage', message, details: { kind: 'invalid-value', option, value } });
    }
  });

  it('good options still work: a parsed config, timeout 0, tolerance 10, timing syllables', async () => {
    const config = parseConfig(JSON.parse(readFileSync('samples/en-commercial/vo-lines.config.json', 'utf8')), 'samples/en-commercial/vo-lines.config.json');
    const { report } = await analyseBytes(readFileSync(file), 'spring-sale.docx', { config, timeout: 0, tolerance: 10, timing: 'syllables' });
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([['Announcer', 243], ['Customer', 50]]);
  }, 60_000);
});

describe('readScript and readScriptBytes check their timeout as analyse does', () => {
  it('a negative, NaN, infinite or string timeout is refused, before the file is read', async () => {
    const bytes = readFileSync(file);
    for (const [timeout, value] of [[-1, '-1'], [Number.NaN, 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity'], ['5', '"5"']] as const) {
      const expected = { code: 'usage', message: `timeout must be a number of seconds, 0 or more (0: no limit), not ${value}.`, details: { kind: 'invalid-value', option: 'timeout', value } };
      expect(await refusal(() => readScriptBytes(bytes, 'a.docx', { timeout } as never))).toEqual(expected);
      expect(await refusal(() => readScript(file, { timeout } as never))).toEqual(expected);
      expect(await refusal(() => readScript('no-such-file.docx', { timeout } as never))).toEqual(expected);
      expect(await refusal(() => analyseBytes(bytes, 'a.docx', { timeout } as never))).toEqual(expected);
    }
    expect((await readScriptBytes(bytes, 'a.docx', { timeout: 0 })).paragraphs.length).toBe(32);
  }, 60_000);
});

describe('the pace and the language are said as the caller names them', () => {
  it('the library names its options: wpm, pace, lang', async () => {
    const bytes = readFileSync(file);
    const script = await readScript(file);
    const wpm = { code: 'usage', message: 'wpm 15 is not a pace a script is read at: give words a minute from 40 to 500 (characters a minute for Chinese and Japanese; the presets are 120–160).', details: { kind: 'invalid-value', option: 'wpm', value: 15, min: 40, max: 500 } };
    const pace = { code: 'bad-pace', message: 'pace: unknown pace "slow"; use one of e-learning, commercial, audiobook, documentary, explainer or give words per minute.', details: { pace: 'slow', known: ['e-learning', 'commercial', 'audiobook', 'documentary', 'explainer'], option: 'pace' } };
    const lang = { code: 'usage', message: 'lang "x!" is not a language code: give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).', details: { kind: 'invalid-value', option: 'lang', value: 'x!', problem: 'malformed' } };
    for (const [options, expected] of [[{ wpm: 15 }, wpm], [{ pace: 'slow' }, pace], [{ lang: 'x!' }, lang]] as const) {
      expect(await refusal(() => analyse(file, options))).toEqual(expected);
      expect(await refusal(() => analyseBytes(bytes, 'a.docx', options))).toEqual(expected);
      expect(await refusal(() => analyseScript(script, options))).toEqual(expected);
    }
  }, 60_000);

  it('the command line names its flags: --lang (--wpm and --pace commander checks first)', () => {
    const lang = run(['summary', file, '--lang', 'x!', '--json']);
    expect(lang.code).toBe(2);
    expect(JSON.parse(lang.stdout).error).toEqual({ code: 'usage', message: '--lang "x!" is not a language code: give a language code such as en, fr, de, es or pl, with a region if wanted (en-GB, fr-CA; fr_FR is read as fr-FR).', details: { kind: 'invalid-value', option: '--lang', value: 'x!', problem: 'malformed' } });
    const wpm = run(['summary', file, '--wpm', '15', '--json']);
    expect(JSON.parse(wpm.stdout).error.details).toEqual({ kind: 'invalid-value', option: '--wpm', value: '15' });
    // check reads in worker threads: the option's spelling goes there with the settings.
    const check = run(['check', file, 'samples/fr-elearning/module-securite.docx', '--lang', 'x!', '--threads', '2', '--json']);
    expect(JSON.parse(check.stdout).files.map((f: { error: { details: { option: string } } }) => f.error.details.option)).toEqual(['--lang', '--lang']);
  }, 60_000);
});
