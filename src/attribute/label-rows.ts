/**
 * Speaker-label tables (`LABEL | text`, the label alone in its cell) and the asides in their label
 * cells, read the same from a DOCX (which knows the cells) and from its PDF (which may not).
 *
 * Every PDF producer tried sets a borderless table's row as one line "LABEL⇥text" (LibreOffice draws
 * it so; the PDF reader joins the other producers' rows: readers/pdf/label-rows.ts). So a row whose
 * label is no voice's reads as its first text paragraph opening with the label and a tab, the label
 * cell no line of its own: with a config, for the rows of a label that is no voice's (`SFX`); with no
 * label voice (colour groups), for every row of a table of speakers' labels.
 *
 * An aside in brackets on a line of its own under the label, in the label's cell (`MUM:` over
 * `(laughing)`), is a direction of the row's line, as a screenplay's parenthetical under the name
 * is: it opens the line (`(laughing) Only if you carry it.`) and, being in brackets, is not spoken.
 * An aside on the label's own line (`MARIE (off)`, `MUM: (laughing)`) stays with the label, as in
 * `MARIE (off) : …`. A PDF of such a table (LibreOffice) draws the cell's second line under the row's
 * line, where a direction of its own would stand too: a paragraph that is one aside alone, right
 * under a line opening with a label and a tab, is read with that line, and `aside-under-label` says so.
 */
import type { Paragraph, Run, Warning } from '../model.js';
import { plural, formatLocation } from '../text/format.js';
import { countWords, normaliseSpace } from '../text/words.js';
import { foldWidth, foldWidthMapped, originalLength, type FoldedText } from '../text/width.js';
import { capitals, formOf, hasEastAsianLetter, labelKey, NAME_SPACES, voiceLabelIndex, type VoiceLabel } from '../text/speaker-label.js';
import { BEFORE_LABEL, timecodeAlone } from './timecodes.js';
import { lazy } from '../text/lazy.js';

