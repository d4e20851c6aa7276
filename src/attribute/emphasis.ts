/**
 * Voices told apart by emphasis, not colour: some scripts set one voice's lines in italics (or bold,
 * or another font) and the other's upright, all in one colour. vo-lines reads voices from colours
 * only, so it would count both as one voice: a confident wrong answer. It is said instead
 * (`emphasis-coded`), for the lines of each voice (or colour group) on their own.
 *
 * The rule, for one key's lines: paragraphs of body text (no heading by style, outline level or
 * size) read as sentences — five words or more, ending as a sentence ends — are wholly in one emphasis
 * (every letter of them, directions in brackets aside), or wholly not; at least two of each, the fewer
 * at least a tenth of them, and the two kinds alternating (three changes or more in reading order, so
 * a quoted letter in italics, one block, is not it). Not when one side's paragraphs are each the last
 * (or each the first) of the key's in their sections, in two sections or more (a legal line in italics
 * closing each spot, read by the spot's announcer, is a tag, not a voice answering), nor when every one
 * of them opens with a speaker's label (the labels say who speaks). A paragraph partly emphasised (a
 * word stressed, a quotation, an italic "(laughs)") is neither. Five words: stage directions and
 * instructions between lines ("Slowly, warmly.", "With a smile.", "(Pause.)") are shorter, and a title
 * rarely ends as a sentence does.
 */
import type { Location, Paragraph, Run, Script, Warning } from '../model.js';
import { headingsByForm, locationKey } from '../text/headings.js';
import { openingLabel } from '../text/speaker-label.js';
import { isLetterOrDigitAt } from '../text/words.js';
import { count, plural, shortText } from '../text/format.js';
import type { Casting, Line } from './cast.js';

/** Words of a paragraph read as a sentence, at least. */
export const SENTENCE_WORDS = 5;
/** Paragraphs of each kind, at least. */
const EACH = 2;
/** The fewer kind is this share of the paragraphs judged, at least. */
const SHARE = 0.1;
/** Changes from one kind to the other in reading order, at least: E P E P. */
const CHANGES = 3;

export type EmphasisKind = 'italic' | 'bold' | 'font';

/** How a paragraph's letters stand: all in the emphasis, none, or some (null). */
interface Judged {
  lines: Line[];
  words: number;
  /** The section it stands in: the headings before it (text/headings.ts). */
  section: number;
  /** The last (first) paragraph of its key's in its section, the section holding three of them or more. */
  closes: boolean;
  opens: boolean;
  italic: boolean | null;
  bold: boolean | null;
  /** The one font of all its letters; null: several, or none known. */
  font: string | null;
}

/** Letters and digits of each look of a paragraph, outside brackets (directions: "(laughs)"). */
function judge(runs: readonly Run[]): Pick<Judged, 'italic' | 'bold' | 'font'> | null {
  // Runs all of one look (most paragraphs): no letter need be counted.
  const first = runs[0];
  if (first && runs.every((r) => r.italic === first.italic && r.bold === first.bold && r.font === first.font)) {
    return { italic: first.italic === true, bold: first.bold === true, font: first.font ?? null };
  }
  let letters = 0, italic = 0, bold = 0;
  let font: string | undefined | null;
  let depth = 0;
  for (const run of runs) {
    const text = run.text;
    let here = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x28 || c === 0x5b) depth++;
      else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
      else if (depth === 0 && isLetterOrDigitAt(text, i, c)) here++;
    }
    if (here === 0) continue;
    letters += here;
    if (run.italic) italic += here;
    if (run.bold) bold += here;
    if (font === undefined) font = run.font ?? null;
    else if (font !== (run.font ?? null)) font = null;
  }
  if (letters === 0) return null;
  const whole = (n: number) => (n === letters ? true : n === 0 ? false : null);
  return { italic: whole(italic), bold: whole(bold), font: font ?? null };
}

interface Side {
  lines: number;
  words: number;
  first: string;
  font?: string;
}

export interface EmphasisFinding {
  kind: EmphasisKind;
  /** The voice's or colour group's name; null for unassigned text. */
  voice: string | null;
  emphasised: Side;
  plain: Side;
  location: Line['location'];
}

const sideOf = (units: readonly Judged[], font?: string): Side => {
  const side: Side = { lines: 0, words: 0, first: units[0]!.lines[0]!.text };
  for (const unit of units) {
    side.lines += unit.lines.length;
    side.words += unit.words;
  }
  if (font !== undefined) side.font = font;
  return side;
};

