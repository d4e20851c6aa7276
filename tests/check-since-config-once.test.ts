/**
 * `check --since REV` parses each config once per run (per thread), however many scripts share it:
 * today's (check/run.ts `Configs`), the one at REV in the repository (check/since.ts `configBlob`,
 * today's when its text is the same), and one above the repository, which is not versioned and
 * governs the scripts at REV when the repository had none then. Counted by a spy on
 * config/parse.ts's parseConfigText, with `check` run in this thread from the sources.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocx } from './helpers/docx-builder.js';
import { git } from './helpers/git.js';

const parsed = vi.hoisted(() => [] as string[]);
vi.mock('../src/config/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/config/parse.js')>();
  return {
    ...original,
    parseConfigText: (text: string, name: string) => {
      parsed.push(name);
      return original.parseConfigText(text, name);
    },
  };
});

const { checkFiles } = await import('../src/check/run.js');

// git runs from this thread here (check/since.ts): never on a repository of the caller's.
for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete process.env[key];

const BLUE = '0070C0';
const RED = 'C00000';
const script = (words: string) =>
  buildDocx({ body: [[BLUE, `Bonjour et bienvenue, ${words}.`], [RED, 'Merci, à bientôt.']].map(([colour, text]) => `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') });
const CONFIG = 'voices:\n  Narrateur: { color: "#0070C0" }\n  Client: { color: "#C00000" }\n';
const NAMES = ['a.docx', 'b.docx', 'c.docx'];

/** A repository in a folder of its own (a config may sit in that folder, above the repository), three scripts committed. */
function repository(committedConfig: string | null): { above: string; repo: string; files: string[] } {
  const above = mkdtempSync(join(tmpdir(), 'vo-since-once-'));
  const repo = join(above, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  NAMES.forEach((name, i) => writeFileSync(join(repo, name), script(`script ${i}`)));
  if (committedConfig !== null) writeFileSync(join(repo, 'vo-lines.config.yaml'), committedConfig);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'scripts');
  return { above, repo, files: NAMES.map((name) => join(repo, name)) };
}

const check = (files: string[]) => checkFiles(files, { analyse: {}, cli: { contract: {}, rules: {} }, since: 'HEAD' }, { threads: 1 });
/** How many times each config was parsed, by the name it was parsed under (its path, or `HEAD:path`). */
const counts = (repo: string) => Object.fromEntries([...new Set(parsed)].map((name) => [name.replace(repo, '<repo>').replace(/^.*vo-since-once-[^/\\]+/, '<above>'), parsed.filter((n) => n === name).length]));

afterEach(() => {
  parsed.length = 0;
});

describe('check --since: each config parsed once per run', () => {
  it('a config above the repository, for the scripts at REV (the repository has one only since): once, not once per script', async () => {
    const { above, repo, files } = repository(null);
    writeFileSync(join(above, 'vo-lines.config.yaml'), CONFIG);
    writeFileSync(join(repo, 'vo-lines.config.yaml'), CONFIG.replace('Client', 'Cliente'));
    const results = await check(files);
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    expect(counts(repo)).toEqual({ '<repo>/vo-lines.config.yaml': 1, '<above>/vo-lines.config.yaml': 1 });
  });

  it('the config at REV, changed since: once for all the scripts; today’s once', async () => {
    const { repo, files } = repository(CONFIG);
    writeFileSync(join(repo, 'vo-lines.config.yaml'), CONFIG.replace('Client', 'Cliente'));
    await check(files);
    expect(counts(repo)).toEqual({ '<repo>/vo-lines.config.yaml': 1, 'HEAD:vo-lines.config.yaml': 1 });
  });

  it('the config at REV, the same as today’s: today’s, parsed once', async () => {
    const { repo, files } = repository(CONFIG);
    await check(files);
    expect(counts(repo)).toEqual({ '<repo>/vo-lines.config.yaml': 1 });
  });
});
