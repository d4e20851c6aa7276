/**
 * A Word table numbering its rows in a `#` column, over four pages, printed by LibreOffice
 * (scripts/build-pdf-table-numbers-fixtures.py). Where the table opens a page, nothing stands left of
 * its numbers: they were taken for line numbering in the margin on those pages and left out (not on
 * the first page, where prose stands left of them). Numbers in a ruled table's cells are its column,
 * read on every page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const FILE = join(__dirname, 'fixtures', 'pdf-table-numbers', 'table-hash-en.pdf');

describe('a table’s # column over pages', () => {
  it('is read on every page: every row keeps its number, no line numbering said', async () => {
    const { script, report } = await analyse(FILE, { noConfig: true });
    const numbers = script.paragraphs.map((p) => p.runs.map((r) => r.text).join('').trim()).filter((t) => /^\d+$/u.test(t));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    expect(report.warnings.map((w) => w.code)).not.toContain('line-numbers-left-out');
  });
});
