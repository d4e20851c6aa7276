// What the DOCX producer generators share: where fixtures go, and a script as data written to
// NAME.json beside its DOCX (the format of scripts/pdf-producers/common.py: each paragraph a list
// of [voice, text] segments, voice null for text nobody records; paragraphs a reader never gets as
// script lines — headers, footers, notes, comments, deleted or hidden text — are not in the data, or
// are marked "furniture": true). tests/docx-producers.test.ts turns the data into each voice's lines
// and words with scripts/pdf-producers/expected.mjs (the rules of scripts/lib/script-data.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'tests', 'fixtures', 'docx-producers');
export const FIXED_DATE = '2025-09-01T08:00:00Z';

export function outPath(name, ext) {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, `${name}.${ext}`);
}

export function writeScript(name, producer, description, voices, unassigned, paras) {
  const data = { name, producer, description, voices, unassigned, paras: paras.map((p) => (Array.isArray(p) ? { segs: p } : p)) };
  writeFileSync(outPath(name, 'json'), `${JSON.stringify(data, null, 1)}\n`);
}

/**
 * Makes a DOCX from any producer byte-stable: fixed document dates and zip times, parts in their
 * order with [Content_Types].xml first, and the random ids docx.js gives hyperlink relationships and
 * VML shapes (21 random characters) numbered in order of appearance.
 */
export function stabilise(bytes) {
  const files = unzipSync(new Uint8Array(bytes));
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const ids = new Map();
  const renumber = (text) =>
    text.replace(/(r:id="|Id="|<v:shape id=")(rId)?([A-Za-z0-9_-]{21})"/g, (_, before, rid, random) => {
      if (!ids.has(random)) ids.set(random, `fixed${ids.size + 1}`);
      return `${before}${rid ?? ''}${ids.get(random)}"`;
    });
  for (const part of ['word/document.xml', 'word/_rels/document.xml.rels']) if (files[part]) files[part] = enc.encode(renumber(dec.decode(files[part])));
  if (files['docProps/core.xml']) {
    files['docProps/core.xml'] = enc.encode(dec.decode(files['docProps/core.xml']).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`));
  }
  const mtime = new Date(FIXED_DATE);
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  return Buffer.from(zipSync(Object.fromEntries(names.map((n) => [n, [files[n], { mtime, level: 6 }]]))));
}
