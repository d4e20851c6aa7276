/**
 * What the tests of `diff` and measuring on huge inputs share (diff-huge, diff-moved-long,
 * diff-too-changed, report-budget): a small script's paragraphs in two colours, and a budget that
 * counts its clock readings (no timed assertion).
 */
import { Budget } from '../../src/budget.js';
import type { Config } from '../../src/config/parse.js';
import { analyseBytes, type Analysis } from '../../src/pipeline.js';
import { buildDocx, r } from './docx-builder.js';

export const BLUE = '<w:color w:val="0070C0"/>';
export const RED = '<w:color w:val="C00000"/>';
export const para = (text: string, colour: string): string => `<w:p>${r(text, colour)}</w:p>`;

export const FIRST = 'Welcome to the warehouse safety course for new starters.';
export const SECOND = 'Always wear your boots and your vest on the floor.';
export const ANSWER = 'Where do I find the first aid kit?';

/** 5,000 distinct words; in NEW every other one of the first 4,200 replaced: 2,100 words changed, 58% kept (one changed line, too changed to mark word by word). */
export const OLD_LONG = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
export const NEW_LONG = Array.from({ length: 5000 }, (_, i) => (i < 4200 && i % 2 === 0 ? `x${i}` : `w${i}`)).join(' ');

/** A side of a comparison: a DOCX of these paragraphs, read with no time limit (and `config`, when given). */
export async function side(name: string, paragraphs: string[], config?: Config): Promise<Analysis> {
  return analyseBytes(buildDocx({ body: paragraphs.join('') }), name, { timeout: 0, ...(config ? { config } : {}) });
}

/**
 * A budget that counts how often it reads the clock (`reads`), and whose time is up after `limit`
 * reads: then the timeout error of a budget of 20 s for `file` (`task` as the message says it).
 */
export function countingBudget(limit = Infinity, file = 'new.docx', task?: string) {
  const real = Budget.of(file, { timeout: 20 }, task);
  let calls = 0;
  const budget = {
    reads: 0,
    tick(every = 4096) {
      if (++calls % every === 0) budget.check();
    },
    check() {
      if (++budget.reads > limit) Budget.of(file, { timeout: 20, deadline: 0 }, task).check();
    },
    checkLong(text: string) {
      if (text.length > 65_536) budget.check();
    },
    remaining: () => (budget.reads >= limit ? 0 : real.remaining()),
  };
  return budget;
}
