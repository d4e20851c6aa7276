/**
 * Legend detection: scripts often open with a key to their colours, after a title block, a client
 * line and a version line. The shapes people write (legend-shapes.ts):
 *  - names written in their own colour or highlight, on one line after a heading word ("Cast: HOST
 *    GUEST TAG (plain text is not recorded)") or one per paragraph under it ("Voix :" / "Narratrice"…);
 *  - names with their colour in words: "Narrator = dark grey; Coach = blue", "VO1 (yellow) / VO2
 *    (turquoise)", "NARRATEUR – gris foncé", one or several per line;
 *  - a table of names and colours: in words, as the name's own colour, or as a swatch beside it.
 * Entries meaning "not recorded" declare unassigned colours, never voices. Each entry is tied to a
 * colour the script uses (legend-palette.ts); whether the legend may become the voice map is decided
 * by the trust checks (legend-trust.ts). A legend's paragraphs are never script lines.
 */
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { formatLocation } from '../text/format.js';
import { lazy } from '../text/lazy.js';
import { wordAlternation } from '../text/word-trie.js';
import { matchWords, mostCommonTextColour, paletteOf, isUsed, type LegendColour, type Look, type Palette } from './legend-palette.js';
import { deltaE } from '../colour/distance.js';
import { locationKey } from '../text/headings.js';
import { hasWord, normaliseSpace } from '../text/words.js';
import {
  colourWordsLine,
  entriesOfParagraph,
  groupColour,
  headingPrefix,
  isHeading,
  isNotRecorded,
  isNotRecordedGroup,
  legendRuns,
  MAX_LEGEND_CHARS,
  maySayOwner,
  namesInColourLine,
  rawLength,
  tableLegend,
  textOf,
  type LegendKind,
  type RawEntry,
  type RawLegend,
} from './legend-shapes.js';
import { type VoiceSpec } from '../config/voice-map.js';
import { isRoleName } from './legend-roles.js';

export type { LegendKind } from './legend-shapes.js';
export type { LegendColour } from './legend-palette.js';

/** Where an entry's colour was read from. */
export type EntrySource = 'name colour' | 'colour words' | 'swatch' | 'swatch text';

export interface LegendEntry {
  /** As written: a voice, or what is not recorded ("Non enregistré", "SFX / music"). */
  name: string;
  notRecorded: boolean;
  source: EntrySource;
  /** The colour of the script the entry stands for; null when its words fit no colour the script uses (or several). */
  colour: LegendColour | null;
  /** The colour in words, as written. */
  words?: string;
  /** Colours of the script the words fit alike (then `colour` is null). */
  candidates?: Hex[];
  /** A swatch's own colour (`colour` is the used colour it stands for). */
  swatch?: Hex;
  /** Colour words: the name itself is written in another colour of the script, one another entry's words give to its voice. */
  nameColour?: LegendColour;
}

export interface Legend {
  kind: LegendKind;
  entries: LegendEntry[];
  /** The voices, in the legend's order, with the colour each stands for. */
  voices: VoiceSpec[];
  /** Colours the legend declares as not recorded. */
  unassigned: LegendColour[];
  /** The legend's paragraphs (by paragraph number): never script lines. */
  paragraphs: number[];
  location: Location;
  /** The legend as shown to the user. */
  text: string;
  /** The colour of the script's ordinary text, as around the legend (its heading, the title block). */
  body: Hex;
  /** The legend says text with no highlight is not recorded ("Not recorded = no highlight", "sans surlignage : non lu"). */
  plainNotRecorded?: true;
  /** The paragraphs of the script's other legends (by locationKey): no lines either. */
  elsewhere?: string[];
  /** Other legends of the script that give one of its voices another colour. */
  disagreements?: LegendDisagreement[];
  /** Parts of the legend, in its own look, that were not understood (its names read all the same): said (`legend-part-not-read`). */
  unread?: string[];
}

/** Words for text with no highlight, in a legend that says it is not recorded. */
const NO_HIGHLIGHT = /\b(?:no|without|un)[ -]?highlight|\bnot highlighted|\bsans surlign|\bnon[ -]surlign|\bpas (?:de )?surlign|\bohne (?:markierung|hervorhebung|textmarker|hintergrund)|\bnicht (?:markiert|hervorgehoben|hinterlegt)|\bsin (?:resaltar|resaltado|fondo)|\bno resaltad/u;

/** How far into the script a legend may start. */
const WINDOW = 30;
/** Paragraphs before the legend that show the script's ordinary text colour (the title block). */
const TITLE_BLOCK = 8;
/**
 * A swatch stands for the used colour nearest to it, up to this far (CIEDE2000: the distance at which
 * two colours "look alike", checks.ts), when the next nearest is SWATCH_APART times as far.
 */
const SWATCH_NEAREST = 30;
const SWATCH_APART = 1.5;

/**
 * The used colour a swatch stands for: the nearest, when it is clearly the nearest (Word's Dark Red
 * swatch #C00000 over text in #FF0000, 13.5 away, black 40 away; Word's Blue #0070C0 over #0000FF,
 * 25.5 away); two used colours about as near (#E00000 between #FF0000 and #C00000) are `candidates`;
 * none near, the swatch itself, a colour no text has (the trust checks say so).
 */
function swatchColour(palette: Palette, swatch: Hex): { colour: LegendColour | null; candidates?: Hex[] } {
  let best: { colour: LegendColour; distance: number; words: number } | null = null;
  let second: { colour: LegendColour; distance: number } | null = null;
  for (const background of [true, false]) {
    for (const [used, words] of background ? palette.background : palette.text) {
      const distance = deltaE(swatch, used);
      const colour = { hex: used, background };
      // Of one hex as text and as background, the one with more words (a shaded cell's text colour is no rival).
      if (best && used === best.colour.hex && distance === best.distance) {
        if (words > best.words) best = { colour, distance, words };
        continue;
      }
      if (!best || distance < best.distance) {
        if (best) second = best;
        best = { colour, distance, words };
      } else if (!second || distance < second.distance) second = { colour, distance };
    }
  }
  if (!best || best.distance > SWATCH_NEAREST) return { colour: { hex: swatch, background: false } };
  if (second && second.colour.hex !== best.colour.hex && second.distance < SWATCH_APART * best.distance) return { colour: null, candidates: [best.colour.hex, second.colour.hex] };
  return { colour: best.colour };
}

