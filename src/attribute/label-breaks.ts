/**
 * Speaker labels after a line break inside one paragraph. A script typed with Shift+Enter (a line
 * break, DOCX `w:br`, read as `\n`: Google Docs, a script pasted from an e-mail, a radio spot typed in
 * a hurry) holds several speakers' lines in one paragraph:
 *
 *     ANNONCEUR : Cette semaine chez Martin, la baguette tradition est à un euro.⏎
 *     CLIENTE : Un euro ? Je prends trois baguettes, alors !⏎
 *     ANNONCEUR : Boulangerie Martin, 12 rue des Lilas, ouvert tous les jours.
 *
 * Its PDF shows each of those lines as a paragraph of its own, and a reader sees three lines of two
 * speakers. So a paragraph where a speaker label opens the text after a line break (the same label
 * test as a paragraph's start: speaker-labels.ts, a voice's label in a config: match.ts) is read as a
 * paragraph typed with line breaks for paragraph ends: each of its lines is a piece read as a
 * paragraph is — a label opening it, a direction in brackets, a title, a speech going on with no
 * label (continued.ts) — with the paragraph's location (¶N), style and cell. The words after the
 * label are its speaker's, those before it the speaker's before.
 *
 * A break is no speaker's change when the text after it opens with a word and a colon in the middle
 * of a sentence (`call me at⏎NOON: the shop closes…`), unless that word is a label of the script
 * elsewhere (opening a paragraph, or after a break that ends a sentence) or a voice's label in the
 * config. A paragraph whose breaks are followed by no label (a poem, an address in one speaker's
 * line) is one line, as before.
 */
import type { Paragraph, Run, Warning } from '../model.js';
import { count, formatLocation, listOf, plural, shortText } from '../text/format.js';
import { SENTENCE_END } from '../text/sentences.js';
import { hasWord, normaliseSpace } from '../text/words.js';
import { HEAD, openingLabel, openingLabelKey } from '../text/speaker-label.js';
import { labelHead, voiceLabelFinder } from './label-rows.js';
import { endsOpen } from './continued.js';

/** Closing quotes and brackets a sentence's mark may stand before (`« Tenez bon ! »`). */
const CLOSING = /[\s»"”’'」』]/u;
const DIRECTION_END = /[)）\]］】]/u;

/**
 * Whether a line ends where a new speaker may begin: at a sentence's end (maybe before closing
 * quotes), after a direction in brackets, or with no word at all.
 */
function endsLine(line: string): boolean {
  if (!hasWord(line)) return true;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i]!;
    if (SENTENCE_END.test(c) || DIRECTION_END.test(c)) return true;
    if (!CLOSING.test(c)) return false;
  }
  return false;
}

const textOf = (paragraph: Paragraph) => {
  const runs = paragraph.runs;
  if (runs.length === 1) return runs[0]!.text;
  let text = '';
  for (const run of runs) text += run.text;
  return text;
};

const hasBreak = (paragraph: Paragraph) => paragraph.runs.some((run) => run.text.includes('\n'));

/** A line after a line break that opens with a label: where it starts and ends in the paragraph's text. */
interface Mark {
  from: number;
  to: number;
  /** The label's key, and the label as written. */
  key: string;
  label: string;
}

interface Candidate {
  paragraph: Paragraph;
  text: string;
  /**
   * The lines after a break that open with a label, in order. Only those are kept (a paragraph of
   * millions of empty lines costs no memory per line).
   */
  marks: Mark[];
  /** Opening with a voice's label in the config: a speaker's line whatever stands before it. */
  sure: boolean;
}

/**
 * The paragraphs as they are read for speaker labels: a paragraph where a label opens the text after
 * a line break is cut at every line break into pieces, each read as a paragraph (the same location,
 * style and cell; the break itself dropped); every other paragraph as it is. A label after a break
 * counts when it is one of `labels` (a config's voices), a label that opens a paragraph of the
 * script, or stands after a line that ends as a sentence or a direction does. The same array when
 * nothing is cut. Linear in the text (each line's first characters read once or twice), with memory
 * only for the lines that open with a label.
 */
