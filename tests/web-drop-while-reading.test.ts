/**
 * A script dropped while another is still being read: the first reading stops, the page says it reads the new one,
 * and the first one's results never show (probe14: a 300-page PDF's results flashed up for a second after the
 * narrator had dropped her own script, the status still naming the big one for seconds). The big script is built here:
 * 12,000 paragraphs in two colours (tests/helpers/docx-builder.ts), long enough to read that the second drop lands
 * while it is read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeBrowser, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { buildDocx, r } from './helpers/docx-builder.js';

/** The page's document, for the callbacks run in it (this file is type-checked without the DOM library). */
declare const document: { body: unknown; querySelector(selector: string): { textContent: string | null } | null };
declare const MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
declare const window: { seen: string[] };

describeBrowser('a script dropped while another is read', () => {
  let server: Server;
  let en: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'vo-lines-web-drop-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  pageSuite(['en-US'], (suite) => {
    server = suite.server;
    [en] = suite.browsers;
  });

  it('the first reading stops; only the new script\'s results are shown, and no error', async () => {
    const say = (text: string, hex: string) => `<w:p>${r(text, `<w:color w:val="${hex}"/>`)}</w:p>`;
    const long = Array.from({ length: 12_000 }, (_, i) => say(`Line ${i + 1}: the operator checks the forks, the mast and the chains before every shift begins.`, i % 2 ? '0070C0' : 'C00000')).join('');
    writeFileSync(join(folder, 'big-manual.docx'), buildDocx({ body: long }));
    writeFileSync(join(folder, 'my-script.docx'), buildDocx({ body: say('Welcome to the module.', '0070C0') + say('Thank you, see you soon.', 'C00000') }));
    const page = await en.page();
    await page.goto(server.url);
    // Every title the results ever showed.
    await page.evaluate(() => {
      window.seen = [];
      new MutationObserver(() => {
        const title = document.querySelector('#results-title')?.textContent ?? null;
        if (title && window.seen[window.seen.length - 1] !== title) window.seen.push(title);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('#file').setInputFiles(join(folder, 'big-manual.docx'));
    await page.waitForFunction(() => (document.querySelector('#status')?.textContent ?? '').includes('big-manual.docx'));
    await page.locator('#file').setInputFiles(join(folder, 'my-script.docx'));
    await page.waitForFunction(() => (document.querySelector('#results-title')?.textContent ?? '').startsWith('my-script.docx'), undefined, { timeout: 60_000 });
    // Long enough for the big script's reading, had it gone on, to end and show.
    await page.waitForTimeout(4000);
    expect(await page.evaluate(() => window.seen)).toEqual(['my-script.docx · Word']);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });
});
