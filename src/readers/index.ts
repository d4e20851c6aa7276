import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { ReadOptions, Script } from '../model.js';
import { readDocx } from './docx/index.js';
import { LIMITS, overLimit } from './limits.js';

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
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes(PDF_MAGIC)) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'unknown';
}

/** An OLE compound file holding `EncryptedPackage` is a password-protected Office file. */
function oleIsEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

type PdfReader = (bytes: Uint8Array, file: string, options: ReadOptions) => Promise<Script>;

/**
 * Reads a script from bytes already in memory; `file` is only used in messages and output.
 *
 * A PDF is read where pdf.js cannot change the caller's built-ins: its legacy build (the one Node
 * needs) installs core-js polyfills process-wide (Array.prototype.push, JSON.parse/stringify,
 * Function.prototype.toString, Set and Map methods, Promise.withResolvers…), so in Node it runs only
 * in the worker thread of readers/pdf/isolated.ts (which also stops it when `options.timeout` runs
 * out). From the TypeScript sources (tests), where no compiled worker exists, it runs in this thread.
 */
export async function readScriptBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<Script> {
  return readBytes(bytes, file, options, async (...args) => {
    // Loaded on demand so DOCX runs never pay for the PDF reader.
    const { readPdfIsolated } = await import('./pdf/isolated.js');
    return readPdfIsolated(...args);
  });
}

/**
 * A script with more text and background colour pairs than LIMITS.looks is refused: it is not
 * colour-coded (every pair of colours is compared for look-alikes, and each is a group of its own).
 */
function checkLooks(script: Script): Script {
  const looks = new Set<string>();
  for (const paragraph of script.paragraphs) {
    for (const run of paragraph.runs) {
      looks.add(`${run.color}${run.background ?? ''}`);
      if (looks.size > LIMITS.looks) throw overLimit(script.file, 'the number of different text and background colours', LIMITS.looks);
    }
  }
  return script;
}

async function readBytes(bytes: Uint8Array, file: string, options: ReadOptions, readPdf: PdfReader): Promise<Script> {
  switch (sniffFormat(bytes)) {
    case 'docx':
      return checkLooks(await readDocx(bytes, file, options));
    case 'pdf':
      return checkLooks(await readPdf(bytes, file, options));
    case 'ole':
      if (oleIsEncryptedPackage(bytes)) {
        throw new UserError(
          `${file} is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again.`,
          'encrypted',
        );
      }
      throw new UserError(`${file} is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx.`, 'legacy-doc');
    case 'rtf':
      throw new UserError(`${file} is an RTF file: open it in Word or LibreOffice and save it as .docx.`, 'not-a-script');
    default:
      if (bytes.length === 0) throw new UserError(`${file} is empty: expected a .docx or .pdf script.`, 'empty-file');
      throw new UserError(`${file} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.`, 'not-a-script');
  }
}

/**
 * Reads a script file (DOCX or PDF, told apart by content). Never modifies the file. A PDF is read
 * in a worker thread (readers/pdf/isolated.ts) that is stopped when `options.timeout` runs out.
 */
export async function readScript(file: string, options: ReadOptions = {}): Promise<Script> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${file} is a folder: give the path of a .docx or .pdf script.`, 'not-a-file');
    if (info.size > LIMITS.fileBytes) throw overLimit(file, `its size (${Math.ceil(info.size / 1024 / 1024)} MB)`, LIMITS.fileBytes / 1024 / 1024, 'MB');
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file. Check the path.`, 'missing-file');
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${file}: permission denied. Check that you can read it.`, 'unreadable-file');
    throw new UserError(`${file}: cannot read the file (${code ?? String(error)}).`, 'unreadable-file');
  }
  return readScriptBytes(bytes, file, options);
}

/** The same as readScriptBytes (kept for callers that say they want a PDF read in a worker thread). */
export const readScriptBytesIsolated = readScriptBytes;
