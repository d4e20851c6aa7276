/**
 * Risky coding, said loudly: colours that mean different things but look alike, and text in a
 * colour that means nothing known.
 */
import { normaliseSpace } from '../text/words.js';
import type { Hex, Run, Warning } from '../model.js';
import type { Casting, Line } from './cast.js';
import { nearestVoices, voiceMatcher } from './match.js';
import { UNASSIGNED_TEXT } from './voices.js';
import { avColumns } from './av-columns.js';
import { isStudioNote } from './colour-labels.js';
import { foldWidth } from '../text/width.js';
import { voiceLabelIndex } from '../text/speaker-label.js';
import { listOf, plural, shortText } from '../text/format.js';
import { chroma, deltaE, lightness } from '../colour/distance.js';
import { describeColour, plainName } from '../colour/names.js';
import { parseColour } from '../colour/parse.js';
import { displayPath } from '../platform/files.js';
import { headingKeys, locationKey } from '../text/headings.js';
import { type VoiceMap, type VoiceSpec } from '../config/voice-map.js';

/**
 * Below these CIEDE2000 differences two colours are easily mixed up by eye. Text strokes are thin,
 * so text needs more: dark grey #404040 vs black is 17.6, #595959 vs black 25.9, dark blue #1F4E79 vs
 * black 27.6 — all warn; dark blue vs green #00B050 is 53.6 and does not. Highlights are large fields
 * where 15 is already plain (yellow vs bright green is 23.4).
 */
export const CONFUSABLE_TEXT = 30;
export const CONFUSABLE_BACKGROUND = 15;

/**
 * Except a grey (or black) beside a clear colour: CIEDE2000 weighs chroma lightly, so Word's Blue
 * `#0070C0` is 24.5 from mid grey and its Green `#00B050` 28.7, yet their hue shows plainly even in
 * thin letters. A colour counts as clear from chroma 40 and lightness 40 up (so navy `#000080`,
 * Word's Dark Blue `#002060`, dark blue `#1F4E79`, dark red and dark green still warn beside black
 * or grey: dark hues read as black in text).
 */
const NEUTRAL_CHROMA = 5;
const CLEAR_CHROMA = 40;
const CLEAR_LIGHTNESS = 40;

function greyBesideClearColour(a: Hex, b: Hex): boolean {
  const clear = (hex: Hex) => chroma(hex) >= CLEAR_CHROMA && lightness(hex) >= CLEAR_LIGHTNESS;
  return (chroma(a) < NEUTRAL_CHROMA && clear(b)) || (chroma(b) < NEUTRAL_CHROMA && clear(a));
}

interface Side {
  name: string;
  voice: string | null;
  kind: 'text' | 'background';
  hex: Hex;
  words: number;
  lines: Line[];
}


/** What tells a line apart: its background when its voice is coded by background, else its text colour. */
function looksOf(casting: Casting, map: VoiceMap | null): Side[] {
  const highlightVoices = new Set(casting.voices.filter((v) => v.highlights.length > 0).map((v) => v.name));
  // A voice told by no colour (by its speaker labels or paragraph styles only): its lines' colours
  // say nothing of who reads them, so no colour of theirs can be mistaken for another's.
  const colourless = new Set(casting.voices.filter((v) => v.colors.length === 0 && v.highlights.length === 0).map((v) => v.name));
  // By voice, then kind and colour (no key string per line); `sides` in order of first use.
  const sides: Side[] = [];
  const byVoice = new Map<string, { text: Map<Hex, Side>; background: Map<Hex, Side> }>();
  const add = (line: Line, kind: 'text' | 'background', hex: Hex) => {
    const voiceKey = line.voice ?? '';
    let ofVoice = byVoice.get(voiceKey);
    if (!ofVoice) byVoice.set(voiceKey, (ofVoice = { text: new Map(), background: new Map() }));
    let side = ofVoice[kind].get(hex);
    if (!side) {
      side = { name: line.voice ?? UNASSIGNED_TEXT, voice: line.voice, kind, hex, words: 0, lines: [] };
      ofVoice[kind].set(hex, side);
      sides.push(side);
    }
    side.words += line.words;
    side.lines.push(line);
  };
  const lines = casting.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice !== null && colourless.has(line.voice)) continue;
    if (line.voice === null) {
      add(line, 'text', line.color);
      if (line.background) add(line, 'background', line.background);
    } else if (line.background && highlightVoices.has(line.voice)) {
      // (A colour group of text on a background that is none of the coding's, banded rows or a page's
      // colour, is told by its text colour: two such groups on one background are not alike.)
      add(line, 'background', line.background);
    } else {
      add(line, 'text', line.color);
    }
  }
  return sides;
}