/** Labels of a direction or a note rather than a speaker (compared in capitals): shown apart, as not recorded. */
export const DIRECTIONS = capitals([
  'SFX', 'FX', 'SOUND', 'SOUNDS', 'SOUND EFFECT', 'SOUND EFFECTS', 'MUSIC', 'MUSIQUE', 'MUS', 'SON', 'SONS', 'BRUITAGE', 'BRUITAGES', 'AMBIANCE', 'AMBIENCE', 'JINGLE',
  'NOTE', 'NOTES', 'NB', 'N.B.', 'TIP', 'ASTUCE', 'REMARQUE', 'IMPORTANT', 'ATTENTION', 'WARNING', 'EXAMPLE', 'EXEMPLE', 'REMEMBER',
  // A note to the studio, the engineer or the reader, by whom it is for (`NOTE TO STUDIO:`, `Note au studio :`): no speaker, however often.
  'N.B', 'NOTA', 'NOTA BENE', 'REMARQUES', 'STUDIO NOTE', 'STUDIO NOTES', 'VO NOTE', 'VO NOTES', 'NOTE TO STUDIO', 'NOTE TO THE STUDIO', 'NOTES TO STUDIO', 'NOTE FOR STUDIO',
  'NOTE FOR THE STUDIO', 'NOTE TO ENGINEER', 'NOTE TO THE ENGINEER', 'NOTE TO TALENT', 'NOTE TO THE TALENT', 'NOTE TO VO', 'NOTE TO THE VO', 'NOTE FOR VO', 'NOTE TO NARRATOR',
  'NOTE TO THE NARRATOR', 'NOTE TO ACTOR', 'NOTE TO THE ACTOR', 'NOTE TO READER', 'NOTE TO THE READER', 'NOTE TO VOICE', 'NOTE AU STUDIO', 'NOTE POUR LE STUDIO', 'NOTES AU STUDIO',
  'NOTE À L’INGÉ', "NOTE À L'INGÉ", 'NOTE À L’INGÉ SON', "NOTE À L'INGÉ SON", 'NOTE AU COMÉDIEN', 'NOTE À LA COMÉDIENNE', 'NOTE AU LECTEUR', 'NOTE POUR LE COMÉDIEN', 'NOTE DE RÉALISATION',
  'ACTION', 'DIRECTION', 'DIRECTIONS', 'STAGE DIRECTION', 'DIDASCALIE', 'INDICATION', 'INDICATIONS', 'TRANSITION', 'CUT', 'FADE', 'FADE IN', 'FADE OUT',
  'VIDEO', 'VIDÉO', 'VISUAL', 'VISUEL', 'IMAGE', 'SCREEN', 'ÉCRAN', 'ECRAN', 'SLIDE', 'DIAPO', 'DIAPOSITIVE', 'SUPER', 'ON-SCREEN TEXT', 'TEXTE À L’ÉCRAN', "TEXTE À L'ÉCRAN",
  'GRAPHIC', 'GRAPHICS', 'CAPTION', 'LEGAL', 'MENTIONS LÉGALES', 'SCENE', 'SCÈNE', 'SHOT', 'PLAN',
  // What is shown, not said: on-screen text, graphics, captions, titles (an e-learning or video script's `OST:`, `GFX:`, `TEXTE ÉCRAN :`, `INCRUST :`).
  'OST', 'OSD', 'ON SCREEN TEXT', 'ONSCREEN TEXT', 'ON-SCREEN', 'TEXT ON SCREEN', 'SCREEN TEXT', 'GFX', 'GRAPHIC TEXT', 'LOWER THIRD', 'LOWER THIRDS', 'LOWER-THIRD', 'TITLE CARD', 'CAPTIONS', 'SUBTITLE', 'SUBTITLES', 'SUPERS', 'CHYRON', 'B-ROLL', 'ANIMATION', 'ANIM', 'TEXTE ÉCRAN', 'TEXTE ECRAN', 'TEXTE À L’ÉCRAN', 'TEXTE A L’ECRAN', "TEXTE A L'ECRAN", 'TEXTE SUR ÉCRAN', 'INCRUST', 'INCRUSTATION', 'INCRUSTATIONS', 'INCRUSTE', 'CARTON', 'CARTONS', 'SOUS-TITRE', 'SOUS-TITRES', 'SYNTHÉ', 'SYNTHE', 'BANDEAU', 'TITRAGE', 'GRAPHISME', 'ILLUSTRATION',
  // Chinese (simplified, traditional) and Japanese scripts: sound effects, music, captions, pictures, notes.
  'SE', 'BGM', '音效', '音響', '音响', '效果', '效果音', '音乐', '音樂', '背景音乐', '背景音樂', '配乐', '配樂', '字幕', '画面', '畫面', '镜头', '鏡頭', '场景', '場景',
  '注', '注意', '备注', '備註', '提示', '说明', '說明', '效果声', '効果音', '音楽', 'テロップ', '映像', 'ト書き', '備考', 'メモ',
  // Korean: sound effects, music, captions, pictures, stage directions, notes, examples.
  '효과음', '효과', '음향', '음악', '배경음악', '배경 음악', '자막', '화면', '영상', '그래픽', '인서트', '지문', '전환', '주의', '참고', '메모', '비고', '노트', '팁', '예', '예시',
]);



const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a voice's label opens its paragraph, cut off with the label: "MARIE:", "MARIE :", with an aside
 * in brackets, "MARIE (off) :", or a tab, "MARIE⇥…". A Chinese, Japanese or Korean label also in
 * brackets, as radio dramas write it (`【旁白】…`, `［旁白］`, `〔旁白〕`, `（旁白）`, `[내레이션]`, a
 * colon after them or not), or before the line in corner brackets (`太郎「…」`, `012太郎「…」` with the
 * line's number; the brackets kept with the line), maybe after a direction in brackets (`【小声で】太郎「…」`,
 * the `dir` group: kept with the line, as a direction, not spoken); a Korean one also before a slash
 * (`해설자 / …`, `마사키/ …`). Matched against the width-folded text (labelCut), the label folded too.
 */
