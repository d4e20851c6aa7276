import type { Box, Line } from './types.js';
import { hasLetter } from '../../text/words.js';

/** Running headers and footers live in the outer band of the page (fraction of its height). */
const BAND = 0.15;
/** How many line positions from the top (bottom) edge may be furniture. */
const DEPTH = 2;
/** Furniture stands at least this far (× its font size) from the next line inwards. */
const GAP = 1.8;
/**
 * Below the outermost line, a line in the body's size stands apart from the next only this far (× its
 * size) or more: paragraphs are set up to about 2.4 sizes apart, a header 3 or more from the body.
 */
const PRESSED = 2.5;

export type FurnitureStory = 'header' | 'footer';

/** The lines of a page, or of one frame of it (text turned a quarter turn has its own). */
export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
  /** Its ruled tables, whose cells' lines are body text too. */
  tables?: readonly { table: { box: Box } }[];
}

const PAGE_NUMBER = /^(?:page\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

const lineText = (line: Line) => line.text.trim();

/** A page counter at either end of a line: "1/3", "1 of 3", "Page 1 of 3", "Page 1 sur 3". */
const COUNTER = /(?:^|\s)(?:page\s*)?(\d{1,4})\s*(?:\/|of|sur|von|de)\s*(\d{1,4})$|^(?:page\s*)?(\d{1,4})\s*(?:\/|of|sur|von|de)\s*(\d{1,4})(?:\s|$)/i;
/** A browser's header and footer are at most this size, against the median size of the page's text. */
const SMALLER = 0.85;
/** The address of the page a browser printed: a URL with its scheme, or about:blank. */
const PRINTED_URL = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/\S+|about:blank)(?:\s|$)/i;