function describeSide(side: Side): string {
  const colour = side.kind === 'background' ? `${describeColour(side.hex)} background` : describeColour(side.hex);
  return `${side.name} (${colour}: ${plural(side.words, 'word')} in ${plural(side.lines.length, 'line')})`;
}

export function confusableColours(casting: Casting, map: VoiceMap | null): Warning[] {
  const sides = looksOf(casting, map);
  const warnings: Warning[] = [];
  // Text of no voice that is all headings (Word's blue "Heading 1" beside a narrator's blue) is set
  // apart by its form: no line of it is mistaken for a voice's line (a colour of no voice is said apart).
  let headings: ReadonlySet<string> | undefined;
  const onlyHeadings = (side: Side) => {
    if (side.voice !== null) return false;
    headings ??= headingKeys(casting.script.paragraphs);
    return side.lines.every((line) => headings!.has(locationKey(line.location)));
  };
  // So is text of no voice that is all links, or looks like links (links.ts): said apart (`links-alone`, `unknown-colour`).
  const onlyLinks = (side: Side) => side.voice === null && side.kind === 'text' && side.lines.every((line) => line.looks.every((look) => look.link || look.words === 0));
  // Text of no voice that is all notes to the studio in a voice's colour (colour-labels.ts studioNotes): nobody's on
  // purpose, said by notes-not-counted; that voice's colour is compared with the others already.
  const asVoice = (side: Side) => side.voice === null && side.lines.every(isStudioNote);
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const a = sides[i]!;
      const b = sides[j]!;
      if (a.voice === b.voice || a.kind !== b.kind || a.hex === b.hex) continue;
      const threshold = a.kind === 'text' ? CONFUSABLE_TEXT : CONFUSABLE_BACKGROUND;
      const d = deltaE(a.hex, b.hex);
      if (d >= threshold || (a.kind === 'text' && greyBesideClearColour(a.hex, b.hex))) continue;
      if (onlyHeadings(a) || onlyHeadings(b) || onlyLinks(a) || onlyLinks(b) || asVoice(a) || asVoice(b)) continue;
      const [first, second] = a.voice === null ? [b, a] : [a, b];
      warnings.push({
        code: 'confusable-colours',
        message: `${describeSide(first)} and ${describeSide(second)} look alike (colour difference ${d.toFixed(1)}, under ${threshold}): check which lines are whose before recording.`,
        location: first.lines[0]!.location,
        details: {
          deltaE: Math.round(d * 10) / 10,
          threshold,
          kind: a.kind,
          sides: [first, second].map((s) => ({ voice: s.voice, colour: s.hex, words: s.words, lines: s.lines.length })),
        },
      });
    }
  }
  return warnings;
}

const FIRST_LINES = 3;

/** "A", "A" and "B", "A", "B" and "C". */
const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ').replace(/, (?=[^,]*$)/, ' and ');

/** A line's text cut for a message. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The first lines of a colour, quoted for a message. */
function firstLines(lines: readonly Line[]): string {
  const quoted = lines.slice(0, FIRST_LINES).map((l) => `"${clip(l.text)}"`);
  return `${quoted.join(', ')}${lines.length > FIRST_LINES ? ', …' : ''}`;
}

