/**
 * Which voice a run belongs to, by a voice map: its background (highlight or shading), its character
 * style, its text colour, or a speaker label opening its paragraph (or standing alone on the line
 * above it, in a screenplay: name-lines.ts).
 *
 * Colours match by CIEDE2000 within the map's tolerance, the nearest voice winning. A colour exactly
 * as near to two voices (two voices given the same colour, or one halfway between) is nobody's: the
 * run is left unassigned — never silently given to one of them — and `unknownColours` (checks.ts)
 * says which voices it sits between.
 */
import { chroma, deltaE } from '../colour/distance.js';
import type { VoiceMap, VoiceSpec } from '../config/voice-map.js';
import type { Hex, Location, Paragraph, Run, Warning } from '../model.js';
import { describeColour } from '../colour/names.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { normaliseSpace } from '../text/words.js';
import { accentlessKey, formOf, labelAsWritten, labelKey, voiceLabelIndex, voiceLabelKey, type AlikeLabels } from '../text/speaker-label.js';
import { nameBlocks } from './name-lines.js';
import { asideFirst, brokenAsides, cellLabel, cellName, cutRuns, DIRECTIONS, labelHead, labelOpening, labelRowRuns, lineWithAside, loneAsides, rowKey, rowLabels, speakerTableRows, voiceLabelFinder } from './label-rows.js';
import { labelContinuations, type BaseReading, type Continuations } from './continued.js';
import { labelAside, nameAside, rowAsides } from './colour-labels.js';
import { labelTimecode, type Timecode } from './timecodes.js';

export type ColourKind = 'text' | 'background';

const coloursOf = (voice: VoiceSpec, kind: ColourKind): readonly Hex[] => (kind === 'background' ? voice.highlights : voice.colors);

/** The voices whose colour of `kind` is nearest to `hex` within the tolerance: none, one, or several tied. */
export function nearestVoices(map: VoiceMap, hex: Hex, kind: ColourKind): string[] {
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const voice of map.voices) {
    for (const colour of coloursOf(voice, kind)) {
      const d = deltaE(hex, colour);
      if (d > map.tolerance || d > bestDistance) continue;
      if (d < bestDistance) {
        bestDistance = d;
        best = [voice.name];
      } else if (!best.includes(voice.name)) best.push(voice.name);
    }
  }
  return best;
}

/** No voice (null), one voice, or a tie between several: the run is then nobody's. */
type Match = string | null | { tie: string[] };

function nearestVoice(map: VoiceMap, hex: Hex, kind: ColourKind): Match {
  const voices = nearestVoices(map, hex, kind);
  return voices.length === 0 ? null : voices.length === 1 ? voices[0]! : { tie: voices };
}

/**
 * The voice a run belongs to by its look: a background matching a highlight voice first, then its
 * character style, then its text colour. Null when none matches, or when the first colour that
 * matches is tied between voices.
 */
export function voiceMatcher(map: VoiceMap): (run: Run) => string | null {
  const byStyle = styleIndex(map);
  const decide = (run: Run): string | null => {
    if (run.background) {
      const byBackground = nearestVoice(map, run.background, 'background');
      if (byBackground !== null) {
        if (typeof byBackground !== 'string') return null;
        return notRecordedNote(map, run.color, byBackground) ? null : byBackground;
      }
    }
    const byCharacterStyle = run.characterStyle ? byStyle.get(run.characterStyle.toLowerCase()) : undefined;
    if (byCharacterStyle !== undefined) return byCharacterStyle;
    const byColour = nearestVoice(map, run.color, 'text');
    return typeof byColour === 'string' ? byColour : null;
  };
  // By text colour, then background and character style: no key string is made for a run without a style.
  const cache = new Map<Hex, Map<string, string | null>>();
  return (run) => {
    let byLook = cache.get(run.color);
    if (!byLook) cache.set(run.color, (byLook = new Map()));
    const key = run.characterStyle ? `${run.background ?? ''}\u0000${run.characterStyle}` : (run.background ?? '');
    let voice = byLook.get(key);
    if (voice === undefined) {
      voice = decide(run);
      byLook.set(key, voice);
    }
    return voice;
  };
}

