/**
 * vo-lines' threads are stopped from outside (Worker.terminate) when a file runs past its time
 * budget. A thread stopped while node:zlib had made a handle and not yet set it up made Node abort as
 * it tore the thread down ("close before init", node_zlib.cc) — seen in CI twice, in a PDF thread
 * and in a test that stops one. So no thread of vo-lines may make a zlib handle: every inflate there
 * (a DOCX's parts, the PDF preflight's streams, pdf.js's streams, a damaged stream pdf.js falls back
 * on) runs in JavaScript. These tests run the built threads' own bundles (npm test builds first) in a
 * thread that counts zlib handles as Node makes them (async_hooks: each is a `ZLIB` resource).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { flatePdf } from './helpers/flate-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = (name: string) => join(root, 'samples', name);

/**
 * Starts `bundle` (a thread's built code) in a thread that first counts zlib handles; every message
 * the thread sends carries the count so far as `zlibHandles`.
 */
function countingThread(bundle: string, workerData?: unknown): Worker {
  const code = `
    const { createHook } = require('node:async_hooks');
    const { parentPort } = require('node:worker_threads');
    let handles = 0;
    createHook({ init(_id, type) { if (type === 'ZLIB') handles++; } }).enable();
    const post = parentPort.postMessage.bind(parentPort);
    parentPort.postMessage = (message, transfer) => post({ ...message, zlibHandles: handles }, transfer);
    require(${JSON.stringify(bundle)});
  `;
  return new Worker(code, { eval: true, workerData });
}

/** A copy of `pdf` whose first FlateDecode stream has bytes spoiled in its middle (pdf.js falls back on its own decoder). */
function damagedStream(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const flate = text.indexOf('/FlateDecode');
  expect(flate).toBeGreaterThan(0);
  const start = text.indexOf('stream', flate) + 'stream'.length + 1;
  const end = text.indexOf('endstream', start);
  expect(end - start).toBeGreaterThan(64);
  const copy = new Uint8Array(pdf);
  for (let i = start + Math.floor((end - start) / 2); i < start + Math.floor((end - start) / 2) + 8; i++) copy[i] = 0xff;
  return copy;
}

/** A PDF whose content stream is deflated with bytes after its end (its /Length counts them; an inflater may refuse them, pdf.js's own decoder does not). */
function withTrailingJunk(): Uint8Array {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (NARRATOR: Welcome to the harbour.) Tj ET');
  return flatePdf(Buffer.concat([deflateSync(content), Buffer.from('junk')]));
}

interface PdfThreadResult {
  /** Characters the pages gave. */
  chars: number;
  pages: number;
  error?: string;
  zlibHandles: number;
}

/** Reads `bytes` in the PDF thread's bundle, as the command line's first thread does (it looks at the content streams itself). */
async function readInPdfThread(bytes: Uint8Array): Promise<PdfThreadResult> {
  const thread = countingThread(join(root, 'dist', 'readers', 'pdf', 'worker-bundle.cjs'));
  try {
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    const state = new Int32Array(new SharedArrayBuffer(4 * 5));
    state[0] = 1; // SHARED.next: the first page to take
    thread.postMessage({ id: 1, bytes: shared, file: 'script.pdf', options: {}, state, role: 'first', checked: false });
    let chars = 0;
    let pages = 0;
    return await new Promise<PdfThreadResult>((resolve, reject) => {
      thread.on('error', reject);
      thread.on('message', (reply: { page?: { chars?: number }; done?: true; error?: { message: string }; zlibHandles: number }) => {
        if (reply.page) {
          pages++;
          chars += reply.page.chars ?? 0;
        }
        if (reply.error) resolve({ chars, pages, error: reply.error.message, zlibHandles: reply.zlibHandles });
        else if (reply.done) resolve({ chars, pages, zlibHandles: reply.zlibHandles });
      });
    });
  } finally {
    await thread.terminate();
  }
}

describe('no zlib handle in a thread that may be stopped at its time budget', () => {
  it("the PDF thread reads a PDF (its preflight, pdf.js's streams) without making one", async () => {
    const read = await readInPdfThread(new Uint8Array(readFileSync(sample('fr-elearning/module-securite.pdf'))));
    expect(read.error).toBeUndefined();
    expect([read.pages, read.chars]).toEqual([3, 5681]);
    expect(read.zlibHandles).toBe(0);
  });

  it('the PDF thread reads a PDF with a damaged stream, and one with bytes after a stream’s end, without making one', async () => {
    const damaged = await readInPdfThread(damagedStream(new Uint8Array(readFileSync(sample('en-commercial/spring-sale.pdf')))));
    expect([damaged.pages, damaged.chars]).toEqual([2, 1177]);
    expect(damaged.zlibHandles).toBe(0);
    const junk = await readInPdfThread(withTrailingJunk());
    expect(junk.error).toBeUndefined();
    expect([junk.pages, junk.chars]).toEqual([1, 33]);
    expect(junk.zlibHandles).toBe(0);
  });

  it("check's worker reads DOCX and PDF scripts without making one", async () => {
    const thread = countingThread(join(root, 'dist', 'check', 'worker-bundle.cjs'), { analyse: { noConfig: false }, cli: { contract: {}, rules: {} } });
    try {
      const files = [sample('en-commercial/spring-sale.docx'), sample('fr-elearning/module-securite.docx'), sample('fr-elearning/module-securite.pdf')];
      const replies = await new Promise<{ index: number; result: { status: string; total: { words: number } | null }; zlibHandles: number }[]>((resolve, reject) => {
        const got: { index: number; result: { status: string; total: { words: number } | null }; zlibHandles: number }[] = [];
        thread.on('error', reject);
        thread.on('message', (reply) => {
          got.push(reply);
          if (got.length === files.length) resolve(got);
        });
        files.forEach((file, index) => thread.postMessage({ index, file }));
      });
      expect(replies.map((r) => r.result.status)).toEqual(['fail', 'pass', 'pass']);
      expect(replies.every((r) => (r.result.total?.words ?? 0) > 50)).toBe(true);
      expect(replies.map((r) => r.zlibHandles)).toEqual([0, 0, 0]);
    } finally {
      await thread.terminate();
    }
  });
});
