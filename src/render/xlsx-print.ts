/**
 * The print set-up of every sheet, as a write-excel-file "feature" (its hook into the XML it
 * writes): fit all columns to one page wide (`sheetPr/pageSetUpPr fitToPage`, `pageSetup
 * fitToWidth="1" fitToHeight="0"`), landscape on A4 or Letter, margins, a page header naming the
 * script and what the sheet holds and a "Page N of M" footer (`headerFooter`), the header row
 * repeated on every page (`_xlnm.Print_Titles`) and an autofilter on it (`autoFilter`, with its
 * `_xlnm._FilterDatabase` name, as Excel writes it). Element order follows ECMA-376 Part 1
 * §18.3.1.99 (CT_Worksheet).
 */
import type { Feature, Image } from 'write-excel-file/node';

/** What write-excel-file/node takes as file content (images are not used here). */
export type FileContent = Image['content'];

export type Paper = 'a4' | 'letter';
/** ECMA-376 §18.3.1.63 paperSize: 1 Letter, 9 A4. */
const PAPER_SIZE: Record<Paper, number> = { letter: 1, a4: 9 };

export interface PrintedSheet {
  name: string;
  /** 1-based row of the table's header (below the Summary's information block). */
  headerRow: number;
  columns: number;
  /** Rows written, header included. */
  rows: number;
  /** What the sheet holds, for the page header: the voice, "Summary"… */
  title: string;
  /** The footer's `Page N of M` words in the headings' language (default `['Page', 'of']`). */
  pageOf?: readonly [string, string];
  meta?: { script: string; date: string; version: string; sha256: string };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text inside a header or footer: `&` starts a code there, so a literal one is doubled. */
const literal = (text: string) => text.replace(/&/g, '&&').replace(/[\r\n]+/g, ' ');

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `'Sheet name'!`: quoted, an apostrophe doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'!`;

function headerFooter(sheet: PrintedSheet): string {
  const script = sheet.meta ? sheet.meta.script.split(/[\\/]/).pop()! : '';
  // Excel allows 255 characters per header or footer, codes included.
  const cut = (text: string, limit: number) => ([...text].length > limit ? `${[...text].slice(0, limit - 1).join('')}…` : text);
  const left = `&L${literal(cut(script, 90))}`;
  const centre = `&C&"Arial,Bold"${literal(cut(sheet.title, 60))}`;
  const right = sheet.meta ? `&R${literal(sheet.meta.date)}` : '';
  const footer = `&Lvo-lines${sheet.meta ? ` ${literal(sheet.meta.version)}` : ''}&C${literal(sheet.pageOf?.[0] ?? 'Page')} &P ${literal(sheet.pageOf?.[1] ?? 'of')} &N${sheet.meta ? `&RSHA-256 ${sheet.meta.sha256.slice(0, 12)}` : ''}`;
  return `<headerFooter><oddHeader>${escapeXml(left + centre + right)}</oddHeader><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>`;
}

function filterRange(sheet: PrintedSheet): string {
  return `A${sheet.headerRow}:${columnName(sheet.columns - 1)}${Math.max(sheet.headerRow, sheet.rows)}`;
}

function transformSheet(xml: string, sheet: PrintedSheet, paper: Paper): string {
  let out = xml.replace(/<sheetPr[\s\S]*?(?:\/>|<\/sheetPr>)/, '');
  out = out.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out = out.replace(/<autoFilter\b[^>]*\/>/, '').replace(/(<\/sheetData>|<sheetData\/>)/, `$1<autoFilter ref="${filterRange(sheet)}"/>`);
  out = out.replace(/<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>|<headerFooter>[\s\S]*?<\/headerFooter>/g, '');
  const print =
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${PAPER_SIZE[paper]}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    headerFooter(sheet);
  // After the autofilter and merged cells, before drawings and anything later in CT_Worksheet.
  const after = /<(?:rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(out);
  return after ? out.slice(0, after.index) + print + out.slice(after.index) : out.replace('</worksheet>', `${print}</worksheet>`);
}

function definedNames(sheets: readonly PrintedSheet[]): string {
  return sheets
    .flatMap((sheet, index) => {
      const [start, end] = filterRange(sheet).split(':') as [string, string];
      const absolute = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      return [
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(sheetRef(sheet.name))}${absolute(start)}:${absolute(end)}</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(sheetRef(sheet.name))}$${sheet.headerRow}:$${sheet.headerRow}</definedName>`,
      ];
    })
    .join('');
}

export function printSetup(sheets: readonly PrintedSheet[], paper: Paper): Feature<FileContent> {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, options) => {
            const sheet = options.sheet === undefined ? undefined : byName.get(options.sheet);
            return sheet ? transformSheet(content, sheet, paper) : content;
          },
        },
        'xl/workbook.xml': {
          transform: (content) => {
            const names = definedNames(sheets);
            if (/<definedNames\/>/.test(content)) return content.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (/<definedNames>/.test(content)) return content.replace('<definedNames>', `<definedNames>${names}`);
            return content.replace(/(<\/sheets>)/, `$1<definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}
