/**
 * The names a narrator gives colour groups on the page, and the config she downloads:
 * - every colour group named (no colour left that no one reads) is a config like any other, and the
 *   names still apply when she drops the script again later;
 * - names kept in this browser for a file name that cannot be used with another script of that name
 *   (none of its colours was named) never lock the file: it is read without them, they are forgotten,
 *   and the page says so;
 * - names kept for a file name never override another script of that name whose own legend disagrees with
 *   them: it is read by its legend, the page says the names are not used, and no voice is chosen for her
 *   (before: the names won, the legend's other voice was nobody's, and the one named voice was picked as hers);
 * - a config dropped with the script is the one "Config for the command line" gives back, as it was
 *   written (its voices, pace and section targets), and a pace set on the page is said to be outside it.
 * Fixtures: tests/fixtures/cjk/zh-two-voices.docx (red and blue, no legend),
 * tests/fixtures/web-one-colour/all-black-en.docx, tests/fixtures/sections (harbor-coffee.docx + its config).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, drop, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const root = fileURLToPath(new URL('..', import.meta.url));


/** The voices table's rows: name, lines, words, as shown. */
async function voiceWords(page: Page): Promise<string[][]> {
  return page.locator('table.voices tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim());
      return [cells[0]!, cells[2]!, cells[3]!];
    }),
  );
}

describeBrowser('names given on the page, and the config downloaded', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;
  const work = mkdtempSync(join(tmpdir(), 'vo-lines-names-'));

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  it('every colour group named: the voices, and again when the script is dropped later; another script of that name without those colours is read without them, said so', async () => {
    const first = join(work, 'client-a');
    const second = join(work, 'client-b');
    mkdirSync(first);
    mkdirSync(second);
    copyFileSync(join(root, 'tests/fixtures/cjk/zh-two-voices.docx'), join(first, 'script.docx'));
    copyFileSync(join(root, 'tests/fixtures/web-one-colour/all-black-en.docx'), join(second, 'script.docx'));
    const page = await en.page();
    await page.goto(server.url);
    await drop(page, join(first, 'script.docx'));
    await page.fill('#naming input[name="#C00000 red"]', 'Li');
    await page.fill('#naming input[name="#0070C0 blue"]', 'Wang');
    await page.click('#apply-names');
    await page.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voices from the names you gave the colours.'));
    expect(await page.locator('#error').isHidden()).toBe(true);
    const named = [
      ['Li', '2', '18'],
      ['Wang', '2', '20'],
    ];
    expect((await voiceWords(page)).filter((row) => row[0] === 'Li' || row[0] === 'Wang')).toEqual(named);
    // Dropped again later (a new page in the same browser): the names kept, and they apply.
    await page.goto(server.url);
    await drop(page, join(first, 'script.docx'));
    expect(await page.locator('#error').isHidden()).toBe(true);
    await expect(page.locator('#who').textContent()).resolves.toContain('Voices from the names you gave the colours earlier, in this browser, for a script named script.docx');
    expect((await voiceWords(page)).filter((row) => row[0] === 'Li' || row[0] === 'Wang')).toEqual(named);
    // Another client's script.docx, all black: none of its colours was named. Read without the names, which are forgotten.
    await page.goto(server.url);
    await drop(page, join(second, 'script.docx'));
    expect(await page.locator('#error').isHidden()).toBe(true);
    await expect(page.locator('#names-forgotten').textContent()).resolves.toBe(
      'The names given earlier in this browser for script.docx could not be used with this script: they are forgotten, and the script is read without them.',
    );
    expect(await page.evaluate(() => window.localStorage.getItem('vo-lines:names:script.docx'))).toBeNull();
  });

  it("names kept for a file name give way to another script of that name whose legend says otherwise (FR)", async () => {
    const first = join(work, 'agence-a');
    const second = join(work, 'agence-b');
    mkdirSync(first);
    mkdirSync(second);
    // The first script: red and blue, no legend. The second, of the same name: its legend gives blue to
    // Narratrice and red to Chef Lucas.
    copyFileSync(join(root, 'tests/fixtures/cjk/zh-two-voices.docx'), join(first, 'Script VO.docx'));
    const say = (text: string, hex: string) => `<w:p>${r(text, `<w:color w:val="${hex}"/>`)}</w:p>`;
    const body =
      `<w:p>${r('Légende : Narratrice = bleu, Chef Lucas = rouge, noir = non enregistré.')}</w:p>` +
      say('Bienvenue dans ce module sur la sécurité du chantier.', '0070C0') +
      say('Sur mon chantier, le casque se porte du premier au dernier jour.', 'C00000') +
      say('Voyons ensemble les trois règles à retenir avant de commencer.', '0070C0') +
      say('Et personne ne passe la barrière sans son badge.', 'C00000');
    writeFileSync(join(second, 'Script VO.docx'), buildDocx({ body }));
    const page = await fr.page();
    await page.goto(server.url);
    await drop(page, join(first, 'Script VO.docx'));
    await page.fill('#naming input[name="#C00000 red"]', 'Cliente');
    await page.click('#apply-names');
    await page.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voix d’après les noms que vous avez donnés aux couleurs.'));
    await page.goto(server.url);
    await drop(page, join(second, 'Script VO.docx'));
    expect(await page.locator('#error').isHidden()).toBe(true);
    await expect(page.locator('#names-set-aside').textContent()).resolves.toBe(
      'Les noms donnés plus tôt dans ce navigateur aux couleurs d’un script nommé Script VO.docx ne sont pas pris\u00A0: ce script a sa propre légende, qui dit qui lit chaque couleur.',
    );
    await expect(page.locator('#who').textContent()).resolves.toContain('Légende : Narratrice = bleu, Chef Lucas = rouge, noir = non enregistré.');
    expect((await voiceWords(page)).filter((row) => row[0] === 'Narratrice' || row[0] === 'Chef Lucas')).toEqual([
      ['Narratrice', '2', '19'],
      ['Chef Lucas', '2', '21'],
    ]);
    // Two voices: none is hers until she says which.
    expect(await page.locator('#voice').inputValue()).toBe('');
    // Kept for the first script, whose colours they name.
    expect(await page.evaluate(() => window.localStorage.getItem('vo-lines:names:Script VO.docx'))).toContain('Cliente');
  });

  it('a config dropped with the script comes back as it was written; a pace set on the page is said to be outside it (EN, FR)', async () => {
    const folder = join(root, 'tests/fixtures/sections');
    const config = join(folder, 'vo-lines.config.json');
    for (const [browser, note] of [
      [en, 'The pace set on this page (120\u00A0words a minute) is not in that config: to get the same times from the command line, add --wpm 120 to its commands.'],
      [fr, 'Le débit choisi sur cette page (120\u00A0mots par minute) n’est pas dans cette config\u00A0: pour obtenir les mêmes durées en ligne de commande, ajoutez --wpm 120 à ses commandes.'],
    ] as const) {
      const page = await browser.page();
      await page.goto(server.url);
      await drop(page, join(folder, 'harbor-coffee.docx'), config);
      expect(await page.locator('#config-pace-note').count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
      expect(download.suggestedFilename()).toBe('vo-lines.config.json');
      expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(config, 'utf8'));
      // A pace of her own on the page: the same config, and a sentence saying the pace is not in it.
      await page.fill('#wpm', '120');
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.click('#apply-pace');
      await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
      await expect(page.locator('#config-pace-note').textContent()).resolves.toBe(note);
      const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
      expect(readFileSync((await again.path())!, 'utf8')).toBe(readFileSync(config, 'utf8'));
    }
  });
});
