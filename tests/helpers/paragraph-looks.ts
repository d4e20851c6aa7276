/** What tests read of a script's paragraphs: each as [its text, its words, each run's text colour and background]. */
import type { Script } from '../../src/model.js';
import { countWords } from '../../src/text/words.js';

export function paragraphLooks(script: Script): [string, number, string][] {
  return script.paragraphs.map((p) => {
    const text = p.runs.map((r) => r.text).join('');
    return [text, countWords(text), [...new Set(p.runs.map((r) => `${r.color}${r.background ? ` on ${r.background}` : ''}`))].join(' | ')];
  });
}