/** Colours at least this colourful (CIELAB chroma) are a note's own colour, not the script's ordinary text (black, greys). */
const NOTE_CHROMA = 15;

/**
 * Text in a colour the map says is not recorded, on a voice's highlight: a note marked in its own
 * colour inside the voice's passage ("Quercus (KWER-kus)" in red on the narrator's yellow). The text
 * colour wins when it is a colour (red, blue), not ordinary text (black, greys: a voice's highlight
 * is laid over those), and not the voice's own text colour.
 */
function notRecordedNote(map: VoiceMap, color: Hex, voice: string): boolean {
  if (map.unassigned.length === 0 || chroma(color) < NOTE_CHROMA) return false;
  if (!map.unassigned.some((hex) => deltaE(hex, color) <= map.tolerance)) return false;
  return !nearestVoices(map, color, 'text').includes(voice);
}

/** A line as twoVoicesOneStretch reads it (cast.ts Line). */
interface LookedLine {
  voice: string | null;
  text: string;
  location: Location;
  looks: readonly { color: Hex; background: Hex | null; words: number }[];
}

/** Lines quoted in a two-voices-one-stretch warning, at most (the rest counted). */
const STRETCHES_QUOTED = 3;

/**
 * Text in one voice's text colour on another voice's highlight (KID's red inside ANNCR's yellow): by
 * the order of precedence (voiceMatcher) the highlight's voice has it, but which voice says it is
 * not for vo-lines to know. Said, per pair of voices, with the lines and their words at stake
 * (`two-voices-one-stretch`). Not for text in ordinary colours (black, greys: a voice's highlight is
 * laid over those, whoever else has black as their colour), nor in a colour of the highlight's voice
 * too, nor in a colour tied between voices.
 */
export function twoVoicesOneStretch(map: VoiceMap, lines: readonly LookedLine[]): Warning[] {
  if (!map.voices.some((v) => v.highlights.length > 0) || !map.voices.some((v) => v.colors.length > 0)) return [];
  const pairs = new Map<string, { highlight: string; text: string; color: Hex; background: Hex; lines: { location: Location; text: string; words: number }[]; words: number }>();
  for (const line of lines) {
    if (line.voice === null) continue;
    for (const look of line.looks) {
      if (look.background === null || look.words === 0 || chroma(look.color) < NOTE_CHROMA) continue;
      const byBackground = nearestVoices(map, look.background, 'background');
      if (byBackground.length !== 1 || byBackground[0] !== line.voice) continue;
      const byText = nearestVoices(map, look.color, 'text');
      if (byText.length !== 1 || byText[0] === line.voice) continue;
      const key = `${line.voice}\u0000${byText[0]}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { highlight: line.voice, text: byText[0]!, color: look.color, background: look.background, lines: [], words: 0 }));
      const last = pair.lines[pair.lines.length - 1];
      if (last && last.location === line.location && last.text === line.text) last.words += look.words;
      else pair.lines.push({ location: line.location, text: line.text, words: look.words });
      pair.words += look.words;
    }
  }
  const warnings: Warning[] = [];
  for (const pair of pairs.values()) {
    const quoted = pair.lines.slice(0, STRETCHES_QUOTED).map((l) => `${formatLocation(l.location)} "${l.text.length > 60 ? `${l.text.slice(0, 59)}…` : l.text}" (${count(l.words)} ${l.words === 1 ? 'word' : 'words'})`);
    const more = pair.lines.length - quoted.length;
    if (more > 0) quoted.push(`${count(more)} more ${more === 1 ? 'line' : 'lines'}`);
    const one = pair.lines.length === 1;
    warnings.push({
      code: 'two-voices-one-stretch',
      message: `${count(pair.words)} ${pair.words === 1 ? 'word' : 'words'} in ${pair.text}'s colour (${describeColour(pair.color)}) on ${pair.highlight}'s highlight (${describeColour(pair.background)}) ${pair.words === 1 ? 'is' : 'are'} counted as ${pair.highlight}'s, as a highlight comes before a text colour: ${listOf(quoted)}. If ${one ? 'it is' : 'they are'} ${pair.text}'s, take ${pair.highlight}'s highlight off ${one ? 'it' : 'them'}.`,
      location: pair.lines[0]!.location,
      details: {
        highlightVoice: pair.highlight,
        textVoice: pair.text,
        colour: pair.color,
        background: pair.background,
        words: pair.words,
        lines: pair.lines.map((l) => ({ location: l.location, text: l.text, words: l.words })),
      },
    });
  }
  return warnings;
}

