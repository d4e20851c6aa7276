/** Scripts made in a test, every line black (or of one colour a paragraph): what speaker labels are found in (tests/speaker-labels*.test.ts). */
import { findSpeakerLabels } from '../../src/attribute/speaker-labels.js';
import type { Hex, Paragraph, Script } from '../../src/model.js';

/** A script of black paragraphs; a paragraph given as `[style, text]` has that paragraph style ('Heading 1'…). */
export function blackScript(...paragraphs: (string | [string, string])[]): Script {
  return {
    file: 'script.docx',
    format: 'docx',
    paragraphs: paragraphs.map((p, i): Paragraph => {
      const [style, text] = typeof p === 'string' ? [undefined, p] : p;
      return { runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: i + 1 }, ...(style ? { style } : {}) };
    }),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

/** A script of one-run paragraphs, each `[text, colour]` (no background). */
export function colouredScript(...paragraphs: [string, Hex][]): Script {
  return {
    file: 'script.docx',
    format: 'docx',
    paragraphs: paragraphs.map(([text, color], i) => ({ runs: [{ text, color, background: null }], location: { story: 'body', paragraph: i + 1 } })),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

/** A script of black paragraphs, each given as its lines (joined by line breaks, `\n`, as the DOCX reader reads `w:br`). */
export function brokenScript(...paragraphs: string[][]): Script {
  return {
    file: 'script.docx',
    format: 'docx',
    paragraphs: paragraphs.map((lines, i): Paragraph => ({ runs: lines.map((text, k) => ({ text: k < lines.length - 1 ? `${text}\n` : text, color: '#000000', background: null })), location: { story: 'body', paragraph: i + 1 } })),
    warnings: [],
    facts: { trackedChanges: false },
  };
}

/** The labels found, as `[label, paragraphs, words, direction]`; null when none are. */
export const labelsOf = (s: Script) => findSpeakerLabels(s)?.labels.map((l) => [l.label, l.paragraphs, l.words, l.direction]) ?? null;