/** Looks within this distance of the body's text colour are the body's. */
const BODY_MATCH = 6;

/** Where a second legend of the script is, what it says, and the voices on which it and the legend in force disagree. */
export interface LegendDisagreement {
  location: Location;
  text: string;
  /** Each voice both name, with what each legend gives it (a colour, or the words when they fit no one colour). */
  voices: { name: string; here: LegendEntry; there: LegendEntry }[];
}

/**
 * The legend to trust or reject, or null when the script has none. Every legend of the script is
 * looked at: the first among the lines (any legend in the opening paragraphs; further on, one that
 * says it is a key), the one in the running headers or footers, and any later one among the lines
 * ("corrected legend: …"). The first among the lines (else the header's) is the one in force; where
 * another gives one of its voices another colour, `disagreements` says so (legend-trust.ts rejects
 * it: a later or a "corrected" legend is no reason to pick either). The other legends' paragraphs
 * are no lines either (`elsewhere`).
 */
export function detectLegend(script: Script): Legend | null {
  const inBody = legendsIn(script, script, false);
  const first = inBody.next().value ?? null;
  const furniture = script.furniture?.length ? legendsIn({ ...script, paragraphs: script.furniture, swatches: [] }, script, true).next().value ?? null : null;
  const legend = first ?? furniture;
  if (!legend) return null;
  const others: Legend[] = [];
  if (first) {
    if (furniture) others.push(furniture);
    for (const later of inBody) others.push(later);
  }
  if (others.length === 0) return legend;
  const elsewhere: string[] = [];
  const disagreements: LegendDisagreement[] = [];
  for (const other of others) {
    if (other.location.story === legend.location.story || !furniture || other !== furniture) elsewhere.push(...legendKeys(other));
    const voices = disagreeing(legend, other);
    if (voices.length) disagreements.push({ location: other.location, text: other.text, voices });
  }
  return { ...legend, ...(elsewhere.length ? { elsewhere } : {}), ...(disagreements.length ? { disagreements } : {}) };
}

/** Colours of entries tell two legends apart beyond this (CIEDE2000): the default tolerance's width. */
const LEGENDS_MATCH = 10;

/** The voices two legends both name, each given a colour (or words) the other does not give it. */
function disagreeing(legend: Legend, other: Legend): { name: string; here: LegendEntry; there: LegendEntry }[] {
  const found: { name: string; here: LegendEntry; there: LegendEntry }[] = [];
  for (const there of other.entries) {
    if (there.notRecorded) continue;
    const here = legend.entries.find((e) => !e.notRecorded && e.name.toLowerCase() === there.name.toLowerCase());
    if (!here || found.some((f) => f.here === here)) continue;
    const differ =
      here.colour && there.colour
        ? here.colour.background !== there.colour.background || deltaE(here.colour.hex, there.colour.hex) > LEGENDS_MATCH
        : (here.words ?? '').toLowerCase() !== (there.words ?? '').toLowerCase();
    if (differ) found.push({ name: here.name, here, there });
  }
  return found;
}

/**
 * The legends of `where` in reading order: the script's lines, or its running headers and footers
 * (`furniture`: the key a template repeats on every page), whose colours are tied to the colours of
 * the script's lines all the same. In the opening paragraphs any shape is a legend; further on (a
 * key at the end of the script, a second key) only one that says it is one.
 */
function* legendsIn(where: Script, script: Script, furniture: boolean): Generator<Legend, null> {
  const all = where.paragraphs;
  const opening = furniture ? WINDOW : openingEnd(all);
  // After a first legend, another must say it is one (a heading word, a colon), as past the opening.
  let seen = false;
  for (let i = 0; i < all.length; i++) {
    const paragraph = all[i]!;
    const length = rawLength(paragraph);
    if (length > MAX_LEGEND_CHARS) continue;
    const late = i >= WINDOW || seen;
    // Past the first paragraphs but still in the opening (a title page, a table of contents, a revision table before
    // it): a key sentence with no heading word, which says nothing else of being one, is looked for there too.
    if (late && !seen && i < opening && !paragraph.location.cell && length <= MAX_PAIRING_CHARS) {
      const raw = keySentence(where, paragraph);
      const found = raw ? resolveFirst(script, i, raw, false, false) : null;
      if (found) {
        seen = true;
        yield found;
        continue;
      }
    }
    // Past the opening, a paragraph opens a legend only with a colon or a heading word alone ("Voice key" above a table).
    if (late && !paragraph.location.cell && !(mayOpenKey(paragraph) ? saysKey(textOf(paragraph)) : length <= 60 && isHeading(textOf(paragraph)))) continue;
    const end = late ? Math.min(all.length, i + WINDOW) : Math.min(all.length, WINDOW);
    const mustSay = furniture || late;
    let found: Legend | null = null;
    if (paragraph.location.cell) {
      const cells = tableAt(where, i);
      found = resolveFirst(script, i, tableLegend(cells, null, where.swatches ?? []), furniture, mustSay);
      if (!found) {
        i += cells.length - 1;
        continue;
      }
    } else {
      for (const raw of shapesAt(where, i, end, !mustSay)) {
        found = resolveFirst(script, i, raw, furniture, mustSay);
        if (found) break;
      }
    }
    if (!found) continue;
    seen = true;
    yield found;
    // On past the legend's last paragraph.
    const last = lastParagraphs.get(found);
    const to = last ? all.indexOf(last, i) : -1;
    if (to > i) i = to;
  }
  return null;
}

