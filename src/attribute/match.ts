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
import { deltaE } from '../colour/distance.js';
import type { VoiceMap, VoiceSpec } from '../config/voice-map.js';
import type { Hex, Paragraph, Run } from '../model.js';
import { nameBlocks } from './name-lines.js';

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
      if (byBackground !== null) return typeof byBackground === 'string' ? byBackground : null;
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

export function styleIndex(map: VoiceMap): Map<string, string> {
  const index = new Map<string, string>();
  for (const voice of map.voices) for (const style of voice.styles) index.set(style.toLowerCase(), voice.name);
  return index;
}

/** How a paragraph is read: its runs (a speaker label cut off) and a voice for runs no colour claims. */
export interface ParagraphReading {
  runs: Run[];
  fallback: string | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cell's text that is a speaker label and nothing else: "ANNCR", "ANNCR:", "MUM (off)", "MUM: (laughing)". */
const labelCell = (label: string) => new RegExp(`^\\s*${escape(label)}\\s*[:：]?\\s*(?:\\([^()]{1,20}\\)\\s*)?[:：]?\\s*$`, 'iu');

/** `table:row` of a paragraph in a table cell. */
export const rowKey = (paragraph: Paragraph) => (paragraph.location.cell ? `${paragraph.location.cell.table}:${paragraph.location.cell.row}` : null);

/** The text of each table row's cells, by row (`rowKey`) and column: one string per paragraph of the cell. */
export function tableRows(paragraphs: readonly Paragraph[]): Map<string, Map<number, string[]>> {
  const rows = new Map<string, Map<number, string[]>>();
  for (const paragraph of paragraphs) {
    const key = rowKey(paragraph);
    if (!key) continue;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Map()));
    const column = paragraph.location.cell!.column;
    const texts = row.get(column) ?? [];
    texts.push(paragraph.runs.map((r) => r.text).join(''));
    row.set(column, texts);
  }
  return rows;
}

/**
 * The first cell of a row, in column order, that `isLabel` accepts and that has text after it in the
 * row ("MARIE | Tu as entendu ?", "00:00:12 | MARIE | …"): the label's column and what `isLabel` says.
 */
export function rowLabels<T>(paragraphs: readonly Paragraph[], isLabel: (cellText: string) => T | null): Map<string, { column: number; label: T }> {
  const found = new Map<string, { column: number; label: T }>();
  for (const [key, row] of tableRows(paragraphs)) {
    const columns = [...row.keys()].sort((a, b) => a - b);
    for (const column of columns) {
      // Only a cell with text after it in the row names the row's speaker.
      if (!columns.some((c) => c > column && row.get(c)!.some((t) => /[\p{L}\p{N}]/u.test(t)))) break;
      const label = isLabel(row.get(column)!.join(' '));
      if (label !== null) {
        found.set(key, { column, label });
        break;
      }
    }
  }
  return found;
}

/**
 * A paragraph opening with a speaker label gives its runs to that voice, the label itself cut off; so
 * does a table row whose cell holds a label alone, for the cells after it (the label's cell is cut),
 * and a label alone on its line, for the dialogue below it (name-lines.ts; the name's line is cut).
 */
export function paragraphReader(map: VoiceMap, paragraphs: readonly Paragraph[] = []): (paragraph: Paragraph) => ParagraphReading {
  const byStyle = styleIndex(map);
  const labels = map.voices.flatMap((voice) =>
    // "MARIE:", "MARIE :", with an aside in brackets, "MARIE (off) :", or a tab, "MARIE⇥…": cut off with the label.
    voice.labels.map((label) => ({ voice: voice.name, pattern: new RegExp(`^\\s*${escape(label)}\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:[:：]|\\t)\\s*`, 'iu'), cell: labelCell(label) })),
  );
  const speakers = labels.length ? rowLabels(paragraphs, (text) => labels.find((l) => l.cell.test(text))?.voice ?? null) : new Map<string, { column: number; label: string }>();
  const named = labels.length ? nameLineVoices(map, paragraphs) : new Map<Paragraph, { voice: string; cue: boolean }>();
  return (paragraph) => {
    const fallback = paragraph.style ? (byStyle.get(paragraph.style.toLowerCase()) ?? null) : null;
    if (labels.length === 0) return { runs: paragraph.runs, fallback };
    const text = paragraph.runs.map((r) => r.text).join('');
    for (const { voice, pattern } of labels) {
      const match = pattern.exec(text);
      if (match) return { runs: dropPrefix(paragraph.runs, match[0].length), fallback: voice };
    }
    // A name on a line of its own (screenplay layout): no one's words; the dialogue below it is its voice's.
    const byName = named.get(paragraph);
    if (byName) return byName.cue ? { runs: [], fallback } : { runs: paragraph.runs, fallback: byName.voice };
    const key = rowKey(paragraph);
    const speaker = key ? speakers.get(key) : undefined;
    if (speaker) {
      const column = paragraph.location.cell!.column;
      if (column === speaker.column) return { runs: [], fallback };
      if (column > speaker.column) return { runs: paragraph.runs, fallback: speaker.label };
    }
    return { runs: paragraph.runs, fallback };
  };
}

const upper = (text: string) => text.toLocaleUpperCase('fr');

/**
 * The paragraphs of the screenplay layout (name-lines.ts) whose name is a voice's label: the name's
 * own paragraph (`cue`) and the dialogue below it, each with the voice. Parentheticals are nobody's.
 */
function nameLineVoices(map: VoiceMap, paragraphs: readonly Paragraph[]): Map<Paragraph, { voice: string; cue: boolean }> {
  const voices = new Map<string, string>();
  for (const voice of map.voices) for (const label of voice.labels) if (!voices.has(upper(label))) voices.set(upper(label), voice.name);
  const found = new Map<Paragraph, { voice: string; cue: boolean }>();
  // A config's label stands as a name on its line even when not in capitals ("Narrator").
  for (const block of nameBlocks(paragraphs, (name) => voices.has(upper(name))).blocks) {
    const voice = voices.get(upper(block.name));
    if (voice === undefined) continue;
    found.set(block.cue, { voice, cue: true });
    for (const line of block.lines) found.set(line, { voice, cue: false });
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
