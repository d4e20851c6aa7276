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
 * (`SHOT`, `TC`) or a short name (`NOTES`).
 *
 * A table going on over a page break with its header row not repeated (Word and LibreOffice repeat it
 * only for a row marked so, LaTeX's longtable only with `\endhead`) is one table in a DOCX, but in a PDF
 * each page holds a piece of it: a table of its own, or no table at all when it has no borders. Such a
 * piece is read as the AV table before it when it stands at the very top of the next page (nothing
 * above it but running headers) right after the AV table ended at the foot of the page before, with as
 * many columns at the same places (`Paragraph.edges`), its first row no header of its own (`Term |
 * Definition`); and said. A DOCX's table right after an AV table with as many columns and no header
 * row goes on with it when its grid puts its columns at the same places, as wide (a table split by
 * hand; `Paragraph.edges` from `w:tblGrid`, cells merged across columns aside), and said; another grid
 * and it is another table; with no grid to tell it is read as it is, and said.
 */
import type { Location, Paragraph, Run, Warning } from '../model.js';
import { countWords, hasLetter, hasWord, normaliseSpace } from '../text/words.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { lazy } from '../text/lazy.js';

/** What a column of an AV table holds: `other`, a header of no kind known (`NOTES`), read as it is. */
export type AvColumnKind = HeaderKind | 'other';
type HeaderKind = 'picture' | 'number' | 'audio';

/** A header of no kind known: up to three words, no sentence's end. */
const OTHER_HEADER = lazy(() => /^[\p{L}\p{N}'’&/#°.-]+(?: [\p{L}\p{N}'’&/#°.-]+){0,2}$/u);

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

/**
 * Head words a header is built on besides the phrases above (storyboard tools' and templates' own:
 * Captivate's `Visuals / Interaction`), each alone a header of its kind too.
 */
const HEADS = new Map<string, HeaderKind>([
  ...['INTERACTION', 'INTERACTIONS', 'INTERACTIVITY', 'INTERACTIVITE'].map((w) => [w, 'picture'] as const),
  ...['NARRATEUR', 'NARRATRICE'].map((w) => [w, 'audio'] as const),
]);
/**
 * Words that say what form a column's content takes, not what it is: beside a head word they keep its
 * kind (`Narration script`, `VO text`, `Texte voix off`, `Narration (CC)`, `Closed captions /
 * Narration`); with no head word they make no header of any kind (`Text`, `Screen | Text` is no AV table).
 */
const QUALIFIERS = new Set([
  'TEXT', 'TEXTS', 'TEXTE', 'TEXTES', 'SCRIPT', 'SCRIPTS', 'COPY', 'CONTENT', 'CONTENU', 'DESCRIPTION', 'DESCRIPTIONS', 'CC', 'CAPTION', 'CAPTIONS',
  'CLOSED CAPTION', 'CLOSED CAPTIONS', 'SOUS-TITRES', 'SOUS-TITRAGE',
]);
/** French words that join a head and its qualifier (`Texte de la voix off`), never first nor last. */
const LINKS = new Set(['DE', 'DU', 'DES', 'LA', 'LE', "L'", "D'", 'A', 'AU']);
/** The longest phrase of the lists and heads, in words. */
const LONGEST = Math.max(...[...KINDS.keys(), ...QUALIFIERS].map((k) => k.split(' ').length));

/**
 * A part of a header as head words with qualifiers (`NARRATION SCRIPT`, `TEXTE VOIX OFF`): the kinds of
 * its heads, empty when it holds qualifiers only (`CC`), null when a word is neither (`ALT TEXT`).
 * Phrases are taken longest first (`VOICE OVER`, `ON SCREEN TEXT`); a qualifier that is also a header
 * alone (`SCRIPT`, `TEXTE`) is a qualifier here.
 */
function headWords(part: string): Set<HeaderKind> | null {
  const words = part.split(' ').flatMap((w) => {
    const elided = /^([LD]')(.+)$/u.exec(w);
    return elided ? [elided[1]!, elided[2]!] : [w];
  });
  const kinds = new Set<HeaderKind>();
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && taken === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (QUALIFIERS.has(phrase)) taken = n;
      else {
        const kind = KINDS.get(phrase) ?? HEADS.get(phrase);
        if (kind) {
          kinds.add(kind);
          taken = n;
        } else if (n === 1 && LINKS.has(phrase) && i > 0 && i < words.length - 1) taken = 1;
      }
    }
    if (taken === 0) return null;
    i += taken;
  }
  return kinds;
}

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
  const whole = KINDS.get(key) ?? HEADS.get(key);
  if (whole) return whole;
  const parts = key
    .replace(/\bV\/O\b/gu, 'VO')
    .split(/\s*(?:[/&+|,()]|\bAND\b|\bET\b)\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const kinds = new Set<HeaderKind>();
  for (const part of parts) {
    const kind = KINDS.get(part) ?? HEADS.get(part);
    if (kind) {
      kinds.add(kind);
      continue;
    }
    const rest = part.replace(NUMBERING, ' ').trim();
    if (rest !== part && rest !== '') {
      // A number's word beside a picture's or a number's: a number column (`SHOT #`, `N° PLAN`).
      const of = KINDS.get(rest) ?? HEADS.get(rest);
      if (of !== 'picture' && of !== 'number') return null;
      kinds.add('number');
      continue;
    }
    const heads = headWords(part);
    if (heads === null) return null;
    for (const head of heads) kinds.add(head);
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
  /** Read the same as the AV table before it (numbered so), with no header row of its own. */
  continues?: number;
  /** A piece at the top of this page, read as the AV table that ended at the foot of the page before. */
  carried?: { page: number };
  /**
   * Where the table, as the PDF reader joined it over a page break, stops being the AV table: at the
   * top of `page`, a row of short names of another kind (`header`: `Term | Definition`) opens another
   * table, read as it is from there.
   */
  ends?: { page: number; header: string };
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
   * Whether a run of a silent paragraph is nobody's whatever its look: all of a header row, the runs
   * of the picture and number columns in their ordinary look (the one most of their words are in), and
   * all of a picture or number cell whose row's audio column holds words (the row's audio is its line;
   * on-screen text typed in a voice's colour shows what is on screen). A run standing out in another
   * look elsewhere (a row merged across the columns, a row with no words in its audio column) keeps
   * what its look says, and is said.
   */
  nobodys: (paragraph: Paragraph, run: Run) => boolean;
  /** Whether a run of a silent paragraph stands out of the picture and number columns' ordinary look (a header row's never does). */
  standsOut: (paragraph: Paragraph, run: Run) => boolean;
  /** The picture and number columns' paragraphs of rows whose audio column holds words: nobody's whatever their look. */
  beside: ReadonlySet<Paragraph>;
  /**
   * Paragraphs of cells read as they are (`NOTES`) whose every word is in the look of their row's audio
   * words (a row typed or shaded whole in a voice's look), with their column's header: nobody's (also
   * in `silent` and `beside`), said apart.
   */
  rowLook: ReadonlyMap<Paragraph, string>;
  /** The paragraphs of header rows (where they stand and where they are repeated): nobody's, also in `silent`. */
  headers: ReadonlySet<Paragraph>;
  /**
   * Tables right after an AV table (`after`) with as many columns and no header row, not read as it:
   * a DOCX's tables, whose places on the page are not known (two tables by hand, or one split).
   */
  doubts: { table: number; after: number }[];
}

const NONE: AvColumns = { tables: [], silent: new Set(), nobodys: () => true, standsOut: () => false, beside: new Set(), rowLook: new Map(), headers: new Set(), doubts: [] };

/** Points two columns' left edges (or two lines' starts) may differ by and still be the same place. */
const SAME_PLACE = 3;
const samePlace = (a: number, b: number) => Math.abs(a - b) <= SAME_PLACE;
const END_MARK = /[.!?…:;,]$/u;

/**
 * A row that is a table's own header: every column holds a short name (three words at most, no
 * sentence's end): `Term | Definition`. What a piece of an AV table going on has not: a picture's
 * description, an audio cue (`SFX: …`), a line.
 */
function headerLike(row: Map<number, Paragraph[]>, width: number, text: (cell: Paragraph[]) => string): boolean {
  if (row.size < width) return false;
  return [...row.values()].every((cell) => {
    const t = text(cell);
    return t !== '' && OTHER_HEADER().test(t) && !END_MARK.test(t);
  });
}

/** By column, the leftmost start of its paragraphs on `page` (PDF): where the column stands. */
function columnLefts(rows: Iterable<Map<number, Paragraph[]>>, page: number): Map<number, number> | null {
  const lefts = new Map<number, number>();
  for (const row of rows) {
    for (const [column, cell] of row) {
      for (const p of cell) {
        if (p.location.page !== page) continue;
        if (!p.edges) return null;
        lefts.set(column, Math.min(lefts.get(column) ?? Infinity, p.edges.left));
      }
    }
  }
  return lefts;
}

/** Points two DOCX grid columns' edges may differ by and be the same (Word rounds widths it recomputes to a twip or so). */
const GRID_SLACK = 1;

/**
 * By column, where its cells stand in a DOCX table (`Paragraph.edges`, from its grid); null when a
 * paragraph has none. A cell merged across columns stands over several: it tells none of them.
 */
function cellSpans(rows: Iterable<Map<number, Paragraph[]>>): Map<number, [number, number]> | null {
  const spans = new Map<number, [number, number]>();
  for (const row of rows) {
    for (const [column, cell] of row) {
      for (const p of cell) {
        if (!p.edges) return null;
        if ((p.location.cell?.span ?? 1) > 1) continue;
        const was = spans.get(column);
        spans.set(column, was ? [Math.min(was[0], p.edges.left), Math.max(was[1], p.edges.right)] : [p.edges.left, p.edges.right]);
      }
    }
  }
  return spans;
}

/** A run's look: text colour and background. */
const lookOf = (run: Run) => `${run.color}/${run.background ?? ''}`;
const found = new WeakMap<readonly Paragraph[], AvColumns>();

/** A paragraph's text as written (its runs' text joined; a paragraph of one run is its run's text, nothing built). */
/** The longest text (whitespace collapsed) headerBlocks asks headerKind about. */
const HEADER_CHARS = 40;

/** Whitespace as isSpaceCode (normaliseSpace) has it, as the inside of a regex class. */
const SPACES_INSIDE = ' \\t-\\r\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF';
/**
 * A text holding more than HEADER_CHARS characters that are no space (code units, as isSpaceCode reads them): one
 * native match that stops there, where a loop over the characters ran cold, in V8's interpreter, on every line.
 */
const LONGER_THAN_HEADER = new RegExp(`^(?:[${SPACES_INSIDE}]*[^${SPACES_INSIDE}]){${HEADER_CHARS + 1}}`);

/**
 * A paragraph's text with its whitespace collapsed (normaliseSpace) when it is short enough to be a
 * column's header (HEADER_CHARS), else null. A text with more than HEADER_CHARS characters that are
 * no space is longer than that whatever its spaces: it is not normalised (a script's lines).
 */
function headerText(raw: string): string | null {
  if (raw.length > HEADER_CHARS && LONGER_THAN_HEADER.test(raw)) return null;
  const text = normaliseSpace(raw);
  return text.length <= HEADER_CHARS ? text : null;
}

function textOf(paragraph: Paragraph): string {
  const runs = paragraph.runs;
  if (runs.length === 1) return runs[0]!.text;
  let text = '';
  for (let r = 0; r < runs.length; r++) text += runs[r]!.text;
  return text;
}

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
    if (!kinds.every((k) => k.kind !== null || OTHER_HEADER().test(k.header)) || !kinds.some((k) => k.kind === 'picture') || !kinds.some((k) => k.kind === 'audio')) return null;
    return kinds.flatMap((k) => (k.kind === 'empty' ? [] : [{ column: k.column, header: k.header, kind: k.kind ?? ('other' as const) }]));
  };
  const out: AvTable[] = [];
  const silent = new Set<Paragraph>();
  const headers = new Set<Paragraph>();
  const beside = new Set<Paragraph>();
  // Of those, the looks of their row's audio words; and the cells read as they are taken for their row's look, with their column's header.
  const besideLooks = new Map<Paragraph, Set<string>>();
  const rowLook = new Map<Paragraph, string>();
  const doubts: AvColumns['doubts'] = [];
  const pageOf = (cell: Paragraph[]) => cell[0]?.location.page;
  const rowPages = (row: Map<number, Paragraph[]>) => [...row.values()].map(pageOf).filter((n): n is number => n !== undefined);
  /**
   * Whether `seen`, with no header row of its own, goes on with the AV table `before` ended with: in a
   * PDF, at the very top of the next page right after it ended at the foot of its page, as many
   * columns at the same places; in a DOCX (no pages) it cannot be told: a doubt, when nothing stands
   * between them.
   */
  const goesOn = (before: TableSeen, seen: TableSeen, width: number, firstRow: number): 'yes' | 'no' | 'doubt' => {
    const first = seen.rows.get(firstRow)!;
    if (headerLike(first, width, cellText)) return 'no';
    const last = paragraphs[before.last]!.location.page;
    const top = paragraphs[seen.first]!.location.page;
    if (last === undefined || top === undefined) {
      if (between(before.last, seen.first)) return 'no';
      // A DOCX: its tables' grids tell where their columns stand (Paragraph.edges); a table split by
      // hand keeps its grid. No grid: it cannot be told.
      const was = cellSpans(before.rows.values()), is = cellSpans(seen.rows.values());
      if (!was || !is) return 'doubt';
      return is.size >= 2 && [...is].every(([column, [x0, x1]]) => was.has(column) && Math.abs(x0 - was.get(column)![0]) <= GRID_SLACK && Math.abs(x1 - was.get(column)![1]) <= GRID_SLACK) ? 'yes' : 'no';
    }
    if (top !== last + 1) return 'no';
    for (let i = before.last + 1; i < seen.first; i++) if (paragraphs[i]!.location.story === 'body') return 'no';
    const was = columnLefts(before.rows.values(), last);
    const is = columnLefts(seen.rows.values(), top);
    if (!was || !is || is.size < 2) return 'no';
    return [...is].every(([column, x]) => was.has(column) && samePlace(x, was.get(column)!)) ? 'yes' : 'no';
  };
  let previous: { seen: TableSeen; columns: AvTable['columns']; kinds: Map<number, AvColumnKind>; own: TableLook; width: number; header: string[] } | null = null;
  for (const seen of [...tables.values()].sort((a, b) => a.first - b.first)) {
    const rowNumbers = [...seen.rows.keys()].sort((a, b) => a - b);
    let width = 0;
    for (const row of seen.rows.values()) for (const column of row.keys()) width = Math.max(width, column);
    let columns: AvTable['columns'] | null = null;
    let kinds: Map<number, AvColumnKind> | null = null;
    let own: TableLook | null = null;
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
      if (columns) {
        header = columns.map((c) => headerKey(c.header));
        kinds = gridKinds(columns, seen.rows.get(rowNumbers[headerAt]!)!);
        own = tableLook(seen.rows.get(rowNumbers[headerAt]!)!);
      }
    }
    if (!columns && previous && previous.width === width) {
      const verdict = goesOn(previous.seen, seen, width, rowNumbers[0]!);
      if (verdict === 'yes') {
        columns = previous.columns;
        kinds = previous.kinds;
        own = previous.own;
        header = previous.header;
        continues = previous.seen.table;
      } else if (verdict === 'doubt') doubts.push({ table: seen.table, after: previous.seen.table });
    }
    if (!columns || !kinds || !own) {
      previous = null;
      continue;
    }
    const kindAt: Map<number, AvColumnKind> = kinds;
    const tableOwn: TableLook = own;
    const left = new Set<Paragraph>();
    // By row, the looks of the words of the audio cells covering it (a cell merged down rows covers each).
    const rowLooks = new Map<number, Set<string>>();
    // Columns that name who speaks (`SPEAKER`): their cells are labels, read as they are whatever their look.
    const who = new Set(columns.filter((c) => c.kind === 'other' && namesSpeakers(c.header)).map((c) => c.column));
    const repeatsHeader = (row: Map<number, Paragraph[]>) =>
      row.size === header.length && columns!.every((c, i) => row.has(c.column) && headerKey(cellText(row.get(c.column)!)) === header[i]);
    // A PDF reader may join two tables of the same borders on two pages into one: at the top of a
    // page, a row that is a header of another kind (`Term | Definition`) starts another table, read as it is.
    let ended: AvTable['ends'];
    for (const [at, number] of rowNumbers.entries()) {
      // A title above the header row is read as any paragraph is.
      if (continues === undefined && at < headerAt) continue;
      const row = seen.rows.get(number)!;
      if (at > headerAt || (continues !== undefined && at > 0)) {
        const above = rowPages(seen.rows.get(rowNumbers[at - 1]!)!);
        const here = rowPages(row);
        if (above.length && here.length && Math.min(...here) > Math.max(...above) && !repeatsHeader(row) && headerLike(row, width, cellText)) {
          ended = { page: Math.min(...here), header: [...row].sort((a, b) => a[0] - b[0]).map(([, cell]) => cellText(cell)).join(' | ') };
          break;
        }
      }
      // The header row, where it stands and where it is repeated (a PDF's page broken table).
      const isHeader = (continues === undefined && at === headerAt) || repeatsHeader(row);
      // A row whose audio column holds words (in a cell of its own, or one merged down from a row above):
      // that is its line, its picture and number cells nobody's whatever their look.
      if (!isHeader) {
        for (const [column, cell] of row) {
          if (cellKind(kindAt, column, cell) !== 'audio') continue;
          const looks = wordLooks(cell);
          if (looks.size === 0) continue;
          const down = cell[0]!.location.cell!.rows ?? 1;
          for (let k = 0; k < down; k++) {
            const at = number + k;
            const known = rowLooks.get(at);
            if (known) for (const look of looks) known.add(look);
            else rowLooks.set(at, new Set(looks));
          }
        }
      }
      const looks = isHeader ? undefined : rowLooks.get(number);
      for (const [column, cell] of row) {
        const kind = cellKind(kindAt, column, cell);
        if (isHeader || kind === 'picture' || kind === 'number') for (const p of cell) left.add(p);
        if (isHeader) for (const p of cell) headers.add(p);
        else if (looks && (kind === 'picture' || kind === 'number')) for (const p of cell) {
          beside.add(p);
          besideLooks.set(p, looks);
        }
        else if (looks && kind !== 'audio' && !who.has(column)) {
          // A cell read as it is (`NOTES`) whose every word is in the look of the row's audio words: a row
          // typed or shaded whole in a voice's look. Its look says whose line the row holds, not that
          // the cell is read: nobody's, and said.
          const own = wordLooks(cell);
          if (own.size > 0 && [...own].every((look) => looks.has(look) && codes(look, tableOwn))) {
            const said = columns.find((c) => c.column === column)?.header ?? '';
            for (const p of cell) {
              left.add(p);
              beside.add(p);
              besideLooks.set(p, looks);
              rowLook.set(p, said);
            }
          }
        }
      }
    }
    previous = ended ? null : { seen, columns, kinds: kindAt, own: tableOwn, width, header };
    if (left.size === 0) continue;
    // In reading order.
    const inOrder = paragraphs.slice(seen.first, seen.last + 1).filter((p) => left.has(p));
    for (const p of inOrder) silent.add(p);
    const words = inOrder.reduce((sum, p) => sum + (rowLook.has(p) ? 0 : countWords(textOf(p))), 0);
    out.push({ table: seen.table, columns, ...(continues !== undefined ? { continues } : {}), ...(ended ? { ends: ended } : {}), silent: inOrder, words, location: inOrder[0]!.location });
  }
  for (const block of blocks) {
    out.push(block.table);
    for (const p of block.table.silent) silent.add(p);
    for (const p of block.headers) headers.add(p);
  }
  if (out.length === 0) return doubts.length ? { ...NONE, doubts } : NONE;
  // The ordinary look of the picture and number columns: the one most of their words are in, leaving
  // out words in the look of their row's audio words (a row typed or shaded whole in a voice's look
  // gives no column its look). With no other words, one look for all of them is theirs (a table all
  // in one colour); several (rows coded whole by two voices) and no look is ordinary.
  const looks = new Map<string, number>();
  const seenLooks = new Set<string>();
  for (const paragraph of silent) {
    if (headers.has(paragraph)) continue;
    const row = besideLooks.get(paragraph);
    for (const run of paragraph.runs) {
      const words = countWords(run.text);
      if (words === 0) continue;
      const look = lookOf(run);
      seenLooks.add(look);
      if (!row?.has(look)) looks.set(look, (looks.get(look) ?? 0) + words);
    }
  }
  let plain = looks.size === 0 && seenLooks.size === 1 ? [...seenLooks][0]! : '';
  let most = 0;
  for (const [look, words] of looks) if (words > most) [plain, most] = [look, words];
  const standsOut = (paragraph: Paragraph, run: Run) => !headers.has(paragraph) && lookOf(run) !== plain && /[\p{L}\p{N}]/u.test(run.text);
  return { tables: out, silent, nobodys: (paragraph, run) => beside.has(paragraph) || !standsOut(paragraph, run), standsOut, beside, rowLook, headers, doubts };
}

