import type { Line } from './types.js';
import { normaliseSpace } from '../../text/words.js';

/**
 * Tables of contents in a PDF. A DOCX marks its table of contents (a content control, a TOC field)
 * and the DOCX reader leaves it out (`toc-left-out`); in a PDF it is only lines: entries ending in a
 * page number after dot leaders (LibreOffice and Word draw the leader as "." glyphs up to a right
 * tab), after a tab gap or in a column of numbers, their numbers right-aligned, often under a title
 * ("Contents", "Sommaire"). Left out only when sure: several such lines in a row, every number at
 * the same right edge, the numbers never going back, and a title over them unless every entry has a
 * dot leader; said in the DOCX reader's words.
 */

/** An entry: its text, then a leader of dots (or a tab gap), then a page number (arabic or roman). */
const LEADER_ENTRY = /^(\S.*?)\s*(?:[.\u2024\u2026\u00B7\u2219\u22C5_]\s?){3,}\s*(\d{1,4}|[ivxlcdm]{1,7})$/iu;
const GAP_ENTRY = /^(\S.*?)\t\s*(\d{1,4}|[ivxlcdm]{1,7})$/iu;
/** Titles of a table of contents (English, French, German, Spanish, Italian). */
const TITLE = /^(?:(?:table of )?contents|sommaire|table des mati[eè]res|inhalt(?:sverzeichnis)?|[íi]ndice|contenidos?|sommario)\s*:?$/iu;

/**
 * Entries in a row needed under a title; without one, entries all with dot leaders (lines ending in
 * a number after a gap alone, with no title, may be a borderless table: a cue list, timings).
 */
const UNDER_TITLE = 2;
const WITH_LEADERS = 3;

interface Entry {
  line: Line;
  text: string;
  page: string;
  leader: boolean;
}

/** A page number ending the text (its last characters), what every entry ends with: most lines are let go by it before the patterns run. */
const PAGE_NUMBER_END = /^(?:\d{1,4}|[ivxlcdm]{1,7})$/iu;

function endsInPageNumber(text: string): boolean {
  let start = text.length;
  while (start > 0 && start > text.length - 8 && /[\dA-Za-z]/.test(text[start - 1]!)) start--;
  return start < text.length && (start === 0 || !/[\dA-Za-z]/.test(text[start - 1]!)) && PAGE_NUMBER_END.test(text.slice(start));
}

/**
 * Whether a line's last character (before any white space) may end a page number: most lines of a
 * script end on a letter or a mark, and are let go by it before their text is trimmed. A character
 * of printable ASCII other than a digit or a roman numeral's letter says no; anything else (a space,
 * a character beyond ASCII) leaves it to the full test.
 */
function mayEndInNumber(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 0x21 || c > 0x7e || (c >= 0x30 && c <= 0x39)) return true;
  return ROMAN_LETTER.has(c | 0x20);
}
const ROMAN_LETTER = new Set([...'ivxlcdm'].map((ch) => ch.charCodeAt(0)));

