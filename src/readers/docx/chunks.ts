/**
 * Imported content (`w:altChunk`, ECMA-376 Part 1 §17.17.2): a part that is a whole other document,
 * which Word shows in the chunk's place (and turns into ordinary paragraphs when it saves the file).
 * What kind it is comes from the part's content type (`[Content_Types].xml`, OPC: ECMA-376 Part 2
 * §10.1.2): the kinds the Open XML SDK (`AlternativeFormatImportPartType`) and docx4j write.
 * The reader reads a Word document and plain text; the others (HTML, RTF, web archives, XML) it
 * cannot read exactly, and says so where they stand.
 */
import type { ParagraphContext } from './cascade.js';
import type { ChunkKind, RawParagraph, ReadTally } from './body.js';
import { LIMITS, overLimit } from '../limits.js';
import { readText } from '../../text/words.js';
import { children, Ns, parseTree } from './xml.js';
import type { ZipPackage } from './zip.js';

export type { ChunkKind };

/** How a narrator is told what a chunk is. */
export const CHUNK_KIND_NAMES: Record<ChunkKind, string> = {
  word: 'a Word document',
  text: 'plain text',
  html: 'HTML',
  mht: 'an MHT web archive',
  rtf: 'RTF',
  xml: 'XML',
  unknown: 'content of no known type',
};

/** How deep Word documents imported into imported Word documents are followed (the script itself is 0). */
export const MAX_CHUNK_DEPTH = 3;

const KINDS: ReadonlyMap<string, ChunkKind> = new Map([
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml', 'word'],
  ['application/vnd.ms-word.document.macroenabled.main+xml', 'word'],
  ['application/vnd.ms-word.template.macroenabledtemplate.main+xml', 'word'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word'],
  ['text/plain', 'text'],
  ['application/txt', 'text'],
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/html', 'html'],
  ['message/rfc822', 'mht'],
  ['multipart/related', 'mht'],
  ['application/x-mimearchive', 'mht'],
  ['application/rtf', 'rtf'],
  ['text/rtf', 'rtf'],
  ['application/x-rtf', 'rtf'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
]);

/** A content type without its parameters, lower case. */
function bareType(type: string): string {
  return type.split(';')[0]!.trim().toLowerCase();
}

export function chunkKind(contentType: string | undefined): ChunkKind {
  return contentType === undefined ? 'unknown' : (KINDS.get(bareType(contentType)) ?? 'unknown');
}

const CONTENT_TYPE_ELEMENTS: ReadonlySet<string> = new Set(['Types', 'Default', 'Override']);

/** A package's content types: each part's (`Override`), else its extension's (`Default`); names compared case aside (OPC). */
export class ContentTypes {
  private readonly parts = new Map<string, string>();
  private readonly extensions = new Map<string, string>();

  static async of(zip: ZipPackage, file: string): Promise<ContentTypes> {
    const types = new ContentTypes();
    const bytes = await zip.read('[Content_Types].xml');
    if (!bytes) return types;
    const root = parseTree(bytes, file, '[Content_Types].xml', CONTENT_TYPE_ELEMENTS);
    for (const entry of children(root, Ns.CT, 'Override')) {
      const part = entry.attrs.get('PartName');
      const type = entry.attrs.get('ContentType');
      if (part !== undefined && type !== undefined) types.parts.set(part.replace(/^\/+/, '').toLowerCase(), type);
    }
    for (const entry of children(root, Ns.CT, 'Default')) {
      const extension = entry.attrs.get('Extension');
      const type = entry.attrs.get('ContentType');
      if (extension !== undefined && type !== undefined) types.extensions.set(extension.toLowerCase(), type);
    }
    return types;
  }

  of(part: string): string | undefined {
    const own = this.parts.get(part.toLowerCase());
    if (own !== undefined) return own;
    const name = part.slice(part.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : this.extensions.get(name.slice(dot + 1).toLowerCase());
  }
}

/**
 * Plain text as Word's import reads it: a byte order mark tells UTF-8 or UTF-16; else the charset the
 * content type names, else UTF-8 when the bytes are UTF-8, else Windows-1252.
 */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // A charset no decoder knows: as if none were named.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Plain text imported in the place of `chunk`: one paragraph a line (Word's import of a text file), in
 * the look a paragraph of no formatting of its own has there (the document's default paragraph
 * style, the table cell or text box it stands in). Control characters other than tabs are dropped.
 */
export function textParagraphs(text: string, chunk: RawParagraph, tally: ReadTally, file: string): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  // Line by line (a split would make every line at once: millions, in a hostile part, before a limit speaks).
  const end = /\r\n|[\r\n\f\v\u2028\u2029\u0085]|$/gu;
  for (let from = 0; from <= text.length; ) {
    end.lastIndex = from;
    const found = end.exec(text)!;
    const line = text.slice(from, found.index);
    from = found.index + Math.max(found[0].length, 1);
    if (found[0] === '' && line === '' && paragraphs.length > 0) break;
    // eslint-disable-next-line no-control-regex
    const clean = readText(line.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, ''));
    if (++tally.paragraphs > LIMITS.paragraphs) throw overLimit(file, 'the number of paragraphs in the document', LIMITS.paragraphs, '', 'paragraphs');
    tally.textChars += clean.length;
    if (tally.textChars > LIMITS.textChars) throw overLimit(file, 'the text of the document', LIMITS.textChars, 'characters', 'textChars');
    const context: ParagraphContext = { ...chunk.context };
    const paragraph: RawParagraph = { story: chunk.story, context, runs: [], anchored: [] };
    if (chunk.tableNumber !== undefined) paragraph.tableNumber = chunk.tableNumber;
    if (clean) {
      if (++tally.runs > LIMITS.runs) throw overLimit(file, 'the number of text runs in the document', LIMITS.runs, '', 'runs');
      paragraph.runs.push({ text: clean, props: {}, paragraph: context });
    }
    paragraphs.push(paragraph);
  }
  return paragraphs;
}
