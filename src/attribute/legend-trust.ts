/**
 * Never a confident wrong answer: before a legend becomes the voice map, it must make sense
 * against the script. Each voice has its own colour; the colours it gives the voices are used in
 * the script; no voice gets the colour of the script's ordinary text unless the legend says so in
 * words; no voice swallows nearly all the words of a legend of several voices. A legend that fails
 * is not used, and one warning says which legend, where, and why.
 */
import type { Location, Warning } from '../model.js';
import { count, formatLocation, listOf, percent } from '../text/format.js';
import type { Legend, LegendEntry } from './legend.js';
import { isUsed, sameColour, type LegendColour, type Palette } from './legend-palette.js';
import { deltaE } from '../colour/distance.js';
import { describeColour } from '../colour/names.js';
import { BLACK } from '../colour/hex.js';

export type LegendProblemCode =
  | 'same-colour'
  | 'colour-not-used'
  | 'ambiguous-colour'
  | 'body-colour'
  | 'one-voice-takes-all'
  | 'no-voice-lines'
  | 'legends-disagree'
  | 'conflicting-entries'
  | 'name-colour-differs';

export interface LegendProblem {
  code: LegendProblemCode;
  message: string;
  /** What the message says, for a page that says it in its own language (web/warnings.ts). */
  details?: Record<string, unknown>;
}

/** Above this share of the script's words, one voice of a legend of several "takes all". */
export const TAKES_ALL = 0.95;

/** `#FFFF00 yellow highlight`, `#404040 dark grey` */
export function describeLegendColour(colour: LegendColour): string {
  return colour.background ? `${describeColour(colour.hex)} highlight` : describeColour(colour.hex);
}

const quote = (text: string) => `"${text}"`;

const MAX_QUOTED = 200;

