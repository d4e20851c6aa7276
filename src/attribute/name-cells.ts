/**
 * Name cells: the column of a script table that names each row's speaker (`TC | PERSONNAGE | TEXTE`,
 * `Character | Line`), and the label a PDF sets before a borderless table's row with a tab
 * (`MARC⇥Tu viens ?`). With voices told by colour (colour groups, a config's or a legend's colours), the
 * name is the row's speaker label whatever its colour or highlight — a dubbing table highlighted across
 * the whole row, a name cell left black beside coloured text: it is never words said and never a line
 * of its own. The row's line is its text cell (an aside under the name opening it, as label-rows.ts
 * reads `LABEL | text`), the name shown before it but not counted (cast.ts `Line.label`), its voice the
 * text's colour. (With voices told by their labels, match.ts reads the name cell as the voice's label.)
 *
 * A column is a name column when the table's header row (its first, or its second under a title in one
 * cell) names it so (`PERSONNAGE`, `RÔLE`, `CHARACTER`, `SPEAKER`, `VOIX`, `NOM`, `INTERVENANT`…) and a
 * column after it holds the text; then each row whose cell there holds a label alone (label-rows.ts
 * `cellLabel`: a short name, maybe an aside, `MARC (off)`) with text after it is a speaker's row. With no
 * such header, a column of labels alone repeated over the rows (label-rows.ts `speakerTableRows`: three
 * rows or more, two speakers in two rows each) is one. A direction's or a note's label (`SFX`, `MUSIQUE`)
 * names no speaker: its row is read as label-rows.ts reads it, its label opening its text.
 *
 * Elsewhere (a PDF of a table with no borders, a PDF reader's table whose rows it kept in one cell, or lines
 * typed so), lines opening with a name and a tab are such rows when three lines or more do, two speakers
 * in two lines each; out of a cell, only a name in its text's look (a name in a look of its own there,
 * `ANNOUNCER:⇥` unhighlighted before a highlighted line, stays a line of its look, as before).
 */
import type { Paragraph, Run } from '../model.js';
import { normaliseSpace } from '../text/words.js';
import { formOf, labelKey } from '../text/speaker-label.js';
import { asideFirst, cellLabel, DIRECTIONS, labelCellText, labelRowParts, loneAsides, rowKey, speakerTableRows, splitRuns, TAB_LABEL, tableRows } from './label-rows.js';
import { lazy } from '../text/lazy.js';

/** Header words of a column naming each row's speaker, in capitals with no accents (headerKey). */
const NAME_HEADERS = new Set([
  'PERSONNAGE', 'PERSONNAGES', 'PERS', 'PERS.', 'ROLE', 'ROLES', 'CHARACTER', 'CHARACTERS', 'CHAR', 'SPEAKER', 'SPEAKERS', 'VOICE', 'VOIX', 'NOM', 'NAME',
  'INTERVENANT', 'INTERVENANTS', 'INTERVENANTE', 'LOCUTEUR', 'LOCUTRICE', 'LOCUTEURS', 'WHO', 'QUI', 'CAST', 'TALENT', 'ACTOR', 'ACTEUR', 'COMEDIEN',
  'PERSONAJE', 'PERSONAGGIO', 'FIGUR', 'ROLLE', 'SPRECHER', 'SPRECHERIN', 'NARRATOR / CHARACTER', 'CHARACTER NAME', 'NOM DU PERSONNAGE',
]);

