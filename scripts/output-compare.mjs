// Prints what vo-lines makes of each file, one JSON line per file and reading: its lines (voice, text, label,
// words, spoken words, characters), its language and its warnings (code, message, details), read with the config
// found beside the script (or above) and with no config. For a change meant to leave every output as it was
// (a speed-up, a refactor), or to see which outputs a change moves:
//   node scripts/output-compare.mjs DIST_DIR FILE... > out.jsonl
// Run with two builds (before and after) and diff the outputs (`diff before.jsonl after.jsonl`).
import { resolve } from 'node:path';
const [dist, ...files] = process.argv.slice(2);
const { analyse } = await import(resolve(dist, 'index.js'));
for (const file of files) {
  for (const config of [undefined, null]) {
    let row;
    try {
      const { report } = await analyse(file, config === undefined ? {} : { config });
      const lines = [...report.voices.flatMap((v) => v.lines.map((l) => [v.name, l])), ...report.unassigned.lines.map((l) => [null, l])].map(([voice, l]) => [voice, l.text, l.label ?? null, l.words, l.spokenWords ?? null, l.characters ?? null]);
      row = { file, config: config === undefined ? 'found' : 'none', language: report.language, lines, sections: report.sections ?? null, warnings: report.warnings.map((w) => [w.code, w.message, w.details ?? null]) };
    } catch (e) {
      row = { file, config: config === undefined ? 'found' : 'none', error: String(e.message ?? e).slice(0, 120) };
    }
    console.log(JSON.stringify(row));
  }
}
