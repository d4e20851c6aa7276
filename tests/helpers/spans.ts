/** Test views of a Script paragraph that do not depend on how a reader splits runs. */
import type { Paragraph } from '../../src/model.js';

export const textOf = (para: Paragraph): string => para.runs.map((run) => run.text).join('');

export interface Span {
  text: string;
  color: string;
  background: string | null;
  kind?: string;
}

/** Runs with neighbours of the same look merged; `kind` only when there is a background. */
export function spans(para: Paragraph): Span[] {
  const out: Span[] = [];
  for (const run of para.runs) {
    if (run.text === '') continue;
    const kind = run.background === null ? undefined : run.backgroundKind;
    const last = out[out.length - 1];
    if (last && last.color === run.color && last.background === run.background && last.kind === kind) last.text += run.text;
    else out.push({ text: run.text, color: run.color, background: run.background, ...(kind ? { kind } : {}) });
  }
  return out;
}
