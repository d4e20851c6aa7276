// The LibreOffice script of issue 12: `python3 ../shared/bench/make_big.py OUTDIR` writes a 336-page,
// 194,163-word script as big.docx and big.pdf through LibreOffice (4 colours: #404040, #1F4E79,
// #38761D, black). Made on demand into bench/out/lo-big/ (gitignored), never committed; kept between
// runs. Returns the paths with a config naming the voices, or null and why (no make_big.py beside
// the clone — VO_LINES_MAKE_BIG may point at it — or no python3/LibreOffice).
import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { OUT, ROOT } from './speed-targets.mjs';

const DIR = join(OUT, 'lo-big');

export function libreOfficeBig() {
  const docx = join(DIR, 'big.docx');
  const pdf = join(DIR, 'big.pdf');
  const config = join(DIR, 'vo-lines.config.json');
  if (!existsSync(docx) || !existsSync(pdf)) {
    const script = process.env.VO_LINES_MAKE_BIG ? resolve(process.env.VO_LINES_MAKE_BIG) : resolve(ROOT, '..', 'shared', 'bench', 'make_big.py');
    if (!existsSync(script)) return { skipped: `no ${script} (set VO_LINES_MAKE_BIG to make_big.py)` };
    console.log(`making the LibreOffice script: python3 ${script} ${DIR} (a minute or two)…`);
    const r = spawnSync('python3', [script, DIR], { encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(docx) || !existsSync(pdf)) return { skipped: `make_big.py failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.error?.message || '').split('\n')[0]}` };
  }
  writeFileSync(config, `${JSON.stringify({ voices: { Narrator: { color: '#404040' }, Trainer: { color: '#1F4E79' }, Learner: { color: '#38761D' } }, unassigned: ['#000000'] })}\n`);
  return { docx, pdf, config };
}
