/**
 * The colours a script uses, and how a legend's entries are tied to them: colour words to the
 * used colour of their family ("blue" → the script's #2F5496), a swatch to the nearest used text
 * colour or background, a name written in colour to its own look. What cannot be tied to one used
 * colour is left open, for the trust checks (legend-trust.ts) to report.
 */
import type { Hex, Paragraph, Script } from '../model.js';
import { countWords, hasWord } from '../text/words.js';
import { familiesOf, type ColourPhrase } from './colour-words.js';
import { deltaE } from '../colour/distance.js';
import { plainName } from '../colour/names.js';
import { headingKeys, headingParagraphs, locationKey } from '../text/headings.js';
import { decorationFills } from './fills-under-colours.js';

export interface Look {
  color: Hex;
  background: Hex | null;
}

export const lookKey = (look: Look) => `${look.color}/${look.background ?? ''}`;

/** A colour as a legend means it: a text colour, or a background (highlight, shading). */
export interface LegendColour {
  hex: Hex;
  background: boolean;
}

export const sameColour = (a: LegendColour, b: LegendColour, tolerance: number) => a.background === b.background && deltaE(a.hex, b.hex) <= tolerance;

/** Words per look, over the whole script and per paragraph, counted once per script. */
interface LookIndex {
  totals: Map<string, number>;
  /** By paragraph, as `story:number` (locationKey): numbers repeat across stories (a PDF's headers). */
  byParagraph: Map<string, Map<string, number>>;
  /** Paragraphs (by locationKey) that are headings: a heading style or outline level, or larger type (PDF). */
  headings: ReadonlySet<string>;
  /** Words per look outside those headings. */
  bodyTotals: Map<string, number>;
}

const lookIndexes = new WeakMap<Script, LookIndex>();

function lookIndex(script: Script): LookIndex {
  let index = lookIndexes.get(script);
  if (!index) {
    index = { totals: new Map(), byParagraph: new Map(), headings: headingKeys(script.paragraphs), bodyTotals: new Map() };
    const headings = headingParagraphs(script.paragraphs);
    for (const paragraph of script.paragraphs) {
      const number = locationKey(paragraph.location);
      const heading = headings.has(paragraph);
      const own = index.byParagraph.get(number) ?? new Map<string, number>();
      for (const run of paragraph.runs) {
        if (!hasWord(run.text)) continue;
        const key = lookKey(run);
        const words = countWords(run.text);
        own.set(key, (own.get(key) ?? 0) + words);
        index.totals.set(key, (index.totals.get(key) ?? 0) + words);
        if (!heading) index.bodyTotals.set(key, (index.bodyTotals.get(key) ?? 0) + words);
      }
      index.byParagraph.set(number, own);
    }
    lookIndexes.set(script, index);
  }
  return index;
}

/** The colours of the script outside some paragraphs (the legend's): text colours and backgrounds, with their words. */
export interface Palette {
  text: Map<Hex, number>;
  background: Map<Hex, number>;
  /** The text colours and backgrounds that colour words outside headings. */
  bodyText: Set<Hex>;
  bodyBackground: Set<Hex>;
  /** Backgrounds that are only ever a table's banded rows (table-bands.ts), or lie under several colours' lines (fills-under-colours.ts): decoration, not coding. */
  banded: ReadonlySet<Hex>;
}

/** `except`: paragraphs left out, by locationKey (a legend's: legendKeys). */
export function paletteOf(script: Script, except: ReadonlySet<string>): Palette {
  const { totals, byParagraph, headings, bodyTotals } = lookIndex(script);
  const words = new Map(totals);
  const inBody = new Map(bodyTotals);
  for (const paragraph of except) {
    for (const [key, count] of byParagraph.get(paragraph) ?? []) {
      words.set(key, words.get(key)! - count);
      if (!headings.has(paragraph)) inBody.set(key, (inBody.get(key) ?? 0) - count);
    }
  }
  const palette: Palette = { text: new Map(), background: new Map(), bodyText: new Set(), bodyBackground: new Set(), banded: decorationFills(script) };
  for (const [key, count] of words) {
    if (count <= 0) continue;
    const [color, background] = key.split('/') as [Hex, string];
    palette.text.set(color, (palette.text.get(color) ?? 0) + count);
    if (background) palette.background.set(background, (palette.background.get(background) ?? 0) + count);
    if ((inBody.get(key) ?? 0) <= 0) continue;
    palette.bodyText.add(color);
    if (background) palette.bodyBackground.add(background as Hex);
  }
  return palette;
}

