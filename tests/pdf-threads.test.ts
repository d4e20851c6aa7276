/**
 * A long PDF is read by two threads at once (readers/pdf/isolated.ts): each takes the next page
 * nobody has taken, and the outcomes are folded in page order. The Script, its warnings and its
 * errors must be exactly those of one thread reading every page (readPdf). Scripts are built here
 * with pdf-lib the way a layout tool writes them: voices by text colour, highlights drawn as fills
 * and as annotations, a running header and page numbers, paragraphs running over page breaks, a
 * catalog /Lang. Runs the built code (npm test builds first): the threads start on dist/readers/pdf/worker.cjs.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PDFArray, PDFDocument, PDFName, PDFNumber, StandardFonts, rgb, pushGraphicsState, popGraphicsState, setFillingRgbColor, rectangle, fill } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadOptions, Script } from '../src/model.js';
import { runWithThreadReports, writeThreadReportPreload } from './helpers/thread-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
type Isolated = typeof import('../src/readers/pdf/isolated.js');
type Reader = typeof import('../src/readers/pdf/index.js');
type ThreadJob = typeof import('../src/readers/pdf/thread-job.js');
const dist = (path: string) => import(pathToFileURL(join(root, 'dist', 'readers', 'pdf', path)).href);

const VOICES = [rgb(0, 0, 0), rgb(0.8, 0, 0), rgb(0, 0, 0.8), rgb(0, 0.5, 0)];
const WORDS = 'the narrator reads every line of this script with care while the studio clock keeps running and the producer listens for each colour'.split(' ');

interface Shape {
  pages: number;
  /** Bytes of a file attached to the PDF (a long file's size without more pages). */
  attachment?: number;
  /** Page whose Kids entry is broken (page-unreadable). */
  broken?: number;
  /** Page drawing more pieces of text than LIMITS.glyphsPerPage (a per-page limit). */
  crowded?: number;
  /** Pages of a dozen lines (a small file of many pages). */
  short?: boolean;
}

async function buildScript(shape: Shape): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setLanguage('en-GB');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let n = 0; n < shape.pages; n++) {
    const page = doc.addPage([612, 792]);
    page.drawText('HARBOUR COFFEE SPOT - DRAFT 3', { x: 72, y: 750, size: 9, font });
    page.drawText(`${n + 1}`, { x: 300, y: 36, size: 9, font });
    let y = 720;
    let para = 0;
    const bottom = shape.short ? 640 : 100;
    while (y > bottom) {
      const voice = VOICES[(n + para) % VOICES.length]!;
      const lines = 1 + Math.floor(random() * 4);
      const highlighted = shape.short ? para === 1 : para % 5 === 2;
      for (let l = 0; l < lines; l++) {
        let line = '';
        while (font.widthOfTextAtSize(line, 11) < 440) line += WORDS[Math.floor(random() * WORDS.length)] + ' ';
        line = line.trim();
        if (highlighted) {
          const width = font.widthOfTextAtSize(line, 11);
          if ((n + para) % 2) {
            page.pushOperators(pushGraphicsState(), setFillingRgbColor(1, 1, 0), rectangle(71, y - 3, width + 2, 14), fill(), popGraphicsState());
          } else {
            const annot = doc.context.obj({
              Type: 'Annot', Subtype: 'Highlight', Rect: [71, y - 3, 73 + width, y + 11], C: [0, 1, 1], F: 4,
              QuadPoints: [71, y + 11, 73 + width, y + 11, 71, y - 3, 73 + width, y - 3],
            });
            page.node.addAnnot(doc.context.register(annot));
          }
        }
        page.drawText(line, { x: 72, y, size: 11, font, color: voice });
        // The last paragraph of a page runs on at the top of the next (no gap, no full stop).
        y -= 13.2;
        if (y <= bottom) break;
      }
      y -= 10;
      para++;
    }
    if (shape.crowded === n + 1) {
      // 50,001 pieces of text of alternating colours, one letter each.
      const key = (page as unknown as { fontKey: string }).fontKey; // the resource name drawText gave the font
      const ops: string[] = ['BT', `/${key} 4 Tf`];
      for (let i = 0; i <= 50_000; i++) ops.push(`${i % 2} 0 0 rg`, `1 0 0 1 ${72 + (i % 100) * 4} ${90 - Math.floor(i / 100) * 0.1} Tm`, '(x) Tj');
      ops.push('ET');
      const stream = doc.context.stream(ops.join('\n'));
      const contents = page.node.Contents();
      const ref = doc.context.register(stream);
      if (contents instanceof PDFArray) contents.push(ref);
      else page.node.set(PDFName.of('Contents'), doc.context.obj([page.node.get(PDFName.of('Contents'))!, ref]));
    }
  }
  if (shape.attachment) {
    const filler = new Uint8Array(shape.attachment);
    for (let i = 0; i < filler.length; i++) filler[i] = Math.floor(random() * 256);
    await doc.attach(filler, 'voice-notes.bin', { mimeType: 'application/octet-stream', description: 'notes' });
  }
  if (shape.broken) {
    const pages = doc.catalog.lookup(PDFName.of('Pages'));
    const kids = (pages as unknown as { lookup(n: PDFName, t: typeof PDFArray): PDFArray }).lookup(PDFName.of('Kids'), PDFArray);
    kids.set(shape.broken - 1, doc.context.register(PDFNumber.of(5)));
  }
  return doc.save({ useObjectStreams: false });
}