export function labelPattern(label: string): RegExp {
  const name = escape(foldWidth(label));
  const colon = `${name}\\s*(?:(?:[(（][^()（）]{1,20}[)）]|\\[[^[\\]]{1,20}\\])\\s*)?(?:[:：]|\\t)`;
  // A dubbing script's loop number and time code before the label (`B21  01:10:02:14  MARC : …`): the
  // time code kept with the line (`pre`, for casting to cut as the line's time), the loop number cut.
  if (!hasEastAsianLetter(label)) return new RegExp(`^${BEFORE_LABEL}${colon}\\s*`, 'iu');
  const bracketed = `[【［〔\\[]\\s*${name}\\s*[】］〕\\]]\\s*[:：]?|[（(]\\s*${name}\\s*[）)]\\s*[:：]?`;
  const quoted = `(?<dir>(?:${DIRECTION_GROUP}\\s*)*)(?:\\d{1,4}\\s*)?${name}(?=\\s*[「『])`;
  const slashed = /[\uAC00-\uD7A3]/u.test(label) ? `|${name}\\s*\\/` : '';
  return new RegExp(`^${BEFORE_LABEL}(?:${colon}|${bracketed}|${quoted}${slashed})\\s*`, 'iu');
}

/** A direction in brackets before a Japanese name and its line in corner brackets: `【小声で】`, `（笑いながら）`, `(小声で)`. */
const DIRECTION_GROUP = '(?:【[^【】]{1,20}】|（[^（）]{1,20}）|\\([^()]{1,20}\\)|［[^［］]{1,20}］)';

/**
 * A paragraph's text as labels are looked for in it (labelCut): its first characters width-folded,
 * where a label stands (a long paragraph is folded only that far); the text itself when nothing in
 * them folds. Made once a paragraph, for all the voices' labels.
 */
export function labelHead(text: string): FoldedText {
  const folded = foldWidthMapped(text.length > 400 ? text.slice(0, 400) : text);
  return folded.ends === null ? { text, ends: null } : folded;
}

/**
 * Where a voice's label (labelPattern) opens a paragraph (its labelHead): the line's runs are the
 * text up to `keep` (a direction before the name, `【小声で】`; most often nothing) and from `cut` on;
 * null when the label does not open it. The label is looked for in the width-folded text (`ＮＡ：`
 * opens with `NA`); `keep` and `cut` are offsets in the text as written.
 */
export function labelCut(pattern: RegExp, head: FoldedText): { keep: number; cut: number } | null {
  const match = pattern.exec(head.text);
  if (!match) return null;
  const dir = match.groups?.dir ?? '';
  // A time code before the label (`pre`, at the match's start) stays with the line; a direction before a Japanese name too.
  const pre = match.groups?.pre ?? '';
  const keep = dir.length > 0 ? match[0].indexOf(dir, pre.length) + dir.length : pre.length;
  return { keep: originalLength(head, keep), cut: originalLength(head, match[0].length) };
}

/** Where a voice's label opens a paragraph: the voice's entry, and the line's runs to keep and cut as labelCut gives them. */
export interface VoiceLabelCut<T extends VoiceLabel> {
  entry: T;
  cut: { keep: number; cut: number };
}

/**
 * The one reading of a voice's label opening a paragraph (its labelHead), for every layer that asks
 * whether a line opens with a voice's label (match.ts, a paragraph's; label-breaks.ts, a line's after a
 * break): any name opening it (labelOpening), looked up as speaker-label.ts voiceLabelIndex looks a
 * label up (`MARIE\u00A0CLAIRE :`, `O’BRIEN:`, `ELODIE :` for `Élodie`), maybe read again from the
 * paragraph's start when what came before it was taken for a loop number (`12 ANGRY MEN: …`); a
 * Chinese, Japanese or Korean label also in brackets, before corner brackets or a slash, by its own
 * pattern (labelPattern). Null for no voice's label.
 */
export function voiceLabelFinder<T extends VoiceLabel>(entries: readonly T[]): (head: FoldedText) => VoiceLabelCut<T> | null {
  const { find } = voiceLabelIndex(entries);
  const named = (name: string, withAside: string | null) => find(name) ?? (withAside === null ? undefined : find(withAside));
  const eastAsian = entries.filter((e) => hasEastAsianLetter(e.label)).map((entry) => ({ entry, pattern: labelPattern(entry.label) }));
  return (head) => {
    let opening = labelOpening(head);
    let entry = opening ? named(opening.name, opening.withAside) : undefined;
    // What was read as a loop number before the name may be the name's (`12 ANGRY MEN: …`).
    if (!entry && opening?.prefixed) entry = (opening = labelOpening(head, true)) ? named(opening.name, opening.withAside) : undefined;
    if (entry) return { entry, cut: { keep: opening!.keep, cut: opening!.cut } };
    for (const { entry: e, pattern } of eastAsian) {
      const cut = labelCut(pattern, head);
      if (cut) return { entry: e, cut };
    }
    return null;
  };
}