/**
 * Where the script's opening ends (the index of its first paragraph past it), in which a key sentence with no heading
 * word is read (a legend of any other shape: in the first WINDOW paragraphs): WINDOW paragraphs of text, not counting what stands before a key on a title
 * page, a table of contents or a revision table — table cells, headings (an outline level), contents lines ("Introduction
 * ..... 3", a PDF's; a DOCX's are set apart by the reader) and empty paragraphs — up to OPENING_MOST paragraphs in all.
 */
export function openingEnd(all: readonly Paragraph[]): number {
  let counted = 0;
  const most = Math.min(all.length, OPENING_MOST);
  for (let i = 0; i < most; i++) {
    const paragraph = all[i]!;
    if (paragraph.location.cell || paragraph.outlineLevel !== undefined || !paragraph.runs.some((run) => hasWord(run.text))) continue;
    if (contentsLine(paragraph)) continue;
    if (++counted > WINDOW) return i;
  }
  return most;
}

/** The most paragraphs the opening holds, its tables, headings and contents lines with its text. */
const OPENING_MOST = 150;

/** A line of a table of contents: its words, then dots or a tab, then a page number ("Introduction ........ 3", "2.1 Safety\t12"). */
function contentsLine(paragraph: Paragraph): boolean {
  let text = '';
  for (const run of paragraph.runs) text += run.text;
  return text.length <= 160 && CONTENTS_LINE.test(text);
}
const CONTENTS_LINE = /(?:\.{3,}|\u2026{2,}|\t|(?:\. ){3,})\s*[0-9ivxlc]{1,4}\s*$/;

/** Each legend's last paragraph, for the search to go on after it. */
const lastParagraphs = new WeakMap<Legend, Paragraph>();

/**
 * Beyond the opening paragraphs, only a paragraph with a colon may open a legend that says it is one
 * ("Key: …", "Colour code:" above a table, "…, corrected legend: …"): a test of a few characters per paragraph.
 */
function mayOpenKey(paragraph: Paragraph): boolean {
  for (const run of paragraph.runs) if (run.text.includes(':') || run.text.includes('：')) return true;
  return false;
}

function resolveFirst(script: Script, start: number, raw: RawLegend | null, furniture: boolean, mustSay: boolean): Legend | null {
  if (!raw || (mustSay && !saysItIsAKey(raw))) return null;
  const legend = resolve(script, raw, furniture ? 0 : start, furniture);
  if (legend) lastParagraphs.set(legend, raw.paragraphs[raw.paragraphs.length - 1]!);
  return legend;
}

/**
 * A running header or footer holds names in colour for other reasons (a studio's name in its blue, a
 * red "Confidential"): there, a legend must say it is one — a heading word (`Key:`, `Légende :`), or
 * colours in words (`Narrator in blue`).
 */
function saysItIsAKey(raw: RawLegend): boolean {
  if (raw.kind === 'colours in words') return true;
  const first = textOf(raw.paragraphs[0]!);
  return isHeading(first) || headingPrefix(normaliseSpace(first)) > 0;
}

/** The paragraphs of the table that starts at `index` (same story, same table number). */
function tableAt(script: Script, index: number): Paragraph[] {
  const first = script.paragraphs[index]!;
  const cells: Paragraph[] = [];
  for (let j = index; j < script.paragraphs.length; j++) {
    const p = script.paragraphs[j]!;
    if (p.location.story !== first.location.story || p.location.cell?.table !== first.location.cell!.table) break;
    cells.push(p);
  }
  return cells;
}

/** Tabs and wide spaces separate entries on a line: kept as " | " before spaces are collapsed. */
function wordsText(paragraph: Paragraph): string {
  return textOf({ ...paragraph, runs: legendRuns(paragraph).map((r) => ({ ...r, text: r.text.replace(/\t| {3,}/g, ' | ') })) });
}

/**
 * The candidate legends that begin at paragraph `i` (not in a table) and end before `end`, most specific first.
 * `opening`: among the script's opening lines (not in a running header), where a sentence with no heading word may be a key.
 */
function* shapesAt(script: Script, i: number, end: number, opening = false): Generator<RawLegend> {
  const all = script.paragraphs;
  const paragraph = all[i]!;
  const text = textOf(paragraph);
  const previous = i > 0 ? all[i - 1]! : null;
  const above = previous && !previous.location.cell && rawLength(previous) <= MAX_LEGEND_CHARS && isHeading(textOf(previous)) ? previous : null;
  if (isHeading(text)) {
    // A heading alone: a table follows, or one entry per paragraph.
    const next = i + 1 < end ? all[i + 1] : undefined;
    if (next?.location.cell) {
      const raw = tableLegend(tableAt(script, i + 1), paragraph, script.swatches ?? []);
      if (raw) yield raw;
      return;
    }
    const under = entriesUnder(all, i, end);
    if (under) yield under;
    return;
  }
  const line = namesInColourLine(paragraph);
  if (line) yield withHeading({ kind: 'names in colour', entries: line.entries, paragraphs: [paragraph], structure: line.structure, text, ...(line.unread ? { unread: line.unread } : {}) }, above);
  const words: { paragraphs: Paragraph[]; entries: RawEntry[]; heading: boolean } = { paragraphs: [], entries: [], heading: false };
  for (let j = i; j < end; j++) {
    const p = all[j]!;
    if (p.location.cell || rawLength(p) > MAX_LEGEND_CHARS) break;
    const found = colourWordsLine(wordsText(p));
    if (!found) {
      // "Not recorded" on a line of its own over the colours it holds ("black"): the key's last entries.
      const group = words.entries.length ? notRecordedGroupAt(all, j, end) : null;
      if (group) {
        words.paragraphs.push(...group.paragraphs);
        words.entries.push(...group.entries);
      }
      break;
    }
    // A line with its own heading ("Colour code: Narrator = green") is a legend of its own, not more of this one.
    if (j > i && found.heading) break;
    words.paragraphs.push(p);
    words.entries.push(...found.entries);
    words.heading ||= found.heading;
  }
  const voices = words.entries.filter((e) => !e.notRecorded).length;
  if (voices > 0 && (words.entries.length >= 2 || words.heading || above)) {
    yield withHeading(
      { kind: 'colours in words', entries: words.entries, paragraphs: words.paragraphs, structure: words.paragraphs.flatMap((p) => p.runs), text: words.paragraphs.map(textOf).join(' / ') },
      above,
    );
    return;
  }
  // A key after a sentence or a clause of the paragraph: "Note: … in v3. Key: Narrator = blue; Expert = green",
  // "Note from the producer, corrected legend: Narrator = green; Expert = blue."
  if (words.paragraphs.length === 0) {
    const key = keyInside(wordsText(paragraph));
    if (key) yield { kind: 'colours in words', entries: key, paragraphs: [paragraph], structure: paragraph.runs, text };
    else if (opening) {
      const raw = keySentence(script, paragraph);
      if (raw) yield raw;
    }
  }
}

