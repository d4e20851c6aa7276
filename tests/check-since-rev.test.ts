/**
 * `vo-lines check --since REV`: the version at REV read as it was then. Real git repositories built
 * in temporary folders, the built CLI run in them:
 * - REV's script is read with REV's own voice map (the config that governed it then, or its own
 *   legend), the voices compared by name, and a note when the two maps differ;
 * - a script renamed and re-saved (git does not pair the two binaries) is found among the scripts
 *   deleted since REV by its text;
 * - the since summary in every format (JSON, a GitHub notice, the JUnit suite's output);
 * - a Git LFS pointer at REV, a repository with no commit, a version at REV that cannot be read.
 */
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './helpers/docx-builder.js';
import { colourRun, commit, newRepo as emptyRepo, NARRATOR, type Paragraph } from './helpers/since-repo.js';
import { git, runInRepo } from './helpers/git.js';

const run = runInRepo;

const GREEN = '00B050';
const BLUE = '0070C0';
const LINES = (learner: string): Paragraph[] => [
  [NARRATOR, 'Welcome to the spring sale at our garden centre this weekend.'],
  [learner, 'I found everything I needed for my garden.'],
  [NARRATOR, 'Come and see us, open every day from nine.'],
  [learner, 'Thank you very much for your help today.'],
];
/**
 * One run per paragraph; `perWord` writes each word in a run of its own, with no theme and styles of
 * its own: another producer's save of the same text, whose bytes git does not pair with the first.
 */
