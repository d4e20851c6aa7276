/**
 * Opening a PDF with pdf.js, and the one-line errors for files it cannot open. pdf.js itself is
 * loaded by pdfjs.ts in Node and by pdfjs.browser.ts in a browser (package.json's "browser" field).
 */
import { isUserError, UserError } from '../../errors.js';
import { asciiBytes, indexOfBytes } from '../byte-search.js';
import { loadPdfJs, pdfJsAssets, pdfJsFontOptions, type PdfJs } from './pdfjs.js';

export type { PdfJs };
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

const EOF_MARKER = asciiBytes('%%EOF');

/** A truncated download usually loses the trailer; pdf.js would silently rebuild a partial file. */
function looksTruncated(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes.subarray(Math.max(0, bytes.byteLength - 4096)), EOF_MARKER) < 0;
}

/**
 * The kinds of damage a `corrupt-pdf` error's details give (`kind`), with pdf.js's reason (`error`)
 * when it gave one: `truncated`, the end of the file is missing (no %%EOF: a download cut short);
 * `unreadable`, pdf.js or the layout failed on something in the file; `no-page-readable`, the file
 * opens but none of its `pages` can be read (the first one's reason); `stopped`, the thread reading it
 * crashed (its reason, when it gave one); `pages-unreachable`, none of its `pages` shows text while
 * the file's content streams do (`textStreams` of them, showing text `textOps` times): its list of
 * pages does not reach them (`unreadable`: how many of the pages could not be read, when some could not).
 */
export type PdfDamage = 'truncated' | 'unreadable' | 'no-page-readable' | 'stopped' | 'pages-unreachable';

/** The end of the file is missing (no %%EOF): pdf.js would rebuild what it could of the rest. */
export function truncated(file: string): UserError {
  return new UserError(`${file} is damaged or truncated: re-export it or ask for a new copy.`, 'corrupt-pdf', { kind: 'truncated' satisfies PdfDamage });
}

/** The first line of an error, as messages quote it: at most 160 characters, no final full stop. */
function reason(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160).replace(/\.$/, '');
}

/** A failure inside pdf.js (or the layout) on this file: the file is damaged in `where`. */
export function damaged(file: string, where: string, error: unknown): UserError {
  const detail = reason(error);
  return new UserError(
    `${file} is damaged: ${where} cannot be read (${detail || 'unknown error'}). Re-export it or ask for a new copy.`,
    'corrupt-pdf',
    { kind: 'unreadable' satisfies PdfDamage, ...(detail ? { error: detail } : {}) },
  );
}

/** The file opens but none of its `pages` can be read; `first`: the first page's reason, when it gave one. */
export function noPageReadable(file: string, pages: number, first: string | undefined): UserError {
  // No page at all: pdf.js found an empty list of pages (a /Kids array emptied, a /Count of 0).
  const which = pages === 0 ? 'it has no pages (its list of pages is empty or broken)' : pages === 1 ? 'its page cannot be read' : `none of its ${pages.toLocaleString('en-US')} pages can be read`;
  return new UserError(
    `${file} is damaged: ${which}${first ? ` (page 1: ${first})` : ''}. Re-export it or ask for a new copy.`,
    'corrupt-pdf',
    { kind: 'no-page-readable' satisfies PdfDamage, pages, ...(first ? { error: first } : {}) },
  );
}

/**
 * No page shows text, yet `look` found streams of page content that do: the list of pages (or a
 * page's /Contents) does not reach them. Said as damage, not as a blank file. `unreadable`: pages
 * pdf.js could not read (a /Kids entry that is no page), said with the others.
 */
export function pagesUnreachable(file: string, pages: number, look: { textStreams: number; textOps: number }, unreadable = 0): UserError {
  const none =
    unreadable > 0
      ? `${unreadable.toLocaleString('en-US')} of its ${pages.toLocaleString('en-US')} pages cannot be read and ${pages - unreadable === 1 ? 'the other shows' : 'the others show'} no text`
      : pages === 1
        ? 'its page shows no text'
        : `none of its ${pages.toLocaleString('en-US')} pages shows any text`;
  const blocks = look.textStreams === 1 ? 'a block of page content draws it, on no page' : `${look.textStreams.toLocaleString('en-US')} blocks of page content draw it, none on a page`;
  return new UserError(
    `${file} is damaged: ${none}, yet the file holds text that its list of pages does not reach (${blocks}). Re-save or re-export it from the program that made it, or ask for the script itself: the Word file.`,
    'corrupt-pdf',
    { kind: 'pages-unreachable' satisfies PdfDamage, pages, textStreams: look.textStreams, textOps: look.textOps, ...(unreadable ? { unreadable } : {}) },
  );
}

/** Opens the document, turning pdf.js failures into one-line user errors. */
export async function openPdf(bytes: Uint8Array, file: string, password?: string): Promise<{ pdfjs: PdfJs; doc: PdfDocument }> {
  if (looksTruncated(bytes)) throw truncated(file);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    useSystemFonts: false,
    ...pdfJsFontOptions(),
    verbosity: pdfjs.VerbosityLevel.ERRORS, // 0: pdf.js prints nothing but errors, which we map ourselves
    stopAtErrors: false,
    // Decoded images as their bytes and kind (ImageKind), as pdf.js gives them in Node, never as an
    // ImageBitmap, which a browser's pdf.js makes where OffscreenCanvas (or ImageDecoder, for JPEGs)
    // exists: whether a picture laid over text is opaque is read from those (covers.ts
    // opaquePictures), and the page must hide the same lines as the CLI. Nothing here draws them.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    ...pdfJsAssets(file),
  });
  try {
    return { pdfjs, doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      const wrong = (error as { code?: number }).code === pdfjs.PasswordResponses.INCORRECT_PASSWORD;
      // One --password for a batch: a PDF that opens without one (an owner password only, which
      // restricts printing or copying) is refused the wrong password by pdf.js; opened as it is.
      const refused = new UserError(
        wrong
          ? `${file} is encrypted and the password given is wrong: pass the right one with --password.`
          : `${file} is encrypted: a password is needed, pass it with --password.`,
        'encrypted',
        { password: wrong ? 'wrong' : 'missing' },
      );
      if (!(wrong && password)) throw refused;
      try {
        return await openPdf(bytes, file, undefined);
      } catch (again) {
        // Needs a password after all: the one given is wrong.
        throw isUserError(again) && again.code === 'encrypted' ? refused : again;
      }
    }
    // pdf.js says why (mostly "Invalid PDF structure"): said.
    throw damaged(file, 'the file', error);
  }
}
