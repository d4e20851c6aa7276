// A pdfTeX (TeX Live) page for MuPDF to highlight (scripts/pdf-annotations/mupdf_highlight.js):
// an English medical e-learning script, justified Latin Modern (T1, ligatures fi/fl/ff, kerning,
// word spaces stretched), all text black; the script data, and the phrases to highlight per voice.
//   node scripts/pdf-annotations/latex_base.mjs   (runs pdflatex in a temporary directory)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIR, writeData } from './lib.mjs';

const NAME = 'latex-mupdf-en';
const paras = [
  [[null, 'Module 5: The first consultation']],
  [[null, 'Script for recording. Text in black is not read aloud.']],
  [['Narrator', 'Dr Okafor has fifteen minutes with each patient. In that time she must find out what brought them in, what they fear, and what they expect from her, often before they have said it themselves.']],
  [['Doctor', 'Good morning, Mr Fleming. What can I do for you today?']],
  [['Patient', 'It\u2019s my shoulder. It\u2019s been stiff for a fortnight, and now I can\u2019t lift the kettle without it catching.']],
  [['Doctor', 'Did anything happen before it started? A fall, or lifting something heavy?']],
  [['Patient', 'I was moving the office filing cabinets, but I felt fine afterwards.']],
  [['Narrator', 'Notice how the open question lets Mr Fleming offer the first clue himself.']],
];
const tex = (t) => t.replace(/\u2019/g, "'");
const body = paras.map((segs) => segs.map(([, t]) => tex(t)).join('')).join('\n\n');
const source = `\\documentclass[11pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage{lmodern}
\\usepackage[a5paper,margin=18mm]{geometry}
\\pagestyle{empty}
\\hyphenpenalty=10000
\\exhyphenpenalty=10000
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{6pt}
\\pdfinfoomitdate=1
\\pdftrailerid{}
\\begin{document}
${body}
\\end{document}
`;
const dir = mkdtempSync(join(tmpdir(), 'latex-annot-'));
writeFileSync(join(dir, 'script.tex'), source);
execFileSync('pdflatex', ['-interaction=nonstopmode', 'script.tex'], { cwd: dir, stdio: 'ignore' });
copyFileSync(join(dir, 'script.pdf'), DIR + NAME + '-plain.pdf');
const colours = { Narrator: [1, 1, 0], Doctor: [0.5, 1, 0.5], Patient: [1, 0.6, 0.8] };
writeFileSync(DIR + NAME + '-marks.json', JSON.stringify(paras.filter((s) => s[0][0]).map((s) => [s[0][1], colours[s[0][0]]]), null, 1) + '\n');
writeData(NAME, {
  producer: 'pdfTeX (TeX Live), Highlight annotations by MuPDF 1.21.1 (mutool run), saved as an incremental update',
  description: 'English medical e-learning script, justified Latin Modern with ligatures; voices highlighted with MuPDF over quads from page.search.',
  voices: { Narrator: { highlight: '#FFFF00' }, Doctor: { highlight: '#80FF80' }, Patient: { highlight: '#FF99CC' } },
  unassigned: ['#000000'],
  paras: paras.map((segs) => ({ segs })),
});