/**
 * Whatever name opens a paragraph (its labelHead) the way labelPattern's colon form reads a voice's:
 * maybe a time code or a loop number, the name (anything up to a colon or a tab, the name being
 * looked up, not guessed: match.ts asks speaker-label.ts namesVoice), maybe one aside in brackets,
 * then a colon or a tab. The name and the name with its aside (`Client (F)`, a label with brackets of
 * its own), and where the line's text starts, as labelCut gives it; null when no name opens it. When
 * what came before the name was read as a loop number or a time code and `bare` is asked, the name
 * is read from the paragraph's start instead (`12 ANGRY MEN: …`).
 */
export function labelOpening(head: FoldedText, bare = false): { name: string; withAside: string | null; keep: number; cut: number; prefixed: boolean } | null {
  const match = (bare ? BARE_OPENING : ANY_OPENING).exec(head.text);
  if (!match) return null;
  const { name, aside } = match.groups as { name: string; aside?: string };
  const pre = match.groups!.pre ?? '';
  return {
    name,
    withAside: aside ? name + aside : null,
    keep: originalLength(head, pre.length),
    cut: originalLength(head, match[0].length),
    prefixed: !bare && match.index + match[0].indexOf(name) > (/^\s*/u.exec(head.text)![0].length),
  };
}

// The name: up to six words of 40 characters, a space or three between them (a no-break one too), no
// colon, tab or bracket; at most 12 spaces before its aside and colon. Bounded so that a paragraph
// of spaces and figures is read in one pass (tests/timecodes.test.ts, hostile input).
const NAME_WORD = '[^\\s:：()（）[\\]]{1,40}';
const GAP = '[^\\S\\t\\n]';
const OPENING_NAME = `(?<name>${NAME_WORD}(?:${GAP}{1,3}${NAME_WORD}){0,5}?)(?<aside>${GAP}{0,4}(?:[(（][^()（）]{1,20}[)）]|\\[[^[\\]]{1,20}\\]))?${GAP}{0,12}(?:[:：]|\\t)\\s*`;
const ANY_OPENING = new RegExp(`^${BEFORE_LABEL}${OPENING_NAME}`, 'u');
const BARE_OPENING = new RegExp(`^\\s*${OPENING_NAME}`, 'u');

/**
 * The name a cell holds alone, as a voice's label cell reads (`ANNCR`, `ANNCR:`, `MUM (off)`, `MUM:
 * (laughing)`): the name and the name with its aside (a label with brackets of its own), width-folded;
 * null when the cell holds more. Looked up, not guessed (match.ts).
 */
export function cellName(text: string): { name: string; withAside: string | null } | null {
  const folded = foldWidth(text);
  const match = folded.length > 120 ? null : CELL_NAME.exec(folded);
  if (!match) return null;
  const { name, aside } = match.groups as { name: string; aside?: string };
  return { name, withAside: aside ? `${name} ${aside}` : null };
}

const CELL_NAME = /^\s*(?<name>[^\s:：()](?:[^:：()\n]{0,58}[^\s:：()])?)\s*[:：]?\s*(?:(?<aside>\([^()]{1,20}\))\s*)?[:：]?\s*$/u;

/** The runs of a line whose label is cut (labelCut): those before `keep` and those from `cut` on. */
export function cutRuns(runs: readonly Run[], keep: number, cut: number): Run[] {
  const after = splitRuns(runs, cut)[1];
  return keep > 0 ? [...splitRuns(runs, keep)[0], ...after] : after;
}