let isolated: Isolated;
let reader: Reader;
let job: ThreadJob;
/** The roles of the jobs handed to PDF threads since the last `roles()`, and the threads they went to. */
let posted: string[] = [];
let postedTo: Worker[] = [];
/** Whether each job since the last `roles()` asked its thread to lay out the Script itself (PdfJob `finish`), and what the threads sent back. */
let finishing: boolean[] = [];
let replies: string[] = [];
const original = Worker.prototype.postMessage;

beforeAll(async () => {
  isolated = (await dist('isolated.js')) as Isolated;
  reader = (await dist('index.js')) as Reader;
  job = (await dist('thread-job.js')) as ThreadJob;
  // Two threads on a long PDF whatever the machine is doing (by default, only when a core is spare).
  isolated.pdfThreadsPerFile(2);
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const role = (message as { role?: unknown } | null)?.role;
    if (typeof role === 'string') {
      posted.push(role);
      postedTo.push(this);
      finishing.push((message as { finish?: unknown }).finish !== undefined);
      if (!listening.has(this)) {
        listening.add(this);
        this.on('message', (reply: object) => replies.push(Object.keys(reply).find((key) => key !== 'id') ?? ''));
      }
    }
    return (original as (...args: unknown[]) => void).call(this, message, ...rest);
  };
});

afterAll(() => {
  Worker.prototype.postMessage = original;
  isolated.pdfThreadsPerFile('auto');
});

const listening = new WeakSet<Worker>();
const roles = () => {
  const seen = posted;
  posted = [];
  postedTo = [];
  finishing = [];
  replies = [];
  return seen;
};

/** The outcome of a read, error or Script, as comparable data. */
async function outcome(read: Promise<Script>): Promise<unknown> {
  try {
    return await read;
  } catch (error) {
    const details = (error as { details?: unknown }).details;
    return { name: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message, ...(details ? { details } : {}) };
  }
}