const RESAVED_STYLES = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:widowControl/><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>`;
const docx = (paragraphs: Paragraph[], perWord = false) =>
  buildDocx({
    ...(perWord ? { noTheme: true, styles: RESAVED_STYLES } : {}),
    body: paragraphs
      .map(([colour, text]) => {
        const run = (t: string) => colourRun(colour, t);
        return `<w:p>${perWord ? text.split(/(?<= )/).map(run).join('') : run(text)}</w:p>`;
      })
      .join(''),
  });

const config = (learner: string, extra = '') => ['voices:', '  Narrator: { color: "#404040" }', `  Learner: { color: "#${learner}" }`, 'locked: [Narrator]', 'contract:', '  Learner: { maxAddedWords: 5 }', extra].join('\n');

const newRepo = () => emptyRepo('vo-since-rev-');

const FILES_PASS = (file: string, detail: string) => ['Files:', '  (config: vo-lines.config.yaml)', `  pass   ${file}  ${detail}`];

describe("check --since: the version at REV is read with REV's own voice map", () => {
  const recoloured =
    'HEAD:script.docx is read with the voice map it had then (from HEAD:vo-lines.config.yaml), not today\'s (from vo-lines.config.yaml): "Learner" has other colours (HEAD: #00B050 green; today: #0070C0 blue). Voices are compared by name: check each name is the same person at both times.';

  it('a voice recoloured in the config and in the script alike, the text unchanged: no change, a note that says the maps differ; exit 0', () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'script.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(BLUE));
    writeFileSync(join(dir, 'script.docx'), docx(LINES(BLUE)));
    const { code, stdout, stderr } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'script.docx',
        `  note     different-voice-maps  ${recoloured}`,
        '',
        ...FILES_PASS('script.docx', '2 voices, 36 words to record, 0:14 · 1 note'),
        '',
        '1 file: 1 passed · no findings, 1 note.',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = JSON.parse(run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout).files[0];
    expect(file.findings).toEqual([]);
    expect(file.notes).toEqual([
      {
        code: 'different-voice-maps',
        message: recoloured,
        details: { rev: 'HEAD', onlyOld: [], onlyNew: [], recoded: ['Learner'], old: { mode: 'config', config: 'HEAD:vo-lines.config.yaml' }, new: { mode: 'config', config: 'vo-lines.config.yaml' } },
      },
    ]);
    // GitHub and JUnit carry the note too.
    const github = run(['check', 'script.docx', '--since', 'HEAD', '-f', 'github'], dir).stdout;
    expect(github.split('\n')[0]).toBe(`::notice file=script.docx,title=vo-lines different-voice-maps::${recoloured} (config: vo-lines.config.yaml)`);
    expect(run(['check', 'script.docx', '--since', 'HEAD', '-f', 'junit'], dir).stdout).toContain(`<system-out>note: ${recoloured.replace(/"/g, '&quot;')}</system-out>`);
  });

  it('recoloured, and Learner given 10 more words: only those words count against maxAddedWords', () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'script.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(BLUE));
    const edited = LINES(BLUE).map((p, i): Paragraph => (i === 1 ? [p[0], 'I found everything I needed for my garden, and the staff were kind, helpful and very quick today.'] : p));
    writeFileSync(join(dir, 'script.docx'), docx(edited));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'script.docx',
      "  error    max-added-words       Learner: 10 words added since HEAD (in 1 changed line), over the contract's maximum of 5 by 5.",
      `  note     different-voice-maps  ${recoloured}`,
      '  Learner since HEAD: 1 changed, +10 words',
      '',
    ]);
    expect(code).toBe(1);
  });

  it("the config of the script's folder at REV, not today's nearer one; a config in the folder above today", () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'sub/vo-lines.config.json': JSON.stringify({ voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } }, locked: ['Narrator'] }), 'sub/script.docx': docx(LINES(GREEN)) });
    // Today: the folder's config is gone (the one above rules), and Learner is blue.
    rmSync(join(dir, 'sub', 'vo-lines.config.json'));
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(BLUE));
    writeFileSync(join(dir, 'sub', 'script.docx'), docx(LINES(BLUE)));
    const { code, stdout } = run(['check', 'sub/script.docx', '--since', 'HEAD', '--json'], dir);
    expect(code).toBe(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.findings).toEqual([]);
    expect(file.notes.map((n: { details: unknown }) => n.details)).toEqual([
      { rev: 'HEAD', onlyOld: [], onlyNew: [], recoded: ['Learner'], old: { mode: 'config', config: 'HEAD:sub/vo-lines.config.json' }, new: { mode: 'config', config: 'vo-lines.config.yaml' } },
    ]);
  });

  // `..x`: a folder inside the repository, though its name starts with two dots.
  it.each(['cfg', '..x'])('--config names a file of the repository (in %s/): its version at REV reads the version of the script at REV', (folder) => {
    const dir = newRepo();
    commit(dir, { [`${folder}/voices.yaml`]: config(GREEN), 'script.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, folder, 'voices.yaml'), config(BLUE));
    writeFileSync(join(dir, 'script.docx'), docx(LINES(BLUE)));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--config', `${folder}/voices.yaml`, '--json'], dir);
    expect(code).toBe(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.findings).toEqual([]);
    expect(file.notes.map((n: { details: { old: unknown } }) => n.details.old)).toEqual([{ mode: 'config', config: `HEAD:${folder}/voices.yaml` }]);
  });

  it('--format github run in a subfolder: the notes name today\'s config from the repository\'s root, as run from there', () => {
    const dir = newRepo();
    commit(dir, { 'sub/vo-lines.config.yaml': config(GREEN), 'sub/script.docx': docx(LINES(GREEN)), 'sub/other.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, 'sub', 'vo-lines.config.yaml'), config(BLUE));
    writeFileSync(join(dir, 'sub', 'script.docx'), docx(LINES(BLUE)));
    git(dir, 'rm', '-q', '--cached', 'sub/vo-lines.config.yaml');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'config out of git');
    // At HEAD~1 the config was in git (its own map then); at HEAD none: today's is borrowed.
    const fromRoot = (rev: string) => JSON.parse(run(['check', 'sub/script.docx', '--since', rev, '--json'], dir).stdout).files[0].notes[0];
    const recoloured = fromRoot('HEAD~1');
    const borrowed = fromRoot('HEAD');
    expect([recoloured.code, borrowed.code]).toEqual(['different-voice-maps', 'since-voice-map-borrowed']);
    expect(recoloured.message).toContain("not today's (from sub/vo-lines.config.yaml)");
    expect(borrowed.message).toContain("it is read with today's (from sub/vo-lines.config.yaml).");
    for (const [rev, note] of [['HEAD~1', recoloured], ['HEAD', borrowed]] as const) {
      const github = run(['check', 'script.docx', '--since', rev, '-f', 'github'], join(dir, 'sub')).stdout;
      expect(github.split('\n').find((line) => line.includes(`title=vo-lines ${note.code}::`))).toBe(`::notice file=sub/script.docx,title=vo-lines ${note.code}::${note.message} (config: sub/vo-lines.config.yaml)`);
    }
  });

  it('no config and no legend at REV: the version at REV is read with the voice map of today, and a note says so', () => {
    const dir = newRepo();
    commit(dir, { 'script.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(GREEN));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'script.docx',
      "  note     since-voice-map-borrowed  HEAD:script.docx had no voice map of its own (no config for it in HEAD, and no legend to trust): it is read with today's (from vo-lines.config.yaml).",
      '',
    ]);
    expect(code).toBe(0);
  });

  it("a legend script whose legend and lines move Customer from green to turquoise: no change, a note (each side's legend)", () => {
    const YELLOW = 'yellow';
    const spot = (customer: string) =>
      buildDocx({
        body: [
          '<w:p><w:r><w:t>Brightleaf radio spot</w:t></w:r></w:p>',
          `<w:p><w:r><w:t xml:space="preserve">Key: </w:t></w:r><w:r><w:rPr><w:highlight w:val="${YELLOW}"/></w:rPr><w:t>Announcer</w:t></w:r><w:r><w:t xml:space="preserve"> · </w:t></w:r><w:r><w:rPr><w:highlight w:val="${customer}"/></w:rPr><w:t>Customer</w:t></w:r></w:p>`,
          ...[
            [YELLOW, 'This weekend, your backyard called.'],
            [customer, 'Honestly, I just want a nicer lawn.'],
            [YELLOW, 'Come to the spring sale this Saturday, 50% off.'],
            [customer, 'Okay, I am sold.'],
          ].map(([h, t]) => `<w:p><w:r><w:rPr><w:highlight w:val="${h}"/></w:rPr><w:t>${t}</w:t></w:r></w:p>`),
        ].join(''),
      });
    const dir = newRepo();
    commit(dir, { 'spot.docx': spot('green') });
    writeFileSync(join(dir, 'spot.docx'), spot('cyan'));
    const { code, stdout } = run(['check', 'spot.docx', '--since', 'HEAD'], dir);
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.includes('since HEAD'))).toEqual([]);
    expect(lines.filter((l) => l.includes('different-voice-maps'))).toEqual([
      '  note     different-voice-maps  HEAD:spot.docx is read with the voice map it had then (from its legend), not today\'s (from its legend): "Customer" has other colours (HEAD: #00FF00 bright green highlight; today: #00FFFF turquoise highlight). Voices are compared by name: check each name is the same person at both times.',
    ]);
    expect(code).toBe(0);
  });
});

