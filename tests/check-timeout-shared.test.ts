/**
 * `check --timeout`: a file's time budget counts its own work, not the time it waits while another
 * file holds the thread. Files checked in the main thread share it (a few DOCX at once, each PDF's
 * analysis); one that runs out of time while another was under way there is checked again alone at
 * the end (run.ts SharedThread), so the results are the same whatever --threads says. Before, small
 * scripts checked beside a slow one were "took longer than N s … damaged", a different set with
 * each thread count. Not timing-sensitive: the slow DOCX is slow by construction (120,000 coloured
 * paragraphs: ~6 s of one core — 30,000 took under 2 s on an idle CI machine), the small ones ~0.05 s each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ranOutOfTime, SharedThread } from '../src/check/run.js';
import type { FileResult } from '../src/check/result.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { onePagePdf } from './helpers/pdf-builder.js';
import { runCli } from './helpers/cli.js';

const BLUE = '<w:color w:val="0070C0"/>';
const GREEN = '<w:color w:val="00B050"/>';
const TEXT = 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.';
const SMALL = buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p><w:p>${r(TEXT, GREEN)}</w:p>` });
const SMALL_PDF = onePagePdf(`BT /F1 12 Tf 0 0.439 0.753 rg 72 700 Td (${TEXT}) Tj ET BT /F1 12 Tf 0 0.69 0.314 rg 72 680 Td (${TEXT}) Tj ET`, false);
const CONFIG = JSON.stringify({ voices: { Narrator: { color: '#0070C0' }, Host: { color: '#00B050' } } });

function slowDocx(paragraphs = 120000): Uint8Array {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<w:p>${r(`Line ${i} the quick brown fox jumps over the lazy dog.`, i % 2 ? BLUE : GREEN)}</w:p>`);
  return buildDocx({ body: body.join('') });
}

const statuses = (stdout: string) =>
  (JSON.parse(stdout) as { files: FileResult[] }).files.map((f) => [f.file, f.status, f.error?.code ?? null]);

describe('a slow script in a batch is the only one to run out of time, whatever the threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-check-timeout-'));
  writeFileSync(join(dir, 'vo-lines.config.json'), CONFIG);
  writeFileSync(join(dir, 'big.docx'), slowDocx());
  for (const name of ['s1', 's2', 's3']) writeFileSync(join(dir, `${name}.docx`), SMALL);
  for (const name of ['p1', 'p2']) writeFileSync(join(dir, `${name}.pdf`), SMALL_PDF);
  const expected = [
    ['big.docx', 'error', 'timeout'],
    ['p1.pdf', 'pass', null],
    ['p2.pdf', 'pass', null],
    ['s1.docx', 'pass', null],
    ['s2.docx', 'pass', null],
    ['s3.docx', 'pass', null],
  ];
  for (const threads of [undefined, '4', '1']) {
    it(`--threads ${threads ?? '(default)'}`, () => {
      const run = runCli(['check', '.', '--timeout', '2', '--format', 'json', ...(threads ? ['--threads', threads] : [])], dir);
      expect(run.code).toBe(2);
      expect(statuses(run.stdout)).toEqual(expected);
    }, 120_000);
  }
});

describe('SharedThread: which timeouts are checked again alone', () => {
  const result = (file: string, code: string | null, since?: string): FileResult =>
    ({ file, status: code ? 'error' : 'pass', ...(code ? { error: { code, message: code } } : {}), ...(since ? { since: { unreadable: { code: since, message: since } } } : {}) }) as unknown as FileResult;

  it('a timeout while another file was under way in the thread, at its start or later, is held back; alone it is final', () => {
    const done: [number, string][] = [];
    const thread = new SharedThread((index, r) => done.push([index, r.error?.code ?? 'ok']));
    const a = thread.start();
    // b starts while a is under way: both shared.
    const b = thread.start();
    thread.end(b, { index: 1, file: 'b' }, result('b', 'timeout'));
    thread.end(a, { index: 0, file: 'a' }, result('a', 'timeout'));
    // c is alone from start to end.
    const c = thread.start();
    thread.end(c, { index: 2, file: 'c' }, result('c', 'timeout'));
    // d shares the thread but passes; e's version at REV ran out of time while it shared.
    const d = thread.start();
    const e = thread.start();
    thread.end(d, { index: 3, file: 'd' }, result('d', null));
    thread.end(e, { index: 4, file: 'e' }, result('e', null, 'timeout'));
    expect(done).toEqual([
      [2, 'timeout'],
      [3, 'ok'],
    ]);
    expect(thread.again).toEqual([
      { index: 1, file: 'b' },
      { index: 0, file: 'a' },
      { index: 4, file: 'e' },
    ]);
  });

  it('ranOutOfTime: the file, or its version at REV, stopped past its budget', () => {
    expect(ranOutOfTime(result('x', 'timeout'))).toBe(true);
    expect(ranOutOfTime(result('x', null, 'timeout'))).toBe(true);
    expect(ranOutOfTime(result('x', 'damaged'))).toBe(false);
    expect(ranOutOfTime(result('x', null, 'damaged'))).toBe(false);
  });
});