async function bothWays(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<{ one: unknown; two: unknown; roles: string[] }> {
  const one = await outcome(reader.readPdf(new Uint8Array(bytes), name, options));
  roles();
  const two = await outcome(isolated.readPdfIsolated(bytes, name, options));
  return { one, two, roles: roles() };
}

describe('a long PDF read by two threads', () => {
  it('gives the Script of one thread, page by page in order (a second thread joins once the first has counted the pages)', async () => {
    const bytes = await buildScript({ pages: job.LATE_HELPER_PAGES + 4, short: true });
    expect(bytes.length).toBeLessThan(job.EARLY_HELPER_BYTES);
    const { one, two, roles: used } = await bothWays(bytes, 'harbour.pdf');
    expect(used).toEqual(['first', 'helper']);
    const script = one as Script;
    expect(script.facts.pages).toBe(job.LATE_HELPER_PAGES + 4);
    expect(script.language).toBe('en-GB');
    expect(script.paragraphs.length).toBeGreaterThan(200);
    // Every voice and both highlight colours are there, so the comparison compares something.
    const runs = script.paragraphs.flatMap((p) => p.runs);
    expect([...new Set(runs.map((r) => r.color))].sort()).toEqual(['#000000', '#0000CC', '#008000', '#CC0000']);
    expect([...new Set(runs.map((r) => r.background ?? 'none'))].sort()).toEqual(['#00FFFF', '#FFFF00', 'none']);
    expect(two).toEqual(one);
  });

  it('gives the Script of one thread when the second starts with the first (a file of 256 KiB or more)', async () => {
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 6, attachment: job.EARLY_HELPER_BYTES });
    const { one, two, roles: used } = await bothWays(bytes, 'harbour-notes.pdf');
    expect(used).toEqual(['first', 'helper']);
    expect((one as Script).facts.pages).toBe(job.PARALLEL_PAGES + 6);
    expect(two).toEqual(one);
  });

  it('a large file with few pages: the second thread reads nothing, the Script is the same', async () => {
    const bytes = await buildScript({ pages: 3, attachment: job.EARLY_HELPER_BYTES });
    const { one, two, roles: used } = await bothWays(bytes, 'short-notes.pdf');
    expect(used).toEqual(['first', 'helper']);
    expect((one as Script).facts.pages).toBe(3);
    expect(two).toEqual(one);
  });

  it('a small file of fewer pages is read by one thread', async () => {
    const bytes = await buildScript({ pages: job.LATE_HELPER_PAGES - 1, short: true });
    const { one, two, roles: used } = await bothWays(bytes, 'short.pdf');
    expect(used).toEqual(['first']);
    expect(two).toEqual(one);
  });

  it('options that hold functions (a caller\'s own, a progress callback) are kept on this side: the read is the same, nothing thrown', async () => {
    const bytes = readFileSync(join(root, 'samples/fr-elearning/module-securite.pdf'));
    const plain = await isolated.readPdfIsolated(new Uint8Array(bytes), 'plain.pdf', {});
    const withFunctions = await isolated.readPdfIsolated(new Uint8Array(bytes), 'plain.pdf', { progress: () => undefined, showPath: (path: string) => path } as unknown as ReadOptions);
    expect(withFunctions.paragraphs).toEqual(plain.paragraphs);
  });

  it('one thread per file when asked (pdfThreadsPerFile(1)): the same Script', async () => {
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 6, attachment: job.EARLY_HELPER_BYTES });
    const before = isolated.pdfThreadsPerFile(1);
    try {
      const { one, two, roles: used } = await bothWays(bytes, 'alone.pdf');
      expect(used).toEqual(['first']);
      expect(two).toEqual(one);
    } finally {
      isolated.pdfThreadsPerFile(before);
    }
  });

  it('a page that cannot be read: the same page-unreadable warning, the other pages read', async () => {
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 6, attachment: job.EARLY_HELPER_BYTES, broken: job.PARALLEL_PAGES + 4 });
    const { one, two, roles: used } = await bothWays(bytes, 'broken.pdf');
    expect(used).toEqual(['first', 'helper']);
    // Its running header, left out, is said too (furniture-left-out).
    expect((one as Script).warnings.find((w) => w.code === 'furniture-left-out')?.details?.texts).toEqual(['HARBOUR COFFEE SPOT - DRAFT 3']);
    expect((one as Script).warnings.filter((w) => w.code !== 'furniture-left-out')).toEqual([{ code: 'page-unreadable', message: `Page ${job.PARALLEL_PAGES + 4} could not be read and was skipped (Page dictionary kid reference points to wrong type of object).`, details: { page: job.PARALLEL_PAGES + 4, error: 'Page dictionary kid reference points to wrong type of object' } }]);
    expect(two).toEqual(one);
  });

  it('a page over a per-page limit: the same over-limit error naming that page', async () => {
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 6, crowded: job.PARALLEL_PAGES + 2 });
    expect(bytes.length).toBeGreaterThanOrEqual(job.EARLY_HELPER_BYTES);
    const { one, two, roles: used } = await bothWays(bytes, 'crowded.pdf');
    expect(used).toEqual(['first', 'helper']);
    expect(one).toMatchObject({ name: 'UserError', code: 'over-limit' });
    expect((one as { message: string }).message).toContain(`on page ${job.PARALLEL_PAGES + 2}`);
    expect(two).toEqual(one);
  });

  it('past the time budget both threads are stopped (timeout), and the next PDF is read by fresh ones', async () => {
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 16, attachment: job.EARLY_HELPER_BYTES });
    await expect(isolated.readPdfIsolated(bytes, 'late.pdf', { timeout: 0.05 })).rejects.toMatchObject({ code: 'timeout' });
    roles();
    const again = await isolated.readPdfIsolated(bytes, 'again.pdf', {});
    expect(roles()).toEqual(['first', 'helper']);
    expect(again.facts.pages).toBe(job.PARALLEL_PAGES + 16);
  });

  it('two files read at once: a thread each, each Script its own', async () => {
    const long = await buildScript({ pages: job.PARALLEL_PAGES + 6, attachment: job.EARLY_HELPER_BYTES });
    const other = await buildScript({ pages: job.LATE_HELPER_PAGES + 2, short: true });
    roles();
    const [a, b] = await Promise.all([isolated.readPdfIsolated(long, 'a.pdf', {}), isolated.readPdfIsolated(other, 'b.pdf', {})]);
    // (A second thread may join one of them once the other is done.)
    expect(roles().filter((role) => role === 'first')).toEqual(['first', 'first']);
    expect(a).toEqual(await reader.readPdf(new Uint8Array(long), 'a.pdf', {}));
    expect(b).toEqual(await reader.readPdf(new Uint8Array(other), 'b.pdf', {}));
  });
});

