/**
 * The workbook as bytes, written by write-excel-file's Node build (package.json's "browser" field
 * puts xlsx-zip.browser.ts in its place in a browser), then packed the same way on every platform
 * (xlsx-zip-canonical.ts). The writer is loaded when a workbook is written: no other command pays for it.
 */
import type { Options, Sheet } from 'write-excel-file/node';
import { canonicalZip } from './xlsx-zip-canonical.js';
import type { FileContent } from './xlsx-print.js';

export async function workbookBytes(sheets: Sheet<FileContent>[], options: Options<FileContent>, day?: string): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const buffer = await writeExcelFile(sheets, options).toBuffer();
  return canonicalZip(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), day);
}