/** A cell holding a label alone: the name, maybe an aside in brackets, maybe a colon (`MUM: (laughing)`, `MARIE (off)`, `SFX`). */
const LABEL_CELL = lazy(() => /^\s*(\p{L}[\p{L}\p{M}\p{N}'’.\- ]{0,29}?)\s*[:：]?\s*(?:\([^()]{1,20}\)\s*)?[:：]?\s*$/u);

/** The label a cell holds alone (in capitals, or a name with a capital), or null. */
export function cellLabel(text: string): string | null {
  const match = LABEL_CELL().exec(normaliseSpace(text));
  const label = match ? normaliseSpace(match[1]!) : null;
  return label && formOf(label) ? label : null;
}

/** A direction in brackets and nothing else: `(laughing)`, `(whispering, to Kid)`. */
const ASIDE = /^\s*\([^()\n]{1,40}\)\s*$/u;

/** Whether `text` is one aside alone (a short text: a long one is never read by the pattern). */
export const isAside = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length <= 44 && ASIDE.test(trimmed);
};

/** `table:row` of a paragraph in a table cell. */
export const rowKey = (paragraph: Paragraph) => (paragraph.location.cell ? `${paragraph.location.cell.table}:${paragraph.location.cell.row}` : null);

const textOf = (paragraph: Paragraph) => paragraph.runs.map((r) => r.text).join('');

/** The length of textOf(paragraph), without building it. */
function textLength(paragraph: Paragraph): number {
  let length = 0;
  for (let r = 0; r < paragraph.runs.length; r++) length += paragraph.runs[r]!.text.length;
  return length;
}

/** Whether textOf(paragraph) holds a tab, without building it. */
function holdsTab(paragraph: Paragraph): boolean {
  for (let r = 0; r < paragraph.runs.length; r++) if (paragraph.runs[r]!.text.includes('\t')) return true;
  return false;
}

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
    texts.push(textOf(paragraph));
    row.set(column, texts);
  }
  return rows;
}

/**
 * The text of a label cell as a label is looked for in it: its paragraphs joined by spaces, asides
 * on lines of their own under the label aside (`MUM:` over `(laughing)` is the label `MUM:`).
 */
export function labelCellText(texts: readonly string[]): string {
  const lines = texts.flatMap((t) => t.split('\n'));
  let end = lines.length;
  while (end > 1 && isAside(lines[end - 1]!)) end--;
  return lines.slice(0, end).join(' ');
}

/**
 * The first cell of a row, in column order, that `isLabel` accepts and that has text after it in the
 * row ("MARIE | Tu as entendu ?", "00:00:12 | MARIE | …"): the label's column and what `isLabel` says.
 */
export function rowLabels<T>(paragraphs: readonly Paragraph[], isLabel: (cellText: string) => T | null): Map<string, { column: number; label: T }> {
  const found = new Map<string, { column: number; label: T }>();
  for (const [key, row] of tableRows(paragraphs)) {
    const columns = [...row.keys()].sort((a, b) => a - b);
    // The last column with text in it: only a cell before it names the row's speaker (found once,
    // not looked for after each cell: a row of 100,000 empty cells made that quadratic).
    let lastText = -Infinity;
    for (const c of columns) if (c > lastText && row.get(c)!.some((t) => /[\p{L}\p{N}]/u.test(t))) lastText = c;
    for (const column of columns) {
      if (column >= lastText) break;
      const texts = row.get(column)!;
      // Spaces collapsed first: a label pattern's `\s*…\s*$` is cubic on a long run of spaces.
      const label = isLabel(normaliseSpace(texts.join(' '))) ?? isLabel(normaliseSpace(labelCellText(texts)));
      if (label !== null) {
        found.set(key, { column, label });
        break;
      }
    }
  }
  return found;
}

/**
 * With no voice told by its label: the rows of the tables that name their speakers in a cell of their
 * own, read as "LABEL⇥text" — at least three rows with a label alone in one column, two speakers
 * (no direction's label) in two rows each or more; from the first speaker's row on, and above it only
 * a direction's row (`MUSIC | …`), so that a header row `TC | PERSONNAGE | TEXTE` stays three cells.
 */