describe('reads sent ahead to a busy thread (check keeps each PDF thread\'s next file waiting there)', () => {
  /** One PDF thread kept, one thread per file: the reads below share a thread unless one is stopped. */
  async function oneThread<T>(body: () => Promise<T>): Promise<T> {
    const before = isolated.pdfThreadsPerFile(1);
    isolated.keepPdfThreads(1);
    try {
      return await body();
    } finally {
      isolated.pdfThreadsPerFile(before);
      isolated.keepPdfThreads(2);
    }
  }

  it('a read waits behind the one under way in the same thread; its budget starts when the thread starts it', async () => {
    const long = await buildScript({ pages: job.LATE_HELPER_PAGES - 1, short: true });
    const small = await buildScript({ pages: 2 });
    await oneThread(async () => {
      // A warm thread, kept idle.
      await isolated.readPdfIsolated(small, 'warm.pdf', {});
      roles();
      const starts: number[] = [];
      const sent = Date.now();
      const [a, b] = await Promise.all([
        isolated.readPdfIsolated(long, 'a.pdf', { timeout: 60 }, { queue: true, started: (deadline) => (starts[0] = deadline - 60_000) }),
        isolated.readPdfIsolated(small, 'b.pdf', { timeout: 60, deadline: sent + 60_000 }, { queue: true, started: (deadline) => (starts[1] = deadline - 60_000) }),
      ]);
      const threads = postedTo;
      expect(roles()).toEqual(['first', 'first']);
      expect(threads[1]).toBe(threads[0]);
      // b started when the thread was done with a's 126 short pages, not when it was sent (its deadline
      // from the caller is not used).
      expect(starts[0]).toBeGreaterThanOrEqual(sent - 1);
      expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(20);
      expect(a).toEqual(await reader.readPdf(new Uint8Array(long), 'a.pdf', {}));
      expect(b).toEqual(await reader.readPdf(new Uint8Array(small), 'b.pdf', {}));
    });
  });

  it('a file stopped past its budget does not take the file waiting behind it: that one is read by a fresh thread', async () => {
    // One page of 50,001 pieces of text: pdf.js spends ~0.3 s or more on it in one stretch, so the
    // thread is still on it when its 0.15 s are up (the thread checks the time itself only between
    // pages, and is stopped from outside within one).
    const late = await buildScript({ pages: 1, crowded: 1 });
    const small = await buildScript({ pages: 2 });
    await oneThread(async () => {
      await isolated.readPdfIsolated(small, 'warm.pdf', {});
      roles();
      const [stopped, next] = await Promise.all([
        outcome(isolated.readPdfIsolated(late, 'late.pdf', { timeout: 0.15 }, { queue: true })),
        isolated.readPdfIsolated(small, 'next.pdf', { timeout: 60 }, { queue: true }),
      ]);
      const threads = postedTo;
      expect(stopped).toMatchObject({ name: 'UserError', code: 'timeout' });
      expect(next).toEqual(await reader.readPdf(new Uint8Array(small), 'next.pdf', {}));
      // next.pdf was sent to late.pdf's thread, then again to a fresh one.
      expect(roles()).toEqual(['first', 'first', 'first']);
      expect(threads[1]).toBe(threads[0]);
      expect(threads[2]).not.toBe(threads[0]);
    });
  });

  it('a file over a limit fails alone; the file waiting behind it in the same thread is read as ever', async () => {
    const crowded = await buildScript({ pages: 3, crowded: 2 });
    const small = await buildScript({ pages: 2 });
    await oneThread(async () => {
      await isolated.readPdfIsolated(small, 'warm.pdf', {});
      roles();
      const [over, next] = await Promise.all([
        outcome(isolated.readPdfIsolated(crowded, 'crowded.pdf', {}, { queue: true })),
        isolated.readPdfIsolated(small, 'next.pdf', {}, { queue: true }),
      ]);
      expect(over).toEqual(await outcome(reader.readPdf(new Uint8Array(crowded), 'crowded.pdf', {})));
      expect(over).toMatchObject({ name: 'UserError', code: 'over-limit' });
      expect(next).toEqual(await reader.readPdf(new Uint8Array(small), 'next.pdf', {}));
    });
  });

  it('a thread that dies under a file fails that file only; the file waiting behind it is read by another thread', async () => {
    const long = await buildScript({ pages: job.PARALLEL_PAGES + 16 });
    const other = await buildScript({ pages: 3 });
    await oneThread(async () => {
      await isolated.readPdfIsolated(other, 'warm.pdf', {});
      roles();
      // The thread ends under the first file once it has started it (as a crash would end it).
      let thread: Worker | undefined;
      const reads = [
        outcome(isolated.readPdfIsolated(long, 'dies.pdf', {}, { queue: true, started: () => void thread!.terminate() })),
        isolated.readPdfIsolated(other, 'lives.pdf', {}, { queue: true }),
      ] as const;
      thread = postedTo[0];
      expect(postedTo[1]).toBe(thread);
      const [dies, lives] = await Promise.all(reads);
      expect(dies).toEqual({ name: 'UserError', code: 'corrupt-pdf', message: 'dies.pdf is damaged: reading it stopped unexpectedly. Re-export it or ask for a new copy.', details: { kind: 'stopped' } });
      expect(lives).toEqual(await reader.readPdf(new Uint8Array(other), 'lives.pdf', {}));
      expect(roles()).toEqual(['first', 'first', 'first']);
    });
  });

  // check's PDF lanes: this thread analyses every file of the batch and checks the DOCX ones, so a
  // queued read's layout (finishScript) is done in the PDF thread, which sends the Script whole.
  it('a queued read is laid out in its thread: no page is sent, the Script is the one read here', async () => {
    const small = await buildScript({ pages: 3 });
    const samples = ['samples/fr-elearning/module-securite.pdf', 'samples/en-commercial/spring-sale.pdf'].map((file) => new Uint8Array(readFileSync(join(root, file))));
    await oneThread(async () => {
      await isolated.readPdfIsolated(small, 'warm.pdf', {});
      roles();
      const [a, b, c] = await Promise.all([
        isolated.readPdfIsolated(small, 'small.pdf', {}, { queue: true }),
        isolated.readPdfIsolated(samples[0]!, 'module-securite.pdf', {}, { queue: true }),
        isolated.readPdfIsolated(samples[1]!, 'spring-sale.pdf', { include: ['header'] }, { queue: true }),
      ]);
      expect(finishing).toEqual([true, true, true]);
      expect(replies.filter((reply) => reply === 'page')).toEqual([]);
      expect(replies.filter((reply) => reply === 'script')).toEqual(['script', 'script', 'script']);
      expect(roles()).toEqual(['first', 'first', 'first']);
      expect(a).toEqual(await reader.readPdf(new Uint8Array(small), 'small.pdf', {}));
      expect(b).toEqual(await reader.readPdf(new Uint8Array(samples[0]!), 'module-securite.pdf', {}));
      expect(c).toEqual(await reader.readPdf(new Uint8Array(samples[1]!), 'spring-sale.pdf', { include: ['header'] }));
      // Not queued (a command reading one file): the pages come here, as before.
      roles();
      await isolated.readPdfIsolated(small, 'small.pdf', {});
      expect(finishing).toEqual([false]);
      expect(replies.filter((reply) => reply === 'page')).toEqual(['page', 'page', 'page']);
    });
  });

  it('a queued read laid out in its thread: a page that cannot be read and a page over a limit give what one thread gives', async () => {
    const broken = await buildScript({ pages: 4, broken: 3 });
    const crowded = await buildScript({ pages: 3, crowded: 2 });
    await oneThread(async () => {
      roles();
      const [warned, over] = await Promise.all([outcome(isolated.readPdfIsolated(broken, 'broken.pdf', {}, { queue: true })), outcome(isolated.readPdfIsolated(crowded, 'crowded.pdf', {}, { queue: true }))]);
      // (The crowded page's 50,001 pieces of text make a file of EARLY_HELPER_BYTES or more: read as ever.)
      expect(crowded.length).toBeGreaterThanOrEqual(job.EARLY_HELPER_BYTES);
      expect(finishing).toEqual([true, false]);
      expect((warned as Script).warnings.map((w) => w.code)).toContain('page-unreadable');
      expect(warned).toEqual(await outcome(reader.readPdf(new Uint8Array(broken), 'broken.pdf', {})));
      expect(over).toMatchObject({ name: 'UserError', code: 'over-limit' });
      expect(over).toEqual(await outcome(reader.readPdf(new Uint8Array(crowded), 'crowded.pdf', {})));
    });
  });
});

