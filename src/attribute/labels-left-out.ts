/**
 * `label-left-out`: under a config whose voices are told by their speaker labels, lines opening with a
 * speaker's label that the config names no voice by (`NARRATOR:` when it names ANNA and BEN only) are
 * nobody's, as any text with no voice's label is: said, with the labels, their lines and the words after
 * them, which no voice's count holds. A label is a speaker's as colour-labels.ts reads one opening a line
 * (openingOf: a name, no header's field, no direction's or note's label, no numbered heading, no word said
 * at a line's start, no time, no spot's medium and length `TV :30`), used twice or more, or once after the first
 * voice's line in the form the config's labels are written in (capitals, a name, Chinese or Japanese), and whose
 * lines read as said, half of them at least ending as a sentence does: a field above the dialogue (`Client: Acme`,
 * an agency's `CLIENT:`, `MEDIUM:`, `ISCI:` over each spot) is none.
 */
import type { Location, Warning } from '../model.js';
import type { VoiceMap } from '../config/voice-map.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { countWords } from '../text/words.js';
import { accentlessKey, formOf, LABEL, spotLengthLabel } from '../text/speaker-label.js';
import { labelAsWritten, openingOf } from './colour-labels.js';

/** A line as read here (cast.ts `Line`). */
interface Line {
  voice: string | null;
  text: string;
  label?: string;
  location: Location;
}

/** A line said as a sentence: it ends with a sentence's stop, a closing quote or bracket (`.`, `!`, `?`, `…`, `»`, `。`, `」`). */
const SAID = /[.!?…。．！？」』”’"»)）]\s*$/u;

/** Labels named one by one in the warning, up to this many (the rest counted). */
const NAMED = 6;

export function labelsLeftOut(lines: readonly Line[], map: VoiceMap): Warning | null {
  // (A label as shown always ends with its colon: labelAsWritten.)
  const name = (e: { shown: string }) => e.shown.slice(0, -1);
  const labels = map.voices.flatMap((voice) => voice.labels).filter((label) => label.trim() !== '');
  if (labels.length === 0) return null;
  // A name the config's labels spell however typed (accents aside: `HELÈNE` beside Hélène and Helene is label-accents-alike's).
  const named = new Set(labels.map(accentlessKey));
  const forms = new Set(labels.map((label) => formOf(label)));
  const found = new Map<string, { shown: string; lines: number; said: number; words: number; afterVoice: boolean; first: number; locations: Location[] }>();
  let voiced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice !== null) {
      voiced = true;
      continue;
    }
    const head = line.text.length > 120 ? line.text.slice(0, 120) : line.text;
    if (!head.includes(':') && !head.includes('：') && !head.includes('\t')) continue;
    const opening = openingOf(line.text, null);
    if (!opening) continue;
    // `TV :30`, `RADIO :60`: a spot's medium and length, no speaker.
    const match = LABEL.exec(head);
    if (match && spotLengthLabel(head, match)) continue;
    const key = accentlessKey(opening.name);
    if (named.has(key)) continue;
    const entry = found.get(key) ?? { shown: labelAsWritten(opening.name, opening.prefix), lines: 0, words: 0, said: 0, afterVoice: false, first: i, locations: [] };
    entry.lines++;
    if (SAID.test(line.text)) entry.said++;
    entry.words += countWords(line.text.slice(opening.prefix.length));
    if (voiced) entry.afterVoice = true;
    entry.locations.push(line.location);
    found.set(key, entry);
  }
  const speakers = [...found.values()].filter((e) => e.said * 2 >= e.lines && (e.lines >= 2 || (e.afterVoice && forms.has(formOf(name(e))))));
  if (speakers.length === 0) return null;
  const lineCount = speakers.reduce((sum, e) => sum + e.lines, 0);
  const words = speakers.reduce((sum, e) => sum + e.words, 0);
  const one = speakers.length === 1;
  const shown = speakers.slice(0, NAMED).map((e) => `"${e.shown}" (${plural(e.lines, 'line')}, ${plural(e.words, 'word')})`);
  if (speakers.length > NAMED) shown.push(`${count(speakers.length - NAMED)} more`);
  const first = speakers.reduce((a, b) => (b.first < a.first ? b : a)).locations[0]!;
  const opens = one
    ? `"${speakers[0]!.shown}" opens ${plural(lineCount, 'line')} (${plural(words, 'word')} after it) like a speaker's label, but the config names no voice by it`
    : `${listOf(shown)} open lines like speakers' labels, but the config names no voice by them`;
  return {
    code: 'label-left-out',
    message:
      `${opens} (the first at ${formatLocation(first)}): ${lineCount === 1 ? 'that line is' : `${one ? 'those' : `those ${count(lineCount)}`} lines are`} left unassigned, not recorded` +
      `${one ? '' : `, and the ${plural(words, 'word')} after the labels are in no voice's count`}. ${one ? `If ${name(speakers[0]!)} speaks, add a voice for it` : 'For each that speaks, add a voice'} to the config (${speakers
        .slice(0, NAMED)
        .map((e) => `${name(e)}: { label: "${name(e)}" }`)
        .join(', ')}).`,
    location: first,
    details: { labels: speakers.map(name), lines: lineCount, words, counts: speakers.map((e) => ({ label: name(e), lines: e.lines, words: e.words })) },
  };
}