/**
 * A sentence with no heading word that is a key all the same: "Die Zeilen des Erzählers sind blau, die der Sprecherin
 * grün.", "Narrator's lines are blue, the learner's green." — read as under a heading word, when it names two voices or
 * more, each said to own the lines of its colour (`owns`: "lines of", "des Erzählers", "the learner's"; not "The sky is
 * blue, the sea green"). resolve then takes it only where each voice's colour is one the lines have, and not the
 * sentence's own.
 */
export function sentenceKey(text: string): RawEntry[] | null {
  // Two colour words at least, and words that may say who owns the lines, before the reading (4 to 5 ms a sentence).
  const colourWord = ANY_COLOUR_WORD();
  colourWord.lastIndex = 0;
  if (!colourWord.exec(text) || !colourWord.exec(text) || !maySayOwner(text)) return null;
  const read = colourWordsLine(text, true);
  if (!read) return null;
  const voices = read.entries.filter((e) => !e.notRecorded);
  return voices.length >= 2 && voices.every((e) => e.owns && e.phrase) ? read.entries : null;
}

/** A paragraph that is a key sentence with no heading word (sentenceKey, pairingKey), as a legend to resolve; else null. */
function keySentence(script: Script, paragraph: Paragraph): RawLegend | null {
  const text = textOf(paragraph);
  const entries = sentenceKey(text) ?? pairingKey(text, (name) => isRoleName(name) || isLabelOf(script, name));
  return entries ? { kind: 'colours in words', entries, paragraphs: [paragraph], structure: paragraph.runs, text, sentence: true } : null;
}

/**
 * A key sentence with no heading word and no word saying who owns the lines, that pairs each of its colour words with
 * a voice: "The narrator speaks blue, the learner green.", "Blue: narrator / green: learner", "Narrateur en bleu,
 * apprenant en vert.", "Sprecher blau, Lernende grün". Its entries when it names two voices or more, every colour word of
 * it in one entry's words (none left over, none shared), the names all different and each one `isVoice` says is a
 * voice's (legend-roles.ts's roles, or a speaker label of the script: never "the sky", "the sea"); else null. resolve
 * then takes it as sentenceKey's (`sentence`): each voice's colour one the lines have, its own, the sentence not in one.
 */
export function pairingKey(text: string, isVoice: (name: string) => boolean): RawEntry[] | null {
  if (text.length > MAX_PAIRING_CHARS) return null;
  const colourWord = ANY_COLOUR_WORD();
  colourWord.lastIndex = 0;
  let colours = 0;
  while (colourWord.exec(text) && colours <= MAX_PAIRS) colours++;
  if (colours < 2 || colours > MAX_PAIRS) return null;
  const read = colourWordsLine(text, true);
  if (!read) return null;
  const voices = read.entries.filter((e) => !e.notRecorded);
  if (voices.length < 2 || !read.entries.every((e) => e.phrase && e.words)) return null;
  // Every colour word paired with one name: as many as the entries' words hold between them.
  let paired = 0;
  for (const entry of read.entries) {
    colourWord.lastIndex = 0;
    while (colourWord.exec(entry.words!)) paired++;
  }
  if (paired !== colours) return null;
  const names = new Set(voices.map((e) => e.name.toLowerCase()));
  if (names.size !== voices.length || !voices.every((e) => isVoice(e.name))) return null;
  return read.entries;
}

/** A key sentence with no heading word is short ("The narrator speaks blue, the learner green, the expert red."). */
const MAX_PAIRING_CHARS = 200;
/** Most colours such a sentence pairs with voices. */
const MAX_PAIRS = 6;