export function piecesAtLabels(paragraphs: readonly Paragraph[], labels: readonly string[] = [], doubts?: BreakDoubt[]): readonly Paragraph[] {
  // A voice's label read as match.ts reads a paragraph's (label-rows.ts voiceLabelFinder: `MARIE\u00A0CLAIRE :`, `O’BRIEN:`, `ELODIE :`).
  const voiced = labels.filter((label) => label.trim() !== '');
  const finder = voiced.length > 0 ? voiceLabelFinder(voiced.map((label) => ({ voice: label, label }))) : null;
  const candidates: Candidate[] = [];
  const known = new Set<string>();
  for (const paragraph of paragraphs) {
    if (!hasBreak(paragraph)) continue;
    const text = textOf(paragraph);
    const marks: Mark[] = [];
    let sure = false;
    // `previous` is where the line before this one starts (empty lines included).
    let previous = 0;
    for (let at = text.indexOf('\n'); at >= 0; ) {
      const from = at + 1;
      const next = text.indexOf('\n', from);
      const to = next >= 0 ? next : text.length;
      if (to > from) {
        const line = text.slice(from, Math.min(to, from + HEAD));
        const found = openingLabel(line);
        if (found !== null) {
          marks.push({ from, to, key: found.key, label: found.label });
          if (endsLine(text.slice(Math.max(previous, from - 1 - HEAD), from - 1))) known.add(found.key);
        }
        if (!sure && finder !== null) sure = finder(labelHead(line)) !== null;
      }
      previous = from;
      at = next;
    }
    if (marks.length > 0 || sure) candidates.push({ paragraph, text, marks, sure });
  }
  if (candidates.length === 0) return paragraphs;
  // The labels opening paragraphs (and the first line of a paragraph cut at its breaks).
  for (const paragraph of paragraphs) {
    const runs = paragraph.runs;
    let head = '';
    for (let k = 0; k < runs.length && head.length < HEAD; k++) head += runs[k]!.text;
    const key = openingLabelKey(head.split('\n', 1)[0]!);
    if (key !== null) known.add(key);
  }
  const cut = new Map<Paragraph, Paragraph[]>();
  for (const candidate of candidates) {
    if (candidate.sure || candidate.marks.some((mark) => known.has(mark.key))) cut.set(candidate.paragraph, pieces(candidate));
    else if (doubts) doubted(candidate, doubts);
  }
  if (cut.size === 0) return paragraphs;
  return paragraphs.flatMap((paragraph) => cut.get(paragraph) ?? [paragraph]);
}

/** A label after a line break in the middle of a sentence, opening no other line of the script: left in the line before it. */
export interface BreakDoubt {
  paragraph: Paragraph;
  /** The label as written. */
  label: string;
  /** The line it opens, whitespace collapsed. */
  text: string;
  /**
   * After a line break inside a paragraph, the line before it ending on an ordinary word (`Welcome everyone⏎NOON: …`):
   * a new paragraph there (Enter, not Shift+Enter) would read it as a line of its own, for a line ending so is not
   * read as going on (continued.ts endsOpen). Not after a comma or a word no sentence ends on (`at`), nor for a
   * paragraph of its own already (continued.ts continuationDoubts).
   */
  enter?: true;
}

/** The lines of a paragraph left whole that open with a label after a break (each one mid-sentence). */
function doubted({ paragraph, text, marks }: Candidate, doubts: BreakDoubt[]): void {
  for (const mark of marks) {
    const doubt: BreakDoubt = { paragraph, label: mark.label, text: normaliseSpace(text.slice(mark.from, mark.to)).trim() };
    // The line before the break, from its last characters.
    const tail = text.slice(Math.max(0, mark.from - 1 - BEFORE_TAIL), mark.from - 1);
    if (endsOpen(tail.slice(tail.lastIndexOf('\n') + 1)) === 'word') doubt.enter = true;
    doubts.push(doubt);
  }
}

