/**
 * The page in a real browser for the end-to-end tests: Debian's Chromium driven by playwright-core
 * (nothing downloaded: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1), a fresh profile each time, and the
 * built `vo-lines web` serving dist/web. Every request the page makes is routed through here and
 * recorded; any that is not for the page's own origin is refused and reported.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { underCi } from './shared.js';
import { plainEnv } from './env.js';

export const CHROMIUM = process.env.VO_LINES_CHROMIUM ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist', 'cli', 'main.cjs');

/** The launch flags of the brief: headless, no sandbox (CI runs as root), no network of Chromium's own. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `describe` when Chromium is installed; else one skipped test that says why, or under CI=true one failing test. */
export function describeBrowser(title: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(title, body);
    return;
  }
  const reason = `no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set VO_LINES_CHROMIUM)`;
  if (underCi()) {
    describe(title, () => {
      it('needs Chromium under CI=true', () => {
        throw new Error(`${reason}: .ci/run installs it; without it the page would pass untested.`);
      });
    });
    return;
  }
  console.warn(`[skipped] ${title}: ${reason}.`);
  describe(title, () => {
    it.skip(`skipped: ${reason}`, () => undefined);
  });
}

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `vo-lines web --no-open --port 0`; resolves with the URL it prints first. */
export function startServer(args: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'web', '--no-open', '--port', '0', ...args], { cwd: root, env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`vo-lines web exited (${code}) before printing its URL: ${err}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      child.removeAllListeners('exit');
      resolve({
        url: out.slice(0, newline),
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the page asked for. */
  requests: string[];
  /** Requests for another origin (refused). */
  foreign: string[];
  /** Errors the page threw or logged. */
  errors: string[];
  page(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowser(origin: string, locale: string, viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'vo-lines-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, locale, viewport, acceptDownloads: true });
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const own = new URL(origin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).origin !== own) {
      foreign.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    requests,
    foreign,
    errors,
    page: async () => context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Closes the browsers and the server of a suite (each may be missing if its setup failed) and gives
 * what the pages asked of other origins and the errors they met, for the suite to assert none.
 */
export async function closeAll(browsers: (Browser | undefined)[], server: Server | undefined): Promise<{ foreign: string[]; errors: string[] }> {
  const foreign = browsers.flatMap((b) => b?.foreign ?? []);
  const errors = browsers.flatMap((b) => b?.errors ?? []);
  for (const browser of browsers) await browser?.close();
  await server?.stop();
  return { foreign, errors };
}


/** What `pageSuite` opens before a suite's tests: the server and one browser per locale, in their order. */
export interface PageSuite {
  server: Server;
  browsers: Browser[];
}

/**
 * The set-up the page suites share, registered in a `describeBrowser` body: before its tests,
 * `vo-lines web` started and a browser opened per locale (handed to `opened`, for the suite to keep);
 * after them, all closed, and nothing the pages asked for went anywhere but their own origin, and
 * nothing broke in them.
 */
export function pageSuite(locales: string[], opened: (suite: PageSuite) => void): void {
  let server: Server | undefined;
  const browsers: Browser[] = [];
  beforeAll(async () => {
    server = await startServer();
    for (const locale of locales) browsers.push(await openBrowser(server.url, locale));
    opened({ server, browsers });
  }, 60_000);
  afterAll(async () => {
    const { foreign, errors } = await closeAll(browsers, server);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}

/** The browser's page at `url`, afresh (its viewport set first when given). */
export async function openPage(browser: Browser, url: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.page();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}

/**
 * The page's document as the callbacks run in it below read it: this file is type-checked without the
 * DOM library too (tests/tsconfig.json, for web-pictures.test.ts, which also loads the PDF reader).
 */
declare const document: { body: { dataset: Record<string, string | undefined> } };

/** Waits until the page has shown a result or an error after `before`, the count of them it had (body's data-done). */
export async function waitDone(page: Page, before: string): Promise<void> {
  await page.waitForFunction((seen) => (document.body.dataset.done ?? '0') !== seen, before, { timeout: 90_000 });
}

/** Drops files on the page (through its file input) and waits for the new result or error. */
export async function drop(page: Page, ...files: string[]): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.done ?? '0');
  await page.locator('#file').setInputFiles(files);
  await waitDone(page, before);
}
