#!/usr/bin/env node
// Makes the README's picture of the narrator's page (docs/web-page.png): `vo-lines web` from dist/,
// Debian's Chromium through playwright-core (nothing downloaded), English, 1100 px wide; a sample
// script dropped with no config, "I am: Narrateur" chosen. Every request the page makes is
// recorded: one for another origin stops the script. Run after `npm run build`:
//   node scripts/screenshot-web.mjs [OUT.png] [--full] [--fr] [--width=N]
// (--fr --width=360 --full: the French page on a phone, to look at; the README's picture is the default.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? join(root, 'docs', 'web-page.png');
const full = args.includes('--full');
const french = args.includes('--fr');
const width = Number(args.find((a) => a.startsWith('--width='))?.slice('--width='.length) ?? 1100);
const executablePath = process.env.VO_LINES_CHROMIUM ?? '/usr/bin/chromium';

const server = spawn(process.execPath, [join(root, 'dist/cli/main.cjs'), 'web', '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.once('exit', (code) => reject(new Error(`vo-lines web exited (${code})`)));
  server.stdout.on('data', (chunk) => {
    text += chunk;
    if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
  });
});
const profile = mkdtempSync(join(tmpdir(), 'vo-lines-shot-'));
const foreign = [];
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
    locale: french ? 'fr-FR' : 'en-GB',
    viewport: { width, height: 1300 },
    deviceScaleFactor: 1,
  });
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin !== new URL(url).origin) {
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.locator('#file').setInputFiles(join(root, 'samples/fr-elearning/module-securite.docx'));
  await page.locator('#results-title').waitFor({ timeout: 60_000 });
  await page.selectOption('#voice', 'Narrateur');
  await page.locator('#lines-list').waitFor();
  // No caret or focus ring in the picture.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.screenshot({ path: out, fullPage: full });
  await context.close();
} finally {
  server.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
}
if (foreign.length) {
  console.error(`the page asked for other origins: ${foreign.join(', ')}`);
  process.exit(1);
}
console.log(out);