describe('check --since: a script renamed and re-saved, which git does not pair', () => {
  function renamed(): string {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'module.docx': docx(LINES(GREEN)), 'other.docx': docx([[NARRATOR, 'Something else entirely, said by nobody we know.']]) });
    git(dir, 'rm', '-q', 'module.docx', 'other.docx');
    commit(dir, { 'module v2.docx': docx(LINES(GREEN), true) }, 'rename (re-saved)');
    return dir;
  }

  it('git does not pair them (the precondition)', () => {
    const dir = renamed();
    expect(git(dir, 'diff', '-M', '--name-status', 'HEAD~1', 'HEAD').split('\n').filter(Boolean).sort()).toEqual(['A\tmodule v2.docx', 'D\tmodule.docx', 'D\tother.docx']);
  });

  it('human: compared with the deleted script whose text matches; no locked error; exit 0', () => {
    const dir = renamed();
    const { code, stdout } = run(['check', 'module v2.docx', '--since', 'HEAD~1'], dir);
    expect(stdout).toBe(
      [
        'module v2.docx',
        '  was module.docx in HEAD~1 (renamed; text matched 4 of 4 lines)',
        '',
        ...FILES_PASS('module v2.docx', '2 voices, 36 words to record, 0:14'),
        '',
        '1 file: 1 passed · no findings.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('json, github and junit carry the since summary', () => {
    const dir = renamed();
    const file = JSON.parse(run(['check', 'module v2.docx', '--since', 'HEAD~1', '--json'], dir).stdout).files[0];
    expect(file.since).toEqual({
      rev: 'HEAD~1',
      path: 'module.docx',
      existed: true,
      renamedFrom: 'module.docx',
      renamed: { how: 'text', matchedLines: 4, lines: 4 },
      voices: [
        { name: 'Narrator', added: 0, removed: 0, changed: 0, joined: 0, split: 0, recut: 0, changedMoved: 0, reassignedIn: 0, reassignedOut: 0, moved: 0, addedWords: 0, words: { old: 20, new: 20, delta: 0 } },
        { name: 'Learner', added: 0, removed: 0, changed: 0, joined: 0, split: 0, recut: 0, changedMoved: 0, reassignedIn: 0, reassignedOut: 0, moved: 0, addedWords: 0, words: { old: 16, new: 16, delta: 0 } },
      ],
    });
    expect(run(['check', 'module v2.docx', '--since', 'HEAD~1', '-f', 'github'], dir).stdout.split('\n')[0]).toBe(
      '::notice file=module v2.docx,title=vo-lines since HEAD~1::was module.docx in HEAD~1 (renamed; text matched 4 of 4 lines)',
    );
    expect(run(['check', 'module v2.docx', '--since', 'HEAD~1', '-f', 'junit'], dir).stdout).toContain('    <system-out>was module.docx in HEAD~1 (renamed; text matched 4 of 4 lines)</system-out>\n  </testsuite>');
  });

  it('two scripts renamed and re-saved in one commit: each paired with its own, on one thread and on two', () => {
    const dir = newRepo();
    const OTHER: Paragraph[] = [
      [NARRATOR, 'Module two covers the fire exits and the assembly point.'],
      [GREEN, 'Where do we meet if the alarm sounds?'],
      [NARRATOR, 'At the car park, by the blue sign.'],
    ];
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'm1.docx': docx(LINES(GREEN)), 'm2.docx': docx(OTHER) });
    git(dir, 'rm', '-q', 'm1.docx', 'm2.docx');
    commit(dir, { 'module-1.docx': docx(LINES(GREEN), true), 'module-2.docx': docx(OTHER, true) }, 'renamed');
    const args = ['check', 'module-1.docx', 'module-2.docx', '--since', 'HEAD~1'];
    const one = run([...args, '--threads', '1'], dir);
    expect(one.stdout.split('\n').slice(0, 5)).toEqual(['module-1.docx', '  was m1.docx in HEAD~1 (renamed; text matched 4 of 4 lines)', '', 'module-2.docx', '  was m2.docx in HEAD~1 (renamed; text matched 3 of 3 lines)']);
    expect(one.code).toBe(0);
    expect(run([...args, '--threads', '2'], dir)).toEqual(one);
  });

  it('renamed with mv, not yet added: found the same way', () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'module.docx': docx(LINES(GREEN)) });
    renameSync(join(dir, 'module.docx'), join(dir, 'module-v2.docx'));
    writeFileSync(join(dir, 'module-v2.docx'), docx(LINES(GREEN), true));
    expect(run(['check', 'module-v2.docx', '--since', 'HEAD'], dir).stdout.split('\n').slice(0, 2)).toEqual(['module-v2.docx', '  was module.docx in HEAD (renamed; text matched 4 of 4 lines)']);
  });

  it('a deleted script whose text is not this one: every line is new, and the JSON says so', () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN), 'old.docx': docx([[NARRATOR, 'A different script altogether.'], [GREEN, 'With other lines.']]) });
    git(dir, 'rm', '-q', 'old.docx');
    commit(dir, { 'new.docx': docx(LINES(GREEN)) });
    const { stdout } = run(['check', 'new.docx', '--since', 'HEAD~1', '--rule', 'locked=off', '--rule', 'max-added-words=off'], dir);
    expect(stdout.split('\n').slice(0, 4)).toEqual(['new.docx', '  not in HEAD~1: every line is new', '  Narrator since HEAD~1: +2 lines, +20 words', '  Learner since HEAD~1: +2 lines, +16 words']);
    const since = JSON.parse(run(['check', 'new.docx', '--since', 'HEAD~1', '--json'], dir).stdout).files[0].since;
    expect(since).toMatchObject({ rev: 'HEAD~1', path: null, existed: false });
    expect(since.renamed).toBeUndefined();
    expect(run(['check', 'new.docx', '--since', 'HEAD~1', '-f', 'github', '--rule', 'locked=off', '--rule', 'max-added-words=off'], dir).stdout.split('\n')[0]).toBe(
      '::notice file=new.docx,title=vo-lines since HEAD~1::not in HEAD~1: every line is new%0ANarrator since HEAD~1: +2 lines, +20 words%0ALearner since HEAD~1: +2 lines, +16 words',
    );
  });
});