export function styleIndex(map: VoiceMap): Map<string, string> {
  const index = new Map<string, string>();
  for (const voice of map.voices) for (const style of voice.styles) index.set(style.toLowerCase(), voice.name);
  return index;
}

/** How a paragraph is read: its runs (a speaker label cut off) and a voice for runs no colour claims. */
export interface ParagraphReading {
  runs: Run[];
  fallback: string | null;
  /** The aside of the label cut off (`(off)` of `MARIE (off) :`): shown before the voice's line, not counted (colour-labels.ts). */
  aside?: string;
  /** The time in the label's brackets (`NARRATOR [00:01:23]:`): the line's time code, when none opens its text (timecodes.ts). */
  timecode?: Timecode;
}

/**
 * A paragraph opening with a speaker label gives its runs to that voice, the label itself cut off; so
 * does a table row whose cell holds a label alone, for the cells after it (the label's cell is cut,
 * an aside on a line of its own under the label opening the row's text: label-rows.ts), and a label
 * alone on its line, for the dialogue below it (name-lines.ts; the name's line is cut). An aside
 * alone under a line opening with a label and a tab (a PDF's table row) is read with that line. With
 * no voice told by its label, paragraphs are read as they are (but an aside broken over paragraphs).
 */
export function paragraphReader(map: VoiceMap, paragraphs: readonly Paragraph[] = []): (paragraph: Paragraph) => ParagraphReading {
  return labelReader(map, paragraphs).read;
}

/**
 * paragraphReader, and the paragraphs with no label read as going on with a speaker's labelled line
 * above them (continued.ts), with those reading as speech left nobody's: what `label-continued` and
 * `unlabelled-speech` say. No continuation without a voice told by its label.
 */
export function labelReader(map: VoiceMap, paragraphs: readonly Paragraph[] = []): { read: (paragraph: Paragraph) => ParagraphReading; continuations: Continuations | null } {
  const base = baseReader(map, paragraphs);
  if (!map.voices.some((voice) => voice.labels.length > 0)) return { read: base, continuations: null };
  const matcher = voiceMatcher(map);
  const continuations = labelContinuations(paragraphs, base, (run) => matcher(run) !== null, map.continueLabels !== false);
  if (continuations.continued.size === 0) return { read: base, continuations };
  const { continued } = continuations;
  return {
    read: (paragraph) => {
      const going = continued.get(paragraph);
      return going ? { runs: paragraph.runs, fallback: going.voice } : base(paragraph);
    },
    continuations,
  };
}

