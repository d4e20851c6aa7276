/**
 * A test file's temporary folder, removed after its tests, and `configOf(name, body)`: a config
 * written there as JSON (`NAME.json`), its path returned. Called at a test file's top level (it
 * registers the removal with afterAll).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempConfigs(prefix: string): { dir: string; configOf: (name: string, body: object) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const configOf = (name: string, body: object) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(body));
    return path;
  };
  return { dir, configOf };
}