/** The last characters of the line before a break that endsOpen reads. */
const BEFORE_TAIL = 64;

/** Doubts quoted one by one, up to this many; the rest counted. */
const QUOTED_DOUBTS = 3;

/**
 * `label-after-break`: the lines after a line break that open with a label in the middle of a
 * sentence, left in the line before them (one warning for them all): the words may be another
 * speaker's, as a reader of the page may take them.
 */
export function breakDoubtWarnings(doubts: readonly BreakDoubt[], pdf = false): Warning[] {
  if (doubts.length === 0) return [];
  const first = doubts[0]!;
  // A new paragraph (Enter, not Shift+Enter) is advice only in a document whose line breaks are seen, not in a PDF (it
  // shows a line break and a new paragraph alike), and where it would change the reading (BreakDoubt `enter`); naming
  // the speaker in the config always does.
  const enter = !pdf && doubts.every((d) => d.enter === true);
  const source = pdf ? ': a PDF shows a line break and a new paragraph alike, so a new paragraph in the document it was made from would not change this' : '';
  if (doubts.length === 1) {
    return [
      {
        code: 'label-after-break',
        message:
          `${shortText(first.text)} follows a line break in the middle of a sentence (at ${formatLocation(first.paragraph.location)}), and "${first.label}" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker ${first.label}. ` +
          (enter ? `If ${first.label} says it, start a new paragraph there (Enter, not Shift+Enter), or name ${first.label} in the config.` : `If ${first.label} says it, name ${first.label} in the config (${first.label}: { label: "${first.label}" })${source}.`),
        location: first.paragraph.location,
        details: { lines: 1, labels: [first.label], texts: [first.text], locations: [first.paragraph.location], enter },
      },
    ];
  }
  const shown = doubts.slice(0, QUOTED_DOUBTS).map((d) => shortText(d.text));
  const more = doubts.length - shown.length;
  return [
    {
      code: 'label-after-break',
      message:
        `${plural(doubts.length, 'line')} follow a line break in the middle of a sentence and open with a name and a colon that opens no other line of the script: ${more > 0 ? `${shown.join(', ')} and ${count(more)} more` : listOf(shown)} (the first at ${formatLocation(first.paragraph.location)}). ` +
        `Each is read as part of the line before it, not as a speaker's line. ${enter ? 'If one is, start a new paragraph there (Enter, not Shift+Enter), or name its speaker in the config.' : `If one is, name its speaker in the config${source}.`}`,
      location: first.paragraph.location,
      details: { lines: doubts.length, labels: doubts.map((d) => d.label), texts: doubts.map((d) => d.text), locations: doubts.map((d) => d.paragraph.location), enter },
    },
  ];
}

/** A paragraph cut at each of its line breaks: the pieces holding more than spaces, each with the paragraph's location. */
function pieces({ paragraph, text }: Candidate): Paragraph[] {
  const found: Paragraph[] = [];
  const runs = paragraph.runs;
  let r = 0;
  let offset = 0;
  for (let from = 0; from <= text.length; ) {
    const next = text.indexOf('\n', from);
    const to = next >= 0 ? next : text.length;
    // A piece of spaces only (an empty line among thousands) is dropped before any run is cut for it.
    if (/\S/u.test(text.slice(from, to))) {
      const piece: Run[] = [];
      // Runs before the piece are passed once: each run is looked at for the pieces it holds.
      while (r < runs.length && offset + runs[r]!.text.length <= from) offset += runs[r++]!.text.length;
      let at = offset;
      for (let j = r; j < runs.length && at < to; j++) {
        const run = runs[j]!;
        const start = Math.max(from, at) - at;
        const end = Math.min(to, at + run.text.length) - at;
        if (end > start) piece.push(start === 0 && end === run.text.length ? run : { ...run, text: run.text.slice(start, end) });
        at += run.text.length;
      }
      found.push({ ...paragraph, runs: piece });
    }
    if (next < 0) break;
    from = next + 1;
  }
  return found;
}