/**
 * By grid column, the kind of the header above it: a header cell merged across columns gives its kind
 * to each (`Paragraph.location.cell.span`).
 */
function gridKinds(columns: AvTable['columns'], row: Map<number, Paragraph[]>): Map<number, AvColumnKind> {
  const kinds = new Map<number, AvColumnKind>();
  for (const c of columns) {
    const span = row.get(c.column)?.[0]?.location.cell?.span ?? 1;
    for (let k = 0; k < span; k++) kinds.set(c.column + k, c.kind);
  }
  return kinds;
}

/** The text colours and backgrounds of a table's header row's words: the table's own look. */
interface TableLook {
  colours: Set<string>;
  backgrounds: Set<string>;
}
function tableLook(row: Map<number, Paragraph[]>): TableLook {
  const look: TableLook = { colours: new Set(), backgrounds: new Set() };
  for (const cell of row.values()) {
    for (const p of cell) {
      for (const run of p.runs) {
        if (!hasWord(run.text)) continue;
        look.colours.add(run.color);
        if (run.background) look.backgrounds.add(run.background);
      }
    }
  }
  return look;
}

/**
 * Whether a look of a row's words codes the row (a voice's colour or shading given to the whole row),
 * not the table's own look: a text colour its header row has not, or a background its header row has
 * not. A table all in one look (black text, a grey header row) codes nothing: its cells are read as they are.
 */
