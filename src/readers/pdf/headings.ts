/**
 * Headings a size step above the body (PDF). text/headings.ts takes a PDF paragraph for a heading
 * when its type is 1.15 times the body's or more; Word's Heading 2 (13 pt bold, blue, over a 12 pt
 * Normal) and a browser's `<h2>` in a 12 pt page are less: LibreOffice's PDF of a DOCX whose scene
 * headings are Heading 2 read them as script lines, the headings' blue was taken for a voice's and
 * the legend's "blue" fitted two colours, where the DOCX read them as headings.
 *
 * Here a body paragraph (not a table cell's) is a heading, outline level 2 (Model `outlineLevel`, as
 * the DOCX gives Heading 2), when it looks as a heading does and no script line does: one line, its
 * type STEP times the body's or more (the body: the size that carries most words), every run of it
 * bold, a few words (HEADING_WORDS at most) ending in no sentence mark, and a colour or a typeface of
 * its own — none of the body's lines at the body's size has both its colour and its font. A line
 * shouted in bold a size up ("STOP!") ends a sentence; a bold label line in the body's colour and
 * typeface stays a line.
 */
import type { Paragraph } from '../../model.js';
import { countWords } from '../../text/words.js';

/** Type this much larger than the body's, at least (and under text/headings.ts's 1.15). */
const STEP = 1.05;
/** text/headings.ts's own threshold: larger type is a heading there already. */
const LARGER = 1.15;
/** Words a heading a size step up holds at most. */
const HEADING_WORDS = 12;
/** A sentence's end at the paragraph's end (then closing quotes or brackets). */
const SENTENCE_END = /[.!?\u2026\u3002\uFF01\uFF1F]["'\u00BB\u201D\u2019)\]]*\s*$/u;

/** Sets `outlineLevel` 2 on the body paragraphs that are headings a size step above the body. */
export function markStepHeadings(paragraphs: readonly Paragraph[], oneLine: ReadonlySet<Paragraph>): void {
  // The paragraphs that may be such headings, by what needs no body size: when there is none, the
  // body's words are not counted (a script with no bold line of its own).
  const candidates: Paragraph[] = [];
  for (const p of oneLine) {
    if (p.location.story !== 'body' || p.location.cell || p.fontSize === undefined || p.outlineLevel !== undefined) continue;
    let bold = false;
    for (const r of p.runs) {
      if (!r.text.trim()) continue;
      if (!r.bold) {
        bold = false;
        break;
      }
      bold = true;
    }
    if (bold) candidates.push(p);
  }
  if (!candidates.length) return;
  const weights = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.fontSize === undefined || p.location.story !== 'body') continue;
    let words = 0;
    for (const run of p.runs) words += countWords(run.text);
    weights.set(p.fontSize, (weights.get(p.fontSize) ?? 0) + words);
  }
  let body: number | undefined;
  for (const [size, weight] of weights) if (body === undefined || weight > weights.get(body)!) body = size;
  if (body === undefined) return;
  // The looks (colour and font) the body's text has at the body's size.
  const bodyLooks = new Set<string>();
  for (const p of paragraphs) {
    if (p.fontSize !== body) continue;
    for (const run of p.runs) if (run.text.trim()) bodyLooks.add(`${run.color}|${run.font ?? ''}`);
  }
  for (const p of candidates) {
    if (p.fontSize! < body * STEP || p.fontSize! >= body * LARGER) continue;
    const runs = p.runs.filter((r) => r.text.trim());
    if (runs.some((r) => bodyLooks.has(`${r.color}|${r.font ?? ''}`))) continue;
    const text = runs.map((r) => r.text).join('');
    const words = countWords(text);
    if (words === 0 || words > HEADING_WORDS || SENTENCE_END.test(text)) continue;
    p.outlineLevel = 2;
  }
}
