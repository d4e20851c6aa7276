/**
 * The page's compare panel lists her changed lines as `diff` does (render/diff-text.ts): in the new
 * version's reading order, a removed line where it stood (not all changed lines, then the added, then
 * the removed), and a sentence moved to or from another line said so on both lines, in the page's
 * language. Fixtures: tests/fixtures/diff-order (tour-v1 → tour-v2), tests/fixtures/diff-moves
 * (scripts/build-diff-fixtures.py), diff3/moved and diff-probe, each read with its config, as the command line reads them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { cli, describeBrowser, drop, openPage, pageSuite, type Browser, type Server } from './helpers/browser.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ORDER = join(root, 'tests/fixtures/diff-order');
const MOVES = join(root, 'tests/fixtures/diff-moves');
const WORDS_MOVED = join(root, 'tests/fixtures/diff3/moved');
const PROBE = join(root, 'tests/fixtures/diff-probe');
const MOVED_EDITED = join(root, 'tests/fixtures/diff5');

/**
 * Her rows in the panel: [tag, where and what, the line with its removed words as [-…-] and its
 * added ones as {+…+}], after reading `script` with its folder's config, choosing `voice` and
 * comparing with the earlier version `older`.
 */
async function panelRows(browser: Browser, server: Server, folder: string, script: string, older: string, voice: string): Promise<string[][]> {
  const page = await openPage(browser, server.url);
  await drop(page, join(folder, script), join(folder, 'vo-lines.config.yaml'));
  await page.selectOption('#voice', voice);
  await page.check('#other-older');
  await page.locator('#compare-file').setInputFiles(join(folder, older));
  await page.locator('#diff-title').waitFor({ timeout: 60_000 });
  return page.locator('.diff-lines li').evaluateAll((items) =>
    items.map((li) => {
      const text = li.querySelector('.line-text')!;
      const marked = [...text.childNodes].map((node) => (node.nodeName === 'DEL' ? `[-${node.textContent}-]` : node.nodeName === 'INS' ? `{+${node.textContent}+}` : node.textContent)).join('');
      return [li.querySelector('.tag')!.textContent ?? '', li.querySelector('.line-meta')!.textContent ?? '', marked];
    }),
  );
}

/** `diff`'s rows for the voice, as the command line prints them: [mark, place, text]. */
function cliRows(folder: string, older: string, newer: string, voice: string): string[][] {
  const result = spawnSync(process.execPath, [cli, 'diff', older, newer, '--voice', voice], { cwd: folder, encoding: 'utf8', env: plainEnv() });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .split('\n')
    .filter((line) => /^ {2}[-+~⇄↕] /.test(line))
    .map((line) => /^ {2}(\S) (\S+) {2}(.*)$/.exec(line)!.slice(1));
}

