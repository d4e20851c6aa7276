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
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Report } from '../src/measure/report.js';
import { cli, describeBrowser, drop, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { plainEnv } from './helpers/env.js';
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

  it('a config dropped with the script comes back as it was written; a pace set on the page is written into it, and the command line with it gives the page\'s times (EN, FR)', async () => {
    const folder = join(root, 'tests/fixtures/sections');
    const config = join(folder, 'vo-lines.config.json');
    const work = mkdtempSync(join(tmpdir(), 'vo-page-pace-'));
    const figures = (r: Report) => ({ voices: r.voices.map((v) => [v.name, v.wpm, v.seconds]), total: r.total.seconds, sections: r.sections.map((s) => [s.title, s.seconds]) });
    for (const [browser, note] of [
      [en, 'The pace set on this page (120\u00A0words a minute) is written into that config (wpm: 120), in place of its own paces: the command line with it gives this page’s times.'],
      [fr, 'Le débit choisi sur cette page (120\u00A0mots par minute) est écrit dans cette config (wpm: 120), à la place de ses propres débits\u00A0: la ligne de commande donne avec elle les durées de cette page.'],
    ] as const) {
      const page = await browser.page();
      await page.goto(server.url);
      await drop(page, join(folder, 'harbor-coffee.docx'), config);
      expect(await page.locator('#config-pace-note').count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
      expect(download.suggestedFilename()).toBe('vo-lines.config.json');
      expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(config, 'utf8'));
      // A pace of her own on the page (the config says "pace": "commercial", 150): written into the config she downloads.
      await page.fill('#wpm', '120');
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.click('#apply-pace');
      await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
      await expect(page.locator('#config-pace-note').textContent()).resolves.toBe(note);
      const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
      const written = readFileSync((await again.path())!, 'utf8');
      const { pace, ...rest } = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
      expect(pace).toBe('commercial');
      expect(JSON.parse(written)).toEqual({ ...rest, wpm: 120 });
      // The command line with that config: the page's times (the page's own JSON download), not the config's pace.
      const path = join(work, 'vo-lines.config.json');
      writeFileSync(path, written);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
      const onPage = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Report;
      const byCli = spawnSync(process.execPath, [cli, 'summary', join(folder, 'harbor-coffee.docx'), '--config', path, '--json'], { encoding: 'utf8', env: plainEnv() });
      expect(byCli.status, byCli.stderr).toBe(0);
      expect(figures(JSON.parse(byCli.stdout) as Report)).toEqual(figures(onPage));
      expect(onPage.voices.map((v) => v.wpm)).toEqual([120, 120, 120]);
    }
  });

  it('a YAML config whose voices have their own pace, by syllables: a pace set on the page stands for them all in the downloaded config, and the command line gives the page\'s figures', async () => {
    const script = join(root, 'samples/fr-elearning/module-securite.docx');
    const work = mkdtempSync(join(tmpdir(), 'vo-page-pace-'));
    const config = join(work, 'vo-lines.config.yaml');
    writeFileSync(config, '# mine\nvoices:\n  Narrateur: { color: "#404040", wpm: 140 }   # slow\n  Formatrice: { color: "#1F4E79", syllablesPerSecond: 3.9 }\n  Apprenant: { color: "#00B050" }\nunassigned: ["#000000"]\ntiming: syllables\nsyllablesPerSecond: 4.5\n');
    const page = await fr.page();
    await page.goto(server.url);
    await drop(page, script, config);
    await page.fill('#wpm', '170');
    const before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('#apply-pace');
    await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
    const written = readFileSync((await download.path())!, 'utf8');
    expect(written).toBe('# mine\nvoices:\n  Narrateur: { color: "#404040" } # slow\n  Formatrice: { color: "#1F4E79" }\n  Apprenant: { color: "#00B050" }\nunassigned: [ "#000000" ]\ntiming: syllables\nwpm: 170 # set on the vo-lines page: every voice is timed at it, as --wpm 170 does\n');
    const path = join(work, 'page.config.yaml');
    writeFileSync(path, written);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const onPage = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Report;
    const byCli = spawnSync(process.execPath, [cli, 'summary', script, '--config', path, '--json'], { encoding: 'utf8', env: plainEnv() });
    expect(byCli.status, byCli.stderr).toBe(0);
    const figures = (r: Report) => ({ voices: r.voices.map((v) => [v.name, v.wpm, v.syllablesPerSecond, v.seconds]), total: r.total.seconds });
    expect(figures(JSON.parse(byCli.stdout) as Report)).toEqual(figures(onPage));
    expect(onPage.voices.map((v) => v.wpm)).toEqual([170, 170, 170]);
  });
});
