/**
 * The script order of exported lines (VoiceQ, DAPT, sides): inside a paragraph two voices share, a
 * line comes after the line that is its cue. The order is computed with counts and a queue (a
 * damaged file may put thousands of lines in one paragraph); it must be exactly the order of the
 * rule as written — "again and again, the first line whose cue is not still waiting".
 */
import { describe, expect, it } from 'vitest';
import type { LineReport } from '../src/measure/report.js';
import { scriptOrder, type ExportGroup } from '../src/render/csv.js';

/** The rule as written, for paragraphs given in order: a quadratic scan. */
function byRule(rows: { line: LineReport; voice: string }[]): { line: LineReport; voice: string }[] {
  const out: typeof rows = [];
  const waiting = [...rows];
  while (waiting.length > 0) {
    const next = waiting.findIndex(({ line }) => !waiting.some((other) => other.line !== line && line.cue !== null && other.voice === line.cue.voice && other.line.text === line.cue.text));
    out.push(...waiting.splice(Math.max(0, next), 1));
  }
  return out;
}

const group = (name: string, lines: LineReport[]): ExportGroup => ({ name, lines, lineCount: lines.length, words: 0, spokenWords: 0, seconds: 0, share: 0, wpm: 150 });

describe('scriptOrder', () => {
  it('orders 500 random paragraphs exactly as the rule does (cues, repeated texts, loops of cues)', () => {
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const voices = ['A', 'B', 'C'];
    const texts = ['Yes.', 'No.', 'Wait, Sunday?', 'This Sunday.', 'Hello.'];
    for (let k = 0; k < 500; k++) {
      const byVoice = new Map<string, LineReport[]>(voices.map((v) => [v, []]));
      const all: { line: LineReport; voice: string }[] = [];
      for (let i = 0, n = 1 + random(8); i < n; i++) {
        const voice = voices[random(3)]!;
        const cue = random(4) === 0 ? null : { voice: random(6) === 0 ? null : voices[random(3)]!, text: texts[random(5)]! };
        const text = texts[random(5)]!;
        const line: LineReport = { id: `${k}-${i}`, text, spoken: text, words: 1, spokenWords: 1, characters: text.length, seconds: 0.4, location: { story: 'body', paragraph: 1 }, cue };
        byVoice.get(voice)!.push(line);
      }
      // Within the paragraph, rows come voice by voice (scriptOrder's stable sort keeps that).
      for (const v of voices) for (const line of byVoice.get(v)!) all.push({ line, voice: v });
      const ordered = scriptOrder(voices.map((v) => group(v, byVoice.get(v)!)));
      expect(ordered.map((r) => r.line.id), `paragraph ${k}`).toEqual(byRule(all).map((r) => r.line.id));
    }
  });

  it('20,000 lines in one paragraph, each cued by the one before: in their order, at once', () => {
    const lines: LineReport[] = [];
    for (let i = 0; i < 20000; i++) {
      const text = `line ${i}`;
      lines.push({ id: String(i), text, spoken: text, words: 2, spokenWords: 2, characters: text.length, seconds: 0.8, location: { story: 'body', paragraph: 1 }, cue: i === 0 ? null : { voice: i % 2 ? 'A' : 'B', text: `line ${i - 1}` } });
    }
    const a = lines.filter((_, i) => i % 2 === 0);
    const b = lines.filter((_, i) => i % 2 === 1);
    const ordered = scriptOrder([group('A', a), group('B', b)]);
    expect(ordered.map((r) => r.line.id)).toEqual(lines.map((l) => l.id));
  });
});
