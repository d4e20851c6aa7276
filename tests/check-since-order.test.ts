/**
 * `check --since`'s locked rule lists a voice's changed lines in NEW's reading order whatever their
 * kind, removed lines last in REV's order. Two lines of the voice in one paragraph (another voice's
 * sentence between) have one place (¶1): only their order in NEW tells which is read first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sinceRules } from '../src/check/since-rules.js';
import { compareScripts } from '../src/compare/compare.js';
import { analyse } from '../src/pipeline.js';
import { buildDocx } from './helpers/docx-builder.js';

const NARRATOR = '404040';
const LEARNER = '00B050';
const run = (colour: string, text: string) => `<w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

const dir = mkdtempSync(join(tmpdir(), 'vo-lines-since-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'vo-lines.config.json'), JSON.stringify({ voices: { Narrator: { color: '#404040' }, Learner: { color: '#00B050' } }, rules: { 'confusable-colours': 'off' } }));
// OLD ¶1: the learner asks, the narrator answers; ¶2 the narrator; ¶3 the narrator, removed in NEW.
writeFileSync(
  join(dir, 'old.docx'),
  buildDocx({
    body:
      paragraph(run(LEARNER, 'Do I really need my gloves in the yellow aisle today? '), run(NARRATOR, 'Yes, you need them on every single day of the week.')) +
      paragraph(run(NARRATOR, 'The forklifts always have priority over people on foot.')) +
      paragraph(run(NARRATOR, 'Thank you for listening to this short safety briefing today.')),
  }),
);
// NEW ¶1: the question is the narrator's now, a learner's word, then the narrator's answer edited; ¶2 the same.
writeFileSync(
  join(dir, 'new.docx'),
  buildDocx({
    body:
      paragraph(run(NARRATOR, 'Do I really need my gloves in the yellow aisle today? '), run(LEARNER, 'Maybe. '), run(NARRATOR, 'Yes, you need them on every working day of the week.')) +
      paragraph(run(NARRATOR, 'The forklifts always have priority over people on foot.')),
  }),
);

describe('check --since: a locked voice\'s findings', () => {
  it('in NEW\'s reading order within a paragraph (the line given to the voice first, as read), the removed line last', async () => {
    const diff = compareScripts(await analyse(join(dir, 'old.docx')), await analyse(join(dir, 'new.docx')));
    const [locked] = sinceRules({ rev: 'HEAD', diff, locked: ['Narrator'] }, {}, {});
    expect(locked!.findings.map((f) => [f.message, f.location?.paragraph ?? null])).toEqual([
      ['Narrator: line given to Narrator since HEAD (it was Learner\'s): "Do I really need my gloves in the yellow aisle today?"', 1],
      ['Narrator: line changed since HEAD: … need them on every [-single-]{+working+} day of the week.', 1],
      ['Narrator: line removed since HEAD (it was at ¶3 in HEAD): "Thank you for listening to this short safety briefing today."', null],
    ]);
  });
});
