/**
 * Whose words are cut off at a PDF page's edge. The reader says that lines run off the page (or a
 * clip) and what lies past the edge is not read (`text-off-page`, readers/pdf/off-page.ts): how many
 * lines, where the first is, the colours of the text not shown, and each line cut with its paragraph
 * (details `cut`). It knows no voice. Once the script is cast, the warning names the voices that lose
 * words, and the paragraphs and pages of their lines cut: a narrator reads "Expert's lines are cut at
 * the page's right edge on page 1 (12 lines: p.1 ¶5 (table 1, row 2, col 4)…)", not a list of colours
 * (the paragraphs' places as every warning's place is written: text/format.ts `formatLocation`; the
 * details' `places` are their locations).
 *
 * A line read in part is its voice's when the text past the edge has the colour of the line's end (the
 * text goes on as it was: a voice told by its highlight, its style or a speaker's label keeps its
 * line); text past the edge in another colour, and a row not read at all, are the voice of that
 * colour by the voice map (or the colour group of that colour), else unassigned ("text in no voice's
 * colour"). The reader's `cut` list is left out of the warning then (`voices` says it).
 */
import { deltaE } from '../colour/distance.js';
import { DEFAULT_TOLERANCE } from '../config/settings.js';
import type { VoiceSpec } from '../config/voice-map.js';
import type { Hex, Location, Warning } from '../model.js';
import { count, formatLocation, listOf, pagesText, plural } from '../text/format.js';
import { offPageFacts, offPageMessage } from '../text/off-page.js';
import type { Casting, Line } from './cast.js';
import { UNASSIGNED } from './voices.js';

/** A line cut as the reader lists it (readers/pdf/off-page.ts CutDetail). */
interface Cut {
  page: number;
  paragraph: number | null;
  text: string;
  colours: Hex[];
  side?: string;
}

/** The voices of the cut text, in the warning's details (`voices`). */
export interface CutVoice {
  /** The voice's name, or `unassigned` for text in no voice's colour. */
  name: string;
  /** Lines of that voice cut. */
  lines: number;
  pages: number[];
  /** The paragraphs holding them (those read). */
  paragraphs: number[];
  /** Where those paragraphs are (page, table cell, story), in the order of `paragraphs`: what the sentence names. */
  places: Location[];
}

/** Paragraphs named in a message per voice, at most. */
const SHOWN = 5;
/** Characters of a cut line's end looked for in the casting's lines (its paragraph's). */
const TAIL = 24;

const isCut = (c: unknown): c is Cut => {
  const o = c as Cut | null;
  return typeof o === 'object' && o !== null && typeof o.page === 'number' && typeof o.text === 'string' && Array.isArray(o.colours);
};

/**
 * The script's warnings with its `text-off-page` warning naming the voices of the cut text, or null
 * when there is none to name (no such warning, or one named already).
 */
