/**
 * Two-column AV scripts: the commonest layout of corporate, explainer and e-learning video scripts is a
 * table whose header row names a picture column and an audio column (`VIDEO | AUDIO`, `SHOT | VIDEO |
 * AUDIO`, `IMAGE | SON`, `Écran | Voix off`). Only the audio column is read aloud: the picture column
 * describes what is seen (shots, graphics, on-screen text), a first column numbers the shots or times
 * them. So in such a table the picture and number columns' cells, and the header row itself (again
 * where it is repeated), are nobody's: they count as unassigned text, never recorded, whatever their
 * colour; the audio column is read as any paragraph is (labels, colours, directions). A column whose
 * header is neither (`NOTES`) is read as it is. `av-picture-column` says what was left out, so that a
 * wrong guess is seen at once.
 *
 * A table is taken only from its header row: its first row (or its second, under a title in one
 * cell), one cell a picture's header word or phrase, one an audio's, the others empty, a number's
 * (`SHOT`, `TC`) or a short name (`NOTES`). A table that follows one of these with nothing
 * between (a PDF's table broken by the page, its header not repeated) and has as many columns is read
 * the same.
 */
import type { Location, Paragraph, Run, Warning } from '../model.js';
import { countWords, normaliseSpace } from '../text/words.js';
import { listOf, plural } from '../text/format.js';

/** What a column of an AV table holds: `other`, a header of no kind known (`NOTES`), read as it is. */
export type AvColumnKind = HeaderKind | 'other';
type HeaderKind = 'picture' | 'number' | 'audio';

