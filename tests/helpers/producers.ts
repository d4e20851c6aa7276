/**
 * Documents committed with the script data they were made from (FILE beside NAME.json, written by its
 * generator in scripts/docx-producers/ or scripts/pdf-producers/): each read with a config of the
 * data's voices, and every voice's lines and words as the data gives them (scripts/pdf-producers/expected.mjs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import type { Report } from '../../src/measure/report.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../../scripts/pdf-producers/expected.mjs';

export const PRODUCERS_DIR = join(__dirname, '..', 'fixtures', 'docx-producers');
export const PDF_PRODUCERS_DIR = join(__dirname, '..', 'fixtures', 'pdf-producers');

export interface ProducerScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}

export type VoiceLines = Record<string, { lines: string[]; words: number }>;

/** The script data of `file` (its NAME.json beside it; a bare name is a DOCX's). */
export const producerScript = (file: string, dir = PRODUCERS_DIR) => JSON.parse(readFileSync(join(dir, `${file.replace(/\.(docx|pdf)$/, '')}.json`), 'utf8')) as ProducerScript;

/** What the data says each voice (and `(unassigned)`) must get. */
export const expectedLines = (script: ProducerScript) => expectedOf(script) as VoiceLines;

/**
 * A reader of the fixtures for one test file: its configs in a folder of its own, removed after the
 * file. `file` is a name with its extension, or a DOCX's bare name.
 */
export function producerReader(prefix: string, dir = PRODUCERS_DIR): (file: string) => Promise<{ report: Report; got: VoiceLines; script: ProducerScript; expected: VoiceLines }> {
  const configDir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));
  return async (file) => {
    const script = producerScript(file, dir);
    const config = join(configDir, `${script.name ?? file}.json`);
    writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
    const { report } = await analyse(join(dir, /\.(docx|pdf)$/.test(file) ? file : `${file}.docx`), { config });
    const got: VoiceLines = {};
    for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
    got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
    return { report, got, script, expected: expectedLines(script) };
  };
}

/** The attribution's own notes, which a reader's fixture test leaves aside: it checks the reader's warnings. */
const NOT_THE_READERS = ['confusable-colours', 'language-mismatch', 'language-from-text', 'languages-by-voice', 'labels-not-counted'];

/**
 * One `it` for a producer's DOCX: every voice's lines and words as its data gives them (and, with
 * `lineCounts`, each voice's line count), and exactly `warnings`, the reader's warning codes.
 */
export function checkProducer(read: ReturnType<typeof producerReader>, name: string, note: string, warnings: string[] = [], lineCounts = true): void {
  it(`${name}: ${note}`, async () => {
    const { report, got, script } = await read(name);
    const expected = expectedLines(script);
    expect(got).toEqual(expected);
    if (lineCounts) for (const v of report.voices) expect([v.name, v.lineCount]).toEqual([v.name, expected[v.name]!.lines.length]);
    const codes = report.warnings.map((w) => w.code).filter((c) => !NOT_THE_READERS.includes(c));
    expect(codes.sort()).toEqual([...warnings].sort());
  });
}
