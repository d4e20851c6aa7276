/**
 * One rule for a voice's label however the script types it (speaker-label.ts voiceLabelIndex, read by
 * label-rows.ts voiceLabelFinder for a paragraph's label and one after a line break, by the name-lines
 * layout, by `label-out-of-place`): a no-break space inside a name (`MARIE\u00A0CLAIRE :`, Word's French
 * typing; `JEAN-\u00A0LUC`), a narrow one before the colon, a curly apostrophe (`O’BRIEN` for a config's
 * `O'BRIEN`), capitals without their accents (`ELODIE` for `Élodie`, `ÉLODIE` for `Elodie`). Two voices
 * whose labels differ only by accents are not guessed between (`label-accents-alike`).
 * Before, a paragraph typed with Shift+Enter whose second line opened `MARIE\u00A0CLAIRE :` was all the
 * first speaker's, `O’BRIEN :` and `ELODIE :` lines were nobody's, and `…O’BRIEN` / `…PIERRE :` at a
 * line's end passed unsaid.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph, Script } from '../src/model.js';
import { castScript } from '../src/attribute/cast-script.js';
import { castByLabels, labelsOnTheirLines } from '../src/attribute/speaker-labels.js';
import { castByColour } from '../src/attribute/cast.js';
import { parseConfig } from '../src/config/parse.js';
import { blackScript, brokenScript, labelsOf } from './helpers/black-script.js';

const mapOf = (...labels: string[]) => parseConfig({ voices: Object.fromEntries(labels.map((l) => [l, { label: l }])), unassigned: ['#000000'] }, 'cfg.json').voiceMap;

/** Each line's voice and text, and the warnings' codes. */
function cast(script: Script, ...labels: string[]) {
  const casting = castScript(script, mapOf(...labels));
  return { lines: casting.lines.map((l) => [l.voice, l.text, l.words]), codes: casting.warnings.map((w) => w.code) };
}

describe('a no-break space inside a name, a narrow one before the colon', () => {
  const expected = {
    lines: [
      ['PIERRE', 'Je te présente', 3],
      ['MARIE CLAIRE', 'Enchantée, Pierre.', 2],
      ['PIERRE', 'Oui, très bien.', 3],
    ],
    codes: [],
  };

  it('after a line break mid-sentence, `MARIE\\u00A0CLAIRE :` (a config voice) starts her line, as `MARIE CLAIRE :` does', () => {
    for (const typed of ['MARIE CLAIRE :', 'MARIE\u00A0CLAIRE :', 'MARIE\u00A0CLAIRE\u202F:', 'MARIE\u202FCLAIRE\u00A0:']) {
      expect(cast(brokenScript(['PIERRE : Je te présente', `${typed} Enchantée, Pierre.`], ['PIERRE : Oui, très bien.']), 'PIERRE', 'MARIE CLAIRE')).toEqual(expected);
    }
  });

  it('after a sentence’s end, the label is the script’s (no config of it needed to cut): `MARIE\\u00A0CLAIRE` opens a paragraph elsewhere', () => {
    const script = brokenScript(['PIERRE : Bonjour.', 'MARIE\u00A0CLAIRE : Bonjour, ça va ?'], ['MARIE\u00A0CLAIRE : Très bien.'], ['PIERRE : Tant mieux.']);
    expect(cast(script, 'PIERRE', 'MARIE CLAIRE').lines).toEqual([
      ['PIERRE', 'Bonjour.', 1],
      ['MARIE CLAIRE', 'Bonjour, ça va ?', 3],
      ['MARIE CLAIRE', 'Très bien.', 2],
      ['PIERRE', 'Tant mieux.', 2],
    ]);
  });

  it('`JEAN-\\u00A0LUC :` is JEAN-LUC, after a break as opening a paragraph', () => {
    expect(cast(brokenScript(['PIERRE : Et voici', 'JEAN-\u00A0LUC : Bonjour.'], ['JEAN-\u00A0LUC : Ça va ?']), 'PIERRE', 'JEAN-LUC').lines).toEqual([
      ['PIERRE', 'Et voici', 2],
      ['JEAN-LUC', 'Bonjour.', 1],
      ['JEAN-LUC', 'Ça va ?', 2],
    ]);
  });
});

