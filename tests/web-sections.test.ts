/**
 * Places on the page as the command line gives them: a storyboard's merged cells (rows 2–3, cols 2–3) and
 * its rows' numbers (`· #5`), EN and FR (tests/fixtures/av-merge/merges-en.docx, scripts/build-av-merge-fixtures).
 * The page's sections table as the command line's summary shows the sections: a chapter's screens
 * indented under it (the chapter says it holds them, their words counted in it too), and a target set
 * by the config said so, EN and FR. The script is built here (tests/helpers/docx-builder): Heading 1
 * chapters holding Heading 2 screens, the narrator's lines in dark grey; its config gives one screen a
 * target.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { describeBrowser, drop, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { buildDocx, DEFAULT_STYLES, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const GREY = '<w:color w:val="404040"/>';
const HEADINGS =
  DEFAULT_STYLES +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
const heading = (text: string, level: 1 | 2) => `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${r(text)}</w:p>`;
const say = (text: string) => `<w:p>${r(text, GREY)}</w:p>`;


describeBrowser('the sections table: nested sections and targets from the config, as the summary shows them', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'vo-lines-web-sections-'));

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  it('screens indented under their chapter, the chapter holding them, a config target said (EN, FR)', async () => {
    const body =
      heading('Chapitre 1 — Accueil', 1) +
      heading('Écran 1.1', 2) +
      say('Bienvenue dans ce module de formation.') +
      heading('Écran 1.2', 2) +
      say('Vous allez découvrir les règles de sécurité du site.') +
      heading('Chapitre 2 — Conclusion', 1) +
      say('Merci de votre attention, à bientôt.');
    writeFileSync(join(folder, 'module.docx'), buildDocx({ body, styles: HEADINGS }));
    writeFileSync(join(folder, 'vo-lines.config.yaml'), 'voices:\n  Narrateur: { color: "#404040" }\nunassigned: ["#000000"]\nsections:\n  "Écran 1.2": { maxSeconds: 3 }\n');
    // The command line: the chapter holds its two screens (indented), the screen's target from the config.
    const summary = runCli(['summary', 'module.docx'], folder);
    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.stdout.split('\n').filter((line) => /^ {2,}\S.* · ¶\d/.test(line))).toEqual([
      '  Chapitre 1 — Accueil · ¶1 · 6 s, no target',
      '    Écran 1.1 · ¶2 · 2.4 s, no target',
      '    Écran 1.2 · ¶4 · ✗ 3.6 s of 3 s (0.6 s over) (target from the config)',
      '  Chapitre 2 — Conclusion · ¶6 · 2.4 s, no target',
    ]);
    const rows = async (browser: Browser) => {
      const page = await browser.page();
      await page.goto(server.url);
      await drop(page, join(folder, 'module.docx'), join(folder, 'vo-lines.config.yaml'));
      return page.locator('table.sections tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const th = tr.querySelector('th')!;
          return [th.getAttribute('data-depth') ?? '0', (th.textContent ?? '').trim(), (tr.querySelector('td:last-child')?.textContent ?? '').trim()];
        }),
      );
    };
    expect(await rows(en)).toEqual([
      ['0', 'Chapitre 1 — Accueil ¶1 · holds the 2\u00A0sections below: counted in it too', 'No length given'],
      ['1', 'Écran 1.1 ¶2', 'No length given'],
      ['1', 'Écran 1.2 ¶4', '✗ 4\u00A0s of 3\u00A0s (1\u00A0s over) (target from the config)'],
      ['0', 'Chapitre 2 — Conclusion ¶6', 'No length given'],
    ]);
    // "Print my lines": her lines under the headings above them, each heading once, as `vo-lines sides` prints them.
    const page = await en.page();
    await page.goto(server.url);
    await drop(page, join(folder, 'module.docx'), join(folder, 'vo-lines.config.yaml'));
    const booth = await page.locator('#booth .booth-heading, #booth .booth-line .line-text').evaluateAll((nodes) => nodes.map((n) => `${n.tagName === 'H3' ? '# ' : ''}${n.textContent ?? ''}`));
    expect(booth).toEqual([
      '# Chapitre 1 — Accueil',
      '# Écran 1.1',
      'Bienvenue dans ce module de formation.',
      '# Écran 1.2',
      'Vous allez découvrir les règles de sécurité du site.',
      '# Chapitre 2 — Conclusion',
      'Merci de votre attention, à bientôt.',
    ]);
    expect(await rows(fr)).toEqual([
      ['0', 'Chapitre 1 — Accueil ¶1 · contient les 2\u00A0sections suivantes\u00A0: comptées aussi dans celle-ci', 'Pas de durée donnée'],
      ['1', 'Écran 1.1 ¶2', 'Pas de durée donnée'],
      ['1', 'Écran 1.2 ¶4', '✗ 4\u00A0s sur 3\u00A0s (1\u00A0s de trop) (durée donnée par la config)'],
      ['0', 'Chapitre 2 — Conclusion ¶6', 'Pas de durée donnée'],
    ]);
  });

  it('her lines\' places in a storyboard: merged rows and columns, and the rows\' numbers, as `lines` gives them (EN, FR)', async () => {
    const file = fileURLToPath(new URL('fixtures/av-merge/merges-en.docx', import.meta.url));
    const lines = runCli(['lines', file, '--voice', 'Expert']);
    expect(lines.stdout).toContain('¶15 (table 1, row 4 · #3, cols 2–3)');
    const places = async (browser: Browser) => {
      const page = await browser.page();
      await page.goto(server.url);
      await drop(page, file);
      await page.selectOption('#voice', 'Expert');
      const metas = await page.locator('.line-meta').evaluateAll((all) => all.map((m) => (m.textContent ?? '').split(' · ID')[0]!.split(' · ').slice(0, -2).join(' · ')));
      // (The print's booth script numbers its lines `#1`, `#2`: not places.)
      return metas.filter((m) => m.startsWith('¶'));
    };
    expect(await places(en)).toEqual(['¶15 (table\u00A01, row\u00A04 · #3, cols\u00A02–3)', '¶19 (table\u00A01, row\u00A05 · #4, cols\u00A03–4)']);
    expect(await places(fr)).toEqual(['¶15 (tableau\u00A01, ligne\u00A04 · #3, col.\u00A02–3)', '¶19 (tableau\u00A01, ligne\u00A05 · #4, col.\u00A03–4)']);
  });
});