function baseReader(map: VoiceMap, paragraphs: readonly Paragraph[]): (paragraph: Paragraph) => BaseReading {
  const byStyle = styleIndex(map);
  const labels = map.voices.flatMap((voice) => voice.labels.filter((label) => label.trim() !== '').map((label) => ({ voice: voice.name, label })));
  // Whether a name names a voice's label: speaker-label.ts voiceLabelIndex (namesVoice's `labels` answer, accents aside when
  // that tells one voice); the first voice's when two share one.
  const { find } = voiceLabelIndex(labels);
  const named = (name: string, withAside: string | null) => find(name) ?? (withAside === null ? undefined : find(withAside));
  const styleOf = (paragraph: Paragraph) => (paragraph.style ? (byStyle.get(paragraph.style.toLowerCase()) ?? null) : null);
  if (labels.length === 0) {
    // Voices by colour or style: a label table's label cell keeps its own line (unassigned, most
    // often, as the label's part of its PDF's "LABEL⇥text" line is); an aside broken over paragraphs is one.
    const broken = brokenAsides(paragraphs);
    return (paragraph) => {
      const piece = broken.get(paragraph);
      return { runs: piece === undefined ? paragraph.runs : (piece ?? []), fallback: styleOf(paragraph) };
    };
  }
  const lone = new Map(loneAsides(paragraphs).map((f) => [f.line, f]));
  const asides = new Set([...lone.values()].map((f) => f.aside));
  const speakers = rowLabels(paragraphs, (text) => {
    const cell = cellName(text);
    return cell ? (named(cell.name, cell.withAside)?.voice ?? null) : null;
  });
  const nameLines = nameLineVoices(map, paragraphs);
  const broken = apartFrom(brokenAsides(paragraphs), paragraphs, nameLines);
  // The label cells' asides (`MARIE (OFF)`), for the lines they are directions of.
  const cellAsides = rowAsides(paragraphs, speakers);
  const rowRuns = labelRowRuns(paragraphs, new Map([...[...speakers].map(([key, { column }]) => [key, { column, join: false }] as const), ...otherLabelRows(paragraphs, speakers)]));
  // The voice's label opening a paragraph, and where its text starts; null for none: "MARIE:", "MARIE :", with an aside
  // in brackets, "MARIE (off) :", or a tab, "MARIE⇥…"; a Chinese, Japanese or Korean label also in brackets, before
  // corner brackets or a slash (`【旁白】`, `太郎「…」`): label-rows.ts voiceLabelFinder, as label-breaks.ts reads a line after a break.
  const finder = voiceLabelFinder(labels);
  const labelOf = (head: ReturnType<typeof labelHead>): { voice: string; label: string; cut: { keep: number; cut: number } } | null => {
    const found = finder(head);
    return found && { voice: found.entry.voice, label: found.entry.label, cut: found.cut };
  };
  return (paragraph) => {
    const fallback = styleOf(paragraph);
    if (asides.has(paragraph)) return { runs: [], fallback };
    const key = rowKey(paragraph);
    const speaker = key ? speakers.get(key) : undefined;
    // A voice's label cell is no line, even when it opens like a paragraph's label (`MUM: (laughing)`).
    if (speaker && paragraph.location.cell!.column === speaker.column) return { runs: [], fallback };
    const byLone = lone.get(paragraph);
    const text = paragraph.runs.map((r) => r.text).join('');
    const head = labelHead(text);
    const found = labelOf(head);
    if (found) {
      const { voice, label, cut } = found;
      // A direction before a Japanese name (`【小声で】太郎「…」`) stays with the line, before it.
      const runs = cut.keep > 0 ? cutRuns(paragraph.runs, cut.keep, cut.cut) : dropPrefix(paragraph.runs, cut.cut);
      const aside = labelAside(text.slice(cut.keep, cut.cut), label);
      // A time in the label's brackets (`NARRATOR [00:01:23]:`, `MARC (00:12) :`) is the line's time, no direction.
      const timecode = aside ? labelTimecode(aside) : null;
      const reading: BaseReading = { runs: byLone ? asideFirst(byLone, runs) : runs, fallback: voice, label: voice, tabbed: text.slice(cut.keep, cut.cut).includes('\t') };
      if (timecode) reading.timecode = timecode;
      else if (aside) reading.aside = aside;
      return reading;
    }
    if (byLone) return { runs: lineWithAside(byLone), fallback };
    // A name on a line of its own (screenplay layout): no one's words; the dialogue below it is its voice's.
    const byName = nameLines.get(paragraph);
    if (byName) return byName.cue ? { runs: [], fallback } : { runs: paragraph.runs, fallback: byName.voice, ...(byName.aside ? { aside: byName.aside } : {}) };
    const byRow = rowRuns.get(paragraph);
    // A voice's row: its label cell is no line, its text the voice's (an aside under the label opening it).
    if (speaker && paragraph.location.cell!.column >= speaker.column) {
      const aside = byRow === null ? undefined : cellAsides.get(paragraph);
      return { runs: byRow === undefined ? paragraph.runs : (byRow ?? []), fallback: byRow === null ? fallback : speaker.label, rowVoice: speaker.label, ...(aside ? { aside } : {}) };
    }
    // A row of the table whose label is no voice's (`SFX | Trolley wheels…`): one line, its text opening with the label, as in a paragraph.
    if (byRow !== undefined) return { runs: byRow ?? [], fallback };
    // An aside broken over paragraphs: one line (label-rows.ts).
    const piece = broken.get(paragraph);
    return { runs: piece === undefined ? paragraph.runs : (piece ?? []), fallback };
  };
}

