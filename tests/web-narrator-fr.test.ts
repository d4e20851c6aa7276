/**
 * What a French narrator tripped on, with every figure right (the page15 probe), most harmful first:
 * - compare: the other version was "older" by default, so a newer file dropped there was compared
 *   backwards (its added words shown as removed). Now the order is what both files say of themselves
 *   (a DOCX's docProps/core.xml: last saved, revision), said with a swap beside it; when they do not
 *   say, she is asked before anything is shown;
 * - a section where she has one line showed 1 s for her while that line showed 2 s (her share of the
 *   section's rounded time): her time in a section is summary's, but never less than her one line in it (web16);
 * - the progress bar went back to "not known" after the last page (read as "back to 0"): it stays full and the words say what comes next;
 * - the pace field's range message was Chromium's own (English on the French page);
 * - Back left the page: it returns to the drop screen, the script forgotten, as "Start again" does;
 * - `language-from-text` told her to write a YAML file: the page offers "Read it as French" / "… English";
 * - "¶12" and "ID" under each line are explained once above them;
 * - a dialogue's title block in a colour of its own was offered under "I am".
 * Fixtures: tests/fixtures/page15 (scripts/build-page15-fixtures.py), tests/fixtures/shown-sums,
 * tests/fixtures/doclang/fr-default-en.docx, samples/fr-elearning/module-securite.pdf.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, drop, openPage, pageSuite, waitDone, type Browser, type Server } from './helpers/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(root, 'tests/fixtures/page15');
const shown = (text: string | null) => (text ?? '').replaceAll('\u00A0', '_').replaceAll('\u202F', '^').trim();

/** Drops `other` on the compare panel and waits for the page to answer (a comparison, or its question). */
async function compareWith(page: Page, other: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.done ?? '0');
  await page.locator('#compare-file').setInputFiles(other);
  await waitDone(page, before);
}

