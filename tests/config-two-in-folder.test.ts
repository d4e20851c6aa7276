/**
 * Two configs in one folder (`vo-lines.config.json` beside a `.yml`, as a team converting one to the
 * other leaves them): every command that finds its config refuses with one error naming both, rather
 * than read the JSON and silently ignore the YAML someone edits (config/file.ts findConfig). A
 * config named with --config is the one asked for: read as it is.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const BLUE = '<w:color w:val="0070C0"/>';
const SPOT = buildDocx({ body: `<w:p>${r('Welcome to the spring sale at our garden centre this weekend.', BLUE)}</w:p>` });
const JSON_CONFIG = JSON.stringify({ voices: { Narrator: { color: '#0070C0' } } });
const YAML_CONFIG = 'voices:\n  Announcer: { color: "#0070C0" }\n';
const MESSAGE = 'vo-lines.config.json: vo-lines.config.yaml is beside it, and only one config in a folder would be read. Keep one (delete or rename the other).';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-two-configs-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('two configs in the folder a script finds its config in', () => {
  const dir = folder({ 'vo-lines.config.json': JSON_CONFIG, 'vo-lines.config.yaml': YAML_CONFIG, 'spot.docx': SPOT, 'sub/deep.docx': SPOT });

  it('check: each script it governs is an input error naming both (exit 2), with the JSON details', () => {
    const run = runCli(['check', '.', '--json'], dir);
    expect(run.code).toBe(2);
    const files = (JSON.parse(run.stdout) as { files: { file: string; status: string; config: string; error: unknown }[] }).files;
    expect(files.map((f) => [f.file, f.status, f.config, f.error])).toEqual(
      ['spot.docx', 'sub/deep.docx'].map((file) => [
        file,
        'error',
        'vo-lines.config.json',
        { code: 'bad-config', message: MESSAGE, details: { file: 'vo-lines.config.json', kind: 'two-configs', configs: ['vo-lines.config.json', 'vo-lines.config.yaml'] } },
      ]),
    );
  });

  it('summary and lines refuse alike', () => {
    for (const command of ['summary', 'lines']) {
      const run = runCli([command, 'spot.docx'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`vo-lines: ${MESSAGE}\n`);
    }
  });

  it('three: all named', () => {
    const three = folder({ 'vo-lines.config.json': JSON_CONFIG, 'vo-lines.config.yaml': YAML_CONFIG, 'vo-lines.config.yml': YAML_CONFIG, 'spot.docx': SPOT });
    const run = runCli(['summary', 'spot.docx'], three);
    expect(run.stderr).toBe('vo-lines: vo-lines.config.json: vo-lines.config.yaml and vo-lines.config.yml are beside it, and only one config in a folder would be read. Keep one (delete or rename the others).\n');
  });

  it('--config names the one to read: no error', () => {
    const run = runCli(['summary', 'spot.docx', '--config', 'vo-lines.config.yaml', '--json'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { voices: { name: string }[] }).voices.map((v) => v.name)).toEqual(['Announcer']);
  });

  it('a config nearer to the script governs it: the two above do not matter', () => {
    const near = folder({ 'vo-lines.config.json': JSON_CONFIG, 'vo-lines.config.yaml': YAML_CONFIG, 'team/vo-lines.config.yaml': YAML_CONFIG, 'team/spot.docx': SPOT });
    const run = runCli(['check', 'team', '--json'], near);
    expect(run.code).toBe(0);
  });
});