function codes(look: string, own: TableLook): boolean {
  const cut = look.indexOf('/');
  const colour = look.slice(0, cut), background = look.slice(cut + 1);
  return !own.colours.has(colour) || (background !== '' && !own.backgrounds.has(background));
}

/** The kinds a cell covering several columns takes, strongest first: one covering the audio column is audio. */
const KIND_RANK: Record<AvColumnKind, number> = { audio: 3, picture: 2, number: 1, other: 0 };

/** The kind of a cell: its column's, or, merged across columns, the strongest of theirs (KIND_RANK). */
function cellKind(kinds: ReadonlyMap<number, AvColumnKind>, column: number, cell: Paragraph[]): AvColumnKind | undefined {
  const span = cell[0]?.location.cell?.span ?? 1;
  if (span === 1) return kinds.get(column);
  let found: AvColumnKind | undefined;
  for (let k = 0; k < span; k++) {
    const kind = kinds.get(column + k);
    if (kind !== undefined && (found === undefined || KIND_RANK[kind] > KIND_RANK[found])) found = kind;
  }
  return found;
}

/** The looks of a cell's words (runs holding a letter or a digit). */
function wordLooks(cell: readonly Paragraph[]): Set<string> {
  const looks = new Set<string>();
  for (const p of cell) for (const run of p.runs) if (hasWord(run.text)) looks.add(lookOf(run));
  return looks;
}