/** Whether any text of the script (outside the legend) has this colour, within the tolerance. */
export function isUsed(palette: Palette, colour: LegendColour, tolerance: number): boolean {
  for (const hex of (colour.background ? palette.background : palette.text).keys()) if (deltaE(hex, colour.hex) <= tolerance) return true;
  return false;
}

/** The used colour nearest to `hex`, of either kind, within the tolerance (on a tie, the one with more words). */
export function nearestUsed(palette: Palette, hex: Hex, tolerance: number): LegendColour | null {
  let best: (LegendColour & { distance: number; words: number }) | null = null;
  for (const background of [true, false]) {
    for (const [used, words] of background ? palette.background : palette.text) {
      const distance = deltaE(hex, used);
      if (distance > tolerance) continue;
      if (!best || distance < best.distance || (distance === best.distance && words > best.words)) best = { hex: used, background, distance, words };
    }
  }
  return best && { hex: best.hex, background: best.background };
}

/** The text colour most words have outside backgrounds in these paragraphs: what "not coloured" means here. */
export function mostCommonTextColour(paragraphs: readonly Paragraph[]): Hex | null {
  const words = new Map<Hex, number>();
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) if (!run.background && hasWord(run.text)) words.set(run.color, (words.get(run.color) ?? 0) + countWords(run.text));
  }
  let best: Hex | null = null;
  for (const [hex, count] of words) if (best === null || count > words.get(best)!) best = hex;
  return best;
}

/** A hex code in words fits the used colours this near to it. */
const HEX_WORDS_MATCH = 10;
/** Without a family match, colour words still fit a used colour this near their reference. */
const NEAR_WORDS_MATCH = 12;
/** Of two used colours that fit the same words, the nearer wins only by this much (CIEDE2000). */
const CLEAR_MARGIN = 8;
/**
 * A bare colour word ("blue") has no shade to measure by: of several used colours of its family,
 * the nearer wins only when it is the word's own reference (Word's "Blue" #0070C0) this near, and
 * holds the most words of them.
 */
const BARE_EXACT = 2;
/**
 * Of a bare colour word's used colours that vo-lines names alike (`green` #00B050 and `green` #70AD47), the word's own is
 * no clear choice when another holds this share of its words or more (a link's few words in #0563C1 `blue` beside the
 * voice's #0070C0 `blue` do not make "blue" doubtful: they are said as no voice's colour).
 */
const SAME_NAME_SHARE = 0.2;
/** Two used colours named alike this near (CIEDE2000) are one colour to a reader's eye (Word's Green #00B050 and Green, Accent 6 #70AD47: 9.0). */
const LOOK_ALIKE = 12;

/** Whether `other`, a candidate beside `first`, is a shade of it a reader takes for the same colour, holding a share of its words. */
function lookAlike(other: Candidate, first: Candidate): boolean {
  return other.background === first.background && other.words >= SAME_NAME_SHARE * first.words && plainName(other.hex) === plainName(first.hex) && deltaE(other.hex, first.hex) <= LOOK_ALIKE;
}

interface Candidate extends LegendColour {
  distance: number;
  /** The words of the script (outside the legend) in this colour. */
  words: number;
}