/** A header of no kind known: up to three words, no sentence's end. */
const OTHER_HEADER = /^[\p{L}\p{N}'’&/#°.-]+(?: [\p{L}\p{N}'’&/#°.-]+){0,2}$/u;

/** Header words and phrases, in capitals, accents and apostrophes folded (headerKey). */
const PICTURE = [
  'VIDEO', 'VIDEOS', 'VISUAL', 'VISUALS', 'VISUEL', 'VISUELS', 'PICTURE', 'PICTURES', 'IMAGE', 'IMAGES', 'SCREEN', 'SCREENS', 'ECRAN', 'ECRANS',
  'ON-SCREEN', 'ON SCREEN', 'ONSCREEN', 'ON-SCREEN TEXT', 'ON SCREEN TEXT', 'ONSCREEN TEXT', 'SCREEN TEXT', 'TEXT ON SCREEN', 'ON-SCREEN GRAPHICS',
  'TEXTE A L\'ECRAN', 'TEXTE ECRAN', 'TEXTE AFFICHE', 'SHOT', 'SHOTS', 'SHOT DESCRIPTION', 'PLAN', 'PLANS', 'GRAPHICS', 'GRAPHIC', 'GFX', 'SUPER', 'SUPERS',
  'B-ROLL', 'ANIMATION', 'ANIMATIONS', 'VISUAL DESCRIPTION', 'DESCRIPTION VISUELLE', 'DESCRIPTION DE L\'IMAGE', 'SLIDE', 'SLIDES', 'DIAPO', 'DIAPOSITIVE',
  'ACTION', 'WHAT WE SEE', 'CE QU\'ON VOIT', 'CE QUE L\'ON VOIT',
];
const NUMBER = [
  '#', 'NO', 'NO.', 'N°', 'NUMBER', 'NUM', 'NUMERO', 'SCENE', 'SCENES', 'SEQUENCE', 'SEQ', 'TIME', 'TIMING', 'TIMECODE', 'TIME CODE', 'TC', 'DURATION',
  'DUREE', 'TEMPS', 'LENGTH', 'SEC', 'SECS', 'SECONDS', 'SECONDES', 'IN', 'OUT', 'START', 'END', 'DEBUT', 'FIN',
];
const AUDIO = [
  'AUDIO', 'SOUND', 'SOUNDS', 'SON', 'SONS', 'VO', 'V.O.', 'V.O', 'VOICE', 'VOICES', 'VOICE-OVER', 'VOICE OVER', 'VOICEOVER', 'VOICE-OVERS', 'NARRATION',
  'NARRATOR', 'SCRIPT', 'AUDIO SCRIPT', 'VO SCRIPT', 'VOICEOVER SCRIPT', 'DIALOGUE', 'DIALOGUES', 'SPOKEN TEXT', 'VOIX', 'VOIX OFF', 'VOIX-OFF', 'TEXTE OFF',
  'TEXTE', 'TEXTE LU', 'TEXTE DIT', 'COMMENTAIRE', 'COMMENTAIRES', 'COMMENTAIRE OFF', 'BANDE SON', 'BANDE-SON',
];
const KINDS = new Map<string, HeaderKind>([...PICTURE.map((w) => [w, 'picture'] as const), ...NUMBER.map((w) => [w, 'number'] as const), ...AUDIO.map((w) => [w, 'audio'] as const)]);

/** Words that make a header a number's (`SHOT #`, `N° PLAN`, `SCENE NO.`). */
const NUMBERING = /(?:^|\s)(?:#|N°|NO\.?|NUMBER|NUMERO)(?=\s|$)/gu;

/** A header as header words are compared: capitals, no accents, one kind of apostrophe, spaces collapsed, a closing colon off. */
function headerKey(text: string): string {
  return normaliseSpace(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .toUpperCase()
    .replace(/\s*[:：]$/u, '')
    .trim();
}

/**
 * The kind of a header cell, or null when it is no header word: a phrase of the lists, or parts of one
 * kind joined by `/`, `&`, `+`, `AND`, `ET`, or in brackets (`AUDIO / VO`, `SON (voix off)`), a number's
 * word beside a picture's or a number's making it a number column (`SHOT #`). Empty: 'empty'.
 */
export function headerKind(text: string): HeaderKind | 'empty' | null {
  const key = headerKey(text);
  if (key === '') return 'empty';
  if (key.length > 40) return null;
  const whole = KINDS.get(key);
  if (whole) return whole;
  const parts = key
    .replace(/\bV\/O\b/gu, 'VO')
    .split(/\s*(?:[/&+|,()]|\bAND\b|\bET\b)\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const kinds = new Set<HeaderKind>();
  for (const part of parts) {
    let kind = KINDS.get(part);
    if (!kind) {
      const rest = part.replace(NUMBERING, ' ').trim();
      if (rest === part || rest === '') return null;
      const of = KINDS.get(rest);
      if (of !== 'picture' && of !== 'number') return null;
      kind = 'number';
    }
    kinds.add(kind);
  }
  if (kinds.size === 1) return [...kinds][0]!;
  // A picture's and a number's (`SHOT / TIME`): never read aloud either way.
  if (kinds.size === 2 && !kinds.has('audio')) return 'picture';
  return null;
}

/** An AV table found: its columns' headers and kinds, and what of it is not read aloud. */
export interface AvTable {
  table: number;
  /** By column, the header as written and its kind (columns of no header word are absent). */
  columns: { column: number; header: string; kind: AvColumnKind }[];
  /** Read the same as the AV table before it, with no header row of its own. */
  continues?: number;
  /** Paragraphs not read aloud, and all their words (a run standing out in a voice's look among them: AvColumns.nobodys). */
  silent: Paragraph[];
  words: number;
  location: Location;
}

export interface AvColumns {
  tables: AvTable[];
  /** The paragraphs not read aloud: picture and number columns, header rows. */
  silent: ReadonlySet<Paragraph>;
  /**
   * Whether a run of a silent paragraph is nobody's whatever its look: all of a header row, and the
   * runs of the picture and number columns in their ordinary look (the one most of their words are
   * in). A run standing out in another look keeps what its look says (a voice's colour: a line in a
   * row merged across the columns, or on-screen text the voice reads too), and is said.
   */
  nobodys: (paragraph: Paragraph, run: Run) => boolean;
}

const NONE: AvColumns = { tables: [], silent: new Set(), nobodys: () => true };

/** A run's look: text colour and background. */
const lookOf = (run: Run) => `${run.color}/${run.background ?? ''}`;
const found = new WeakMap<readonly Paragraph[], AvColumns>();

const textOf = (paragraph: Paragraph) => paragraph.runs.map((r) => r.text).join('');

/** The AV tables of a script's paragraphs (found once per paragraphs array). Linear in the paragraphs. */
export function avColumns(paragraphs: readonly Paragraph[]): AvColumns {
  const known = found.get(paragraphs);
  if (known) return known;
  const result = findAvColumns(paragraphs);
  found.set(paragraphs, result);
  return result;
}

interface TableSeen {
  table: number;
  /** Index in `paragraphs` of its first and last paragraph. */
  first: number;
  last: number;
  /** By row, by column: the cell's paragraphs. */
  rows: Map<number, Map<number, Paragraph[]>>;
}

function findAvColumns(paragraphs: readonly Paragraph[]): AvColumns {
  const tables = new Map<number, TableSeen>();
  paragraphs.forEach((paragraph, index) => {
    const cell = paragraph.location.cell;
    if (!cell || paragraph.location.story !== 'body') return;
    let seen = tables.get(cell.table);
    if (!seen) tables.set(cell.table, (seen = { table: cell.table, first: index, last: index, rows: new Map() }));
    seen.last = index;
    let row = seen.rows.get(cell.row);
    if (!row) seen.rows.set(cell.row, (row = new Map()));
    const texts = row.get(cell.column) ?? [];
    texts.push(paragraph);
    row.set(cell.column, texts);
  });
  const blocks = headerBlocks(paragraphs);
  if (tables.size === 0 && blocks.length === 0) return NONE;
  // Body paragraphs outside the tables, in order: what stands between two tables.
  const outside: number[] = [];
  paragraphs.forEach((p, index) => {
    if (p.location.story === 'body' && !p.location.cell) outside.push(index);
  });
  const between = (from: number, to: number) => {
    // The first paragraph outside the tables after `from`: binary search.
    let lo = 0;
    let hi = outside.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outside[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < outside.length && outside[lo]! < to;
  };
  const cellText = (cell: Paragraph[]) => normaliseSpace(cell.map(textOf).join(' '));
  /** A row's cells as an AV table's header: a picture's and an audio's among them, the others a number's or a short name (`NOTES`). */
  const headerOf = (row: Map<number, Paragraph[]>): AvTable['columns'] | null => {
    const kinds = [...row].map(([column, cell]) => ({ column, header: cellText(cell), kind: headerKind(cellText(cell)) })).sort((a, b) => a.column - b.column);
    if (!kinds.every((k) => k.kind !== null || OTHER_HEADER.test(k.header)) || !kinds.some((k) => k.kind === 'picture') || !kinds.some((k) => k.kind === 'audio')) return null;
    return kinds.flatMap((k) => (k.kind === 'empty' ? [] : [{ column: k.column, header: k.header, kind: k.kind ?? ('other' as const) }]));
  };
  const out: AvTable[] = [];
  const silent = new Set<Paragraph>();
  const headers = new Set<Paragraph>();
  let previous: { seen: TableSeen; columns: AvTable['columns']; width: number; header: string[] } | null = null;
  for (const seen of [...tables.values()].sort((a, b) => a.first - b.first)) {
    const rowNumbers = [...seen.rows.keys()].sort((a, b) => a - b);
    let width = 0;
    for (const row of seen.rows.values()) for (const column of row.keys()) width = Math.max(width, column);
    let columns: AvTable['columns'] | null = null;
    let header: string[] = [];
    let continues: number | undefined;
    // The header row: the first row, or the second under a title in one cell (merged across the table).
    let headerAt = 0;
    if (rowNumbers.length >= 2) {
      columns = headerOf(seen.rows.get(rowNumbers[0]!)!);
      if (!columns && rowNumbers.length >= 3 && seen.rows.get(rowNumbers[0]!)!.size === 1) {
        columns = headerOf(seen.rows.get(rowNumbers[1]!)!);
        headerAt = 1;
      }
      if (columns) header = columns.map((c) => headerKey(c.header));
    }
    if (!columns && previous && previous.width === width && !between(previous.seen.last, seen.first)) {
      columns = previous.columns;
      header = previous.header;
      continues = previous.seen.table;
    }
    if (!columns) {
      previous = null;
      continue;
    }
    const kindOf = new Map(columns.map((c) => [c.column, c.kind]));
    const left = new Set<Paragraph>();
    for (const [at, number] of rowNumbers.entries()) {
      // A title above the header row is read as any paragraph is.
      if (continues === undefined && at < headerAt) continue;
      const row = seen.rows.get(number)!;
      // The header row, where it stands and where it is repeated (a PDF's page broken table).
      const isHeader =
        (continues === undefined && at === headerAt) ||
        (row.size === header.length && columns.every((c, i) => row.has(c.column) && headerKey(cellText(row.get(c.column)!)) === header[i]));
      for (const [column, cell] of row) {
        const kind = kindOf.get(column);
        if (isHeader || kind === 'picture' || kind === 'number') for (const p of cell) left.add(p);
        if (isHeader) for (const p of cell) headers.add(p);
      }
    }
    previous = { seen, columns, width, header };
    if (left.size === 0) continue;
    // In reading order.
    const inOrder = paragraphs.slice(seen.first, seen.last + 1).filter((p) => left.has(p));
    for (const p of inOrder) silent.add(p);
    const words = inOrder.reduce((sum, p) => sum + countWords(textOf(p)), 0);
    out.push({ table: seen.table, columns, ...(continues !== undefined ? { continues } : {}), silent: inOrder, words, location: inOrder[0]!.location });
  }
  for (const block of blocks) {
    out.push(block.table);
    for (const p of block.table.silent) silent.add(p);
    for (const p of block.headers) headers.add(p);
  }
  if (out.length === 0) return NONE;
  // The ordinary look of the picture and number columns: the one most of their words are in.
  const looks = new Map<string, number>();
  for (const paragraph of silent) {
    if (headers.has(paragraph)) continue;
    for (const run of paragraph.runs) looks.set(lookOf(run), (looks.get(lookOf(run)) ?? 0) + countWords(run.text));
  }
  let plain = '';
  let most = 0;
  for (const [look, words] of looks) if (words > most) [plain, most] = [look, words];
  return { tables: out, silent, nobodys: (paragraph, run) => headers.has(paragraph) || lookOf(run) === plain || !/[\p{L}\p{N}]/u.test(run.text) };
}

/** The most paragraphs a picture column laid out with no table holds before the audio column's header. */
const MAX_BLOCK = 60;
const HEADING_STYLE = /heading|titre|title|überschrift/iu;

/**
 * An AV script laid out with no table, each column's header on a line of its own: what a PDF of a table
 * with no borders reads (its two columns one after the other: `VIDEO`, the shots, `AUDIO`, the
 * narration), or a script written so. Outside tables, a paragraph that is only a picture's or a number's
 * header opens a block not read aloud, which runs to the next header-only paragraph; an audio header
 * closes the group, and only then are its blocks taken (its own column is read as usual). A heading, a
 * table, another page, or MAX_BLOCK paragraphs before an audio header drop the group: nothing is taken.
 * Such a group is an AvTable numbered 0.
 */
function headerBlocks(paragraphs: readonly Paragraph[]): { table: AvTable; headers: Paragraph[] }[] {
  const found: { table: AvTable; headers: Paragraph[] }[] = [];
  // `members`: its headers and the paragraphs of its picture and number blocks, in reading order.
  let group: { columns: AvTable['columns']; headers: Paragraph[]; members: Paragraph[]; blocks: number; page: number | undefined } | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.location.story !== 'body' || paragraph.location.cell) {
      group = null;
      continue;
    }
    const text = normaliseSpace(textOf(paragraph));
    if (text === '') continue;
    const kind = text.length <= 40 ? headerKind(text) : null;
    if (group && (paragraph.location.page !== group.page || group.blocks >= MAX_BLOCK)) group = null;
    if (kind === 'picture' || kind === 'number' || kind === 'audio') {
      if (kind === 'audio') {
        if (group) {
          group.columns.push({ column: group.columns.length + 1, header: text, kind });
          group.headers.push(paragraph);
          group.members.push(paragraph);
          const words = group.members.reduce((sum, p) => sum + countWords(textOf(p)), 0);
          found.push({ table: { table: 0, columns: group.columns, silent: group.members, words, location: group.headers[0]!.location }, headers: group.headers });
        }
        group = null;
        continue;
      }
      group ??= { columns: [], headers: [], members: [], blocks: 0, page: paragraph.location.page };
      group.columns.push({ column: group.columns.length + 1, header: text, kind });
      group.headers.push(paragraph);
      group.members.push(paragraph);
      continue;
    }
    if (!group) continue;
    if (paragraph.style && HEADING_STYLE.test(paragraph.style)) {
      group = null;
      continue;
    }
    group.members.push(paragraph);
    group.blocks++;
  }
  return found;
}

const tablesSaid = (numbers: readonly number[]) => (numbers.length === 1 ? `Table ${numbers[0]}` : `Tables ${listOf(numbers.map(String))}`);

/**
 * `av-picture-column`: the AV tables found, the columns left out by their headers, and their words
 * left out; the words of those columns that stand out in a look `keyOf` gives a key (a voice, a
 * colour group) are counted for it, and said apart. Said only when the rule changed something: some
 * word there has a voice's (or a colour group's) look, taken from it or kept for it.
 */
export function avWarnings(found: AvColumns, keyOf: (run: Run) => string | null): Warning[] {
  if (found.tables.length === 0) return [];
  const first = found.tables[0]!;
  // (Numbered tables only: a layout with no table is 0.)
  const numbers = found.tables.map((t) => t.table).filter((n) => n > 0);
  let kept = 0;
  // Words the rule took from a voice (or a colour group) their look alone gives them.
  let taken = 0;
  const keys = new Set<string>();
  const perTable = found.tables.map((table) => {
    let words = 0;
    for (const paragraph of table.silent) {
      for (const run of paragraph.runs) {
        const n = countWords(run.text);
        const own = keyOf(run);
        const key = found.nobodys(paragraph, run) ? null : own;
        if (key === null) {
          words += n;
          if (own !== null) taken += n;
        } else if (n > 0) {
          kept += n;
          keys.add(key);
        }
      }
    }
    return words;
  });
  // Nothing to say when the rule changed nothing: every word there is nobody's by its look already (a
  // script whose picture column is in a colour no voice has).
  if (taken === 0 && kept === 0) return [];
  const words = perTable.reduce((sum, n) => sum + n, 0);
  const heard = first.columns.filter((c) => c.kind === 'audio').map((c) => c.header);
  const notHeard = first.columns.filter((c) => c.kind === 'picture' || c.kind === 'number').map((c) => c.header);
  const layout = first.columns.map((c) => c.header).join(' | ');
  const several = found.tables.length > 1;
  const columnWord = (n: number) => (n === 1 ? 'column' : 'columns');
  let message =
    `${first.table === 0 ? 'The text under the headers on lines of their own (a table with no borders, as a PDF shows it, or a script written so) is laid out as an AV script' : `${tablesSaid(numbers)} ${several ? 'are laid out as AV scripts' : 'is laid out as an AV script'}`} (${layout}${several ? ', in the first' : ''}): only the ${listOf(heard)} ${columnWord(heard.length)} ${heard.length === 1 ? 'is' : 'are'} read aloud. ` +
    `Its ${listOf(notHeard)} ${columnWord(notHeard.length)} ${notHeard.length === 1 ? 'says' : 'say'} what is seen, not what is said: ${notHeard.length === 1 ? 'it' : 'they'} and the header row (${plural(words, 'word')}) count as unassigned text, not recorded.`;
  const others = first.columns.filter((c) => c.kind === 'other').map((c) => c.header);
  if (others.length > 0) message += ` The ${listOf(others)} ${columnWord(others.length)} ${others.length === 1 ? 'is' : 'are'} read as ${others.length === 1 ? 'it is' : 'they are'}.`;
  if (kept > 0) {
    message += ` But ${plural(kept, 'word')} there stand${kept === 1 ? 's' : ''} out in ${keys.size === 1 ? 'another colour' : 'other colours'} (${listOf([...keys])}): counted for ${keys.size === 1 ? 'it' : 'them'}, as the colour says. Check ${kept === 1 ? 'it' : 'them'}: a line in a row merged across the columns is read aloud, text shown on screen most often is not.`;
  }
  message += ' If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';
  return [
    {
      code: 'av-picture-column',
      message,
      location: first.location,
      details: {
        tables: found.tables.map((t, i) => ({ table: t.table, columns: t.columns, words: perTable[i]!, ...(t.continues !== undefined ? { continues: t.continues } : {}) })),
        words,
        ...(kept > 0 ? { kept, keptFor: [...keys] } : {}),
      },
    },
  ];
}