/** A page counter at the start or end of a line, and what stands beside it. */
const END_COUNTER = /^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?\s+|\s+(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/g;
const NUMBER = /\d+/g;

/**
 * What repeats from page to page: the text with a page number at either end dropped (a browser
 * prints "file:///…/script.html" and "1/2" apart, but "…html 2/2" as one line) and its other numbers
 * masked; the numbers masked, to check they behave as a running header's do (repeats).
 */
function furnitureKey(line: Line): { key: string; numbers: number[] } {
  const rest = lineText(line).toLowerCase().replace(END_COUNTER, '');
  return { key: rest.replace(NUMBER, '#'), numbers: (rest.match(NUMBER) ?? []).map(Number) };
}

/** An edge line, and whether it stands apart from the body (at none of the body's own spacings). */
interface Candidate {
  page: number;
  line: Line;
  key: string;
  numbers: number[];
  story: FurnitureStory;
  apart: boolean;
  /** On the page's outermost level of lines (nothing between it and the page's edge). */
  outer: boolean;
  /** In the block of closely set lines that opens the page from its edge (a header set on two lines). */
  edge: boolean;
}

/**
 * Finds running headers and footers: lines at the top or bottom of the page that repeat at the
 * same height on most pages (digits ignored when they are the page's number or do not change from
 * page to page, so "Page 3 of 9" repeats and "Sentence 26 of the narration" does not), and page
 * numbers. A repeated line counts when it stands apart from the body (a gap that is none of the
 * body's own spacings: a header or footer sits in the page's margin), or, pressed against
 * the body (a header grown taller than its margin pushes the body down), when it is set in a size
 * of its own (a header in style Heading 1 over 11 pt text), unless it reads as a section's heading
 * ("SPOT 2 — :30", "Screen 5": a spot or a screen a page); those left out so are listed in `pressed`,
 * to be said, as are the small lines pressed against the body that `smallEdgeBlocks` takes. Lines at
 * the body's spacing in the body's size are body text, however alike they look. A line in a voice's
 * colour set smaller than the body (`voicedLines`: "Next." or "(SFX: door)" opening each page in the
 * narrator's colour) is never taken for a header by its repeating: it is read, and listed in `voicedKept`
 * to be said. Headers that alternate between odd and even pages count by the pages of their parity
 * (`alternating`). Furniture is not script lines unless the user asks for it.
 */
export function findFurniture(
  pages: PageLines[],
  pageCount = pages.length,
  pressed?: { page: number; line: Line; story: FurnitureStory }[],
  voicedKept?: { page: number; line: Line; story: FurnitureStory }[],
  bodyKept?: { page: number; line: Line; story: FurnitureStory }[],
): Map<Line, FurnitureStory> {
  const body = bodyMeasures(pages);
  const candidates: Candidate[] = [];
  for (const p of pages) {
    for (const story of ['header', 'footer'] as const) {
      for (const { line, apart, outer, edge } of edgeLines(p, story, body)) {
        candidates.push({ page: p.page, line, story, apart, outer, edge, ...furnitureKey(line) });
      }
    }
  }
  const voiced = voicedLines(pages, candidates, body.size);
  const needed = Math.max(2, Math.ceil(0.5 * pageCount));
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const same = byKey.get(c.key);
    if (same) same.push(c);
    else byKey.set(c.key, [c]);
  }
  const found = new Map<Line, FurnitureStory>();
  const memo = new Map<string, { steady: boolean; pages: number; byText: Map<string, Set<number>> }>();
  const onPagesOf = (c: Candidate) => {
    const same = byKey.get(c.key)!;
    const memoKey = `${c.key}@${c.line.baseline.toFixed(1)}`;
    let group = memo.get(memoKey);
    if (group === undefined) {
      group = same.length < needed ? { steady: false, pages: 0, byText: new Map() } : repeats(same.filter((o) => Math.abs(o.line.baseline - c.line.baseline) <= 3));
      memo.set(memoKey, group);
    }
    return group.steady ? group.pages : group.byText.get(lineText(c.line).toLowerCase())?.size ?? 0;
  };
  const smallEdge = smallEdgeBlocks(candidates, body.size, (c) => onPagesOf(c) >= needed);
  // Lines in a voice's colour that repeat as a header would: read as lines, and said (voicedKept).
  const kept = new Set<Line>();
  const keep = (c: Candidate) => {
    if (kept.has(c.line)) return;
    kept.add(c.line);
    voicedKept?.push({ page: c.page, line: c.line, story: c.story });
  };
  for (const c of candidates) {
    const onPages = onPagesOf(c);
    const ownSize = body.size > 0 && Math.abs(c.line.size - body.size) > OWN_SIZE * body.size;
    const number = c.apart && PAGE_NUMBER.test(lineText(c.line));
    const header = (onPages >= needed && c.apart) || smallEdge.has(c.line);
    const pressedHeader = !header && onPages >= needed && ownSize && !readsAsHeading(lineText(c.line));
    if (voiced.has(c.line) && !number) {
      if (header || pressedHeader) keep(c);
    } else if (header) {
      found.set(c.line, c.story);
      // Pressed against the body at one of its spacings, told by its smaller size alone: said.
      if (!c.apart) pressed?.push({ page: c.page, line: c.line, story: c.story });
    } else if (pressedHeader) {
      // Pressed against the body: a header grown out of its margin, or a heading opening each page
      // (a spot, a screen a page). Those that read as a section's heading stay; the others go, and are said.
      found.set(c.line, c.story);
      pressed?.push({ page: c.page, line: c.line, story: c.story });
    } else if (number) found.set(c.line, c.story);
  }
  for (const c of alternating(candidates, found, voiced, body.size, pageCount)) {
    found.set(c.line, c.story);
    if (!c.apart) pressed?.push({ page: c.page, line: c.line, story: c.story });
  }
  const running = runningFurniture(pages, candidates.filter((c) => c.apart && c.outer && !found.has(c.line) && !kept.has(c.line)), needed, voiced);
  for (const [line, story] of running.found) found.set(line, story);
  for (const c of running.voiced) keep(c);
  for (const [line, story] of browserFurniture(pages, candidates.filter((c) => c.apart), pageCount)) found.set(line, story);
  for (const p of pages) for (const [line, story] of markedFurniture(p)) if (!found.has(line)) found.set(line, story);
  // Read as lines, and said: black or grey lines in the body's size opening (closing) most pages word
  // for word at one height, at the text's own spacing ("NARRATOR:" atop every page of a 1.5-spaced
  // script, or a header pressed against the text in its size): a line or a header, the page cannot tell.
  // Not the script's own heading repeated in its flow (inFlowHeadings): nothing to say of those.
  if (bodyKept) {
    const alike: Candidate[] = [];
    for (const c of candidates) {
      if (!c.outer || c.apart || found.has(c.line) || kept.has(c.line) || !(body.size > 0)) continue;
      if (Math.abs(c.line.size - body.size) > OWN_SIZE * body.size || voiceLook(c.line) !== undefined) continue;
      const text = lineText(c.line);
      if (!hasLetterIn(text) || readsAsHeading(text) || onPagesOf(c) < needed) continue;
      alike.push(c);
    }
    const headings = alike.length ? inFlowHeadings(pages, alike, candidates) : new Set<string>();
    for (const c of alike) if (!headings.has(pieceKey(c.line.text))) bodyKept.push({ page: c.page, line: c.line, story: c.story });
  }
  return found;
}

