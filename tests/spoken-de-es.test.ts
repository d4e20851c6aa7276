/** Spoken forms in German and Spanish (fewer rules than English and French; see README). */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const DE: [string, string, number][] = [
  ['1.200 Mitarbeiter', 'eintausendzweihundert Mitarbeiter', 2],
  ['3,14', 'drei Komma eins vier', 4],
  ['30 %', 'dreißig Prozent', 2],
  ['39 €', 'neununddreißig Euro', 2],
  ['5,40 €', 'fünf Euro vierzig', 3],
  ['14:30 Uhr', 'vierzehn Uhr dreißig', 3],
  ['8 Uhr', 'acht Uhr', 2],
  ['am 3. Mai', 'am dritten Mai', 3],
  ['1999', 'neunzehnhundertneunundneunzig', 1],
  ['14.07.2024', 'vierzehnter Juli zweitausendvierundzwanzig', 3],
  ['info@firma.de', 'info ät firma Punkt D E', 6],
  ['die EU', 'die E U', 3],
  ['030 1234567', 'null drei null eins zwei drei vier fünf sechs sieben', 10],
  ['R&D', 'R und D', 3],
];

const ES: [string, string, number][] = [
  ['1.200 empleados', 'mil doscientos empleados', 3],
  ['3,5', 'tres coma cinco', 3],
  ['30 %', 'treinta por ciento', 3],
  ['39 €', 'treinta y nueve euros', 4],
  ['5,40 €', 'cinco euros con cuarenta', 4],
  ['14:30', 'catorce treinta', 2],
  ['1.º', 'primero', 1],
  ['la 2.ª', 'la segunda', 2],
  ['info@empresa.es', 'info arroba empresa punto E S', 6],
  ['1999', 'mil novecientos noventa y nueve', 5],
  ['14/07/2024', 'catorce de julio de dos mil veinticuatro', 7],
  ['la ONU', 'la ONU', 2],
];

describe('spoken form, German', () => {
  it.each(DE)('%s → %s', (written, spoken, count) => {
    const result = spokenForm(written, 'de-DE');
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});

describe('spoken form, Spanish', () => {
  it.each(ES)('%s → %s', (written, spoken, count) => {
    const result = spokenForm(written, 'es-ES');
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});

describe('languages without spoken-form rules', () => {
  it('leave the text as written', () => {
    expect(spokenForm('Il 30% di 1.200', 'it')).toBe('Il 30% di 1.200');
  });
});