/** The comparison shown: its title, how the order was told, and each voice's words old → new. */
async function comparison(page: Page): Promise<{ title: string; order: string | null; words: string[][] }> {
  const title = shown(await page.locator('#diff-title').textContent());
  const order = (await page.locator('#order-by').count()) ? shown(await page.locator('#order-by').textContent()) : null;
  const words = await page.locator('table.diff tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replaceAll('\u00A0', '_').replaceAll('\u202F', '^'))));
  return { title, order, words: words.map((row) => [row[0]!, row[2]!]) };
}

describeBrowser('the page, as a French narrator uses it', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  it('compare: the older version is the one both files say was saved first, whichever was dropped where, and the page says so', async () => {
    const page = await openPage(fr, server.url);
    const v1 = join(DIR, 'annonce-v1.docx');
    const v2 = join(DIR, 'annonce-v2.docx');
    const expected = {
      title: 'annonce-v1.docx (avant) → annonce-v2.docx (après)',
      order: 'Comparé comme annonce-v1.docx → annonce-v2.docx, d’après les fichiers\u00A0: annonce-v2.docx a été enregistré pour la dernière fois le 20 novembre 2026, annonce-v1.docx le 2 novembre 2026. À l’envers\u202F? Les inverser',
      words: [
        ['#0070C0_bleu', '19 → 26'],
        ['#C00000_rouge', '4 → 4'],
        ['Non lu (sans voix)', '0 → 0'],
      ],
    };
    const fix = (o: typeof expected) => ({ ...o, title: shown(o.title), order: shown(o.order) });
    // The newer file dropped on the older one: compared older → newer (before: newer → older, its added words "removed").
    await drop(page, v1);
    await compareWith(page, v2);
    expect(await comparison(page)).toEqual(fix(expected));
    expect(await page.locator('#other-newer').isChecked()).toBe(true);
    // The older dropped on the newer: the same comparison.
    await drop(page, v2);
    await compareWith(page, v1);
    expect(await comparison(page)).toEqual(fix(expected));
    expect(await page.locator('#other-older').isChecked()).toBe(true);
    // Swapped on purpose: the other way, and no more "as the files say".
    const before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('#order-swap');
    await waitDone(page, before);
    expect((await comparison(page)).title).toBe('annonce-v2.docx (avant) → annonce-v1.docx (après)');
    expect((await comparison(page)).order).toBeNull();
  });

  it('compare: files that say no date are compared only once she says which is older, in either order of drop', async () => {
    const page = await openPage(fr, server.url);
    const v1 = join(DIR, 'annonce-v1-sans-date.docx');
    const v2 = join(DIR, 'annonce-v2-sans-date.docx');
    const ask = shown(
      'Quelle version est la plus ancienne\u202F? Les deux fichiers ne disent pas lequel a été enregistré en premier (pas de date, la même date ou des dates qui se contredisent). Dites-le, et la page montre ce qui a changé de l’ancienne à la nouvelle.',
    );
    for (const [open, other, button] of [
      [v1, v2, '#order-newer'],
      [v2, v1, '#order-older'],
    ] as const) {
      await drop(page, open);
      await compareWith(page, other);
      // Nothing compared yet: the question, plain to see, and no comparison under it.
      expect(await page.locator('#diff-title').count()).toBe(0);
      expect(shown(await page.locator('#order-ask-title').textContent())).toBe(ask);
      expect(await page.locator('#order-ask button').allTextContents()).toEqual([`${other.split('/').pop()} est la version la plus ancienne`, `${other.split('/').pop()} est la version la plus récente`]);
      expect(shown(await page.locator('#status').textContent())).toBe(shown(`Laquelle est la plus ancienne, ${other.split('/').pop()} ou le script déjà ouvert\u202F? Dites-le ci-dessous.`));
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.click(button);
      await waitDone(page, before);
      const shownDiff = await comparison(page);
      expect(shownDiff.title).toBe('annonce-v1-sans-date.docx (avant) → annonce-v2-sans-date.docx (après)');
      expect(shownDiff.order).toBeNull();
      expect(shownDiff.words[0]).toEqual(['#0070C0_bleu', '19 → 26']);
      expect(await page.locator('#order-ask').count()).toBe(0);
    }
  });

  it('her time in a section is never less than her one line in it (summary\'s share, where that is not below it)', async () => {
    const page = await openPage(fr, server.url);
    const dir = join(root, 'tests/fixtures/shown-sums');
    await drop(page, join(dir, 'three-halves.docx'), join(dir, 'vo-lines.config.json'));
    await page.selectOption('#voice', 'Guest');
    // Guest's three lines, one in each section: 7 words (2.625 s), 4 words (1.5 s), 9 words (3.375 s) at 160 wpm.
    const lines = await page.locator('#lines-list .line-meta').allTextContents();
    expect(lines.map((meta) => shown(meta).split(' · ')[2])).toEqual(['3_s', '2_s', '3_s']);
    const sections = await page.locator('table.sections tbody tr').evaluateAll((rows) => rows.map((row) => (row.querySelectorAll('td')[1]?.textContent ?? '').replaceAll('\u00A0', '_')));
    // Before: 2 s, 1 s, 3 s (her share of each section's rounded time, less than her line in the first two).
    expect(sections).toEqual(['3_s', '2_s', '3_s']);
  });

  it('the progress bar never goes back: full after the last page, the next step said in words', async () => {
    const page = await openPage(fr, server.url);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const bar = document.getElementById('progress') as HTMLProgressElement;
      const status = document.getElementById('status')!;
      const note = () => seen.push(`${bar.hidden ? 'hidden' : bar.hasAttribute('value') ? `${bar.value}/${bar.max}` : 'unknown'}|${status.textContent}`);
      new MutationObserver(note).observe(bar, { attributes: true });
      new MutationObserver(note).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await drop(page, join(root, 'samples/fr-elearning/module-securite.pdf'));
    const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).map(shown);
    const states = seen.map((entry) => entry.split('|')[0]!).filter((state) => state !== 'hidden');
    // Not known only before the first page is counted; then a fraction that never falls.
    const first = states.findIndex((state) => state !== 'unknown');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(states.slice(first)).not.toContain('unknown');
    const fractions = states.slice(first).map((state) => Number(state.split('/')[0]) / Number(state.split('/')[1]));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen).toContain(shown('1/1|Lecture terminée. Qui lit quoi\u202F? Attribution des voix et décompte…'));
  });

  it('the pace out of range is said in the page\'s language, and nothing is read again', async () => {
    for (const [browser, message] of [
      [fr, 'Indiquez un nombre entier de 40 à 400.'],
      [en, 'Give a whole number from 40 to 400.'],
    ] as const) {
      const page = await openPage(browser, server.url);
      await drop(page, join(DIR, 'annonce-v1.docx'));
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.fill('#wpm', '1000');
      await page.click('#apply-pace');
      expect(await page.locator('#wpm').evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe(message);
      await page.fill('#wpm', '39');
      await page.click('#apply-pace');
      expect(await page.locator('#wpm').evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe(message);
      expect(await page.evaluate(() => document.body.dataset.done ?? '0')).toBe(before);
      // Put right: read again at that pace.
      await page.fill('#wpm', '120');
      await page.click('#apply-pace');
      await waitDone(page, before);
      expect(await page.locator('#wpm').evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe('');
      expect(await page.locator('#wpm').inputValue()).toBe('120');
    }
  });

  it('Back returns to the drop screen with the script forgotten, as "Recommencer" does; the page is not left', async () => {
    const page = await openPage(fr, server.url);
    await drop(page, join(DIR, 'annonce-v1.docx'));
    expect(await page.locator('#results').isVisible()).toBe(true);
    await page.goBack();
    await page.locator('#results').waitFor({ state: 'hidden' });
    expect(page.url()).toBe(server.url);
    expect(await page.locator('#drop').getAttribute('class')).toBe('drop');
    expect(await page.locator('#drop-title').isVisible()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('');
    // A script dropped again is read, and "Recommencer" does what Back did.
    await drop(page, join(DIR, 'dialogue-titre.docx'));
    expect(await page.locator('#start-again').textContent()).toBe('Recommencer');
    await page.click('#start-again');
    await page.locator('#results').waitFor({ state: 'hidden' });
    expect(page.url()).toBe(server.url);
    expect(await page.locator('#drop-title').isVisible()).toBe(true);
  });

  it('a French script marked English: read as French, said without a YAML file, with "Le lire en français" / "Le lire en anglais"', async () => {
    const page = await openPage(fr, server.url);
    await drop(page, join(root, 'tests/fixtures/doclang/fr-default-en.docx'));
    const doubt = page.locator('#who .doubts li', { has: page.locator('button.read-as') });
    expect(shown(await doubt.textContent())).toBe(
      shown('Le document indique que son texte est en anglais (en-US), mais ses mots sont en français\u00A0: il est lu en français, et les nombres sont dits en français. Le lire en français Le lire en anglais'),
    );
    // "It is French": read so on purpose, and the doubt is gone.
    let before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('button.read-as[data-lang="fr"]');
    await waitDone(page, before);
    expect(await page.locator('button.read-as').count()).toBe(0);
    expect(shown(await page.locator('#language-chosen').textContent())).toBe('Lu en français, comme demandé. Revenir à la langue du document');
    // Back to what the document says: the doubt again.
    before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('#language-undo');
    await waitDone(page, before);
    expect(await page.locator('button.read-as').count()).toBe(2);
    expect(await page.locator('#language-chosen').count()).toBe(0);
  });

  it('"¶" and "ID" explained above her lines; a title block\'s colour not offered under "Je suis"', async () => {
    const page = await openPage(fr, server.url);
    await drop(page, join(DIR, 'dialogue-titre.docx'));
    expect((await page.locator('#voice option').allTextContents()).map(shown)).toEqual(['Choisissez votre voix…', '#0070C0_bleu', '#C00000_rouge']);
    expect(shown(await page.locator('#heading-groups').textContent())).toBe(shown('Pas proposé sous «\u202FJe suis\u202F»\u00A0: #7030A0\u00A0violet (1\u00A0titre), la couleur des seuls titres du script.'));
    await page.selectOption('#voice', '#0070C0 blue');
    expect(shown(await page.locator('#lines-key').textContent())).toBe(
      shown('Sous chaque réplique\u00A0: ¶12, son paragraphe, compté depuis le début du script (p.\u00A03, sa page dans un PDF)\u202F; ID, la référence propre de la réplique, la même dans le tableur téléchargé et sur les répliques imprimées.'),
    );
    const english = await openPage(en, server.url);
    await drop(english, join(DIR, 'dialogue-titre.docx'));
    expect(shown(await english.locator('#heading-groups').textContent())).toBe('Not offered under “I am”: #7030A0 purple (1_heading), the colour only the script’s headings (its title) are in.');
    await english.selectOption('#voice', '#0070C0 blue');
    expect(shown(await english.locator('#lines-key').textContent())).toBe('Under each line: ¶12, its paragraph, counted from the top of the script (p.3, its page in a PDF); ID, the line’s own reference, the same in the downloaded spreadsheet and on the printed lines.');
  });
});
