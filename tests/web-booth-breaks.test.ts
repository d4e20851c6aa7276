/**
 * The page shows a line as the booth scripts print it (tests/fixtures/booth/, scripts/build-booth-fixtures.py):
 * a line's soft line breaks (Shift+Enter: a jingle's sung lines) as line breaks, in the list of her lines and in
 * "Print my lines"; a cue of more than 40 words cut to its last sentences within 40 words, after "…", as
 * `vo-lines sides` prints it (render/cue.ts cueTail). Before: the jingle ran on as one line ("Harbor Bank, open
 * all day, save with us the harbor way!"), and Anna's first cue was the narrator's whole 1,213-word line.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT as root } from './helpers/cli.js';
import { describeBrowser, drop, pageSuite, type Browser, type Server } from './helpers/browser.js';

const JINGLE = 'Harbor Bank,\nopen all day,\nsave with us\nthe harbor way!';

describeBrowser('the page: soft line breaks and long cues as the booth script prints them', () => {
  let server: Server;
  let en: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'vo-lines-web-booth-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  for (const name of ['soft-breaks', 'long-cue']) copyFileSync(join(root, `tests/fixtures/booth/${name}.docx`), join(folder, `${name}.docx`));
  writeFileSync(join(folder, 'vo-lines.config.yaml'), 'voices:\n  Narrator: { highlight: yellow }\n  Anna: { highlight: brightGreen }\n');

  pageSuite(['en-US'], (suite) => {
    server = suite.server;
    [en] = suite.browsers;
  });

  it("the jingle's four sung lines on four lines, on screen and in print; the cue's breaks too", async () => {
    const page = await en.page();
    await page.goto(server.url);
    await drop(page, join(folder, 'soft-breaks.docx'));
    await page.selectOption('#voice', 'Singer');
    const texts = page.locator('#lines .line-text');
    expect(await texts.allTextContents()).toEqual([JINGLE, 'Harbor Bank!', 'First verse,\nsecond verse.']);
    // Shown on four lines: the paragraph is four lines high, not one.
    // (This file is type-checked without the DOM library: the page's own function, by its name on the window.)
    const [height, lineHeight] = await texts.first().evaluate((p) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string; fontSize: string } }).getComputedStyle(p);
      return [p.getBoundingClientRect().height, parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2];
    });
    expect(Math.round(height / lineHeight)).toBe(4);
    expect(await page.locator('#booth .booth-line .line-text').allTextContents()).toEqual([JINGLE, 'Harbor Bank!', 'First verse,\nsecond verse.']);
    await page.selectOption('#voice', 'Announcer');
    expect(await page.locator('#booth .cue').allTextContents()).toEqual([`Singer: ${JINGLE}`, 'Singer: Harbor Bank!', 'Singer: First verse,\nsecond verse.']);
    expect(await page.locator('#booth .booth-line .line-text').nth(2).textContent()).toBe('- Oui.\n- Non.');
  });

  it("Anna's cues at most 40 words, the end of the narrator's line, as `sides` prints them", async () => {
    const page = await en.page();
    await page.goto(server.url);
    await drop(page, join(folder, 'long-cue.docx'), join(folder, 'vo-lines.config.yaml'));
    await page.selectOption('#voice', 'Anna');
    const cues = await page.locator('#booth .cue').allTextContents();
    expect(cues).toEqual([
      'Narrator: … Harbor letter had along she to her the the thinking to her sent flickered. Had as the the flickered letter lights about harbor never. She stopped at the end of the quay, where the last lamp burned.',
      'Narrator: The wind took her words.',
      'Narrator: … Short. Very short. But Anna, the letter was never lost at all, only waiting in the drawer where she had left it on the night the harbor lights went out for good.',
      'Narrator: … the fishing boats and the closed cafés and the old customs house with its broken clock, past the church and the bakery and the school where her brother had once carved their names into a desk, all the way home.',
    ]);
    expect(await page.locator('#lines .cue').first().textContent()).toBe(`Cue, Narrator: ${cues[0]!.slice('Narrator: '.length)}`);
  });
});
