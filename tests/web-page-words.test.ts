/**
 * The narrator's page speaks its own language all through, in Chromium: the file buttons are the
 * page's (its own button opening a file input kept out of sight and out of the accessibility tree,
 * not the browser's "Choose Files / No file chosen"), reached by the keyboard, named for a screen
 * reader, and the drop zone still reads a file dropped on it; a number stays on the
 * line of the word it counts, a label on the line of its number (no-break spaces, English and French);
 * and every time on the page is written one way (web/i18n.ts `duration`: "28 s", "1 min 48 s"),
 * the voices' table and the sections' lengths included. Screenshots at 390 px and 1280 px, English
 * and French, go to VO_LINES_SHOTS when it is set (to look at them), else to a folder removed after.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, drop, openPage, pageSuite, waitDone, type Browser, type Server } from './helpers/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPOTS = join(root, 'samples/en-commercial/spring-sale.docx');
const MODULE = join(root, 'samples/fr-elearning/module-securite');
/** Shown with no-break spaces written as "_", so that an expected text says where each one is. */
const shown = (text: string | null) => (text ?? '').replaceAll('\u00A0', '_').replaceAll('\u202F', '^');

/** What the voices and sections tables show, cell by cell (no-break spaces as "_"). */
async function cells(page: Page, table: string): Promise<string[][]> {
  const rows = await page.locator(`${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
  return rows.map((row) => row.map(shown));
}

describeBrowser('the page\'s own words, in its language: file buttons, numbers kept with their words, one way to write a time', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;
  let shots: string;
  const keepShots = process.env.VO_LINES_SHOTS;

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  beforeAll(() => {
    shots = keepShots ?? mkdtempSync(join(tmpdir(), 'vo-lines-shots-'));
    mkdirSync(shots, { recursive: true });
  });

  afterAll(() => {
    if (shots && !keepShots) rmSync(shots, { recursive: true, force: true });
  });

  const fresh = (browser: Browser): Promise<Page> => openPage(browser, server.url, { width: 1280, height: 900 });

  it('the file buttons are the page\'s, in its language: the browser\'s own input is out of sight and out of a screen reader\'s hearing ("No file chosen"), the keyboard opens the chooser, and a drop still reads the file', async () => {
    for (const [browser, choose, other, english] of [
      [fr, 'Choisir un script…', 'Choisir l’autre version…', false],
      [en, 'Choose a script…', 'Choose the other version…', true],
    ] as const) {
      const page = await fresh(browser);
      // What the eye sees: the page's button; the input itself is a clipped pixel, out of the tab order.
      await expect(page.locator('#choose-file').textContent()).resolves.toBe(choose);
      expect(await page.locator('#choose-file').isVisible()).toBe(true);
      const box = await page.locator('#file').boundingBox();
      expect([box!.width <= 1, box!.height <= 1]).toEqual([true, true]);
      expect(await page.locator('#file').evaluate((input) => [getComputedStyle(input).clipPath, input.tabIndex, input.getAttribute('aria-hidden')])).toEqual(['inset(50%)', -1, 'true']);
      // What a screen reader hears: one button, named in the page's language, and nothing in the browser's.
      expect(await page.getByRole('button', { name: choose, exact: true }).evaluateAll((found) => found.map((b) => b.id))).toEqual(['choose-file']);
      const heard = async () => {
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; value?: { value: string } }[] };
        await cdp.detach();
        return nodes.filter((n) => !n.ignored && n.role?.value === 'button').map((n) => [n.name?.value ?? '', n.value?.value ?? '']);
      };
      const buttons = await heard();
      expect(buttons.filter(([name]) => name === choose)).toEqual([[choose, '']]);
      expect(buttons.filter(([name, value]) => /file|fichier/i.test(`${name} ${value}`))).toEqual([]);
      // The keyboard: Tab reaches the button, its focus ring shows, Enter opens the chooser.
      const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
      let guard = 0;
      while ((await page.evaluate(() => document.activeElement?.id)) !== 'choose-file' && guard++ < 10) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-file');
      expect(await page.locator('#choose-file').evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(`${MODULE}.docx`);
      await waitDone(page, before);
      await expect(page.locator('#results-title').textContent()).resolves.toBe('module-securite.docx · Word');
      // The comparison's button too.
      await expect(page.locator('#compare-choose').textContent()).resolves.toBe(other);
      expect(await page.getByRole('button', { name: other, exact: true }).evaluateAll((found) => found.map((b) => b.id))).toEqual(['compare-choose']);
      expect(await page.locator('#compare-file').evaluate((input) => [input.getBoundingClientRect().width <= 1, input.tabIndex, input.getAttribute('aria-hidden')])).toEqual([true, -1, 'true']);
      expect((await heard()).filter(([name, value]) => /file|fichier/i.test(`${name} ${value}`))).toEqual([]);
      const compared = page.waitForEvent('filechooser', { timeout: 60_000 });
      await page.click('#compare-choose');
      expect((await compared).element()).toBeTruthy();
      expect(await (await compared).element().getAttribute('id')).toBe('compare-file');
      // Dropped on the zone (as from a file manager), a script is read as before.
      const dropped = await page.evaluate(() => document.body.dataset.done ?? '0');
      const data = readFileSync(SPOTS).toString('base64');
      const transfer = await page.evaluateHandle(([name, base64]) => {
        const t = new DataTransfer();
        t.items.add(new File([Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0))], name!));
        return t;
      }, [basename(SPOTS), data]);
      await page.dispatchEvent('#drop', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
      await waitDone(page, dropped);
      await expect(page.locator('#results-title').textContent()).resolves.toBe('spring-sale.docx · Word');
      // Switched, the button follows the page's language.
      await page.click(`.lang-switch button[value=${english ? 'fr' : 'en'}]`);
      await expect(page.locator('#choose-file').textContent()).resolves.toBe(english ? 'Choisir un script…' : 'Choose a script…');
      await page.click(`.lang-switch button[value=${english ? 'en' : 'fr'}]`);
    }
  });

  it('one way to write a time, and no-break spaces, English and French: her total, the voices\' table, the sections against their lengths, each line, the status', async () => {
    const expected = {
      en: {
        status: 'spring-sale.docx read: 2_voices.',
        total: 'Your lines: 243_words, about 1_min_48_s; the whole script: 378_words. (270_words said aloud, at 150_words a minute.)',
        voices: [
          ['Announcer', '13', '243', '270', '64.3%', '1_min_48_s'],
          ['Customer', '7', '50', '50', '13.2%', '20_s'],
          ['Not read (no voice)', '20', '85', '88', '22.5%', '35_s'],
          ['Whole script', '40', '378', '408', '100.0%', '2_min_43_s'],
        ],
        toRecord: 'To record, all voices: 293_words, about 2_min_08_s.',
        sections: [
          ['Spot 1 — “Weekend Plans” — :30 ¶4', '49', '21_s', '29_s', '✓ 29_s of 30_s'],
          ['Spot 2 — “Garden Center” — :60 ¶12', '145', '1_min_06_s', '1_min_14_s', '✗ 1_min_14_s of 1_min (14_s over)'],
          ['Spot 3 — “Last Chance” — :30 ¶24', '49', '21_s', '25_s', '✓ 25_s of 30_s'],
        ],
        shown: '13_of 13_lines shown',
        meta: ['¶6 · 9_words · 4_s · ID_25173c0d', '¶8 · 34_words · 14_s · ID_a5a0226a', '¶10 · 6_words · 3_s · ID_d5b27c13'],
      },
      fr: {
        status: 'spring-sale.docx lu_: 2_voix.',
        total: 'Vos répliques_: 243_mots, environ 1_min_48_s^; le script entier_: 378_mots. (270_mots prononcés, à 150_mots par minute.)',
        voices: [
          ['Announcer', '13', '243', '270', '64,3_%', '1_min_48_s'],
          ['Customer', '7', '50', '50', '13,2_%', '20_s'],
          ['Non lu (sans voix)', '20', '85', '88', '22,5_%', '35_s'],
          ['Script entier', '40', '378', '408', '100,0_%', '2_min_43_s'],
        ],
        toRecord: 'À enregistrer, toutes voix_: 293_mots, environ 2_min_08_s.',
        sections: [
          ['Spot 1 — “Weekend Plans” — :30 ¶4', '49', '21_s', '29_s', '✓ 29_s sur 30_s'],
          ['Spot 2 — “Garden Center” — :60 ¶12', '145', '1_min_06_s', '1_min_14_s', '✗ 1_min_14_s sur 1_min (14_s de trop)'],
          ['Spot 3 — “Last Chance” — :30 ¶24', '49', '21_s', '25_s', '✓ 25_s sur 30_s'],
        ],
        shown: '13_répliques sur 13_affichées',
        meta: ['¶6 · 9_mots · 4_s · ID_25173c0d', '¶8 · 34_mots · 14_s · ID_a5a0226a', '¶10 · 6_mots · 3_s · ID_d5b27c13'],
      },
    };
    for (const [browser, want] of [[en, expected.en], [fr, expected.fr]] as const) {
      const page = await fresh(browser);
      // The browser's Intl, which the page's numbers come from: French groups thousands with U+202F and sets % after a no-break space.
      expect(await page.evaluate(() => [new Intl.NumberFormat('fr-FR').format(1180), new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.5), new Intl.NumberFormat('en-GB').format(1180)])).toEqual(['1\u202F180', '50\u00A0%', '1,180']);
      await drop(page, SPOTS);
      await page.selectOption('#voice', 'Announcer');
      expect(shown(await page.locator('#status').textContent())).toBe(want.status);
      expect(shown(await page.locator('#my-total').textContent())).toBe(want.total);
      expect((await cells(page, 'table.voices')).map((row) => [row[0]!, ...row.slice(2)])).toEqual(want.voices);
      expect(shown(await page.locator('#voices > p').textContent())).toBe(want.toRecord);
      expect(await cells(page, 'table.sections')).toEqual(want.sections);
      expect(shown(await page.locator('#lines-shown').textContent())).toBe(want.shown);
      expect((await page.locator('#lines-list .line-meta').allTextContents()).slice(0, 3).map(shown)).toEqual(want.meta);
      // No time on the page is written as a clock ("1:48") any more.
      const text = await page.locator('#results').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const own of copy.querySelectorAll('.line-text, .cue, .legend-text, table.sections th, select, #booth')) own.remove();
        return copy.textContent ?? '';
      });
      expect(text.match(/\b\d{1,2}:\d\d\b/g)).toBeNull();
    }
  });

  it('French and English: nowhere in the page\'s own words does an ordinary space part a number from its word, or a label (page, table, ID) from its number: a script, her lines, a comparison', async () => {
    /** Each place in the page's text (the script's own text aside) where an ordinary space stands between a number and a word, or a label and its number. */
    const parted = (page: Page) =>
      page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node instanceof Element
              ? node.matches('select, option, input, textarea, [hidden], .line-text, .cue, .legend-text, #results-title, #booth, .diff-lines, table.sections th, #diff-title, ins, del')
                ? NodeFilter.FILTER_REJECT
                : NodeFilter.FILTER_SKIP
              : NodeFilter.FILTER_ACCEPT,
        });
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
        // Quoted script text (« … », "…") and file names are the script's or the user's, and a colour's code (#404040) counts nothing: left out.
        const ours = text.replace(/«[^»]*»|"[^"]*"|\S+\.(docx|pdf|ya?ml)\b|#[0-9A-F]{6}\b/gi, ' ');
        for (const m of ours.matchAll(/\d(?:[\d\u202F]|[,.]\d)* +(?=[\p{L}%])|\b(?:page|pages|p\.|table|tableau|row|ligne|col\.?|ID) +(?=\d)/gu)) found.push(ours.slice(Math.max(0, m.index - 25), m.index + m[0].length + 15));
        return found;
      });
    for (const browser of [fr, en]) {
      const page = await fresh(browser);
      await drop(page, `${MODULE}.pdf`);
      await page.selectOption('#voice', 'Narrateur');
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.check('#other-older');
      await page.locator('#compare-file').setInputFiles(SPOTS);
      await waitDone(page, before);
      await page.locator('#diff-title').waitFor();
      // The PDF's places have pages; compared with another script, each voice's lines and words are counted: each kept with its number.
      const body = await page.locator('body').innerText();
      expect(body).toMatch(/p\.\u00A0?\d+ ¶\d+/);
      expect(body).toMatch(/[−+±]\d+\u00A0(words?|mots?)/);
      expect(await parted(page)).toEqual([]);
    }
  });

  it('a Chinese script: her total says its pace in characters a minute, English and French', async () => {
    const zh = join(root, 'tests', 'fixtures', 'cjk', 'zh-two-voices.docx');
    // Its voices named, with no pace: the script's own (240 characters a minute) applies.
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-zh-'));
    const config = join(dir, 'vo-lines.config.yaml');
    writeFileSync(config, 'voices:\n  Lin: { color: "#0070C0" }\n  Wei: { color: "#C00000" }\n');
    const want = {
      en: 'Your lines: 20_words, about 5_s; the whole script: 38_words. (20_words said aloud, at 240_characters a minute.)',
      fr: 'Vos répliques_: 20_mots, environ 5_s^; le script entier_: 38_mots. (20_mots prononcés, à 240_caractères par minute.)',
    };
    // The pace form asks for characters a minute and offers no preset (they are words a minute).
    const form = {
      en: ['Speaking pace (characters a minute)', 'This script is timed in characters a minute, as Chinese and Japanese are read (here 240 a minute, unless you give another pace): the presets, in words a minute, do not apply.'],
      fr: ['Débit (caractères par minute)', 'Ce script est minuté en caractères par minute, comme se lisent le chinois et le japonais (ici 240 par minute, sauf si vous donnez un autre débit)_: les débits types, en mots par minute, ne s’appliquent pas.'],
    };
    const faster = {
      en: 'Your lines: 20_words, about 4_s; the whole script: 38_words. (20_words said aloud, at 300_characters a minute.)',
      fr: 'Vos répliques_: 20_mots, environ 4_s^; le script entier_: 38_mots. (20_mots prononcés, à 300_caractères par minute.)',
    };
    for (const lang of ['en', 'fr'] as const) {
      const page = await fresh(lang === 'en' ? en : fr);
      await drop(page, zh, config);
      await page.selectOption('#voice', 'Lin');
      expect(shown(await page.locator('#my-total').textContent())).toBe(want[lang]);
      expect([shown(await page.locator('label[for=wpm]').textContent()), shown(await page.locator('#pace-characters').textContent())]).toEqual(form[lang]);
      expect(await page.locator('#pace-preset').count()).toBe(0);
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.locator('#wpm').fill('300');
      await page.locator('#apply-pace').click();
      await waitDone(page, before);
      expect(shown(await page.locator('#my-total').textContent())).toBe(faster[lang]);
      await page.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('screenshots at 390 px and 1280 px, English and French: nothing runs off the side, no time or count split across two lines', async () => {
    for (const [browser, lang] of [[en, 'en'], [fr, 'fr']] as const) {
      const page = await fresh(browser);
      await drop(page, SPOTS);
      await page.selectOption('#voice', 'Announcer');
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
        await page.screenshot({ path: join(shots, `page-${lang}-${width}.png`), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}`).toBeLessThanOrEqual(width);
        // Each time or count the page wrote stands on one line (its no-break spaces hold).
        const split = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.getElementById('results')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = (node as Text).data;
            for (const m of text.matchAll(/\d+(?:[\u00A0\u202F](?:h|min|s|words?|mots?|lines?|répliques?|voices|voix|%))+(?:[\u00A0\u202F]\d+[\u00A0\u202F](?:min|s))?/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(m[0]);
            }
          }
          return out;
        });
        expect(split, `${lang} ${width}`).toEqual([]);
      }
    }
  });
});
