/**
 * Lines of code whose words are English function words (SQL's `SELECT * FROM t WHERE a IS NOT NULL AND b OR c`,
 * pseudo-code's `if (this and that) or (it is not) then`) are no English: a script of such lines only was guessed
 * English. Prose lines with placeholders of a template (`Hello {firstName}, welcome to {courseName}.`, `%s`,
 * `{{name}}`, `${user}`, `[NAME]`) are prose: their braces read as code marks and such a script had no guess.
 * Prose in capitals keeps its guess. Fixtures: scripts/build-lang5-fixtures.py (python-docx, every w:lang taken out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline.js';
import { guessLanguage } from '../src/measure/language.js';

const DIR = join(__dirname, 'fixtures', 'lang5');

async function languageOf(file: string) {
  const { report } = await analyseBytes(readFileSync(join(DIR, file)), file, { config: null });
  return {
    language: `${report.language.tag} ${report.language.source}`,
    warnings: report.warnings.filter((w) => /language/.test(w.code)).map((w) => ({ code: w.code, details: w.details })),
  };
}

describe('scripts of code lines, prose in capitals, prose with placeholders', () => {
  it.each([
    ['code.docx', { language: 'en default', warnings: [{ code: 'language-unknown', details: undefined }] }],
    ['caps.docx', { language: 'en guessed', warnings: [] }],
    ['placeholders-en.docx', { language: 'en guessed', warnings: [] }],
    ['placeholders-fr.docx', { language: 'fr guessed', warnings: [] }],
    ['placeholders-spaced-en.docx', { language: 'en guessed', warnings: [] }],
    ['placeholders-spaced-fr.docx', { language: 'fr guessed', warnings: [] }],
    ['caps-questions.docx', { language: 'en guessed', warnings: [] }],
    ['assigned.docx', { language: 'en default', warnings: [{ code: 'language-unknown', details: undefined }] }],
  ])('%s', async (file, expected) => {
    expect(await languageOf(file)).toEqual(expected);
  });
});

const thrice = (lines: string[]) => [...lines, ...lines, ...lines];

describe('guessLanguage: code lines of keywords are no language', () => {
  it.each([
    ['SQL with *', thrice(['SELECT * FROM t WHERE a IS NOT NULL AND b OR c'])],
    ['SQL with IN (1, 2)', thrice(['SELECT * FROM t WHERE a IN (1, 2) AND b OR c'])],
    ['pseudo-code', thrice(['if (this and that) or (it is not) then'])],
    ['lower-case SQL with =', thrice(['select name from users where id = 1 and active is not null or deleted is null'])],
  ])('%s: null', (_, texts) => {
    expect(guessLanguage(texts)).toBeNull();
  });
});

describe('guessLanguage: prose keeps its guess', () => {
  it.each([
    ['en', 'capitals', thrice(['WELCOME TO THE COURSE AND THE TEAM', 'THIS IS THE BEST PART OF THE DAY', 'IT IS NOT TOO LATE TO JOIN US'])],
    ['en', 'capitals with SELECT, FROM, WHERE', thrice(['SELECT YOUR COURSE FROM THE LIST WHERE YOU SEE THE TEAM'])],
    ['en', 'parentheses and keywords', thrice(['If you are not in the team (and that is fine), then come and see us for the day.'])],
    ['en', 'placeholders', ['Hello {firstName}, welcome to {courseName}.', 'Hi {{name}}, your lesson is ready for you.', 'Dear %s, the course starts on %1$s.', 'Welcome back, ${user}! This is the next step.', 'See you soon in {courseName}']],
    ['fr', 'placeholders', ['Bonjour {prenom}, bienvenue dans {cours}.', 'Salut {{nom}}, votre leçon est prête pour vous.', 'Cher %s, le cours commence le %s.', 'Votre note pour {nom_lecon} est de {note} sur {total}.', 'À bientôt dans {cours}']],
  ])('%s: %s', (code, _, texts) => {
    expect(guessLanguage(texts)).toBe(code);
  });
});

describe('guessLanguage: code with braces stays code', () => {
  it.each([
    ['a block ending in }', thrice(['if (user) { return the; } else { return and; }', 'for (const of in this) { with(that) }', '}'])],
    ['an object', thrice(['export default { the: 1, and: 2, of: 3, with: 4, that: 5, you: 6 }'])],
  ])('%s: null', (_, texts) => {
    expect(guessLanguage(texts)).toBeNull();
  });
});

describe('guessLanguage: spaced placeholders, sentences of keywords, values assigned', () => {
  it.each([
    ['en', 'spaced placeholders', ['Hi {{ name }}, your lesson is ready for you.', 'Dear {{ first_name }}, the course starts on {{ date }}.', 'Welcome back, {{ user }}! This is the next step.', 'See you soon in {{ course }}']],
    ['fr', 'spaced placeholders', ['Bonjour {{ prenom }}, bienvenue dans {{ cours }}.', 'Salut {{ nom }}, votre leçon est prête pour vous.', 'Votre note pour {{ nom_lecon }} est de {{ note }} sur {{ total }}.', 'À bientôt dans {{ cours }}']],
    ['en', 'capitals of keywords ending as sentences', ['IF (AND WHEN) YOU ARE IN, THEN IT IS ON.', 'AND THEN (IF NOT NOW) WHEN?', 'IS IT TRUE OR NOT (AND IF NOT, WHY NOT)?', 'IF (AND ONLY IF) IT IS NOT FOR YOU, THEN CALL US.']],
    [null, 'values in braces assigned', thrice(['const the = {a}', 'let and = {b}', 'var of = {c}', 'const to = {d}'])],
    [null, 'a spaced placeholder assigned', thrice(['the = {{ a }}', 'and := {{ b }}', 'of = {{ c }}', 'to = {{ d }}'])],
    [null, 'code of keywords, unspaced braces', thrice(['SELECT * FROM t WHERE a IS NOT NULL AND b OR c', 'if (this and that) or (it is not) then'])],
    [null, 'a template\'s tags around spaced placeholders', thrice(['{% if the and that %}', '{% for it in this %} {{ it }} and {{ the }} {% endfor %}', 'if (this and that) {{ return the }} else {{ of }}'])],
  ])('%s: %s', (code, _, texts) => {
    expect(guessLanguage(texts)).toBe(code);
  });
});
