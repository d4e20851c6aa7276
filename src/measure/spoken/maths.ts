/**
 * Formulas as a narrator says them: `x²` x squared, `E=mc²` E equals m c squared, `y=1/x²` y equals one
 * over x squared, `xⁿ⁺¹` x to the power n plus one, `(a+b)/2` a plus b over two, `√x` square root of x.
 * What a Word equation (m:oMath) reads as in a line (readers/docx/math.ts), and a formula typed as text.
 * Only a token that is evidently a formula is read so (see isFormula); a slash between words (`and/or`)
 * or letters in prose (`n/a`, `A/B`) is not one. Pure.
 */
import { cardinal, parseNumeral, sayNumeral } from './numbers.js';
import type { SpokenLanguage } from './languages.js';
import { lazy } from '../../text/lazy.js';
import { isLetterAt } from '../../text/words.js';

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-', '⁼': '=', '⁽': '(', '⁾': ')', ⁿ: 'n', ⁱ: 'i',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9', '₊': '+', '₋': '-', '₌': '=', '₍': '(', '₎': ')',
  ᵢ: 'i', ⱼ: 'j', ₖ: 'k', ₙ: 'n', ₘ: 'm', ₓ: 'x',
};

/** Every character but letters a formula may hold (with letters, `/^[\p{L}\d=+\-−×·*÷/^()⁰¹²³⁴-⁹⁺⁻⁼⁽⁾ⁿⁱ₀-₉₊₋₌₍₎ᵢⱼₖₙₘₓ√∛π±<>≤≥≠≈!.,]+$/u`, as code: formulaChars). */
const FORMULA_SIGNS = new Set([...'0123456789=+-−×·*÷/^()⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ᵢⱼₖₙₘₓ√∛π±<>≤≥≠≈!.,'].map((c) => c.charCodeAt(0)));

/** Whether a text is made of a formula's characters only, one at least (FORMULA_SIGNS and letters). */
export function formulaChars(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    if (FORMULA_SIGNS.has(text.charCodeAt(i))) continue;
    if (!isLetterAt(text, i)) return false;
    if (text.codePointAt(i)! > 0xffff) i++;
  }
  return true;
}
/**
 * What only a formula has: a script after a letter, a digit or a bracket; `=` between two terms (not `Id=`); `^`; a root;
 * an operator or a sign that compares between two terms (`x≤5`, `a≠b`, `π≈3.14`, `12÷4`); `<` or `>` (maybe with `=`)
 * between a letter or a number and a number (`x<5`, `x>=5`, `5>3`; not `a>b`, a menu's path or an arrow, nor `<b>`);
 * `!=` between two terms; a bracket's fraction.
 */
const EVIDENT = lazy(() => /[\p{L}\d)][⁰¹²³⁴-⁹⁺⁻ⁿⁱ₀-₉ᵢⱼₖₙₘₓ]|[\p{L}\d)⁰¹²³⁴-⁹ⁿ₀-₉]=[\p{L}\d(√π+\-−]|\^|[√∛]|[\p{L}\d)][+×·*÷±−≤≥≠≈][\p{L}\d(√π]|[\p{L}\d)][<>]=?\d|\d[<>]=?\p{L}|[\p{L}\d)]!=[\p{L}\d(]|\)\/|\/\(/u);
/** A quick look for one of EVIDENT's characters, before the patterns. */
const MAY_BE_FORMULA = /[=^√∛+×·*÷±−≤≥≠≈<>⁰¹²³⁴-⁹⁺⁻ⁿⁱ₀-₉ᵢⱼₖₙₘₓ]/u;
/** What a single letter is applied to in `f(x)`, `g(2)`: "f of x". */
const ARGUMENT = lazy(() => /^(?:\p{L}|\d+(?:[.,]\d+)?)$/u);
const SCRIPT_CHARS = /[⁰¹²³⁴-⁹⁺⁻⁼⁽⁾ⁿⁱ₀-₉₊₋₌₍₎ᵢⱼₖₙₘₓ]/gu;
const LETTER_RUNS = lazy(() => /\p{L}+/gu);
/** A run of letters that are no script (`ⁿ`, `ᵢ` are letters to Unicode). */
const LETTERS = lazy(() => /^(?:(?![ⁿⁱᵢⱼₖₙₘₓ])\p{L})+/u);
const DIGITS = /^\d+(?:[.,]\d+)?/;
const EXPONENT = lazy(() => /^(?:\d+|\p{L})/u);
const HAS_ALNUM = lazy(() => /[\p{L}\d]/u);
/** A unit with its power (`m²`, `cm³`, `ft²`), maybe after its number (`50m²`): a unit, not m squared. */
const UNIT_POWER = /^(?:[-−+]?\d[\d.,]*)?(?:[kcdm]?m|ft|in|yd|mi)[²³]$/u;
/** Names of functions said as words in a formula (`sin x`, `log(x)`); any other run of letters is letters (`mc` m c). */
const FUNCTIONS = new Set(['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'log', 'ln', 'lg', 'exp', 'lim', 'max', 'min', 'det', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan']);

