/**
 * A cue whose text opens with its own speaker's label (a colour-coded script whose lines also say
 * who speaks) shows that label once, as written, in the booth script and the CSV/XLSX: `MARC (off) :
 * Tu viens ce soir ?`, no longer `Marc : MARC (off) : Tu viens ce soir ?`. The script is built here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueParts } from '../src/render/cue.js';
import { buildDocx, p, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

describe('cueParts (pure)', () => {
  it('the label as written when it names the cue’s voice (case, notes in brackets aside); the voice otherwise', () => {
    expect(cueParts({ voice: 'Marc', text: 'MARC (off) : Tu viens ce soir ?' })).toEqual({ voice: 'MARC (off)', text: 'Tu viens ce soir ?' });
    expect(cueParts({ voice: 'Julie', text: 'JULIE (V.O.): Bon… d’accord.' })).toEqual({ voice: 'JULIE (V.O.)', text: 'Bon… d’accord.' });
    expect(cueParts({ voice: '玛丽', text: '玛丽：你好。' })).toEqual({ voice: '玛丽', text: '你好。' });
    // Not the speaker's own label: kept whole, after the voice's name.
    expect(cueParts({ voice: 'Marc', text: 'Note: call Julie back.' })).toEqual({ voice: 'Marc', text: 'Note: call Julie back.' });
    expect(cueParts({ voice: 'Marc', text: 'MARC :' })).toEqual({ voice: 'Marc', text: 'MARC :' });
    expect(cueParts({ voice: null, text: 'MARC : hi' })).toEqual({ voice: null, text: 'MARC : hi' });
    expect(cueParts({ voice: 'Marc', text: 'Il est 10:30, Marc.' })).toEqual({ voice: 'Marc', text: 'Il est 10:30, Marc.' });
  });
});

describe('sides and export: the cue’s label once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-cues-'));
  const blue = '<w:color w:val="0070C0"/>';
  const red = '<w:color w:val="C00000"/>';
  writeFileSync(join(dir, 'script.docx'), buildDocx({ body: [p(r('MARC (off) : Tu viens ce soir ?', blue)), p(r('JULIE : Je sais pas, on verra.', red)), p(r('MARC : Allez, dis oui !', blue))].join('') }));
  writeFileSync(join(dir, 'vo-lines.config.yaml'), 'language: fr\nvoices:\n  Marc: { color: "#0070C0" }\n  Julie: { color: "#C00000" }\n');

  it('the CSV’s Cue column', () => {
    expect(runCli(['export', 'script.docx', '-o', 'lines.csv', '--combined'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'lines.csv'), 'utf8').split(/\r?\n/).slice(1, 4)).toEqual([
      'Marc,1,5c37b9be,¶1,,MARC (off) : Tu viens ce soir ?,4,1.6,',
      'Marc,2,9a7f90a3,¶3,"JULIE: Je sais pas, on verra.","MARC : Allez, dis oui !",3,1.2,',
      'Julie,1,c77c3317,¶2,MARC (off): Tu viens ce soir ?,"JULIE : Je sais pas, on verra.",5,2,',
    ]);
  });

  it('lines --cues: the cue above each line says its speaker once', () => {
    const { code, stdout } = runCli(['lines', 'script.docx', '--cues', '--voice', 'Marc'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.includes('cue, ')).map((l) => l.trim())).toEqual(['cue, JULIE: Je sais pas, on verra.']);
  });

  it('the booth script (DOCX, read back as text)', () => {
    expect(runCli(['sides', 'script.docx', '--voice', 'Julie', '-o', 'julie.docx'], dir, { SOURCE_DATE_EPOCH: '1749686400' }).code).toBe(0);
    const xml = readFileSync(join(dir, 'julie.docx'));
    const text = runCli(['lines', 'julie.docx', '--no-config', '--json'], dir).stdout;
    expect(xml.length).toBeGreaterThan(0);
    // Read back, the no-break space before the colon is a space; the voice's name is nowhere.
    expect(text).toContain('"text": "MARC (off) : Tu viens ce soir ?"');
    expect(text).not.toContain('Marc');
  });
});
