// Compare what vo-lines reads from a producer's PDF with the lines its script data gives.
// node scripts/pdf-producers/check.mjs tests/fixtures/pdf-producers/NAME.pdf  (reads NAME.json beside it)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedOf } from './expected.mjs';

const pdf = process.argv[2];
const other = process.argv[3]; // optional: a DOCX of the same script
const script = JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'vo-check-'));
const config = join(dir, 'config.json');
writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
function read(file) {
  const out = execFileSync('node', [process.env.CLI ?? 'dist/cli/main.cjs', 'lines', file, '--json', '--config', config], { maxBuffer: 1 << 28 });
  const report = JSON.parse(out);
  const lines = {};
  for (const v of report.voices) lines[v.name] = { lines: v.lines.map((l) => l.text), words: v.words, count: v.lineCount };
  lines['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text) };
  return { lines, warnings: report.warnings ?? report.checks ?? [] , report};
}
const expected = expectedOf(script);
const got = read(pdf);
let ok = true;
for (const voice of Object.keys(expected)) {
  const e = expected[voice].lines, g = got.lines[voice]?.lines ?? [];
  const n = Math.max(e.length, g.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== g[i]) { ok = false; console.log(`${voice}[${i}]\n  want: ${e[i]}\n  got:  ${g[i]}`); }
  }
  if (voice !== '(unassigned)' && got.lines[voice] && got.lines[voice].words !== expected[voice].words) { ok = false; console.log(`${voice}: words ${got.lines[voice].words} want ${expected[voice].words}`); }
}
const w = JSON.stringify(got.report.warnings ?? got.report.notes ?? '');
console.log(ok ? `SAME ${pdf}` : `DIFFERENT ${pdf}`);
if (process.env.SHOW_WARN) console.log(Object.keys(got.report), w.slice(0, 2000));
if (other) {
  const d = read(other);
  for (const voice of Object.keys(expected)) {
    if (JSON.stringify(d.lines[voice]?.lines) !== JSON.stringify(got.lines[voice]?.lines)) console.log(`PDF vs ${other}: ${voice} differs`);
  }
}
