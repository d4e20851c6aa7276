/**
 * A DOCX body analysed under a two-voice config (Narrator #C00000, Expert #0070C0, black not
 * recorded), and what tests read of the result: each paragraph's text, each voice's words.
 */
import { analyseBytes, type Analysis } from '../../src/pipeline.js';
import { parseConfigText } from '../../src/config/parse.js';
import { buildDocx } from './docx-builder.js';

export const TWO_VOICES = 'voices:\n  Narrator: { color: "#C00000" }\n  Expert: { color: "#0070C0" }\nunassigned: ["#000000"]\n';

export async function analyseBody(body: string, file: string): Promise<Analysis> {
  const config = await parseConfigText(TWO_VOICES, 'vo-lines.config.yaml');
  return analyseBytes(buildDocx({ body }), file, { config });
}

/** Each paragraph's text, as read. */
export const texts = (analysis: Analysis): string[] => analysis.script.paragraphs.map((p) => p.runs.map((run) => run.text).join(''));

/** Each voice's words, and the unassigned text's. */
export function words(analysis: Analysis): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of analysis.report.voices) out[v.name] = v.words;
  out['unassigned'] = analysis.report.unassigned.words;
  return out;
}