describe('a curly apostrophe (Word’s autocorrect) against a straight one in the config, and the other way round', () => {
  it('`O’BRIEN :` is the voice labelled `O\'BRIEN`, opening a paragraph and after a break; `O\'BRIEN :` the voice labelled `O’BRIEN`', () => {
    const expected = [
      ['PIERRE', 'Salut et', 2],
      ['O', 'Bonjour.', 1],
      ['O', 'Au revoir.', 2],
    ];
    for (const [typed, label] of [
      ['O’BRIEN', "O'BRIEN"],
      ["O'BRIEN", 'O’BRIEN'],
      ['O‘BRIEN', "O'Brien"],
    ]) {
      const { lines, codes } = cast(brokenScript(['PIERRE : Salut et', `${typed} : Bonjour.`], [`${typed} : Au revoir.`]), 'PIERRE', label!);
      expect(lines.map(([voice, ...rest]) => [voice === 'PIERRE' ? voice : 'O', ...rest])).toEqual(expected);
      expect(lines.filter(([voice]) => voice !== 'PIERRE').map(([voice]) => voice)).toEqual([label, label]);
      expect(codes).toEqual([]);
    }
  });
});

describe('a label at a line’s end (label-out-of-place), however typed', () => {
  const outOfPlace = (script: Script, ...labels: string[]) =>
    castScript(script, mapOf(...labels))
      .warnings.filter((w) => w.code === 'label-out-of-place')
      .map((w) => w.details);

  it('`…O’BRIEN` for `O\'BRIEN`, `…PIERRE :` the French way, `…ELODIE` for `Élodie`', () => {
    const script = blackScript('PIERRE : Salut.', 'MARIE : Bonjour tout le monde O’BRIEN', "O'BRIEN : Non.", 'MARIE : Tu viens ce soir PIERRE :', 'Élodie : Oui.', 'MARIE : Et toi aussi ELODIE');
    expect(outOfPlace(script, 'PIERRE', 'MARIE', "O'BRIEN", 'Élodie')).toEqual([
      { label: "O'BRIEN", voice: "O'BRIEN", lines: 1, firstLines: ['Bonjour tout le monde O’BRIEN'] },
      { label: 'PIERRE', voice: 'PIERRE', lines: 1, firstLines: ['Tu viens ce soir PIERRE :'] },
      { label: 'Élodie', voice: 'Élodie', lines: 1, firstLines: ['Et toi aussi ELODIE'] },
    ]);
  });

  it('a word in small letters is a label only as the config writes it: `…ask mum` is no MUM out of place, `…ask Mum` is', () => {
    const lines = ['MUM: Come here.', 'KID: I will go and ask mum', 'KID: Then I will ask Mum', 'MUM: Fine.'];
    expect(outOfPlace(blackScript(...lines), 'MUM', 'KID')).toEqual([]);
    expect(outOfPlace(blackScript(...lines), 'Mum', 'KID')).toEqual([{ label: 'Mum', voice: 'Mum', lines: 1, firstLines: ['Then I will ask Mum'] }]);
  });
});

