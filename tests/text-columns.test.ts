import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalColumns } from '../src/text/columns.js';
import { ROOT, runCli } from './helpers/cli.js';

describe('terminalColumns: the columns a terminal gives a text (the text tables pad by it)', () => {
  it('counts ASCII and Latin letters one column each, colour escapes none', () => {
    expect(terminalColumns('Narrator')).toBe(8);
    expect(terminalColumns('Hélène')).toBe(6);
    expect(terminalColumns('\x1b[38;2;192;0;0m■\x1b[0m Coach')).toBe(7);
  });
  it('gives a combining accent, Arabic harakat and Hebrew niqqud no column', () => {
    expect(terminalColumns('He\u0301le\u0300ne')).toBe(6);
    // مُعَلِّق: four letters, four marks (damma, fatha, kasra, shadda)
    expect(terminalColumns('مُعَلِّق')).toBe(4);
    // שָׁלוֹם: four letters, three points
    expect(terminalColumns('שָׁלוֹם')).toBe(4);
  });
  it('gives direction marks, zero-width spaces and joiners and the byte-order mark no column', () => {
    expect(terminalColumns('\u200FNarrateur\u200E')).toBe(9);
    expect(terminalColumns('a\u200Bb\u2060c\uFEFF')).toBe(3);
  });
  it('gives Chinese, Japanese, Korean and full-width characters two columns', () => {
    expect(terminalColumns('旁白')).toBe(4);
    expect(terminalColumns('ナレーター')).toBe(10);
    expect(terminalColumns('ＮＡ：')).toBe(6);
    expect(terminalColumns('내레이터')).toBe(8);
  });
});

describe('summary: a voice table lines up whatever the names hold', () => {
  it('a name typed with combining accents and one in Arabic with its vowel marks take the columns they show', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-columns-'));
    copyFileSync(join(ROOT, 'samples', 'fr-elearning', 'module-securite.docx'), join(dir, 'script.docx'));
    // Hélène with two combining accents (NFD, as macOS file names and some pastes give it); مُعَلِّم with four harakat.
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'voices:\n  "He\u0301le\u0300ne": { color: "#404040" }\n  "مُعَلِّم": { color: "#1F4E79" }\n  Apprenant: { color: "#00B050" }\nunassigned: ["#000000"]\nwpm: 150\n');
    const out = runCli(['summary', 'script.docx'], dir, { NO_COLOR: '1' });
    expect(out.code).toBe(0);
    const all = out.stdout.split('\n');
    const head = all.findIndex((l) => /^\s+Voice\s+Colour/.test(l));
    const rows = all.slice(head + 1, all.indexOf('', head)).filter((l) => !l.startsWith('  Unassigned'));
    expect(rows).toHaveLength(4);
    // Every row's "Lines" figure (the first number standing alone, right-aligned) ends at the same terminal column.
    const ends = rows.map((row) => {
      const lines = /(?<=\s)\d[\d,]*(?=\s)/.exec(row)!;
      return terminalColumns(row.slice(0, lines.index + lines[0].length));
    });
    expect(new Set(ends).size).toBe(1);
  });
});