export function speakerTableRows(paragraphs: readonly Paragraph[]): Map<string, { column: number }> {
  const labelled = rowLabels(paragraphs, cellLabel);
  const byTable = new Map<string, { row: number; column: number; label: string }[]>();
  for (const [key, { column, label }] of labelled) {
    const [table, row] = key.split(':');
    const rows = byTable.get(table!) ?? [];
    rows.push({ row: Number(row), column, label: labelKey(label) });
    byTable.set(table!, rows);
  }
  const found = new Map<string, { column: number }>();
  for (const [table, rows] of byTable) {
    const perColumn = new Map<number, number>();
    for (const { column } of rows) perColumn.set(column, (perColumn.get(column) ?? 0) + 1);
    const column = [...perColumn].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    const inColumn = rows.filter((r) => r.column === column);
    if (inColumn.length < 3) continue;
    const uses = new Map<string, number>();
    for (const { label } of inColumn) if (!DIRECTIONS.has(label)) uses.set(label, (uses.get(label) ?? 0) + 1);
    const speakers = new Set([...uses].filter(([, n]) => n >= 2).map(([label]) => label));
    if (speakers.size < 2) continue;
    const firstRow = inColumn.reduce((first, r) => (speakers.has(r.label) ? Math.min(first, r.row) : first), Infinity);
    for (const r of inColumn) if (r.row >= firstRow || DIRECTIONS.has(r.label)) found.set(`${table}:${r.row}`, { column });
  }
  return found;
}

/** A run holding `text` in the look of `like`. */
const runLike = (like: Run, text: string): Run => ({ ...like, text });

/** Runs with the spaces around their text left out. */
export function trimRuns(runs: readonly Run[]): Run[] {
  const kept = runs.filter((r) => r.text.length > 0);
  if (kept.length === 0) return [];
  const first = kept[0]!;
  // trimStart/trimEnd, not /\s+$/: that pattern is quadratic on a long run of spaces before text.
  kept[0] = { ...first, text: first.text.trimStart() };
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = { ...last, text: last.text.trimEnd() };
  return kept.filter((r) => r.text.length > 0);
}

/** Runs cut at a character offset of their joined text. */
export function splitRuns(runs: readonly Run[], at: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (end <= at) before.push(run);
    else if (offset >= at) after.push(run);
    else {
      before.push({ ...run, text: run.text.slice(0, at - offset) });
      after.push({ ...run, text: run.text.slice(at - offset) });
    }
    offset = end;
  }
  return [before, after];
}

/** A label cell's runs: the label's (its first line, with any aside on that line) and the asides on lines of their own under it. */
function splitLabelCell(cell: readonly Paragraph[]): { label: Run[]; asides: Run[] } {
  // Most label cells: one paragraph of one line, the label alone.
  if (cell.length === 1 && !cell[0]!.runs.some((r) => r.text.includes('\n'))) return { label: trimRuns(cell[0]!.runs), asides: [] };
  const lines: Run[][] = [];
  for (const paragraph of cell) {
    let runs: Run[] = paragraph.runs;
    for (;;) {
      const at = runs.map((r) => r.text).join('').indexOf('\n');
      if (at < 0) break;
      const [line, rest] = splitRuns(runs, at);
      lines.push(line);
      runs = splitRuns(rest, 1)[1];
    }
    lines.push(runs);
  }
  const joined = (line: Run[]) => line.map((r) => r.text).join('');
  let end = lines.length;
  while (end > 1 && isAside(joined(lines[end - 1]!))) end--;
  const spaced = (parts: Run[][]) => {
    const out: Run[] = [];
    for (const part of parts.map(trimRuns).filter((p) => p.length > 0)) {
      if (out.length) out.push(runLike(out[out.length - 1]!, ' '));
      out.push(...part);
    }
    return out;
  };
  return { label: spaced(lines.slice(0, end)), asides: spaced(lines.slice(end)) };
}

/** `asides`, then a space, then `runs`. */
const withAsides = (asides: readonly Run[], runs: readonly Run[]): Run[] => (asides.length ? [...asides, runLike(asides[asides.length - 1]!, ' '), ...runs] : [...runs]);

/**
 * How the rows of a speaker-label table are read, by paragraph: a label cell's paragraphs are no line
 * (null); the row's first text paragraph gets the cell's asides in front and, for the rows in `join`,
 * the label and a tab before them. `rows`: by row, the label's column and whether it joins.
 */
export function labelRowRuns(paragraphs: readonly Paragraph[], rows: ReadonlyMap<string, { column: number; join: boolean }>): Map<Paragraph, Run[] | null> {
  const found = new Map<Paragraph, Run[] | null>();
  for (const [paragraph, parts] of labelRowParts(paragraphs, rows)) {
    if (parts === null) found.set(paragraph, null);
    else {
      const { label, text } = parts;
      found.set(paragraph, rows.get(rowKey(paragraph)!)!.join && label.length ? [...label, runLike(label[label.length - 1]!, '\t'), ...text] : text);
    }
  }
  return found;
}