/**
 * With no voice map (colour groups): a table of speakers'
 * labels read row by row, "LABEL⇥text", the label cell no line (label-rows.ts `speakerTableRows`), and
 * an aside alone under a line opening with a label and a tab read with that line; other paragraphs as
 * they are.
 */
export function labelTableReader(paragraphs: readonly Paragraph[]): (paragraph: Paragraph) => Run[] {
  const rows = labelRowRuns(paragraphs, new Map([...speakerTableRows(paragraphs)].map(([key, { column }]) => [key, { column, join: true }])));
  const lone = new Map(loneAsides(paragraphs).map((f) => [f.line, f]));
  const asides = new Set([...lone.values()].map((f) => f.aside));
  const broken = brokenAsides(paragraphs);
  if (rows.size === 0 && lone.size === 0 && broken.size === 0) return (paragraph) => paragraph.runs;
  return (paragraph) => {
    if (asides.has(paragraph)) return [];
    const byLone = lone.get(paragraph);
    if (byLone) return lineWithAside(byLone);
    const byRow = rows.has(paragraph) ? rows.get(paragraph) : broken.get(paragraph);
    return byRow === undefined ? paragraph.runs : (byRow ?? []);
  };
}

/** The broken asides none of whose pieces the screenplay layout reads as a name or dialogue. */
function apartFrom(broken: Map<Paragraph, Run[] | null>, paragraphs: readonly Paragraph[], named: ReadonlyMap<Paragraph, unknown>): Map<Paragraph, Run[] | null> {
  if (broken.size === 0 || named.size === 0) return broken;
  let group: Paragraph[] = [];
  const drop = () => {
    if (group.some((p) => named.has(p))) for (const p of group) broken.delete(p);
    group = [];
  };
  for (const paragraph of paragraphs) {
    const piece = broken.get(paragraph);
    if (piece === undefined) continue;
    if (piece !== null) drop();
    group.push(paragraph);
  }
  drop();
  return broken;
}

/**
 * In a table whose rows name their speakers in a cell of their own, the rows whose label cell holds a
 * label that is no voice's (`SFX`, `MUSIC`, a speaker left out of the config): read as the row's text
 * opening with that label (`SFX⇥Trolley wheels on gravel.`), as speaker-labels.ts counts such a row
 * and as a PDF of the table reads it — one line, not the label and its text as two. By row: the
 * label's column, to join.
 */
function otherLabelRows(paragraphs: readonly Paragraph[], speakers: ReadonlyMap<string, { column: number }>): Map<string, { column: number; join: boolean }> {
  // By table: the columns its speakers' labels stand in, and the first row that has one.
  const tables = new Map<string, { columns: Set<number>; firstRow: number }>();
  for (const [key, { column }] of speakers) {
    const [table, row] = key.split(':');
    const entry = tables.get(table!) ?? { columns: new Set<number>(), firstRow: Number(row) };
    entry.columns.add(column);
    entry.firstRow = Math.min(entry.firstRow, Number(row));
    tables.set(table!, entry);
  }
  const found = new Map<string, { column: number; join: boolean }>();
  if (tables.size === 0) return found;
  const inTables = paragraphs.filter((p) => p.location.cell && tables.has(String(p.location.cell.table)));
  const labelled = rowLabels(inTables, cellLabel);
  // By table and column, how often each label stands there: a name used twice is a speaker's, wherever its first row.
  const uses = new Map<string, number>();
  for (const [key, { column, label }] of labelled) {
    const use = `${key.split(':')[0]}:${column}:${labelKey(label)}`;
    uses.set(use, (uses.get(use) ?? 0) + 1);
  }
  // In the speakers' column; above the first voice's row only a direction's label (`MUSIC`) or a speaker's the column
  // names again (`NARRATOR` opening the dialogue, the config leaving him out), not a header row's (`PERSONNAGE | TEXTE`).
  for (const [key, { column, label }] of labelled) {
    const [table, row] = key.split(':');
    const entry = tables.get(table!)!;
    if (speakers.has(key) || !entry.columns.has(column)) continue;
    if (Number(row) < entry.firstRow && !DIRECTIONS.has(labelKey(label)) && (uses.get(`${table}:${column}:${labelKey(label)}`) ?? 0) < 2) continue;
    found.set(key, { column, join: true });
  }
  return found;
}

