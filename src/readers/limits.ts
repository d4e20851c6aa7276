/**
 * Limits on how much work a file can make the readers do. Each sits far above what a real script
 * needs (the largest we benchmark is 500 pages: 20 MB of document.xml, 58,000 runs) and far below
 * what would exhaust a 512 MiB heap or take minutes. A file over a limit is refused with a
 * one-line error naming the limit: it is damaged, hostile, or not a script.
 */
import { UserError } from '../errors.js';

export const LIMITS = {
  /** Bytes of a script file (images and media make real ones large; a script's text is small). */
  fileBytes: 1024 * 1024 * 1024,
  /** Nesting of XML elements in one part (libxml2 allows 256 by default; Word's deepest is ~60). */
  xmlDepth: 512,
  /** Elements in one XML part. */
  xmlElements: 10_000_000,
  /** Elements kept from a styles, theme, settings or relationships part. */
  treeElements: 500_000,
  /** Elements kept from one property block (`w:rPr`, `w:pPr`, `w:tblPr`…). */
  propertyElements: 2_000,
  /** Characters of one attribute value the readers keep (a colour, a style name, a part name). */
  attributeChars: 65_536,
  /** Paragraphs in a whole document, empty ones included (the 500-page benchmark has 5,100). */
  paragraphs: 500_000,
  /** Text runs in one paragraph. */
  runsPerParagraph: 20_000,
  /**
   * Text runs in a whole document (the 500-page benchmark has 58,000): in a PDF, pieces of text. A
   * run can become a line, and a line costs a few kilobytes by the time it is exported.
   */
  runs: 200_000,
  /** Text and background colour pairs in a script: a colour-coded script uses a few dozen. */
  looks: 100,
  /** Lines in one booth script (`sides`). */
  sidesLines: 20_000,
  /** Characters in one booth script (`sides`): some 2,500 pages at its 14 pt. */
  sidesChars: 4_000_000,
  /** Characters of text in a whole document (a 5,000-page script holds ~15 million). */
  textChars: 32 * 1024 * 1024,
  /** Styles in styles.xml. */
  styles: 100_000,
  /** Links in one `w:basedOn` style chain. */
  styleChain: 100,
  /** Pages of a PDF. */
  pages: 10_000,
  /** Drawing operations on one PDF page. */
  operatorsPerPage: 2_000_000,
  /** Saved graphics states (`q`) nested in one PDF content stream (a real page nests a few dozen). */
  graphicsStates: 5_000,
  /**
   * Character codes a PDF's fonts map by ranges, in all their CMaps (ToUnicode and encoding maps)
   * together. pdf.js fills its map one code at a time, about a microsecond and a hundred bytes each:
   * a font's identity map (`<0000> <FFFF>`, the widest two-byte codes need) is 65,536; this is 32 of
   * them. A damaged or hostile range of 16.7 million codes kept pdf.js busy 18 s in 2 GB.
   */
  cmapCodes: 2_097_152,
  /**
   * Objects a PDF's cross-reference streams list, all together: ISO 32000-1's limit on indirect
   * objects (Annex C, Table C.1). pdf.js makes an entry for each one it is told of, whether or not the
   * stream holds its bytes: 100 million entries of no bytes took 3 GB before the time budget stopped it.
   */
  xrefEntries: 8_388_607,
  /** Annotations on one PDF page. */
  annotationsPerPage: 10_000,
  /** Pieces of text (glyphs of one colour and background drawn together) on one PDF page. */
  glyphsPerPage: 50_000,
  /** Filled areas that may lie behind text on one PDF page. */
  fillsPerPage: 20_000,
  /** Straight lines that may be table borders on one PDF page. */
  rulingsPerPage: 50_000,
} as const;

/** `12345678` → `12,345,678`, for limits in messages. */
const number = (n: number): string => n.toLocaleString('en-US');

/** The name of a limit, as `over-limit` errors give it in their details: a key of LIMITS, or a cap kept beside its reader. */
export type LimitName = keyof typeof LIMITS | 'parsedAttributeBytes';

/** What an `over-limit` error may say besides the limit: what the file has (where it was counted whole), and where. */
export interface OverLimitFacts {
  /** How much the file has, in the limit's unit, where it was counted whole (a page count, a size). */
  found?: number;
  /** The part of a DOCX, the page of a PDF, the voice of a booth script. */
  part?: string;
  page?: number;
  voice?: string;
}

/**
 * The error for a file over a limit: what exceeded it, and the limit (`limit`, in `unit`). Its details
 * name the limit (`name`) with its value (`max`, in `unit` when the message gives one) and `facts`.
 */
export function overLimit(file: string, what: string, limit: number, unit: string, name: LimitName, facts: OverLimitFacts = {}): UserError {
  return new UserError(
    `${file} is refused: ${what} exceeds vo-lines' limit of ${number(limit)}${unit ? ` ${unit}` : ''}. The file is damaged or not a script; if it is a real script, re-save it or split it.`,
    'over-limit',
    { limit: name, max: limit, ...(unit ? { unit } : {}), ...facts },
  );
}

/**
 * A limit exceeded where the file name is not known (the PDF operator walk): the reader that
 * called it adds the file and the page, with `on`.
 */
export class LimitExceeded extends Error {
  constructor(
    /** What is counted, plural: "drawing operations". */
    readonly what: string,
    readonly limit: number,
    readonly limitName: LimitName,
  ) {
    super(`more than ${number(limit)} ${what}`);
  }

  on(file: string, page: number): UserError {
    return overLimit(file, `the number of ${this.what} on page ${page}`, this.limit, '', this.limitName, { page });
  }
}
