/**
 * A line longer than a page in the PDF booth script starts where it is (page 1 is no longer left
 * with only the header) and runs on, each page it runs on to marked "#N (continued)" — "(suite)"
 * in French — at the top; a line that fits a page is still never split. Read back with pdftotext.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const poppler = !spawnSync('pdftotext', ['-v']).error;
const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i + 1}`).join(' ');

describe.skipIf(!poppler)('sides -o OUT.pdf: a line longer than a page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-sides-long-'));
  const blue = '<w:color w:val="0000FF"/>';
  const red = '<w:color w:val="C00000"/>';
  const long = `Start ${words(1100)} END.`;
  writeFileSync(join(dir, 'script.docx'), buildDocx({ body: [p(r(long, blue)), p(r('Did you hear that?', red)), p(r('Yes, I did.', blue))].join('') }));
  const config = (language: string) => writeFileSync(join(dir, 'vo-lines.config.yaml'), `language: ${language}\nvoices:\n  Anna: { color: "#0000FF" }\n  Ben: { color: "#C00000" }\n`);
  const pages = (file: string) => spawnSync('pdftotext', [join(dir, file), '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, -1);
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('starts on page 1 under the header; every following page it runs on to says "#1 (continued)"; every word in order', () => {
    config('en');
    const result = runCli(['sides', 'script.docx', '--voice', 'Anna', '-o', 'anna.pdf'], dir, { SOURCE_DATE_EPOCH: '1749686400' });
    expect(result.code).toBe(0);
    const all = pages('anna.pdf');
    expect(flat(all[0]!)).toMatch(/#1 · ¶1 · ID [0-9a-f]{8} Start w1 w2 w3 /);
    const runOn = all.slice(1).filter((page) => /#1 \(continued\)/.test(page));
    const last = all.findIndex((page) => flat(page).includes('END.'));
    expect(last).toBeGreaterThan(0);
    expect(runOn).toHaveLength(last);
    // Every word of the line, in order, across the pages.
    const text = flat(all.join(' ').replace(/Anna — script\.docx|2025-06-12|Page \d+ of \d+|#1 \(continued\)/g, ' '));
    expect(text).toContain(long);
    // The short line after it is whole on one page, after its cue, and its page is not marked.
    const second = all.findIndex((page) => flat(page).includes('Yes, I did.'));
    expect(flat(all[second]!)).toMatch(/#2 · ¶3 · ID [0-9a-f]{8} Ben: Did you hear that\? Yes, I did\./);
    expect(all[second]!.includes('#2 (continued)')).toBe(false);
  });

  it('in French: (suite)', () => {
    config('fr');
    expect(runCli(['sides', 'script.docx', '--voice', 'Anna', '-o', 'anne.pdf'], dir, { SOURCE_DATE_EPOCH: '1749686400' }).code).toBe(0);
    expect(pages('anne.pdf')[1]).toContain('#1 (suite)');
  });
});
