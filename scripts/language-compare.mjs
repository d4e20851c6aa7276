// Prints each file's language and language warnings (analyse with no config), one JSON line per file:
//   node scripts/language-compare.mjs DIST_DIR FILE... > out.jsonl
// Run with two builds (before and after a change to src/measure/language.ts) and diff the outputs.
import { resolve } from 'node:path';
const [dist, ...files] = process.argv.slice(2);
const { analyse } = await import(resolve(dist, 'index.js'));
for (const file of files) {
  let row;
  try {
    const { report } = await analyse(file, { config: null });
    row = { file, language: `${report.language.tag}/${report.language.source}`, warnings: report.warnings.filter((w) => w.code.startsWith('language')).map((w) => [w.code, w.details]) };
  } catch (e) {
    row = { file, error: String(e.message ?? e).slice(0, 80) };
  }
  console.log(JSON.stringify(row));
}
