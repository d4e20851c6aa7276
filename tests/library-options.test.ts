/**
 * Options from plain JavaScript, as the library meets them: a config object as a file writes it (not
 * parsed), a path where only a parsed config is taken, a timing that is no method, a timeout or a
 * tolerance that is no usable number. Before, each was silently accepted (the raw config ignored, the
 * timeout unlimited, the tolerance taken as it was); now each is a `usage` error naming the option as
 * the library spells it, before anything is read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, analyseBytes, isUserError, parseConfig } from '../src/index.js';

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
