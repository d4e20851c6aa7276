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
import { formOf, nameBlocks } from './name-lines.js';
import { normaliseSpace } from '../text/words.js';

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

/** Labels of a direction or a note rather than a speaker (compared in capitals): shown apart, as not recorded. */
export const DIRECTIONS = capitals([
  'SFX', 'FX', 'SOUND', 'SOUNDS', 'SOUND EFFECT', 'SOUND EFFECTS', 'MUSIC', 'MUSIQUE', 'MUS', 'SON', 'SONS', 'BRUITAGE', 'BRUITAGES', 'AMBIANCE', 'AMBIENCE', 'JINGLE',
  'NOTE', 'NOTES', 'NB', 'N.B.', 'TIP', 'ASTUCE', 'REMARQUE', 'IMPORTANT', 'ATTENTION', 'WARNING', 'EXAMPLE', 'EXEMPLE', 'REMEMBER',
  'ACTION', 'DIRECTION', 'DIRECTIONS', 'STAGE DIRECTION', 'DIDASCALIE', 'INDICATION', 'INDICATIONS', 'TRANSITION', 'CUT', 'FADE', 'FADE IN', 'FADE OUT',
  'VIDEO', 'VIDÉO', 'VISUAL', 'VISUEL', 'IMAGE', 'SCREEN', 'ÉCRAN', 'ECRAN', 'SLIDE', 'DIAPO', 'DIAPOSITIVE', 'SUPER', 'ON-SCREEN TEXT', 'TEXTE À L’ÉCRAN', "TEXTE À L'ÉCRAN",
  'GRAPHIC', 'GRAPHICS', 'CAPTION', 'LEGAL', 'MENTIONS LÉGALES', 'SCENE', 'SCÈNE', 'SHOT', 'PLAN',
]);

export function capitals(words: string[]): Set<string> {
  return new Set(words.map((word) => word.toLocaleUpperCase('fr')));
}

/** A cell holding a label alone: the name, maybe an aside in brackets, maybe a colon (`MUM: (laughing)`, `MARIE (off)`, `SFX`). */
const LABEL_CELL = /^\s*(\p{L}[\p{L}\p{M}\p{N}'’.\- ]{0,29}?)\s*[:：]?\s*(?:\([^()]{1,20}\)\s*)?[:：]?\s*$/u;

/** The label a cell holds alone (in capitals, or a name with a capital), or null. */
export function cellLabel(text: string): string | null {
  const match = LABEL_CELL.exec(normaliseSpace(text));
  const label = match ? normaliseSpace(match[1]!) : null;
  return label && formOf(label) ? label : null;
}

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
  const directed = speakers.size ? otherLabelRows(paragraphs, speakers) : new Map<Paragraph, Run[] | null>();
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
    // A row of the table whose label is no voice's (`SFX | Trolley wheels…`): one line, its text opening with the label, as in a paragraph.
    const other = directed.get(paragraph);
    if (other !== undefined) return { runs: other ?? [], fallback };
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

/**
 * In a table whose rows name their speakers in a cell of their own, the rows whose label cell holds a
 * label that is no voice's (`SFX`, `MUSIC`, a speaker left out of the config): read as the row's text
 * opening with that label (`SFX⇥Trolley wheels on gravel.`), as speaker-labels.ts counts such a row
 * and as a PDF of the table reads it — one line, not the label and its text as two. By paragraph: the
 * label cell's (null: no line of its own) and the first paragraph of text after it (the label's runs,
 * a tab, then its own).
 */
function otherLabelRows(paragraphs: readonly Paragraph[], speakers: ReadonlyMap<string, { column: number }>): Map<Paragraph, Run[] | null> {
  // By table: the columns its speakers' labels stand in, and the first row that has one.
  const tables = new Map<string, { columns: Set<number>; firstRow: number }>();
  for (const [key, { column }] of speakers) {
    const [table, row] = key.split(':');
    const entry = tables.get(table!) ?? { columns: new Set<number>(), firstRow: Number(row) };
    entry.columns.add(column);
    entry.firstRow = Math.min(entry.firstRow, Number(row));
    tables.set(table!, entry);
  }
  const inTables = paragraphs.filter((p) => p.location.cell && tables.has(String(p.location.cell.table)));
  // In the speakers' column; above the first speaker's row only a direction's label (`MUSIC`), not a header row's (`PERSONNAGE | TEXTE`).
  const others = rowLabels(inTables, cellLabel);
  for (const [key, { column, label }] of others) {
    const [table, row] = key.split(':');
    const entry = tables.get(table!)!;
    if (!entry.columns.has(column) || (Number(row) < entry.firstRow && !DIRECTIONS.has(label.toLocaleUpperCase('fr')))) others.delete(key);
  }
  const found = new Map<Paragraph, Run[] | null>();
  const labelRuns = new Map<string, Run[]>();
  for (const paragraph of inTables) {
    const key = rowKey(paragraph)!;
    const other = others.get(key);
    if (!other || speakers.has(key)) continue;
    const column = paragraph.location.cell!.column;
    if (column === other.column) {
      labelRuns.set(key, [...(labelRuns.get(key) ?? []), ...paragraph.runs]);
      found.set(paragraph, null);
    } else if (column > other.column && labelRuns.has(key) && /[\p{L}\p{N}]/u.test(paragraph.runs.map((r) => r.text).join(''))) {
      const label = trimRuns(labelRuns.get(key)!);
      labelRuns.delete(key);
      found.set(paragraph, label.length ? [...label, { ...label[label.length - 1]!, text: '\t' }, ...paragraph.runs] : paragraph.runs);
    }
  }
  return found;
}

/** Runs with the spaces around their text left out. */
function trimRuns(runs: readonly Run[]): Run[] {
  const kept = runs.filter((r) => r.text.length > 0);
  if (kept.length === 0) return [];
  const first = kept[0]!;
  kept[0] = { ...first, text: first.text.replace(/^\s+/u, '') };
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = { ...last, text: last.text.replace(/\s+$/u, '') };
  return kept.filter((r) => r.text.length > 0);
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