function quotedText(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

function voiceEntries(legend: Legend): LegendEntry[] {
  const seen = new Set<string>();
  return legend.entries.filter((e) => {
    const key = e.name.toLowerCase();
    if (e.notRecorded || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What an entry gives its voice: `#0000FF blue`, or its words when they fit no one colour (`"dark grey"`). */
const given = (entry: LegendEntry) => (entry.colour ? describeLegendColour(entry.colour) : quote(entry.words ?? ''));
const givenDetails = (entry: LegendEntry) => (entry.colour ? { colour: entry.colour.hex, background: entry.colour.background } : { words: entry.words ?? '' });

/** The checks that need only the legend and the colours the script uses. */
export function legendProblems(legend: Legend, palette: Palette, tolerance: number): LegendProblem[] {
  const problems: LegendProblem[] = [];
  const voices = voiceEntries(legend);
  const coloured = voices.filter((v) => v.colour !== null);

  // Another legend of the script gives a voice another colour: neither is picked (not the later one, not a "corrected" one).
  for (const other of legend.disagreements ?? []) {
    problems.push({
      code: 'legends-disagree',
      message: `it gives ${listOf(other.voices.map((v) => `${v.name} ${given(v.here)}`))}, the legend at ${formatLocation(other.location)} ("${quotedText(other.text)}") gives ${listOf(other.voices.map((v) => `${v.name} ${given(v.there)}`))}: which one is right is not for vo-lines to guess`,
      details: {
        other: { location: other.location, text: other.text },
        voices: other.voices.map((v) => ({ voice: v.name, here: givenDetails(v.here), there: givenDetails(v.there) })),
      },
    });
  }

  // One name, two colours: "Narrator = blue; …; Narrator = red".
  const byName = new Map<string, LegendEntry[]>();
  for (const entry of legend.entries) {
    if (entry.notRecorded) continue;
    const key = entry.name.toLowerCase();
    const list = byName.get(key);
    if (!list) byName.set(key, [entry]);
    else if (!list.some((e) => (e.colour && entry.colour ? sameColour(e.colour, entry.colour, tolerance) : (e.words ?? '').toLowerCase() === (entry.words ?? '').toLowerCase()))) list.push(entry);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    problems.push({
      code: 'conflicting-entries',
      message: `it gives ${list[0]!.name} both ${listOf(list.map(given))}`,
      details: { voice: list[0]!.name, given: list.map(givenDetails) },
    });
  }

  // The names written in the colours the words give other voices: "Narrator" in blue, "= red"; "Expert" in red, "= blue".
  for (const voice of voices.filter((v) => v.nameColour)) {
    problems.push({
      code: 'name-colour-differs',
      message: `${voice.name} is written in ${describeLegendColour(voice.nameColour!)} but given ${quote(voice.words ?? '')} (${given(voice)})`,
      details: { voice: voice.name, written: { colour: voice.nameColour!.hex, background: voice.nameColour!.background }, words: voice.words ?? '', ...givenDetails(voice) },
    });
  }

  // Each voice its own colour (and not one the legend also calls "not recorded").
  const clusters: LegendEntry[][] = [];
  for (const voice of coloured) {
    const cluster = clusters.find((c) => sameColour(c[0]!.colour!, voice.colour!, tolerance));
    if (cluster) cluster.push(voice);
    else clusters.push([voice]);
  }
  // Words that fit no one colour, the same for two voices ("Narrator = blue; Coach = blue"): one colour, whichever it is.
  const sameWords = new Set<LegendEntry>();
  for (const voice of voices.filter((v) => v.colour === null && v.words)) {
    const cluster = clusters.find((c) => c[0]!.colour === null && c[0]!.words!.toLowerCase() === voice.words!.toLowerCase());
    if (cluster) cluster.push(voice);
    else clusters.push([voice]);
  }
  for (const cluster of clusters.filter((c) => c.length > 1 && c[0]!.colour === null)) {
    for (const voice of cluster) sameWords.add(voice);
    problems.push({
      code: 'same-colour',
      message: `${listOf(cluster.map((v) => v.name))} are ${cluster.length === 2 ? 'both' : 'all'} ${quote(cluster[0]!.words!)}`,
      details: { voices: cluster.map((v) => v.name), words: cluster[0]!.words! },
    });
  }
  for (const cluster of clusters.filter((c) => c.length > 1 && c[0]!.colour !== null)) {
    problems.push({
      code: 'same-colour',
      message: `${listOf(cluster.map((v) => v.name))} are ${cluster.length === 2 ? 'both' : 'all'} ${describeLegendColour(cluster[0]!.colour!)}`,
      details: { voices: cluster.map((v) => v.name), colour: cluster[0]!.colour!.hex, background: cluster[0]!.colour!.background },
    });
  }
  for (const voice of coloured) {
    const clash = legend.unassigned.find((u) => sameColour(u, voice.colour!, tolerance));
    if (clash) {
      problems.push({
        code: 'same-colour',
        message: `${voice.name} is ${describeLegendColour(voice.colour!)}, which the legend also says is not recorded`,
        details: { voices: [voice.name], colour: voice.colour!.hex, background: voice.colour!.background, notRecorded: true },
      });
    }
  }

  // The colours it declares are used in the script.
  const unused = voices.filter((v) => !v.candidates?.length && (v.colour === null || !isUsed(palette, v.colour, tolerance)));
  if (unused.length) {
    const what = (v: LegendEntry) => (v.colour && v.source !== 'colour words' ? `${v.name}'s ${describeLegendColour(v.colour)}` : `${v.name}'s ${quote(v.words ?? '')}`);
    const said = (v: LegendEntry) => (v.colour && v.source !== 'colour words' ? { voice: v.name, colour: v.colour.hex, background: v.colour.background } : { voice: v.name, words: v.words ?? '' });
    problems.push({ code: 'colour-not-used', message: `no text in the script has ${listOf(unused.map(what))}`, details: { unused: unused.map(said) } });
  }

  // Colour words that fit several colours of the script alike.
  for (const voice of voices.filter((v) => v.candidates && v.candidates.length > 1 && !sameWords.has(v))) {
    problems.push({
      code: 'ambiguous-colour',
      message:
        voice.swatch !== undefined
          ? `${voice.name}'s swatch ${describeColour(voice.swatch)} is about as near to ${listOf(voice.candidates!.map(describeColour), 'as to')}`
          : `${voice.name}'s ${quote(voice.words ?? '')} fits ${listOf(voice.candidates!.map(describeColour))} alike`,
      details: voice.swatch !== undefined ? { voice: voice.name, swatch: voice.swatch, candidates: [...voice.candidates!] } : { voice: voice.name, words: voice.words ?? '', candidates: [...voice.candidates!] },
    });
  }

  // The body text's colour, unless said in words.
  const body = coloured.filter((v) => v.source !== 'colour words' && !v.colour!.background && deltaE(v.colour!.hex, legend.body) <= tolerance);
  if (body.length) {
    const unread = legend.kind === 'table' ? ' (a colour shown as a picture or a shape cannot be read: shade the cell, or write the colour in words)' : '';
    problems.push({
      code: 'body-colour',
      message: `no words in the legend give ${describeColour(legend.body)}, the colour of the script's ordinary text (titles, notes), to ${listOf(body.map((v) => v.name), 'or')}${unread}`,
      details: { colour: legend.body, voices: body.map((v) => v.name), table: legend.kind === 'table' },
    });
  }
  return problems;
}

/**
 * A narrator's name in the languages vo-lines reads (`Narrator`, `Narration`, `Narrateur`,
 * `Narratrice`, `Erzähler`, `Narrador`, `Narratore`, `Voice-over`, `VO`, `Voix off`), alone or opening
 * the name (`Narrator (older Anna)`).
 */
const NARRATOR = /^(?:narrat(?:or|ion|eur|rice|ore|rix)|narrador(?:a)?|erz[aä]hler(?:in)?|voice[- ]?over|v\.?o\.?|voix[- ]off)(?![a-z0-9])/i;

/**
 * A voice that may take nearly every word: a narrator (an audiobook's narrator reads 99% of it) whose
 * colour is its own — a highlight, or a text colour that is not the script's ordinary text's (a
 * `Narrator = black` would also take the titles and the notes) — beside voices that each have words
 * of their own: then the legend adds up.
 */
function narratorTakesAll(legend: Legend, voice: string, byVoice: ReadonlyMap<string, number>, tolerance: number): boolean {
  if (!NARRATOR.test(voice.trim())) return false;
  const entries = voiceEntries(legend);
  const own = entries.find((e) => e.name === voice);
  if (!own?.colour) return false;
  if (!own.colour.background && deltaE(own.colour.hex, legend.body) <= tolerance) return false;
  return entries.every((e) => e.name === voice || (byVoice.get(e.name) ?? 0) > 0);
}

/**
 * After casting with the legend: no voice of several takes nearly every word — but a narrator in a
 * colour of its own, beside voices that each have their words (narratorTakesAll). `tolerance`: the
 * legend's colour tolerance.
 */
export function shareProblems(legend: Legend, lines: readonly { voice: string | null; words: number }[], tolerance = 0): LegendProblem[] {
  const voices = voiceEntries(legend);
  const total = lines.reduce((sum, l) => sum + l.words, 0);
  const byVoice = new Map<string, number>();
  for (const line of lines) if (line.voice !== null) byVoice.set(line.voice, (byVoice.get(line.voice) ?? 0) + line.words);
  // None of its voices has a word while the script has some: its colours are only on text that is no line (a table's name
  // cells, the legend's own swatches). "To record: 0 words" would pass for an answer: the legend is not used, said.
  if (voices.length > 0 && total > 0 && ![...byVoice.values()].some((words) => words > 0)) {
    const names = voices.map((v) => v.name);
    return [
      {
        code: 'no-voice-lines',
        message: `none of its voices (${listOf(names, 'and')}) has a word in the script: no text counted as a line is in ${names.length === 1 ? 'its colour' : 'any of their colours'}, so all ${count(total)} words would be nobody's`,
        details: { voices: names, words: total },
      },
    ];
  }
  if (voices.length < 2) return [];
  for (const [voice, words] of byVoice) {
    if (total > 0 && words >= TAKES_ALL * total && !narratorTakesAll(legend, voice, byVoice, tolerance)) {
      return [{ code: 'one-voice-takes-all', message: `${voice} would have ${count(words)} of the script's ${count(total)} words (${percent(words / total)})`, details: { voice, words, total } }];
    }
  }
  return [];
}

const quoted = quotedText;

/**
 * After casting with a legend it trusts: the colours it says are not recorded (black aside, the
 * colour of ordinary text) hold most of the script's words, more than all its voices. The legend is
 * used, but a narrator must know before recording that most of the script is left out on its word:
 * a misread entry would look exactly like this.
 */
export function notRecordedMajority(legend: Legend, lines: readonly { voice: string | null; words: number; looks: readonly { color: string; background: string | null; words: number }[] }[], tolerance: number): Warning | null {
  const quiet = legend.unassigned.filter((u) => u.background || deltaE(u.hex, BLACK) > tolerance);
  if (quiet.length === 0) return null;
  let total = 0;
  let voiced = 0;
  const words = new Map<LegendColour, number>();
  for (const line of lines) {
    total += line.words;
    if (line.voice !== null) {
      voiced += line.words;
      continue;
    }
    for (const look of line.looks) {
      const colour = quiet.find((u) => (u.background ? look.background !== null && deltaE(u.hex, look.background) <= tolerance : deltaE(u.hex, look.color) <= tolerance));
      if (colour) words.set(colour, (words.get(colour) ?? 0) + look.words);
    }
  }
  const left = [...words.values()].reduce((sum, n) => sum + n, 0);
  if (left * 2 <= total || left <= voiced) return null;
  const colours = quiet.filter((u) => words.has(u));
  const location: Location = legend.location;
  return {
    code: 'legend-not-recorded-majority',
    message: `The legend at ${formatLocation(location)} ("${quoted(legend.text)}") says ${listOf(colours.map(describeLegendColour), 'and')} ${colours.length === 1 ? 'is' : 'are'} not recorded: that is ${count(left)} of the script's ${count(total)} words (${percent(left / total)}), more than all its voices have (${count(voiced)}). If any of it is to be recorded, check the legend, or name the voices in a config (vo-lines init writes one).`,
    location,
    details: { text: legend.text, colours: colours.map((u) => ({ colour: u.hex, background: u.background, words: words.get(u)! })), words: left, total, voiced },
  };
}

/** The `legend-rejected` warning: which legend, where, and why it was not used. */
export function legendRejected(legend: Legend, problems: readonly LegendProblem[]): Warning {
  const text = quoted(legend.text);
  const location: Location = legend.location;
  return {
    code: 'legend-rejected',
    message: `The legend at ${formatLocation(location)} ("${text}") was not used: ${problems.map((p) => p.message).join('; ')}. It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).`,
    location,
    details: {
      kind: legend.kind,
      text: legend.text,
      reasons: problems.map((p) => ({ code: p.code, message: p.message, ...(p.details ? { details: p.details } : {}) })),
      read: legend.entries.map((e) => ({
        name: e.name,
        notRecorded: e.notRecorded,
        source: e.source,
        colour: e.colour?.hex ?? null,
        background: e.colour?.background ?? null,
        ...(e.words !== undefined ? { words: e.words } : {}),
        ...(e.candidates?.length ? { candidates: e.candidates } : {}),
      })),
    },
  };
}

/**
 * After casting with a legend it trusts: a voice of the legend whose every word is in brackets (a
 * direction, so no word spoken) is very likely no voice at all, but what is not recorded ("Studio =
 * grey" over "[Music up.]"). The legend is used; the narrator is told before recording.
 */
export function unspokenLegendVoices(legend: Legend, lines: readonly { voice: string | null; words: number; spokenWords: number }[]): Warning | null {
  const tally = new Map<string, { words: number; spoken: number; lines: number }>();
  for (const line of lines) {
    if (line.voice === null) continue;
    const t = tally.get(line.voice) ?? { words: 0, spoken: 0, lines: 0 };
    t.words += line.words;
    t.spoken += line.spokenWords;
    t.lines++;
    tally.set(line.voice, t);
  }
  const silent = legend.voices.filter((v) => {
    const t = tally.get(v.name);
    return t !== undefined && t.words > 0 && t.spoken === 0;
  });
  if (silent.length === 0) return null;
  const location: Location = legend.location;
  const each = silent.map((v) => {
    const t = tally.get(v.name)!;
    return `${v.name} (${count(t.words)} ${t.words === 1 ? 'word' : 'words'} in ${count(t.lines)} ${t.lines === 1 ? 'line' : 'lines'})`;
  });
  const one = silent.length === 1;
  return {
    code: 'legend-voice-unspoken',
    message: `The legend at ${formatLocation(location)} ("${quoted(legend.text)}") makes ${listOf(each)} ${one ? 'a voice' : 'voices'}, but every word of ${one ? 'it' : 'them'} is in brackets, a direction that is not spoken: if ${one ? 'it is' : 'they are'} not recorded, name the voices in a config (vo-lines init writes one) and put ${one ? 'its colour' : 'their colours'} under "unassigned".`,
    location,
    details: { text: legend.text, voices: silent.map((v) => ({ voice: v.name, colors: v.colors, highlights: v.highlights, ...tally.get(v.name)! })) },
  };
}

/**
 * A legend read in part: its names, each in a colour of its own the lines use, and text in its own
 * look that was not understood (a note in words vo-lines could not read: "The black lines go to the
 * client as they are."). What that text says is not applied: said, with the voices read, so that a
 * colour it declares not recorded is not silently counted.
 */
export function legendPartNotRead(legend: Legend): Warning | null {
  if (!legend.unread?.length) return null;
  const location: Location = legend.location;
  const parts = legend.unread.map((part) => `"${quoted(part)}"`);
  const voices = voiceEntries(legend).map((e) => e.name);
  return {
    code: 'legend-part-not-read',
    message: `The legend at ${formatLocation(location)} ("${quoted(legend.text)}") was read in part: its ${voices.length === 1 ? 'voice' : 'voices'} ${listOf(voices)}, by the colours of their names, but not ${listOf(parts, 'or')}, which is not applied. The legend is left out of the lines all the same. If that part says a colour is not recorded, write it as "Black text is not recorded.", or list the colour under unassigned in a config (vo-lines init writes one).`,
    location,
    details: { text: legend.text, parts: [...legend.unread], voices },
  };
}
