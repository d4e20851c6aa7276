/**
 * `labels-alone`: a speaker's label standing alone — the whole of a line, `SAM:` — in one voice's colour,
 * right before another voice's line, which it names. A script whose narrator has the plain black (`Key:
 * Narrator = black, Learner = blue`) types its labels in that black too (`SAM: ` then the learner's blue
 * words, in one paragraph; or `SAM:` in a paragraph of its own above them): read by colour, the label
 * would be a line of the narrator's, one word (three spoken, as an acronym). It is no one's line: it is
 * shown before the line it labels, as that line's `label` (colour-labels.ts's way: shown, not counted in
 * the words, spoken words, characters nor time), and said.
 *
 * A line is such a label when its text is a label's shape and nothing more (text/speaker-label.ts `LABEL`,
 * as colour-labels.ts openingOf reads a label opening a line: a name of up to three words here, maybe an
 * aside in brackets, then a colon; no header's field, no direction's or note's label, no numbered heading,
 * no word said at a line's start), when it opens its paragraph, and when the next line is another voice's,
 * with words, in the same paragraph or the next one (in a table, only in the same paragraph). And the
 * script must show it is a speaker's name: it is in capitals (`SAM:`, `LA CONSEILLÈRE :`), or it names a
 * voice of the voice map (`Coach:` under a legend naming Coach; a name shortened, `NARR:`, as namesVoice
 * reads it), or it stands as a label twice or more in the script (alone or opening lines, `Sam:` beside
 * `SAM:`). A capitalised word alone once (`Remember:`, `Important:`, `Rappel :`, words a narrator says
 * before the point) is none: it stays its voice's line, and counted. Only with named voices (a legend's, a config's): colour
 * groups are left as they read.
 */
import type { Location, Warning } from '../model.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { countWords, hasWord, normaliseSpace } from '../text/words.js';
import { labelAsWritten, labelKey, namesVoice, type NamedVoice } from '../text/speaker-label.js';
import { NOTE_LABELS, openingOf, type NamedVoices } from './colour-labels.js';

/** What is read of a line here (cast.ts `Line`). */
interface Line {
  voice: string | null;
  text: string;
  label?: string;
  breaks?: number[];
  words: number;
  location: Location;
}

/** Words a label standing alone may have, at most (`LA CONSEILLÈRE`, `MR DAVID JONES`). */
const MAX_WORDS = 3;

/** Labels quoted in the warning, up to this many. */
const NAMED = 6;

/** A line that is a label standing alone (labelAlone): where it is in the lines, the line, and the label's name as read and as written. */
interface Found<L extends Line> {
  index: number;
  line: L;
  name: string;
  key: string;
  capitals: boolean;
  written: string;
}

/**
 * The label line `index` of the lines (`line`) is, whole, or null. Its text is read as a label opening a line
 * followed by a word (openingOf wants text after the colon: a word is put after it, and the label must end
 * where the line's text ends).
 */
function labelAlone<L extends Line>(line: L, index: number, voices: NamedVoices | null): Found<L> | null {
  const trimmed = line.text.trim();
  if (trimmed.length === 0 || !/[:：]$/u.test(trimmed)) return null;
  const opening = openingOf(`${trimmed} x`, voices);
  if (!opening || opening.prefix.length !== trimmed.length + 1) return null;
  if (NOTE_LABELS.has(opening.key) || countWords(opening.name) > MAX_WORDS) return null;
  return { index, line, name: opening.name, key: opening.key, capitals: opening.capitals, written: labelAsWritten(opening.name, opening.prefix) };
}

/** Whether two lines stand one right after the other as a label and the line it names: the same paragraph, or (not in a table) the next one. */
function nextTo(label: Location, line: Location): boolean {
  if (label.story !== line.story) return false;
  if (label.paragraph === line.paragraph) return true;
  return label.cell === undefined && line.cell === undefined && line.paragraph === label.paragraph + 1;
}

/**
 * The lines of `lines` that are a speaker's label alone before another voice's line, each moved onto
 * that line as its `label` (the label's line taken out of `lines`); the warning saying so, or null when
 * there is none. For voices told by colour or style (`byColour`: those whose lines are read; null, all).
 */
