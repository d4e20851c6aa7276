/**
 * The content streams the calling thread inflates as it looks at a PDF (preflight.ts) are handed to
 * the PDF threads (readers/pdf/inflated.ts), where pdf.js takes a stream from them only when its
 * chunk is the very same bytes of the file. Checked here: the look keeps exactly the streams it
 * inflated whole, the lookup refuses anything but the same bytes at the same place, and the built
 * PDF thread really reads pdf.js's streams from the table it is sent (a table made here to differ
 * from the file shows through; the product never sends one that differs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { flatePdf } from './helpers/flate-pdf.js';
import { InflatedLookup, packInflated, type InflatedStream } from '../src/readers/pdf/inflated.js';
import { checkContentStreams } from '../src/readers/pdf/preflight.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A one-page PDF drawing `text` in Helvetica from a deflated content stream followed by `eol` before `endstream`. */
function onePage(text: string, eol = '\n'): { pdf: Uint8Array; content: Buffer } {
  const content = Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`);
  return { pdf: flatePdf(deflateSync(content), eol), content };
}

async function kept(pdf: Uint8Array): Promise<InflatedStream[]> {
  const streams: InflatedStream[] = [];
  await checkContentStreams(pdf, 'script.pdf', (stream) => streams.push(stream));
  return streams;
}

describe('the content streams the look inflated', () => {
  it('are kept whole, each where its data starts, its length to endstream with and without the end of line', async () => {
    for (const eol of ['\n', '\r\n', '\r', '']) {
      const { pdf, content } = onePage('NARRATOR: Welcome to the harbour.', eol);
      const streams = await kept(pdf);
      expect(streams).toHaveLength(1);
      const [s] = streams;
      expect(Buffer.from(s!.content).toString()).toBe(content.toString());
      expect(s!.length - s!.trimmed).toBe(eol.length);
      expect(Buffer.from(inflateSync(pdf.subarray(s!.start, s!.start + s!.trimmed))).toString()).toBe(content.toString());
    }
  });

  it('are not kept when the stream is cut short or damaged (the look reads what it can; pdf.js decodes such a stream itself)', async () => {
    const { pdf } = onePage('NARRATOR: Welcome to the harbour.');
    const { start, trimmed } = (await kept(pdf))[0]!;
    const damaged = new Uint8Array(pdf);
    damaged.fill(0xff, start + 4, start + trimmed - 6);
    expect(await kept(damaged)).toEqual([]);
    // Read in part: the text shown before the damage is no longer there to count.
    await expect(checkContentStreams(damaged, 'script.pdf')).resolves.toEqual({ textStreams: 0, textOps: 0, links: false });
  });

  it('are looked up only for the same bytes at the same place, of the stream’s whole length', async () => {
    const { pdf, content } = onePage('NARRATOR: Welcome to the harbour.', '\r\n');
    const streams = await kept(pdf);
    const { start, length, trimmed } = streams[0]!;
    const lookup = new InflatedLookup(packInflated(streams)!, pdf);
    const view = (from: number, to: number, bytes = pdf) => new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from);
    const found = lookup.take(view(start, start + trimmed));
    expect(Buffer.from(found!).toString()).toBe(content.toString());
    // A copy of its own, in ordinary memory (pdf.js may transfer it).
    expect(found!.buffer instanceof SharedArrayBuffer).toBe(false);
    expect(Buffer.from(lookup.take(view(start, start + length))!).toString()).toBe(content.toString());
    // A /Length that cuts the stream, or runs past it: inflated as pdf.js would.
    expect(lookup.take(view(start, start + trimmed - 1))).toBeNull();
    expect(lookup.take(view(start, start + length + 1))).toBeNull();
    // Elsewhere in the file.
    expect(lookup.take(view(start + 1, start + 1 + trimmed))).toBeNull();
    // The same place in other bytes (another file, a decrypted copy).
    const other = new Uint8Array(pdf);
    other[start + 5] = other[start + 5]! ^ 0x01;
    expect(lookup.take(view(start, start + trimmed, other))).toBeNull();
    expect(packInflated([])).toBeUndefined();
  });
});

describe('the PDF thread', () => {
  /** Reads `pdf` in the built PDF thread, sent `streams` as the caller's inflated ones; the page's text. */
  async function readWith(pdf: Uint8Array, streams: InflatedStream[]): Promise<string[]> {
    const thread = new Worker(join(root, 'dist', 'readers', 'pdf', 'worker-bundle.cjs'));
    try {
      const shared = new Uint8Array(new SharedArrayBuffer(pdf.length));
      shared.set(pdf);
      const state = new Int32Array(new SharedArrayBuffer(4 * 5));
      state[0] = 1; // SHARED.next: the first page to take
      const inflated = packInflated(streams);
      thread.postMessage({ id: 1, bytes: shared, file: 'script.pdf', options: {}, state, role: 'first', checked: true, ...(inflated ? { inflated } : {}) });
      const texts: string[] = [];
      return await new Promise<string[]>((resolve, reject) => {
        thread.on('error', reject);
        thread.on('message', (reply: { page?: { text?: { frames: { lines: { text: string }[] }[] } }; done?: true; error?: { message: string } }) => {
          for (const frame of reply.page?.text?.frames ?? []) for (const line of frame.lines) texts.push(line.text);
          if (reply.error) reject(new Error(reply.error.message));
          else if (reply.done) resolve(texts);
        });
      });
    } finally {
      await thread.terminate();
    }
  }

  it('reads the streams it is sent in place of inflating them, and inflates them itself when sent none', async () => {
    const { pdf } = onePage('NARRATOR: Welcome to the harbour.');
    const streams = await kept(pdf);
    expect(await readWith(pdf, [])).toEqual(['NARRATOR: Welcome to the harbour.']);
    expect(await readWith(pdf, streams)).toEqual(['NARRATOR: Welcome to the harbour.']);
    // Sent a content that is not the file's (the product never does): it shows through, so the thread takes it.
    const swapped = streams.map((s) => ({ ...s, content: new Uint8Array(Buffer.from('BT /F1 12 Tf 72 720 Td (NARRATOR: Goodbye from the harbour.) Tj ET')) }));
    expect(await readWith(pdf, swapped)).toEqual(['NARRATOR: Goodbye from the harbour.']);
  });

  it("is sent the table a caller gives the isolated read (check's PDF lane: its look is its own)", async () => {
    const { pdf } = onePage('NARRATOR: Welcome to the harbour.');
    const swapped = (await kept(pdf)).map((s) => ({ ...s, content: new Uint8Array(Buffer.from('BT /F1 12 Tf 72 720 Td (NARRATOR: Goodbye from the harbour.) Tj ET')) }));
    const { readPdfIsolated } = (await import(pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'isolated.js')).href)) as typeof import('../src/readers/pdf/isolated.js');
    const script = await readPdfIsolated(pdf, 'script.pdf', {}, { checked: true, inflated: packInflated(swapped) });
    expect(script.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['NARRATOR: Goodbye from the harbour.']);
    const plain = await readPdfIsolated(pdf, 'script.pdf', {});
    expect(plain.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['NARRATOR: Welcome to the harbour.']);
  });

  it('reads a real script the same with and without the streams it is sent', async () => {
    const pdf = new Uint8Array(readFileSync(join(root, 'samples', 'fr-elearning', 'module-securite.pdf')));
    const streams = await kept(pdf);
    // Its three pages' content and its three fonts' ToUnicode maps.
    expect(streams.map((s) => Buffer.from(s.content.subarray(0, 8)).toString('latin1'))).toEqual(['0.1 w\nq ', '0.1 w\nq ', '0.1 w\nq ', '/CIDInit', '/CIDInit', '/CIDInit']);
    const withStreams = await readWith(pdf, streams);
    expect(withStreams).toEqual(await readWith(pdf, []));
    expect(withStreams.length).toBeGreaterThan(40);
  });
});
