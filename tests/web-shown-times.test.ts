/**
 * The page's times add up as the command line's do (src/render/shown-times.ts, largest remainder): the
 * voices' table (each voice, the unassigned text, the whole script), "To record", her total, and her
 * time in each section, against `summary` for the same script and config. Her time in a section is summary's,
 * except where summary's share is below her own time there rounded as a line's (half up): a section shorter than
 * her one line in it, on one screen, reads as a mistake, so that wins, by a second (README, "Sections on the page").
 * Each time rounded on its own once showed tests/fixtures/shown-sums/three-halves.docx as 11 s + 11 s + 8 s + 2 s
 * for a whole script of 31 s. Host's spot 3 (his 3.375 s line, "3 s" under it) showed 3 s from page15 to web16
 * where summary says 0:04 (its three 3.4 s add to 10 s): 4 s now, summary's, which is not below his line.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { cli, describeBrowser, drop, openPage, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(root, 'tests/fixtures/shown-sums');
const SCRIPT = join(DIR, 'three-halves.docx');
const CONFIG = join(DIR, 'vo-lines.config.json');
const shown = (text: string | null) => (text ?? '').replaceAll('\u00A0', '_').replaceAll('\u202F', '^');
/** "31_s", "1_min_05_s" → seconds (the fixture's times are all under ten minutes). */
const seconds = (time: string) => {
  const m = /^(?:(\d+)_min)?_?(?:(\d+)_s)?$/.exec(time);
  if (!m) throw new Error(`not a time: ${time}`);
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
};
/** "0:31" → seconds. */
const clock = (time: string) => {
  const [m, s] = time.split(':').map(Number);
  return m! * 60 + s!;
};

async function cells(page: Page, table: string): Promise<string[][]> {
  const rows = await page.locator(`${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
  return rows.map((row) => row.map(shown));
}

/** The CLI's summary of the fixture (its config found beside it): the voices' times and each section's voices' times, in seconds. */
function cliTimes(): { voices: Record<string, number>; recorded: number; sections: Record<string, number>[] } {
  const result = spawnSync(process.execPath, [cli, 'summary', 'three-halves.docx'], { cwd: DIR, encoding: 'utf8', env: plainEnv() });
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.split('\n');
  const voices: Record<string, number> = {};
  for (const line of lines.slice(0, lines.indexOf('Sections (3):'))) {
    const m = /^ {2}(Total|Host|Baker|Guest|Unassigned) .* (\d+:\d\d) {2}160 wpm$/.exec(line);
    if (m) voices[m[1]!] = clock(m[2]!);
  }
  const recorded = clock(/^To record: .*, about (\d+:\d\d) /m.exec(result.stdout)![1]!);
  const sections: Record<string, number>[] = [];
  for (const line of lines.slice(lines.indexOf('Sections (3):'))) {
    if (/ · ¶\d+ · /.test(line)) sections.push({});
    const m = /^ {4}(Host|Baker|Guest|Total) .* (\d+:\d\d)$/.exec(line);
    if (m) sections[sections.length - 1]![m[1]!] = clock(m[2]!);
  }
  return { voices, recorded, sections };
}

describeBrowser('the page\'s times add up, as the command line\'s', () => {
  let server: Server;
  let en: Browser;

  pageSuite(['en-US'], (suite) => {
    server = suite.server;
    [en] = suite.browsers;
  });

  it('three-halves.docx with its config: the voices\' table, "To record", her total and her section times are the CLI\'s, and add up', async () => {
    const cliSide = cliTimes();
    // Worked by hand at 160 wpm (0.375 s a word): Host 28 words 10.5 s, Baker 10.5 s, Guest 20 words 7.5 s,
    // unassigned 6 words 2.25 s; the whole 30.75 s → 31 s, recorded 28.5 s → 29 s (half up), and the
    // voices' 29 s shared by largest remainder: 11 + 11 + 7 (the three halves cannot all round up).
    expect(cliSide.voices).toEqual({ Total: 31, Host: 11, Baker: 11, Guest: 7, Unassigned: 2 });
    expect(cliSide.recorded).toBe(29);
    // Sections: 7 words each (2.625 s, 7.875 s → 8: 3 + 3 + 2), 12/12/4 words (4.5, 4.5, 1.5: 10.5 → 11: 5 + 5 + 1),
    // 9 words each (3.375 s, 10.125 s → 10: 4 + 3 + 3).
    expect(cliSide.sections).toEqual([
      { Host: 3, Baker: 3, Guest: 2, Total: 8 },
      { Host: 5, Baker: 5, Guest: 1, Total: 11 },
      { Host: 4, Baker: 3, Guest: 3, Total: 10 },
    ]);

    const page = await openPage(en, server.url);
    await drop(page, SCRIPT, CONFIG);
    const table = await cells(page, 'table.voices');
    const time = (row: string[]) => seconds(row[row.length - 1]!);
    expect(table.map((row) => [row[0], row[row.length - 1]])).toEqual([
      ['Host', '11_s'],
      ['Baker', '11_s'],
      ['Guest', '7_s'],
      ['Not read (no voice)', '2_s'],
      ['Whole script', '31_s'],
    ]);
    // The rows add up to the whole script, and the voices to what is recorded.
    expect(time(table[0]!) + time(table[1]!) + time(table[2]!) + time(table[3]!)).toBe(time(table[4]!));
    expect(shown(await page.locator('#voices > p').textContent())).toBe('To record, all voices: 76_words, about 29_s.');
    expect(time(table[0]!) + time(table[1]!) + time(table[2]!)).toBe(cliSide.recorded);

    for (const voice of ['Host', 'Baker', 'Guest'] as const) {
      await page.selectOption('#voice', voice);
      // Her total as her row of the table.
      expect(shown(await page.locator('#my-total').textContent())).toContain(`, about ${cliSide.voices[voice]}_s;`);
      const sections = await cells(page, 'table.sections');
      // [section, her words, her time, all voices' time, target]: the sections' times as the CLI's; hers, summary's
      // (the CLI's Host 4 s of spot 3, his one line of 3.375 s shown "3 s"), but never below her one line there as
      // shown under it (half up): Guest's 2.625 s of spot 1 and 1.5 s of spot 2 are "3 s" and "2 s", where summary's
      // shares, that cannot all round up, give him 2 s and 1 s.
      expect(sections.map((row) => seconds(row[3]!))).toEqual(cliSide.sections.map((s) => s.Total));
      const lines = (await page.locator('#lines-list .line-meta').allTextContents()).map((meta) => seconds(shown(meta).split(' · ')[2]!));
      expect(sections.map((row) => seconds(row[2]!))).toEqual(cliSide.sections.map((s, i) => Math.max(s[voice]!, lines[i]!)));
      expect(sections.map((row) => seconds(row[2]!))).toEqual({ Host: [3, 5, 4], Baker: [3, 5, 3], Guest: [3, 2, 3] }[voice]);
      // Summary's figure wherever it is not below her line's.
      cliSide.sections.forEach((s, i) => {
        if (s[voice]! >= lines[i]!) expect(seconds(sections[i]![2]!)).toBe(s[voice]);
      });
    }
  });
});