/** The paragraph's first line opens with a speaker's label, as the casting reads one (text/speaker-label.ts). */
const labelled = (unit: Judged) => openingLabel(unit.lines[0]!.text) !== null;

/** A section holds this many paragraphs of a key's, at least, for where one stands among them to tell anything. */
const TAG_SECTION = 3;

/**
 * Whether two sets of paragraphs, in reading order, alternate enough to be two voices' lines. Not when
 * one side's paragraphs each close their section (or each open it), in two sections or more: that is
 * a tag of each section (a commercial's legal line in italics after each spot, read by its announcer),
 * not a voice answering another.
 */
function alternating(units: readonly Judged[], isEmphasised: (unit: Judged) => boolean | null): { emphasised: Judged[]; plain: Judged[] } | null {
  const emphasised: Judged[] = [];
  const plain: Judged[] = [];
  let changes = 0;
  let last: boolean | null = null;
  for (const unit of units) {
    const is = isEmphasised(unit);
    if (is === null) continue;
    (is ? emphasised : plain).push(unit);
    if (last !== null && is !== last) changes++;
    last = is;
  }
  const fewer = Math.min(emphasised.length, plain.length);
  if (fewer < EACH || fewer < SHARE * (emphasised.length + plain.length) || changes < CHANGES) return null;
  // Every line opening with a speaker's label (MARIE : …): the labels say who speaks (speaker-labels.ts).
  if (emphasised.every(labelled) && plain.every(labelled)) return null;
  const sections = (side: readonly Judged[]) => new Set(side.map((u) => u.section)).size;
  for (const side of [emphasised, plain]) if (sections(side) >= 2 && (side.every((u) => u.closes) || side.every((u) => u.opens))) return null;
  return { emphasised, plain };
}

/** Whether any run of the script differs from another in emphasis (italics, bold, a font): else nothing can be said. */
export function mayBeEmphasisCoded(script: Pick<Script, 'paragraphs'>): boolean {
  let font: string | undefined | null = null;
  for (const p of script.paragraphs) {
    for (const run of p.runs) {
      if (run.italic || run.bold || (font !== null && run.font !== font)) return true;
      font = run.font;
    }
  }
  return false;
}

/**
 * The paragraphs that are headings by their form: an outline level or a heading style (DOCX), type
 * larger than the body's (PDF): text/headings.ts `headingsByForm`, the body's size told by characters
 * (counting words took a third of this rule's time), without header rows (a few words a cell are no
 * sentence anyway).
 */
const headingsOf = (paragraphs: readonly Paragraph[]) => headingsByForm(paragraphs, (text) => text.length);

/** Whether a line ends as a sentence ends: its last mark, closing quotes and brackets and spaces aside. */
function endsSentence(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (CLOSING.has(c) || c === ' ' || c === '\t' || c === '\u00A0') continue;
    return ENDS.has(c);
  }
  return false;
}
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']', '\u202F']);
const ENDS = new Set(['.', '!', '?', '…', ';', '。', '！', '？']);