describeBrowser('the compare panel, as `diff` lists the changes', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  it('compare: her lines in the new version\'s reading order, the removed line where it stood, as the command line has them', async () => {
    // The command line's order, for the same files: changed ¶3, removed (OLD's ¶5, before NEW's ¶8 that follows it), added ¶8, changed ¶9.
    expect(cliRows(ORDER, 'tour-v1.docx', 'tour-v2.docx', 'Narrator')).toEqual([
      ['~', '¶3', 'The first hall holds the presses that [-shape-]{+bend+} the steel panels.'],
      ['-', '¶5', 'Hearing protection is required beyond the yellow line.'],
      ['+', '¶8', 'Visitors may take photographs in the paint shop only.'],
      ['~', '¶9', 'At the end of the line, each frame is painted and [-dried-]{+baked+}.'],
    ]);
    expect(await panelRows(en, server, ORDER, 'tour-v2.docx', 'tour-v1.docx', 'Narrator')).toEqual([
      ['Changed', '¶3', 'The first hall holds the presses that [-shape-]{+bend+} the steel panels.'],
      ['Removed', '¶5', '[-Hearing protection is required beyond the yellow line.-]'],
      ['Added', '¶8', '{+Visitors may take photographs in the paint shop only.+}'],
      ['Changed', '¶9', 'At the end of the line, each frame is painted and [-dried-]{+baked+}.'],
    ]);
  });

  it('compare: a sentence moved to another line of hers, or of another voice, is said moved on both lines (EN, FR)', async () => {
    expect(cliRows(MOVES, 'v1.docx', 'v2-line-moved-in.docx', 'Narrateur').map((row) => row.slice(0, 2))).toEqual([
      ['~', '¶3'],
      ['-', '¶6'],
    ]);
    const within = (lang: 'en' | 'fr') => panelRows(lang === 'en' ? en : fr, server, MOVES, 'v2-line-moved-in.docx', 'v1.docx', 'Narrateur');
    const added = '{+Les chariots ont toujours la priorité sur les piétons.+}';
    expect(await within('en')).toEqual([
      ['Changed', '¶3 · sentence moved from ¶6', `Les équipements de protection sont obligatoires dans toutes les zones. ${added}`],
      ['Removed', '¶6 · sentence moved to ¶3', '[-Les chariots ont toujours la priorité sur les piétons.-]'],
    ]);
    expect(await within('fr')).toEqual([
      ['Modifiée', '¶3 · phrase venue de ¶6', `Les équipements de protection sont obligatoires dans toutes les zones. ${added}`],
      ['Retirée', '¶6 · phrase déplacée vers ¶3', '[-Les chariots ont toujours la priorité sur les piétons.-]'],
    ]);
    const sentence = 'Le travail commence à six heures du matin.';
    const other = (browser: Browser, voice: string) => panelRows(browser, server, MOVES, 'v2-other-voice.docx', 'v1.docx', voice);
    expect(await other(en, 'Narrateur')).toEqual([['Changed', '¶1 · sentence moved to Formatrice, ¶5', `Chaque jour, plus de mille collaborateurs préparent des colis. [-${sentence}-]`]]);
    expect(await other(fr, 'Formatrice')).toEqual([['Modifiée', '¶5 · phrase venue de Narrateur, ¶1', `Oui, chaque collaborateur doit le suivre avant le 30 juin. {+${sentence}+}`]]);
  });

  it('compare: a line moved and edited after approval, its changed word and both places, as `diff` says it (EN, FR)', async () => {
    // "channel two" → "channel three", moved from ¶8 to ¶7 (tests/diff5.test.ts). Before, the page said only "Changed · ¶7".
    expect(cliRows(MOVED_EDITED, 'v1.docx', 'v2-move-edit.docx', 'Coach').map((row) => row.slice(0, 2))).toEqual([['~', '¶7']]);
    const channel = 'Mark the area, then call the supervisor on channel [-two-]{+three+}.';
    expect(await panelRows(en, server, MOVED_EDITED, 'v2-move-edit.docx', 'v1.docx', 'Coach')).toEqual([['Changed', '¶7 · moved from ¶8', channel]]);
    expect(await panelRows(fr, server, MOVED_EDITED, 'v2-move-edit.docx', 'v1.docx', 'Coach')).toEqual([['Modifiée', '¶7 · déplacée depuis ¶8', channel]]);
    // Given to another voice on the way: said on both voices' rows.
    expect(await panelRows(en, server, MOVED_EDITED, 'v2-recolour.docx', 'v1.docx', 'Narrator')).toEqual([['Taken from another voice', '¶7 · Coach · edited too · moved from ¶8', channel]]);
    expect(await panelRows(en, server, MOVED_EDITED, 'v2-recolour.docx', 'v1.docx', 'Coach')).toEqual([['Given to another voice', '¶8 · Narrator · edited too · moved to ¶7', '[-Mark the area, then call the supervisor on channel two.-]']]);
  });

  it('compare: words found among another line of the voice nearby (wordsMoved), and a sentence moved onto an added line, said on both lines as the command line has them (EN, FR)', async () => {
    // A line moved up with one word edited, its second sentence deleted: not the line moved and edited (half its words gone), its words found nearby.
    expect(cliRows(PROBE, 'v1-long.docx', 'v2-move-edit.docx', 'Narrator').map((row) => [row[0], row[1], /\(([^()]*)\)$/.exec(row[2]!)![1]])).toEqual([
      ['+', '¶4', '9 words moved from ¶6'],
      ['-', '¶6', '9 words moved to ¶4'],
    ]);
    const forklifts = 'Forklifts have priority in the yellow';
    expect(await panelRows(en, server, PROBE, 'v2-move-edit.docx', 'v1-long.docx', 'Narrator')).toEqual([
      ['Added', '¶4 · 9\u00A0words moved from ¶6', `{+${forklifts} lanes at all times.+}`],
      ['Removed', '¶6 · 9\u00A0words moved to ¶4', `[-${forklifts} aisles at all times. Pedestrians must always use the green walkways along the racks.-]`],
    ]);
    expect(await panelRows(fr, server, PROBE, 'v2-move-edit.docx', 'v1-long.docx', 'Narrator')).toEqual([
      ['Ajoutée', '¶4 · 9\u00A0mots venus de ¶6', `{+${forklifts} lanes at all times.+}`],
      ['Retirée', '¶6 · 9\u00A0mots déplacés vers ¶4', `[-${forklifts} aisles at all times. Pedestrians must always use the green walkways along the racks.-]`],
    ]);
    // The Coach line moved up, one word edited and given to the Narrator: one line taken from another voice (tests/diff5.test.ts).
    expect(cliRows(WORDS_MOVED, 'v1.docx', 'v2.docx', 'Narrator').filter((row) => row[0] !== '~').map((row) => [row[0], row[1], /\(([^()]*)\)$/.exec(row[2]!)![1]])).toEqual([
      ['⇄', '¶2', 'from Coach, edited, moved from ¶5'],
      ['+', '¶6', 'sentence moved from ¶2'],
      ['+', '¶7', 'sentence moved from Coach, ¶3'],
    ]);
    const rows = (browser: Browser, voice: string) => panelRows(browser, server, WORDS_MOVED, 'v2.docx', 'v1.docx', voice);
    const gloves = 'Gloves protect your hands from cuts and splinters every';
    const pedestrians = 'Pedestrians must always use the green walkways along the racks.';
    expect(await rows(en, 'Narrator')).toEqual([
      ['Taken from another voice', '¶2 · Coach · edited too · moved from ¶5', `${gloves} [-single-] day.`],
      ['Changed', '¶3 · sentence moved to ¶6', `Forklifts have priority in the yellow aisles at all times. [-${pedestrians}-]`],
      ['Added', '¶6 · sentence moved from ¶2', `{+${pedestrians}+}`],
      ['Added', '¶7 · sentence moved from Coach, ¶3', '{+What about the helmet in the yard?+}'],
    ]);
    expect(await rows(fr, 'Coach')).toEqual([
      ['Donnée à une autre voix', '¶5 · Narrator · modifiée aussi · déplacée vers ¶2', `[-${gloves} single day.-]`],
      ['Modifiée', '¶4 · phrase déplacée vers Narrator, ¶7', 'Do I really need to wear gloves all day long? [-What about the helmet in the yard?-]'],
    ]);
  });
});