/** How many lines inwards of a page's opening line a section's heading may stand and make it that section's. */
const HEADING_AFTER = 2;

/**
 * Of the texts of `alike` (lines at the text's own spacing opening most pages word for word), those
 * that are the script's own headings repeated in its flow, not a running header: a text that on some
 * page stands in the body away from the page's edges (a spot starting mid-page under "CLIENT: Acme
 * Hardware", as the others open their pages), or that opens, on most of its pages, a section whose
 * heading follows it within HEADING_AFTER lines ("CLIENT: Acme Hardware" over "SPOT 2 — :30": each
 * spot opens a page of its own with the producer's heading). A running header neither moves into
 * the text nor heads what each page holds.
 */
function inFlowHeadings(pages: PageLines[], alike: Candidate[], candidates: Candidate[]): Set<string> {
  const keys = new Set(alike.map((c) => pieceKey(c.line.text)));
  const out = new Set<string>();
  const edge = new Set<Line>();
  for (const c of candidates) if (c.outer) edge.add(c.line);
  for (const p of pages) {
    for (const l of p.lines) {
      if (edge.has(l)) continue;
      const key = pieceKey(l.text);
      if (keys.has(key)) out.add(key);
    }
  }
  const heads = new Map<string, { pages: number; heading: number }>();
  const pageOf = new Map<number, PageLines[]>();
  for (const p of pages) {
    const list = pageOf.get(p.page);
    if (list) list.push(p);
    else pageOf.set(p.page, [p]);
  }
  for (const c of alike) {
    const key = pieceKey(c.line.text);
    const tally = heads.get(key) ?? { pages: 0, heading: 0 };
    heads.set(key, tally);
    tally.pages++;
    const frame = pageOf.get(c.page)?.find((p) => p.lines.includes(c.line));
    if (!frame) continue;
    // The lines inwards of it, nearest first.
    const sign = c.story === 'header' ? 1 : -1;
    const inwards = frame.lines.filter((l) => sign * (l.baseline - c.line.baseline) > 0.3 * c.line.size).sort((a, b) => sign * (a.baseline - b.baseline));
    // Lines side by side share a level: the next HEADING_AFTER levels.
    let levels = 0, at = Number.NaN;
    for (const l of inwards) {
      if (!(Math.abs(l.baseline - at) <= 0.3 * l.size)) {
        if (++levels > HEADING_AFTER) break;
        at = l.baseline;
      }
      if (readsAsHeading(lineText(l))) {
        tally.heading++;
        break;
      }
    }
  }
  for (const [key, tally] of heads) if (2 * tally.heading > tally.pages) out.add(key);
  return out;
}

/** Whether a text has a letter (a page counter "3" or "- 3 -" has none). */
const hasLetterIn = (text: string) => hasLetter(text.replace(/\d+/g, ''));

/**
 * The edge lines set smaller than the body in a voice's colour: in one look (every run with text in
 * one colour and highlight), a colour or a highlight (not black or grey on nothing: page text), that
 * lines of the body away from the page's edges are set in too. Such a line opening page after page
 * may be the voice's ("Next.", a "(SFX: door)" it reads, its name over its line, in a smaller size):
 * it is read, not dropped as a header, unless it says a heading's words. A line in the body's size
 * standing apart in the page's margin is judged as any header is (a Word template's footer in the
 * brand's red, a voice's colour too: `pdf-furniture/footer-three-pages-en`). Lines in several looks
 * (a colour key in the header) are not a voice's line.
 */
function voicedLines(pages: PageLines[], candidates: Candidate[], bodySize: number): Set<Line> {
  const voiced = new Set<Line>();
  const looks = new Map<Line, string>();
  if (!(bodySize > 0)) return voiced;
  for (const c of candidates) {
    if (c.line.size >= VOICED_SMALLER * bodySize) continue;
    const look = voiceLook(c.line);
    if (look !== undefined) looks.set(c.line, look);
  }
  if (looks.size === 0) return voiced;
  const edge = new Set(candidates.map((c) => c.line));
  const inBody = new Set<string>();
  for (const p of pages) {
    for (const l of p.lines) {
      if (edge.has(l)) continue;
      for (const r of l.runs) if (/\S/u.test(r.text)) inBody.add(`${r.color}|${r.background ?? ''}`);
    }
  }
  for (const [line, look] of looks) if (inBody.has(look)) voiced.add(line);
  return voiced;
}

/** A line in a voice's colour set below this fraction of the body's size is read, however it repeats. */
const VOICED_SMALLER = 0.95;