/**
 * The paragraphs of the screenplay layout (name-lines.ts) whose name is a voice's label: the name's
 * own paragraph (`cue`) and the dialogue below it, each with the voice. Parentheticals are nobody's.
 */
function nameLineVoices(map: VoiceMap, paragraphs: readonly Paragraph[]): Map<Paragraph, { voice: string; cue: boolean; aside?: string }> {
  // A name looked up as a label opening a line is (speaker-label.ts voiceLabelIndex: `ELODIE` for `Élodie`).
  const { find } = voiceLabelIndex(map.voices.flatMap((voice) => voice.labels.map((label) => ({ voice: voice.name, label }))));
  const found = new Map<Paragraph, { voice: string; cue: boolean; aside?: string }>();
  // A config's label stands as a name on its line even when not in capitals ("Narrator").
  for (const block of nameBlocks(paragraphs, (name) => find(name) !== undefined).blocks) {
    const voice = find(block.name)?.voice;
    if (voice === undefined) continue;
    found.set(block.cue, { voice, cue: true });
    // The name's extension (`MARIE (V.O.)`, `(off)`) goes before its first line, as a direction (colour-labels.ts).
    const aside = nameAside(block.cue.runs.map((r) => r.text).join(''));
    block.lines.forEach((line, i) => found.set(line, i === 0 && aside ? { voice, cue: false, aside } : { voice, cue: false }));
  }
  return found;
}

function dropPrefix(runs: Run[], length: number): Run[] {
  const result: Run[] = [];
  let remaining = length;
  for (const run of runs) {
    if (remaining >= run.text.length) {
      remaining -= run.text.length;
      continue;
    }
    result.push(remaining > 0 ? { ...run, text: run.text.slice(remaining) } : run);
    remaining = 0;
  }
  return result;
}

/** Lines quoted one by one in `label-accents-alike`, up to this many. */
const ALIKE_QUOTED = 3;

/** Where a name that may be either of two voices' stands: opening a line (`ELODIE :`), alone on the line above the dialogue, in a table's speaker cell. */
type AlikePlace = 'label' | 'name-line' | 'cell';

/**
 * `label-accents-alike`: voices whose labels differ only by accents (`Élodie`, `Elodie`), and names in
 * the script that may be either's — written with no accent in capitals (`ELODIE`, as French
 * typesetting often drops them: given to the voice whose label it spells, `Elodie`), or matching
 * neither as written (`HELÈNE` for `Hélène` and `Helene`: nobody's) — wherever a name stands: opening a
 * line (`ELODIE :`), alone on its line above the dialogue (name-lines.ts, as nameLineVoices reads it),
 * alone in a table's speaker cell (label-rows.ts rowLabels, as baseReader reads it). One warning per
 * name as written and place (`kind`); nothing when no two voices' labels are so alike (no cost then).
 */
