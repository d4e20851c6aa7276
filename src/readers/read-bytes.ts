/**
 * Bytes in memory → `Script`, for Node and for a browser alike: the format is told from the first
 * bytes (never from the name), then the DOCX reader, or the PDF reader the caller gives (Node's
 * runs in a worker thread: file.ts; a browser's in the calling thread: file.browser.ts).
 */
import { UserError } from '../errors.js';
import type { ReadOptions, Script } from '../model.js';
import { asciiBytes, indexOfBytes, latin1 } from './byte-search.js';
import { readDocx } from './docx/index.js';
import { LIMITS, overLimit } from './limits.js';
import { placeholderError } from './placeholders.js';
import { numberRows } from './row-numbers.js';

const PDF_MAGIC = '%PDF-';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type SniffedFormat = 'docx' | 'pdf' | 'ole' | 'rtf' | 'unknown';

/** Tells the format from the first bytes, never from the file name. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    return 'docx';
  }
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return 'ole';
  // A PDF header may be preceded by junk; readers accept it within the first KiB.
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'unknown';
}

/** "EncryptedPackage" in UTF-16LE, as an OLE directory names its streams. */
const ENCRYPTED_PACKAGE = (() => {
  const ascii = asciiBytes('EncryptedPackage');
  const utf16 = new Uint8Array(ascii.length * 2);
  ascii.forEach((b, i) => (utf16[i * 2] = b));
  return utf16;
})();

/** An OLE compound file holding `EncryptedPackage` is a password-protected Office file. */
function oleIsEncryptedPackage(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0;
}

/** What the library takes as a script's bytes: a Uint8Array (a Node Buffer is one), an ArrayBuffer (`File.arrayBuffer()`), or any other view of one (a DataView: its bytes). */
export type ScriptBytes = Uint8Array | ArrayBuffer | ArrayBufferView;

/** Bytes the library copied itself (takeBytes): not copied again on their way through it. */
const taken = new WeakSet<Uint8Array>();

/**
 * The caller's bytes, copied now, before anything is awaited: the library keeps no reference to
 * what it was given, so the caller may reuse or refill its buffer as soon as the call returns its
 * promise. An ArrayBuffer (or a SharedArrayBuffer), and any view of one, is taken as its bytes;
 * anything else (a string, an array of numbers, a Blob) is refused with a `usage` error saying what to pass.
 */
export function takeBytes(value: unknown, file: string, entry = 'readScriptBytes'): Uint8Array {
  if (value instanceof Uint8Array && taken.has(value)) return value;
  let copy: Uint8Array | null = null;
  if (ArrayBuffer.isView(value)) copy = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  else if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) copy = new Uint8Array(value.slice(0));
  else if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') copy = new Uint8Array((value as ArrayBuffer).slice(0)); // from another realm
  if (!copy) {
    const given = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? `a${/^[AEIOU]/.test(value.constructor?.name ?? '') ? 'n' : ''} ${value.constructor?.name ?? 'object'}` : `a ${typeof value}`;
    throw new UserError(
      `${file}: ${entry} takes the file's bytes as a Uint8Array, a Buffer, an ArrayBuffer or another ArrayBufferView (in a browser: await file.arrayBuffer()), not ${given}.`,
      'usage',
      { kind: 'invalid-value', option: 'bytes', value: given },
    );
  }
  taken.add(copy);
  return copy;
}

/** Bytes the library read itself (a file read from its path): nobody else holds them, no copy is made. */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  taken.add(bytes);
  return bytes;
}

export type PdfReader = (bytes: Uint8Array, file: string, options: ReadOptions) => Promise<Script>;

/**
 * pdf.js in the calling thread (loaded on demand, so DOCX runs never pay for it): in a browser,
 * where the whole pipeline runs in a Web Worker of the page's, so whatever pdf.js sets on its realm
 * stays there. Node reads a PDF in a worker thread instead (file.ts).
 */
export const readPdfInThread: PdfReader = async (...args) => {
  const { readPdf } = await import('./pdf/index.js');
  return readPdf(...args);
};

/**
 * A script with more text and background colour pairs than LIMITS.looks is refused: it is not
 * colour-coded (every pair of colours is compared for look-alikes, and each is a group of its own).
 */
function checkLooks(script: Script): Script {
  // Backgrounds by text colour: no string made per run (the same few looks come back on every line).
  const looks = new Map<string, Set<string | null>>();
  let count = 0;
  const paragraphs = script.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const runs = paragraphs[p]!.runs;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      let backgrounds = looks.get(run.color);
      if (!backgrounds) looks.set(run.color, (backgrounds = new Set()));
      const background = run.background ?? null;
      if (backgrounds.has(background)) continue;
      backgrounds.add(background);
      if (++count > LIMITS.looks) throw overLimit(script.file, 'the number of different text and background colours', LIMITS.looks, '', 'looks');
    }
  }
  return script;
}

/** The rows of tables numbered by a column of their own, given their numbers (row-numbers.ts). */
function numbered(script: Script): Script {
  numberRows(script.paragraphs);
  return script;
}

export async function readBytes(bytes: Uint8Array, file: string, options: ReadOptions, readPdf: PdfReader): Promise<Script> {
  switch (sniffFormat(bytes)) {
    case 'docx':
      return numbered(checkLooks(await readDocx(bytes, file, options)));
    case 'pdf':
      return numbered(checkLooks(await readPdf(bytes, file, options)));
    case 'ole':
      if (oleIsEncryptedPackage(bytes)) {
        throw new UserError(
          `${file} is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again.`,
          'encrypted',
        );
      }
      throw new UserError(`${file} is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx.`, 'legacy-doc', { path: file });
    case 'rtf':
      throw new UserError(`${file} is an RTF file: open it in Word or LibreOffice and save it as .docx.`, 'not-a-script', { kind: 'rtf' });
    default:
      if (bytes.length === 0) throw new UserError(`${file} is empty: expected a .docx or .pdf script.`, 'empty-file', { path: file });
      // A Git LFS pointer or a lock file of Word's: said to be one, with what to do.
      throw placeholderError(bytes, file) ??
        new UserError(`${file} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.`, 'not-a-script', { kind: 'unknown' });
  }
}