export function cutTextVoices(casting: Casting): Warning[] | null {
  const warnings = casting.script.warnings;
  const at = warnings.findIndex((w) => w.code === 'text-off-page' && Array.isArray(w.details?.cut));
  if (at < 0) return null;
  const warning = warnings[at]!;
  const cuts = (warning.details!.cut as unknown[]).filter(isCut);
  const tolerance = casting.voiceMap?.tolerance ?? DEFAULT_TOLERANCE;
  // The voices told by their colour: the map's, else the colour groups.
  const voices: readonly VoiceSpec[] = casting.mode === 'colours' ? casting.voices : (casting.voiceMap?.voices ?? casting.voices);
  const locations = new Map<number, Location>();
  for (const paragraph of casting.script.paragraphs) locations.set(paragraph.location.paragraph, paragraph.location);
  const placeOf = (n: number): string => {
    const location = locations.get(n);
    return location ? formatLocation(location) : `¶${n}`;
  };
  const byParagraph = new Map<number, Line[]>();
  for (const line of casting.lines) {
    const n = line.location.paragraph;
    const list = byParagraph.get(n);
    if (list) list.push(line);
    else byParagraph.set(n, [line]);
  }
  const found = new Map<string | null, { lines: number; pages: Set<number>; paragraphs: Set<number>; sides: Set<string> }>();
  for (const cut of cuts) {
    const line = cut.paragraph === null ? undefined : lineHolding(byParagraph.get(cut.paragraph), cut.text);
    const names = new Set<string | null>();
    for (const colour of cut.colours) names.add(voiceOf(colour, line, voices, tolerance));
    if (!names.size) names.add(line ? line.voice : null);
    for (const name of names) {
      let entry = found.get(name);
      if (!entry) found.set(name, (entry = { lines: 0, pages: new Set(), paragraphs: new Set(), sides: new Set() }));
      entry.lines++;
      entry.pages.add(cut.page);
      if (cut.paragraph !== null) entry.paragraphs.add(cut.paragraph);
      if (cut.side) entry.sides.add(cut.side);
    }
  }
  if (!found.size) return null;
  // Most lines first; a tie in the voices' order, text of no voice last.
  const order = casting.voices.map((v) => v.name);
  const rank = (name: string | null) => (name === null ? Infinity : order.indexOf(name) < 0 ? order.length : order.indexOf(name));
  const sorted = [...found].sort((a, b) => b[1].lines - a[1].lines || rank(a[0]) - rank(b[0]));
  const edge = warning.details!.edge === 'clip' ? 'clip' : 'page';
  const clauses = sorted.map(([name, e]) => {
    const pages = [...e.pages].sort((a, b) => a - b);
    const paragraphs = [...e.paragraphs].sort((a, b) => a - b);
    const one = e.lines === 1;
    const sides = [...e.sides];
    const where = edge === 'clip' ? `at the edge of the box ${one ? 'it is' : 'they are'} drawn in` : sides.length ? `at the page's ${listOf(sides, 'and')} edge${sides.length > 1 ? 's' : ''}` : "at the page's edge";
    // Each paragraph where the other warnings put it: `p.1 ¶5 (table 1, row 2, col 4)`.
    const shown = paragraphs.slice(0, SHOWN).map((p) => placeOf(p));
    const which = `${plural(e.lines, 'line')}${shown.length ? `: ${shown.join(', ')}${paragraphs.length > SHOWN ? '…' : ''}` : ''}`;
    const who = name === null ? "text in no voice's colour is cut" : `${name}'s ${one ? 'line is' : 'lines are'} cut`;
    return `${who} ${where} on ${pagesText(pages)} (${which})`;
  });
  const named = sorted.map(([name]) => name).filter((n): n is string => n !== null);
  const short = named.length === 0 ? 'the count of the unassigned text may be short' : named.length === 1 ? `${named[0]}'s word count may be short` : `the word counts of ${listOf(named, 'and')} may be short`;
  const sentence = clauses.join('; ');
  const details: Record<string, unknown> = { ...warning.details };
  delete details.cut;
  details.voices = sorted.map(([name, e]): CutVoice => {
    const paragraphs = [...e.paragraphs].sort((a, b) => a - b);
    const places = paragraphs.map((p) => locations.get(p) ?? { story: 'body' as const, paragraph: p });
    return { name: name ?? UNASSIGNED, lines: e.lines, pages: [...e.pages].sort((a, b) => a - b), paragraphs, places };
  });
  const n = typeof details.lines === 'number' ? details.lines : cuts.length;
  // The reader's sentence written again from its details (text/off-page.ts), the voices in it.
  const facts = offPageFacts(warning.details);
  const message = facts ? offPageMessage(facts, `${sentence}: ${short}${cuts.length < n ? ` (${count(n - cuts.length)} more lines cut not named)` : ''}`) : warning.message;
  const renamed: Warning = { ...warning, message, details };
  const out = warnings.slice();
  out[at] = renamed;
  return out;
}

/** The casting's line of a paragraph holding a cut line's end (spaces aside), if one does. */
function lineHolding(lines: readonly Line[] | undefined, text: string): Line | undefined {
  if (!lines?.length) return undefined;
  const flat = text.replace(/\s+/gu, '');
  if (!flat) return undefined;
  const tail = flat.slice(-TAIL);
  for (const line of lines) if (line.text.replace(/\s+/gu, '').includes(tail)) return line;
  // A cut line across two of the casting's lines (a voice's words inside another's sentence): the one holding its last word.
  const last = text.trim().split(/\s+/u).pop() ?? '';
  for (let i = lines.length - 1; i >= 0; i--) if (last && lines[i]!.text.includes(last)) return lines[i];
  return undefined;
}

/** The voice of text in `colour` past the edge of `line` (null: none). */
function voiceOf(colour: Hex, line: Line | undefined, voices: readonly VoiceSpec[], tolerance: number): string | null {
  // The text goes on in the look of the line's end: the line's voice, however it was told.
  if (line) {
    const end = line.looks[line.looks.length - 1]?.color ?? line.color;
    if (deltaE(end, colour) <= tolerance || line.looks.some((l) => deltaE(l.color, colour) <= tolerance)) return line.voice;
  }
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const voice of voices) {
    for (const hex of voice.colors) {
      const d = deltaE(hex, colour);
      if (d > tolerance || d > bestDistance) continue;
      if (d < bestDistance) {
        bestDistance = d;
        best = voice.name;
        tie = false;
      } else if (voice.name !== best) tie = true;
    }
  }
  return tie ? null : best;
}