interface UnknownColour {
  hex: Hex;
  background: boolean;
  /** The voices the colour is exactly as near to (match.ts): empty when it is near none. */
  tie: string[];
  words: number;
  lines: Line[];
  /** Of its words, those of links or of text that looks like one (LookWords.link), and their lines. */
  linkWords: number;
  linkLines: Line[];
}

/** A function of a colour, worked out once per colour. */
function perColour<T>(of: (hex: Hex) => T): (hex: Hex) => T {
  const known = new Map<Hex, T>();
  return (hex) => {
    let value = known.get(hex);
    if (value === undefined) {
      value = of(hex);
      known.set(hex, value);
    }
    return value;
  };
}

/**
 * What to do with text of no voice that is all links or looks like links (attribute/links.ts): its colour
 * is the links', which editors give every link whatever the voice around it, so it is no voice's colour.
 */
function linkAdvice(one: boolean): string {
  return (
    `${one ? 'It looks like a link' : 'They look like links'}, on ${one ? 'a line of its' : 'lines of their'} own (Word and LibreOffice show links in this colour whatever the voice around them): ` +
    `do not add the colour to a voice, which would be given every link of the script. If ${one ? 'it is' : 'they are'} read aloud, give ${one ? 'it' : 'them'} the colour of the voice who reads ${one ? 'it' : 'them'} in the script; if not, add the colour to "unassigned" in the config.`
  );
}

/**
 * A legend whose voices are all highlights says nothing of plain black text: titles, headings and
 * notes are simply not highlighted. That text is not a voice and not an unknown colour.
 */
function highlightOnlyLegend(map: VoiceMap): boolean {
  return map.origin === 'legend' && map.voices.every((v) => v.highlights.length > 0 && v.colors.length === 0);
}

/**
 * `unknown-colour`: text of no voice in a colour no voice has and the map does not declare, or tied
 * between voices. Its lines that are no headings are quoted first: their words are the ones at risk
 * (`headingLines`: those of its lines that are headings, when the colour is no voice's).
 */
function unknownColour(entry: UnknownColour, headingLines: readonly Line[]): Warning {
  const colour = entry.background ? `${describeColour(entry.hex)} background` : describeColour(entry.hex);
  const what = `${plural(entry.words, 'word')} in ${plural(entry.lines.length, 'line')} are ${colour}`;
  const headed = new Set(headingLines);
  const body = headed.size > 0 ? entry.lines.filter((line) => !headed.has(line)) : entry.lines;
  const shown = headed.size > 0 ? `${firstLines(body)}, and ${plural(headed.size, 'heading')} ("${clip(headingLines[0]!.text)}"${headed.size > 1 ? ', …' : ''})` : firstLines(entry.lines);
  const ordered = headed.size > 0 ? [...body, ...headingLines] : entry.lines;
  const message =
    entry.tie.length > 1
      ? `${what}, equally near to the colours of ${list(entry.tie)}, so they are counted as nobody's: ${shown}. Give those voices colours apart, or recolour these lines.`
      : entry.linkWords === entry.words && !entry.background
        ? `${what}, which is no voice's colour: ${shown}. ${linkAdvice(entry.lines.length === 1)}`
        : `${what}, which is no voice's colour: ${shown}. Add the colour to a voice, or to "unassigned" in the config if it is not recorded.${entry.linkWords > 0 && !entry.background ? ` Of these, ${plural(entry.linkWords, 'word')} (${firstLines(entry.linkLines)}) ${entry.linkWords === 1 ? 'looks like a link' : 'look like links'}: a voice given this colour would be given ${entry.linkWords === 1 ? 'that link' : 'those links'} too.` : ''}`;
  return {
    code: 'unknown-colour',
    message,
    location: ordered[0]!.location,
    details: {
      colour: entry.hex,
      background: entry.background,
      words: entry.words,
      lines: entry.lines.length,
      ...(headed.size > 0 ? { headings: headed.size } : {}),
      firstLines: ordered.slice(0, FIRST_LINES).map((l) => l.text),
      ...(entry.tie.length > 1 ? { tiedVoices: entry.tie } : {}),
      ...(entry.linkWords > 0 && !entry.background ? { linkWords: entry.linkWords } : {}),
    },
  };
}