/** A line's one look (colour and highlight), when it is in one and that is no page text's (black or grey on nothing). */
function voiceLook(line: Line): string | undefined {
  let look: string | undefined;
  for (const r of line.runs) {
    if (!/\S/u.test(r.text)) continue;
    const key = `${r.color}|${r.background ?? ''}`;
    if (look !== undefined && key !== look) return undefined;
    if (look === undefined && r.background === null && neutral(r.color)) return undefined;
    look = key;
  }
  return look;
}

/**
 * Running headers that alternate (a book's layout: the title on even pages, the chapter on odd
 * ones; Word's and LibreOffice's "different odd and even pages"): the even pages' header stands on
 * half the pages at most, on one page of a three-page script. A line repeating at its height on at
 * least half the pages of its parity (and on those only) is furniture when the pages of the other
 * parity have furniture of the same story at that height (the header that alternates with it), and
 * it stands as a header does there (apart from the body, or opening the page from its edge in a size
 * smaller than the body's). Not in a voice's colour.
 */
function alternating(candidates: Candidate[], found: ReadonlyMap<Line, FurnitureStory>, voiced: ReadonlySet<Line>, bodySize: number, pageCount: number): Candidate[] {
  const out: Candidate[] = [];
  if (pageCount < 3) return out;
  const ofParity = (q: number) => Math.floor((pageCount + (q === 1 ? 1 : 0)) / 2);
  // Heights (per story and parity) where furniture stands.
  const heights: { story: FurnitureStory; parity: number; baseline: number }[] = [];
  for (const c of candidates) if (found.has(c.line)) heights.push({ story: c.story, parity: c.page % 2, baseline: c.line.baseline });
  if (heights.length === 0) return out;
  const blocks = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.page}|${c.story}`;
    const block = blocks.get(key);
    if (block) block.push(c);
    else blocks.set(key, [c]);
  }
  const qualifies = (c: Candidate) => {
    if (found.has(c.line) || voiced.has(c.line)) return false;
    if (!c.apart && !(c.edge && bodySize > 0 && c.line.size <= SMALLER * bodySize)) return false;
    const parity = c.page % 2;
    if (!heights.some((h) => h.story === c.story && h.parity !== parity && Math.abs(h.baseline - c.line.baseline) <= SPOT)) return false;
    const same = candidates.filter((o) => o.key === c.key && o.story === c.story && Math.abs(o.line.baseline - c.line.baseline) <= 3);
    if (same.some((o) => o.page % 2 !== parity)) return false;
    const pages = new Set(same.map((o) => o.page));
    const steady = repeats(same);
    const on = steady.steady ? pages.size : steady.byText.get(lineText(c.line).toLowerCase())?.size ?? 0;
    return on >= Math.ceil(0.5 * ofParity(parity));
  };
  for (const block of blocks.values()) {
    const edgeBlock = block.filter((c) => !found.has(c.line) && (c.apart || c.edge));
    // A block opening the page from its edge goes whole or not at all (a header on two lines).
    const opening = edgeBlock.filter((c) => c.edge && !c.apart);
    if (opening.length && !opening.every(qualifies)) continue;
    for (const c of edgeBlock) if (qualifies(c)) out.push(c);
  }
  return out;
}

/**
 * Running headers (footers) pressed against the body at one of its own spacings (a LibreOffice
 * header of two 10 pt lines over a 1.5-spaced 12 pt body stands as far above it as its paragraphs
 * stand apart): the block of closely set lines opening a page from its edge (`edge`) is furniture
 * when each of its lines repeats at its height on enough pages (`repeated`) and is set smaller than
 * the body (SMALLER: a header's type, not a script line's; a speaker's name or a refrain in the
 * body's size opening every page stays a line). Pages whose block is other text (odd and even
 * pages' headers, a first page without one) are judged each by their own lines.
 */
function smallEdgeBlocks(candidates: Candidate[], bodySize: number, repeated: (c: Candidate) => boolean): Set<Line> {
  const found = new Set<Line>();
  if (!(bodySize > 0)) return found;
  const blocks = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.edge || c.apart) continue;
    const key = `${c.page}|${c.story}`;
    const block = blocks.get(key);
    if (block) block.push(c);
    else blocks.set(key, [c]);
  }
  for (const block of blocks.values()) {
    if (block.every((c) => c.line.size <= SMALLER * bodySize && repeated(c))) for (const c of block) found.add(c.line);
  }
  return found;
}

/**
 * Lines a tagged PDF marks as /Artifact (Line.artifact) standing above all of the page's other text
 * (a header) or below it (a footer): furniture by the producer's own word, on one page as on many
 * (a one-page script's footer, a first page's own footer repeat nowhere). Artifact lines among the
 * body's, or on a page with no other text, are read as text: a producer's marks are taken only where
 * furniture stands.
 */
function markedFurniture(p: PageLines): Map<Line, FurnitureStory> {
  const found = new Map<Line, FurnitureStory>();
  if (!p.lines.some((l) => l.artifact)) return found;
  let top = Infinity;
  let bottom = -Infinity;
  for (const l of p.lines) {
    if (l.artifact) continue;
    top = Math.min(top, l.baseline - l.size);
    bottom = Math.max(bottom, l.baseline);
  }
  for (const { table } of p.tables ?? []) {
    top = Math.min(top, table.box[1]);
    bottom = Math.max(bottom, table.box[3]);
  }
  if (top > bottom) return found;
  for (const l of p.lines) {
    if (!l.artifact) continue;
    if (l.baseline <= top) found.set(l, 'header');
    else if (l.baseline - l.size >= bottom) found.set(l, 'footer');
  }
  return found;
}

/** Lines this close (points) stand in one spot from page to page: their baselines, and their left or right ends. */
const SPOT = 1;

/**
 * Running headers and footers whose text changes from page to page (a WeasyPrint `string()` or a
 * LaTeX `\leftmark` header naming the page's scene; "Scene two ⇥ Harbour tour — draft 2"): lines
 * in one spot (the same baseline and the same left or right end) on `needed` pages or more, each
 * the outermost line of its page and set apart from the body (`outer`, `apart`). Such a line is
 * furniture when each of its pieces (parts set apart by a wide gap, judged separately) repeats in
 * that spot on `needed` pages, or repeats a line of the document set larger (the heading the
 * header names), or is a page number. A line set smaller than the body whose words change from page
 * to page is no header by its size alone: a music cue or a direction opening each page is set so
 * too. A line in a voice's colour (`voiced`) is a header only when it says a heading's words (or a
 * page number); else it is read, and returned in `voiced` to be said.
 */
function runningFurniture(pages: PageLines[], candidates: Candidate[], needed: number, voiced: ReadonlySet<Line>): { found: Map<Line, FurnitureStory>; voiced: Candidate[] } {
  const found = new Map<Line, FurnitureStory>();
  const kept: Candidate[] = [];
  const spots: Candidate[][] = [];
  for (const c of candidates) {
    const spot = spots.find(([first]) =>
      first.story === c.story && first.page !== c.page && Math.abs(first.line.baseline - c.line.baseline) <= SPOT &&
      (Math.abs(first.line.x0 - c.line.x0) <= SPOT || Math.abs(first.line.x1 - c.line.x1) <= SPOT),
    );
    if (spot && !spot.some((o) => o.page === c.page)) spot.push(c);
    else if (!spot) spots.push([c]);
  }
  // The document's other lines by text, with the largest size each is set in.
  let texts: Map<string, number> | null = null;
  for (const spot of spots) {
    if (spot.length < needed) continue;
    if (texts === null) {
      texts = new Map();
      const edge = new Set(candidates.map((c) => c.line));
      for (const p of pages) {
        for (const l of p.lines) {
          if (edge.has(l)) continue;
          const key = pieceKey(l.text);
          texts.set(key, Math.max(texts.get(key) ?? 0, l.size));
        }
      }
    }
    const pieces = spot.map((c) => c.line.text.split('\t').map(pieceKey).filter((t) => t !== ''));
    const onPages = new Map<string, number>();
    for (const list of pieces) for (const t of new Set(list)) onPages.set(t, (onPages.get(t) ?? 0) + 1);
    const known = texts;
    // A piece that changes is a heading's words when a line of the document says them in a larger
    // size (the heading itself): not a scene's name the script merely says again elsewhere.
    const heading = (t: string, size: number) => (known.get(t) ?? 0) > size + HEADING_STEP;
    const running = spot.filter((c, i) => pieces[i].length > 0 && pieces[i].every((t) => onPages.get(t)! >= needed || heading(t, c.line.size) || PAGE_NUMBER.test(t)));
    if (running.length < needed) continue;
    // In a voice's colour, only a heading's words (or a page number) make it a header: the same
    // words again in that colour may be the voice's line.
    const named = running.filter((c) => !voiced.has(c.line) || pieceKeys(c).every((t) => heading(t, c.line.size) || PAGE_NUMBER.test(t)));
    if (named.length < needed) {
      kept.push(...running.filter((c) => voiced.has(c.line)));
      continue;
    }
    for (const c of named) found.set(c.line, c.story);
    kept.push(...running.filter((c) => !named.includes(c)));
  }
  return { found, voiced: kept };
}

const pieceKeys = (c: Candidate) => c.line.text.split('\t').map(pieceKey).filter((t) => t !== '');

/**
 * What opens a section of a script: a numbered spot, screen, scene, module… ("SPOT 2 — :30",
 * "Screen 5", "Écran 3", "Scène 12", "Module IV") or a length (":30", "0:30", "30″", "30 s"). A line
 * pressed against the body on page after page that says so is a heading a page, not a running header.
 */
const SECTION_HEADING = /^(?:spot|screen|scene|sc[eè]ne|[ée]cran|module|chapter|chapitre|part|partie|lesson|le[çc]on|step|[ée]tape|slide|diapo(?:sitive)?|s[ée]quence|episode|[ée]pisode|question|quiz|track|piste|act|acte|section|unit|unit[ée]|kapitel|szene|escena|cap[íi]tulo|pantalla|bildschirm|folie|lektion|schritt|frage|teil)\.?\s*(?:#|n[°o]\.?\s*|no\.\s*)?(?:\d{1,4}[a-z]?|[ivx]{1,5})(?![\p{L}\p{N}])/iu;
const LENGTH = /(?:^|[\s—–\-(,|·/])(?:\d{1,2})?[:：][0-5]\d(?![\d:])|(?:^|[\s—–\-(,|·/])\d{1,3}\s?(?:″|''|’’|"|”|s|secs?|seconds?|secondes?|sek|sekunden)(?=$|[\s)\]—–\-,;/|·.])/iu;

const readsAsHeading = (text: string) => SECTION_HEADING.test(text) || LENGTH.test(text);

/** A heading is set at least this much larger (points) than the running header repeating it. */
const HEADING_STEP = 0.5;

/** A piece of a line as compared with others: trimmed, white space as single spaces, lower case. */
const pieceKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A line pressed against the body is furniture only in a size this much (a fraction) off the body's:
 * a header in Heading 1 (18 pt over 11 pt), not a speaker's name a point or two larger than the text.
 */
const OWN_SIZE = 0.25;

/**
 * On how many pages the lines of one key at one height (`same`) stand. The numbers masked in the
 * key must behave as a running header's do: each the same on every page, or the page's number
 * (plus a fixed offset: "Chapter 2 – page 14"), or one that changes seldom (a chapter's number,
 * the same over at least two pages at a time); then the group is `steady` and all its pages count.
 * Else (body lines that only look alike: "Sentence 26 of…", "Sentence 52 of…") only the pages where
 * the text is the same count (`byText`).
 */
function repeats(same: Candidate[]): { steady: boolean; pages: number; byText: Map<string, Set<number>> } {
  const pages = new Set(same.map((o) => o.page)).size;
  const count = same[0]?.numbers.length ?? 0;
  const steady = same.every((o) => o.numbers.length === count) && Array.from({ length: count }, (_, i) => i).every((i) => {
    const values = same.map((o) => ({ page: o.page, value: o.numbers[i] })).sort((a, b) => a.page - b.page);
    const constant = values.every((v) => v.value === values[0].value);
    const pageNumber = values.every((v) => v.value - v.page === values[0].value - values[0].page);
    const seldom = values.every((v, j) => j === 0 || v.value >= values[j - 1].value) && 2 * new Set(values.map((v) => v.value)).size <= pages;
    return constant || pageNumber || seldom;
  });
  const byText = new Map<string, Set<number>>();
  if (!steady) {
    for (const o of same) {
      const text = lineText(o.line).toLowerCase();
      const on = byText.get(text);
      if (on) on.add(o.page);
      else byText.set(text, new Set([o.page]));
    }
  }
  return { steady, pages, byText };
}

/**
 * The body's measures over the document: its usual size, and the spacings it keeps between
 * consecutive lines often enough to be its own (line pitch, the space between paragraphs). Only
 * lines away from the pages' edges are measured, so a header's gap is never taken for the body's
 * (for the size, every line when none is away from the edges).
 */
function bodyMeasures(pages: PageLines[]): { size: number; spacings: number[] } {
  const sizes: number[] = [];
  const gaps: number[] = [];
  for (const p of pages) {
    const inner = p.lines.filter((l) => l.baseline >= BAND * p.height && l.baseline <= (1 - BAND) * p.height).sort((a, b) => a.baseline - b.baseline);
    for (const l of inner) sizes.push(l.size);
    for (let i = 1; i < inner.length; i++) {
      const gap = inner[i].baseline - inner[i - 1].baseline;
      // Lines side by side (columns, a label and its text) are no spacing.
      if (gap > 0.3 * inner[i].size) gaps.push(gap);
    }
  }
  // Short pages whose every line lies in the outer bands (a screen or a spot a page): the size of all their lines.
  if (!sizes.length) for (const p of pages) for (const l of p.lines) sizes.push(l.size);
  const bySize = sortNumbers(sizes);
  const size = bySize.length ? bySize[Math.floor(bySize.length / 2)]! : 0;
  const sorted = sortNumbers(gaps);
  // A spacing is the body's when at least a tenth of the gaps (and two) are within SAME of it.
  const often = Math.max(2, Math.ceil(0.1 * sorted.length));
  const spacings: number[] = [];
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while (sorted[to]! - sorted[from]! > SAME) from++;
    if (to - from + 1 >= often && (spacings.length === 0 || sorted[to]! - spacings[spacings.length - 1]! > SAME)) spacings.push(sorted[to]!);
  }
  return { size, spacings };
}

/**
 * Numbers in ascending order, as `sort((a, b) => a - b)` puts them: through a Float64Array, whose
 * sort needs no call per comparison (a long script's tens of thousands of sizes and gaps), unless
 * one is no finite number, whose place the comparison decides otherwise.
 */
function sortNumbers(values: number[]): ArrayLike<number> {
  for (const v of values) if (!Number.isFinite(v)) return values.sort((a, b) => a - b);
  return Float64Array.from(values).sort();
}

/** Two spacings this close (points) are one: producers place lines to a hundredth of a point or so. */
const SAME = 0.6;

/**
 * What a browser prints around a page when its headers and footers are on (Chromium and Edge: the
 * date and the title at the top, the page's address and "1/2" at the bottom; Firefox and Safari
 * move them about). On a one-page script nothing repeats, so they are told apart by what they say:
 * at the page's edges, in one small size, the address of a web page or file and this page's number
 * out of the document's page count. When a page holds both, its edge lines in that size are the
 * browser's, not the script's. Body text never qualifies: edge lines stand apart from it (edgeLines),
 * and a browser prints them smaller than the page's text (a double-spaced script whose first line
 * stands apart at the top keeps it, whatever its footer says).
 */
function browserFurniture(pages: PageLines[], candidates: Candidate[], pageCount: number): Map<Line, FurnitureStory> {
  const found = new Map<Line, FurnitureStory>();
  const byPage = new Map<number, typeof candidates>();
  for (const c of candidates) {
    const list = byPage.get(c.page);
    if (list) list.push(c);
    else byPage.set(c.page, [c]);
  }
  for (const [page, edge] of byPage) {
    const counters = edge.filter((c) => {
      const m = COUNTER.exec(lineText(c.line));
      return m !== null && Number(m[1] ?? m[3]) === page && Number(m[2] ?? m[4]) === pageCount;
    });
    if (counters.length === 0) continue;
    // The size of the page's own text: the median of its other lines (none: nothing to compare).
    const onEdge = new Set(edge.map((c) => c.line));
    const sizes = pages.filter((p) => p.page === page).flatMap((p) => p.lines.filter((l) => !onEdge.has(l)).map((l) => l.size)).sort((a, b) => a - b);
    const textSize = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : Infinity;
    for (const counter of counters) {
      if (counter.line.size > SMALLER * textSize) continue;
      const sameSize = (c: { line: Line }) => Math.abs(c.line.size - counter.line.size) <= 0.5;
      if (!edge.some((c) => sameSize(c) && PRINTED_URL.test(lineText(c.line)))) continue;
      for (const c of edge) if (sameSize(c)) found.set(c.line, c.story);
    }
  }
  return found;
}

/**
 * The lines on the top (bottom) DEPTH baselines of the page that lie in the outer band, and whether
 * each stands apart from the next line inwards: by GAP times its size, and at none of the body's
 * own spacings (`spacings`): a line at the body's spacing continues its flow, so a double-spaced
 * script's first line is no header ("NARRATOR:" opening every page is a script line, not a running
 * header). Lines at close spacing among themselves within the band (a header set on two lines)
 * stand apart together when the last of them stands apart from what follows.
 */
function edgeLines(p: PageLines, story: FurnitureStory, body: { size: number; spacings: number[] }): { line: Line; apart: boolean; outer: boolean; edge: boolean }[] {
  const sign = story === 'header' ? 1 : -1;
  // Distance from the page edge, growing inwards.
  const depth = (l: Line) => (story === 'header' ? l.baseline : p.height - l.baseline);
  const sorted = [...p.lines].sort((a, b) => depth(a) - depth(b));
  const out: { line: Line; apart: boolean; outer: boolean; edge: boolean }[] = [];
  // Lines close to the next ones inwards: apart only if the block they open ends apart.
  const pending: Line[] = [];
  let levels = 0;
  // The level the pending block opened at (1: at the page's edge).
  let opened = 1;
  let i = 0;
  while (i < sorted.length && depth(sorted[i]) < BAND * p.height && levels < DEPTH) {
    if (pending.length === 0) opened = levels + 1;
    const level: Line[] = [];
    const at = sorted[i].baseline;
    while (i < sorted.length && Math.abs(sorted[i].baseline - at) <= 0.3 * sorted[i].size) level.push(sorted[i++]);
    const size = Math.max(...level.map((l) => l.size));
    const next = sorted[i];
    levels++;
    const gap = next ? sign * (next.baseline - at) : Infinity;
    if (gap < GAP * size) {
      pending.push(...level);
      continue;
    }
    // Pages whose text lies all within the bands (a spot or a screen a page: no spacing of the body
    // measured): a line below the outermost one, in the body's size and close to the next (a page's
    // first script line under its heading), is pressed against the body, not apart from it. Where
    // the body's spacings are known, they tell (a header set on two lines stands apart from them).
    const bodyLike = levels > 1 && body.spacings.length === 0 && body.size > 0 && size >= SMALLER * body.size && size <= (1 + OWN_SIZE) * body.size && gap < PRESSED * size;
    const apart = !bodyLike && !body.spacings.some((s) => Math.abs(gap - s) <= SAME);
    // Outermost: the page's first level of lines from its edge, nothing pending before it.
    const outer = levels === 1;
    const edge = opened === 1;
    for (const line of [...pending.splice(0), ...level]) out.push({ line, apart, outer, edge });
  }
  // A block still open at DEPTH: where it ends is not seen, so it opens nothing.
  for (const line of pending) out.push({ line, apart: false, outer: false, edge: false });
  return out;
}

/**
 * A one-page script's last line that may be its footer: alone on its baseline, in the page's bottom
 * margin (below the page's height less its top margin, page margins being mostly mirrored: Word's,
 * LibreOffice's), and far below the text (FOOTER_APART lines of its size). On one page nothing
 * repeats, so a footer in the body's type (a Word document's "Acme Logistics — narration script v3")
 * cannot be told from a last script line set apart: it is read, and said (assemble.ts). A bare page
 * number is no line either way, nor a line in black or grey, nor one in several colours (a key).
 */
export function footerLike(lines: readonly Line[], height: number): Line | undefined {
  if (lines.length < 3) return undefined;
  let last: Line | undefined, top = Infinity;
  for (const l of lines) {
    top = Math.min(top, l.baseline - l.size);
    if (!last || l.baseline > last.baseline) last = l;
  }
  if (!last || !(top > 0) || last.baseline - last.size < height - top) return undefined;
  let above = -Infinity;
  for (const l of lines) {
    if (l === last) continue;
    if (l.baseline > last.baseline - SAME_ROW * last.size) return undefined;
    above = Math.max(above, l.baseline);
  }
  if (last.baseline - above < FOOTER_APART * last.size || PAGE_NUMBER.test(lineText(last))) return undefined;
  // In one look, a colour's or a highlight's, as a footer is set: not black or grey on nothing (no
  // voice's, mostly: a footer so is left to the colours' reading), nor several (a colour key set
  // in the footer: read as the legend, no one's line).
  let look: string | undefined;
  for (const r of last.runs) {
    if (!/\S/u.test(r.text)) continue;
    const key = `${r.color}|${r.background ?? ''}`;
    if (look !== undefined && key !== look) return undefined;
    look = key;
  }
  const run = last.runs.find((r) => /\S/u.test(r.text));
  if (!run || (run.background === null && neutral(run.color))) return undefined;
  return last;
}

/** Black, white or a grey: its channels within NEUTRAL of one another. */
function neutral(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  if (!Number.isFinite(n)) return true;
  const r = (n >> 16) & 255, g = (n >> 8) & 255, b = n & 255;
  return Math.max(r, g, b) - Math.min(r, g, b) <= NEUTRAL;
}

/** Channels this close (of 255) make a neutral colour. */
const NEUTRAL = 16;

/** Lines (× its size) a last line stands below the text to be taken for a possible footer. */
const FOOTER_APART = 6;
/** Lines whose baselines are this close (× size) share a row. */
const SAME_ROW = 0.3;
