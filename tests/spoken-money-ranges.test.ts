/**
 * A range of money before a currency word or sign is money at both ends, never half (measure/spoken):
 * `19,99-29,99 euros`, `de 19,99 à 29,99 euros`, `19.99–29.99 dollars`; other decimals and counts stay.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';

describe('a range of money before a currency word is money at both ends', () => {
  it.each([
    ['fr-FR', 'Entre 19,99-29,99 euros.', 'Entre dix-neuf euros quatre-vingt-dix-neuf à vingt-neuf euros quatre-vingt-dix-neuf.'],
    ['fr-FR', 'de 19,99 à 29,99 euros', 'de dix-neuf euros quatre-vingt-dix-neuf à vingt-neuf euros quatre-vingt-dix-neuf'],
    ['fr-FR', '19,99 - 29,99 €', 'dix-neuf euros quatre-vingt-dix-neuf à vingt-neuf euros quatre-vingt-dix-neuf'],
    ['fr-FR', 'de 3,50 à 4 euros', 'de trois euros cinquante à quatre euros'],
    ['fr-FR', '10-12,50 euros', 'dix euros à douze euros cinquante'],
    ['fr-FR', '19,00-29,00 euros', 'dix-neuf euros à vingt-neuf euros'],
    ['en-US', 'Between 19.99–29.99 dollars.', 'Between nineteen dollars and ninety-nine cents to twenty-nine dollars and ninety-nine cents.'],
    ['en-US', '19.99 to 29.99 dollars', 'nineteen dollars and ninety-nine cents to twenty-nine dollars and ninety-nine cents'],
    ['en-US', 'from 19.99 to $29.99', 'from nineteen dollars and ninety-nine cents to twenty-nine dollars and ninety-nine cents'],
    ['en-US', '$10.00–$15.00', 'ten dollars to fifteen dollars'],
    ['en-GB', '9.99–14.99 pounds', 'nine pounds and ninety-nine pence to fourteen pounds and ninety-nine pence'],
    ['de-DE', '19,99 bis 29,99 Euro', 'neunzehn Euro neunundneunzig bis neunundzwanzig Euro neunundneunzig'],
    ['es-ES', '19,99 a 29,99 euros', 'diecinueve euros con noventa y nueve a veintinueve euros con noventa y nueve'],
  ])('%s %s', (tag, text, expected) => {
    expect(spokenForm(text, tag)).toBe(expected);
  });

  it.each([
    // counts of euros and other decimals stay as they are, the word as written
    ['fr-FR', '5-10 euros', 'cinq à dix euros'],
    ['fr-FR', '1,5-2 euros', 'un virgule cinq à deux euros'],
    ['fr-FR', 'de 2,50 à 3,5 euros', 'de deux virgule cinquante à trois virgule cinq euros'],
    ['fr-FR', 'entre 2,50 et 3,75 mètres', 'entre deux virgule cinquante et trois virgule soixante-quinze mètres'],
    // American English: pounds may weigh
    ['en-US', '9.99–14.99 pounds', 'nine point nine nine to fourteen point nine nine pounds'],
    // no currency: a range of decimals, not a phone number
    ['en-US', '19.99–29.99', 'nineteen point nine nine to twenty-nine point nine nine'],
    // an odd grouping neither a phone number nor a range (spoken7's rules): kept as written, never money
    ['en-US', 'Call 555.12-34.56', 'Call 555.12-34.56'],
  ])('%s %s (no money)', (tag, text, expected) => {
    expect(spokenForm(text, tag)).toBe(expected);
  });
});