/**
 * `headings-unassigned`: text of no voice in a colour no voice has, every line of it a heading (Word's
 * blue "Heading 1", a title's colour of its own): titles nobody reads, counted as nobody's (the
 * Unassigned row), as `init` writes the colour (not recorded) and `colors` shows it (headings only).
 * A note, not an unknown colour to fix: nothing is at risk unless a heading is read aloud.
 */
function headingsUnassigned(entry: UnknownColour, map: VoiceMap): Warning {
  const one = entry.lines.length === 1;
  const where = entry.background ? `on a ${describeColour(entry.hex)} background, no voice's highlight,` : `in ${describeColour(entry.hex)}, no voice's colour,`;
  const quoted = entry.lines.slice(0, FIRST_LINES).map((l) => shortText(l.text));
  if (entry.lines.length > FIRST_LINES) quoted.push(`${entry.lines.length - FIRST_LINES} more`);
  // The config that governs the script, as the user would type its path (a subfolder's, not any vo-lines.config.yaml).
  const whose = map.origin === 'config' ? `in ${map.source ? displayPath(map.source) : 'your config'}` : 'in the legend or in a config';
  return {
    code: 'headings-unassigned',
    message:
      `${plural(entry.lines.length, 'heading')} (${plural(entry.words, 'word')}) ${one ? 'is' : 'are'} ${where} and counted as nobody's ${one ? 'line' : 'lines'} (Unassigned): ${listOf(quoted)}. ` +
      `If ${one ? 'it is' : 'they are'} read aloud, give that colour to the voice who reads ${one ? 'it' : 'them'}, ${whose}.`,
    location: entry.lines[0]!.location,
    details: { colour: entry.hex, background: entry.background, headings: entry.lines.length, words: entry.words, firstLines: entry.lines.slice(0, FIRST_LINES).map((l) => l.text) },
  };
}

/**
 * Unassigned text in a colour that is neither a voice's nor declared as unassigned, or that is tied
 * between two voices (exactly as near to both: nobody's, see match.ts). A line that mixes colours
 * credits each colour with its own words (and counts as one of each colour's lines).
 *
 * Under a legend whose voices are all highlights, plain black text is said once, plainly, as what it
 * is (unassigned text with no highlight), not as an unknown colour to add to a config.
 */