function entryOf(line: Line): Entry | null {
  if (!mayEndInNumber(line.text)) return null;
  const text = line.text.trim();
  if (!endsInPageNumber(text)) return null;
  const leader = LEADER_ENTRY.exec(text);
  if (leader) return { line, text: leader[1]!, page: leader[2]!, leader: true };
  const gap = GAP_ENTRY.exec(text);
  if (gap) return { line, text: gap[1]!.trimEnd(), page: gap[2]!, leader: false };
  return null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Page numbers: roman ones (the front matter) before arabic ones, each kind never going back. */
function inOrder(pages: string[]): boolean {
  let arabic = false;
  let last = 0;
  for (const p of pages) {
    const isArabic = /^\d+$/u.test(p);
    let value: number;
    if (isArabic) value = Number(p);
    else {
      if (arabic) return false;
      value = 0;
      const s = p.toLowerCase();
      for (let i = 0; i < s.length; i++) {
        const v = ROMAN[s[i]!]!, next = ROMAN[s[i + 1]!] ?? 0;
        value += v < next ? -v : v;
      }
    }
    if (isArabic && !arabic) {
      arabic = true;
      last = 0;
    }
    if (value < last) return false;
    last = value;
  }
  return true;
}

/** What one frame's table of contents leaves out: the lines, and the text of each for the warning. */
export interface TocFound {
  lines: Set<Line>;
  /** As the DOCX reader quotes them: the title, then each entry as "text page". */
  texts: string[];
}

/**
 * The tables of contents among a frame's free lines (top to bottom): runs of entries one under
 * the other in one column, their page numbers at one right edge and in order (a number standing
 * apart, in a column of numbers, counts as its line's: withNumbers). A long entry may
 * wrap: a line that is no entry, between two entries of a run, at most as far left as they are,
 * is its first part.
 */
export function findToc(freeLines: readonly Line[]): TocFound {
  const found: TocFound = { lines: new Set(), texts: [] };
  const { lines, parts } = withNumbers(freeLines);
  const add = (line: Line) => {
    for (const part of parts.get(line) ?? [line]) found.lines.add(part);
  };
  const entries = lines.map(entryOf);
  for (let i = 0; i < lines.length; ) {
    if (!entries[i]) {
      i++;
      continue;
    }
    // A run of entries from i (with wrapped first parts between them).
    const run: { entry: Entry; wrapped: Line[] }[] = [{ entry: entries[i]!, wrapped: [] }];
    let j = i + 1;
    while (j < lines.length) {
      const prev = run[run.length - 1]!.entry.line;
      if (entries[j] && sameColumn(prev, lines[j]!)) {
        run.push({ entry: entries[j]!, wrapped: [] });
        j++;
      } else if (!entries[j] && j + 1 < lines.length && entries[j + 1] && sameColumn(prev, lines[j]!) && lines[j]!.x0 >= prev.x0 - 0.5 * prev.size && sameColumn(lines[j]!, lines[j + 1]!)) {
        run.push({ entry: entries[j + 1]!, wrapped: [lines[j]!] });
        j += 2;
      } else break;
    }
    const before = i > 0 ? lines[i - 1]! : null;
    const title = before && TITLE.test(before.text.trim()) && sameColumn(before, lines[i]!, 3) ? before : null;
    if (sure(run.map((r) => r.entry), title !== null)) {
      if (title) {
        add(title);
        found.texts.push(plain(title.text));
      }
      for (const { entry, wrapped } of run) {
        for (const w of wrapped) add(w);
        add(entry.line);
        found.texts.push(plain(`${[...wrapped.map((w) => w.text), entry.text].join(' ')} ${entry.page}`));
      }
    }
    i = j;
  }
  return found;
}

/** A line that is only a page number. */
const NUMBER_ONLY = /^(?:\d{1,4}|[ivxlcdm]{1,7})$/iu;
const numberOnly = (line: Line) => mayEndInNumber(line.text) && NUMBER_ONLY.test(line.text.trim());
/** Lines on one baseline looked at for the entry a page number stands beside. */
const BESIDE = 50;

/**
 * The lines top to bottom, each page number that stands apart on the right (a column of numbers:
 * a right tab with no leader, far from its entry) joined to the line it stands beside, a tab
 * between them, as one line (`parts` gives the two it was made of).
 */
function withNumbers(freeLines: readonly Line[]): { lines: Line[]; parts: Map<Line, Line[]> } {
  const sorted = [...freeLines].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const parts = new Map<Line, Line[]>();
  if (!sorted.some(numberOnly)) return { lines: sorted, parts };
  const joined = new Map<Line, Line>();
  const used = new Set<Line>();
  for (let i = 0; i < sorted.length; i++) {
    const number = sorted[i]!;
    if (!numberOnly(number)) continue;
    // The nearest line to its left on the same baseline, a gap apart.
    let best: Line | null = null;
    let lo = i;
    while (lo > 0 && i - lo < BESIDE && number.baseline - sorted[lo - 1]!.baseline <= 0.3 * number.size) lo--;
    for (let k = lo; k < sorted.length && k - lo < 2 * BESIDE && sorted[k]!.baseline - number.baseline <= 0.3 * number.size; k++) {
      const e = sorted[k]!;
      if (e === number || used.has(e) || numberOnly(e) || Math.abs(e.baseline - number.baseline) > 0.3 * number.size) continue;
      if (e.x1 + number.size > number.x0) continue;
      if (!best || e.x1 > best.x1) best = e;
    }
    if (!best) continue;
    used.add(best);
    used.add(number);
    const line: Line = { ...best, text: `${best.text}\t${number.text.trim()}`, x1: number.x1 };
    joined.set(best, line);
    parts.set(line, [best, number]);
  }
  const lines = sorted.filter((l) => !used.has(l) || joined.has(l)).map((l) => joined.get(l) ?? l);
  return { lines, parts };
}

/** As the DOCX reader quotes an entry: every run of white space (tabs, no-break spaces) one space. */
const plain = (text: string) => normaliseSpace(text);

/** One under the other: the next baseline within `pitch` font sizes, their left edges near. */
function sameColumn(a: Line, b: Line, pitch = 2.5): boolean {
  const size = Math.max(a.size, b.size);
  return b.baseline > a.baseline && b.baseline - a.baseline <= pitch * size && Math.abs(a.x0 - b.x0) <= 3 * size;
}

function sure(run: Entry[], titled: boolean): boolean {
  const leaders = run.filter((e) => e.leader).length;
  const enough = titled ? run.length >= UNDER_TITLE : leaders === run.length && run.length >= WITH_LEADERS;
  if (!enough) return false;
  // The page numbers stand at one right edge (a right tab), and never go back.
  const size = Math.max(...run.map((e) => e.line.size));
  const right = run.map((e) => e.line.x1);
  if (Math.max(...right) - Math.min(...right) > 0.5 * size) return false;
  return inOrder(run.map((e) => e.page));
}

