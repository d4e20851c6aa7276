/**
 * `check --since REV` says a line moved and edited as diff says it: changed (or given to another
 * voice), `(moved from ¶8)`, REV's place, in the locked finding (text, GitHub, JSON with `movedFrom`)
 * and in the voice's summary (`1 changed (1 moved)`, JSON `changedMoved`). Fixtures:
 * scripts/build-diff5-fixtures.py (tests/fixtures/diff5), committed in a git repository built here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInRepo } from './helpers/git.js';
import { committedRepo } from './helpers/since-repo.js';

const fixtures = fileURLToPath(new URL('./fixtures/diff5/', import.meta.url));
const fixture = (name: string) => readFileSync(join(fixtures, name));

function repo(): string {
  const config = `${readFileSync(join(fixtures, 'vo-lines.config.yaml'), 'utf8')}locked: [Narrator, Coach]\n`;
  const dir = committedRepo('vo-since-moved-', { 'vo-lines.config.yaml': config, 'move-edit.docx': fixture('v1.docx'), 'recolour.docx': fixture('v1.docx') });
  // Today's versions, not committed: the Coach's line moved from ¶8 to ¶7 and edited; in the other, also given to the Narrator.
  writeFileSync(join(dir, 'move-edit.docx'), fixture('v2-move-edit.docx'));
  writeFileSync(join(dir, 'recolour.docx'), fixture('v2-recolour.docx'));
  return dir;
}

const COACH = 'Coach: line changed since HEAD (moved from ¶8): … the supervisor on channel [-two-]{+three+}.';
const NARRATOR = 'Narrator: line changed since HEAD: … see you in module [-three-]{+four+}.';

describe('check --since: a line moved and edited is said moved, as diff says it', () => {
  const dir = repo();

  it('text: the locked finding and the summary say it moved', () => {
    const { stdout, code } = runInRepo(['check', 'move-edit.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      'move-edit.docx',
      `  error    locked  ${NARRATOR} [¶17]`,
      `  error    locked  ${COACH} [¶7]`,
      '  Narrator since HEAD: 1 changed, ±0 words',
      '  Learner since HEAD: 1 line moved, ±0 words',
      '  Coach since HEAD: 1 changed (1 moved), ±0 words',
    ]);
    expect(code).toBe(1);
  });

  it('json: the finding with movedFrom (REV\'s place), the summary with changedMoved', () => {
    const json = JSON.parse(runInRepo(['check', 'move-edit.docx', '--since', 'HEAD', '--json'], dir).stdout) as {
      files: { findings: unknown[]; since: { voices: { name: string; changed: number; changedMoved: number; moved: number }[] } }[];
    };
    const file = json.files[0]!;
    expect(file.findings).toEqual([
      { rule: 'locked', level: 'error', voice: 'Narrator', message: NARRATOR, location: { story: 'body', paragraph: 17 } },
      { rule: 'locked', level: 'error', voice: 'Coach', message: COACH, location: { story: 'body', paragraph: 7 }, movedFrom: { story: 'body', paragraph: 8 } },
    ]);
    expect(file.since.voices.map(({ name, changed, changedMoved, moved }) => [name, changed, changedMoved, moved])).toEqual([
      ['Narrator', 1, 0, 0],
      ['Learner', 0, 0, 1],
      ['Coach', 1, 1, 0],
    ]);
  });

  it('github: the annotation says it moved', () => {
    const github = runInRepo(['check', 'move-edit.docx', '--since', 'HEAD', '--format', 'github'], dir).stdout;
    expect(github.split('\n')[1]).toBe(`::error file=move-edit.docx,title=vo-lines locked (Coach)::${COACH} [¶7] (config: vo-lines.config.yaml)`);
  });

  it('a line moved, edited and given to another voice: both locked voices\' findings say where it was', () => {
    const { stdout } = runInRepo(['check', 'recolour.docx', '--since', 'HEAD'], dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'recolour.docx',
      "  error    locked  Narrator: line given to Narrator since HEAD (it was Coach's, moved from ¶8) and edited: … the supervisor on channel [-two-]{+three+}. [¶7]",
      '  error    locked  Coach: line given to Narrator since HEAD (moved from ¶8) and edited: … the supervisor on channel [-two-]{+three+}. [¶7]',
    ]);
  });
});
