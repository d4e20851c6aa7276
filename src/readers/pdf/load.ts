/**
 * Opening a PDF with pdf.js, and the one-line errors for files it cannot open. pdf.js itself is
 * loaded by pdfjs.ts in Node and by pdfjs.browser.ts in a browser (package.json's "browser" field).
 */
import { UserError } from '../../errors.js';
import { asciiBytes, indexOfBytes } from '../byte-search.js';
import { loadPdfJs, pdfJsAssets, pdfJsFontOptions, type PdfJs } from './pdfjs.js';

export type { PdfJs };
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

const EOF_MARKER = asciiBytes('%%EOF');

/** A truncated download usually loses the trailer; pdf.js would silently rebuild a partial file. */
function looksTruncated(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes.subarray(Math.max(0, bytes.byteLength - 4096)), EOF_MARKER) < 0;
}

export function corrupt(file: string): UserError {
  return new UserError(`${file} is damaged or truncated: re-export it or ask for a new copy.`, 'corrupt-pdf');
}

/** A failure inside pdf.js (or the layout) on this file: the file is damaged in `where`. */
export function damaged(file: string, where: string, error: unknown): UserError {
  const detail = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160);
  return new UserError(`${file} is damaged: ${where} cannot be read (${detail || 'unknown error'}). Re-export it or ask for a new copy.`, 'corrupt-pdf');
}

/** Opens the document, turning pdf.js failures into one-line user errors. */
export async function openPdf(bytes: Uint8Array, file: string, password?: string): Promise<{ pdfjs: PdfJs; doc: PdfDocument }> {
  if (looksTruncated(bytes)) throw corrupt(file);
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
    ...pdfJsAssets(),
  });
  try {
    return { pdfjs, doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      const wrong = (error as { code?: number }).code === pdfjs.PasswordResponses.INCORRECT_PASSWORD;
      throw new UserError(
        wrong
          ? `${file} is encrypted and the password given is wrong: pass the right one with --password.`
          : `${file} is encrypted: a password is needed, pass it with --password.`,
        'encrypted',
      );
    }
    throw corrupt(file);
  }
}