export function labelsAlone<L extends Line>(lines: L[], voices: NamedVoices | null, byColour: ReadonlySet<string> | null): Warning[] {
  // Colour groups (no legend, no config) name no voice: a label there in one group's colour before another's line (`NARRATOR:`
  // in blue above black text, `ANNOUNCER:⇥` in black before red) may be all that group holds; it is read as before.
  if (voices === null) return [];
  // The candidates first: most scripts have no line ending with a colon.
  const found: Found<L>[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice === null || line.label !== undefined || (byColour !== null && !byColour.has(line.voice))) continue;
    if (line.text.length > 60 || (!line.text.includes(':') && !line.text.includes('：'))) continue;
    const label = labelAlone(line, i, voices);
    if (!label) continue;
    // It opens its paragraph.
    const before = i > 0 ? lines[i - 1]! : null;
    if (before && before.location.story === line.location.story && before.location.paragraph === line.location.paragraph) continue;
    const next = lines[i + 1]!;
    if (next.voice === null || next.voice === line.voice || next.label !== undefined || !hasWord(next.text) || !nextTo(line.location, next.location)) continue;
    found.push(label);
  }
  if (found.length === 0) return [];
  // How often each name stands as a label in the script: alone (above), or opening a line.
  const uses = new Map<string, number>();
  for (const f of found) uses.set(f.key, (uses.get(f.key) ?? 0) + 1);
  for (const line of lines) {
    if (!line.text.includes(':') && !line.text.includes('：')) continue;
    const opening = openingOf(line.text, voices);
    if (opening && uses.has(opening.key)) uses.set(opening.key, uses.get(opening.key)! + 1);
  }
  const named: readonly NamedVoice[] = voices?.voices ?? [];
  const speaker = (f: Found<L>) => f.capitals || (uses.get(f.key) ?? 0) >= 2 || named.some((v) => namesVoice(f.name, v, 'names'));
  const taken = found.filter(speaker);
  const unsure = found.filter((f) => !speaker(f));
  const doubt = unsure.length > 0 ? nameOrWordAlone(unsure) : null;
  if (taken.length === 0) return doubt ? [doubt] : [];
  const names: string[] = [];
  const written: string[] = [];
  const byVoice = new Map<string, { lines: number; words: number }>();
  const locations: Location[] = [];
  let words = 0;
  for (const f of taken) {
    const line = lines[f.index]!;
    const next = lines[f.index + 1]!;
    const prefix = `${normaliseSpace(line.text).trim()} `;
    const moved = { ...next, text: prefix + next.text, label: prefix };
    if (next.breaks) moved.breaks = next.breaks.map((b) => b + prefix.length);
    lines[f.index + 1] = moved;
    if (!names.includes(f.name)) {
      names.push(f.name);
      written.push(f.written);
    }
    const entry = byVoice.get(line.voice!) ?? { lines: 0, words: 0 };
    entry.lines++;
    entry.words += line.words;
    byVoice.set(line.voice!, entry);
    words += line.words;
    locations.push(line.location);
  }
  // Taken out last to first: the indexes above stay right.
  for (let k = taken.length - 1; k >= 0; k--) lines.splice(taken[k]!.index, 1);
  const one = taken.length === 1;
  const shown = written.length > NAMED ? [...written.slice(0, NAMED), `${count(written.length - NAMED)} more`] : written;
  const from = `${plural(words, 'word')} left out of ${listOf([...byVoice.keys()].map((voice) => `${voice}'s count`))}`;
  const warning: Warning = {
    code: 'labels-alone',
    message:
      `${one ? "1 speaker's name stands" : `${count(taken.length)} speakers' names stand`} alone in a voice's colour before another voice's line (${listOf(shown.map((w) => `"${w}"`))}, at ${listOf(locations.slice(0, 3).map((l) => formatLocation(l)))}${locations.length > 3 ? ' and more' : ''}): ` +
      `${one ? 'it names' : 'each names'} who says the line after it, and is shown with that line, not counted as words said (${from}). If ${one ? 'it is' : 'one is'} read aloud, type it without its colon.`,
    location: locations[0]!,
    details: { names, written, lines: taken.length, words, voices: [...byVoice].map(([voice, e]) => ({ voice, lines: e.lines, words: e.words })), locations },
  };
  return doubt ? [warning, doubt] : [warning];
}

/**
 * `name-or-word` for a capitalised word alone with its colon before another voice's line that the script does not show to be
 * a speaker's name (not in capitals, no voice's name, standing so once: `Conclusion:`): its words stay its voice's, counted,
 * and said, as colour-labels.ts says such a word opening lines. Details as there, and `alone: true`.
 */
function nameOrWordAlone(unsure: readonly { name: string; written: string; line: Line }[]): Warning {
  const names: string[] = [];
  const written: string[] = [];
  const voices: string[] = [];
  let words = 0;
  for (const u of unsure) {
    if (!names.includes(u.name)) {
      names.push(u.name);
      written.push(u.written);
    }
    if (!voices.includes(u.line.voice!)) voices.push(u.line.voice!);
    words += u.line.words;
  }
  const one = names.length === 1;
  const where = voices.length === 1 ? `"${voices[0]}"'s colour` : `the colours of ${listOf(voices.map((v) => `"${v}"`))}`;
  return {
    code: 'name-or-word',
    message:
      `${listOf(written.map((w) => `"${w}"`))}, alone in ${where} before another voice's line (${listOf(unsure.slice(0, 3).map((u) => formatLocation(u.line.location)))}${unsure.length > 3 ? ' and more' : ''}), may be ${one ? "a speaker's name" : "speakers' names"} or words said: the script does not show which. ` +
      `${one ? 'Its' : 'Their'} ${plural(words, 'word')} ${words === 1 ? 'is' : 'are'} counted as said. If ${one ? 'it is a name' : 'one is a name'}, not read aloud, type it in capitals or name the voice after it in the config or the legend.`,
    location: unsure[0]!.line.location,
    details: { names, voices, lines: unsure.length, words, alone: true },
  };
}
