/**
 * The time budget (`--timeout`) holds in the PDF reader's layout too: the pages folded into
 * paragraphs (assemble.ts `toParagraphs`, on the calling thread, after the PDF threads are done) run
 * synchronously, so a timer cannot stop them; they check the budget as they go, page by page and
 * block by block. A fuzzed page of content drawn 50 times over once took 55 s there with a 5-s budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Budget } from '../src/budget.js';
import { finishScript, openDocument, optionalContent, PageFolder, readPageOutcome } from '../src/readers/pdf/index.js';
import { ROOT } from './helpers/cli.js';

async function folded(file: string): Promise<PageFolder> {
  const opened = await openDocument(new Uint8Array(readFileSync(file)), 'script.pdf');
  try {
    const optional = await optionalContent(opened.doc);
    const folder = new PageFolder('script.pdf', opened.doc.numPages);
    for (let n = 1; n <= opened.doc.numPages; n++) folder.add(await readPageOutcome(opened, n, optional));
    return folder;
  } finally {
    await opened.doc.destroy();
  }
}

describe('the layout of a PDF’s pages within the time budget', () => {
  it('a budget spent while the pages are laid out stops the layout with the one-line timeout error', async () => {
    const file = join(ROOT, 'samples', 'fr-elearning', 'module-securite.pdf');
    // Time is up already (the deadline a second ago): the layout says so, and is not taken for a damaged file.
    const spent = Budget.of('script.pdf', { timeout: 5, deadline: Date.now() - 1000 });
    const folder = await folded(file);
    let error: unknown;
    try {
      finishScript(folder, {}, 'fr-FR', spent);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'timeout', message: 'script.pdf took longer than 5 s to read and was stopped: the file is damaged or far larger than a script. If it is a real script, allow more time with --timeout SECONDS.' });
    // With time left, the same pages make the script.
    const script = finishScript(await folded(file), {}, 'fr-FR', Budget.of('script.pdf', { timeout: 60 }));
    expect(script.paragraphs.length).toBeGreaterThan(40);
  });
});
