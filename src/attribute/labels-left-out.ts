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
 *
 * A dubbing table's rows are said the same way: a name alone in a table's speaker column (`NARRATOR | text`,
 * `TC | PERSONNAGE | TEXTE`: name-cells.ts) that the config names no voice by names the speaker of its row, once
 * is enough (the column says it is a speaker's), and the words of the row's text after it are in no voice's count.
 *
 * Labels are shown as the script writes them (text/speaker-label.ts labelAsWritten): `"BOULANGER :"` with the French
 * space before its colon, `"ＮＡ："`; a name cell's name with no colon (`"LE FACTEUR"`).
 *
 * A tagline (`TAG:`, `DEALER TAG:`) is no speaker: it is the spot's closing line, which the announcer reads (the
 * convention of radio and TV copy). It is said the same way, its words in no voice's count, with the advice to
 * give the label to the voice who reads it rather than to make a voice of it.
 */
import type { Location, Paragraph, Warning } from '../model.js';
import type { VoiceMap } from '../config/voice-map.js';
import { count, formatLocation, listOf, plural } from '../text/format.js';
import { countWords } from '../text/words.js';
import { accentlessKey, capitals, formOf, LABEL, labelAsWritten, labelKey, spotLengthLabel } from '../text/speaker-label.js';
import { locationKey } from '../text/headings.js';
import { openingOf } from './colour-labels.js';
import { nameCells } from './name-cells.js';

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

/** Labels of a spot's tagline (`TAG:`): its closing line, read by the announcer, no speaker. */
const TAGLINES = capitals(['TAG', 'TAGS', 'TAG LINE', 'TAGLINE', 'DEALER TAG', 'LOCAL TAG', 'RETAIL TAG', 'LIVE TAG', 'ANNCR TAG', 'VO TAG']);

/** Labels of an announcer's voice, who reads a spot's tagline. */
const ANNOUNCERS = capitals(['ANNCR', 'ANNC', 'ANNOUNCER', 'VO', 'V.O.', 'VOICE OVER', 'VOICEOVER', 'NARRATOR', 'ANNONCEUR', 'VOIX OFF', 'SPEAKER', 'SPEAKERINE', 'MVO', 'FVO']);

/** What to do of a tagline's label: give it to the voice who reads it (the announcer's, when the config has one). */
function taglineAdvice(name: string, map: VoiceMap): string {
  const announcers = map.voices.filter((v) => v.labels.some((l) => ANNOUNCERS.has(labelKey(l))));
  if (announcers.length !== 1) return `If it is read, add "${name}" to the labels of the voice who reads it in the config (label: ["…", "${name}"])`;
  const voice = announcers[0]!;
  const labels = [...voice.labels, name].map((l) => `"${l}"`).join(', ');
  return `If ${voice.name} reads it, add "${name}" to that voice's labels in the config (${voice.name}: { label: [${labels}] })`;
}

interface Found {
  /** The name as the script writes it (`BOULANGER`, `LE FACTEUR`). */
  name: string;
  /** The label as shown (`"BOULANGER :"`, `"NARRATOR"` for a name cell). */
  shown: string;
  lines: number;
  /** Of them, the rows of a table whose speaker column names it. */
  rows: number;
  said: number;
  words: number;
  afterVoice: boolean;
  first: number;
  locations: Location[];
}

/**
 * The rows of a table (or lines set so) naming their speaker in a name cell (name-cells.ts), by the place of
 * their text's paragraph: the speaker's name and the label as it stands before the text (`LA VOISINE (off)`).
 */
function rowSpeakers(paragraphs: readonly Paragraph[]): Map<string, { name: string; label: string }> {
  const found = new Map<string, { name: string; label: string }>();
  // (Most scripts hold no table and no tab: no name cell.)
  if (!paragraphs.some((p) => p.location.cell !== undefined || p.runs.some((r) => r.text.includes('\t')))) return found;
  for (const [paragraph, named] of nameCells(paragraphs)) {
    if (named === null || named === 'direction' || !named.speaker) continue;
    found.set(locationKey(paragraph.location), named.speaker);
  }
  return found;
}