export function accentDoubts(map: VoiceMap, paragraphs: readonly Paragraph[]): Warning[] {
  const entries = map.voices.flatMap((voice) => voice.labels.filter((label) => label.trim() !== '').map((label) => ({ voice: voice.name, label })));
  const { find, alike } = voiceLabelIndex(entries);
  if (alike.length === 0) return [];
  const groups = new Map<string, AlikeLabels>();
  for (const group of alike) groups.set(accentlessKey(group[0]!.label), group);
  const found = new Map<string, { label: string; written: string; kind: AlikePlace; group: AlikeLabels; voice: string | null; locations: Location[] }>();
  const seen = new Set<Paragraph>();
  // `prefix`: a label's text as written up to the line's words (`ELODIE : `), whose colon the warning shows.
  const consider = (written: string, paragraph: Paragraph, kind: AlikePlace, prefix?: string) => {
    const name = normaliseSpace(written).trim();
    const group = groups.get(accentlessKey(name));
    if (!group || seen.has(paragraph)) return;
    seen.add(paragraph);
    const voice = find(name)?.voice ?? null;
    // Written with its accents, or in small letters (which keep them), the name says whose it is.
    if (voice !== null && (/\p{Ll}/u.test(name) || name.normalize('NFD') !== name.normalize('NFD').replace(/\p{M}/gu, ''))) return;
    const key = `${kind}\u0000${voiceLabelKey(name)}`;
    const entry = found.get(key) ?? { label: name, written: prefix === undefined ? name : labelAsWritten(name, prefix), kind, group, voice, locations: [] };
    entry.locations.push(paragraph.location);
    found.set(key, entry);
  };
  for (const paragraph of paragraphs) {
    const text = paragraph.runs.map((r) => r.text).join('');
    const opening = labelOpening(labelHead(text));
    if (opening) consider(opening.name, paragraph, 'label', text.slice(opening.keep, opening.cut));
  }
  // A name alone on its line above the dialogue, found as nameLineVoices finds it (a config's label not in capitals too).
  for (const block of nameBlocks(paragraphs, (name) => find(name) !== undefined).blocks) consider(block.name, block.cue, 'name-line');
  // A name alone in a table row's cell before its text, as baseReader's rowLabels finds a voice's (or one of the alike names).
  const cells = rowLabels(paragraphs, (text) => {
    const cell = cellName(text);
    return cell && (groups.has(accentlessKey(normaliseSpace(cell.name).trim())) || find(cell.name) !== undefined) ? cell.name : null;
  });
  if (cells.size > 0) {
    for (const paragraph of paragraphs) {
      const key = rowKey(paragraph);
      const cell = key === null ? undefined : cells.get(key);
      if (cell && cell.column === paragraph.location.cell!.column) {
        cells.delete(key!);
        consider(cell.label, paragraph, 'cell');
      }
    }
  }
  return [...found.values()].map(({ label, written, kind, group, voice, locations }): Warning => {
    const voices = group.map((e) => `${e.voice} ("${e.label}")`);
    const where = locations.slice(0, ALIKE_QUOTED).map((l) => formatLocation(l)).join(', ') + (locations.length > ALIKE_QUOTED ? ', …' : '');
    const one = locations.length === 1;
    const fate = voice === null ? "left nobody's" : `given to ${voice}, whose label it spells`;
    const stands =
      kind === 'label'
        ? `"${written}" opens ${plural(locations.length, 'line')} (${where})`
        : kind === 'name-line'
          ? `"${label}", alone on its line above the dialogue, names the speaker of ${count(locations.length)} ${one ? 'speech' : 'speeches'} (${where})`
          : `"${label}", in a table's speaker column, names the speaker of ${plural(locations.length, 'row')} (${where})`;
    const said = `${kind === 'label' ? (one ? 'it is' : 'they are') : kind === 'name-line' ? (one ? 'the speech is' : 'the speeches are') : one ? 'the row is' : 'the rows are'} ${fate}`;
    return {
      code: 'label-accents-alike',
      message:
        `${stands} and may name ${listOf(voices, 'or')}: their labels differ only by accents, which capitals often leave out, so ${said}. ` +
        `Write the ${kind === 'label' ? 'label' : 'name'} with its accents in the script, or give the voices labels that differ by more than accents.`,
      location: locations[0]!,
      // `written`: the name as the script writes it, a label with its colon (`ELODIE :`), a name alone as it stands.
      details: { label, written, kind, voices: group.map((e) => e.voice), labels: group.map((e) => e.label), voice, lines: locations.length, locations },
    };
  });
}