/**
 * Whether a token (its punctuation aside) is evidently a formula: only a formula's characters, at least
 * one letter or digit, something only a formula has (EVIDENT), and no run of letters longer than two but
 * a function's name, nor a word's two letters (`Id`): `Bac+5`, `Note¹`, `key=value`, `Id=` are no formulas. A unit with its power (`m²`) is none.
 */
export function isFormula(core: string): boolean {
  if (!MAY_BE_FORMULA.test(core) || !formulaChars(core) || !EVIDENT().test(core) || !HAS_ALNUM().test(core) || UNIT_POWER.test(core)) return false;
  for (const run of core.replace(SCRIPT_CHARS, ' ').match(LETTER_RUNS()) ?? []) {
    if (run.length > 2 ? !FUNCTIONS.has(run) : run.length === 2 && run[0] !== run[0]!.toLowerCase() && run[1] === run[1]!.toLowerCase()) return false;
  }
  return true;
}

/** A formula said (see isFormula), or null where a piece of it has no reading (a power of one is a footnote's mark: kept as written). */
export function sayFormula(core: string, language: SpokenLanguage): string | null {
  const words: string[] = [];
  return readInto(core, language, words) ? words.join(' ') : null;
}

function readInto(text: string, L: SpokenLanguage, words: string[]): boolean {
  const M = L.maths;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') {
      const m = DIGITS.exec(text.slice(i))!;
      const n = parseNumeral(m[0], L);
      words.push(n ? sayNumeral(n, L) : cardinal(L, m[0].replace(/\D/g, '')));
      i += m[0].length;
      continue;
    }
    if (SUPERSCRIPTS[c] !== undefined || SUBSCRIPTS[c] !== undefined) {
      const table = SUPERSCRIPTS[c] !== undefined ? SUPERSCRIPTS : SUBSCRIPTS;
      let script = '';
      while (i < text.length && table[text[i]!] !== undefined) script += table[text[i++]!]!;
      if (table === SUBSCRIPTS) {
        if (!readInto(script, L, words)) return false;
      } else if (!power(script, L, words)) return false;
      continue;
    }
    if (c === '^') {
      i++;
      let exponent: string;
      if (text[i] === '(') {
        const close = closing(text, i);
        if (close < 0) return false;
        exponent = text.slice(i + 1, close);
        i = close + 1;
      } else {
        const m = EXPONENT().exec(text.slice(i));
        if (!m) return false;
        exponent = m[0];
        i += exponent.length;
      }
      if (!power(exponent, L, words)) return false;
      continue;
    }
    const letters = LETTERS().exec(text.slice(i));
    if (letters) {
      const run = letters[0];
      if (FUNCTIONS.has(run)) words.push(run);
      else if (run === 'π') words.push(M.pi);
      else for (const letter of run) words.push(letter === 'π' ? M.pi : letter);
      i += run.length;
      // `f(x)`, `g(2)`: a single letter applied to a letter or a number (not `a(b+c)`, a product)
      if (run.length === 1 && run !== 'π' && text[i] === '(') {
        const close = closing(text, i);
        if (close > 0 && ARGUMENT().test(text.slice(i + 1, close))) words.push(M.of);
      }
      continue;
    }
    // `<=`, `>=`, `!=` typed for `≤`, `≥`, `≠`
    if (text[i + 1] === '=' && (c === '<' || c === '>' || c === '!')) {
      words.push(c === '<' ? M.lessOrEqual : c === '>' ? M.moreOrEqual : M.notEqual);
      i += 2;
      continue;
    }
    const said = operator(c, L);
    if (said === null) return false;
    if (said) words.push(said);
    i++;
  }
  return true;
}

/** `²` squared, `³` cubed, any other exponent "to the power" and the exponent read; a lone `¹` is no power (a footnote). */
function power(exponent: string, L: SpokenLanguage, words: string[]): boolean {
  if (exponent === '2') words.push(L.maths.squared);
  else if (exponent === '3') words.push(L.maths.cubed);
  else if (exponent === '1' || exponent === '') return false;
  else {
    words.push(L.maths.power);
    return readInto(exponent, L, words);
  }
  return true;
}

/** The index of the bracket that closes the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && --depth === 0) return k;
  }
  return -1;
}

/** An operator's words; '' for a bracket (not said); null for a character with no reading. */
function operator(c: string, L: SpokenLanguage): string | null {
  switch (c) {
    case '(':
    case ')':
      return '';
    case '=':
      return L.words.equals;
    case '+':
      return L.words.plus;
    case '-':
    case '−':
      return L.words.minus;
    case '×':
    case '·':
    case '*':
      return L.words.times;
    case '/':
      return L.maths.over;
    case '±':
      return L.maths.plusMinus;
    case '÷':
      return L.maths.dividedBy;
    case '<':
      return L.maths.lessThan;
    case '>':
      return L.maths.greaterThan;
    case '≤':
      return L.maths.lessOrEqual;
    case '≥':
      return L.maths.moreOrEqual;
    case '≠':
      return L.maths.notEqual;
    case '≈':
      return L.maths.approxEqual;
    case '√':
      return L.maths.root;
    case '∛':
      return L.maths.cubeRoot;
    default:
      return null;
  }
}