/** The speaker labels opening the script's paragraphs ("PAUL:", "Marie :"), in lower case: read once a script, when a key sentence asks. */
const labelsOfScript = new WeakMap<Script, Set<string>>();
const LABEL = lazy(() => /^\s*([\p{L}][\p{L}\p{N} .'\u2019-]{0,30}?)\s*[:\uFF1A]/u);

/** Whether `name` is a speaker label of the script. */
function isLabelOf(script: Script, name: string): boolean {
  let labels = labelsOfScript.get(script);
  if (!labels) {
    labels = new Set();
    const label = LABEL();
    for (const paragraph of script.paragraphs) {
      let first = '';
      for (const run of paragraph.runs) if ((first += run.text).length >= 40) break;
      const match = first.includes(':') || first.includes('\uFF1A') ? label.exec(first.slice(0, 40)) : null;
      if (match) labels.add(match[1]!.toLowerCase());
    }
    labelsOfScript.set(script, labels);
  }
  return labels.has(name.toLowerCase());
}

/**
 * Past the opening: whether a paragraph with a colon opens with a heading ("Key: …") or holds one
 * after a sentence ("…, corrected legend: …"), before any shape is read (a dubbing script's every
 * "MARC : …" line has a colon).
 */
function saysKey(text: string): boolean {
  return headingPrefix(text) > 0 || keyHeadingAt(text) >= 0;
}

/** Where the heading of a key after a sentence or clause of the paragraph starts, or -1. */
function keyHeadingAt(text: string, from = 0): number {
  let colon = text.indexOf(':', from);
  for (let tried = 0; colon > 0 && tried < MAX_KEY_COLONS; tried++, colon = text.indexOf(':', colon + 1)) {
    const before = text.slice(Math.max(0, colon - 45), colon);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(', '), before.lastIndexOf('; '));
    if (cut >= 0 && isHeading(before.slice(cut + 2))) return colon - (before.length - cut - 2);
  }
  return -1;
}

/** Most colons looked at in one paragraph for a key after its opening. */
const MAX_KEY_COLONS = 4;

/**
 * The entries of a key that opens after a full stop, a comma or a semicolon of the paragraph, with
 * a heading word just before its colon, when all the rest reads as entries; else null.
 */
function keyInside(text: string): RawEntry[] | null {
  let colon = text.indexOf(':');
  for (let tried = 0; colon > 0 && tried < MAX_KEY_COLONS; tried++, colon = text.indexOf(':', colon + 1)) {
    const before = text.slice(Math.max(0, colon - 45), colon);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(', '), before.lastIndexOf('; '));
    if (cut < 0) continue;
    const heading = before.slice(cut + 2);
    if (!isHeading(heading)) continue;
    const found = colourWordsLine(text.slice(colon - heading.length));
    if (found && found.entries.some((e) => !e.notRecorded)) return found.entries;
  }
  return null;
}

/**
 * A group of what is not recorded closing a flat key: "Not recorded" (or "Not recorded:") alone on its
 * line, with no colour in its words, then one colour per line under it ("black", "grey text"). Its
 * entries are those colours, not recorded (the heading names none); null when no colour follows.
 */
function notRecordedGroupAt(all: readonly Paragraph[], index: number, end: number): { paragraphs: Paragraph[]; entries: RawEntry[] } | null {
  const found = entriesOfParagraph(all[index]!, null);
  if (found?.length !== 1 || !isNotRecordedGroup(found[0]!, null)) return null;
  const paragraphs: Paragraph[] = [all[index]!];
  const entries: RawEntry[] = [];
  for (let j = index + 1; j < end; j++) {
    const item = groupColour(all[j]!);
    if (!item) break;
    paragraphs.push(all[j]!);
    entries.push(item);
  }
  return entries.length ? { paragraphs, entries } : null;
}

/** "Voix :" then one entry per paragraph ("Narratrice" in purple, "Cliente" in orange, "Texte en noir : non enregistré"). */
function entriesUnder(all: readonly Paragraph[], index: number, end: number): RawLegend | null {
  const heading = all[index]!;
  const look = legendRuns(heading).find((r) => /\S/u.test(r.text));
  const structureLook: Look | null = look ? { color: look.color, background: look.background } : null;
  const paragraphs: Paragraph[] = [];
  const entries: RawEntry[] = [];
  // A heading of what is not recorded over a group of its own ("2. Not recorded" then "a. black"):
  // the colours under it are not recorded, the heading itself names none.
  let group: RawEntry | null = null;
  for (let j = index + 1; j < end; j++) {
    const found = entriesOfParagraph(all[j]!, structureLook);
    if (!found) {
      const item = group ? groupColour(all[j]!) : null;
      if (!item) break;
      const at = entries.indexOf(group!);
      if (at >= 0) entries.splice(at, 1);
      paragraphs.push(all[j]!);
      entries.push(item);
      continue;
    }
    group = found.length === 1 && isNotRecordedGroup(found[0]!, structureLook) ? found[0]! : null;
    paragraphs.push(all[j]!);
    entries.push(...found);
  }
  if (entries.length < 2 || !entries.some((e) => !e.notRecorded)) return null;
  const kind: LegendKind = entries.every((e) => e.phrase) ? 'colours in words' : 'names in colour';
  return withHeading({ kind, entries, paragraphs, structure: [], text: paragraphs.map(textOf).join(' / ') }, heading);
}

function withHeading(raw: RawLegend, heading: Paragraph | null): RawLegend {
  if (!heading) return raw;
  return { ...raw, paragraphs: [heading, ...raw.paragraphs], structure: [...heading.runs, ...raw.structure], text: `${textOf(heading)} / ${raw.text}` };
}

/** The colour of ordinary text: the legend's own (heading, separators, heading row), else the title block's, else black. */
function bodyColour(script: Script, raw: RawLegend, start: number): Hex {
  const first = raw.paragraphs[0]!;
  const at = script.paragraphs.indexOf(first);
  const before = script.paragraphs.slice(Math.max(0, (at >= 0 ? at : start) - TITLE_BLOCK), at >= 0 ? at : start);
  const runs = (paragraphs: readonly Paragraph[]): Run[] => paragraphs.flatMap((p) => p.runs);
  return mostCommonTextColour([{ runs: raw.structure, location: first.location }]) ?? mostCommonTextColour([{ runs: runs(before), location: first.location }]) ?? '#000000';
}

const colourOfLook = (look: Look, useText = false): LegendColour => (look.background && !useText ? { hex: look.background, background: true } : { hex: look.color, background: false });

/**
 * Ties each raw entry to a colour of the script, and builds the voice map's voices. A legend in the
 * running headers or footers (`furniture`) has no paragraph among the lines to leave out of them.
 */
function resolve(script: Script, raw: RawLegend, start: number, furniture = false): Legend | null {
  const numbers = new Set(furniture ? [] : raw.paragraphs.map((p) => p.location.paragraph));
  const palette = paletteOf(script, new Set(furniture ? [] : raw.paragraphs.map((p) => locationKey(p.location))));
  const body = bodyColour(script, raw, start);
  const isBody = (look: Look) => !look.background && deltaE(look.color, body) <= BODY_MATCH;
  const phrased = raw.entries.filter((e) => e.phrase);
  const matches = matchWords(
    phrased.map((e) => ({ words: e.words!, phrase: e.phrase! })),
    palette,
  );
  // Names all on one shading (a table's cells) but in different text colours: the text colour tells them apart.
  const named = raw.entries.filter((e) => !e.phrase && e.look && !isBody(e.look));
  const shared = named.length > 1 && named.every((e) => e.look!.background !== null && e.look!.background === named[0]!.look!.background) && new Set(named.map((e) => e.look!.color)).size === named.length;

  const entries: LegendEntry[] = raw.entries.map((entry) => {
    const e = entry.labelForms ? { ...entry, name: labelledForm(script, entry.name, entry.labelForms) } : entry;
    if (e.phrase) {
      const match = matches[phrased.indexOf(entry)]!;
      const colour = match.colour ?? (e.notRecorded ? { hex: e.phrase.hex, background: e.phrase.kind === 'background' } : null);
      return { name: e.name, notRecorded: e.notRecorded, source: 'colour words', colour, words: e.words!, ...(match.candidates.length > 1 ? { candidates: match.candidates } : {}) };
    }
    if (e.look && !isBody(e.look)) return { name: e.name, notRecorded: e.notRecorded, source: 'name colour', colour: colourOfLook(e.look, shared) };
    if (e.swatch) {
      const tied = swatchColour(palette, e.swatch);
      return { name: e.name, notRecorded: e.notRecorded, source: 'swatch', colour: tied.colour, swatch: e.swatch, ...(tied.candidates ? { candidates: tied.candidates } : {}) };
    }
    if (e.swatchLook && !isBody(e.swatchLook)) return { name: e.name, notRecorded: e.notRecorded, source: 'swatch text', colour: colourOfLook(e.swatchLook) };
    return { name: e.name, notRecorded: e.notRecorded, source: 'name colour', colour: e.look ? colourOfLook(e.look) : null };
  });

  const voices: VoiceSpec[] = [];
  const unassigned: LegendColour[] = [];
  for (const entry of entries) {
    if (entry.notRecorded) {
      if (entry.colour && !unassigned.some((u) => u.hex === entry.colour!.hex && u.background === entry.colour!.background)) unassigned.push(entry.colour);
      continue;
    }
    let voice = voices.find((v) => v.name.toLowerCase() === entry.name.toLowerCase());
    if (!voice) {
      voice = { name: entry.name, colors: [], highlights: [], styles: [], labels: [] };
      voices.push(voice);
    }
    if (!entry.colour) continue;
    const list = entry.colour.background ? voice.highlights : voice.colors;
    if (!list.includes(entry.colour.hex)) list.push(entry.colour.hex);
  }
  // A key none of whose voices' colours colour any text is no key to this script (a stray coloured line).
  // Colour words that fit several colours of the script alike ("dark grey": the narrator's #595959 and
  // Word's Subtitle #5A5A5A) are a key all the same, one the trust checks reject saying so.
  // A table of voices and colours, or a key that says it is one ("Key:", "Voice key"), is a key all the
  // same: the trust checks say why it does not fit (never silently no legend, its words never lines).
  if (!entries.some((e) => !e.notRecorded && ((e.colour && isUsed(palette, e.colour, BODY_MATCH)) || (e.candidates?.length ?? 0) > 1)) && !declared(raw)) return null;
  // Read in part (a note not understood): only where each name is in a colour of its own that the
  // script's lines use exactly — what a key to them looks like, and what no line of dialogue does.
  if (raw.unread && !entries.every((e) => e.notRecorded || (e.source === 'name colour' && e.colour && isUsed(palette, e.colour, 0)))) return null;
  // A sentence with no heading word: a key only where each voice's colour is one of the lines' own, each voice's its own,
  // and the sentence is not written in one of them (a blue line of the script that reads like a key is a line) unless
  // each name is a voice's: a role or a speaker label of the script ("The narrator speaks blue, the learner green."
  // typed in the narrator's blue is the key all the same, no line of the narrator's; "The sea's colour is blue, the
  // grass's green." in blue stays a line).
  if (raw.sentence && !sentenceFits(raw, entries, palette, (name) => isRoleName(name) || isLabelOf(script, name))) return null;
  namesWrittenInOtherColours(raw, entries, isBody);
  return {
    kind: raw.kind,
    entries,
    voices,
    unassigned,
    paragraphs: [...numbers],
    location: raw.paragraphs[0]!.location,
    text: raw.text,
    body,
    ...(NO_HIGHLIGHT.test(raw.text.toLowerCase()) && isNotRecorded(raw.text.slice(0, 120)) ? { plainNotRecorded: true as const } : {}),
    ...(raw.unread ? { unread: raw.unread } : {}),
  };
}

/**
 * The name a legend writes in a case that changed its ending ("des Kunden"), as the script's speaker labels write it
 * ("Kunde:", "KUNDE:"): the first of `forms` that opens a paragraph as a label, in the legend's capitals; else as written.
 */
function labelledForm(script: Script, name: string, forms: readonly string[]): string {
  for (const form of forms) {
    const label = `${form.toLowerCase()}:`;
    for (const paragraph of script.paragraphs) {
      const first = paragraph.runs[0]?.text.trimStart();
      if (first && first.length >= label.length && first.slice(0, label.length).toLowerCase() === label) return labelSpelling(form, first.slice(0, form.length));
    }
  }
  return name;
}

/**
 * Whether a key written as a sentence with no heading word adds up to one (resolve): each voice's colour one the lines
 * have, each its own; and the sentence not written in one of them, unless `isVoice` says each of its names is a voice's.
 */
function sentenceFits(raw: RawLegend, entries: readonly LegendEntry[], palette: Palette, isVoice: (name: string) => boolean): boolean {
  const colours: LegendColour[] = [];
  for (const entry of entries) {
    if (entry.notRecorded) continue;
    if (!entry.colour || !isUsed(palette, entry.colour, BODY_MATCH) || colours.some((c) => sameLegendColour(c, entry.colour!))) return false;
    colours.push(entry.colour);
  }
  if (entries.every((e) => e.notRecorded || isVoice(e.name))) return true;
  for (const run of raw.paragraphs[0]!.runs) {
    if (!hasWord(run.text)) continue;
    if (run.background) return false;
    if (colours.some((c) => !c.background && deltaE(c.hex, run.color) <= BODY_MATCH)) return false;
  }
  return true;
}

/**
 * A name a sentence writes in lower case ("esperta") as the label spells it ("Esperta:"), unless the label is in capitals
 * ("ESPERTA:", as "KUNDE:" stays "Kunde"); a name written with a capital stays as written.
 */
function labelSpelling(form: string, label: string): string {
  if (form !== form.toLowerCase() || label === label.toUpperCase()) return form;
  return label;
}

/** A table of names and colours, or a legend under a heading word: a key by what it says. */
function declared(raw: RawLegend): boolean {
  if (raw.kind === 'table') return true;
  const first = textOf(raw.paragraphs[0]!);
  return isHeading(first) || headingPrefix(first) > 0;
}

/**
 * "Key: Narrator = red; Expert = blue" with "Narrator" typed in blue and "Expert" in red: the colour
 * words say one thing, the names' own colours another. Each colour-words entry whose name is
 * written in the colour another entry's words give its voice gets `nameColour` (the trust checks
 * reject the legend: which of the two is right is not for vo-lines to guess).
 */
function namesWrittenInOtherColours(raw: RawLegend, entries: LegendEntry[], isBody: (look: Look) => boolean): void {
  const worded = entries.filter((e) => e.source === 'colour words' && !e.notRecorded && e.colour);
  if (worded.length < 2) return;
  for (const entry of worded) {
    const look = nameLook(raw.paragraphs, entry.name);
    if (!look || isBody(look)) continue;
    const colour = colourOfLook(look);
    if (sameLegendColour(colour, entry.colour!)) continue;
    if (worded.some((other) => other !== entry && sameLegendColour(colour, other.colour!))) entry.nameColour = colour;
  }
}

const sameLegendColour = (a: LegendColour, b: LegendColour) => a.background === b.background && deltaE(a.hex, b.hex) <= BODY_MATCH;

/** The look of the first place `name` is written in these paragraphs, when all its letters have one look. */
function nameLook(paragraphs: readonly Paragraph[], name: string): Look | null {
  for (const paragraph of paragraphs) {
    let text = '';
    for (const run of paragraph.runs) text += run.text;
    const at = text.indexOf(name);
    if (at < 0) continue;
    let offset = 0;
    let look: Look | null = null;
    for (const run of paragraph.runs) {
      const from = offset;
      offset += run.text.length;
      if (offset <= at || from >= at + name.length || !hasWord(run.text)) continue;
      if (look && (look.color !== run.color || look.background !== run.background)) return null;
      look = { color: run.color, background: run.background };
    }
    return look;
  }
  return null;
}

/** The colours the script uses outside the legend, for the trust checks. */
export function paletteOutside(script: Script, legend: Legend): Palette {
  return paletteOf(script, legendKeys(legend));
}

/** The legend's paragraphs by locationKey (`story:number`): numbers repeat across a PDF's stories. */
export function legendKeys(legend: Pick<Legend, 'paragraphs' | 'location' | 'elsewhere'>): Set<string> {
  const keys = new Set(legend.paragraphs.map((paragraph) => locationKey({ story: legend.location.story, paragraph })));
  for (const key of legend.elsewhere ?? []) keys.add(key);
  return keys;
}

const declined = (stem: string) => [stem, `${stem}e`, `${stem}em`, `${stem}en`, `${stem}er`, `${stem}es`];
const gendered = (stem: string) => [`${stem}a`, `${stem}o`, `${stem}as`, `${stem}os`];
/**
 * Colour words a key names its voices' colours by, in English, French, German (with an adjective's ending: "blauer")
 * Spanish, Italian and Portuguese (a first look; the reader knows many more). Escapes, not the letters: the CLI's bundle
 * keeps to ASCII. (Not "Rossi", "Neri", "Verdi", "Viola": surnames and first names as often as colours, and a
 * "ROSSI:" label is no key.)
 */
export const COLOUR_WORDS: readonly string[] = [
  ...'red blue green yellow grey gray black purple orange pink brown magenta cyan turquoise teal violet'.split(' '),
  ...'rouge bleu vert jaune gris noir rose marron'.split(' '),
  ...['blau', 'rot', 'gr\u00FCn', 'gelb', 'grau', 'schwarz', 'braun', 'violett'].flatMap(declined),
  ...['lila', 'rosa', 't\u00FCrkis'],
  ...['azul', 'verde', 'verdes', 'naranja', 'violeta', 'turquesa', 'marr\u00F3n'],
  ...['roj', 'amarill', 'morad', 'negr'].flatMap(gendered),
  ...['blu', 'azzurro', 'azzurra', 'rosso', 'rossa', 'giallo', 'gialla', 'nero', 'nera', 'grigio', 'grigia', 'arancione'],
  ...['vermelh', 'amarel', 'pret'].flatMap(gendered),
  ...['vermello', 'vermella', 'cinza', 'cinzento', 'cinzenta', 'roxo', 'laranja'],
];
/** The colour words as one alternation factored by their beginnings (src/text/word-trie.ts: a long script's every run is scanned for one). */
const COLOUR_WORD = lazy(() => wordAlternation(COLOUR_WORDS));
// Without the `u` flag: the words are letters, and a case-insensitive Unicode pattern (case folding) costs about
// three times as much over every short paragraph of a long script (unreadLegends runs it under a config too).
const MAY_NAME_COLOUR = lazy(() => new RegExp(String.raw`\b${COLOUR_WORD()}\b`, 'i'));
/** Every colour word of a text, one after the other (sentenceKey counts two). */
const ANY_COLOUR_WORD = lazy(() => new RegExp(String.raw`\b${COLOUR_WORD()}\b`, 'gi'));
/**
 * A colour word beside a name: "Narrator = blue", "Paul (blue)" (the colour ending the entry: not
 * "OST: Yellow bin = plastics"), "blue: Narrator", "in green Marie's", "Paul reads the blue lines". Case-blind for the colour; the name's capital is checked on what it
 * caught. Linear on 600 characters.
 */
const NAME_BESIDE_COLOUR = lazy(
  () =>
    new RegExp(
      String.raw`(?<a>[\p{L}][\p{L}'\u2019-]*)\s*(?:=|:|\(|\u2013|\u2014)\s*(?:(?:in|en)\s+)?${COLOUR_WORD()}(?=\s*(?:$|[;,.)|/\u00B7\u2022]|(?:and|et|or|ou|text|texte|highlight|background|surlign)))|\b${COLOUR_WORD()}\s*(?:=|:|\u2013|\u2014)\s*(?<b>\p{L})|\b(?:in|en)\s+${COLOUR_WORD()}\b[^.;!?]{0,30}?\s(?<c>\p{L})[\p{L}-]*['\u2019]s\b|(?<d>\p{L})[\p{L}-]*\s+(?:reads?|speaks?|voices?|records?|lit|dit|spricht|liest|habla|lee)\s[^.;!?]{0,20}?\b${COLOUR_WORD()}\b`,
      'giu',
    ),
);
/** A key's word: "legend", "colour code", "code couleur", "voice key", or "Key:" opening a sentence (not "the key: the red box"). */
const KEY_WORD = /\b(?:legend|colou?r[ -]?cod(?:e|ing)|l[ée]gende|code couleurs?|(?:colou?r|voice|highlight|speaker)s? key|farbcode|farblegende|leyenda|c[óo]digo de colou?r(?:es)?|legenda|lenda|chiave dei colori|codice (?:dei )?colori|chave de cores|c[óo]digo de cores)\b|(?:^|[.;!?]\s+)key\s*[:：]/iu;

function namesBesideColour(text: string): boolean {
  const pattern = NAME_BESIDE_COLOUR();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text), n = 0; match && n < 8; match = pattern.exec(text), n++) {
    const name = match.groups!.a ?? match.groups!.b ?? match.groups!.c ?? match.groups!.d ?? '';
    if (/^\p{Lu}/u.test(name)) return true;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return false;
}