/**
 * The rows of a speaker-label table, by paragraph: a label cell's paragraphs null (no line); the
 * row's first text paragraph, its label's runs (the label's first line, with any aside on it) and its
 * text's (the cell's asides on lines of their own under the label in front).
 */
export function labelRowParts(paragraphs: readonly Paragraph[], rows: ReadonlyMap<string, { column: number }>): Map<Paragraph, { label: Run[]; text: Run[] } | null> {
  const found = new Map<Paragraph, { label: Run[]; text: Run[] } | null>();
  if (rows.size === 0) return found;
  const cells = new Map<string, Paragraph[]>();
  const inRows: { paragraph: Paragraph; key: string; row: { column: number } }[] = [];
  for (const paragraph of paragraphs) {
    const key = rowKey(paragraph);
    const row = key ? rows.get(key) : undefined;
    if (!row) continue;
    inRows.push({ paragraph, key: key!, row });
    if (paragraph.location.cell!.column !== row.column) continue;
    const cell = cells.get(key!);
    if (cell) cell.push(paragraph);
    else cells.set(key!, [paragraph]);
  }
  const done = new Set<string>();
  for (const { paragraph, key, row } of inRows) {
    const column = paragraph.location.cell!.column;
    if (column === row.column) found.set(paragraph, null);
    // (A time code's cell, `Personnage | TC | Texte`, is no text of the row's: its time goes to the text, cast.ts.)
    else if (column > row.column && !done.has(key) && /[\p{L}\p{N}]/u.test(textOf(paragraph)) && !timecodeAlone(textOf(paragraph))) {
      done.add(key);
      const { label, asides } = splitLabelCell(cells.get(key) ?? []);
      found.set(paragraph, { label, text: withAsides(asides, paragraph.runs) });
    }
  }
  return found;
}

/** A label opening a paragraph, set with a tab (`MUM:⇥…`, `KID⇥…`): how a PDF sets a table's row. */
export const TAB_LABEL = lazy(() => new RegExp(`^\\s*(\\p{L}[\\p{L}\\p{M}\\p{N}'’.\\- ${NAME_SPACES}]{0,29}?)\\s*(?:\\([^()]{1,20}\\)\\s*)?[:：]?\\s*\\t\\s*(?=\\S)`, 'u'));

export interface LoneAside {
  /** The line opening with a label and a tab. */
  line: Paragraph;
  /** Where its text starts after the label and the tab. */
  at: number;
  /** The aside's paragraph, right under it. */
  aside: Paragraph;
}

/**
 * Asides alone on their paragraph right under a line that opens with a label and a tab, where no
 * table cell is known (a PDF): what a table's label cell holds under its label, drawn under the row's
 * line. Only among three such lines or more (a table's rows).
 */
export function loneAsides(paragraphs: readonly Paragraph[]): LoneAside[] {
  let found = loneCache.get(paragraphs);
  if (!found) loneCache.set(paragraphs, (found = findLoneAsides(paragraphs)));
  return found;
}

const loneCache = new WeakMap<readonly Paragraph[], LoneAside[]>();

function findLoneAsides(paragraphs: readonly Paragraph[]): LoneAside[] {
  const tabLabel = (p: Paragraph) => {
    // (Its pattern needs a tab: a paragraph with none, most of them, is passed over before its text is built.)
    if (p.location.cell || !holdsTab(p)) return null;
    // The label stands in the first characters: a bounded piece is matched (a paragraph may be megabytes of spaces).
    const text = textOf(p);
    const trimmed = text.trimStart();
    const match = TAB_LABEL().exec(trimmed.slice(0, 80));
    return match && formOf(normaliseSpace(match[1]!)) ? text.length - trimmed.length + match[0].length : null;
  };
  let tabLines = 0;
  const found: LoneAside[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const at = tabLabel(paragraphs[k]!);
    if (at === null) continue;
    tabLines++;
    const next = paragraphs[k + 1];
    if (next && !next.location.cell && next.location.story === paragraphs[k]!.location.story && isAside(textOf(next))) found.push({ line: paragraphs[k]!, at, aside: next });
  }
  return tabLines >= 3 ? found : [];
}

