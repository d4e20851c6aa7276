/**
 * Measuring a huge file keeps to the time budget (`--timeout`): the report (measure/report.ts
 * `buildReport`), language guess included, reads the clock per batch of lines and before work done
 * in one go on a long line, and stops with the budget's one-line `timeout` error. Counted with a
 * budget that says when it reads the clock (no timed assertion), and through the built command with a
 * clock that runs out in measuring (tests/helpers/clock-out-in-measuring.cjs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../src/budget.js';
import { buildReport } from '../src/measure/report.js';
import { analyseBytes } from '../src/pipeline.js';
import { ROOT, runCli } from './helpers/cli.js';
import { buildDocx } from './helpers/docx-builder.js';
import { BLUE, countingBudget as countingOf, para, RED } from './helpers/huge-diff.js';
const LONG = Array.from({ length: 50_000 }, (_, i) => `word${i}`).join(' ');
const SHORT = Array.from({ length: 3000 }, (_, i) => para(`Line ${i} of the course, said by the narrator.`, i % 2 ? BLUE : RED));

const countingBudget = (limit = Infinity) => countingOf(limit, 'script.docx');

describe('the report within its time budget', () => {
  it('reads the clock before each stage and per batch of lines, and stops there', async () => {
    const { casting, report } = await analyseBytes(buildDocx({ body: [para(LONG, BLUE), ...SHORT].join('') }), 'script.docx', { timeout: 0 });
    const counting = countingBudget();
    const again = buildReport(casting, {}, counting as unknown as Budget);
    expect(again.voices.map((v) => [v.name, v.words])).toEqual(report.voices.map((v) => [v.name, v.words]));
    // The long line before each stage's work on it (language, voices' languages, writing, measuring), the 3,001 lines in batches of 64.
    expect(counting.reads).toBeGreaterThanOrEqual(4 + Math.floor(3001 / 64));
    const stopping = countingBudget(2);
    expect(() => buildReport(casting, {}, stopping as unknown as Budget)).toThrow(
      expect.objectContaining({
        code: 'timeout',
        message: 'script.docx took longer than 20 s to read and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.',
      }),
    );
    expect(stopping.reads).toBe(3);
  });

  it('the built command: a timeout that runs out in measuring is the one-line timeout error, exit code 2', () => {
    // The clock runs out only once measuring reads it (helpers/clock-out-in-measuring.cjs): reading and casting
    // pass, the report's first clock reading stops it, however fast the machine; without it the command passes.
    const dir = mkdtempSync(join(tmpdir(), 'vo-report-budget-'));
    writeFileSync(join(dir, 'script.docx'), buildDocx({ body: [para(LONG, BLUE), ...SHORT].join('') }));
    const clockOut = ['--require', join(ROOT, 'tests', 'helpers', 'clock-out-in-measuring.cjs')];
    const passes = runCli(['summary', 'script.docx', '--timeout', '600'], dir);
    expect([passes.code, passes.stderr]).toEqual([0, '']);
    const stopped = runCli(['summary', 'script.docx', '--timeout', '600'], dir, {}, clockOut);
    expect(stopped).toEqual({
      code: 2,
      stdout: '',
      stderr: 'vo-lines: script.docx took longer than 600 s to read and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.\n',
    });
  });
});