/** What each key's lines show, when they are told apart by emphasis (at most one finding per key). */
function emphasisFindings(casting: Pick<Casting, 'script' | 'lines'>): EmphasisFinding[] {
  // Nothing to tell apart when every run has one look (no italics, no bold, one font or none known).
  if (!mayBeEmphasisCoded(casting.script)) return [];
  const headings = headingsOf(casting.script.paragraphs);
  // Each paragraph, and the section it is in (headings before it), by its location (the object a
  // line shares with it; by its key for a line that has its own copy).
  interface Place { paragraph: Paragraph; section: number }
  const places = new Map<Location, Place>();
  let byKey: Map<string, Place> | undefined;
  let section = 0;
  for (const p of casting.script.paragraphs) {
    if (headings.has(p)) section++;
    places.set(p.location, { paragraph: p, section });
  }
  const placeOf = (location: Location): Place | undefined => {
    const found = places.get(location);
    if (found) return found;
    if (!byKey) {
      byKey = new Map();
      for (const place of places.values()) byKey.set(locationKey(place.paragraph.location), place);
    }
    return byKey.get(locationKey(location));
  };
  // Each paragraph's lines, when they are all one key's; and each key's paragraphs in each section, in order.
  const byParagraph = new Map<Place, { key: string | null; lines: Line[]; mixed: boolean }>();
  const inSections = new Map<string | null, Map<number, Place[]>>();
  for (const line of casting.lines) {
    const place = placeOf(line.location);
    if (!place) continue;
    const found = byParagraph.get(place);
    if (!found) byParagraph.set(place, { key: line.voice, lines: [line], mixed: false });
    else {
      found.lines.push(line);
      if (found.key !== line.voice) found.mixed = true;
    }
    let sections = inSections.get(line.voice);
    if (!sections) inSections.set(line.voice, (sections = new Map()));
    let order = sections.get(place.section);
    if (!order) sections.set(place.section, (order = []));
    if (order[order.length - 1] !== place) order.push(place);
  }
  const byVoice = new Map<string | null, Judged[]>();
  for (const [place, { key: voice, lines, mixed }] of byParagraph) {
    if (mixed || headings.has(place.paragraph)) continue;
    let words = 0;
    for (const line of lines) words += line.words;
    if (words < SENTENCE_WORDS || !endsSentence(lines[lines.length - 1]!.text)) continue;
    const judged = judge(place.paragraph.runs);
    if (!judged) continue;
    let units = byVoice.get(voice);
    if (!units) byVoice.set(voice, (units = []));
    const order = inSections.get(voice)!.get(place.section)!;
    const told = order.length >= TAG_SECTION;
    units.push({ lines, words, section: place.section, closes: told && order[order.length - 1] === place, opens: told && order[0] === place, ...judged });
  }
  const findings: EmphasisFinding[] = [];
  for (const [voice, units] of byVoice) {
    if (units.length < 2 * EACH) continue;
    const found = (kind: EmphasisKind, sets: { emphasised: Judged[]; plain: Judged[] } | null, fonts?: [string, string]): boolean => {
      if (!sets) return false;
      findings.push({ kind, voice, emphasised: sideOf(sets.emphasised, fonts?.[0]), plain: sideOf(sets.plain, fonts?.[1]), location: sets.emphasised[0]!.lines[0]!.location });
      return true;
    };
    if (found('italic', alternating(units, (u) => u.italic))) continue;
    if (found('bold', alternating(units, (u) => u.bold))) continue;
    // Fonts: the body's is the one with most words; another font wholly set in paragraphs that alternate with it.
    const words = new Map<string, number>();
    for (const unit of units) if (unit.font !== null) words.set(unit.font, (words.get(unit.font) ?? 0) + unit.words);
    if (words.size < 2) continue;
    const ranked = [...words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const body = ranked[0]![0];
    for (const [other] of ranked.slice(1)) {
      const sets = alternating(units, (u) => (u.font === other ? true : u.font === body ? false : null));
      if (found('font', sets, [other, body])) break;
    }
  }
  return findings;
}

/** How a kind of emphasis reads in a sentence: "in italics", "in bold", "in Liberation Mono". */
const inKind = (kind: EmphasisKind, font?: string) => (kind === 'italic' ? 'in italics' : kind === 'bold' ? 'in bold' : `in ${font}`);
const KIND_NAME: Record<EmphasisKind, string> = { italic: 'italics', bold: 'bold', font: 'a font' };

/** The `emphasis-coded` warnings of a casting. */
export function emphasisWarnings(casting: Pick<Casting, 'script' | 'lines' | 'mode'>): Warning[] {
  return emphasisFindings(casting).map((f) => {
    const whose = f.voice === null ? 'Unassigned lines' : casting.mode === 'colours' ? `Lines in one colour (${f.voice})` : `Lines of the voice "${f.voice}"`;
    const [e, p] = [f.emphasised, f.plain];
    const rest = f.kind === 'font' ? `${inKind('font', p.font)}` : 'are not';
    return {
      code: 'emphasis-coded',
      message:
        `${whose} may be two voices told apart by ${KIND_NAME[f.kind]}: ${plural(e.lines, 'line')} (${plural(e.words, 'word')}) are wholly ${inKind(f.kind, e.font)}, from ${shortText(e.first)}, ` +
        `and ${count(p.lines)} (${plural(p.words, 'word')}) ${rest}, from ${shortText(p.first)}, alternating. ` +
        `vo-lines reads colours only and counts them as one: count the lines by hand or colour them.`,
      location: f.location,
      details: { kind: f.kind, ...(e.font !== undefined ? { font: e.font } : {}), voice: f.voice, emphasised: { ...e }, plain: { ...p } },
    };
  });
}
