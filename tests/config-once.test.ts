/**
 * config/file.ts `loadConfigOnce`, the one cache of configs read (check's scripts, the config above
 * one, the config above a repository for --since): a config is read and parsed once per version of
 * the file (its size and time of change), read again once changed, and an error is not kept.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigOnce } from '../src/config/file.js';

const VOICES = 'voices:\n  Narrator: { color: "#0070C0" }\n';

describe('loadConfigOnce', () => {
  it('the same file: the same parse; changed (size, or time of change): read again', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vo-config-once-')), 'vo-lines.config.yaml');
    writeFileSync(path, VOICES);
    const first = loadConfigOnce(path);
    expect(loadConfigOnce(path)).toBe(first);
    expect((await first).voiceMap!.voices.map((v) => v.name)).toEqual(['Narrator']);
    writeFileSync(path, VOICES.replace('Narrator', 'Narrateur'));
    const second = loadConfigOnce(path);
    expect(second).not.toBe(first);
    expect((await second).voiceMap!.voices.map((v) => v.name)).toEqual(['Narrateur']);
    // The same size, another time of change.
    writeFileSync(path, VOICES.replace('Narrator', 'Narrateus'));
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const third = loadConfigOnce(path);
    expect(third).not.toBe(second);
    expect((await third).voiceMap!.voices.map((v) => v.name)).toEqual(['Narrateus']);
    expect(loadConfigOnce(path)).toBe(third);
  });

  it('a missing file: the bad-config error each time, nothing kept', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vo-config-once-')), 'vo-lines.config.yaml');
    await expect(loadConfigOnce(path)).rejects.toMatchObject({ code: 'bad-config', details: { kind: 'missing' } });
    writeFileSync(path, VOICES);
    expect((await loadConfigOnce(path)).voiceMap!.voices.map((v) => v.name)).toEqual(['Narrator']);
    rmSync(path);
    await expect(loadConfigOnce(path)).rejects.toMatchObject({ code: 'bad-config' });
  });
});
