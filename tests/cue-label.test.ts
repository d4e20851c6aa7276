/**
 * A cue's own label (render/cue.ts `cueParts`) by the label rule of text/speaker-label.ts
 * (`labelFor`: LABEL's separator after the cue's voice, known beforehand): the label written as
 * `lines` reads one (a colon with no space after it, a tab, an aside in full-width brackets) shows
 * once too, and what the cue's own pattern took before (asides in square brackets, several, long
 * ones; any characters in the name) still does.
 */
import { describe, expect, it } from 'vitest';
import { cueParts } from '../src/render/cue.js';
import { LABEL, labelFor } from '../src/text/speaker-label.js';

describe('a cue opening with its speaker’s label, by the shared label rule', () => {
  it('takes the separators LABEL takes: a colon with no space after it, a tab; an aside in full-width brackets', () => {
    expect(cueParts({ voice: 'Marc', text: 'MARC:Tu viens ?' })).toEqual({ voice: 'MARC', text: 'Tu viens ?' });
    expect(cueParts({ voice: 'Marc', text: 'MARC\tTu viens ?' })).toEqual({ voice: 'MARC', text: 'Tu viens ?' });
    expect(cueParts({ voice: '玛丽', text: '玛丽（画外）：你好。' })).toEqual({ voice: '玛丽（画外）', text: '你好。' });
    expect(cueParts({ voice: 'Jean  Pierre', text: 'JEAN PIERRE : Oui.' })).toEqual({ voice: 'JEAN PIERRE', text: 'Oui.' });
    // Each is a label for `lines` too (LABEL), so the cue agrees with how the line was read.
    for (const text of ['MARC:Tu viens ?', 'MARC\tTu viens ?', '玛丽（画外）：你好。']) expect(LABEL.test(text), text).toBe(true);
  });

  it('keeps what a cue took before: asides in square brackets, several, long; any characters in a voice’s name', () => {
    expect(cueParts({ voice: 'Marc', text: 'MARC [off] : Tu viens ?' })).toEqual({ voice: 'MARC [off]', text: 'Tu viens ?' });
    expect(cueParts({ voice: 'Marc', text: 'MARC (off) (rires) : Tu viens ?' })).toEqual({ voice: 'MARC (off) (rires)', text: 'Tu viens ?' });
    expect(cueParts({ voice: 'Marc', text: 'MARC (en colère, très fort, vraiment) : Non !' })).toEqual({ voice: 'MARC (en colère, très fort, vraiment)', text: 'Non !' });
    expect(cueParts({ voice: 'Homme #2', text: 'HOMME #2 : Bonjour.' })).toEqual({ voice: 'HOMME #2', text: 'Bonjour.' });
    expect(cueParts({ voice: 'Élodie', text: 'E\u0301LODIE : Salut.' })).toEqual({ voice: 'E\u0301LODIE', text: 'Salut.' });
    expect(cueParts({ voice: 'Marc', text: 'ＭＡＲＣ： Salut' })).toEqual({ voice: 'ＭＡＲＣ', text: 'Salut' });
    // A voice whose name has brackets of its own.
    expect(cueParts({ voice: 'Client (F)', text: 'CLIENT (F) : Oui.' })).toEqual({ voice: 'CLIENT (F)', text: 'Oui.' });
  });

  it('leaves a text that opens with no label of its voice as it is', () => {
    for (const text of ['Note: call Julie back.', 'MARC :', 'Marc : ', 'Il est 10:30, Marc.', 'Marco : Salut.', 'JULIE : Salut.', 'MARC – Tu viens ?']) {
      expect(cueParts({ voice: 'Marc', text }), text).toEqual({ voice: 'Marc', text });
    }
    expect(labelFor('MARC : 10:30 demain.', 'Marc')).toEqual({ label: 'MARC', end: 7 });
    expect(labelFor('Marc', 'Marc')).toBeNull();
  });
});