/** Used colours that colour words may mean, nearest to their reference first. */
function candidatesFor(phrase: ColourPhrase, palette: Palette): Candidate[] {
  const kinds = phrase.kind === 'background' ? [true] : phrase.kind === 'text' ? [false] : [false, true];
  const fitting: Candidate[] = [];
  const near: Candidate[] = [];
  for (const background of kinds) {
    for (const [hex, words] of background ? palette.background : palette.text) {
      const distance = deltaE(phrase.hex, hex);
      const candidate = { hex, background, distance, words };
      if (phrase.families.length === 0) {
        if (distance <= HEX_WORDS_MATCH) fitting.push(candidate);
      } else if (phrase.families.some((f) => familiesOf(hex).has(f))) fitting.push(candidate);
      else if (distance <= NEAR_WORDS_MATCH) near.push(candidate);
    }
  }
  // A colour seen only in headings (Word's blue "Heading 1", a title set large) is a legend's colour
  // only when no colour of the script's lines fits the words: "blue" is the narrator's blue.
  const inBody = (c: Candidate) => (c.background ? palette.bodyBackground : palette.bodyText).has(c.hex);
  const lines = (list: Candidate[]) => (list.some(inBody) ? list.filter(inBody) : list);
  // So is a table's banded rows' fill (or a page's colour): the colour of a line, when one fits, is what "blue" means.
  const coding = (c: Candidate) => !(c.background && palette.banded.has(c.hex));
  const notBands = (list: Candidate[]) => (list.some(coding) ? list.filter(coding) : list);
  return notBands(fitting.length ? lines(fitting) : lines(near)).sort((a, b) => a.distance - b.distance);
}

export interface WordsMatch {
  colour: LegendColour | null;
  /** Used colours the words fit equally well (when `colour` is null and there are several). */
  candidates: Hex[];
}

/**
 * Ties each entry's colour words to one colour the script uses. Entries with the same words get the
 * same colour; an entry whose words fit several used colours loses those another entry (with other
 * words) has taken for sure — "blue" and "light blue" in one legend mean two different blues.
 */
export function matchWords(phrases: readonly { words: string; phrase: ColourPhrase }[], palette: Palette): WordsMatch[] {
  const key = (words: string) => words.toLowerCase().replace(/\s+/g, ' ').trim();
  const groups = new Map<string, { phrase: ColourPhrase; candidates: Candidate[]; chosen: Candidate | null }>();
  for (const { words, phrase } of phrases) {
    if (!groups.has(key(words))) groups.set(key(words), { phrase, candidates: candidatesFor(phrase, palette), chosen: null });
  }
  const open = () => [...groups.values()].filter((g) => g.chosen === null && g.candidates.length > 0);
  const taken = (group: { chosen: Candidate | null }) =>
    [...groups.values()].filter((g) => g !== group && g.chosen).map((g) => g.chosen!) as Candidate[];
  for (;;) {
    let changed = false;
    for (const group of open()) {
      const others = taken(group);
      const left = group.candidates.filter((c) => !others.some((t) => t.hex === c.hex && t.background === c.background));
      if (left.length > 0 && left.length < group.candidates.length) {
        group.candidates = left;
        changed = true;
      }
      if (group.candidates.length === 1) {
        group.chosen = group.candidates[0]!;
        changed = true;
      }
    }
    if (changed) continue;
    // No certain choice left: take the clearest nearest-by-distance choice, then look again.
    let clearest: { group: (typeof groups extends Map<string, infer G> ? G : never); margin: number } | null = null;
    for (const group of open()) {
      const [first, second] = group.candidates;
      const margin = second ? second.distance - first!.distance : Infinity;
      // "blue" over #2F5496 and #0000FF: nearer to Word's Blue is no reason to pick either. Nor is being
      // the word's own colour when another of its family holds more words: "red" over a one-line note
      // in #FF0000 and the narrator's 40 words in Word's Dark Red #C00000.
      if (second && group.phrase.bare && (first!.distance > BARE_EXACT || group.candidates.some((c) => c.words > first!.words))) continue;
      // Nor when another of its family looks like it — named as it is, a shade a reader does not tell from it — and holds a
      // share of the words: "green" over Word's Green #00B050 and its "Green, Accent 6" #70AD47 (a voice's lines pasted from
      // another document): which one, or both, is not for vo-lines to guess.
      if (second && group.phrase.bare && group.candidates.some((c) => c !== first && lookAlike(c, first!))) continue;
      if (margin >= CLEAR_MARGIN && (!clearest || margin > clearest.margin)) clearest = { group, margin };
    }
    if (!clearest) break;
    clearest.group.chosen = clearest.group.candidates[0]!;
  }
  return phrases.map(({ words }) => {
    const group = groups.get(key(words))!;
    if (group.chosen) return { colour: { hex: group.chosen.hex, background: group.chosen.background }, candidates: [] };
    return { colour: null, candidates: group.candidates.map((c) => c.hex) };
  });
}
