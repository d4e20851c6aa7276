/**
 * A speaker's name in capitals opening a line as a label with its booth tag (`JOE (V.O.): …`, `MARC (off)
 * : …`) is a name, kept as written in the spoken form, never spelled (`J O E`), its aside counted as before: where the label stays in the
 * line (a script coded by its labels, read before `init` gives them voices) it is one word, as the words
 * count it. In a sentence, capitals are read as before (`Then JOE said hi.` spelled as any acronym), and so is a word in capitals and a colon alone (`JOE:` as `PDF:`).
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildReport } from '../src/measure/report.js';
import type { Script } from '../src/model.js';
import { countWords } from '../src/text/words.js';

describe('a speaker’s name opening a line as a label is said as a name', () => {
  it.each([
    ['en-US', 'JOE (V.O.): Hello there.', 'JOE (V.O.): Hello there.', 4],
    ['en-US', 'TOM [off]: Wait.', 'TOM [off]: Wait.', 3],
    ['fr-FR', 'MARC (off) : Tu viens ?', 'MARC (off) : Tu viens ?', 4],
    // in a sentence, with no words after it, or with a colon alone (an acronym as well as a name: `PDF:`), as before
    ['en-US', 'JOE: Hello there.', 'J O E: Hello there.', 5],
    ['en-US', 'PDF: download the guide.', 'P D F: download the guide.', 6],
    ['fr-FR', 'TVA : incluse.', 'T V A : incluse.', 4],
    ['en-US', 'Then JOE said hi.', 'Then J O E said hi.', 6],
    ['en-US', 'JOE', 'J O E', 3],
    ['en-US', 'Call JOE (V.O.): now.', 'Call J O E (V.O.): now.', 6],
  ])('%s %j → %j (%i words)', (lang, text, said, count) => {
    const spoken = spokenForm(text, lang);
    expect(spoken).toBe(said);
    expect(countWords(spoken)).toBe(count);
  });

  it('a script in one colour coded by its labels (nothing cut before init): JOE (V.O.) counts one spoken word, as its words do', () => {
    const texts = ['JOE (V.O.): The storm had been building.', 'MARY: Did you hear that?', 'JOE (V.O.): Only the wind.'];
    const script: Script = {
      file: 'script.docx',
      format: 'docx',
      paragraphs: texts.map((text, i) => ({ runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: i + 1 } })),
      warnings: [],
      facts: { trackedChanges: false },
      language: 'en-US',
    };
    const report = buildReport(castScript(script, null));
    expect(report.voices.map((v) => [v.name, v.words, v.spokenWords])).toEqual([['#000000 black', 17, 17]]);
  });
});
