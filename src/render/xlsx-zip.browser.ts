/**
 * xlsx-zip.ts in a browser (package.json's "browser" field): write-excel-file's universal build
 * (Blob out), packed again the same way as in Node so both give the same bytes.
 *
 * Note for bundlers: write-excel-file's universal build zips through fflate's async `zip()`, which
 * starts a Worker from a blob: URL for each part over 160 kB; a page whose Content-Security-Policy
 * allows no blob: workers must hand it fflate's synchronous `zipSync` instead (vo-lines' own page
 * does, in scripts/build-web.mjs).
 */
import writeExcelFile from 'write-excel-file/universal';
import type { Options, Sheet } from 'write-excel-file/node';
import { canonicalZip } from './xlsx-zip-canonical.js';
import type { FileContent } from './xlsx-print.js';

export async function workbookBytes(sheets: Sheet<FileContent>[], options: Options<FileContent>, day?: string): Promise<Uint8Array> {
  const blob = await writeExcelFile(sheets as never, options as never).toBlob();
  return canonicalZip(new Uint8Array(await blob.arrayBuffer()), day);
}
