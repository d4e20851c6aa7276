/**
 * Configs saved by Windows tools: a UTF-8 byte order mark (Notepad, PowerShell's Out-File -Encoding
 * utf8) is read as if absent; a config saved as UTF-16 (PowerShell 5's `>`, Notepad's "Unicode") is one
 * line saying so. Before: `Unexpected token '﻿'` (BOM JSON), NUL bytes in the message (UTF-16 JSON),
 * "must be an object" (UTF-16 YAML).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/file.js';
import { shownPath } from './helpers/cli.js';

const JSON_TEXT = JSON.stringify({ voices: { Narrator: { color: '#0070C0' } } });
const YAML_TEXT = 'voices:\n  Narrator: { color: "#0070C0" }\n';

function saved(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-config-enc-'));
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}
const utf16le = (text: string, bom = true) => Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
const utf16be = (text: string) => {
  const le = utf16le(text);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('config encodings', () => {
  it('a UTF-8 BOM, JSON and YAML: read', async () => {
    for (const [name, text] of [['vo-lines.config.json', JSON_TEXT], ['vo-lines.config.yaml', YAML_TEXT]] as const) {
      const config = await loadConfig(saved(name, `\ufeff${text}`));
      expect(config.voiceMap.voices.map((v) => v.name)).toEqual(['Narrator']);
    }
  });

  it('UTF-16 (little- or big-endian, with a BOM or without): one line that says so', async () => {
    const cases: [string, Uint8Array][] = [
      ['vo-lines.config.json', utf16le(JSON_TEXT)],
      ['vo-lines.config.json', utf16le(JSON_TEXT, false)],
      ['vo-lines.config.yaml', utf16le(YAML_TEXT)],
      ['vo-lines.config.yml', utf16be(YAML_TEXT)],
    ];
    for (const [name, bytes] of cases) {
      const path = saved(name, bytes);
      // The path as the message shows it (relative to the working directory when shorter: a clone beside the temporary folder).
      const shown = shownPath(path, process.cwd());
      await expect(loadConfig(path)).rejects.toMatchObject({
        code: 'bad-config',
        message: `${shown}: the file is saved as UTF-16: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8; in PowerShell: Out-File -Encoding utf8).`,
        details: { file: shown, kind: 'syntax' },
      });
    }
  });
});