/** Most paragraphs said to look like a legend not read. */
const MAX_UNREAD = 3;

/**
 * With no legend read: the paragraphs that look like one all the same (a colour word beside a
 * capitalised name or a key's word), each said (`legend-not-read`) so that "no legend" is never said
 * of a script that has one vo-lines could not read ("Lines in blue are Paul's, in green Marie's.").
 */
export function unreadLegends(script: Script, underConfig?: { name: string; counted: (paragraph: Paragraph) => boolean }): Warning[] {
  const warnings: Warning[] = [];
  const mayNameColour = MAY_NAME_COLOUR();
  const opening = openingEnd(script.paragraphs);
  let index = -1;
  for (const paragraph of script.paragraphs) {
    index++;
    if (rawLength(paragraph) > MAX_LEGEND_CHARS || !paragraph.runs.some((run) => mayNameColour.test(run.text))) continue;
    const text = textOf(paragraph);
    // A key written as a sentence with no heading word (sentenceKey) only where one is read: in the opening paragraphs.
    if (!mayNameColour.test(text) || !(KEY_WORD.test(text) || namesBesideColour(text) || (index < opening && (sentenceKey(text) || pairingKey(text, (name) => isRoleName(name) || isLabelOf(script, name) || /^\p{Lu}/u.test(name)))))) continue;
    // Under a config, only while its words are counted as a voice's lines (else the config left it out).
    if (underConfig && !underConfig.counted(paragraph)) continue;
    const location: Location = paragraph.location;
    const shown = text.length > 200 ? `${text.slice(0, 199)}…` : text;
    warnings.push({
      code: 'legend-not-read',
      message: underConfig
        ? `${formatLocation(location)} ("${shown}") looks like a legend but was not read: its words are counted as lines of ${underConfig.name}'s voices. If it is the script's key, write it one voice a line ("Narrator = blue") for it to be left out of the lines.`
        : `${formatLocation(location)} ("${shown}") looks like a legend but was not read: the voices are the colours found. If it is the script's key, name the voices in a config (vo-lines init writes one), or write it one voice a line ("Narrator = blue").`,
      location,
      // Under a config, its name: the page must not say the voices are the colours found.
      details: underConfig ? { text, config: underConfig.name } : { text },
    });
    if (warnings.length === MAX_UNREAD) break;
  }
  // A running header or footer that reads as a legend only as if a heading word opened it ("Narrator blue, Learner
  // green" under a title, with no "Legend:"): too little to take the voices from, said as what was seen. (Under a
  // config the furniture is no one's lines: nothing to say.)
  if (!underConfig) {
    for (const paragraph of script.furniture ?? []) {
      if (warnings.length === MAX_UNREAD) break;
      if (rawLength(paragraph) > MAX_LEGEND_CHARS) continue;
      const text = textOf(paragraph);
      if (!MAY_NAME_COLOUR().test(text)) continue;
      const voices = KEY_WORD.test(text) || namesBesideColour(text) ? 2 : (colourWordsLine(text, true)?.entries.filter((e) => !e.notRecorded).length ?? 0);
      if (voices < 2) continue;
      const location: Location = paragraph.location;
      const shown = text.length > 200 ? `${text.slice(0, 199)}…` : text;
      // Where it is (the page says it): a key there is read only when it says it is one.
      const place = location.story === 'footer' ? 'footer' : 'header';
      warnings.push({
        code: 'legend-not-read',
        message: `${formatLocation(location)} ("${shown}") looks like a legend but was not read: the voices are the colours found. A key in a page ${place} is read only when it says it is one: if it is the script's key, begin it with "Legend:" or write each colour after an equals sign ("Narrator = blue; Learner = green"), or name the voices in a config (vo-lines init writes one).`,
        location,
        details: { text, place },
      });
    }
  }
  return warnings;
}
