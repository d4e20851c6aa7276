/**
 * The V8 flags a command line runs with (Node only). The launcher (launch.ts) sets them before any of
 * vo-lines is compiled, and takes the code cache the build made under the same flags (V8 accepts a
 * cache only under the flags it was made with: scripts/bundle-cli.mjs makes one per set). The
 * library sets none: a host's V8 is the host's.
 *
 * `--no-turbo-inlining`, for a command that reads DOCX files and no PDF: such a run is short and cold,
 * and V8's optimising compiler spent most of its time inlining callees into the XML scanner's and
 * casting's loops; on the 2-core machines we measure on, its background threads took as much CPU as
 * the command's own work and kept the main thread waiting for a core. Without inlining that code is
 * optimised at a fraction of the cost (bench/README.md, the fourth session: the LibreOffice script's
 * summary −10–15% time, −15–19% CPU). pdf.js is the opposite — its parser lives on small methods
 * inlined into its loops: a two-page PDF's summary took 23% longer without inlining — so a command
 * that reads a PDF, and `web`, keep V8's defaults, and `check` (whose batch may hold PDFs: its files
 * are known only once the command runs) has its own.
 *
 * `--interrupt-budget=350000` (V8's default 67,584), for `check` and for a command that reads DOCX
 * files and no PDF: each function runs about five times longer before V8 considers optimising it, so
 * only what stays hot is. A batch runs the same code over many files and pays for every optimised
 * compile on the cores its own threads need: with V8's default, its background threads spent 1.3–1.5 s
 * compiling in a 200-script batch, a third of the batch's CPU; with this budget about 0.7 s, and the
 * batch took 10–20% less time. A DOCX's summary: 5–10% less time, 10–17% less CPU (bench/README.md, the
 * fifth session). A short PDF's summary is the opposite (pdf.js's parser wants optimising early: a
 * two-page PDF 15% slower under the budget), so it keeps V8's defaults; a long one, read for a second
 * or more in two threads that run the same code over hundreds of pages, is `check`'s case again and
 * runs under CHECK_V8_FLAGS: from LONG_PDF_BYTES on (bench/README.md, the nineteenth session: 50, 100
 * and 320 pages of the generated script −5%, −18%, −6–10% time; LibreOffice's 336 pages −13%; 12
 * pages +15%, 25 +3%). The launcher gives the size of the file; it takes the caches made for `check`.
 *
 * `--no-regexp-tier-up`, for a command that reads DOCX files and no PDF: V8 otherwise runs a regular
 * expression's first match in its interpreter and compiles it again to machine code for the second,
 * parsing it twice — and the rules (spoken forms, legends, sections) hold dozens with Unicode classes
 * (`\p{L}`), each costly to build. Compiled once: a small script's summary −10% time (−3%
 * instructions), the LibreOffice script's −1% instructions (bench/README.md, the ninth session).
 *
 * Outputs never depend on flags. Measured on Node 20 only, so only Node 20 gets them; later Nodes
 * (Maglev, a faster middle tier, on by default) keep V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';
import { pdfToRead } from './pdf-argument.js';

const NODE_20 = process.versions.node.split('.')[0] === '20';

/** The flags of a command that reads DOCX files and no PDF; none but on Node 20. */
export const DOCX_V8_FLAGS: readonly string[] = NODE_20 ? ['--no-turbo-inlining', '--interrupt-budget=350000', '--no-regexp-tier-up'] : [];

/** The flags of `check`, and of a command reading a long PDF; none but on Node 20. */
export const CHECK_V8_FLAGS: readonly string[] = NODE_20 ? ['--interrupt-budget=350000'] : [];

/**
 * A PDF this large (bytes) or larger is read under CHECK_V8_FLAGS. The size stands for the length the
 * launcher cannot know before V8 starts (the pages): the generated script has ~3 KB a page, so ~85
 * pages; a PDF of a few pages with large fonts or pictures embedded may pass it and be read a few
 * percent slower, never differently.
 */
export const LONG_PDF_BYTES = 256 * 1024;

/**
 * The V8 flags for a command line (the arguments after `vo-lines`): CHECK_V8_FLAGS for `check`, and
 * for a command reading a PDF of `pdfBytes` ≥ LONG_PDF_BYTES (the size of the PDF it reads first);
 * DOCX_V8_FLAGS when it names a `.docx` to read and no `.pdf` and is not `web`; none otherwise. A
 * misnamed file is still read right, only perhaps slower.
 */
export function v8FlagsFor(args: readonly string[], pdfBytes?: number): readonly string[] {
  if (args[0] === 'check') return CHECK_V8_FLAGS;
  if (args[0] === 'web') return [];
  if (pdfToRead(args) !== undefined) return pdfBytes !== undefined && pdfBytes >= LONG_PDF_BYTES ? CHECK_V8_FLAGS : [];
  return args.some((arg) => /\.docx$/i.test(arg)) ? DOCX_V8_FLAGS : [];
}

/** Sets `flags` in this process (all its threads): before the code they concern is compiled. */
export function setV8Flags(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag);
}