describe('a queued read of a long file is laid out in its one thread', () => {
  it('no second thread joins it (two per file asked), the Script is the same', async () => {
    const bytes = await buildScript({ pages: job.LATE_HELPER_PAGES + 4, short: true });
    expect(bytes.length).toBeLessThan(job.EARLY_HELPER_BYTES);
    roles();
    const queued = await isolated.readPdfIsolated(new Uint8Array(bytes), 'harbour.pdf', {}, { queue: true });
    expect(roles()).toEqual(['first']);
    expect(queued).toEqual(await reader.readPdf(new Uint8Array(bytes), 'harbour.pdf', {}));
  });
});

describe("the threads start on the build's CommonJS entry and take their code cache", () => {
  it('a long PDF read by two threads: each compiled its code from the cache made under no V8 flags, neither ran the ES-module loader, the pages all read', async () => {
    // Three times the pages a late helper waits for: on a loaded machine the first thread read all of
    // LATE_HELPER_PAGES + 4 short pages before the helper had started (one thread reported, CI under load).
    const pages = job.LATE_HELPER_PAGES * 3;
    const bytes = await buildScript({ pages, short: true });
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-threads-'));
    try {
      const file = join(dir, 'harbour.pdf');
      writeFileSync(file, bytes);
      const code = [
        `const isolated = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'readers', 'pdf', 'isolated.js')).href)});`,
        "const { readFileSync } = await import('node:fs');",
        'isolated.pdfThreadsPerFile(2);',
        `const script = await isolated.readPdfIsolated(new Uint8Array(readFileSync(${JSON.stringify(file)})), 'harbour.pdf');`,
        'process.stdout.write(String(script.facts.pages));',
      ].join('\n');
      const run = runWithThreadReports(writeThreadReportPreload(dir), ['--input-type=module', '-e', code], root);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(String(pages));
      const hash = createHash('sha256').update(readFileSync(join(root, 'dist', 'readers', 'pdf', 'worker-bundle.cjs'))).digest('hex').slice(0, 16);
      const compiled =
        typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'
          ? { bundle: 'worker-bundle.cjs', code: 'compile-cache', cache: null }
          : { bundle: 'worker-bundle.cjs', code: 'cache', cache: `worker-bundle-${hash}.v8cache` };
      expect(new Set(run.records.map((record) => record.thread)).size).toBe(2);
      expect([...new Set(run.records.map(({ code, esm }) => JSON.stringify({ code, esm })))].map((line) => JSON.parse(line) as unknown)).toEqual([{ code: compiled, esm: [] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the command line's summary of a PDF of LONG_PDF_BYTES or more: its PDF threads run under check's V8 flags and take the cache made under them", async () => {
    const { LONG_PDF_BYTES, CHECK_V8_FLAGS } = (await import(pathToFileURL(join(root, 'dist', 'cli', 'v8-flags.js')).href)) as typeof import('../src/cli/v8-flags.js');
    const bytes = await buildScript({ pages: job.PARALLEL_PAGES + 6, attachment: LONG_PDF_BYTES });
    expect(bytes.length).toBeGreaterThanOrEqual(LONG_PDF_BYTES);
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-threads-'));
    try {
      const file = join(dir, 'harbour-long.pdf');
      writeFileSync(file, bytes);
      const run = runWithThreadReports(writeThreadReportPreload(dir), [join(root, 'dist', 'cli', 'main.cjs'), 'summary', file, '--no-config'], root);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('  Total                         1,990  43,007  43,007  100.0%  4:46:43  150 wpm\n');
      const hash = createHash('sha256').update(readFileSync(join(root, 'dist', 'readers', 'pdf', 'worker-bundle.cjs'))).digest('hex').slice(0, 16);
      const flags = CHECK_V8_FLAGS.map((flag) => flag.replace(/^--/, '').replace(/=/g, '_')).join('.');
      const compiled =
        typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'
          ? { bundle: 'worker-bundle.cjs', code: 'compile-cache', cache: null }
          : { bundle: 'worker-bundle.cjs', code: 'cache', cache: `worker-bundle-${hash}${flags ? `.${flags}` : ''}.v8cache` };
      expect([...new Set(run.records.map(({ code, esm }) => JSON.stringify({ code, esm })))].map((line) => JSON.parse(line) as unknown)).toEqual([{ code: compiled, esm: [] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
