/**
 * The narrator's page end to end, in a real browser (Debian's Chromium through playwright-core):
 * `vo-lines web` prints a loopback URL and serves only the page; scripts dropped into it — the
 * samples and the legend fixtures, DOCX and PDF, with no config — show exactly the voices, words and
 * times the command line gives; "I am" lists exactly the voice's lines; the downloads are the
 * command line's files byte for byte; damaged files get the CLI's one-line error on the English page,
 * a French sentence with the CLI's line as the detail on the French one, and never command-line advice;
 * every request stays on the page's own origin; keyboard only; English and French; 320 px; print.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, describeBrowser, drop, openBrowser, openPage, pageSuite, startServer, waitDone, type Browser, type Server } from './helpers/browser.js';
import { buildDocx, minimalPackageEntries, r, rawZip, storedEntry, W_NS } from './helpers/docx-builder.js';
import { plainEnv } from './helpers/env.js';
import type { Section } from '../src/measure/sections.js';
import { shownSectionTimes, shownTimes } from '../src/render/shown-times.js';
import { describeShared } from './helpers/shared.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const LEGENDS = join(root, 'tests/fixtures/legends');

interface CliVoice {
  name: string;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  share: number;
  lines: { id: string; text: string }[];
}
interface CliReport {
  mode: string;
  recorded?: { words: number; spokenWords: number; seconds: number } | null;
  voices: CliVoice[];
  unassigned: CliVoice;
  total: { words: number; lineCount: number; spokenWords: number; seconds: number };
  warnings: { code: string }[];
}

/** The CLI run the way a narrator would for the same file: from its folder, by its name. */
function runCli(file: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dirname(file), encoding: 'utf8', env: plainEnv(env), maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cliReport(file: string, extra: string[] = ['--no-config']): CliReport {
  const { code, stdout, stderr } = runCli(file, ['summary', basename(file), '--json', ...extra]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as CliReport;
}

const clock = (seconds: number) => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * A time as the page writes every time (web/i18n.ts `duration`), from the CLI's seconds: "28 s",
 * "2 min 40 s" under ten minutes, then whole minutes, "1 h 05 min"; no-break spaces throughout.
 */
const pageTime = (seconds: number, lang: 'en' | 'fr' = 'en') => {
  const s = Math.round(seconds);
  if (s === 0 && seconds > 0) return lang === 'fr' ? 'moins d’une seconde' : 'less than a second';
  if (s < 60) return `${s}\u00A0s`;
  if (s < 600) return s % 60 ? `${Math.floor(s / 60)}\u00A0min\u00A0${String(s % 60).padStart(2, '0')}\u00A0s` : `${s / 60}\u00A0min`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes}\u00A0min` : `${Math.floor(minutes / 60)}\u00A0h\u00A0${String(minutes % 60).padStart(2, '0')}\u00A0min`;
};

/**
 * Drags files onto an element of the page the way a file manager does: a DataTransfer holding the
 * files, dragover then drop on the target (Playwright cannot drag from outside the browser).
 */
async function dragAndDrop(page: Page, target: string, ...files: string[]): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.done ?? '0');
  const payload = files.map((file) => ({ name: basename(file), data: readFileSync(file).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0))], file.name));
    return transfer;
  }, payload);
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await page.dispatchEvent(target, 'drop', { dataTransfer });
  await waitDone(page, before);
}

/** The voices table as shown: [name, lines, words, spoken, share, time] per row. */
async function table(page: Page): Promise<string[][]> {
  return page.locator('table.voices tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim());
      return [cells[0]!, ...cells.slice(2)];
    }),
  );
}

/** A time as the page shows one the CLI's tables show (shown-times.ts: whole seconds that add up): "less than a second" for a 0 of a time that is not nothing. */
const shownTime = (shown: number, seconds: number, lang: 'en' | 'fr' = 'en') => (shown === 0 && seconds > 0 ? (lang === 'fr' ? 'moins d’une seconde' : 'less than a second') : pageTime(shown, lang));

/** A voice's time as the CLI's summary shows it (its share of what is recorded, to the second). */
const voiceTime = (report: CliReport, name: string, lang: 'en' | 'fr' = 'en') => {
  const voice = report.voices.find((v) => v.name === name)!;
  return shownTime(shownTimes(report as unknown as Parameters<typeof shownTimes>[0]).byName.get(name)!, voice.seconds, lang);
};

function expectedTable(report: CliReport, locale: string, labels: { unassigned: string; total: string }): string[][] {
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  const pct = (x: number) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const lang = locale.startsWith('fr') ? 'fr' : 'en';
  // Times as the CLI's summary shows them: to the second, adding up (the voices to what is recorded, with the unassigned text to the whole).
  const shown = shownTimes(report as unknown as Parameters<typeof shownTimes>[0]);
  // The share from the words, as the CLI's table shows it (the JSON's share is rounded to 4 digits).
  const row = (name: string, v: { lineCount: number; words: number; spokenWords: number; seconds: number }, seconds: number) => [name, n(v.lineCount), n(v.words), n(v.spokenWords), pct(report.total.words ? v.words / report.total.words : 0), shownTime(seconds, v.seconds, lang)];
  return [...report.voices.map((v, i) => row(v.name, v, shown.voices[i]!)), row(labels.unassigned, report.unassigned, shown.unassigned), row(labels.total, report.total, shown.total)];
}

const EN = { unassigned: 'Not read (no voice)', total: 'Whole script' };
const FR = { unassigned: 'Non lu (sans voix)', total: 'Script entier' };

describe('vo-lines web (the server)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  it('prints a loopback URL first, serves the page with its Content-Security-Policy, receives nothing', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    const html = await page.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${server.url}../package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}pdfjs/cmaps/UniJIS-UCS2-H.bcmap`)).status).toBe(200);
    // A page on another site that rebinds a name to 127.0.0.1 is turned away.
    const rebound = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', 'Host: attacker.example:80', server.url], { encoding: 'utf8' });
    if (rebound.status === 0) expect(rebound.stdout).toBe('421');
  });

  it.skipIf(process.platform !== 'linux')('opens the default browser on its URL (xdg-open on Linux) unless --no-open', async () => {
    // A stand-in for xdg-open (Linux) on the PATH that notes what it was asked to open.
    const bin = mkdtempSync(join(tmpdir(), 'vo-lines-open-'));
    const noted = join(bin, 'opened.txt');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" > "${noted}"\n`, { mode: 0o755 });
    const child = spawn(process.execPath, [cli, 'web', '--port', '0'], { env: plainEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` }), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
        });
      });
      for (let i = 0; i < 100 && !existsSync(noted); i++) await new Promise((r) => setTimeout(r, 50));
      expect(readFileSync(noted, 'utf8').trim()).toBe(url);
    } finally {
      child.kill('SIGTERM');
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('started twice on one port: the second says the page is already there (and opens it); a port taken by something else is an error', async () => {
    const port = new URL(server.url).port;
    const again = spawnSync(process.execPath, [cli, 'web', '--no-open', '--port', port], { encoding: 'utf8', env: plainEnv(), timeout: 20_000 });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe(server.url);
    expect(again.stdout).toContain('already served');
    const other = createServer((_request, response) => response.end('not vo-lines'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const taken = String((other.address() as { port: number }).port);
      const refused = spawnSync(process.execPath, [cli, 'web', '--no-open', '--port', taken], { encoding: 'utf8', env: plainEnv(), timeout: 20_000 });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toBe(`vo-lines: port ${taken} is already in use: pass another with --port, or --port 0 for any free port.\n`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('refuses a host that is not the loopback, and a bad port, with one line and exit code 2', () => {
    for (const args of [['--host', '0.0.0.0'], ['--host', '192.168.1.2'], ['--port', 'http']]) {
      const result = spawnSync(process.execPath, [cli, 'web', '--no-open', ...args], { encoding: 'utf8', env: plainEnv(), timeout: 20_000 });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^vo-lines: --(host|port) /);
    }
  });
});

describe('the npm package', () => {
  it('ships the built page, so that `npm install -g` gives `vo-lines web`', () => {
    const npm = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', env: plainEnv() });
    expect(npm.status, npm.stderr).toBe(0);
    const files = new Set((JSON.parse(npm.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    // Everything the page loads: its HTML, script, style, worker, pdf.js's CMaps and fonts.
    const page = readdirSync(join(root, 'dist/web'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length).split('\\').join('/').replace(/^\//, ''));
    expect(page).toEqual(expect.arrayContaining(['dist/web/index.html', 'dist/web/app.js', 'dist/web/worker.js', 'dist/web/style.css', 'dist/web/pdfjs/cmaps/UniJIS-UCS2-H.bcmap']));
    expect(page.filter((path) => !files.has(path))).toEqual([]);
    expect(files.has('dist/cli/web.js')).toBe(true);
    // The sources of the page stay in the repository.
    expect([...files].filter((path) => path.startsWith('web/'))).toEqual([]);
  });
});

describeBrowser('the page in Chromium', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;
  let work: string;

  // Nothing the page asked for went anywhere but its own origin, and nothing broke in it (pageSuite).
  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'vo-lines-web-'));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const fresh = (browser: Browser): Promise<Page> => openPage(browser, server.url);

  const scripts = readdirSync(LEGENDS)
    .filter((name) => /\.(docx|pdf)$/.test(name))
    .sort();

  it.each(scripts)('legend fixture %s, no config: each voice with its exact words, lines and time', async (name) => {
    const file = join(LEGENDS, name);
    const report = cliReport(file);
    const page = await fresh(en);
    await drop(page, file);
    expect(await page.locator('#error').isHidden()).toBe(true);
    // Every doubt the CLI has is shown, in the first section, before any count.
    expect(await page.locator('#who .doubts li').count()).toBe(report.warnings.length);
    if (report.mode === 'legend') {
      // The voices come from the legend (shown first, with its text), no config anywhere.
      await expect(page.locator('#who').textContent()).resolves.toMatch(/Voices from the legend at (p\.\d+ )?¶\d+( \(table\u00A0\d+, row\u00A0\d+, col\u00A0\d+\))?:/);
      expect(await table(page)).toEqual(expectedTable(report, 'en-GB', EN));
    } else {
      // A legend that cannot be trusted is said so, and the colours are shown to be named.
      expect(report.warnings.some((w) => w.code === 'legend-rejected')).toBe(true);
      await expect(page.locator('#who .doubts').textContent()).resolves.toMatch(/The legend at .* was not used/);
      expect(await page.locator('#naming input[type=text]').count()).toBe(report.voices.length);
      expect((await table(page)).map((row) => row.slice(1))).toEqual(expectedTable(report, 'en-GB', EN).map((row) => row.slice(1)));
    }
  });

  it('dragged and dropped: a DOCX on the drop zone, then a PDF anywhere on the page, then another version on "Compare"', async () => {
    const docx = join(LEGENDS, 'en-documentary-voice-key-text-colours.docx');
    const pdf = join(LEGENDS, 'en-elearning-key-in-words.pdf');
    const page = await fresh(en);
    await dragAndDrop(page, '#drop', docx);
    expect(await table(page)).toEqual(expectedTable(cliReport(docx), 'en-GB', EN));
    await expect(page.locator('#results-title').textContent()).resolves.toBe('en-documentary-voice-key-text-colours.docx · Word');
    // With results shown the zone is small: a script dropped on the results is read all the same.
    await dragAndDrop(page, '#voices', pdf);
    expect(await table(page)).toEqual(expectedTable(cliReport(pdf), 'en-GB', EN));
    await expect(page.locator('#results-title').textContent()).resolves.toBe('en-elearning-key-in-words.pdf · PDF');
    // Dropped on "Compare with another version", a file is the other version, not a new script.
    const older = join(LEGENDS, 'en-elearning-key-in-words.docx');
    await page.check('#other-older');
    await dragAndDrop(page, '.compare-drop', older);
    await expect(page.locator('#diff-title').textContent()).resolves.toBe('en-elearning-key-in-words.docx (before) → en-elearning-key-in-words.pdf (after)');
    await expect(page.locator('#results-title').textContent()).resolves.toBe('en-elearning-key-in-words.pdf · PDF');
  });

  it('the samples, DOCX and PDF, with their config dropped beside them or without: the CLI\'s numbers', async () => {
    for (const sample of ['samples/fr-elearning/module-securite', 'samples/en-commercial/spring-sale']) {
      const config = readdirSync(join(root, dirname(sample))).find((f) => f.startsWith('vo-lines.config.'))!;
      for (const extension of ['.docx', '.pdf']) {
        const file = join(root, `${sample}${extension}`);
        const page = await fresh(en);
        await drop(page, file);
        expect(await table(page), file).toEqual(expectedTable(cliReport(file), 'en-GB', EN));
        await drop(page, file, join(root, dirname(sample), config));
        await expect(page.locator('#who').textContent()).resolves.toContain(`Voices from ${config}`);
        const withConfig = expectedTable(cliReport(file, ['--config', config]), 'en-GB', EN);
        expect(await table(page), `${file} with ${config}`).toEqual(withConfig);
        // The config dropped on its own, after its script: the script is read again with it.
        const again = await fresh(en);
        await drop(again, file);
        await drop(again, join(root, dirname(sample), config));
        await expect(again.locator('#who').textContent()).resolves.toContain(`Voices from ${config}`);
        expect(await table(again), `${file}, then ${config}`).toEqual(withConfig);
      }
    }
  });

  it('"I am" gives her total first, then exactly her lines, in order, with a working search', async () => {
    const file = join(root, 'samples/fr-elearning/module-securite.docx');
    const whole = cliReport(file, ['--config', 'vo-lines.config.yaml']);
    const report = JSON.parse(runCli(file, ['lines', basename(file), '--json', '--config', 'vo-lines.config.yaml', '--voice', 'Narrateur']).stdout) as CliReport;
    const page = await fresh(en);
    await drop(page, file, join(root, 'samples/fr-elearning/vo-lines.config.yaml'));
    await page.selectOption('#voice', 'Narrateur');
    const voice = report.voices.find((v) => v.name === 'Narrateur')!;
    // Her time from the CLI's seconds, the page's way (2:40 → "2 min 40 s": under ten minutes the seconds matter).
    await expect(page.locator('#my-total').textContent()).resolves.toContain(`Your lines: ${voice.words}\u00A0words, about ${voiceTime(whole, 'Narrateur')}; the whole script: ${whole.total.words}\u00A0words.`);
    const shown = await page.locator('#lines-list li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-id'), li.querySelector('.line-text')?.textContent]));
    expect(shown).toEqual(voice.lines.map((l) => [l.id, l.text]));
    await page.fill('#search', 'accident');
    const found = await page.locator('#lines-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    expect(found).toEqual(voice.lines.filter((l) => l.text.toLowerCase().includes('accident')).map((l) => l.id));
    expect(found.length).toBeGreaterThan(0);
    // Typed as a keyboard types it: a straight apostrophe finds Word's curly one, no accents find accented words.
    const ids = async () => page.locator('#lines-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    const having = (...parts: string[]) => voice.lines.filter((l) => parts.every((part) => l.text.includes(part))).map((l) => l.id);
    await page.fill('#search', "module d'e-learning");
    expect(await ids()).toEqual(having('module d\u2019e-learning'));
    expect((await ids()).length).toBe(1);
    await page.fill('#search', 'REGLES ESSENTIELLES DE SECURITE');
    expect(await ids()).toEqual(having('règles essentielles de sécurité'));
    expect((await ids()).length).toBe(1);
    // The first thing after the file's name (with "Start again" beside it): who reads what and the doubts, then her total.
    const order = await page.locator('#results > *').evaluateAll((sections) => sections.map((s) => s.id));
    expect(order.slice(0, 4)).toEqual(['results-head', 'who', 'mine', 'voices']);
    expect(await page.locator('#results-head > *').evaluateAll((parts) => parts.map((p) => p.id))).toEqual(['results-title', 'start-again']);
  });

  it('sections and spots: the time of each against its length, and hers, as the CLI counts them (DOCX and PDF)', async () => {
    for (const extension of ['.docx', '.pdf']) {
      const file = join(root, `samples/en-commercial/spring-sale${extension}`);
      const report = cliReport(file) as CliReport & { sections: Section[] };
      expect(report.sections.length).toBeGreaterThan(1);
      const page = await fresh(en);
      await drop(page, file);
      await page.selectOption('#voice', 'Announcer');
      const rows = await page.locator('table.sections tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
      // Each time the page's way, whole seconds; over by the difference of the two times shown.
      const s = (x: number) => pageTime(x);
      const over = (x: number, target: number) => (Math.round(x) === Math.round(target) || x - target < 0.5 ? 'less than a second' : pageTime(Math.round(x) - Math.round(target)));
      expect(rows).toEqual(
        report.sections.map((section) => {
          const index = section.voices.findIndex((v) => v.name === 'Announcer');
          const hers = section.voices[index];
          // Her time as the CLI's section table shows it (the voices' times add up to the section's).
          const hersShown = hers ? shownTime(shownSectionTimes(section)[index]!, hers.seconds) : s(0);
          const target =
            section.targetSeconds === null
              ? 'No length given'
              : section.seconds <= section.targetSeconds
                ? `✓ ${s(section.seconds)} of ${s(section.targetSeconds)}`
                : `✗ ${s(section.seconds)} of ${s(section.targetSeconds)} (${over(section.seconds, section.targetSeconds)} over)`;
          return [expect.stringMatching(new RegExp(`^${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `)), String(hers?.words ?? 0), hersShown, s(section.seconds), target];
        }),
      );
      // The spot that runs over says so.
      expect(rows.some((row) => row[4]!.startsWith('✗'))).toBe(true);
    }
  });

  it('the pace: a preset or words a minute, for every voice, gives the CLI\'s times with --pace or --wpm', async () => {
    const file = join(LEGENDS, 'fr-spot-voices-paragraphs-lo.pdf');
    const page = await fresh(fr);
    await drop(page, file);
    // The presets are the library's own, named in the page's language.
    const options = await page.locator('#pace-preset option').allTextContents();
    expect(options.slice(1)).toEqual(['e-learning (150)', 'publicité (160)', 'livre audio (155)', 'documentaire (120)', 'vidéo explicative (130)']);
    let before = await page.evaluate(() => document.body.dataset.done);
    await page.selectOption('#pace-preset', { label: 'documentaire (120)' });
    await page.click('#apply-pace');
    await page.waitForFunction((seen) => document.body.dataset.done !== seen, before);
    expect(await table(page)).toEqual(expectedTable(cliReport(file, ['--no-config', '--pace', 'documentary']), 'fr-FR', FR));
    before = await page.evaluate(() => document.body.dataset.done);
    await page.fill('#wpm', '97');
    await page.click('#apply-pace');
    await page.waitForFunction((seen) => document.body.dataset.done !== seen, before);
    expect(await table(page)).toEqual(expectedTable(cliReport(file, ['--no-config', '--wpm', '97']), 'fr-FR', FR));
  });

  it('downloads are the command line\'s files, byte for byte (DOCX and PDF)', async () => {
    for (const name of ['en-podcast-cast-highlights.docx', 'fr-magasin-dash-words.pdf']) {
      const source = join(LEGENDS, name);
      const file = join(work, name);
      copyFileSync(source, file);
      const page = await fresh(en);
      await drop(page, file);
      const report = cliReport(file);
      const voice = report.voices[0]!.name;
      await page.selectOption('#voice', voice);
      const take = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
        return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
      };
      const day = new Date().toISOString().slice(0, 10);
      const epoch = String(Date.parse(`${day}T12:00:00Z`) / 1000);
      const stem = name.replace(/\.(docx|pdf)$/, '');
      const out = mkdtempSync(join(work, 'cli-'));
      const cliFile = (args: string[]) => {
        const result = runCli(file, [...args, '--no-config', '--force'], { SOURCE_DATE_EPOCH: epoch });
        expect(result.code, result.stderr).toBe(0);
      };
      // XLSX: `vo-lines export NAME -o NAME.xlsx` (the date: today in UTC, as both take it).
      const xlsx = await take('#download-xlsx');
      cliFile(['export', name, '-o', join(out, `${stem}.xlsx`)]);
      expect(xlsx.name).toBe(`${stem}.xlsx`);
      expect(xlsx.bytes.equals(readFileSync(join(out, `${stem}.xlsx`))), 'XLSX bytes').toBe(true);
      // CSV of all voices: `export --combined`; of her voice: `export --voice`; with the byte order mark Excel needs
      // to read the accents (`--bom`).
      const all = await take('#download-csv-all');
      cliFile(['export', name, '-o', join(out, 'all.csv'), '--combined', '--bom']);
      expect(all.bytes.toString('utf8')).toBe(readFileSync(join(out, 'all.csv'), 'utf8'));
      expect(all.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const mine = await take('#download-csv-voice');
      cliFile(['export', name, '-o', join(out, 'mine.csv'), '--voice', voice, '--bom']);
      const written = readdirSync(out).find((f) => f.startsWith('mine-'))!;
      expect(mine.name).toBe(`${stem}-${written.slice('mine-'.length)}`);
      expect(mine.bytes.toString('utf8')).toBe(readFileSync(join(out, written), 'utf8'));
      // JSON: `summary --json`.
      const json = await take('#download-json');
      expect(json.bytes.toString('utf8')).toBe(runCli(file, ['summary', name, '--json', '--no-config']).stdout);
      // The config: what `vo-lines init` writes beside the script.
      const config = await take('#download-config');
      const folder = mkdtempSync(join(work, 'init-'));
      copyFileSync(file, join(folder, name));
      const init = spawnSync(process.execPath, [cli, 'init', name], { cwd: folder, encoding: 'utf8', env: plainEnv() });
      expect(init.status, init.stderr).toBe(0);
      expect(config.name).toBe('vo-lines.config.yaml');
      expect(config.bytes.toString('utf8')).toBe(readFileSync(join(folder, 'vo-lines.config.yaml'), 'utf8'));
    }
  });

  it("the French page's CSV is French Excel's: `export --delimiter ';' --headings fr` (semicolons, decimal commas, the byte order mark, French headings)", async () => {
    const name = 'fr-magasin-dash-words.pdf';
    const file = join(work, `fr-${name}`);
    copyFileSync(join(LEGENDS, name), file);
    const page = await fresh(fr);
    await drop(page, file);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv-all')]);
    const csv = readFileSync((await download.path())!);
    const out = mkdtempSync(join(work, 'cli-fr-'));
    const result = runCli(file, ['export', `fr-${name}`, '-o', join(out, 'all.csv'), '--combined', '--delimiter', ';', '--headings', 'fr', '--no-config', '--force']);
    expect(result.code, result.stderr).toBe(0);
    expect(csv.toString('utf8')).toBe(readFileSync(join(out, 'all.csv'), 'utf8'));
    // Its headings in French too (web16), as `export --headings fr` writes them.
    expect(csv.toString('utf8').split('\r\n')[0]).toBe('\uFEFFVoix;N°;ID de réplique;Emplacement;Réplique d’avant;Réplique;Mots;Secondes;Notes');
  });

  it('a damaged or unsupported file gets the command line\'s one-line error', async () => {
    const docx = readFileSync(join(root, 'samples/en-commercial/spring-sale.docx'));
    const pdf = readFileSync(join(root, 'samples/en-commercial/spring-sale.pdf'));
    const cases: [string, Buffer][] = [
      ['cut.docx', docx.subarray(0, docx.length >> 1)],
      ['cut.pdf', pdf.subarray(0, pdf.length >> 1)],
      ['notes.docx', Buffer.from('just some text, not a script\n')],
      ['legacy.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])],
    ];
    for (const [name, bytes] of cases) {
      const file = join(work, name);
      writeFileSync(file, bytes);
      const expected = runCli(file, ['summary', name, '--no-config']);
      expect(expected.code).toBe(2);
      const page = await fresh(en);
      await drop(page, file);
      const message = ((await page.locator('#error').textContent()) ?? '').replace(/^This file cannot be read:\s*/, '');
      expect(message, name).toBe(expected.stderr.trim().replace(/^vo-lines: /, ''));
      expect(await page.locator('#results').isHidden()).toBe(true);
    }
  });

  /** The error box as shown: each paragraph's text, and the language its library part is marked in (the detail's line). */
  async function errorShown(page: Page): Promise<{ said: string; detail: string | null; detailLang: string | null }> {
    return page.locator('#error').evaluate((box) => {
      const [said, detail] = [...box.querySelectorAll(':scope > p')];
      return { said: said?.textContent ?? '', detail: detail?.textContent ?? null, detailLang: detail?.querySelector('[lang]')?.getAttribute('lang') ?? null };
    });
  }

  /** Bad files a narrator meets, written into the work folder: [name, its bytes or the fixture to copy]. */
  function badFiles(): Record<string, string> {
    const docx = readFileSync(join(root, 'samples/en-commercial/spring-sale.docx'));
    const pdf = readFileSync(join(root, 'samples/en-commercial/spring-sale.pdf'));
    // A password-protected DOCX: Word writes an OLE compound file holding an "EncryptedPackage" stream.
    const locked = new Uint8Array(2048);
    locked.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    locked.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    const doctype = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "x">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    const files: Record<string, Uint8Array> = {
      'coupé.docx': docx.subarray(0, docx.length >> 1),
      'coupé.pdf': pdf.subarray(0, pdf.length >> 1),
      'verrouillé.docx': locked,
      'ancien.doc': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      'vide.docx': new Uint8Array(0),
      'doctype.docx': buildDocx({ body: '', rawDocument: doctype }),
      'sans-texte.docx': buildDocx({ body: '<w:p/><w:p><w:r><w:t></w:t></w:r></w:p>' }),
      'notes.rtf': Buffer.from('{\\rtf1\\ansi Bonjour}'),
      // Word's lock file beside an open document (the name of who opened it, padded), and a Git LFS pointer where the script should be.
      '~$module.docx': Buffer.concat([Buffer.from([4]), Buffer.from('Paul'), Buffer.alloc(157)]),
      'pointeur.docx': Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 48213\n`),
      'archive.docx': rawZip([storedEntry('lisez-moi.txt', 'juste un zip')]),
      'notes.txt': Buffer.from('juste du texte\n'),
      // A part that says it unpacks to 200 MB (a zip bomb's way).
      'bombe.docx': rawZip([...minimalPackageEntries(''), { ...storedEntry('word/document.xml', '<w:document/>'), size: 200 * 1024 * 1024 }]),
      // 101 text colours: no colour-coded script has that many (the limit is 100).
      'arc-en-ciel.docx': buildDocx({ body: `<w:p>${Array.from({ length: 101 }, (_, i) => r(`mot${i} `, `<w:color w:val="${(i * 0x020305).toString(16).padStart(6, '0').toUpperCase()}"/>`)).join('')}</w:p>` }),
      // A PDF that needs a password to open (the reader tests' fixture), one without text (a scan), one with nothing drawn as letters.
      'protégé.pdf': readFileSync(join(root, 'tests/fixtures/pdf/encrypted.pdf')),
      'scan.pdf': readFileSync(join(root, 'tests/fixtures/pdf/scan.pdf')),
      'vierge.pdf': readFileSync(join(root, 'tests/fixtures/pdf/blank.pdf')),
      // A scan with the invisible text OCR lays over it.
      'ocr.pdf': readFileSync(join(root, 'tests/fixtures/pdf/ocr-scan.pdf')),
    };
    const paths: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) writeFileSync((paths[name] = join(work, name)), bytes);
    return paths;
  }

  /** The command line's one line for a file (and its arguments), without "vo-lines: ". */
  function cliLine(file: string, args: string[] = ['--no-config']): string {
    const result = runCli(file, ['summary', basename(file), ...args]);
    expect(result.code, result.stdout).toBe(2);
    return result.stderr.trim().replace(/^vo-lines: /, '');
  }

  it('French: a file that cannot be read is said why in French, with what to do from the page, and the library\'s exact line as the detail where it says more', async () => {
    const files = badFiles();
    const folder = mkdtempSync(join(work, 'config-'));
    const script = join(folder, 'module.docx');
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), script);
    const config = join(folder, 'vo-lines.config.yaml');
    writeFileSync(config, 'voices:\n  Narrateur:\n    color: "#12345"\n');
    // [files dropped, the page's sentence, whether the command line's line is shown under it]
    const cases: [string[], string, boolean][] = [
      [[files['coupé.docx']!], 'coupé.docx est abîmé\u00A0: ouvrez-le dans Word et enregistrez-le de nouveau, ou demandez-en une nouvelle copie.', true],
      [[files['coupé.pdf']!], 'coupé.pdf est abîmé ou incomplet\u00A0: demandez-en une nouvelle copie, ou exportez de nouveau le PDF depuis le document d’origine.', false],
      [[files['verrouillé.docx']!], 'verrouillé.docx est protégé par un mot de passe\u00A0: ouvrez-le dans Word, retirez le mot de passe (Fichier > Informations > Protéger le document) et enregistrez-le, ou demandez-en une copie sans mot de passe.', false],
      [[files['protégé.pdf']!], 'protégé.pdf est protégé par un mot de passe, et cette page ne peut pas ouvrir les PDF protégés\u00A0: demandez-en une copie sans mot de passe, ou ouvrez-le avec son mot de passe, imprimez-le dans un nouveau PDF (Imprimer, puis Enregistrer au format PDF) et déposez ici ce nouveau PDF.', false],
      [[files['ancien.doc']!], 'ancien.doc est un ancien document Word (.doc)\u00A0: ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.', false],
      [[files['notes.rtf']!], 'notes.rtf est un fichier RTF\u00A0: ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.', false],
      [[files['archive.docx']!], 'archive.docx est un fichier zip ou Office, mais pas un document Word\u00A0: vo-lines lit les scripts .docx et .pdf. Vérifiez que c’est bien le script, et non un tableur ou une présentation.', true],
      [[files['notes.txt']!], 'notes.txt n’est pas un fichier DOCX ou PDF\u00A0: vo-lines lit les scripts .docx et .pdf.', false],
      [[files['~$module.docx']!], '~$module.docx n’est pas un script mais le petit fichier que Word garde à côté d’un document ouvert (il ne contient que le nom de qui l’a ouvert)\u00A0: déposez le document lui-même, dont le nom ne commence pas par ~$.', false],
      [[files['pointeur.docx']!], 'pointeur.docx n’est pas le script mais un pointeur Git LFS vers lui (quelques lignes de texte qu’un dépôt garde à la place du fichier)\u00A0: téléchargez le fichier lui-même (sur la page web du dépôt, son bouton «\u202FDownload\u202F») et déposez-le ici.', false],
      [[files['bombe.docx']!], 'bombe.docx est refusé\u00A0: une fois décompressé, il serait bien plus gros que n’importe quel script. Il est peut-être abîmé, ou fait pour saturer la lecture\u00A0: demandez-en une nouvelle copie.', true],
      [[files['arc-en-ciel.docx']!], 'arc-en-ciel.docx dépasse une des limites de vo-lines\u00A0: il est abîmé ou ce n’est pas un script. Si c’est bien un script, ouvrez-le et enregistrez-le de nouveau, ou coupez-le en plusieurs fichiers.', true],
      [[files['vide.docx']!], 'vide.docx est vide (0\u00A0octet)\u00A0: il ne contient aucun script. Demandez-en une nouvelle copie.', false],
      [[files['doctype.docx']!], 'doctype.docx contient ce que Word n’écrit jamais (une déclaration DOCTYPE XML) et est refusé par prudence\u00A0: demandez à qui vous l’a envoyé une nouvelle copie enregistrée depuis Word.', true],
      [[files['sans-texte.docx']!], 'sans-texte.docx n’a aucun texte dans le corps du document\u00A0: est-ce le bon fichier\u202F? (Les en-têtes, pieds de page et notes ne sont pas lus comme des répliques.)', false],
      [[files['scan.pdf']!], 'scan.pdf n’a aucun texte à lire\u00A0: c’est sans doute un scan (des images des pages), qui n’a ni les mots ni les couleurs que lit vo-lines. Demandez le script lui-même\u00A0: le fichier Word, ou un PDF enregistré depuis Word.', false],
      [[files['vierge.pdf']!], 'vierge.pdf n’a aucun texte à lire\u00A0: rien sur ses pages n’est tracé en lettres (des pages blanches, ou du texte changé en formes). Est-ce le bon fichier\u202F? Si oui, demandez le script lui-même\u00A0: le fichier Word, ou un PDF enregistré depuis Word.', false],
      [[script, config], 'vo-lines.config.yaml ne peut pas servir\u00A0: quelque chose n’y va pas (le détail ci-dessous dit quoi). Corrigez-le, ou déposez le script sans lui.', true],
    ];
    for (const [dropped, sentence, withDetail] of cases) {
      const name = basename(dropped[0]!);
      const line = dropped.length > 1 ? cliLine(dropped[0]!, ['--config', basename(dropped[1]!)]) : cliLine(dropped[0]!);
      const page = await fresh(fr);
      await drop(page, ...dropped);
      const shown = await errorShown(page);
      expect(shown.said, name).toBe(`Ce fichier ne peut pas être lu\u00A0: ${sentence}`);
      // The detail is the command line's line, word for word, marked as English.
      expect([shown.detail, shown.detailLang], name).toEqual(withDetail ? [`Détail\u00A0: ${line}`, 'en'] : [null, null]);
      // Nothing a narrator can only do at a command line.
      expect(shown.said, name).not.toMatch(/--[a-z]/);
      expect(await page.locator('#results').isHidden()).toBe(true);
    }
  });

  it('a config a narrator can correct: where its text is not written right, a setting vo-lines does not know, a pace misspelt, a voice it names that is not one, in the page\'s words (EN and FR), the library\'s line as the detail', async () => {
    const folder = mkdtempSync(join(work, 'config-kinds-'));
    const script = join(folder, 'module.docx');
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), script);
    const configs: Record<string, string> = {
      'syntaxe.yaml': 'voices:\n  Narrateur: {color: "#1F4E79"\n  Apprenant: {color: "#C00000"}\n',
      'syntaxe.json': '{\n  "voices": {\n    "Narrateur": {"color": "#1F4E79"},\n  }\n}\n',
      'champ.yaml': 'voices:\n  Narrateur: {color: "#1F4E79"}\ncouleur: rouge\n',
      'voix.yaml': 'voices:\n  Narrateur: {color: "#1F4E79"}\ncontract:\n  Narrator: {maxWords: 100}\n',
      'rythme.yaml': 'voices:\n  Narrateur: {color: "#1F4E79"}\npace: comercial\n',
    };
    for (const [name, text] of Object.entries(configs)) writeFileSync(join(folder, name), text);
    // [config, the English sentence, the French one]
    const cases: [string, string, string][] = [
      [
        'syntaxe.yaml',
        'syntaxe.yaml cannot be used: it is not written right at line\u00A03, column\u00A03 (often a quote, a bracket or a colon missing, or a line indented too much or too little). Correct it there, or drop the script without it.',
        'syntaxe.yaml ne peut pas servir\u00A0: il est mal écrit à la ligne\u00A03, colonne\u00A03 (souvent un guillemet, un crochet ou un deux-points qui manque, ou une ligne trop ou pas assez en retrait). Corrigez-le à cet endroit, ou déposez le script sans lui.',
      ],
      [
        'syntaxe.json',
        'syntaxe.json cannot be used: it is not written right at line\u00A04, column\u00A03 (often a quote, a bracket or a colon missing, or a line indented too much or too little). Correct it there, or drop the script without it.',
        'syntaxe.json ne peut pas servir\u00A0: il est mal écrit à la ligne\u00A04, colonne\u00A03 (souvent un guillemet, un crochet ou un deux-points qui manque, ou une ligne trop ou pas assez en retrait). Corrigez-le à cet endroit, ou déposez le script sans lui.',
      ],
      [
        'champ.yaml',
        'champ.yaml cannot be used: vo-lines has no setting "couleur" (a name misspelt?). Correct or remove it, or drop the script without it.',
        'champ.yaml ne peut pas servir\u00A0: vo-lines n’a pas de réglage «\u202Fcouleur\u202F» (un nom mal orthographié\u202F?). Corrigez-le ou retirez-le, ou déposez le script sans lui.',
      ],
      [
        'voix.yaml',
        'voix.yaml cannot be used: its "contract" names a voice "Narrator" that is not one of its voices. Write the name as it is under "voices", or drop the script without it.',
        'voix.yaml ne peut pas servir\u00A0: sa partie «\u202Fcontract\u202F» nomme une voix «\u202FNarrator\u202F» qui n’est pas l’une de ses voix. Écrivez le nom tel qu’il est sous «\u202Fvoices\u202F», ou déposez le script sans lui.',
      ],
      [
        'rythme.yaml',
        'rythme.yaml cannot be used: vo-lines knows no pace "comercial" (setting "pace"): write "e-learning", "commercial", "audiobook", "documentary" or "explainer", or a number of words a minute. Correct it, or drop the script without it.',
        'rythme.yaml ne peut pas servir\u00A0: vo-lines ne connaît pas le rythme «\u202Fcomercial\u202F» (réglage «\u202Fpace\u202F»)\u00A0: écrivez «\u202Fe-learning\u202F», «\u202Fcommercial\u202F», «\u202Faudiobook\u202F», «\u202Fdocumentary\u202F» ou «\u202Fexplainer\u202F», ou un nombre de mots par minute. Corrigez-le, ou déposez le script sans lui.',
      ],
    ];
    for (const [config, english, french] of cases) {
      const line = cliLine(script, ['--config', config]);
      for (const [browser, lead, sentence, detail] of [
        [en, 'This file cannot be read: ', english, 'Detail: '],
        [fr, 'Ce fichier ne peut pas être lu\u00A0: ', french, 'Détail\u00A0: '],
      ] as const) {
        const page = await fresh(browser);
        await drop(page, script, join(folder, config));
        const shown = await errorShown(page);
        expect(shown.said, config).toBe(`${lead}${sentence}`);
        expect([shown.detail, shown.detailLang], config).toEqual([`${detail}${line}`, 'en']);
      }
    }
  });

  it('English: an error whose command-line line gives advice the page cannot follow (--password) or worse than its own is said the page\'s way; the others stay the command line\'s line', async () => {
    const files = badFiles();
    const cases: [string, string | null][] = [
      ['protégé.pdf', 'protégé.pdf is protected by a password, and this page cannot open protected PDFs: ask for a copy without a password, or open it with its password, print it to a new PDF (Print, then Save as PDF) and drop that one here.'],
      ['scan.pdf', 'scan.pdf has no text to read: it is probably a scan (pictures of the pages), which has neither the words nor the colours vo-lines reads. Ask for the script itself: the Word file, or a PDF saved from Word.'],
      ['vierge.pdf', 'vierge.pdf has no text to read: nothing on its pages is drawn as letters (blank pages, or text turned into shapes). Is it the right file? If it is, ask for the script itself: the Word file, or a PDF saved from Word.'],
      ['ocr.pdf', 'ocr.pdf has no text to read: it is probably a scan (pictures of the pages), which has neither the words nor the colours vo-lines reads. Ask for the script itself: the Word file, or a PDF saved from Word.'],
      // The command line's own line, as before.
      ['verrouillé.docx', null],
      ['doctype.docx', null],
      ['vide.docx', null],
    ];
    for (const [name, sentence] of cases) {
      const page = await fresh(en);
      await drop(page, files[name]!);
      const shown = await errorShown(page);
      expect(shown.said, name).toBe(`This file cannot be read: ${sentence ?? cliLine(files[name]!)}`);
      expect(shown.detail, name).toBe(null);
      expect(shown.said, name).not.toMatch(/--[a-z]/);
    }
  });

  it('an error the page does not know keeps the library\'s line; an unexpected error and a worker that dies are said in French with what was seen', async () => {
    const file = join(LEGENDS, 'fr-elearning-swatch-table.docx');
    const stubbed = await openBrowser(server.url, 'fr-FR');
    try {
      const page = await stubbed.page();
      // A stand-in for the page's worker that answers every file with the error it is told to.
      let answer = '';
      await page.route('**/worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: answer }));
      const replying = (code: string, message: string) => `self.onmessage = (e) => self.postMessage({ id: e.data.id, kind: 'error', code: ${JSON.stringify(code)}, message: ${JSON.stringify(message)} });`;
      const cases: [string, string, string | null][] = [
        // A code of a later library: its line as it is, marked as English, and nothing blank.
        [replying('some-future-code', 'fr-elearning-swatch-table.docx is refused for a reason this page has no words for.'), 'fr-elearning-swatch-table.docx is refused for a reason this page has no words for.', null],
        [
          // As the worker says it (worker.ts): the file is not in the line.
          replying('unexpected', 'unexpected error: x is undefined. Please report it with the file if you can.'),
          'fr-elearning-swatch-table.docx n’a pas pu être lu à cause d’une erreur imprévue de vo-lines (le fichier n’y est pas forcément pour quelque chose)\u00A0: signalez-la, avec le fichier si vous le pouvez.',
          'Détail\u00A0: unexpected error: x is undefined. Please report it with the file if you can.',
        ],
        [
          'self.onmessage = () => { throw new Error("out of luck"); };',
          'La lecture de fr-elearning-swatch-table.docx s’est arrêtée net\u00A0: le navigateur a peut-être manqué de mémoire, ou le fichier est peut-être abîmé. Rechargez la page et déposez-le de nouveau\u202F; si cela se reproduit, demandez-en une nouvelle copie.',
          'Détail\u00A0: reading stopped unexpectedly (Uncaught Error: out of luck).',
        ],
      ];
      for (const [worker, said, detail] of cases) {
        answer = worker;
        await page.goto(server.url);
        await drop(page, file);
        const shown = await errorShown(page);
        expect(shown.said).toBe(`Ce fichier ne peut pas être lu\u00A0: ${said}`);
        expect(shown.detail).toBe(detail);
        if (!detail) expect(await page.locator('#error p > span[lang=en]').textContent()).toBe(said);
      }
    } finally {
      await stubbed.close();
    }
  });

  it('the page chooses its sentence by the error\'s details, never by the words of the library\'s line (a blank PDF, a scan, pdf.js\'s reason)', async () => {
    const file = join(LEGENDS, 'fr-elearning-swatch-table.docx');
    const name = basename(file);
    const stubbed = await openBrowser(server.url, 'fr-FR');
    try {
      const page = await stubbed.page();
      // A stand-in for the page's worker that answers every file with the error it is told to, as a PDF's.
      let answer = '';
      await page.route('**/worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: answer }));
      const replying = (code: string, message: string, details?: Record<string, unknown>) =>
        `self.onmessage = (e) => self.postMessage({ id: e.data.id, kind: 'error', code: ${JSON.stringify(code)}, message: ${JSON.stringify(message)}, details: ${JSON.stringify(details)}, format: 'pdf' });`;
      const blank = `${name} n’a aucun texte à lire\u00A0: rien sur ses pages n’est tracé en lettres (des pages blanches, ou du texte changé en formes). Est-ce le bon fichier\u202F? Si oui, demandez le script lui-même\u00A0: le fichier Word, ou un PDF enregistré depuis Word.`;
      const scan = `${name} n’a aucun texte à lire\u00A0: c’est sans doute un scan (des images des pages), qui n’a ni les mots ni les couleurs que lit vo-lines. Demandez le script lui-même\u00A0: le fichier Word, ou un PDF enregistré depuis Word.`;
      const damaged = `${name} est abîmé ou incomplet\u00A0: demandez-en une nouvelle copie, ou exportez de nouveau le PDF depuis le document d’origine.`;
      // [the worker's reply, the page's sentence, its detail]
      const cases: [string, string, string | null][] = [
        // The line's words say "scan", the details "blank": the details win; and the other way round.
        [replying('no-text', `${name} has no text, only pictures.`, { kind: 'blank', pages: 2 }), blank, null],
        [replying('no-text', `${name}: nothing on its page is drawn as letters.`, { kind: 'pictures', pages: 1 }), scan, null],
        [replying('no-text', `${name} has only invisible text.`, { kind: 'ocr-only', pages: 1 }), scan, null],
        // All the text in fonts pdf.js could not load (readers/pdf/lost-fonts.ts): the page's sentence, the library's line (the font, the cause) as its detail.
        [
          replying('no-text', `${name} has no text vo-lines could read: all its text is drawn in fonts that could not be loaded, and is lost. For the font HeiseiMin-W3, pdf.js could not load the character map UniJIS-UCS2-H.`, { kind: 'font-not-loaded', pages: 1, fonts: ['HeiseiMin-W3'], cmaps: ['UniJIS-UCS2-H'], error: 'Unable to load CMap' }),
          `${name} contient du texte, mais aucun que vo-lines puisse lire\u00A0: il est tout entier tracé dans des polices qui n’ont pas pu être chargées, et il est perdu. Rechargez la page et réessayez\u202F; si cela se reproduit, demandez le script lui-même\u00A0: le fichier Word, ou un PDF enregistré avec ses polices incorporées.`,
          `Détail\u00A0: ${name} has no text vo-lines could read: all its text is drawn in fonts that could not be loaded, and is lost. For the font HeiseiMin-W3, pdf.js could not load the character map UniJIS-UCS2-H.`,
        ],
        // A kind the page has no sentence for (a later library), or none given: the library's line as it is.
        [replying('no-text', `${name} has no text for a reason this page has no words for.`, { kind: 'later', pages: 1 }), `${name} has no text for a reason this page has no words for.`, null],
        [replying('no-text', `${name} has no text (nothing drawn as letters).`), `${name} has no text (nothing drawn as letters).`, null],
        // pdf.js's reason in the details: the library's line is the detail; a bracket in the line alone is not.
        [replying('corrupt-pdf', `${name} is damaged: the file cannot be read (Invalid PDF structure). Re-export it or ask for a new copy.`, { kind: 'unreadable', error: 'Invalid PDF structure' }), damaged, `Détail\u00A0: ${name} is damaged: the file cannot be read (Invalid PDF structure). Re-export it or ask for a new copy.`],
        [replying('corrupt-pdf', `${name} is damaged or truncated (cut short): re-export it or ask for a new copy.`, { kind: 'truncated' }), damaged, null],
      ];
      for (const [worker, said, detail] of cases) {
        answer = worker;
        await page.goto(server.url);
        await drop(page, file);
        const shown = await errorShown(page);
        expect(shown.said, worker).toBe(`Ce fichier ne peut pas être lu\u00A0: ${said}`);
        expect(shown.detail, worker).toBe(detail);
      }
    } finally {
      await stubbed.close();
    }
  });

  it('struck-through text: the page says, in its language, that it is left out and quotes it', async () => {
    const file = join(work, 'barre.docx');
    writeFileSync(
      file,
      buildDocx({
        body:
          `<w:p>${r('Bienvenue dans ce module. ', '<w:color w:val="0070C0"/>')}${r('Cette phrase a été coupée.', '<w:color w:val="0070C0"/><w:strike/>')}</w:p>` +
          `<w:p>${r('Merci, je vous écoute.', '<w:color w:val="00B050"/>')}</w:p>`,
      }),
    );
    const report = cliReport(file);
    expect(report.warnings.map((w) => w.code)).toEqual(['struck-text']);
    const page = await fresh(fr);
    await drop(page, file);
    await expect(page.locator('#who .doubts li').textContent()).resolves.toBe(
      '5\u00A0mots dans 1\u00A0paragraphe sont barrés\u00A0: rayés, ils ne comptent dans les répliques d’aucune voix, par ex. «\u202FCette phrase a été coupée.\u202F». S’il faut en enregistrer, il faut retirer le barré dans le script. [¶1]',
    );
    const english = await fresh(en);
    await drop(english, file);
    await expect(english.locator('#who .doubts li').textContent()).resolves.toBe(
      '5\u00A0words in 1\u00A0paragraph are struck through: crossed out, they are left out of every voice\'s lines, e.g. "Cette phrase a été coupée.". If any is to be recorded, the script needs the strikethrough removed. [¶1]',
    );
  });

  it('a legend leaving most of the script unrecorded: the page says how much, in its language', async () => {
    const file = join(work, 'majorite.docx');
    const grey = '<w:color w:val="808080"/>';
    const screens = [1, 2, 3].map(
      (i) =>
        `<w:p>${r(`Écran ${i} : texte de la diapositive, une liste à puces et une consigne pour le graphiste sur l’animation.`, grey)}</w:p>` +
        `<w:p>${r('Bienvenue dans ce module.', '<w:color w:val="0070C0"/>')}</w:p>` +
        `<w:p>${r('Merci, je vous écoute.', '<w:color w:val="00B050"/>')}</w:p>`,
    );
    writeFileSync(file, buildDocx({ body: `<w:p>${r('Légende : ')}${r('Narratrice', '<w:color w:val="0070C0"/>')}${r(' · ')}${r('Apprenant', '<w:color w:val="00B050"/>')}${r(' · gris = texte à l’écran, non enregistré', grey)}</w:p>${screens.join('')}` }));
    const report = cliReport(file);
    expect(report.warnings.map((w) => w.code)).toEqual(['legend-not-recorded-majority']);
    const page = await fresh(fr);
    await drop(page, file);
    await expect(page.locator('#who .doubts li').textContent()).resolves.toBe(
      'La légende au ¶1, «\u202FLégende : Narratrice · Apprenant · gris = texte à l’écran, non enregistré\u202F», dit que #808080\u00A0gris n’est pas enregistré\u00A0: cela fait 54\u00A0mots sur les 78\u00A0mots du script (69,2\u00A0%), plus que toutes ses voix ensemble (24). S’il faut en enregistrer une partie, vérifiez la légende.',
    );
    const english = await fresh(en);
    await drop(english, file);
    await expect(english.locator('#who .doubts li').textContent()).resolves.toBe(
      'The legend at ¶1 ("Légende : Narratrice · Apprenant · gris = texte à l’écran, non enregistré") says #808080 grey is not recorded: that is 54\u00A0words of the script\'s 78\u00A0words (69.2%), more than all its voices have (24). If any of it is to be recorded, check the legend.',
    );
  });

  it('a script coded by speaker labels, not colours: the page offers the labels as voices, as init proposes them', async () => {
    const file = join(root, 'tests/fixtures/labels/radio-labels-fr.docx');
    const page = await fresh(fr);
    await drop(page, file);
    await expect(page.locator('#who .notice').textContent()).resolves.toBe(
      'Ce script n’a pas de code couleur, mais ses répliques commencent par le nom de qui parle\u00A0: «\u202FANNONCEUR\u00A0:\u202F», «\u202FCLIENTE\u00A0:\u202F», «\u202FBOULANGER\u00A0:\u202F». Prendre ces noms comme voix',
    );
    await page.click('#use-labels');
    await page.waitForSelector('#use-colours');
    await expect(page.locator('#who .doubts p').textContent()).resolves.toBe('Rien à vérifier\u00A0: les répliques de chaque voix commencent par son nom.');
    await expect(page.locator('#who .voice-map li').allTextContents()).resolves.toEqual([
      'ANNONCEUR — «\u202FANNONCEUR\u00A0:\u202F» en début de réplique ',
      'CLIENTE — «\u202FCLIENTE\u00A0:\u202F» en début de réplique ',
      'BOULANGER — «\u202FBOULANGER\u00A0:\u202F» en début de réplique ',
    ]);
    // The same counts as the command line with the config `vo-lines init` writes.
    const folder = mkdtempSync(join(work, 'labels-'));
    copyFileSync(file, join(folder, 'radio-labels-fr.docx'));
    expect(spawnSync(process.execPath, [cli, 'init', 'radio-labels-fr.docx'], { cwd: folder, encoding: 'utf8', env: plainEnv() }).status).toBe(0);
    const report = cliReport(join(folder, 'radio-labels-fr.docx'), []);
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['ANNONCEUR', 27],
      ['CLIENTE', 13],
      ['BOULANGER', 3],
    ]);
    expect(await table(page)).toEqual(expectedTable(report, 'fr-FR', FR));
    await page.selectOption('#voice', 'CLIENTE');
    await expect(page.locator('#my-total').textContent()).resolves.toContain('Vos répliques\u00A0: 13\u00A0mots, environ');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(join(folder, 'vo-lines.config.yaml'), 'utf8'));
    await page.click('#use-colours');
    await page.waitForSelector('#use-labels');
  });

  it('a screenplay, the speakers\' names alone on their lines: the page offers them, says so in its words, and counts as the CLI does', async () => {
    const file = join(root, 'tests/fixtures/labels-screenplay/screenplay-typed-fr.docx');
    const page = await fresh(fr);
    await drop(page, file);
    await expect(page.locator('#who .notice').textContent()).resolves.toBe(
      'Ce script n’a pas de code couleur, mais le nom de chaque personnage est seul sur sa ligne, au-dessus de ses répliques\u00A0: MARIE, PAUL, LE FACTEUR, HÉLÈNE. Prendre ces noms comme voix',
    );
    await page.click('#use-labels');
    await page.waitForSelector('#use-colours');
    await expect(page.locator('#who .doubts p').textContent()).resolves.toBe('Rien à vérifier\u00A0: les répliques de chaque voix sont sous son nom.');
    await expect(page.locator('#who .voice-map li').first().textContent()).resolves.toBe('MARIE — «\u202FMARIE\u202F» seul sur sa ligne, au-dessus des répliques ');
    const folder = mkdtempSync(join(work, 'names-'));
    copyFileSync(file, join(folder, 'screenplay-typed-fr.docx'));
    expect(spawnSync(process.execPath, [cli, 'init', 'screenplay-typed-fr.docx'], { cwd: folder, encoding: 'utf8', env: plainEnv() }).status).toBe(0);
    const report = cliReport(join(folder, 'screenplay-typed-fr.docx'), []);
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['MARIE', 25],
      ['PAUL', 13],
      ['LE FACTEUR', 5],
      ['HÉLÈNE', 6],
    ]);
    expect(await table(page)).toEqual(expectedTable(report, 'fr-FR', FR));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(join(folder, 'vo-lines.config.yaml'), 'utf8'));
  });

  it('Japanese labels typed with a full-width colon: each voice shown by its label as the script writes it (ＮＡ：), as the summary shows it', async () => {
    const file = join(root, 'tests/fixtures/cjk-labels/ja-fullwidth-labels.docx');
    const page = await fresh(fr);
    await drop(page, file);
    await page.click('#use-labels');
    await page.waitForSelector('#use-colours');
    // Before, « ＮＡ : » (the label with a colon of the page's own) and « 店主 : ».
    expect(await page.locator('#who .voice-map li').allTextContents()).toEqual([
      'ＮＡ — «\u202FＮＡ：\u202F» en début de réplique ',
      '店主 — «\u202F店主「…」\u202F» en début de réplique ',
      '客 — «\u202F客「…」\u202F» en début de réplique ',
    ]);
  });

  it('a screenplay read with a config: each voice shown by its name alone on its line, as the summary shows it, EN and FR', async () => {
    const folder = mkdtempSync(join(work, 'screenplay-config-'));
    const file = join(folder, 'screenplay-typed-fr.docx');
    copyFileSync(join(root, 'tests/fixtures/labels-screenplay/screenplay-typed-fr.docx'), file);
    // The config `init` writes, with one label written the way a person types it (the CLI shows the
    // name as the script writes it, "MARIE"), and one voice by a label that opens lines (none here).
    const config = join(folder, 'vo-lines.config.yaml');
    writeFileSync(config, 'voices:\n  Marie: { label: "Marie" }\n  PAUL: { label: "PAUL" }\n  LE FACTEUR: { label: "LE FACTEUR" }\n  HÉLÈNE: { label: "HÉLÈNE" }\n  Narrateur: { label: "NARRATEUR" }\nunassigned: ["#000000"]\n');
    const summary = runCli(file, ['summary', basename(file), '--config', 'vo-lines.config.yaml']);
    expect(summary.stdout).toContain('"MARIE" alone on its line');
    expect(summary.stdout).toContain('"NARRATEUR:"');
    const shown = async (browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, file, config);
      const cells = await page.locator('table.voices tbody tr').evaluateAll((rows) => rows.map((row) => (row.querySelectorAll('td')[0]?.textContent ?? '').trim()));
      const none = page.locator('#who .doubts p');
      return { map: await page.locator('#who .voice-map li').allTextContents(), cells, doubts: (await none.count()) ? await none.textContent() : null, items: await page.locator('#who .doubts li').allTextContents() };
    };
    const french = await shown(fr);
    expect(french.map).toEqual([
      'Marie — «\u202FMARIE\u202F» seul sur sa ligne, au-dessus des répliques ',
      'PAUL — «\u202FPAUL\u202F» seul sur sa ligne, au-dessus des répliques ',
      'LE FACTEUR — «\u202FLE FACTEUR\u202F» seul sur sa ligne, au-dessus des répliques ',
      'HÉLÈNE — «\u202FHÉLÈNE\u202F» seul sur sa ligne, au-dessus des répliques ',
      'Narrateur — «\u202FNARRATEUR\u00A0:\u202F» en début de réplique ',
    ]);
    expect(french.cells.slice(0, 2)).toEqual(['«\u202FMARIE\u202F» seul sur sa ligne, au-dessus des répliques', '«\u202FPAUL\u202F» seul sur sa ligne, au-dessus des répliques']);
    // No colour tells these voices apart: nothing is said of colours (some names stand alone, one would open
    // lines); only that the voice whose name opens no line has none (empty-voice).
    expect(french.doubts).toBe(null);
    expect(french.items).toEqual(['Narrateur n’a aucune réplique dans ce script\u00A0: vo-lines.config.yaml lui donne «\u202FNARRATEUR\u00A0:\u202F», et aucun texte ne l’a. Comparez vo-lines.config.yaml au script, ou retirez-en Narrateur si cette voix ne parle pas ici.']);
    const english = await shown(en);
    expect(english.map[0]).toBe('Marie — "MARIE" alone on its line, above the dialogue ');
    expect(english.map[4]).toBe('Narrateur — "NARRATEUR:" at the start of the line ');
    expect(english.items).toEqual(['Narrateur has no line in this script: vo-lines.config.yaml gives it "NARRATEUR:", and no text has it. Check vo-lines.config.yaml against the script, or take Narrateur out of it if that voice does not speak here.']);
    // All by names alone on their lines: the screenplay fixture with the config `init` writes.
    expect(spawnSync(process.execPath, [cli, 'init', 'screenplay-typed-fr.docx', '--force'], { cwd: folder, encoding: 'utf8', env: plainEnv() }).status).toBe(0);
    const init = await shown(en);
    expect(init.map).toEqual(['MARIE', 'PAUL', 'LE FACTEUR', 'HÉLÈNE'].map((name) => `${name} — "${name}" alone on its line, above the dialogue `));
    expect(init.doubts).toBe('Nothing to check: each voice\'s lines stand below its name.');
  });

  it('a legend in the page header or footer is said to be there, in the page\'s words', async () => {
    const folder = join(root, 'tests/fixtures/header-legend');
    const intro = async (file: string, browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, join(folder, file));
      return page.locator('#who > p').first().textContent();
    };
    await expect(intro('header-legend-fr.docx', fr)).resolves.toBe('Voix lues dans la légende au ¶1 (en-tête de page)\u00A0:');
    await expect(intro('header-legend-fr.pdf', fr)).resolves.toBe('Voix lues dans la légende à la p.\u00A01, ¶1 (en-tête de page)\u00A0:');
    await expect(intro('header-legend-fr.pdf', en)).resolves.toBe('Voices from the legend at p.1 ¶1 (page header):');
    await expect(intro('footer-key-en.docx', en)).resolves.toBe('Voices from the legend at ¶1 (page footer):');
    await expect(intro('footer-key-en.docx', fr)).resolves.toBe('Voix lues dans la légende au ¶1 (pied de page)\u00A0:');
    // A footer's legend that is not used: where it is, in the sentence and in the place after it.
    const blue = '<w:color w:val="0070C0"/>';
    const file = join(work, 'footer-rejected.docx');
    writeFileSync(
      file,
      buildDocx({
        footers: [`<w:p>${r('Key: ')}${r('Narrator', blue)}${r(' · ')}${r('Expert', '<w:color w:val="00B050"/>')}</w:p>`],
        body: `<w:p>${r('Welcome to this module on safety.', blue)}</w:p><w:p>${r('Thank you, I am listening.', '<w:color w:val="C00000"/>')}</w:p><w:p>${r('Lift with your legs.', blue)}</w:p>`,
      }),
    );
    expect(cliReport(file).warnings.map((w) => w.code)).toEqual(['legend-rejected']);
    const rejected = async (browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, file);
      return page.locator('#who .doubts li').textContent();
    };
    await expect(rejected(fr)).resolves.toBe(
      'La légende au ¶1 (pied de page), «\u202FKey: Narrator · Expert\u202F», n’a pas été utilisée\u00A0: aucun texte du script n’a la couleur que la légende donne à Expert (#00B050\u00A0vert). Les couleurs trouvées sont montrées à la place\u00A0: nommez celles qui sont des voix.',
    );
    await expect(rejected(en)).resolves.toBe(
      'The legend at ¶1 (page footer) ("Key: Narrator · Expert") was not used: no text in the script has the colour the legend gives Expert (#00B050 green). The colours found are shown instead: name the ones that are voices.',
    );
  });

  it('lines in capitals standing alone that are no cast: the page says why no voice is offered by name (what the CLI says)', async () => {
    const black = (...texts: string[]) => buildDocx({ body: texts.map((text) => `<w:p>${r(text)}</w:p>`).join('') });
    const headings = join(work, 'titres.docx');
    writeFileSync(headings, black('INTRODUCTION', 'Ce module présente la méthode.', 'MÉTHODE', 'On mesure, puis on coupe.', 'CONCLUSION', 'Voilà.'));
    const single = join(work, 'conte.docx');
    writeFileSync(single, black('NARRATEUR', 'Il était une fois.', 'NARRATEUR', 'Un phare.', 'LE PHARE', 'Je brille.'));
    const said = async (file: string, browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, file);
      expect(await page.locator('#use-labels').count()).toBe(0);
      return page.locator('#who .name-lines-doubt').textContent();
    };
    await expect(said(headings, fr)).resolves.toBe(
      'Des lignes en capitales sont seules au-dessus de paragraphes (INTRODUCTION, MÉTHODE et CONCLUSION), comme les noms des personnages dans un scénario, mais aucune ne revient\u00A0: elles sont prises pour des titres, pas pour des personnages, et aucune voix n’est proposée par nom. Si ce sont des personnages, déposez de nouveau le script avec un vo-lines.config.yaml qui les nomme, par ex. voices: { INTRODUCTION: { label: "INTRODUCTION" } }.',
    );
    await expect(said(single, en)).resolves.toBe(
      'Lines in capitals stand alone above paragraphs (NARRATEUR and LE PHARE), as speakers\' names do in a screenplay, but only one of them comes back, and one speaker is no cast: no voice is offered by name. If they are speakers, drop the script again with a vo-lines.config.yaml naming each one, e.g. voices: { NARRATEUR: { label: "NARRATEUR" } }.',
    );
    // A real cast (the screenplay fixture) is offered, with no such doubt.
    const page = await fresh(fr);
    await drop(page, join(root, 'tests/fixtures/labels-screenplay/screenplay-typed-fr.docx'));
    expect(await page.locator('#who .name-lines-doubt').count()).toBe(0);
  });

  it('the compare panel says its warnings in the page\'s words: two voice maps (with the page\'s advice, no --config), and each version\'s reader warnings under its name', async () => {
    const folder = mkdtempSync(join(work, 'maps-'));
    const blue = '<w:color w:val="0070C0"/>';
    const red = '<w:color w:val="C00000"/>';
    const green = '<w:color w:val="00B050"/>';
    const v1 = join(folder, 'v1.docx');
    const v2 = join(folder, 'v2.docx');
    writeFileSync(v1, buildDocx({ body: `<w:p>${r('Bienvenue dans ce module.', blue)}</w:p><w:p>${r('Merci, je vous écoute.', red)}</w:p>` }));
    writeFileSync(
      v2,
      buildDocx({ theme: { accent2: '0070C0' }, body: `<w:p><w:r><w:rPr><w:color w:val="FF0000" w:themeColor="accent2"/></w:rPr><w:t>Bienvenue dans ce nouveau module.</w:t></w:r></w:p><w:p>${r('Merci, je vous écoute.', red)}</w:p><w:p>${r('Et moi aussi.', green)}</w:p>` }),
    );
    const compared = async (browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, v2);
      await page.check('#other-older');
      await page.locator('#compare-file').setInputFiles(v1);
      await page.locator('#diff-title').waitFor({ timeout: 60_000 });
      rows = await page.locator('table.diff tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
      return page.locator('.diff-view .doubts li').allTextContents();
    };
    let rows: string[][] = [];
    await expect(compared(fr)).resolves.toEqual([
      'Les deux versions ne sont pas lues avec les mêmes voix (avant\u00A0: d’après ses couleurs\u202F; après\u00A0: d’après ses couleurs)\u00A0: seule la version d’après a «\u202F#00B050\u00A0vert\u202F» (ses répliques montrées comme prises aux voix de la version d’avant quand elle les avait, sinon comme ajoutées). Pour les comparer voix par voix, déposez de nouveau ce script avec un vo-lines.config.yaml qui nomme ses voix (sous «\u202FTéléchargements\u202F», «\u202FConfig pour la ligne de commande (vo-lines.config.yaml)\u202F» en donne un pour commencer), puis comparez de nouveau\u00A0: les deux versions sont alors lues avec lui.',
      'Après (v2.docx)\u00A0: Du texte dans la couleur de thème «\u202Faccent2\u202F» garde #FF0000\u00A0rouge comme couleur, mais le thème donne #0070C0\u00A0bleu\u00A0: il est lu en #0070C0\u00A0bleu, comme Word l’affiche (LibreOffice l’affiche en #FF0000\u00A0rouge). [¶1]',
    ]);
    // One line, one word: French agrees them (« 1 modifiée », « +1 mot »).
    expect(rows).toEqual([
      ['#0070C0\u00A0bleu', '1\u00A0modifiée · +1\u00A0mot', '4 → 5'],
      ['#C00000\u00A0rouge', 'Aucun changement', '4 → 4'],
      ['#00B050\u00A0vert', '1\u00A0ajoutée · +3\u00A0mots', '0 → 3'],
      ['Non lu (sans voix)', 'Aucun changement', '0 → 0'],
    ]);
    const english = await compared(en);
    expect(rows[0]).toEqual(['#0070C0 blue', '1\u00A0changed · +1\u00A0word', '4 → 5']);
    expect(english[0]).toBe(
      'The two versions are not read with the same voices (before: from its colours; after: from its colours): only the later version has "#00B050 green" (its lines shown as taken from the earlier version’s voices where it had them, else as added). To compare them voice for voice, drop this script again with a vo-lines.config.yaml naming its voices (under "Downloads", "Config for the command line (vo-lines.config.yaml)" gives one to start from), then compare again: both versions are then read with it.',
    );
    expect(english.join('\n')).not.toContain('--config');
    expect(english[1]).toMatch(/^After \(v2\.docx\): /);
  });

  it('the compare panel: voices told by their colour in one version and by their names in the other are not said to "have other colours"; how each version marks them is, and, each voice matched by its name, no config is advised (EN, FR)', async () => {
    const folder = join(root, 'tests/fixtures/web-compare-marks');
    const compared = async (browser: Browser) => {
      const page = await fresh(browser);
      await drop(page, join(folder, 'scene-v2-names-fr.docx'));
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.click('#use-labels');
      await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
      await page.check('#other-older');
      await page.locator('#compare-file').setInputFiles(join(folder, 'scene-v1-colours-fr.docx'));
      await page.locator('#diff-title').waitFor({ timeout: 60_000 });
      return page.locator('.diff-view .doubts li').allTextContents();
    };
    const french = await compared(fr);
    expect(french).toHaveLength(1);
    expect(french[0]).toBe(
      'Les deux versions ne distinguent pas leurs voix de la même façon (avant\u00A0: d’après sa légende\u202F; après\u00A0: d’après les noms de qui parle)\u00A0: la voix «\u202FMARIE\u202F» n’a pas le même repère (avant\u00A0: #0070C0\u00A0bleu\u202F; après\u00A0: «\u202FMARIE\u00A0:\u202F» en début de réplique)\u202F; la voix «\u202FPAUL\u202F» n’a pas le même repère (avant\u00A0: #00B050\u00A0vert\u202F; après\u00A0: «\u202FPAUL\u00A0:\u202F» en début de réplique). Chaque voix porte le même nom dans les deux\u00A0: les changements ci-dessous sont comparés voix par voix. Vérifiez que ce sont bien les mêmes personnes.',
    );
    const english = await compared(en);
    expect(english[0]).toBe(
      'The two versions tell their voices apart differently (before: from its legend; after: from the speakers\' names): "MARIE" is marked differently (before: #0070C0 blue; after: "MARIE:" at the start of the line); "PAUL" is marked differently (before: #00B050 green; after: "PAUL:" at the start of the line). Each voice has the same name in both, so the changes below are compared voice for voice: check that they are the same people.',
    );
    // Every voice matched one for one: no advice to drop a config.
    for (const said of [...french, ...english]) expect(said).not.toMatch(/config/);
  });

  it('the compare panel names the other version\'s colour groups in the page\'s language too (a colour and a highlight only it has)', async () => {
    const folder = mkdtempSync(join(work, 'groups-'));
    const blue = '<w:color w:val="0070C0"/>';
    const red = '<w:color w:val="C00000"/>';
    const v1 = join(folder, 'v1.docx');
    const v2 = join(folder, 'v2.docx');
    writeFileSync(v1, buildDocx({ body: `<w:p>${r('Bienvenue dans ce module.', blue)}</w:p><w:p>${r('Merci, je vous écoute.', red)}</w:p>` }));
    writeFileSync(
      v2,
      buildDocx({ body: `<w:p>${r('Bienvenue dans ce module.', blue)}</w:p><w:p>${r('Merci, je vous écoute.', red)}</w:p><w:p>${r('Et moi aussi.', '<w:color w:val="00B050"/>')}</w:p><w:p>${r('Moi de même, vraiment.', '<w:highlight w:val="yellow"/>')}</w:p>` }),
    );
    const compared = async (browser: Browser) => {
      const page = await fresh(browser);
      // The script read first is the earlier version: the groups only the later one has are the other side's.
      await drop(page, v1);
      await page.check('#other-newer');
      await page.locator('#compare-file').setInputFiles(v2);
      await page.locator('#diff-title').waitFor({ timeout: 60_000 });
      const rows = await page.locator('table.diff tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.querySelector('th')?.textContent ?? '')));
      return { rows, warning: await page.locator('.diff-view .doubts li').first().textContent() };
    };
    const french = await compared(fr);
    expect(french.rows).toEqual(['#0070C0\u00A0bleu', '#C00000\u00A0rouge', '#00B050\u00A0vert', '#FFFF00\u00A0jaune (surlignage ou trame)', 'Non lu (sans voix)']);
    expect(french.warning).toContain('seule la version d’après a «\u202F#00B050\u00A0vert\u202F» et «\u202F#FFFF00\u00A0jaune (surlignage ou trame)\u202F» (leurs répliques montrées comme prises aux voix de la version d’avant quand elle les avait, sinon comme ajoutées)');
    const english = await compared(en);
    expect(english.rows).toEqual(['#0070C0 blue', '#C00000 red', '#00B050 green', '#FFFF00 yellow (highlight or shading)', 'Not read (no voice)']);
    expect(english.warning).toContain('only the later version has "#00B050 green" and "#FFFF00 yellow (highlight or shading)" (their lines shown as taken from the earlier version’s voices where it had them, else as added)');
    // Compared the wrong way round (the other version said to be older): turning the choice compares again.
    const page = await fresh(en);
    await drop(page, v1);
    await page.check('#other-older');
    await page.locator('#compare-file').setInputFiles(v2);
    await page.locator('#diff-title').waitFor({ timeout: 60_000 });
    expect(await page.locator('#diff-title').textContent()).toBe('v2.docx (before) → v1.docx (after)');
    await page.check('#other-newer');
    await page.waitForFunction((title) => document.getElementById('diff-title')?.textContent === title, 'v1.docx (before) → v2.docx (after)', { timeout: 60_000 });
    expect(await page.locator('table.diff tbody tr th').allTextContents()).toEqual(english.rows);
  });

  it('PDF annotations: marks over the text that are not read, and highlights with no colour, said in the page\'s language', async () => {
    const marks = join(work, 'marques.pdf');
    copyFileSync(join(root, 'tests/fixtures/pdf-annotations/pdfjs-editor-en.pdf'), marks);
    const uncoloured = join(work, 'sans-couleur.pdf');
    copyFileSync(join(root, 'tests/fixtures/pdf-annotations/viewer-highlights-en.pdf'), uncoloured);
    const said = async (file: string, lang: typeof fr, code: string) => {
      const page = await fresh(lang);
      await drop(page, file);
      const index = cliReport(file).warnings.findIndex((w) => w.code === code);
      expect(index).toBeGreaterThanOrEqual(0);
      return page.locator('#who .doubts li').nth(index).textContent();
    };
    await expect(said(marks, fr, 'annotation-marks')).resolves.toBe(
      'Marques sur le texte qui ne sont pas lues comme code couleur\u00A0: 3\u00A0marques (page\u00A01\u202F; 1\u00A0trait de stylo, 1\u00A0forme dessinée, 1\u00A0soulignement). Seuls les surlignages disent qui lit quoi\u00A0: si une marque désigne une voix, surlignez plutôt ce texte.',
    );
    await expect(said(marks, en, 'annotation-marks')).resolves.toBe(
      'Marks over the text that are not read as colour coding: 3\u00A0marks on page\u00A01 (1\u00A0pen stroke, 1\u00A0drawn shape, 1\u00A0underline). Only highlights tell whose lines are whose: if a mark stands for a voice, highlight that text instead.',
    );
    await expect(said(uncoloured, fr, 'highlight-no-colour')).resolves.toBe(
      'Surlignages sans couleur propre\u00A0: 1\u00A0surlignage (page\u00A01). Chrome les affiche en jaune, Firefox en noir par-dessus le texte\u00A0: personne n’est compté pour lire ce texte. Donnez-leur une couleur dans votre lecteur PDF et enregistrez le fichier.',
    );
  });

  it('French: warnings of PDF producers, of a rejected legend, of a document that says the wrong language, and a word split across two colours, each said in the page\'s words', async () => {
    const doubts = async (file: string, lang: typeof fr = fr) => {
      const page = await fresh(lang);
      await drop(page, file);
      const codes = cliReport(file).warnings.map((w) => w.code);
      const items = await page.locator('#who .doubts li').allTextContents();
      expect(items).toHaveLength(codes.length);
      return Object.fromEntries(codes.map((code, i) => [code, items[i]!]));
    };
    const scan = await doubts(join(root, 'tests/fixtures/pdf-producers/pdfkit-ivr-scan.pdf'));
    expect(scan['scanned-pages']).toBe('Sur la page\u00A02, le texte est une image (un scan) sous un texte OCR invisible\u00A0: ces répliques n’ont pas été lues, et leurs couleurs ne peuvent pas l’être. Demandez ces pages en texte (le fichier Word, ou un PDF enregistré depuis Word).');
    expect(scan['invisible-text']).toBe('Le texte invisible sur la page\u00A01 (tracé sans encre, comme l’OCR le pose sur un scan) a été laissé de côté\u00A0: on ne le voit pas.');
    const covered = await doubts(join(root, 'tests/fixtures/pdf-producers/chromium-covers-en.pdf'));
    expect(covered['covered-text']).toBe('Du texte sur la page\u00A01 est recouvert par un cadre ou une image opaque (une censure, une étiquette, un cache, une image posée dessus)\u00A0: on ne le voit pas, et il a été laissé de côté (12\u00A0mots\u00A0: «\u202FListen first, then answer. Old answer: hang up and call back later.\u202F»). Vérifiez ces répliques à l’œil.');
    const rejected = await doubts(join(LEGENDS, 'rejected-colour-not-used.docx'));
    expect(rejected['legend-rejected']).toBe(
      'La légende au ¶4, «\u202FCast: VO1 = yellow highlight · VO2 = pink highlight · ANNCR = turquoise highlig…\u202F», n’a pas été utilisée\u00A0: aucun texte du script n’a la couleur que la légende donne à VO2 («\u202Fpink highlight\u202F»). Les couleurs trouvées sont montrées à la place\u00A0: nommez celles qui sont des voix.',
    );
    const language = await doubts(join(root, 'tests/fixtures/docx-producers/word-dropcap-fr.docx'));
    // Its words are plainly French: read as French (doclang), and how to undo that is said.
    expect(language['language-from-text']).toBe(
      // With the page's way to settle it (page15: was a vo-lines.config.yaml to write): its two buttons.
      'Le document indique que son texte est en anglais (en-GB), mais ses mots sont en français\u00A0: il est lu en français, et les nombres sont dits en français. Le lire en français Le lire en anglais',
    );
    const english = await doubts(join(root, 'tests/fixtures/docx-producers/word-dropcap-fr.docx'), en);
    expect(english['language-from-text']).toBe(
      'The document marks its text as English (en-GB), but its words are French: it is read as French, and figures are said in French. Read it as French Read it as English',
    );
    // No legend: the voices are the colours, and the word is said to be split between two of them by name.
    const file = join(work, 'mot-coupe.docx');
    writeFileSync(
      file,
      buildDocx({ body: `<w:p>${r('Bienvenue dans ce module, dit le Narr', '<w:color w:val="0070C0"/>')}${r('ateur.', '<w:color w:val="C00000"/>')}</w:p><w:p>${r('Merci, je vous écoute attentivement.', '<w:color w:val="C00000"/>')}</w:p>` }),
    );
    const split = await doubts(file);
    expect(split['mixed-word']).toBe('Le mot «\u202FNarrateur.\u202F» est partagé entre #0070C0\u00A0bleu et #C00000\u00A0rouge\u00A0: ses morceaux comptent dans les deux répliques. Recolorez le mot entier dans le script. [¶1]');
  });

  it('French: chosen from the browser\'s language, numbers and times the French way; switchable', async () => {
    const file = join(LEGENDS, 'fr-elearning-swatch-table.docx');
    const report = cliReport(file);
    const page = await fresh(fr);
    await expect(page.locator('h1').textContent()).resolves.toBe('vo-lines — quelles répliques sont les miennes\u202F?');
    await drop(page, file);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await table(page)).toEqual(expectedTable(report, 'fr-FR', FR));
    await page.selectOption('#voice', report.voices[0]!.name);
    const words = new Intl.NumberFormat('fr-FR').format(report.voices[0]!.words);
    await expect(page.locator('#my-total').textContent()).resolves.toContain(`Vos répliques\u00A0: ${words}\u00A0mots, environ`);
    await page.click('.lang-switch button[value=en]');
    await expect(page.locator('#my-total').textContent()).resolves.toContain(`Your lines: ${report.voices[0]!.words}\u00A0words, about`);
    await page.click('.lang-switch button[value=fr]');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('keyboard only: choose the file, land on the results, pick a voice, search, download; focus always visible', async () => {
    const page = await fresh(en);
    const file = join(LEGENDS, 'en-training-one-per-line.pdf');
    const report = cliReport(file);
    // Tab from the top reaches the file button; Enter opens the chooser (listened for from the start:
    // Playwright catches the chooser only once its interception is on).
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 60_000 });
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'choose-file' && guard++ < 10) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-file');
    await page.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles(file);
    await page.locator('#results-title').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    // On to "I am" with Tab, a voice with the arrow keys.
    guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'voice' && guard++ < 40) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('voice');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('lines-list') !== null);
    expect(await page.locator('#voice').inputValue()).toBe(report.voices[0]!.name);
    await expect(page.locator('#my-total').textContent()).resolves.toContain(`Your lines: ${new Intl.NumberFormat('en-GB').format(report.voices[0]!.words)}\u00A0words`);
    // Focus stayed on the select through the re-render; Tab goes on to the search box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('voice');
    guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search' && guard++ < 60) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type(report.voices[0]!.lines[0]!.text.split(' ').slice(0, 2).join(' '));
    expect(await page.locator('#lines-list li').count()).toBeGreaterThan(0);
    guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'download-json' && guard++ < 80) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle : 'solid';
      });
      expect(style).not.toBe('none');
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('en-training-one-per-line.json');
  });

  it('French: a word joined by a hyphen (« au-dessus ») is never split across two lines, at any width, and is copied as written; on a phone each cell is named « Repère : »; a cue opens with a capital (« Avant, PAUL : »)', async () => {
    const page = await fresh(fr);
    await drop(page, join(root, 'tests/fixtures/web-one-colour/name-lines-black-fr.docx'));
    const before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('#use-labels');
    await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
    const cell = 'table.voices tbody tr:first-child td';
    await expect(page.locator(cell).first().textContent()).resolves.toBe('«\u202FMARIE\u202F» seul sur sa ligne, au-dessus des répliques ');
    // Where each « au-dessus » on the page stands on two lines, width by width (a phone to a laptop).
    const split = async () =>
      page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.getElementById('results')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node as Text).data;
          for (let at = text.indexOf('au-dessus'); at >= 0; at = text.indexOf('au-dessus', at + 1)) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 'au-dessus'.length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(node.parentElement?.closest('td, li, p')?.textContent ?? '');
          }
        }
        return found;
      });
    const broken: string[] = [];
    for (let width = 320; width <= 1280; width += 8) {
      await page.setViewportSize({ width, height: 900 });
      for (const where of await split()) broken.push(`${width} px: ${where}`);
    }
    expect(broken).toEqual([]);
    // On a phone each cell is named, the French way: « Repère : » (a no-break space before the colon).
    await page.setViewportSize({ width: 320, height: 900 });
    const named = await page.locator(cell).first().evaluate((td) => getComputedStyle(td, '::before').content);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(named).toBe('"Repère\u00A0: "');
    // Copied, the words are as written (a plain hyphen): the page's text is unchanged.
    const copied = await page.evaluate((selector) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(selector)!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }, cell);
    expect(copied).toBe('«\u202FMARIE\u202F» seul sur sa ligne, au-dessus des répliques');
    // Her lines: each cue opens its paragraph with a capital.
    await page.selectOption('#voice', 'PAUL');
    expect(await page.locator('#lines .cue').allTextContents()).toEqual(['Avant, MARIE\u00A0: Tu as entendu ce bruit cette nuit ?', 'Avant, MARIE\u00A0: Ça venait de chez les Martin, au-dessus.']);
  });

  it('French: no line of the page starts with « : », « ; », « ? », « ! » or « », and no « ends one, at any width from a phone to a laptop (no-break spaces); copied, a sentence keeps them', async () => {
    const page = await fresh(fr);
    // Where a French mark opens a line or « closes one: in the page's own words (no-break spaces) and in the script's text shown on it (kept whole).
    const stranded = async () =>
      page.evaluate(() => {
        const found: string[] = [];
        const top = (node: Text, at: number) => {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          return rect ? Math.round(rect.top) : null;
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node instanceof Element
              ? node.matches('select, option, input, textarea, [hidden]')
                ? NodeFilter.FILTER_REJECT
                : NodeFilter.FILTER_SKIP
              : NodeFilter.FILTER_ACCEPT,
        });
        const texts: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
        // The character next to a space, in this text or the one before or after (a word kept whole is a span of its own).
        const beside = (i: number, at: number): [Text, number] | null => {
          if (at >= 0 && at < texts[i]!.data.length) return [texts[i]!, at];
          const j = at < 0 ? i - 1 : i + 1;
          const other = texts[j];
          if (!other || !other.data.length) return null;
          return [other, at < 0 ? other.data.length - 1 : 0];
        };
        for (const [i, text] of texts.entries()) {
          for (const m of text.data.matchAll(/[\s\u00A0\u202F]+([:;?!»])|(«)[\s\u00A0\u202F]+/g)) {
            const mark = m.index! + (m[1] ? m[0].length - 1 : 0);
            const word = beside(i, m[1] ? m.index! - 1 : m.index! + m[0].length);
            if (!word) continue;
            const [a, b] = [top(text, mark), top(...word)];
            if (a !== null && b !== null && a !== b) found.push(`${word[0].data.slice(-20)}|${text.data.slice(0, m.index! + m[0].length + 20)}`);
          }
        }
        return found;
      });
    const broken: string[] = [];
    const widths = async (state: string) => {
      for (let width = 280; width <= 1280; width += width < 480 ? 4 : 40) {
        await page.setViewportSize({ width, height: 900 });
        for (const where of await stranded()) broken.push(`${state}, ${width} px: ${JSON.stringify(where)}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    // Her lines (« Je passe juste deux secondes » : c’est…), then with a comparison under them.
    await drop(page, join(root, 'samples/fr-elearning/module-securite.docx'));
    await page.selectOption('#voice', 'Narrateur');
    await widths('Narrateur');
    await page.check('#other-older');
    await page.locator('#compare-file').setInputFiles(join(root, 'samples/fr-elearning/module-securite.pdf'));
    await page.locator('#diff-title').waitFor({ timeout: 60_000 });
    await widths('compared');
    expect(broken).toEqual([]);
    // The marks were there to strand: the page's French has them (set with no-break spaces).
    const said = (await page.locator('body').innerText()).normalize();
    expect(said).toContain('Qui lit quoi');
    expect(said).toMatch(/\u00A0:/);
    expect(said).toContain('Écran 5 — Storyboard : gestes et postures');
    // Copied into an email, a sentence keeps its no-break spaces (shown as spaces, never broken).
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied).toBe('vo-lines — quelles répliques sont les miennes\u202F?');
  });

  it('320 px wide: nothing runs off the side; the table becomes one card per voice', async () => {
    const narrow = await openBrowser(server.url, 'fr-FR', { width: 320, height: 640 });
    try {
      const page = await narrow.page();
      await page.goto(server.url);
      // A legend, warnings, sections, her lines with cues, a comparison: every part of the page.
      for (const [file, other] of [
        [join(LEGENDS, 'fr-podcast-swatch-highlights-lo.pdf'), join(LEGENDS, 'fr-podcast-swatch-highlights-lo.docx')],
        [join(root, 'samples/fr-elearning/module-securite.docx'), join(root, 'samples/fr-elearning/module-securite.pdf')],
      ]) {
        await drop(page, file);
        await page.selectOption('#voice', { index: 1 });
        await page.check('#other-older');
        await page.locator('#compare-file').setInputFiles(other);
        await page.locator('#diff-title').waitFor({ timeout: 60_000 });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, file).toBeLessThanOrEqual(320);
        expect(await page.locator('table.voices tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
      }
      expect(await page.locator('table.sections tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
      expect(narrow.foreign).toEqual([]);
    } finally {
      await narrow.close();
    }
  });

  it('read as a French narrator reads it: colour groups in French wherever a voice is named, the right direction, a column that is no colour, the status after a comparison', async () => {
    // No legend the page trusts: the voices are colour groups, named by their colour in French everywhere.
    const page = await fresh(fr);
    await drop(page, join(LEGENDS, 'rejected-duplicated-colour.docx'));
    await expect(page.locator('#my-total').textContent()).resolves.toBe('Rien n’indique encore quelles couleurs sont lues\u00A0: nommez les couleurs ci-dessus, puis choisissez la vôtre.');
    // The naming form is above "I am".
    expect(await page.locator('#naming').evaluate((naming) => Boolean(naming.compareDocumentPosition(document.getElementById('mine')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    // Each colour to name with a sample of its text quoted the page's way.
    await expect(page.locator('#naming .naming-row .aside').first().textContent()).resolves.toBe('30\u00A0mots · «\u202FHello and welcome! I am Priya from the front de…\u202F»');
    const doubts = await page.locator('#who .doubts li').allTextContents();
    expect(doubts[1]).toBe('#000000\u00A0noir (17\u00A0mots, 4\u00A0répliques) et #1F4E79\u00A0bleu foncé (30\u00A0mots, 2\u00A0répliques) se ressemblent (écart de couleur\u00A027,6, sous\u00A030)\u00A0: vérifiez qui lit quoi avant d’enregistrer. [¶1]');
    await page.selectOption('#voice', '#0070C0 blue');
    expect(await page.locator('#lines .cue').allTextContents()).toEqual(['Avant, #000000\u00A0noir\u00A0: Screen 1', 'Avant, #1F4E79\u00A0bleu foncé\u00A0: Everyone is. By Friday you will be the one reassuring the new starters.']);
    await expect(page.locator('#booth h2').textContent()).resolves.toBe('#0070C0\u00A0bleu — rejected-duplicated-colour.docx');
    expect(await page.locator('#booth .cue').allTextContents()).toEqual(['#000000\u00A0noir\u00A0: Screen 1', '#1F4E79\u00A0bleu foncé\u00A0: Everyone is. By Friday you will be the one reassuring the new starters.']);
    // A script all in one colour (a screenplay before its names are taken): nothing "tells voices apart".
    await drop(page, join(root, 'tests/fixtures/labels-screenplay/screenplay-caps-fr.docx'));
    // Its names alone on their lines wait for "Prendre ces noms comme voix": no "rien à vérifier", no voice picked.
    await expect(page.locator('#who .doubts li').allTextContents()).resolves.toEqual(['Les voix de ce script se distinguent par les noms de qui parle, pas par la couleur\u00A0: appuyez sur «\u202FPrendre ces noms comme voix\u202F» ci-dessus pour voir qui lit quoi.']);
    expect(await page.locator('#voice').inputValue()).toBe('');
    // All in one colour: no colours to name ("Je lis tout" is the choice).
    expect(await page.locator('#naming').count()).toBe(0);
    // Its voices by names: the table's column says how each is marked, not "Couleur".
    await page.click('#use-labels');
    await page.waitForSelector('#use-colours');
    expect(await page.locator('table.voices thead th').allTextContents()).toEqual(['Voix', 'Repère', 'Répliques', 'Mots', 'Prononcés', 'Part', 'Durée']);
    await page.selectOption('#voice', 'TOM');
    expect(await page.locator('#booth .cue').first().textContent()).toBe('ANNA\u00A0: Papa ? Tu es là-haut ?');
    const english = await fresh(en);
    await drop(english, join(root, 'tests/fixtures/labels-screenplay/screenplay-caps-fr.docx'));
    await expect(english.locator('#who .doubts li').allTextContents()).resolves.toEqual(['This script\'s voices are told by the speakers\' names, not by colour: press "Use these names as the voices" above to see whose lines are whose.']);
    expect(await english.locator('#voice').inputValue()).toBe('');
    expect(await english.locator('#naming').count()).toBe(0);
    await english.click('#use-labels');
    await english.waitForSelector('#use-colours');
    expect(await english.locator('table.voices thead th').nth(1).textContent()).toBe('Marked by');
    await english.selectOption('#voice', 'TOM');
    expect(await english.locator('#booth .cue').first().textContent()).toBe('ANNA: Papa ? Tu es là-haut ?');
    // A colour to name, with a sample of its text quoted the page's way.
    const coloured = await fresh(en);
    await drop(coloured, join(LEGENDS, 'rejected-duplicated-colour.docx'));
    await expect(coloured.locator('#naming .naming-row .aside').first().textContent()).resolves.toBe('30\u00A0words · "Hello and welcome! I am Priya from the front de…"');
    // A PDF showing tracked changes: its reviewers' colours are no colours to name (the words inserted go with their line's voice).
    await drop(page, join(root, 'tests/fixtures/pdf-tracked/lo-tracked.pdf'));
    expect(await page.locator('#naming .naming-row .aside').allTextContents()).toEqual([
      '18\u00A0mots · «\u202FThe boats come home early this morning , and th…\u202F»',
      '7\u00A0mots · «\u202FNobody waits on the quay any more.\u202F»',
      '6\u00A0mots · «\u202FScene 1. The harbour at dawn.\u202F»',
    ]);
    // After a comparison the status says it, not "Reading … 100 %".
    const compared = await fresh(fr);
    await drop(compared, join(root, 'samples/fr-elearning/module-securite.docx'));
    await compared.check('#other-older');
    await compared.locator('#compare-file').setInputFiles(join(root, 'samples/fr-elearning/module-securite.pdf'));
    await compared.locator('#diff-title').waitFor({ timeout: 60_000 });
    await expect(compared.locator('#status').textContent()).resolves.toBe('module-securite.docx comparé à module-securite.pdf.');
    // The sections' length to fit is not the voices' time: « Durée à tenir », beside « Toutes les voix ».
    await drop(compared, join(root, 'samples/en-commercial/spring-sale.docx'));
    expect(await compared.locator('table.sections thead th').allTextContents()).toEqual(['Section', 'Toutes les voix', 'Durée à tenir']);
    // A colour the legend says is not recorded is said to be a highlight when it is one (as the CLI says it), not only shown so.
    await drop(compared, join(LEGENDS, 'fr-podcast-key-sentences.docx'));
    await expect(compared.locator('#who p', { hasText: 'Non enregistré' }).textContent()).resolves.toBe('Non enregistré\u00A0: Aa#D9D9D9\u00A0gris pâle (surlignage ou trame) ');
  });

  it('a script all in one colour whose lines alternate in italics: the page does not say "nothing tells its voices apart" but that italics may, which vo-lines does not read (EN, FR)', async () => {
    const file = join(root, 'tests/fixtures/emphasis-coded/italics-en.docx');
    const page = await fresh(en);
    await drop(page, file);
    await expect(page.locator('#status').textContent()).resolves.toBe('italics-en.docx read: all in one colour; its voices may be told apart by italics, bold or a font, which vo-lines does not read.');
    const doubts = await page.locator('#who .doubts li').allTextContents();
    expect(doubts[0]).toBe('The whole script is in one colour (#000000 black, its headings aside), but its lines may be told apart by italics, bold or a font (see the warning below), which vo-lines does not read. If you read all of it, it is 81\u00A0words, about 32\u00A0s. If not, count your lines by hand, or ask whoever sent it for a script coded by colour.');
    expect((await page.locator('body').textContent())!).not.toContain('nothing in it tells one voice from another');
    expect((await page.locator('body').textContent())!).toContain('may be two voices told apart by italics');
    const french = await fresh(fr);
    await drop(french, file);
    await expect(french.locator('#status').textContent()).resolves.toBe('italics-en.docx lu\u00A0: tout d’une seule couleur\u202F; ses voix sont peut-être distinguées par l’italique, le gras ou la police, que vo-lines ne lit pas.');
    expect((await french.locator('body').textContent())!).toContain('sont peut-être deux voix distinguées par l’italique');
  });

  it('a script all in one colour, its voices found no other way: "I am" picks nothing and calls no line hers; the page says what the whole script comes to and what to ask (EN, FR); "I read all of it" on purpose', async () => {
    const folder = join(root, 'tests/fixtures/web-one-colour');
    const file = join(folder, 'all-black-en.docx');
    const report = cliReport(file);
    expect([report.voices.map((v) => v.name), report.total.words, clock(report.total.seconds)]).toEqual([['#000000 black'], 26, '0:10']);
    const page = await fresh(en);
    await drop(page, file);
    await expect(page.locator('#status').textContent()).resolves.toBe('all-black-en.docx read: all in one colour, nothing tells its voices apart.');
    // No colour to name as a voice, and no "nothing to check": what she must check is that nothing says which lines are hers.
    expect(await page.locator('#who .notice').count()).toBe(0);
    expect(await page.locator('#who .doubts').getAttribute('class')).toBe('doubts');
    expect(await page.locator('#who .doubts li').allTextContents()).toEqual([
      'The whole script is in one colour (#000000 black): nothing in it tells one voice from another. If you read all of it, it is 26\u00A0words, about 10\u00A0s. If not, ask whoever sent it which lines are yours, or for a script coded by colour (or a vo-lines.config.yaml naming the voices, to drop with it).',
    ]);
    expect(await page.locator('#voice').inputValue()).toBe('');
    expect(await page.locator('#voice option').allTextContents()).toEqual(['Choose your voice…', 'I read all of it (#000000 black)']);
    // No colours to name as voices: no "Name the colours" form beside it.
    expect(await page.locator('#naming').count()).toBe(0);
    await expect(page.locator('#my-total').textContent()).resolves.toBe('Nothing in this script says which lines are yours. If you read all of it, choose "I read all of it" above.');
    expect(await page.locator('#lines').count()).toBe(0);
    expect(await page.locator('#download-csv-voice').isDisabled()).toBe(true);
    // Chosen on purpose: the whole script is hers, as she said.
    await page.selectOption('#voice', '#000000 black');
    await expect(page.locator('#my-total').textContent()).resolves.toBe('Your lines: 26\u00A0words, about 10\u00A0s; the whole script: 26\u00A0words. (26\u00A0words said aloud, at 150\u00A0words a minute.)');
    expect(await page.locator('#lines-list li .line-text').allTextContents()).toEqual(report.voices[0]!.lines.map((l) => l.text));
    // That choice is not taken for her the next time a script of that name is dropped.
    const again = await fresh(en);
    await drop(again, file);
    expect(await again.locator('#voice').inputValue()).toBe('');
    expect(await again.locator('#lines').count()).toBe(0);

    // An AV script all in black whose one speaker (NARRATOR:, three times) stands with cues used once (MUSIC:, SFX:): told by its
    // labels (tests/one-speaker-cues.test.ts), no more "the whole script is in one colour, 39 words" (its cues and title with it).
    const av = await fresh(en);
    await drop(av, join(root, 'tests/fixtures/av-columns/en-av-two-columns.docx'));
    expect((await av.locator('#who .doubts li').allTextContents())[0]).toBe(
      'This script\'s voices are told by the speakers\' names, not by colour: press "Use these names as the voices" above to see whose lines are whose.',
    );

    // In French, with Word's blue headings aside: the whole script's figures, headings included.
    const headings = join(folder, 'all-black-headings-fr.docx');
    const whole = cliReport(headings);
    expect([whole.voices.map((v) => [v.name, v.words]), whole.total.words, clock(whole.total.seconds)]).toEqual([[['#365F91 dark blue', 4], ['#000000 black', 26]], 30, '0:12']);
    const french = await fresh(fr);
    await drop(french, headings);
    await expect(french.locator('#status').textContent()).resolves.toBe('all-black-headings-fr.docx lu\u00A0: tout d’une seule couleur, rien n’y distingue les voix.');
    expect(await french.locator('#who .doubts li').allTextContents()).toEqual([
      'Tout le script est d’une seule couleur (#000000\u00A0noir, titres à part)\u00A0: rien n’y distingue une voix d’une autre. Si vous le lisez en entier, c’est 30\u00A0mots, environ 12\u00A0s. Sinon, demandez à qui vous l’a envoyé quelles répliques sont les vôtres, ou un script codé par couleur (ou un vo-lines.config.yaml qui nomme les voix, à déposer avec lui).',
    ]);
    // The headings' colour is no voice to be told hers: not offered (page15; it was, and said no colour was read), said apart.
    expect(await french.locator('#voice option').allTextContents()).toEqual(['Choisissez votre voix…', 'Je lis tout (#000000\u00A0noir)']);
    await expect(french.locator('#heading-groups').textContent()).resolves.toBe('Pas proposé sous «\u202FJe suis\u202F»\u00A0: #365F91\u00A0bleu foncé (2\u00A0titres), la couleur des seuls titres du script.');
    await expect(french.locator('#my-total').textContent()).resolves.toBe('Rien dans ce script ne dit quelles répliques sont les vôtres. Si vous le lisez en entier, choisissez «\u202FJe lis tout\u202F» ci-dessus.');
    await french.selectOption('#voice', '#000000 black');
    await expect(french.locator('#my-total').textContent()).resolves.toBe('Vos répliques\u00A0: 26\u00A0mots, environ 10\u00A0s\u202F; le script entier\u00A0: 30\u00A0mots. (26\u00A0mots prononcés, à 150\u00A0mots par minute.)');
  });

  it('a script all in one colour with speakers\' labels, before "Use these names": "I am" picks nobody, no "nothing to check", the page says the voices are told by the names, not by colour (EN, FR); after it, the names', async () => {
    const folder = join(root, 'tests/fixtures/web-one-colour');
    const labelled = join(folder, 'narrator-labels-black.docx');
    const page = await fresh(en);
    await drop(page, labelled);
    await expect(page.locator('#status').textContent()).resolves.toBe('narrator-labels-black.docx read: its voices are told by the speakers\' names, not by colour.');
    expect(await page.locator('#who .notice').allTextContents()).toEqual(['This script has no colour coding, but its lines open with the name of who speaks: "NARRATOR:", "EXPERT:". Use these names as the voices']);
    expect(await page.locator('#who .doubts').getAttribute('class')).toBe('doubts');
    expect(await page.locator('#who .doubts p').count()).toBe(0);
    expect(await page.locator('#who .doubts li').allTextContents()).toEqual([
      'This script\'s voices are told by the speakers\' names, not by colour: press "Use these names as the voices" above to see whose lines are whose.',
    ]);
    expect(await page.locator('#voice').inputValue()).toBe('');
    // The one colour is the whole script, as with no names (web4's wording): hers only if she says she reads all of it.
    expect(await page.locator('#voice option').allTextContents()).toEqual(['Choose your voice…', 'I read all of it (#000000 black)']);
    await expect(page.locator('#my-total').textContent()).resolves.toBe('Nothing says yet which lines are yours: press "Use these names as the voices" above, then choose your name. If you read all of it, choose "I read all of it" above.');
    expect(await page.locator('#lines').count()).toBe(0);
    // Chosen on purpose: the whole script is hers, as she said; not taken for her the next time.
    await page.selectOption('#voice', '#000000 black');
    // Read by its colour, the four labels are counted as words: the page says so, and what the voices come to without them.
    await expect(page.locator('#my-total').textContent()).resolves.toBe(
      'Your lines: 30\u00A0words, about 12\u00A0s; the whole script: 30\u00A0words. (30\u00A0words said aloud, at 150\u00A0words a minute.) These counts include the speakers\' names, which are not said: read by the names ("Use these names as the voices"), all the voices come to 26\u00A0words, about 10\u00A0s.',
    );
    expect(await page.locator('#who .doubts li').allTextContents()).toEqual([
      'This script\'s voices are told by the speakers\' names, not by colour: press "Use these names as the voices" above to see whose lines are whose.',
    ]);
    const again = await fresh(en);
    await drop(again, labelled);
    expect(await again.locator('#voice').inputValue()).toBe('');
    // After "Use these names": the voices are the names, as before.
    await page.click('#use-labels');
    await page.waitForSelector('#use-colours');
    await expect(page.locator('#status').textContent()).resolves.toBe('narrator-labels-black.docx read: 2\u00A0voices.');
    expect((await table(page)).map((row) => row.slice(0, 3))).toEqual([['NARRATOR', '2', '15'], ['EXPERT', '2', '11'], ['Not read (no voice)', '0', '0'], ['Whole script', '4', '26']]);
    await expect(page.locator('#who .doubts p').textContent()).resolves.toBe('Nothing to check: each voice\'s lines open with its name.');
    await page.selectOption('#voice', 'NARRATOR');
    await expect(page.locator('#my-total').textContent()).resolves.toBe('Your lines: 15\u00A0words, about 6\u00A0s; the whole script: 26\u00A0words. (15\u00A0words said aloud, at 150\u00A0words a minute.)');

    const french = await fresh(fr);
    await drop(french, labelled);
    await expect(french.locator('#status').textContent()).resolves.toBe('narrator-labels-black.docx lu\u00A0: ses voix se distinguent par les noms de qui parle, pas par la couleur.');
    expect(await french.locator('#who .doubts li').allTextContents()).toEqual([
      'Les voix de ce script se distinguent par les noms de qui parle, pas par la couleur\u00A0: appuyez sur «\u202FPrendre ces noms comme voix\u202F» ci-dessus pour voir qui lit quoi.',
    ]);
    expect(await french.locator('#voice').inputValue()).toBe('');
    expect(await french.locator('#voice option').allTextContents()).toEqual(['Choisissez votre voix…', 'Je lis tout (#000000\u00A0noir)']);
    await expect(french.locator('#my-total').textContent()).resolves.toBe('Rien n’indique encore quelles répliques sont les vôtres\u00A0: appuyez sur «\u202FPrendre ces noms comme voix\u202F» ci-dessus, puis choisissez votre nom. Si vous le lisez en entier, choisissez «\u202FJe lis tout\u202F» ci-dessus.');
    expect(await french.locator('#lines').count()).toBe(0);

    // The speakers' names alone on their lines above the dialogue (a dubbing script typed by hand), all black: the same.
    const onLines = join(folder, 'name-lines-black-fr.docx');
    const whole = cliReport(onLines);
    expect([whole.voices.map((v) => v.name), whole.total.words, clock(whole.total.seconds)]).toEqual([['#000000 black'], 35, '0:14']);
    const screenplay = await fresh(fr);
    await drop(screenplay, onLines);
    await expect(screenplay.locator('#status').textContent()).resolves.toBe('name-lines-black-fr.docx lu\u00A0: ses voix se distinguent par les noms de qui parle, pas par la couleur.');
    expect(await screenplay.locator('#who .notice').allTextContents()).toEqual(['Ce script n’a pas de code couleur, mais le nom de chaque personnage est seul sur sa ligne, au-dessus de ses répliques\u00A0: MARIE, PAUL. Prendre ces noms comme voix']);
    expect(await screenplay.locator('#who .doubts li').allTextContents()).toEqual([
      'Les voix de ce script se distinguent par les noms de qui parle, pas par la couleur\u00A0: appuyez sur «\u202FPrendre ces noms comme voix\u202F» ci-dessus pour voir qui lit quoi.',
    ]);
    expect(await screenplay.locator('#voice').inputValue()).toBe('');
    expect(await screenplay.locator('#voice option').allTextContents()).toEqual(['Choisissez votre voix…', 'Je lis tout (#000000\u00A0noir)']);
    expect(await screenplay.locator('#naming').count()).toBe(0);
    await expect(screenplay.locator('#my-total').textContent()).resolves.toBe('Rien n’indique encore quelles répliques sont les vôtres\u00A0: appuyez sur «\u202FPrendre ces noms comme voix\u202F» ci-dessus, puis choisissez votre nom. Si vous le lisez en entier, choisissez «\u202FJe lis tout\u202F» ci-dessus.');
    await screenplay.selectOption('#voice', '#000000 black');
    await expect(screenplay.locator('#my-total').textContent()).resolves.toBe(
      'Vos répliques\u00A0: 35\u00A0mots, environ 14\u00A0s\u202F; le script entier\u00A0: 35\u00A0mots. (35\u00A0mots prononcés, à 150\u00A0mots par minute.) Ces chiffres comptent les noms de qui parle, qui ne se disent pas\u00A0: lues d’après les noms («\u202FPrendre ces noms comme voix\u202F»), toutes les voix font 27\u00A0mots, environ 11\u00A0s.',
    );
    // After the button: the names, and "I read all of it" is gone (each name is a voice).
    await screenplay.click('#use-labels');
    await screenplay.waitForSelector('#use-colours');
    expect(await screenplay.locator('#voice option').allTextContents()).toEqual(['Choisissez votre voix…', 'MARIE', 'PAUL']);
    await expect(screenplay.locator('#who .doubts p').textContent()).resolves.toBe('Rien à vérifier\u00A0: les répliques de chaque voix sont sous son nom.');
  });

  it('one voice named by its colour, the rest of the text read by nobody: the page says her colour is clearly apart from the rest of the text (when the check finds it so), not "from the other voices" (EN, FR)', async () => {
    const folder = join(root, 'tests/fixtures/web-one-voice');
    const blue = join(folder, 'one-voice-blue-fr.docx');
    const config = join(folder, 'vo-lines.config.yaml');
    const report = cliReport(blue, []);
    expect([report.voices.map((v) => [v.name, v.words]), report.unassigned.words, report.warnings]).toEqual([[['Marie', 19]], 16, []]);
    for (const [browser, said, locale, labels] of [
      [en, 'No doubt about the colours: Marie\'s colour is clearly different from the rest of the text.', 'en-GB', EN],
      [fr, 'Aucun doute sur les couleurs\u00A0: la couleur de Marie se distingue nettement du reste du texte.', 'fr-FR', FR],
    ] as const) {
      const page = await fresh(browser);
      await drop(page, blue, config);
      expect(await page.locator('#who .doubts').getAttribute('class')).toBe('doubts none');
      await expect(page.locator('#who .doubts p').textContent()).resolves.toBe(said);
      expect(await table(page)).toEqual(expectedTable(report, locale, labels));
    }
    // Her colour named on the page, the other left empty: the same sentence.
    const named = await fresh(en);
    await drop(named, blue);
    await named.fill('#naming input[name="#0070C0 blue"]', 'Marie');
    const before = await named.evaluate(() => document.body.dataset.done ?? '0');
    await named.click('#apply-names');
    await named.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before);
    await expect(named.locator('#who .doubts p').textContent()).resolves.toBe('No doubt about the colours: Marie\'s colour is clearly different from the rest of the text.');
    // A title in Word's "Heading 1" blue, near hers, is left aside by the check: said so.
    const heading = await fresh(fr);
    await drop(heading, join(folder, 'one-voice-heading-fr.docx'), join(folder, 'heading.config.yaml'));
    await expect(heading.locator('#who .doubts p').textContent()).resolves.toBe('Aucun doute sur les couleurs\u00A0: la couleur de Marie se distingue nettement du reste du texte, titres à part.');
    // Both colours hers (one voice, no text of no voice): all the text is hers.
    const all = join(mkdtempSync(join(work, 'one-voice-')), 'vo-lines.config.yaml');
    writeFileSync(all, 'voices:\n  Marie: { color: ["#0070C0", "#000000"] }\n');
    const hers = await fresh(fr);
    await drop(hers, blue, all);
    await expect(hers.locator('#who .doubts p').textContent()).resolves.toBe('Aucun doute sur les couleurs\u00A0: tout le texte est à Marie.');
    // Her navy reads as the black around it: the look-alike warning, no all-clear.
    const navy = await fresh(en);
    await drop(navy, join(folder, 'one-voice-navy-fr.docx'), join(folder, 'navy.config.yaml'));
    expect(await navy.locator('#who .doubts p').count()).toBe(0);
    expect(await navy.locator('#who .doubts li').allTextContents()).toEqual([
      'Marie (#1F3864 dark blue: 19\u00A0words, 3\u00A0lines) and text of no voice (#000000 black: 16\u00A0words, 3\u00A0lines) look alike (colour difference\u00A023.5, under\u00A030): check which lines are whose before recording. [¶2]',
    ]);
  });

  it('a script in one colour whose voices are found another way is not that case: voices by style, or by name and style, from a config: nothing said of colours (EN, FR)', async () => {
    const folder = join(root, 'tests/fixtures/web-one-colour');
    // Voices by paragraph style from a config: no colour tells them, so nothing is said of colours.
    const styled = join(folder, 'styles-black.docx');
    const config = join(folder, 'styles-black.config.yaml');
    const byStyle = cliReport(styled, ['--config', basename(config)]);
    expect(byStyle.voices.map((v) => [v.name, v.words])).toEqual([['Host', 15], ['Guest', 16]]);
    expect(byStyle.warnings).toEqual([]);
    for (const [browser, said, locale, labels] of [
      [en, 'Nothing to check: each voice\'s lines are found by its style.', 'en-GB', EN],
      [fr, 'Rien à vérifier\u00A0: les répliques de chaque voix sont trouvées par son style.', 'fr-FR', FR],
    ] as const) {
      const styledPage = await fresh(browser);
      await drop(styledPage, styled, config);
      await expect(styledPage.locator('#who .doubts p').textContent()).resolves.toBe(said);
      expect(await styledPage.locator('#voice').inputValue()).toBe('');
      expect(await table(styledPage)).toEqual(expectedTable(byStyle, locale, labels));
    }
    // A voice told by its name and its style, beside one told by its style.
    const mixed = join(mkdtempSync(join(work, 'styles-')), 'vo-lines.config.yaml');
    writeFileSync(mixed, 'voices:\n  Host:\n    style: Host line\n  Guest:\n    style: Guest line\n    label: GUEST\n');
    const both = await fresh(en);
    await drop(both, styled, mixed);
    await expect(both.locator('#who .doubts p').textContent()).resolves.toBe('Nothing to check: each voice\'s lines are found by its name or its style.');
  });

  it('a config saved under another name (a second download: "vo-lines.config (1).yaml") is read with its script; a config dropped alone asks for its script; one line found says "line"', async () => {
    const folder = mkdtempSync(join(work, 'renamed-'));
    const config = join(folder, 'vo-lines.config (1).yaml');
    copyFileSync(join(root, 'samples/fr-elearning/vo-lines.config.yaml'), config);
    const file = join(root, 'samples/fr-elearning/module-securite.docx');
    const page = await fresh(fr);
    await drop(page, config);
    await expect(page.locator('#error').textContent()).resolves.toBe('Ce fichier ne peut pas être lu\u00A0: vo-lines.config (1).yaml est une config\u00A0: déposez-la avec son script (ou le script d’abord, puis elle).');
    await drop(page, file, config);
    await expect(page.locator('#who > p').first().textContent()).resolves.toBe('Voix lues dans vo-lines.config (1).yaml.');
    expect(await table(page)).toEqual(expectedTable(cliReport(file, ['--config', config]), 'fr-FR', FR));
    await page.selectOption('#voice', 'Apprenant');
    await page.fill('#search', 'EPI');
    await expect(page.locator('#lines-shown').textContent()).resolves.toBe('1\u00A0réplique sur 6\u00A0affichée');
    await page.fill('#search', 'allée');
    await expect(page.locator('#lines-shown').textContent()).resolves.toBe('2\u00A0répliques sur 6\u00A0affichées');
    // Dropped after its script, under that name too.
    const again = await fresh(en);
    await drop(again, file);
    await drop(again, config);
    await expect(again.locator('#who > p').first().textContent()).resolves.toBe('Voices from vo-lines.config (1).yaml.');
    const alone = await fresh(en);
    await drop(alone, config);
    await expect(alone.locator('#error').textContent()).resolves.toBe('This file cannot be read: vo-lines.config (1).yaml is a config: drop it with its script (or the script first, then it).');
    // A colour no voice has, in French: the words are whose to check.
    const header = await fresh(fr);
    await drop(header, join(root, 'tests/fixtures/header-legend/header-legend-fr.docx'));
    // Its one heading in a colour no voice has: said as a heading nobody reads (headings-unassigned), not a colour to fix.
    await expect(header.locator('#who .doubts li').first().textContent()).resolves.toBe('1\u00A0titre (5\u00A0mots) en #365F91\u00A0bleu foncé, couleur d’aucune voix, compte comme une réplique de personne\u00A0: «\u202FModule 3 – La sécurité incendie\u202F». S’il est lu à voix haute, donnez cette couleur à la voix qui le lit. [¶1]');
  });

  it('"Print my lines" prints only her booth script: each line with its cue', async () => {
    const file = join(LEGENDS, 'en-radio-parens-shading.docx');
    const report = cliReport(file);
    const page = await fresh(en);
    await drop(page, file);
    const voice = report.voices[1] ?? report.voices[0]!;
    await page.selectOption('#voice', voice.name);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('#booth').isVisible()).toBe(true);
      for (const hidden of ['#drop', '#who', '#voices', '#downloads', 'body > header']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
      expect(await page.locator('#booth .booth-line .line-text').allTextContents()).toEqual(voice.lines.map((l) => l.text));
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('compares with another version: the per-voice changes the CLI\'s diff finds', async () => {
    const page = await fresh(en);
    const newer = join(root, 'samples/fr-elearning/module-securite.docx');
    const older = join(root, 'samples/fr-elearning/module-securite.pdf');
    await drop(page, newer);
    await page.selectOption('#voice', 'Narrateur');
    await page.check('#other-older');
    await page.locator('#compare-file').setInputFiles(older);
    await page.locator('#diff-title').waitFor({ timeout: 60_000 });
    const result = spawnSync(process.execPath, [cli, 'diff', older, newer, '--json', '--no-config'], { encoding: 'utf8', env: plainEnv() });
    const diff = JSON.parse(result.stdout) as { voices: { name: string; words: { old: number; new: number } }[] };
    const rows = await page.locator('table.diff tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
    for (const voice of diff.voices) {
      const row = rows.find((r) => r[0] === voice.name);
      expect(row, voice.name).toBeDefined();
      expect(row![2]).toBe(`${voice.words.old} → ${voice.words.new}`);
    }
    await expect(page.locator('#diff-title').textContent()).resolves.toBe('module-securite.pdf (before) → module-securite.docx (after)');
  });

  it('compares two versions that differ: each voice\'s changes and words as the CLI\'s diff gives them, her lines word by word', async () => {
    const folder = mkdtempSync(join(work, 'versions-'));
    const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const script = (paragraphs: [string, string][]) =>
      buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`).join('') });
    const [N, L, B] = ['404040', '00B050', '000000'];
    writeFileSync(join(folder, 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } }, unassigned: ['#000000'] }));
    writeFileSync(
      join(folder, 'proof.docx'),
      script([[B, 'Screen 1'], [N, 'Welcome to the warehouse safety module.'], [L, 'Do I really need the vest?'], [N, 'Yes, every time you cross the yard.'], [L, 'Understood, thanks.'], [N, 'Let us begin.']]),
    );
    writeFileSync(
      join(folder, 'final.docx'),
      script([[B, 'Screen 1'], [N, 'Welcome to the new warehouse safety module.'], [L, 'Do I really need the vest?'], [L, 'Yes, every time you cross the yard.'], [N, 'Let us begin.'], [N, 'Your manager signs the form at the end.']]),
    );
    const page = await fresh(en);
    await drop(page, join(folder, 'final.docx'), join(folder, 'vo-lines.config.json'));
    await page.selectOption('#voice', 'Narrator');
    await page.check('#other-older');
    await page.locator('#compare-file').setInputFiles(join(folder, 'proof.docx'));
    await page.locator('#diff-title').waitFor({ timeout: 60_000 });
    const result = spawnSync(process.execPath, [cli, 'diff', 'proof.docx', 'final.docx', '--json', '--config', 'vo-lines.config.json'], { cwd: folder, encoding: 'utf8', env: plainEnv() });
    expect(result.status, result.stderr).toBe(0);
    type Line = { text?: string; old?: string; new?: string };
    const diff = JSON.parse(result.stdout) as { voices: { name: string; added: Line[]; removed: Line[]; changed: Line[]; reassignedIn: Line[]; reassignedOut: Line[]; moved: Line[]; words: { old: number; new: number; delta: number } }[] };
    const rows = await page.locator('table.diff tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
    const said = (v: (typeof diff.voices)[number]) => {
      const parts = ([[v.added, 'added'], [v.removed, 'removed'], [v.changed, 'changed'], [v.reassignedIn, 'taken from another voice'], [v.reassignedOut, 'given to another voice'], [v.moved, 'moved']] as const)
        .filter(([lines]) => lines.length)
        .map(([lines, what]) => `${lines.length}\u00A0${what}`);
      const delta = v.words.delta > 0 ? `+${v.words.delta}` : v.words.delta < 0 ? `−${-v.words.delta}` : '±0';
      return parts.length ? `${parts.join(', ')} · ${delta}\u00A0${Math.abs(v.words.delta) === 1 ? 'word' : 'words'}` : 'No change';
    };
    for (const voice of diff.voices) expect(rows.find((r) => r[0] === voice.name), voice.name).toEqual([voice.name, said(voice), `${voice.words.old} → ${voice.words.new}`]);
    const narrator = diff.voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.changed.length + narrator.added.length + narrator.reassignedOut.length).toBeGreaterThan(2);
    // Her lines: the changed one word by word (the inserted word marked), the added one, the one given away.
    expect(await page.locator('.diff-lines ins').allTextContents()).toEqual(expect.arrayContaining(['Your manager signs the form at the end.']));
    expect((await page.locator('.diff-lines ins').allTextContents()).join(' ')).toContain('new');
    expect(await page.locator('.diff-lines del').allTextContents()).toEqual(expect.arrayContaining(['Yes, every time you cross the yard.']));
    expect(await page.locator('.diff-lines li').count()).toBe(narrator.changed.length + narrator.added.length + narrator.removed.length + narrator.reassignedIn.length + narrator.reassignedOut.length + narrator.moved.length);
  });

  it('compares versions whose lines were joined, split or given away and edited: she reads which, in her words (EN and FR)', async () => {
    const folder = mkdtempSync(join(work, 'regrouped-'));
    const script = (paragraphs: [string, string][]) =>
      buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') });
    const [N, L] = ['404040', '00B050'];
    writeFileSync(join(folder, 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } } }));
    writeFileSync(
      join(folder, 'proof.docx'),
      script([[N, 'Welcome to the module.'], [N, 'It lasts ten minutes.'], [L, 'Do I need the vest?'], [N, 'Yes, every time you cross the yard. Your manager checks it at the gate.'], [N, 'Ask your team leader for a new pair of gloves.']]),
    );
    writeFileSync(
      join(folder, 'final.docx'),
      script([[N, 'Welcome to the module. It lasts ten minutes.'], [L, 'Do I need the vest?'], [N, 'Yes, every time you cross the yard.'], [N, 'Your manager checks it at the gate.'], [L, 'Ask your team manager for a new pair of gloves.']]),
    );
    const result = spawnSync(process.execPath, [cli, 'diff', 'proof.docx', 'final.docx', '--json', '--config', 'vo-lines.config.json'], { cwd: folder, encoding: 'utf8', env: plainEnv() });
    expect(result.status, result.stderr).toBe(0);
    const narrator = (JSON.parse(result.stdout) as { voices: { name: string; changed: { regrouped?: { how: string } }[]; reassignedOut: { parts?: unknown }[] }[] }).voices.find((v) => v.name === 'Narrator')!;
    expect(narrator.changed.map((l) => l.regrouped?.how)).toEqual(['joined', 'split']);
    expect(narrator.reassignedOut.map((l) => l.parts !== undefined)).toEqual([true]);
    for (const [lang, words] of [
      [en, ['¶1 · ¶1 and ¶2 joined into one line', '¶3 · ¶4 split in 2: now ¶3 and ¶4', '¶5 · Learner · edited too']],
      [fr, ['¶1 · ¶1 et ¶2 réunis en une réplique', '¶3 · ¶4 coupé en 2\u00A0: maintenant ¶3 et ¶4', '¶5 · Learner · modifiée aussi']],
    ] as const) {
      const page = await fresh(lang);
      await drop(page, join(folder, 'final.docx'), join(folder, 'vo-lines.config.json'));
      await page.selectOption('#voice', 'Narrator');
      await page.check('#other-older');
      await page.locator('#compare-file').setInputFiles(join(folder, 'proof.docx'));
      await page.locator('#diff-title').waitFor({ timeout: 60_000 });
      expect(await page.locator('.diff-lines .line-meta').allTextContents()).toEqual(words);
      // Joined and split lines: no word marked as new or removed; the line given away shows its edit.
      expect(await page.locator('.diff-lines ins').allTextContents()).toEqual([]);
      expect(await page.locator('.diff-lines del').allTextContents()).toEqual(['Ask your team leader for a new pair of gloves.']);
    }
  });

  it('no legend, no config: she names the colours, the names are remembered for that script, the config matches', async () => {
    const file = join(LEGENDS, 'rejected-colour-not-used.docx');
    const colours = cliReport(file);
    const page = await fresh(en);
    await drop(page, file);
    await expect(page.locator('#my-total').textContent()).resolves.toContain('Nothing says yet which colours are read');
    const groups = await page.locator('#naming input[type=text]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    expect(groups.sort()).toEqual(colours.voices.map((v) => v.name).sort());
    const yellow = groups.find((g) => g.startsWith('#FFFF00'))!;
    const turquoise = groups.find((g) => g.startsWith('#00FFFF'))!;
    await page.fill(`#naming input[name="${yellow}"]`, 'Mia');
    await page.fill(`#naming input[name="${turquoise}"]`, 'Announcer');
    await page.click('#apply-names');
    await page.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voices from the names you gave the colours.'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
    const config = join(work, 'named.config.yaml');
    copyFileSync((await download.path())!, config);
    const named = cliReport(file, ['--config', config]);
    expect(named.voices.map((v) => v.name)).toEqual(['Mia', 'Announcer']);
    expect(await table(page)).toEqual(expectedTable(named, 'en-GB', EN));
    // Back later with the same script: the names are still there.
    const again = await fresh(en);
    await drop(again, file);
    await expect(again.locator('#who').textContent()).resolves.toContain('Voices from the names you gave the colours earlier, in this browser, for a script named rejected-colour-not-used.docx: check they are this script\'s.');
    expect(await again.locator(`#naming input[name="${yellow}"]`).inputValue()).toBe('Mia');
    await again.click('#forget-names');
    await again.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('has no legend the page can trust'));
  });

  it('names remembered for a file name meet another script of that name: a colour new since is no voice\'s and said, never "not read" in silence', async () => {
    const script = (paragraphs: [string, string][]) =>
      buildDocx({ body: paragraphs.map(([colour, text]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') });
    const [RED, BLUE, BLACK, GREEN] = ['C00000', '0070C0', '000000', '00B050'];
    const first = mkdtempSync(join(work, 'job-a-'));
    const second = mkdtempSync(join(work, 'job-b-'));
    // The same file name, two clients: the second adds a green voice.
    writeFileSync(join(first, 'script.docx'), script([[BLACK, 'Spot 1 (30 seconds)'], [RED, 'Harbour Bank. Simple banking.'], [BLUE, 'I opened my account in five minutes.']]));
    writeFileSync(join(second, 'script.docx'), script([[BLACK, 'Spot 2 (30 seconds)'], [RED, 'Harbour Bank. Simple.'], [BLUE, 'I pay with my phone.'], [GREEN, 'Green Garden Centre. Grow with us.']]));
    const page = await fresh(en);
    await drop(page, join(first, 'script.docx'));
    const groups = await page.locator('#naming input[type=text]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    await page.fill(`#naming input[name="${groups.find((g) => g.startsWith('#C00000'))!}"]`, 'Anncr');
    await page.fill(`#naming input[name="${groups.find((g) => g.startsWith('#0070C0'))!}"]`, 'Woman');
    // Black left empty on purpose: not read.
    await page.click('#apply-names');
    await page.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voices from the names you gave the colours.'));
    expect(await page.locator('#who .doubts').textContent()).not.toContain('no voice');
    const other = await fresh(en);
    await drop(other, join(second, 'script.docx'));
    const who = (await other.locator('#who').textContent())!;
    expect(who).toContain('Voices from the names you gave the colours earlier, in this browser, for a script named script.docx: check they are this script\'s.');
    expect(who).toContain('Colours that were not there when you named them (another version, or another script of that name): #00B050 green (6\u00A0words).');
    // The green line is nobody's and said as such, as the command line says it with the config the page writes.
    const [download] = await Promise.all([other.waitForEvent('download'), other.click('#download-config')]);
    const config = join(second, 'vo-lines.config.yaml');
    copyFileSync((await download.path())!, config);
    const named = cliReport(join(second, 'script.docx'), ['--config', config]);
    expect(named.warnings.filter((w) => w.code === 'unknown-colour').map((w) => (w as { details?: { colour?: string } }).details?.colour)).toEqual(['#00B050']);
    expect(await table(other)).toEqual(expectedTable(named, 'en-GB', EN));
    expect(await other.locator('#who .doubts').textContent()).toContain('6\u00A0words in 1\u00A0line are #00B050 green, which is no voice\'s colour, e.g. "Green Garden Centre. Grow with us.". Nobody is counted as reading them');
    // Named now: remembered with the colours shown this time, the notice gone.
    await other.fill(`#naming input[name^="#00B050"]`, 'Garden');
    await other.click('#apply-names');
    await other.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voices from the names you gave the colours.'));
    expect(await other.locator('#who').textContent()).not.toContain('Colours that were not there');
  });

  it('one name typed two ways for two colours ("Mia", "mia ") is one voice with both colours, as the config the page writes says', async () => {
    const file = join(LEGENDS, 'rejected-colour-not-used.docx');
    const page = await fresh(en);
    await drop(page, file);
    const groups = await page.locator('#naming input[type=text]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
    await page.fill(`#naming input[name="${groups.find((g) => g.startsWith('#FFFF00'))!}"]`, 'Mia');
    await page.fill(`#naming input[name="${groups.find((g) => g.startsWith('#00FFFF'))!}"]`, 'mia ');
    await page.click('#apply-names');
    await page.waitForFunction(() => document.querySelector('#who')?.textContent?.includes('Voices from the names you gave the colours.'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-config')]);
    const config = join(mkdtempSync(join(work, 'one-name-')), 'vo-lines.config.yaml');
    copyFileSync((await download.path())!, config);
    const named = cliReport(file, ['--config', config]);
    expect(named.voices.map((v) => v.name)).toEqual(['Mia']);
    expect(await table(page)).toEqual(expectedTable(named, 'en-GB', EN));
  });

  it('timed by syllables (a config\'s timing: syllables): her time is said as it was worked out, as the command line counts it (EN and FR)', async () => {
    const folder = mkdtempSync(join(work, 'syllables-'));
    const file = join(folder, 'module-securite.docx');
    copyFileSync(join(root, 'samples/fr-elearning/module-securite.docx'), file);
    writeFileSync(join(folder, 'vo-lines.config.yaml'), `${readFileSync(join(root, 'samples/fr-elearning/vo-lines.config.yaml'), 'utf8')}\ntiming: syllables\n`);
    const report = cliReport(file, []) as Omit<CliReport, 'voices'> & { voices: (CliVoice & { syllables: number; syllablesPerSecond: number })[] };
    const voice = report.voices.find((v) => v.name === 'Narrateur')!;
    expect(voice.syllablesPerSecond).toBe(4.95);
    for (const [browser, said] of [
      [en, `Your lines: ${voice.words}\u00A0words, about ${voiceTime(report, 'Narrateur')}; the whole script: ${report.total.words}\u00A0words. (${voice.spokenWords}\u00A0words said aloud: ${voice.syllables}\u00A0syllables at 4.95 a second, with pauses at commas and full stops.)`],
      [fr, `Vos répliques\u00A0: ${voice.words}\u00A0mots, environ ${voiceTime(report, 'Narrateur', 'fr')}\u202F; le script entier\u00A0: ${report.total.words.toLocaleString('fr-FR').replace(/\u202F/g, '\u00A0')}\u00A0mots. (${voice.spokenWords}\u00A0mots prononcés\u00A0: ${voice.syllables.toLocaleString('fr-FR').replace(/\u202F/g, '\u00A0')}\u00A0syllabes à 4,95 par seconde, avec des pauses aux virgules et aux points.)`],
    ] as const) {
      const page = await fresh(browser);
      await drop(page, file, join(folder, 'vo-lines.config.yaml'));
      await page.selectOption('#voice', 'Narrateur');
      expect(await page.locator('#my-total').textContent()).toBe(said);
    }
  });

  it('a legend not used is no colour group to name: its words are nobody\'s lines, as the command line counts the groups', async () => {
    const file = join(root, 'tests/fixtures/legendweb/fr-legend-wrong.docx');
    const report = cliReport(file);
    const page = await fresh(en);
    await drop(page, file);
    const rows = await page.locator('#naming .naming-row').evaluateAll((ps) => ps.map((p) => [(p.querySelector('input') as HTMLInputElement).name, p.querySelector('.aside')?.textContent ?? '']));
    expect(rows.map(([name]) => name).sort()).toEqual(report.voices.map((v) => v.name).sort());
    expect(rows.some(([name]) => name!.startsWith('#FF00FF'))).toBe(false);
    const yellow = rows.find(([name]) => name!.startsWith('#FFFF00'))!;
    expect(yellow[1]).toMatch(/^14\u00A0words · /);
    expect(yellow[1]).not.toContain('VOIX OFF');
  });

  it('two scripts or two configs dropped at once: one of each is read, and the page says which files it did not read', async () => {
    const docx = join(root, 'samples/en-commercial/spring-sale.docx');
    const pdf = join(root, 'samples/en-commercial/spring-sale.pdf');
    const config = join(root, 'samples/en-commercial/vo-lines.config.json');
    const other = join(mkdtempSync(join(work, 'second-config-')), 'other.yaml');
    writeFileSync(other, 'voices:\n  Someone: {color: "#FF0000"}\n');
    const page = await fresh(en);
    await drop(page, docx, pdf, config, other);
    expect(await page.locator('#who .notice').first().textContent()).toBe(
      'Only spring-sale.docx was read, with vo-lines.config.json; dropped with them and not read: spring-sale.pdf and other.yaml. The page reads one script and one config at a time: to see what changed between two versions, use "Compare with another version" below.',
    );
    // No config among them: none is spoken of.
    const scripts = await fresh(fr);
    await drop(scripts, docx, pdf);
    expect(await scripts.locator('#who .notice').first().textContent()).toBe(
      'Seul spring-sale.docx a été lu\u202F; déposé avec lui et non lu\u00A0: spring-sale.pdf. La page lit un script à la fois\u00A0: pour voir ce qui a changé entre deux versions, utilisez «\u202FComparer avec une autre version\u202F» plus bas.',
    );
    await expect(page.locator('#who').textContent()).resolves.toContain('Voices from vo-lines.config.json.');
    // One file: nothing to say.
    const alone = await fresh(fr);
    await drop(alone, docx);
    expect(await alone.locator('#who').textContent()).not.toContain('déposé avec lui et non lu');
  });

  it('a long script: read in the page\'s worker, whose every progress message the page shows; the page loads no reader and answers a click before the worker has answered', async () => {
    // @ts-expect-error -- a plain JavaScript module of the benchmarks, without types
    const { buildLargeDocx } = (await import('../bench/build-large-docx.mjs')) as { buildLargeDocx: (options: { outDir: string; words: number }) => { docx: string } };
    const big = join(work, 'long-script.docx');
    copyFileSync(buildLargeDocx({ outDir: join(work, 'large'), words: 60_000 }).docx, big);
    const page = await fresh(en);
    // A first script starts the page's worker; the long one is then followed from inside it.
    await drop(page, join(root, 'samples/en-commercial/spring-sale.docx'));
    const worker = page.workers().find((w) => new URL(w.url()).pathname === '/worker.js');
    expect(worker, 'the page reads in its worker').toBeDefined();
    // In the worker: what it posts, in order, and its answer held until the test lets it go.
    await worker!.evaluate(() => {
      type Posted = { kind: string; unit?: string };
      const scope = self as unknown as { postMessage: (reply: Posted, transfer?: Transferable[]) => void; posted: string[]; release: () => void };
      const post = scope.postMessage.bind(self);
      let held: (() => void) | null = null;
      let released = false;
      scope.posted = [];
      scope.postMessage = (reply, transfer = []) => {
        scope.posted.push(reply.kind === 'progress' ? `progress ${reply.unit}` : reply.kind);
        if (reply.kind === 'analysed' && !released) held = () => post(reply, transfer);
        else post(reply, transfer);
      };
      scope.release = () => {
        released = true;
        held?.();
      };
    });
    // On the page: what it shows, in order: the progress bar at each change (one task, one state), the
    // click answered, the results (body[data-done] counts each result shown).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const bar = document.getElementById('progress') as HTMLProgressElement;
      // One observer for both: its records come in the order of the changes.
      const observer = new MutationObserver((records) => {
        for (const target of new Set(records.map((r) => r.target))) {
          seen.push(target === document.body ? 'results' : bar.hidden ? 'progress hidden' : bar.hasAttribute('value') ? 'progress value' : 'progress');
        }
      });
      observer.observe(bar, { attributes: true });
      observer.observe(document.body, { attributes: true, attributeFilter: ['data-done'] });
      // After the page's own listener: the page in French is the click answered.
      document.querySelector('.lang-switch button[value="fr"]')!.addEventListener('click', () => {
        seen.push(`click answered: ${document.documentElement.lang}`);
        // The status line said again in French at once, not at the worker's next message.
        (window as unknown as { statusAtClick: string }).statusAtClick = document.getElementById('status')!.textContent ?? '';
      });
    });
    await page.locator('#file').setInputFiles(big);
    // The worker's first "how far" (bytes of the document read) on the page, then a click.
    await page.waitForFunction(() => (document.getElementById('progress') as HTMLProgressElement).hasAttribute('value'), undefined, { timeout: 60_000 });
    await page.click('.lang-switch button[value="fr"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.lang-switch button[value="fr"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#choose-file').textContent()).toBe('Choisir un script…');
    expect(await page.evaluate(() => (window as unknown as { statusAtClick: string }).statusAtClick)).toMatch(/^(?:Lecture de long-script\.docx\s?:\s?\d|Lecture terminée\. Qui lit quoi\s?\? Attribution des voix et décompte…$)/u);
    expect(await page.locator('#results-title').textContent()).toContain('spring-sale.docx');
    await worker!.evaluate(() => (self as unknown as { release: () => void }).release());
    await page.locator('#results-title').getByText('long-script.docx').waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const posted = await worker!.evaluate(() => (self as unknown as { posted: string[] }).posted);
    // The worker read the document (its bytes, as it went), then worked out the report, then answered.
    const byteProgress = posted.filter((p) => p === 'progress byte').length;
    expect(byteProgress).toBeGreaterThan(0);
    expect(posted).toEqual([...Array<string>(byteProgress).fill('progress byte'), 'progress stage', 'analysed']);
    // The page: the bar shown, one change for each of the worker's messages, the click answered while the
    // worker had not answered, then the results and the bar hidden. After the reading the bar stays full
    // (a value, never "not known" again: a narrator read that as back to 0), the words saying the next step.
    const click = seen.indexOf('click answered: fr');
    expect(click).toBeGreaterThan(0);
    expect(seen.slice(0, click).filter((s) => s === 'progress value').length).toBeGreaterThan(0);
    expect(seen.filter((s) => s !== 'click answered: fr')).toEqual(['progress', ...Array<string>(byteProgress).fill('progress value'), 'progress value', 'progress hidden', 'results']);
    expect(seen.indexOf('results')).toBeGreaterThan(click);
    // The reader (the DOCX reader's WordprocessingML namespace) is in scripts of dist/web, none of which
    // the page's own thread has run, as its debugger lists them (the worker's are not the page's).
    const session = await page.context().newCDPSession(page);
    const parsed: string[] = [];
    session.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
    await session.send('Debugger.enable');
    await session.detach();
    const pageScripts = [...new Set(parsed.filter((url) => url.startsWith(server.url)).map((url) => new URL(url).pathname.slice(1)))];
    const readerScripts = readdirSync(join(root, 'dist/web'))
      .filter((name) => name.endsWith('.js') && readFileSync(join(root, 'dist/web', name), 'utf8').includes('schemas.openxmlformats.org/wordprocessingml/2006/main'));
    expect(pageScripts).toContain('app.js');
    expect(readerScripts.length).toBeGreaterThan(0);
    expect(pageScripts.filter((name) => readerScripts.includes(name))).toEqual([]);
    // The page keeps the reader's choice of language: English again for the tests after this one.
    await page.click('.lang-switch button[value="en"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('a script still being read after 62 s: the worker is stopped, the page says so in its own words (no --timeout), and reads the next file', async () => {
    // @ts-expect-error -- a plain JavaScript module of the benchmarks, without types
    const { buildLargeDocx } = (await import('../bench/build-large-docx.mjs')) as { buildLargeDocx: (options: { outDir: string; words: number }) => { docx: string } };
    const big = join(work, 'script-sans-fin.docx');
    copyFileSync(buildLargeDocx({ outDir: join(work, 'endless'), words: 200_000 }).docx, big);
    // A browser of its own: Playwright's clock is its whole context's. Time runs as usual until the
    // test jumps it forward, so the page's 62 s (the budget and 2 s for the worker to say so itself)
    // pass at once while the worker is still reading.
    const timed = await openBrowser(server.url, 'fr-FR');
    try {
      const page = await timed.page();
      await page.clock.install();
      await page.goto(server.url);
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      const progressSeen = page.waitForFunction(() => !(document.getElementById('progress') as HTMLProgressElement).hidden, undefined, { timeout: 30_000 });
      await page.locator('#file').setInputFiles(big);
      await progressSeen;
      await page.clock.fastForward(62_000);
      await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before, { timeout: 30_000 });
      expect(await page.locator('#error').textContent()).toBe(
        'Ce fichier ne peut pas être lu\u00A0: La lecture de script-sans-fin.docx a dépassé 60\u00A0s et a été arrêtée\u00A0: le fichier est abîmé ou bien plus gros qu’un script.',
      );
      expect(await page.locator('#results').isHidden()).toBe(true);
      // The stopped worker is replaced: the next script is read and counted.
      const sample = join(root, 'samples/en-commercial/spring-sale.docx');
      await drop(page, sample);
      expect(await page.locator('#error').isHidden()).toBe(true);
      expect(await table(page)).toEqual(expectedTable(cliReport(sample), 'fr-FR', FR));
      expect([timed.foreign, timed.errors]).toEqual([[], []]);
    } finally {
      await timed.close();
    }
  });

  /** Each file dropped in turn: the page's JSON report is the CLI's byte for byte, or its error is the CLI's line. */
  async function sameAsCli(folder: string, names: string[]): Promise<{ reports: number; errors: number }> {
    const page = await fresh(en);
    const seen = { reports: 0, errors: 0 };
    for (const name of names) {
      const file = join(folder, name);
      const expected = runCli(file, ['summary', name, '--json', '--no-config']);
      await drop(page, file);
      if (expected.code === 0) {
        expect(await page.locator('#error').isHidden(), name).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
        expect(readFileSync((await download.path())!, 'utf8'), name).toBe(expected.stdout);
        seen.reports++;
      } else {
        expect(expected.code, `${name}: ${expected.stderr}`).toBe(2);
        const message = ((await page.locator('#error').textContent()) ?? '').replace(/^This file cannot be read:\s*/, '');
        expect(message, name).toBe(expected.stderr.trim().replace(/^vo-lines: /, ''));
        seen.errors++;
      }
    }
    return seen;
  }

  describeShared('corpus/public-docx', 'real DOCX files from other producers (../shared/corpus/public-docx)', (folder) => {
    it('the page gives each the command line\'s JSON report byte for byte, or its one-line error', async () => {
      const names = readdirSync(folder).filter((name) => name.endsWith('.docx')).sort();
      expect(names.length).toBeGreaterThan(30);
      expect((await sameAsCli(folder, names)).reports).toBeGreaterThan(30);
    }, 300_000);
  });

  describeShared('fuzz-regressions', 'damaged and hostile files that once broke the tool (../shared/fuzz-regressions)', (folder) => {
    it('the page gives each the command line\'s report or its one-line refusal, and keeps working', async () => {
      const names = readdirSync(folder).filter((name) => /\.(docx|pdf)$/.test(name)).sort();
      const seen = await sameAsCli(folder, names);
      expect(seen.reports).toBeGreaterThan(0);
      expect(seen.errors).toBeGreaterThan(0);
    }, 300_000);
  });

  it('the same build from another static host, in a folder of its own, with no header of ours: it works and asks nothing elsewhere', async () => {
    // A plain static server (no Content-Security-Policy header: the page's meta tag is what holds),
    // the built folder served under /tools/vo-lines/.
    const folder = join(root, 'dist/web');
    const host = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const inside = normalize(path.replace(/^\/tools\/vo-lines\//, '/')).replace(/^\/+/, '');
      const file = join(folder, inside === '' ? 'index.html' : inside);
      if (!path.startsWith('/tools/vo-lines/') || !file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/tools/vo-lines/`;
    const elsewhere = await openBrowser(url, 'en-GB');
    try {
      const page = await elsewhere.page();
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toBeUndefined();
      // The meta tag's policy is in force: a script from another origin is refused by the page itself.
      const refused = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
            const script = document.createElement('script');
            script.src = 'https://cdn.example.invalid/x.js';
            document.head.append(script);
          }),
      );
      expect(refused).toMatch(/^script-src/);
      for (const name of ['fr-podcast-swatch-highlights-lo.pdf', 'en-explainer-table-names-highlighted.docx']) {
        const file = join(LEGENDS, name);
        await drop(page, file);
        expect(await table(page), name).toEqual(expectedTable(cliReport(file), 'en-GB', EN));
      }
      expect(elsewhere.requests.every((r) => r.startsWith(url))).toBe(true);
      expect(elsewhere.requests).toContain(`${url}worker.js`);
      expect(elsewhere.foreign).toEqual([]);
      // Only the refusal provoked above.
      expect(elsewhere.errors.filter((e) => !e.includes('cdn.example.invalid'))).toEqual([]);
    } finally {
      await elsewhere.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('every control is labelled, and every text on it has WCAG AA contrast (results, warnings, table, lines)', async () => {
    for (const browser of [en, fr]) {
      const page = await fresh(browser);
      // A script with warnings and no config: the doubts box, the legend, the table, her lines.
      await drop(page, join(root, 'samples/fr-elearning/module-securite.docx'));
      await page.selectOption('#voice', 'Narrateur');
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('input, select, button, textarea')]
          .filter((el) => {
            if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return false;
            if (el instanceof HTMLButtonElement) return !(el.textContent ?? '').trim();
            const labels = (el as HTMLInputElement).labels;
            return !labels || ![...labels].some((l) => (l.textContent ?? '').trim());
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unlabelled).toEqual([]);
      const low = await page.evaluate(() => {
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const c = [r!, g!, b!].map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
        };
        const background = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const bg = rgb(getComputedStyle(e).backgroundColor);
            if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) return bg.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (!(node.textContent ?? '').trim() || !el.checkVisibility() || el.closest('.swatch')) continue;
          const style = getComputedStyle(el);
          const fg = rgb(style.color);
          const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
          const ratio = (a! + 0.05) / (b! + 0.05);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)}: ${(node.textContent ?? '').trim().slice(0, 40)}`);
        }
        return out;
      });
      expect(low).toEqual([]);
    }
  });
});