/** Words of a header naming who speaks: its column holds speakers' names, labels read as they are. */
const SPEAKER_WORDS = new Set([
  'SPEAKER', 'SPEAKERS', 'CHARACTER', 'CHARACTERS', 'CHAR', 'ROLE', 'ROLES', 'NAME', 'NAMES', 'WHO', 'TALENT', 'CAST', 'ACTOR', 'ACTORS', 'PERSONNAGE',
  'PERSONNAGES', 'PERSO', 'NOM', 'NOMS', 'QUI', 'INTERVENANT', 'INTERVENANTS', 'INTERVENANTE', 'LOCUTEUR', 'LOCUTRICE', 'LOCUTEURS', 'COMEDIEN', 'COMEDIENNE',
  'COMEDIENS', 'ROLLE', 'SPRECHER', 'SPRECHERIN', 'FIGUR', 'PERSONAJE', 'PERSONAJES', 'HABLANTE',
]);
function namesSpeakers(header: string): boolean {
  return headerKey(header).split(/[^\p{L}]+/u).some((w) => SPEAKER_WORDS.has(w));
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
 *
 * In a PDF (`Paragraph.edges`), such a table going on over the page with no headers there is carried:
 * when the audio column runs to the foot of the page (every paragraph after its header starting where
 * it starts), the next page's first paragraphs standing where the picture and number columns' text
 * stood (and ending before the audio column), then paragraphs where the audio column's stood, are its
 * piece there: an AvTable numbered 0 `carried` to that page. Anything else first (text across the
 * page, a heading's larger type, another header) and nothing is carried.
 */
function headerBlocks(paragraphs: readonly Paragraph[]): { table: AvTable; headers: Paragraph[] }[] {
  const found: { table: AvTable; headers: Paragraph[] }[] = [];
  // `members`: its headers and the paragraphs of its picture and number blocks, in reading order.
  let group: { columns: AvTable['columns']; headers: Paragraph[]; members: Paragraph[]; blocks: number; page: number | undefined } | null = null;
  /**
   * A closed group whose audio column may run to the foot of its page (`page`), and then its piece on
   * the next page: `picture`, its paragraphs at the picture side; `heard`, whether the audio side began.
   */
  type Tail = { columns: AvTable['columns']; lefts: number[]; audio: number; size: number; page: number; piece: Paragraph[] | null; heard: boolean };
  let tail: Tail | null = null;
  const sizeOf = (p: Paragraph) => p.fontSize ?? 0;
  const atAudio = (t: Tail, p: Paragraph) => samePlace(p.edges!.left, t.audio) && sizeOf(p) <= t.size + 0.5;
  const atPicture = (t: Tail, p: Paragraph) => t.lefts.some((x) => samePlace(p.edges!.left, x)) && p.edges!.right < t.audio && sizeOf(p) <= t.size + 0.5;
  /** Its piece on its new page, when there is one: taken. */
  const closePiece = (t: Tail) => {
    if (!t.piece || !t.heard || t.piece.length === 0) return;
    const words = t.piece.reduce((sum, p) => sum + countWords(textOf(p)), 0);
    found.push({ table: { table: 0, columns: t.columns, carried: { page: t.page }, silent: t.piece, words, location: t.piece[0]!.location }, headers: [] });
  };
  /** Follows the tail over `paragraph`: whether it is the tail's (and so no group's). */
  const follow = (paragraph: Paragraph): boolean => {
    const t = tail;
    if (!t) return false;
    const page = paragraph.location.page;
    if (!paragraph.edges || page === undefined) {
      tail = null;
      return false;
    }
    if (page !== t.page) {
      // A new page: the table reached the foot of the last one only if its audio side was there last
      // (at the group's page, always; on a carried page, once the audio side began).
      const atFoot = t.piece === null || t.heard;
      closePiece(t);
      if (!atFoot || page !== t.page + 1) {
        tail = null;
        return false;
      }
      t.page = page;
      t.piece = [];
      t.heard = false;
    }
    if (t.piece === null) {
      // The group's own page, after its audio header: its audio column, or the table ended.
      if (atAudio(t, paragraph)) return true;
      tail = null;
      return false;
    }
    if (!t.heard && atPicture(t, paragraph) && !(t.piece.length === 0 && headerKind(normaliseSpace(textOf(paragraph))) !== null)) {
      t.piece.push(paragraph);
      return true;
    }
    if (t.piece.length > 0 && atAudio(t, paragraph)) {
      t.heard = true;
      return true;
    }
    // Something else: the piece ends here (taken if the audio side began), and the table with it.
    closePiece(t);
    tail = null;
    return false;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.location.story !== 'body' || paragraph.location.cell) {
      if (paragraph.location.story === 'body' && tail) {
        closePiece(tail);
        tail = null;
      }
      group = null;
      continue;
    }
    // (null: a text too long to be a header, not normalised: most paragraphs of a script.)
    const text = headerText(textOf(paragraph));
    if (text === '') continue;
    const kind = text !== null ? headerKind(text) : null;
    if (kind === null || kind === 'empty') {
      if (follow(paragraph)) continue;
    } else if (tail) {
      closePiece(tail);
      tail = null;
    }
    if (group && (paragraph.location.page !== group.page || group.blocks >= MAX_BLOCK)) group = null;
    if (text !== null && (kind === 'picture' || kind === 'number' || kind === 'audio')) {
      if (kind === 'audio') {
        if (group) {
          group.columns.push({ column: group.columns.length + 1, header: text, kind });
          group.headers.push(paragraph);
          group.members.push(paragraph);
          const words = group.members.reduce((sum, p) => sum + countWords(textOf(p)), 0);
          found.push({ table: { table: 0, columns: group.columns, silent: group.members, words, location: group.headers[0]!.location }, headers: group.headers });
          const members = group.members.filter((p) => p !== paragraph);
          if (paragraph.edges && group.page !== undefined && members.every((p) => p.edges)) {
            tail = {
              columns: group.columns,
              lefts: members.map((p) => p.edges!.left),
              audio: paragraph.edges.left,
              size: Math.max(...group.members.map(sizeOf)),
              page: group.page,
              piece: null,
              heard: false,
            };
          }
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
  if (tail) closePiece(tail);
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
  // Of those, the words standing out in a voice's look in a row whose audio column holds the line: by key, their cells and their rows.
  let beside = 0;
  const besideKeys = new Set<string>();
  const besideCells: Paragraph[] = [];
  const besideRows = new Set<string>();
  // The words of cells read as they are (`NOTES`) in their row's look, taken from a voice: by key, their cells, rows and columns.
  let rowLook = 0;
  const rowLookKeys = new Set<string>();
  const rowLookCells: Paragraph[] = [];
  const rowLookRows = new Set<string>();
  const rowLookColumns = new Set<string>();
  const perTable = found.tables.map((table) => {
    let words = 0;
    for (const paragraph of table.silent) {
      const notes = found.rowLook.get(paragraph);
      let counted = false;
      for (const run of paragraph.runs) {
        const n = countWords(run.text);
        const own = keyOf(run);
        const key = found.nobodys(paragraph, run) ? null : own;
        if (notes !== undefined) {
          if (own === null || n === 0) continue;
          rowLook += n;
          taken += n;
          rowLookKeys.add(own);
          rowLookRows.add(rowKey(paragraph));
          if (notes !== '') rowLookColumns.add(notes);
          if (!counted) rowLookCells.push(paragraph);
          counted = true;
        } else if (key === null) {
          words += n;
          if (own !== null) taken += n;
          if (own !== null && n > 0 && found.beside.has(paragraph) && found.standsOut(paragraph, run)) {
            beside += n;
            besideKeys.add(own);
            besideRows.add(rowKey(paragraph));
            if (!counted) besideCells.push(paragraph);
            counted = true;
          }
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
  // (A piece carried to a page with no headers is no AV script of its own.)
  const several = found.tables.filter((t) => !t.carried).length > 1;
  const columnWord = (n: number) => (n === 1 ? 'column' : 'columns');
  let message =
    `${first.table === 0 ? 'The text under the headers on lines of their own (a table with no borders, as a PDF shows it, or a script written so) is laid out as an AV script' : `${tablesSaid(numbers)} ${several ? 'are laid out as AV scripts' : 'is laid out as an AV script'}`} (${layout}${several ? ', in the first' : ''}): only the ${listOf(heard)} ${columnWord(heard.length)} ${heard.length === 1 ? 'is' : 'are'} read aloud. ` +
    `Its ${listOf(notHeard)} ${columnWord(notHeard.length)} ${notHeard.length === 1 ? 'says' : 'say'} what is seen, not what is said: ${notHeard.length === 1 ? 'it' : 'they'} and the header row (${plural(words, 'word')}) count as unassigned text, not recorded.`;
  const others = first.columns.filter((c) => c.kind === 'other').map((c) => c.header);
  if (others.length > 0) message += ` The ${listOf(others)} ${columnWord(others.length)} ${others.length === 1 ? 'is' : 'are'} read as ${others.length === 1 ? 'it is' : 'they are'}.`;
  // The first cell to show: the first holding a letter (a shot's number alone tells a narrator little).
  const firstBeside = besideCells.find((p) => hasLetter(textOf(p))) ?? besideCells[0];
  if (beside > 0) {
    const one = besideCells.length === 1;
    const rows = besideRows.size;
    message +=
      ` ${plural(beside, 'word')} there ${beside === 1 ? 'is' : 'are'} typed in ${besideKeys.size === 1 ? 'a voice’s colour' : 'voices’ colours'} (${listOf([...besideKeys])}) in ${rows === 1 ? 'a row' : `${count(rows)} rows`} whose ${listOf(heard)} ${columnWord(heard.length)} ${heard.length === 1 ? 'holds' : 'hold'} the line (${one ? '' : 'the first '}at ${formatLocation(firstBeside!.location)}, ${firstWords(firstBeside!)}): ` +
      `taken as text shown on screen, not counted for ${besideKeys.size === 1 ? 'it' : 'them'} nor in ${besideKeys.size === 1 ? 'its' : 'their'} booth script. If the voice reads ${one ? 'it' : 'them'} too, move ${one ? 'it' : 'them'} into the ${listOf(heard)} ${columnWord(heard.length)}.`;
  }
  if (rowLook > 0) {
    const one = rowLookCells.length === 1;
    const rows = rowLookRows.size;
    const columns = [...rowLookColumns];
    const where = columns.length === 0 ? 'a column with no header' : `the ${listOf(columns)} ${columnWord(columns.length)}`;
    message +=
      ` ${plural(rowLook, 'word')} of ${where} ${rowLook === 1 ? 'is' : 'are'} in the look of ${rows === 1 ? 'its row’s' : 'their rows’'} ${listOf(heard)} words (${listOf([...rowLookKeys])}), in ${rows === 1 ? 'a row' : `${count(rows)} rows`} (${one ? '' : 'the first '}at ${formatLocation(rowLookCells[0]!.location)}, ${firstWords(rowLookCells[0]!)}), and nothing else says ${one ? 'it is' : 'they are'} read: ` +
      `a row typed or shaded whole in a voice’s look says whose line its ${listOf(heard)} ${columnWord(heard.length)} ${heard.length === 1 ? 'holds' : 'hold'}, so ${one ? 'it is' : 'they are'} taken as notes beside the line, not counted for ${rowLookKeys.size === 1 ? 'it' : 'them'} nor in ${rowLookKeys.size === 1 ? 'its' : 'their'} booth script. If the voice reads ${one ? 'it' : 'them'} too, move ${one ? 'it' : 'them'} into the ${listOf(heard)} ${columnWord(heard.length)}.`;
  }
  if (kept > 0) {
    message += ` ${beside > 0 || rowLook > 0 ? 'And' : 'But'} ${plural(kept, 'word')} there stand${kept === 1 ? 's' : ''} out in ${keys.size === 1 ? 'another colour' : 'other colours'} (${listOf([...keys])}): counted for ${keys.size === 1 ? 'it' : 'them'}, as the colour says. Check ${kept === 1 ? 'it' : 'them'}: in a row with no words in its ${listOf(heard)} ${columnWord(heard.length)} ${kept === 1 ? 'it' : 'they'} may be the row’s line, but text shown on screen most often is not read.`;
  }
  message += carriedSaid(found);
  message += ' If a column is read aloud after all, give it a header such as AUDIO or VO (or one that is no picture’s, such as NOTES).';
  return [
    {
      code: 'av-picture-column',
      message,
      location: first.location,
      details: {
        tables: found.tables.map((t, i) => ({
          table: t.table,
          columns: t.columns,
          words: perTable[i]!,
          ...(t.continues !== undefined ? { continues: t.continues, page: t.location.page } : {}),
          ...(t.carried ? { carried: t.carried } : {}),
          ...(t.ends ? { ends: t.ends } : {}),
        })),
        words,
        ...(found.doubts.length ? { doubts: found.doubts } : {}),
        ...(kept > 0 ? { kept, keptFor: [...keys] } : {}),
        ...(beside > 0 ? { leftOut: beside, leftOutFor: [...besideKeys], leftOutCells: besideCells.length, leftOutRows: besideRows.size, firstLeftOut: firstBeside!.location } : {}),
        ...(rowLook > 0
          ? { rowLook, rowLookFor: [...rowLookKeys], rowLookColumns: [...rowLookColumns], rowLookRows: rowLookRows.size, firstRowLook: rowLookCells[0]!.location }
          : {}),
      },
    },
  ];
}

/** A paragraph's row, as a key (a paragraph of no table: its own). */
function rowKey(paragraph: Paragraph): string {
  const cell = paragraph.location.cell;
  return cell ? `${cell.table}:${cell.row}` : `¶${paragraph.location.page ?? ''}:${paragraph.location.paragraph}`;
}

/** The first words of a paragraph, quoted, for a narrator to find it. */
function firstWords(paragraph: Paragraph): string {
  const words = normaliseSpace(textOf(paragraph)).split(' ');
  return `“${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`;
}

/**
 * What the rule carried over a page break with no header row there, and the tables it could not tell
 * (a DOCX's): sentences for av-picture-column, so that a narrator can check them.
 */
function carriedSaid(found: AvColumns): string {
  let said = '';
  const going = found.tables.filter((t) => t.continues !== undefined);
  // A PDF's piece at the top of a page; a DOCX's table right after the AV table, with the same grid.
  const paged = going.filter((t) => t.location.page !== undefined), split = going.filter((t) => t.location.page === undefined);
  if (paged.length > 0) {
    const one = paged.length === 1;
    const list = listOf(paged.map((t) => `Table ${t.table} (top of page ${t.location.page})`));
    said += ` ${list} ${one ? 'has' : 'have'} no header row of ${one ? 'its' : 'their'} own but ${one ? 'goes' : 'go'} on with the table at the foot of the page before (as many columns, at the same places): read the same.`;
  }
  if (split.length > 0) {
    const one = split.length === 1;
    const list = listOf(split.map((t) => `Table ${t.table}`));
    said += ` ${list} ${one ? 'has' : 'have'} no header row of ${one ? 'its' : 'their'} own but ${one ? 'comes' : 'come'} right after the AV table before with the same columns (as many, as wide: a table split in two): read the same.`;
  }
  for (const t of found.tables.filter((t) => t.ends)) {
    said += ` Table ${t.table} stops at the top of page ${t.ends!.page}, where a row of other headers (${t.ends!.header}) opens another table: read as it is from there.`;
  }
  const carried = found.tables.filter((t) => t.carried);
  if (carried.length > 0) {
    const pages = carried.map((t) => String(t.carried!.page));
    said += ` At the top of ${pages.length === 1 ? 'page' : 'pages'} ${listOf(pages)}, the text standing in the same columns (from ${firstWords(carried[0]!.silent[0]!)}) has no headers but goes on with the table at the foot of the page before: read the same.`;
  }
  if (found.doubts.length > 0) {
    const one = found.doubts.length === 1;
    const list = listOf(found.doubts.map((d) => `Table ${d.table}`));
    const after = [...new Set(found.doubts.map((d) => d.after))];
    said += ` ${list} ${one ? 'comes' : 'come'} right after ${after.length === 1 ? `Table ${after[0]}` : 'an AV table'} with as many columns and no header row: ${one ? 'it is' : 'they are'} read as ${one ? 'it is' : 'they are'}, every column counted (a DOCX does not say where its pages break). If ${one ? 'it goes' : 'they go'} on with the table before, give ${one ? 'it' : 'them'} the same header row, or join the tables.`;
  }
  return said;
}
