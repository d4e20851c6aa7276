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
import type { Hex, Location, Paragraph, Run, Script } from '../model.js';
import { matchWords, mostCommonTextColour, nearestUsed, paletteOf, isUsed, type LegendColour, type Look, type Palette } from './legend-palette.js';
import { deltaE } from '../colour/distance.js';
import { locationKey } from '../text/headings.js';
import { normaliseSpace } from '../text/words.js';
import {
  colourWordsLine,
  entriesOfParagraph,
  headingPrefix,
  isHeading,
  isNotRecorded,
  MAX_LEGEND_CHARS,
  namesInColourLine,
  rawLength,
  tableLegend,
  textOf,
  type LegendKind,
  type RawEntry,
  type RawLegend,
} from './legend-shapes.js';
import { type VoiceSpec } from '../config/voice-map.js';

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
}

/** Words for text with no highlight, in a legend that says it is not recorded. */
const NO_HIGHLIGHT = /\b(?:no|without|un)[ -]?highlight|\bnot highlighted|\bsans surlign|\bnon[ -]surlign|\bpas (?:de )?surlign/u;

/** How far into the script a legend may start. */
const WINDOW = 30;
/** Paragraphs before the legend that show the script's ordinary text colour (the title block). */
const TITLE_BLOCK = 8;
/** A swatch stands for the used colour this near it (CIEDE2000). */
const SWATCH_MATCH = 10;
/** Looks within this distance of the body's text colour are the body's. */
const BODY_MATCH = 6;

/** The legend to trust or reject, or null when the opening of the script has none. */
export function detectLegend(script: Script): Legend | null {
  return legendIn(script, script, false) ?? (script.furniture?.length ? legendIn({ ...script, paragraphs: script.furniture, swatches: [] }, script, true) : null);
}

/**
 * The first legend among the opening paragraphs of `where`: the script's lines, or its running
 * headers and footers (`furniture`: the key a template repeats on every page), whose colours are
 * tied to the colours of the script's lines all the same.
 */
function legendIn(where: Script, script: Script, furniture: boolean): Legend | null {
  const window = where.paragraphs.slice(0, WINDOW);
  for (let i = 0; i < window.length; i++) {
    const paragraph = window[i]!;
    if (rawLength(paragraph) > MAX_LEGEND_CHARS) continue;
    if (paragraph.location.cell) {
      const cells = tableAt(where, i);
      const legend = resolveFirst(script, i, tableLegend(cells, null, where.swatches ?? []), furniture);
      if (legend) return legend;
      i += cells.length - 1;
      continue;
    }
    for (const raw of shapesAt(where, window, i)) {
      const legend = resolveFirst(script, i, raw, furniture);
      if (legend) return legend;
    }
  }
  return null;
}

function resolveFirst(script: Script, start: number, raw: RawLegend | null, furniture: boolean): Legend | null {
  if (!raw || (furniture && !saysItIsAKey(raw))) return null;
  return resolve(script, raw, furniture ? 0 : start, furniture);
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
  return textOf({ ...paragraph, runs: paragraph.runs.map((r) => ({ ...r, text: r.text.replace(/\t| {3,}/g, ' | ') })) });
}

/** The candidate legends that begin at paragraph `i` (not in a table), most specific first. */
function* shapesAt(script: Script, window: readonly Paragraph[], i: number): Generator<RawLegend> {
  const paragraph = window[i]!;
  const text = textOf(paragraph);
  const previous = i > 0 ? window[i - 1]! : null;
  const above = previous && !previous.location.cell && rawLength(previous) <= MAX_LEGEND_CHARS && isHeading(textOf(previous)) ? previous : null;
  if (isHeading(text)) {
    // A heading alone: a table follows, or one entry per paragraph.
    const next = window[i + 1];
    if (next?.location.cell) {
      const raw = tableLegend(tableAt(script, i + 1), paragraph, script.swatches ?? []);
      if (raw) yield raw;
      return;
    }
    const under = entriesUnder(window, i);
    if (under) yield under;
    return;
  }
  const line = namesInColourLine(paragraph);
  if (line) yield withHeading({ kind: 'names in colour', entries: line.entries, paragraphs: [paragraph], structure: line.structure, text }, above);
  const words: { paragraphs: Paragraph[]; entries: RawEntry[]; heading: boolean } = { paragraphs: [], entries: [], heading: false };
  for (let j = i; j < window.length; j++) {
    const p = window[j]!;
    if (p.location.cell || rawLength(p) > MAX_LEGEND_CHARS) break;
    const found = colourWordsLine(wordsText(p));
    if (!found) break;
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
  }
}

/** "Voix :" then one entry per paragraph ("Narratrice" in purple, "Cliente" in orange, "Texte en noir : non enregistré"). */
function entriesUnder(window: readonly Paragraph[], index: number): RawLegend | null {
  const heading = window[index]!;
  const look = heading.runs.find((r) => /\S/u.test(r.text));
  const structureLook: Look | null = look ? { color: look.color, background: look.background } : null;
  const paragraphs: Paragraph[] = [];
  const entries: RawEntry[] = [];
  for (let j = index + 1; j < window.length; j++) {
    const found = entriesOfParagraph(window[j]!, structureLook);
    if (!found) break;
    paragraphs.push(window[j]!);
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

  const entries: LegendEntry[] = raw.entries.map((e) => {
    if (e.phrase) {
      const match = matches[phrased.indexOf(e)]!;
      const colour = match.colour ?? (e.notRecorded ? { hex: e.phrase.hex, background: e.phrase.kind === 'background' } : null);
      return { name: e.name, notRecorded: e.notRecorded, source: 'colour words', colour, words: e.words!, ...(match.candidates.length > 1 ? { candidates: match.candidates } : {}) };
    }
    if (e.look && !isBody(e.look)) return { name: e.name, notRecorded: e.notRecorded, source: 'name colour', colour: colourOfLook(e.look, shared) };
    if (e.swatch) return { name: e.name, notRecorded: e.notRecorded, source: 'swatch', colour: nearestUsed(palette, e.swatch, SWATCH_MATCH) ?? { hex: e.swatch, background: false } };
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
  if (!entries.some((e) => !e.notRecorded && ((e.colour && isUsed(palette, e.colour, BODY_MATCH)) || (e.candidates?.length ?? 0) > 1))) return null;
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
  };
}

/** The colours the script uses outside the legend, for the trust checks. */
export function paletteOutside(script: Script, legend: Legend): Palette {
  return paletteOf(script, legendKeys(legend));
}

/** The legend's paragraphs by locationKey (`story:number`): numbers repeat across a PDF's stories. */
export function legendKeys(legend: Pick<Legend, 'paragraphs' | 'location'>): Set<string> {
  return new Set(legend.paragraphs.map((paragraph) => locationKey({ story: legend.location.story, paragraph })));
}
