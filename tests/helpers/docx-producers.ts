/**
 * DOCX files committed with the script data they were made from (tests/fixtures/docx-producers/NAME.json,
 * written by their generators in scripts/docx-producers/): each read with a config of the data's voices,
 * and every voice's lines and words as the data gives them (scripts/pdf-producers/expected.mjs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import type { Report } from '../../src/measure/report.js';
// @ts-expect-error plain JavaScript module shared with the fixture check script
import { expectedOf } from '../../scripts/pdf-producers/expected.mjs';

export const PRODUCERS_DIR = join(__dirname, '..', 'fixtures', 'docx-producers');

export interface ProducerScript {
  name: string;
  voices: Record<string, { color?: string; highlight?: string }>;
  unassigned: string[];
}

export type VoiceLines = Record<string, { lines: string[]; words: number }>;

export const producerScript = (name: string) => JSON.parse(readFileSync(join(PRODUCERS_DIR, `${name}.json`), 'utf8')) as ProducerScript;

/** What the data says each voice (and `(unassigned)`) must get. */
export const expectedLines = (script: ProducerScript) => expectedOf(script) as VoiceLines;

/** A reader of the fixtures for one test file: its configs in a folder of its own, removed after the file. */
export function producerReader(prefix: string): (name: string) => Promise<{ report: Report; got: VoiceLines; script: ProducerScript }> {
  const configDir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));
  return async (name) => {
    const script = producerScript(name);
    const config = join(configDir, `${name}.json`);
    writeFileSync(config, JSON.stringify({ voices: script.voices, unassigned: script.unassigned }));
    const { report } = await analyse(join(PRODUCERS_DIR, `${name}.docx`), { config });
    const got: VoiceLines = {};
    for (const v of report.voices) got[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
    got['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
    return { report, got, script };
  };
}
