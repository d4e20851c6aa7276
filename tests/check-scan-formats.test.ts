/**
 * What `check` finds in a folder or by a glob, whatever the case of the extension: a glob's
 * extension matches any case (`broken/*.docx` finds UPPER.DOCX, as a folder's walk does); a folder's
 * walk checks .docm (a DOCX with macros, read alike) and says which documents it left out in formats
 * it does not read (.doc, .odt, .rtf, .pages: "Left out:" and the JSON summary's `leftOut`, a skipped
 * JUnit case). Before: UPPER.DOCX missed by the glob, .docm, .doc and .odt silently ignored by `check .`.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const BLUE = '<w:color w:val="0070C0"/>';
const TEXT = 'Welcome to the spring sale at our garden centre this weekend, with plants and tools for every garden.';
const SPOT = buildDocx({ body: `<w:p>${r(TEXT, BLUE)}</w:p>` });
const CONFIG = JSON.stringify({ voices: { Narrator: { color: '#0070C0' } } });
const PASS = '1 voice, 18 words to record, 0:07';
/** The start of a Word 97–2003 file (an OLE compound document), an RTF's, an ODT's (a zip like a DOCX). */
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const RTF = '{\\rtf1\\ansi {\\colortbl;\\red0\\green112\\blue192;}\\cf1 Welcome.\\par}';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-check-formats-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const dir = folder({
  'vo-lines.config.json': CONFIG,
  'broken/lower.docx': SPOT,
  'broken/UPPER.DOCX': SPOT,
  'broken/Mixed.Docx': SPOT,
  'scripts/a.docx': SPOT,
  'scripts/macros.docm': SPOT,
  'scripts/MACROS2.DOCM': SPOT,
  'scripts/old.doc': OLE,
  'scripts/sub/draft.odt': SPOT,
  'scripts/notes.rtf': RTF,
  'scripts/readme.txt': 'not a script',
});

const statuses = (stdout: string) => (JSON.parse(stdout) as { files: { file: string; status: string }[] }).files.map((f) => [f.file, f.status]);

describe('a glob matches its extension whatever the case', () => {
  it("'broken/*.docx' finds UPPER.DOCX and Mixed.Docx too", () => {
    const run = runCli(['check', 'broken/*.docx', '--json'], dir);
    expect(statuses(run.stdout)).toEqual([
      ['broken/Mixed.Docx', 'pass'],
      ['broken/UPPER.DOCX', 'pass'],
      ['broken/lower.docx', 'pass'],
    ]);
    expect(run.code).toBe(0);
  });
});

describe("a folder's walk: .docm checked, other formats left out and said", () => {
  it('human', () => {
    const run = runCli(['check', 'scripts'], dir);
    expect(run.stdout).toBe(
      [
        'Files:',
        '  (config: vo-lines.config.json)',
        `  pass   scripts/MACROS2.DOCM  ${PASS}`,
        `  pass   scripts/a.docx        ${PASS}`,
        `  pass   scripts/macros.docm   ${PASS}`,
        '',
        '3 files: 3 passed · no findings.',
        'Left out: 3 documents in formats vo-lines does not read (.rtf, .doc, .odt: save them as .docx or PDF to check them): scripts/notes.rtf, scripts/old.doc, scripts/sub/draft.odt.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
  });

  it('json: leftOut with the kind and the format', () => {
    const run = runCli(['check', 'scripts', '--json'], dir);
    expect((JSON.parse(run.stdout) as { summary: { leftOut: unknown } }).summary.leftOut).toEqual([
      { file: 'scripts/notes.rtf', kind: 'other-format', format: 'rtf' },
      { file: 'scripts/old.doc', kind: 'other-format', format: 'doc' },
      { file: 'scripts/sub/draft.odt', kind: 'other-format', format: 'odt' },
    ]);
  });

  it('junit: a skipped case each, saying why', () => {
    const run = runCli(['check', 'scripts', '--format', 'junit'], dir);
    expect(run.stdout).toContain('<skipped message="a .doc document, a format vo-lines does not read: save it as .docx or PDF to check it"/>');
    expect(run.stdout.match(/<skipped /g)?.length).toBe(3);
  });
});

describe('symbolic links: each script once, by its real path', () => {
  it("a link looping back above (a/loop -> ..) and a link to a folder (b -> a): 2 scripts, named without the links", () => {
    const linked = folder({ 'vo-lines.config.json': CONFIG, 'a/x.docx': SPOT, 'a/y.docx': SPOT });
    symlinkSync('..', join(linked, 'a', 'loop'));
    symlinkSync('a', join(linked, 'b'));
    const run = runCli(['check', '.', '--json'], linked);
    expect(statuses(run.stdout)).toEqual([
      ['a/x.docx', 'pass'],
      ['a/y.docx', 'pass'],
    ]);
    // Named twice, through a link: once.
    expect(statuses(runCli(['check', 'a/x.docx', 'b/x.docx', '--json'], linked).stdout)).toEqual([['a/x.docx', 'pass']]);
  });
});
