/**
 * French typography on the narrator's page (web/i18n.ts `frenchSpaces`): a no-break space (U+00A0)
 * before « : », a narrow no-break space (U+202F) before « ; », « ? », « ! » and inside guillemets, in
 * every French sentence and in the French the page builds (quotes, labels, counts, durations), so a
 * line never starts with one of those marks. Values put into a sentence (a file name, a line of the
 * script) are left as written. The page at narrow widths is checked in Chromium in tests/web.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { frenchSpaces, KEYS, NBSP, NNBSP, Words } from '../web/i18n.js';

const fr = new Words('fr');
const en = new Words('en');

/** Each place a French mark is not set by the rule, with the text around it. */
function misset(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(.?)([:;?!»])/g)) {
    const [, before, mark] = m;
    // A colon or mark glued to a word ("language: fr" in a YAML example, "10:30") is no French punctuation.
    if (before === '' || /[^\s\u00A0\u202F]/.test(before!)) {
      if (mark === '»') out.push(`${JSON.stringify(text.slice(Math.max(0, m.index! - 12), m.index! + 2))}: no space before »`);
      continue;
    }
    const wanted = mark === ':' ? NBSP : NNBSP;
    if (before !== wanted) out.push(`${JSON.stringify(text.slice(Math.max(0, m.index! - 12), m.index! + 2))}: U+${before!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} before ${mark}`);
  }
  for (const m of text.matchAll(/«(.?)/g)) if (m[1] !== NNBSP) out.push(`${JSON.stringify(text.slice(m.index!, m.index! + 12))}: no narrow no-break space after «`);
  return out;
}

describe('French typography on the page', () => {
  it('no French sentence of the page has an ordinary space before : ; ? ! », or after «', () => {
    const values = { file: 'script.docx', config: 'vo-lines.config.yaml', label: 'MARIE', style: 'Narration', code: 'fr' };
    const wrong = KEYS.flatMap((key) => misset(fr.t(key, values)).map((why) => `${key}: ${why}`));
    expect(wrong).toEqual([]);
    // The rule's own marks, by example.
    expect(fr.t('title')).toBe(`vo-lines — quelles répliques sont les miennes${NNBSP}?`);
    expect(fr.t('errorLead')).toBe(`Ce fichier ne peut pas être lu${NBSP}:`);
    expect(fr.t('labelOf', { label: 'MARIE' })).toBe(`«${NNBSP}MARIE${NBSP}:${NNBSP}» en début de réplique`);
    expect(fr.t('errWorkerFailed', { file: 'a.docx' })).toContain(`de nouveau${NNBSP}; si cela`);
    // A YAML example keeps the colon a narrator types: « language: fr ».
    expect(fr.t('wLanguageMismatch', { code: 'fr', declared: 'anglais', guessed: 'français', tag: 'en-US' })).toContain(`«${NNBSP}language: fr${NNBSP}»`);
  });

  it('the French the page builds: quotes, a speaker label, the colon and semicolon between clauses, counts and durations', () => {
    expect(fr.quote('Bonjour')).toBe(`«${NNBSP}Bonjour${NNBSP}»`);
    expect(fr.label('PAUL')).toBe(`«${NNBSP}PAUL${NBSP}:${NNBSP}»`);
    expect(`MARIE${fr.colon}Bonjour${fr.semicolon}PAUL`).toBe(`MARIE${NBSP}: Bonjour${NNBSP}; PAUL`);
    expect(fr.words(1180)).toBe(`1${NNBSP}180${NBSP}mots`);
    expect(fr.linesCount(1)).toBe(`1${NBSP}réplique`);
    expect(fr.duration(160)).toBe(`2${NBSP}min 40${NBSP}s`);
    expect(fr.duration(3900)).toBe(`1${NBSP}h 05${NBSP}min`);
    expect(fr.seconds(70.1)).toBe(`70,1${NBSP}s`);
    // English is as it was.
    expect([en.quote('Hello'), en.label('PAUL'), en.colon, en.semicolon, en.words(1180), en.duration(160)]).toEqual(['"Hello"', '"PAUL:"', ': ', '; ', '1,180 words', '2 min 40 s']);
  });

  it('a value put into a French sentence stays as written: only the page\'s own words are set', () => {
    // A file name with « : » in it and a script line with its own spaces are the user's.
    expect(fr.t('reading', { file: 'Scène 1 : accueil.docx' })).toBe('Lecture de Scène 1 : accueil.docx…');
    expect(fr.t('cueBy', { voice: 'MARIE ?' })).toBe(`Avant, MARIE ?${NBSP}:`);
    // Spaces already set, or several, become one mark's space.
    expect(frenchSpaces(`a${NBSP}: b  ? « c »`)).toBe(`a${NBSP}: b${NNBSP}? «${NNBSP}c${NNBSP}»`);
  });
});
