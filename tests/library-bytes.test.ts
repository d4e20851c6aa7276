/**
 * The library's byte intake (readers/read-bytes.ts `takeBytes`): a Uint8Array, a Buffer, an
 * ArrayBuffer (File.arrayBuffer()) or any other view (a DataView: its bytes) is read the same; anything
 * else is a `usage` error saying what to pass. The bytes are copied before anything is awaited: a
 * caller refilling its buffer once the call has returned its promise changes nothing. A PDF's
 * `progress` ends at (total, total). In the built library (PDFs read in worker threads,
 * readers/pdf/isolated.ts) the timer each read leaves in case its thread hangs holds none of its
 * bytes: they are free once the read is over, not at the end of its time budget.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { readScriptBytes } from '../src/readers/index.js';
import type { Script } from '../src/model.js';
import { ROOT } from './helpers/cli.js';

const DOCX = readFileSync(join(ROOT, 'samples', 'en-commercial', 'spring-sale.docx'));
const PDF = readFileSync(join(ROOT, 'tests', 'fixtures', 'pdf-cmaps', 'ja-mixed.pdf'));
const text = (script: Script): string[] => script.paragraphs.map((p) => `${p.runs[0]!.color} ${p.runs.map((r) => r.text).join('')}`);
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('readScriptBytes and analyseBytes take bytes in every form a host has them', () => {
  it('a Uint8Array, a Buffer, an ArrayBuffer, a DataView and a view into a larger buffer read the same', async () => {
    const reference = text(await readScriptBytes(new Uint8Array(DOCX), 'a.docx'));
    expect(reference.length).toBe(32);
    const padded = new Uint8Array(DOCX.length + 16);
    padded.set(DOCX, 8);
    for (const input of [Buffer.from(DOCX), arrayBufferOf(DOCX), new DataView(arrayBufferOf(DOCX)), new DataView(padded.buffer, 8, DOCX.length), padded.subarray(8, 8 + DOCX.length)]) {
      expect(text(await readScriptBytes(input, 'a.docx'))).toEqual(reference);
    }
    const analysis = await analyseBytes(arrayBufferOf(PDF), 'ja-mixed.pdf');
    expect(analysis.script.paragraphs).toHaveLength(12);
  });

  it('refuses other values with a usage error that says what to pass', async () => {
    const cases: [unknown, string][] = [
      [Array.from(DOCX.subarray(0, 64)), 'an array'],
      ['PK\u0003\u0004', 'a string'],
      [null, 'null'],
      [{ length: 3 }, 'an Object'],
    ];
    for (const [input, given] of cases) {
      for (const [entry, call] of [['readScriptBytes', () => readScriptBytes(input as Uint8Array, 'x.docx')], ['analyseBytes', () => analyseBytes(input as Uint8Array, 'x.docx')]] as const) {
        const error = await call().then(() => null, (e: { code: string; message: string; details: unknown }) => e);
        expect(error?.code).toBe('usage');
        expect(error?.details).toEqual({ kind: 'invalid-value', option: 'bytes', value: given });
        expect(error?.message).toBe(`x.docx: ${entry} takes the file's bytes as a Uint8Array, a Buffer, an ArrayBuffer or another ArrayBufferView (in a browser: await file.arrayBuffer()), not ${given}.`);
      }
    }
  });

  it("keeps no reference to the caller's buffer: refilling it once the call returns changes nothing", async () => {
    for (const [bytes, name] of [[DOCX, 'a.docx'], [PDF, 'a.pdf']] as const) {
      const reference = text(await readScriptBytes(new Uint8Array(bytes), name));
      const mine = new Uint8Array(bytes);
      const reading = readScriptBytes(mine, name);
      mine.fill(0);
      expect(text(await reading)).toEqual(reference);
      const buffer = arrayBufferOf(bytes);
      const analysing = analyseBytes(buffer, name);
      new Uint8Array(buffer).fill(0x20);
      expect(text((await analysing).script)).toEqual(reference);
    }
  });

  it("a PDF's progress ends at (pages, pages)", async () => {
    const calls: [number, number, string][] = [];
    await readScriptBytes(new Uint8Array(PDF), 'a.pdf', { progress: (done, total, unit) => calls.push([done, total, unit]) });
    expect(calls).toEqual([[0, 2, 'page'], [1, 2, 'page'], [2, 2, 'page']]);
  });
});

describe('the built library (PDFs read in worker threads)', () => {
  it('reads ten PDFs in a row the same, and progress ends at the total there too', () => {
    const library = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
    const script = `
      import { analyseBytes } from ${JSON.stringify(library)};
      import { readFileSync } from 'node:fs';
      const pdf = readFileSync(${JSON.stringify(join(ROOT, 'tests', 'fixtures', 'pdf-cmaps', 'ja-mixed.pdf'))});
      const calls = [];
      for (let i = 0; i < 10; i++) {
        const a = await analyseBytes(new Uint8Array(pdf), 'a.pdf', { progress: (done, total) => { if (i === 0) calls.push(done + '/' + total); } });
        if (a.script.paragraphs.length !== 12) throw new Error('read ' + a.script.paragraphs.length);
      }
      console.log(JSON.stringify({ calls }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ calls: ['0/2', '1/2', '2/2'] });
  }, 60_000);

  // Each read leaves a timer in case its thread hangs closing the document (isolated.ts `stopIfStuckIn`),
  // which runs for the file's whole budget (here 60 s) and is never cleared early (lib2 cleared it at
  // the thread's replies, and a read queued behind it then waited for ever on Node 22: commit 15cc009).
  // Before, that timer held the job's scope: every read's copy of its bytes and the buffer it shares
  // with its threads stayed alive for the whole budget (600 reads: 16.5 MB for 70 s). Each buffer the
  // reads share with their threads (a SharedArrayBuffer of the file's size) is followed with a WeakRef.
  it("lets a finished read's bytes go long before its budget is up (its stuck-thread watch holds none of them)", () => {
    const library = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
    const script = `
      import { readFileSync } from 'node:fs';
      import { setFlagsFromString } from 'node:v8';
      import { runInNewContext } from 'node:vm';
      // gc() without --expose-gc on the command line, which worker threads refuse to inherit.
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc');
      const pdf = readFileSync(${JSON.stringify(join(ROOT, 'tests', 'fixtures', 'pdf-cmaps', 'ja-mixed.pdf'))});
      const locked = readFileSync(${JSON.stringify(join(ROOT, 'tests', 'fixtures', 'pdf-password', 'user-secret.pdf'))});
      const shared = [];
      const Native = globalThis.SharedArrayBuffer;
      globalThis.SharedArrayBuffer = class extends Native {
        constructor(length) {
          super(length);
          if (length === pdf.byteLength || length === locked.byteLength) shared.push(new WeakRef(this));
        }
      };
      const { analyseBytes, readScriptBytes } = await import(${JSON.stringify(library)});
      const given = [];
      const outcomes = [];
      const started = Date.now();
      // (In a function of its own: the module's frame would keep the last value of a variable of its own.)
      const readOne = async (i) => {
        const bytes = new Uint8Array(i % 5 === 4 ? locked : pdf);
        given.push(new WeakRef(bytes));
        try {
          const script = i % 2 ? (await analyseBytes(bytes, 'a.pdf', { timeout: 60 })).script : await readScriptBytes(bytes, 'a.pdf', { timeout: 60 });
          outcomes.push(script.paragraphs.length);
        } catch (error) {
          outcomes.push(error.code);
        }
      };
      for (let i = 0; i < 10; i++) await readOne(i);
      for (let k = 0; k < 5; k++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        gc();
      }
      console.log(JSON.stringify({ outcomes, shared: shared.length, sharedAlive: shared.filter((r) => r.deref()).length, givenAlive: given.filter((r) => r.deref()).length, early: Date.now() - started < 30_000 }));
      process.exit(0);
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      outcomes: [12, 12, 12, 12, 'encrypted', 12, 12, 12, 12, 'encrypted'],
      shared: 10,
      sharedAlive: 0,
      givenAlive: 0,
      early: true,
    });
  }, 60_000);
});