describe('capitals without their accents', () => {
  it('`ELODIE :` is the voice labelled `Élodie`, `ÉLODIE :` the voice labelled `Elodie`', () => {
    expect(cast(blackScript('PIERRE : Salut.', 'ELODIE : Bonjour.', 'PIERRE : Ça va ?'), 'PIERRE', 'Élodie')).toEqual({
      lines: [
        ['PIERRE', 'Salut.', 1],
        ['Élodie', 'Bonjour.', 1],
        ['PIERRE', 'Ça va ?', 2],
      ],
      codes: [],
    });
    expect(cast(blackScript('PIERRE : Salut.', 'ÉLODIE : Bonjour.', 'PIERRE : Ça va ?'), 'PIERRE', 'Elodie').lines.map(([voice]) => voice)).toEqual(['PIERRE', 'Elodie', 'PIERRE']);
    // After a line break mid-sentence too (label-breaks.ts reads the config's label as match.ts does).
    expect(cast(brokenScript(['PIERRE : Je te présente', 'ÉLODIE : Enchantée.']), 'PIERRE', 'Elodie').lines).toEqual([
      ['PIERRE', 'Je te présente', 3],
      ['Elodie', 'Enchantée.', 1],
    ]);
  });

  it('a name alone on its line (screenplay layout) and a table’s label cell, as a label opening a line', () => {
    const screenplay = blackScript('PIERRE', 'Salut, tout le monde.', 'ELODIE', 'Bonjour, Pierre.', 'PIERRE', 'On y va ?', 'ELODIE', 'Allons-y.');
    expect(cast(screenplay, 'Pierre', 'Élodie').lines.filter(([voice]) => voice !== null)).toEqual([
      ['Pierre', 'Salut, tout le monde.', 4],
      ['Élodie', 'Bonjour, Pierre.', 2],
      ['Pierre', 'On y va ?', 3],
      ['Élodie', 'Allons-y.', 1],
    ]);
    // What a summary shows for the label: the name as the script writes it.
    expect(labelsOnTheirLines(screenplay, mapOf('Pierre', 'Élodie'))).toEqual(new Map([['Pierre', 'PIERRE'], ['Élodie', 'ELODIE']]));
    // A table of `NAME | line` rows: the name cell is no line, the line its voice's.
    const rows = [['PIERRE', 'Salut.'], ['ELODIE', 'Bonjour, Pierre.'], ['PIERRE', 'On y va ?']];
    const table: Script = {
      ...blackScript(),
      paragraphs: rows.flatMap((row, r) => row.map((text, c): Paragraph => ({ runs: [{ text, color: '#000000', background: null }], location: { story: 'body', paragraph: r * 2 + c + 1, cell: { table: 1, row: r + 1, column: c + 1 } } }))),
    };
    expect(cast(table, 'Pierre', 'Élodie').lines).toEqual([
      ['Pierre', 'Salut.', 1],
      ['Élodie', 'Bonjour, Pierre.', 2],
      ['Pierre', 'On y va ?', 3],
    ]);
  });

  it('two voices whose labels differ only by accents: the label as written decides, and one in capitals without accents is said (label-accents-alike)', () => {
    const script = blackScript('ÉLODIE : Bonjour.', 'ELODIE : Salut.', 'Elodie : Coucou.', 'ELODIE : Encore.', 'HELÈNE : Et moi ?');
    const casting = castScript(script, mapOf('Élodie', 'Elodie', 'Hélène', 'Helene'));
    expect(casting.lines.map((l) => [l.voice, l.text])).toEqual([
      ['Élodie', 'Bonjour.'],
      ['Elodie', 'Salut.'],
      ['Elodie', 'Coucou.'],
      ['Elodie', 'Encore.'],
      // Neither Hélène nor Helene as written: nobody's, not guessed.
      [null, 'HELÈNE : Et moi ?'],
    ]);
    const alike = casting.warnings.filter((w) => w.code === 'label-accents-alike');
    expect(alike.map((w) => [w.message, w.location, w.details])).toEqual([
      [
        '"ELODIE :" opens 2 lines (¶2, ¶4) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out, so they are given to Elodie, whose label it spells. Write the label with its accents in the script, or give the voices labels that differ by more than accents.',
        { story: 'body', paragraph: 2 },
        { label: 'ELODIE', written: 'ELODIE :', kind: 'label', voices: ['Élodie', 'Elodie'], labels: ['Élodie', 'Elodie'], voice: 'Elodie', lines: 2, locations: [{ story: 'body', paragraph: 2 }, { story: 'body', paragraph: 4 }] },
      ],
      [
        '"HELÈNE :" opens 1 line (¶5) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, so it is left nobody\'s. Write the label with its accents in the script, or give the voices labels that differ by more than accents.',
        { story: 'body', paragraph: 5 },
        { label: 'HELÈNE', written: 'HELÈNE :', kind: 'label', voices: ['Hélène', 'Helene'], labels: ['Hélène', 'Helene'], voice: null, lines: 1, locations: [{ story: 'body', paragraph: 5 }] },
      ],
    ]);
  });

  it('init’s labels: `ÉLODIE :` and `ELODIE :` in one script are one speaker, written as most often, and the config of the labels reads both', () => {
    const script = blackScript('ÉLODIE : Bonjour.', 'PIERRE : Salut.', 'ELODIE : Ça va ?', 'PIERRE : Oui.', 'ÉLODIE : Bien.', 'MUSIQUE : piano', 'MUSIQUE : fin');
    expect(labelsOf(script)).toEqual([
      ['ÉLODIE', 3, 4, false],
      ['PIERRE', 2, 2, false],
      ['MUSIQUE', 2, 2, true],
    ]);
    const cast = castByLabels(castByColour(script))!.casting;
    expect(cast.lines.map((l) => [l.voice, l.text])).toEqual([
      ['ÉLODIE', 'Bonjour.'],
      ['PIERRE', 'Salut.'],
      ['ÉLODIE', 'Ça va ?'],
      ['PIERRE', 'Oui.'],
      ['ÉLODIE', 'Bien.'],
      [null, 'MUSIQUE : piano'],
      [null, 'MUSIQUE : fin'],
    ]);
    expect(cast.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a Japanese name keeps its voicing marks: `ハナ` is no label `バナ`', () => {
    expect(cast(blackScript('バナ：こんにちは。', 'ハナ：さようなら。'), 'バナ').lines.map(([voice]) => voice)).toEqual(['バナ', null]);
  });
});