/** A header as header words are compared: capitals, no accents, spaces collapsed, a closing colon off. */
function headerKey(text: string): string {
  return normaliseSpace(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toUpperCase()
    .replace(/\s*[:：]$/u, '')
    .trim();
}

/** A header row's cell: empty, or a short name (four words at most, no sentence's punctuation). */
const HEADER_CELL = lazy(() => /^[\p{L}\p{M}\p{N}'’&/#°().\- ]{1,40}$/u);
const headerCell = (texts: readonly string[]) => {
  const text = normaliseSpace(texts.join(' ')).trim();
  return text === '' || (HEADER_CELL().test(text) && text.split(' ').length <= 4 && !/[.]$/u.test(text.replace(/\bN[O°]\.$/iu, '')));
};

export interface RowSpeaker {
  /** The name as it stands before the line, with its aside and colon (`LE PÈRE (off)`, `MUM:`): shown, not counted. */
  label: string;
  /** The speaker's name alone (`LE PÈRE`). */
  name: string;
  /** The name's runs as the cell holds them: their look may be a voice's (a name cell shaded in the voice's colour, cast.ts). */
  look?: readonly Run[];
}

/**
 * By paragraph: null for a name cell's (no line); the row's line, its runs (the name cut off) and its
 * speaker; in a table whose header names the column, a direction's row (`SFX | A door slams.`) its
 * label's cell `direction` and its text its label and a tab opening it, no speaker (as label-rows.ts
 * reads such a row).
 */
export type NameCells = ReadonlyMap<Paragraph, { runs: Run[]; speaker?: RowSpeaker } | null | 'direction'>;

const cache = new WeakMap<readonly Paragraph[], NameCells>();

/** The name cells of the paragraphs' tables and tab-set lines (found once per paragraphs array). */
export function nameCells(paragraphs: readonly Paragraph[]): NameCells {
  let found = cache.get(paragraphs);
  if (!found) cache.set(paragraphs, (found = findNameCells(paragraphs)));
  return found;
}

/** The label a cell holds alone, or null. */
const labelOf = (texts: readonly string[]) => cellLabel(normaliseSpace(texts.join(' '))) ?? cellLabel(normaliseSpace(labelCellText(texts)));

/** A speaker's name a cell holds alone: not a direction's label. */
function speakerOf(texts: readonly string[]): string | null {
  const label = labelOf(texts);
  return label !== null && !DIRECTIONS.has(labelKey(label)) ? label : null;
}

/** Whether the first worded run before `at` (the name) and the first after it (the text) look alike. */
function sameLook(runs: readonly Run[], at: number): boolean {
  let offset = 0;
  let name: Run | undefined;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (/[\p{L}\p{N}]/u.test(offset < at ? run.text.slice(0, at - offset) : '') && !name) name = run;
    if (end > at && /[\p{L}\p{N}]/u.test(offset >= at ? run.text : run.text.slice(at - offset))) return name !== undefined && name.color === run.color && name.background === run.background;
    offset = end;
  }
  return false;
}

const hasText = (texts: readonly string[] | undefined) => texts !== undefined && texts.some((t) => /[\p{L}\p{N}]/u.test(t));

function findNameCells(paragraphs: readonly Paragraph[]): NameCells {
  const found = new Map<Paragraph, { runs: Run[]; speaker?: RowSpeaker } | null | 'direction'>();
  const inTables = paragraphs.some((p) => p.location.cell);
  // By row: the name's column and the speaker's name (null: a direction's label, joined to its text).
  const rows = new Map<string, { column: number; name: string | null }>();
  if (inTables) {
    const cells = tableRows(paragraphs);
    // By table, its rows in order.
    const tables = new Map<string, number[]>();
    for (const key of cells.keys()) {
      const [table, row] = key.split(':');
      const list = tables.get(table!) ?? [];
      list.push(Number(row));
      tables.set(table!, list);
    }
    for (const [table, numbers] of tables) {
      numbers.sort((a, b) => a - b);
      // The header row: the first, or the second under a title in one cell.
      let at = 0;
      const first = cells.get(`${table}:${numbers[0]}`)!;
      if (first.size === 1 && numbers.length >= 3) at = 1;
      const header = cells.get(`${table}:${numbers[at]}`)!;
      const columns = [...header.keys()].sort((a, b) => a - b);
      const column = columns.find((c) => NAME_HEADERS.has(headerKey(header.get(c)!.join(' '))));
      // A header row of short names only (`TC | PERSONNAGE | TEXTE`), not a row of notes (`Voice | Warm, calm…`); a text column after it.
      if (column === undefined || !columns.every((c) => headerCell(header.get(c)!)) || !columns.some((c) => c > column && hasText(header.get(c)))) continue;
      for (const number of numbers.slice(at + 1)) {
        const row = cells.get(`${table}:${number}`)!;
        const texts = row.get(column);
        if (!texts || ![...row.keys()].some((c) => c > column && hasText(row.get(c)))) continue;
        const label = labelOf(texts);
        if (label !== null) rows.set(`${table}:${number}`, { column, name: DIRECTIONS.has(labelKey(label)) ? null : label });
      }
    }
    // With no header naming it: a column of speakers' labels alone over the rows.
    const shaped = speakerTableRows(paragraphs);
    if (shaped.size > 0) {
      for (const [key, { column }] of shaped) {
        if (rows.has(key)) continue;
        const texts = cells.get(key)?.get(column);
        const name = texts ? speakerOf(texts) : null;
        if (name !== null) rows.set(key, { column, name });
      }
    }
    for (const [paragraph, parts] of labelRowParts(paragraphs, rows)) {
      if (parts === null) {
        found.set(paragraph, rows.get(rowKey(paragraph)!)!.name === null ? 'direction' : null);
        continue;
      }
      const name = rows.get(rowKey(paragraph)!)!.name;
      if (name === null) {
        // A direction's row: its label opening its text, set apart by a tab, as a PDF sets the row.
        const last = parts.label[parts.label.length - 1];
        found.set(paragraph, { runs: last ? [...parts.label, { ...last, text: '\t' }, ...parts.text] : parts.text });
        continue;
      }
      const label = normaliseSpace(parts.label.map((r) => r.text).join('')).trim();
      found.set(paragraph, { runs: parts.text, speaker: { label, name, look: parts.label } });
    }
  }
  // Out of tables: lines opening with a speaker's name and a tab.
  const tabbed: { paragraph: Paragraph; at: number; name: string }[] = [];
  const uses = new Map<string, number>();
  for (const paragraph of paragraphs) {
    // (Also in a cell: a PDF reader may keep a table's rows in one cell, each row "NAME⇥text".)
    if (found.has(paragraph)) continue;
    const first = paragraph.runs[0];
    // Most paragraphs hold no tab in their first characters.
    if (!first) continue;
    let head = '';
    for (const run of paragraph.runs) {
      head += run.text;
      if (head.length >= 80) break;
    }
    if (!head.includes('\t')) continue;
    const trimmed = head.trimStart();
    const match = TAB_LABEL().exec(trimmed.slice(0, 80));
    if (!match) continue;
    const name = normaliseSpace(match[1]!);
    if (!formOf(name) || DIRECTIONS.has(labelKey(name))) continue;
    const at = head.length - trimmed.length + match[0].length;
    // Out of a table's cell, a name in a look of its own before its tab (`ANNOUNCER:⇥` unhighlighted before
    // a highlighted line, typed so) stays what its look says: only a name column's cell is the row's label whatever its look.
    if (!paragraph.location.cell && !sameLook(paragraph.runs, at)) continue;
    tabbed.push({ paragraph, at, name });
    uses.set(labelKey(name), (uses.get(labelKey(name)) ?? 0) + 1);
  }
  if (tabbed.length >= 3 && [...uses.values()].filter((n) => n >= 2).length >= 2) {
    const lone = new Map(loneAsides(paragraphs).map((f) => [f.line, f]));
    for (const { paragraph, at, name } of tabbed) {
      const [label, text] = splitRuns(paragraph.runs, at);
      const byLone = lone.get(paragraph);
      found.set(paragraph, { runs: byLone ? asideFirst(byLone, text) : text, speaker: { label: normaliseSpace(label.map((r) => r.text).join('')).trim(), name } });
    }
  }
  return found;
}
