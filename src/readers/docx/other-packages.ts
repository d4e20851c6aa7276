/**
 * What a zip file that is not a Word document is, for the one-line error a user reads: an OpenDocument
 * text (LibreOffice's .odt), an Apple Pages document, an Excel workbook or a PowerPoint deck opened by
 * mistake. Each is recognised by a part its format requires (the OpenDocument `mimetype` entry, stored
 * first and uncompressed; Pages' `Index/Document.iwa`; the OOXML main parts of spreadsheets and slides).
 */
import type { ZipPackage } from './zip.js';

/** Each OpenDocument type: its usual extension (the `kind` of the error's details) and what it is called. */
const OPEN_DOCUMENT: Record<string, [OtherPackage, string]> = {
  'application/vnd.oasis.opendocument.text': ['odt', 'an OpenDocument text (.odt)'],
  'application/vnd.oasis.opendocument.text-template': ['ott', 'an OpenDocument text template (.ott)'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods', 'an OpenDocument spreadsheet (.ods)'],
  'application/vnd.oasis.opendocument.presentation': ['odp', 'an OpenDocument presentation (.odp)'],
};

/** What a package that is not a Word document is, by the usual extension of its kind. */
export type OtherPackage = 'odt' | 'ott' | 'ods' | 'odp' | 'pages' | 'xlsx' | 'pptx';

/** What a package that is not a Word document is (`kind`) and what to do (`message`), when its parts tell; else null. */
export async function notWordPackage(zip: ZipPackage, file: string): Promise<{ kind: OtherPackage; message: string } | null> {
  if (zip.has('mimetype')) {
    const bytes = await zip.read('mimetype');
    const mime = bytes ? new TextDecoder().decode(bytes.subarray(0, 100)).trim() : '';
    const known = OPEN_DOCUMENT[mime];
    if (known) return { kind: known[0], message: `${file} is ${known[1]}, not a Word document: open it in LibreOffice or Word and save it as .docx (or export it as PDF).` };
  }
  if (zip.has('Index/Document.iwa')) {
    return { kind: 'pages', message: `${file} is an Apple Pages document: in Pages, choose File > Export To > Word (or PDF), then read that file.` };
  }
  if (zip.has('xl/workbook.xml')) return { kind: 'xlsx', message: `${file} is an Excel workbook, not a script: vo-lines reads .docx and .pdf scripts.` };
  if (zip.has('ppt/presentation.xml')) {
    return { kind: 'pptx', message: `${file} is a PowerPoint presentation, not a script: export it as PDF (or its notes to Word) and read that file.` };
  }
  return null;
}