/** `skip`: lines made nobody's on purpose and said so (a legend's directions in brackets: legend-directions.ts). */
export function unknownColours(casting: Casting, map: VoiceMap, skip?: ReadonlySet<Line>): Warning[] {
  // What a colour is (declared, plain, tied) is worked out once per colour, not once per line.
  const declared = perColour((hex) => map.unassigned.some((u) => deltaE(u, hex) <= map.tolerance));
  const plainColour = perColour((hex) => deltaE(hex, '#000000') <= map.tolerance);
  const nearestBackground = perColour((hex) => nearestVoices(map, hex, 'background'));
  const nearestText = perColour((hex) => nearestVoices(map, hex, 'text'));
  const plainAllowed = highlightOnlyLegend(map);
  const plain = { words: 0, lines: [] as Line[] };
  const byColour = new Map<string, UnknownColour>();
  const lines = casting.lines;
  // An AV script's picture column is nobody's whatever its colour (av-columns.ts says it): no colour to name.
  const silent = new Set([...avColumns(casting.script.paragraphs).silent].map((p) => locationKey(p.location)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (A note to the studio in a voice's colour is nobody's on purpose, said by notes-not-counted: colour-labels.ts.)
    if (line.voice !== null || (silent.size > 0 && silent.has(locationKey(line.location))) || isStudioNote(line) || skip?.has(line)) continue;
    for (const look of line.looks) {
      // Text inserted by tracked changes shown, in a reviewer's colour: the reader's warning says it.
      if (look.words === 0 || look.revision || declared(look.color) || (look.background !== null && declared(look.background))) continue;
      if (plainAllowed && look.background === null && plainColour(look.color)) {
        plain.words += look.words;
        if (plain.lines[plain.lines.length - 1] !== line) plain.lines.push(line);
        continue;
      }
      // The colour that decided: a background tied between voices, else the text colour's tie, else
      // the background (a highlight no voice has), else the text colour.
      const backgroundTie = look.background ? nearestBackground(look.background) : [];
      const textTie = backgroundTie.length > 1 ? [] : nearestText(look.color);
      const background = backgroundTie.length > 1 || (look.background !== null && textTie.length < 2);
      const hex = background ? look.background! : look.color;
      const tie = backgroundTie.length > 1 ? backgroundTie : textTie.length > 1 ? textTie : [];
      const key = `${background}${hex}`;
      const entry = byColour.get(key) ?? { hex, background, tie, words: 0, lines: [], linkWords: 0, linkLines: [] };
      entry.words += look.words;
      if (entry.lines[entry.lines.length - 1] !== line) entry.lines.push(line);
      if (look.link) {
        entry.linkWords += look.words;
        if (entry.linkLines[entry.linkLines.length - 1] !== line) entry.linkLines.push(line);
      }
      byColour.set(key, entry);
    }
  }
  // Which lines are headings (text/headings.ts, as `colors` and `init` tell them), worked out only
  // when a colour is to be said.
  let headings: ReadonlySet<string> | undefined;
  const isHeading = (line: Line) => (headings ??= headingKeys(casting.script.paragraphs)).has(locationKey(line.location));
  const warnings: Warning[] = [];
  const notes: Warning[] = [];
  for (const entry of [...byColour.values()].sort((x, y) => y.words - x.words)) {
    // A colour no voice has (not even tied), on headings only: titles nobody reads, as `init` writes
    // them (not recorded) and `colors` shows them ("headings only"). Said as what it is.
    const noVoices = entry.tie.length < 2 && (entry.background ? nearestBackground(entry.hex) : nearestText(entry.hex)).length === 0;
    const headingLines = noVoices ? entry.lines.filter(isHeading) : [];
    if (headingLines.length === entry.lines.length) notes.push(headingsUnassigned(entry, map));
    else warnings.push(unknownColour(entry, headingLines));
  }
  for (const note of notes) warnings.push(note);
  if (plain.words > 0) {
    warnings.push({
      code: 'plain-text',
      message: `${plural(plain.words, 'word')} in ${plural(plain.lines.length, 'line')} are plain text with no highlight (${firstLines(plain.lines)}): the legend gives every voice a highlight, so they are nobody's lines. If some are to be recorded, highlight them in the script.`,
      location: plain.lines[0]!.location,
      details: { words: plain.words, lines: plain.lines.length, firstLines: plain.lines.slice(0, FIRST_LINES).map((l) => l.text) },
    });
  }
  return warnings;
}

/**
 * A voice's speaker label standing at the end of a line, after its words ("…the sunflower seeds?
 * GRANDAD"), where a label opens its lines: the script's reading order has put it out of place (a
 * PDF whose labels are centred beside their text: the label is read level with the text's middle
 * line), so the lines around it are likely counted for the wrong voice. Said per label, with the
 * lines, so that nobody trusts those counts unchecked. A label alone on its line (a screenplay's
 * name) is where it belongs.
 */
export function labelsOutOfPlace(casting: Casting, map: VoiceMap): Warning[] {
  // Labels looked up as a label opening a line is (speaker-label.ts voiceLabelIndex: width, apostrophes, accents aside).
  const entries = map.voices.flatMap((voice) => voice.labels.filter((label) => label.trim() !== '').map((label) => ({ voice: voice.name, label: label.trim() })));
  if (entries.length === 0) return [];
  const { find } = voiceLabelIndex(entries);
  // A word with small letters is a label only as the config writes it (`…ask mum` ends with no label `MUM`).
  const asWritten = new Map(entries.map((entry) => [foldWidth(entry.label), entry] as const));
  const labels = new Map<string, string>();
  const found = new Map<string, Line[]>();
  for (const line of casting.lines) {
    // Its colon, maybe after a space (`GRANDAD :`, the French way), off.
    const text = line.text.endsWith(':') || line.text.endsWith('：') ? line.text.slice(0, -1).trimEnd() : line.text;
    const space = text.lastIndexOf(' ');
    // At least two words before the label: a line of text, not a cue with its time code or aside.
    if (space < 0 || text.indexOf(' ') === space) continue;
    const last = text.slice(space + 1);
    const entry = LOWER.test(last) ? asWritten.get(foldWidth(last)) : find(last);
    if (entry === undefined) continue;
    labels.set(entry.label, entry.voice);
    const list = found.get(entry.label);
    if (list) list.push(line);
    else found.set(entry.label, [line]);
  }
  return [...found].map(([label, lines]): Warning => ({
    code: 'label-out-of-place',
    message: `The speaker label "${label}" (${labels.get(label)}) stands at the end of ${plural(lines.length, 'line')} instead of the start (${firstLines(lines.map((l) => ({ ...l, text: lineEnd(l.text) })))}): the script's reading order has put the label out of place (in a PDF, labels centred beside their text do this), so the lines around it may be counted for the wrong voice. Check those lines in the script before trusting the counts.`,
    location: lines[0]!.location,
    details: { label, voice: labels.get(label), lines: lines.length, firstLines: lines.slice(0, FIRST_LINES).map((l) => l.text) },
  }));
}

/** A small letter. */
const LOWER = /\p{Ll}/u;

/** The end of a long line, from a word on, for a message: where an out-of-place label stands. */
function lineEnd(text: string): string {
  if (text.length <= 60) return text;
  const tail = text.slice(-56);
  const word = tail.indexOf(' ');
  return `…${word >= 0 ? tail.slice(word + 1) : tail}`;
}

/** What tells a config voice's lines, in words: its colours, highlights, labels and styles. */
function toldBy(voice: VoiceSpec): string {
  const ways = [
    ...voice.colors.map((hex) => describeColour(hex)),
    ...voice.highlights.map((hex) => `${describeColour(hex)} highlight`),
    ...voice.labels.map((label) => `the label "${label}"`),
    ...voice.styles.map((style) => `the style "${style}"`),
  ];
  return ways.join(', ').replace(/, (?=[^,]*$)/, ' or ');
}

/** How a warning names a config: its file's name ("vo-lines.config.yaml"), else "the config". */
export function configName(map: VoiceMap): string {
  if (map.origin !== 'config' || !map.source) return 'the config';
  return map.source.split(/[\\/]/).pop() || 'the config';
}

/** The config voices no line of the script is given to, in config order. */
function voicesWithNoLine(casting: Casting, map: VoiceMap): VoiceSpec[] {
  const spoken = new Set<string>();
  for (const line of casting.lines) if (line.voice !== null) spoken.add(line.voice);
  return map.voices.filter((voice) => !spoken.has(voice.name));
}

/**
 * `config-voices-unused`: a config none of whose voices has a line in a script that has words (a config
 * from another job, given by `--config` or found above the folder). Said first and plainly: every
 * word is then unassigned, and "To record: 0 words" must not pass for an answer.
 */
export function configUnused(casting: Casting, map: VoiceMap): Warning | null {
  if (map.origin !== 'config' || map.voices.length === 0) return null;
  let words = 0;
  for (const line of casting.lines) {
    if (line.voice !== null) return null;
    words += line.words;
  }
  if (words === 0) return null;
  const name = configName(map);
  const voices = map.voices.map((v) => v.name);
  // Colours copied by name from what `colors` shows (`dark grey`, `red`) that a config reads as CSS's: said per voice.
  const alike = namesakeColours(casting, map);
  const mixUps = map.voices.map((voice) => ({ voice: voice.name, namesakes: alike(voice) })).filter((entry) => entry.namesakes.length > 0);
  return {
    code: 'config-voices-unused',
    message:
      `None of the config's voices (${voices.join(', ')}) has a line in this script: is ${name} this script's config? ` +
      `All ${plural(words, 'word')} of the script are counted as nobody's. Check the config's colours against the script's (vo-lines colors lists them), or read the script without it (--no-config): its own legend or its colours.` +
      mixUps.map((entry) => namesakeHint(entry.voice, entry.namesakes)).join(''),
    details: { config: name, path: map.source, voices, words, lines: casting.lines.length, ...(mixUps.length ? { namesakes: mixUps.map((entry) => ({ voice: entry.voice, ...namesakeDetails(entry.namesakes) })) } : {}) },
  };
}

/**
 * `empty-voice`: a voice the config names that has no line in the script (a colour that drifted, a
 * voice of another version). Summary, lines and the page say it as `check` does (its `empty-voice`
 * rule, config/rules.ts: the rule's level quiets it, and `check` shows it once, as the rule's finding).
 */
export function emptyVoices(casting: Casting, map: VoiceMap): Warning[] {
  if (map.origin !== 'config') return [];
  const empty = voicesWithNoLine(casting, map);
  if (empty.length === 0) return [];
  const alike = namesakeColours(casting, map);
  const wordless = wordlessText(casting, map, new Set(empty.map((voice) => voice.name)));
  return empty.map((voice) => {
    const namesakes = alike(voice);
    const some = wordless.get(voice.name);
    const ways = voice.colors.length + voice.highlights.length + voice.labels.length + voice.styles.length === 1 ? 'it' : 'them';
    const found = some
      ? `and the text so marked has no words (${plural(some.paragraphs, 'paragraph')}: “${some.text}”): there is nothing for ${voice.name} to say`
      : `and no text has ${ways === 'it' ? 'it' : 'any of them'}`;
    return {
      code: 'empty-voice',
      message: `${voice.name} has no line in this script: ${configName(map)} gives it ${toldBy(voice)}, ${found}. Check the config against the script, or take ${voice.name} out of it if the voice does not speak here.${namesakeHint(voice.name, namesakes)}`,
      details: { voice: voice.name, config: configName(map), colors: voice.colors, highlights: voice.highlights, labels: voice.labels, styles: voice.styles, ...(some ? { wordless: some } : {}), ...namesakeDetails(namesakes) },
    };
  });
}

/** A colour of the script that vo-lines names with a name that, written in a config, is another colour: the voice's (`of`). */
interface Namesake {
  hex: Hex;
  background: boolean;
  words: number;
  /** The voice's colour that the name the script's colour is shown with stands for in a config. */
  of: Hex;
}

/**
 * The likely mix-up behind a voice with no line: `colors` shows the script's #C00000 as "red", and
 * `red` written in a config is CSS's #FF0000 (the voice's colour); `dark grey` is CSS's #A9A9A9, not
 * the #404040 vo-lines calls dark grey. Said with the code to write (the first, most words).
 */
function namesakeHint(voice: string, namesakes: readonly Namesake[]): string {
  const first = namesakes[0];
  if (!first) return '';
  const name = plainName(first.hex);
  return ` The script's ${first.hex} (${plural(first.words, 'word')} of no voice) is what vo-lines calls ${name}, and ${name} written in a config is ${first.of}: if ${first.words === 1 ? 'it is' : 'they are'} ${voice}'s, give ${voice} ${first.background ? 'highlight' : 'color'}: "${first.hex}".`;
}

const namesakeDetails = (namesakes: readonly Namesake[]) => (namesakes.length ? { namesakes: namesakes.map(({ hex, background, words }) => ({ colour: hex, background, words })) } : {});

/**
 * For a voice with no line: the colours of the script's unassigned text whose plain name (as `colors`
 * shows them), written in a config, is one of the voice's colours while the script's colour is no
 * match for it (outside the tolerance), most words first.
 */
function namesakeColours(casting: Casting, map: VoiceMap): (voice: VoiceSpec) => Namesake[] {
  const words = new Map<string, { hex: Hex; background: boolean; words: number }>();
  const add = (hex: Hex, background: boolean, count: number) => {
    const key = `${background ? 'b' : 't'}${hex}`;
    const entry = words.get(key);
    if (entry) entry.words += count;
    else words.set(key, { hex, background, words: count });
  };
  for (const line of casting.lines) {
    if (line.voice !== null) continue;
    for (const look of line.looks) {
      add(look.color, false, look.words);
      if (look.background) add(look.background, true, look.words);
    }
  }
  const found = [...words.values()]
    .filter((entry) => entry.words > 0)
    .sort((a, b) => b.words - a.words)
    .map((entry) => ({ ...entry, written: parseColour(plainName(entry.hex), entry.background ? 'highlight' : 'color') }));
  return (voice) => {
    const out: Namesake[] = [];
    for (const { written, ...entry } of found) {
      const own = entry.background ? voice.highlights : voice.colors;
      const of = own.find((hex) => written !== null && deltaE(hex, written) <= map.tolerance && deltaE(hex, entry.hex) > map.tolerance);
      if (of !== undefined) out.push({ ...entry, of });
    }
    return out;
  };
}

/**
 * Whether a text is only punctuation, dashes, ellipses, quotes and spaces (`…?!`, `—`, `- - -`): a
 * reaction or a beat written in a voice's colour, with no word to say. Swatches (■ ●) are not.
 */
function onlyPunctuation(text: string): boolean {
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009) continue;
    const punctuation = (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40 && c !== 0x3c && c !== 0x3e) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) || c === 0xab || c === 0xbb || c === 0xa1 || c === 0xbf || (c >= 0x2010 && c <= 0x205e);
    if (!punctuation) return false;
    any = true;
  }
  return any;
}