/** The line's runs with the aside's runs after the label: `MUM:⇥(laughing) Only if…`. */
export function lineWithAside(lone: LoneAside): Run[] {
  const [label, text] = splitRuns(lone.line.runs, lone.at);
  return [...label, ...asideFirst(lone, text)];
}

/** The aside's runs, a space, then `runs` (a line's text, its label cut off). */
export const asideFirst = (lone: LoneAside, runs: readonly Run[]): Run[] => withAsides(trimRuns(lone.aside.runs), runs);

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** Said when `loneAsides` read asides with the lines above them. */
export function asideWarnings(found: readonly LoneAside[]): Warning[] {
  if (found.length === 0) return [];
  const asideText = (f: LoneAside) => normaliseSpace(textOf(f.aside)).trim();
  const words = found.reduce((sum, f) => sum + countWords(asideText(f)), 0);
  const first = found[0]!;
  const where = (f: LoneAside) => `${quoted(asideText(f))} under ${quoted(normaliseSpace(textOf(f.line)).trim())} (${formatLocation(f.aside.location)})`;
  const message =
    found.length === 1
      ? `${quoted(asideText(first))} stands alone under the line ${quoted(normaliseSpace(textOf(first.line)).trim())}: read as a direction of that line, as the speaker's cell of a table holds it, and not spoken. If it is a direction of its own, it is no one's line (${plural(words, 'word')}).`
      : `${found.length} directions in brackets stand alone under a speaker's line (${found.slice(0, 3).map(where).join(', ')}${found.length > 3 ? ', …' : ''}): each read as a direction of the line above it, as the speaker's cell of a table holds it, and not spoken. If one is a direction of its own, it is no one's line (${plural(words, 'word')} in all).`;
  return [
    {
      code: 'aside-under-label',
      message,
      location: first.aside.location,
      details: { asides: found.length, words, firstAsides: found.slice(0, 3).map((f) => ({ aside: asideText(f), line: normaliseSpace(textOf(f.line)).trim() })) },
    },
  ];
}

/** The first and last pieces of an aside broken over paragraphs, and how many pieces it may have. */
const OPENS = /^\s*\([^()]*$/u;
const CLOSES = /^[^()]*\)\s*$/u;
const MAX_PIECES = 3;
const MAX_PIECE = 60;

/**
 * An aside broken over paragraphs ("(putting the bag" over "down)": LibreOffice's PDF of a
 * parenthetical in a narrow measure, each of its lines a paragraph of the PDF reader), read as one
 * line, as its DOCX holds it, so that it is one direction and not spoken: by paragraph, the first
 * piece's runs (every piece's, a space between) and null for the others. Short pieces (up to 60
 * characters), up to three, out of table cells, in one story.
 */
export function brokenAsides(paragraphs: readonly Paragraph[]): Map<Paragraph, Run[] | null> {
  const found = new Map<Paragraph, Run[] | null>();
  const piece = (p: Paragraph | undefined, story: string) => (p && !p.location.cell && p.location.story === story ? textOf(p) : null);
  for (let k = 0; k < paragraphs.length; k++) {
    const first = paragraphs[k]!;
    // (A paragraph longer than a piece, most of them, is passed over before its text is built.)
    if (textLength(first) > MAX_PIECE) continue;
    const text = piece(first, first.location.story);
    if (text === null || text.length > MAX_PIECE || !OPENS.test(text)) continue;
    for (let end = k + 1; end < Math.min(paragraphs.length, k + MAX_PIECES); end++) {
      const next = piece(paragraphs[end], first.location.story);
      if (next === null || next.length > MAX_PIECE || next.includes('(')) break;
      if (!CLOSES.test(next)) {
        if (next.includes(')')) break;
        continue;
      }
      const runs: Run[] = [];
      for (let m = k; m <= end; m++) {
        const part = trimRuns(paragraphs[m]!.runs);
        if (part.length === 0) continue;
        if (runs.length) runs.push(runLike(runs[runs.length - 1]!, ' '));
        runs.push(...part);
        found.set(paragraphs[m]!, m === k ? runs : null);
      }
      k = end;
      break;
    }
  }
  return found;
}