describe('check --since: Git LFS, an empty repository, a version at REV that cannot be read', () => {
  /** A repository whose script is stored by Git LFS: REV holds a pointer; today's file is the real one (git-lfs smudged it). */
  function lfsRepo(): { dir: string; bytes: Uint8Array } {
    const dir = newRepo();
    const bytes = docx(LINES(GREEN));
    const oid = createHash('sha256').update(bytes).digest('hex');
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`;
    commit(dir, { '.gitattributes': '*.docx filter=lfs diff=lfs merge=lfs -text\n', 'vo-lines.config.yaml': config(GREEN), 'script.docx': pointer });
    // A local store standing in for .git/lfs/objects.
    mkdirSync(join(dir, '.git', 'fake-lfs'));
    writeFileSync(join(dir, '.git', 'fake-lfs', oid), bytes);
    writeFileSync(join(dir, 'script.docx'), bytes);
    return { dir, bytes };
  }

  it('git-lfs not set up: a one-line error that says the version at REV is an LFS pointer and what to do; exit 2', () => {
    const { dir } = lfsRepo();
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toEqual({
      code: 'lfs-pointer',
      message:
        'script.docx: HEAD:script.docx is a Git LFS pointer, not the script, and git could not give the file it points to (Git LFS is not installed or not set up here): install Git LFS, run "git lfs install", then fetch the files of that revision ("git lfs fetch origin HEAD"; in GitHub Actions, actions/checkout with lfs: true).',
      details: { rev: 'HEAD', path: 'script.docx', kind: 'not-set-up' },
    });
  });

  it("git's LFS filter set up: the file the pointer stands for is compared", () => {
    const { dir } = lfsRepo();
    const smudge = join(dir, '.git', 'smudge.cjs');
    writeFileSync(
      smudge,
      "const fs=require('fs'),p=require('path');const t=fs.readFileSync(0,'utf8');const m=/oid sha256:([0-9a-f]+)/.exec(t);process.stdout.write(m?fs.readFileSync(p.join(__dirname,'fake-lfs',m[1])):t);\n",
    );
    chmodSync(smudge, 0o644);
    git(dir, 'config', 'filter.lfs.smudge', `"${process.execPath}" "${smudge}"`);
    git(dir, 'config', 'filter.lfs.required', 'true');
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe([...FILES_PASS('script.docx', '2 voices, 36 words to record, 0:14'), '', '1 file: 1 passed · no findings.', ''].join('\n'));
    expect(code).toBe(0);
    // The filter fails (the object is not fetched): an error that says so.
    rmSync(join(dir, '.git', 'fake-lfs'), { recursive: true });
    const failed = JSON.parse(run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout).files[0].error;
    expect(failed.code).toBe('lfs-pointer');
    expect(failed.details).toMatchObject({ rev: 'HEAD', path: 'script.docx', kind: 'fetch-failed' });
    expect(failed.message).toMatch(/^script\.docx: HEAD:script\.docx is a Git LFS pointer, not the script, and git could not give the file it points to \(.+\): fetch the files of that revision \("git lfs fetch origin HEAD"; in GitHub Actions, actions\/checkout with lfs: true\)\.$/);
  });

  it('a repository with no commit yet: says so', () => {
    const dir = newRepo();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(GREEN));
    writeFileSync(join(dir, 'script.docx'), docx(LINES(GREEN)));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toEqual({
      code: 'no-commit-yet',
      message: 'script.docx: the repository has no commit yet, so there is no version at HEAD to compare with.',
      details: { rev: 'HEAD' },
    });
  });

  it("a version at REV that cannot be read: today's file is checked by today's rules; the rules on changes are warnings that they were not checked", () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN).replace('{ maxAddedWords: 5 }', '{ maxAddedWords: 5, maxWords: 10 }'), 'script.docx': 'this is not a script\n' });
    writeFileSync(join(dir, 'script.docx'), docx(LINES(GREEN)));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD'], dir);
    expect(stdout).toBe(
      [
        'script.docx',
        "  error    contract          Learner: 16 words, over the contract's maximum of 10 by 6.",
        '  warning  locked            Narrator: not checked: the version at HEAD could not be read.',
        '  warning  max-added-words   Learner: not checked: the version at HEAD could not be read.',
        '  note     since-unreadable  The version at HEAD could not be read, so the changes since HEAD are not checked: HEAD:script.docx is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
        '',
        'Files:',
        '  (config: vo-lines.config.yaml)',
        '  FAIL   script.docx  2 voices, 36 words to record, 0:14 · 1 error, 2 warnings, 1 note',
        '',
        '1 file: 0 passed, 1 failed · 1 error, 2 warnings, 1 note.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
    const file = JSON.parse(run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir).stdout).files[0];
    expect(file.since).toEqual({
      rev: 'HEAD',
      path: 'script.docx',
      existed: true,
      unreadable: { code: 'not-a-script', message: 'HEAD:script.docx is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.' },
      voices: [],
    });
    expect(file.notes[0]).toMatchObject({ code: 'since-unreadable', details: { rev: 'HEAD', path: 'script.docx', error: 'not-a-script' } });
    // JUnit: the cases of the rules on changes pass with a warning, not as if they had been checked.
    expect(run(['check', 'script.docx', '--since', 'HEAD', '-f', 'junit'], dir).stdout).toContain(
      '    <testcase classname="script.docx" name="locked: Narrator">\n      <system-out>warning: Narrator: not checked: the version at HEAD could not be read.</system-out>\n    </testcase>',
    );
  });

  it('the config at REV is invalid: the same, its error in the note', () => {
    const dir = newRepo();
    commit(dir, { 'vo-lines.config.yaml': config(GREEN).replace('Learner: { color', 'Learner: { colr'), 'script.docx': docx(LINES(GREEN)) });
    writeFileSync(join(dir, 'vo-lines.config.yaml'), config(GREEN));
    const { code, stdout } = run(['check', 'script.docx', '--since', 'HEAD', '--json'], dir);
    expect(code).toBe(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.findings.map((f: { level: string; message: string }) => `${f.level} ${f.message}`)).toEqual([
      'warning Narrator: not checked: the version at HEAD could not be read.',
      'warning Learner: not checked: the version at HEAD could not be read.',
    ]);
    expect(file.since.unreadable.code).toBe('bad-config');
    expect(file.since.unreadable.message).toMatch(/^HEAD:vo-lines\.config\.yaml: /);
  });
});

describe('check: a contract time a few tenths over', () => {
  it('seconds to a tenth when the maximum is under a minute or the overrun under a second', () => {
    const dir = newRepo();
    // Learner: 16 words at 150 wpm = 6.4 s; Narrator 20 words = 8 s.
    const cfg = ['voices:', '  Narrator: { color: "#404040" }', '  Learner: { color: "#00B050" }', 'contract:', '  Learner: { maxMinutes: 0.1 }', '  Narrator: { maxMinutes: 0.125 }', ''].join('\n');
    commit(dir, { 'vo-lines.config.yaml': cfg, 'script.docx': docx(LINES(GREEN)) });
    const { stdout } = run(['check', 'script.docx'], dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'script.docx',
      "  error    contract  Learner: about 6.4 s to record (16 words spoken at 150 wpm), over the contract's maximum of 6 s by 0.4 s.",
      "  error    contract  Narrator: about 8 s to record (20 words spoken at 150 wpm), over the contract's maximum of 7.5 s by 0.5 s.",
    ]);
  });
});