/** The colour a run of a voice is told by, as a reader sees it: its highlight (or shading) when the voice is told by one and the run has it, else its text colour; none for a voice told by a style or a label only. */
interface Look {
  colour: Hex;
  background: boolean;
}

function lookOf(run: Run, voice: VoiceSpec | undefined): Look | null {
  if (!voice) return null;
  if (voice.highlights.length > 0 && run.background !== null) return { colour: run.background, background: true };
  return voice.colors.length > 0 ? { colour: run.color, background: false } : null;
}

/** A voice's text of no words: in how many paragraphs, the first (shortened), and the colour it is in (`Look`). */
interface Wordless extends Partial<Look> {
  paragraphs: number;
  text: string;
}

/**
 * The text of no words the voices `names` (with no line) are given, by the config's matching: how
 * many paragraphs hold such text in a voice's look, and the first of them (shortened). A voice whose
 * only text is `…?!` has text, none of it words: said so, not that no text has its colour.
 */
function wordlessText(casting: Casting, map: VoiceMap, names: ReadonlySet<string>): Map<string, Wordless> {
  const found = new Map<string, Wordless>();
  const byName = new Map(map.voices.map((voice) => [voice.name, voice]));
  if (!map.voices.some((voice) => names.has(voice.name) && (voice.colors.length > 0 || voice.highlights.length > 0 || voice.styles.length > 0))) return found;
  const keyOf = voiceMatcher(map);
  for (const paragraph of casting.script.paragraphs) {
    const texts = new Map<string, { text: string; look: Look | null }>();
    for (const run of paragraph.runs) {
      const voice = keyOf(run);
      if (voice === null || !names.has(voice)) continue;
      const seen = texts.get(voice);
      if (seen) seen.text += run.text;
      else texts.set(voice, { text: run.text, look: lookOf(run, byName.get(voice)) });
    }
    for (const [voice, { text, look }] of texts) {
      if (!onlyPunctuation(text)) continue;
      const seen = found.get(voice);
      if (seen) seen.paragraphs++;
      else found.set(voice, { paragraphs: 1, text: [...normaliseSpace(text)].slice(0, 24).join(''), ...(look ?? {}) });
    }
  }
  return found;
}