export function labelsLeftOut(lines: readonly Line[], map: VoiceMap, paragraphs: readonly Paragraph[] = []): Warning | null {
  const labels = map.voices.flatMap((voice) => voice.labels).filter((label) => label.trim() !== '');
  if (labels.length === 0) return null;
  // A name the config's labels spell however typed (accents aside: `HELÈNE` beside Hélène and Helene is label-accents-alike's).
  const named = new Set(labels.map(accentlessKey));
  const forms = new Set(labels.map((label) => formOf(label)));
  const rows = rowSpeakers(paragraphs);
  const found = new Map<string, Found>();
  let voiced = false;
  const entryOf = (key: string, name: string, shown: string, i: number) => found.get(key) ?? { name, shown, lines: 0, rows: 0, words: 0, said: 0, afterVoice: false, first: i, locations: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.voice !== null) {
      voiced = true;
      continue;
    }
    // A table row whose name cell names a speaker no voice is named by: its text (read "NAME⇥text") is nobody's.
    const row = rows.size > 0 && line.location.cell ? rows.get(locationKey(line.location)) : undefined;
    if (row) {
      const key = accentlessKey(row.name);
      if (named.has(key)) continue;
      const entry = entryOf(key, row.name, row.name, i);
      const cut = line.text.startsWith(row.label) ? row.label.length : line.text.startsWith(row.name) ? row.name.length : 0;
      entry.lines++;
      entry.rows++;
      entry.said++;
      entry.words += countWords(line.text.slice(cut));
      if (voiced) entry.afterVoice = true;
      entry.locations.push(line.location);
      found.set(key, entry);
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
    const entry = entryOf(key, opening.name, labelAsWritten(opening.name, opening.prefix), i);
    entry.lines++;
    if (SAID.test(line.text)) entry.said++;
    entry.words += countWords(line.text.slice(opening.prefix.length));
    if (voiced) entry.afterVoice = true;
    entry.locations.push(line.location);
    found.set(key, entry);
  }
  // A tagline is said once in a spot, after the voices: one line is enough, as it is for a name cell's.
  const speakers = [...found.values()].filter(
    (e) => e.rows > 0 || (e.said * 2 >= e.lines && (e.lines >= 2 || (e.afterVoice && (forms.has(formOf(e.name)) || TAGLINES.has(labelKey(e.name)))))),
  );
  if (speakers.length === 0) return null;
  const lineCount = speakers.reduce((sum, e) => sum + e.lines, 0);
  const words = speakers.reduce((sum, e) => sum + e.words, 0);
  const one = speakers.length === 1;
  const tag = (e: Found) => TAGLINES.has(labelKey(e.name));
  const what = (e: Found) => (e.rows === e.lines ? plural(e.lines, 'row') : plural(e.lines, 'line'));
  const shown = speakers.slice(0, NAMED).map((e) => `"${e.shown}" (${what(e)}, ${plural(e.words, 'word')})`);
  if (speakers.length > NAMED) shown.push(`${count(speakers.length - NAMED)} more`);
  const first = speakers.reduce((a, b) => (b.first < a.first ? b : a)).locations[0]!;
  const only = speakers[0]!;
  // Rows only (a dubbing table's): said as rows, their words after the names.
  const byRows = speakers.every((e) => e.rows === e.lines);
  const opens = one
    ? only.rows === only.lines
      ? `"${only.shown}", in a table's speaker column, names the speaker of ${plural(lineCount, 'row')} (${plural(words, 'word')} in ${lineCount === 1 ? 'it' : 'them'}), but the config names no voice by it`
      : tag(only)
        ? `"${only.shown}" opens ${plural(lineCount, 'line')} (${plural(words, 'word')} after it), a spot's tagline, which the announcer reads, but the config gives that label to no voice`
        : `"${only.shown}" opens ${plural(lineCount, 'line')} (${plural(words, 'word')} after it) like a speaker's label, but the config names no voice by it`
    : `${listOf(shown)} ${byRows ? "name speakers in a table's speaker column" : "open lines like speakers' labels"}, but the config names no voice by them`;
  const unit = byRows ? 'row' : 'line';
  const left = lineCount === 1 ? `that ${unit} is` : `${one ? 'those' : `those ${count(lineCount)}`} ${unit}s are`;
  const advice = one
    ? tag(only)
      ? taglineAdvice(only.name, map)
      : `If ${only.name} speaks, add a voice for it to the config (${only.name}: { label: "${only.name}" })`
    : `For each that speaks, add a voice to the config (${speakers
        .slice(0, NAMED)
        .map((e) => `${e.name}: { label: "${e.name}" }`)
        .join(', ')})`;
  return {
    code: 'label-left-out',
    message: `${opens} (the first at ${formatLocation(first)}): ${left} left unassigned, not recorded${one ? '' : `, and the ${plural(words, 'word')} after the ${byRows ? 'names' : 'labels'} are in no voice's count`}. ${advice}.`,
    location: first,
    details: {
      labels: speakers.map((e) => e.name),
      written: speakers.map((e) => e.shown),
      lines: lineCount,
      words,
      counts: speakers.map((e) => ({ label: e.name, lines: e.lines, words: e.words, ...(e.rows > 0 ? { rows: e.rows } : {}), ...(tag(e) ? { tagline: true } : {}) })),
    },
  };
}
