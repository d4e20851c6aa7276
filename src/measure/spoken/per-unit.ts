/**
 * Two shapes of ads and legal lines rewritten before a line is read (spokenForm), so that the rules read what is left:
 *
 * - A price per unit (`9,99 €/mois`, `$19.99/mo`, `39 €/an`, `9,99 €/Monat`, `9,99 €/mes`, `8 €/h`): the slash is said
 *   as the language says "per" (`par mois`, `pro Monat`, `al mes`, `per month`), the unit in full (`mo` month, `Std`
 *   Stunde). Only after an amount: a currency sign or code with a figure in the same token or the one before; a unit
 *   outside the list (`€/kWh`) and a pair of currencies (`USD/EUR`) stay as written. English `2/$8` is "2 for $8".
 * - A note call in brackets after an amount or a word (`9,99 €(1)`): written raised (`€⁽¹⁾`), as index.ts reads the marks `* † ‡` (`$199*`, `TTC*`): shown, not said, the figure
 *   read as without it. Not a star rating (`5*`), not an emphasis (`*word*`), and a number in brackets only after a currency
 *   sign, `%` or a word of two letters or more (`f(1)`, `5(2)` stay).
 */
import { lazy } from '../../text/lazy.js';
import { OPENING } from './punctuation.js';

/** Per language code: "per" and each unit as written (lower case) with the word said. */
const UNITS: Readonly<Record<string, { per: string; units: Readonly<Record<string, string>>; before?: Readonly<Record<string, string>> }>> = {
  en: {
    per: 'per',
    units: {
      mo: 'month', mth: 'month', month: 'month', yr: 'year', year: 'year', y: 'year', h: 'hour', hr: 'hour', hour: 'hour', day: 'day',
      wk: 'week', week: 'week', night: 'night', person: 'person', user: 'user', seat: 'seat', mn: 'month',
    },
  },
  fr: {
    per: 'par',
    units: { mois: 'mois', an: 'an', année: 'an', h: 'heure', heure: 'heure', jour: 'jour', j: 'jour', semaine: 'semaine', sem: 'semaine', nuit: 'nuit', pers: 'personne', personne: 'personne' },
  },
  de: {
    per: 'pro',
    units: { monat: 'Monat', mon: 'Monat', mtl: 'Monat', jahr: 'Jahr', j: 'Jahr', std: 'Stunde', h: 'Stunde', stunde: 'Stunde', tag: 'Tag', woche: 'Woche', nacht: 'Nacht', person: 'Person', pers: 'Person' },
  },
  es: {
    per: 'por',
    units: { mes: 'mes', año: 'año', h: 'hora', hora: 'hora', día: 'día', semana: 'semana', noche: 'noche', persona: 'persona', pers: 'persona' },
    // Spanish says most of them with `al`: `al mes`, `al año`, `al día`, `a la semana`
    before: { mes: 'al', año: 'al', día: 'al', semana: 'a la' },
  },
};

/** The token ends there: closing punctuation at most, then a space or the line's end (not `marker*,table*` in a grammar). */
const AFTER_TOKEN = `(?=[.,;:!?)\\]»”’"…]*(?:\\s|$))`;

/** `AMOUNT/UNIT` at a token's end; group 1 the token before the slash, group 2 the unit. */
const PER_UNIT = lazy(() => new RegExp(`(?<=^|\\s)([^\\s/]*(?:[€$£¥]|EUR|USD|CHF|GBP|JPY)[^\\s/]*)/(\\p{L}+)${AFTER_TOKEN}`, 'gu'));

/** English `2/$8`: two for eight dollars. */
const MULTIBUY = lazy(() => new RegExp(`(?<=^|\\s)([1-9]\\d?)/(\\$\\d[\\d.,]*)${AFTER_TOKEN}`, 'g'));

/** A note call in brackets at a token's end (`€(1)`, `TTC(12)`): group 1 the character before, group 2 the figures. */
const NOTE_CALL = lazy(() => new RegExp(`([\\p{L}\\d%€$£¥])\\((\\d{1,2})\\)${AFTER_TOKEN}`, 'gu'));

/** Opening punctuation before a token (punctuation.ts OPENING). */
const OPENING_RUN = new RegExp(`^[${OPENING}]+`, 'u');

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** The token of `text` ending just before `end` (from the last white space). */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isDigitCode(s.charCodeAt(k))) return true;
  return false;
}

/**
 * Swiss money: `CHF 1'250.–` (a whole amount, its cents a dash) is `CHF 1'250`; `Fr. 12.50`, `SFr. 1'250.–` the amount
 * before `francs` (French) or `Franken` (German), as a Swiss narrator says it (douze francs cinquante, zwölf Franken
 * fünfzig). German `Fr.` (Freitag, Frau) only before an amount with cents or a dash (`Fr. 12.` stays).
 */
const SWISS = lazy(() => new RegExp(`(?<=^|\\s)(CHF|SFr\\.|Fr\\.)([\\s\u00a0\u202f]?)([1-9]\\d{0,2}(?:['’]\\d{3})+|\\d+)(\\.\\d{2}|\\.[-–—]{1,2})?${AFTER_TOKEN}`, 'g'));

/**
 * Fuel consumption (`5,2 l/100 km`, `6.5L/100km`): the figure, then one unit token `l/100km` that the languages' unit
 * tables say in full (litres aux cent kilomètres, litres per hundred kilometres, Liter auf hundert Kilometer).
 */
const FUEL = lazy(() => new RegExp(`(\\d)[\\s\u00a0\u202f]?[lL][\\s\u00a0\u202f]?/[\\s\u00a0\u202f]?100[\\s\u00a0\u202f]?km${AFTER_TOKEN}`, 'g'));

/**
 * An amount or a scaled figure with a plus after it (`$50+`, `€5M+`, `1M+`, `10k+`, `500+`): the amount, then "plus".
 * Not a plus inside a token (`5+5`, `C++`) nor a sign before a figure (`+33`).
 */
const AMOUNT_PLUS = lazy(() => new RegExp(`(?<=^|\\s)((?:US\\$|[$€£¥])\\d[\\d.,]*(?:[kKM]|bn|mn)?|\\d[\\d.,]*(?:[kKM]|bn|mn)?[€$£¥]?)\\+${AFTER_TOKEN}`, 'g'));

/** A grouped number with a plus after it (`10 000+`, `10,000+`, `10.000+`, `1'000+`): a number, then "plus". */
const GROUPED_PLUS = lazy(() => /(?<=^|\s)([1-9]\d{0,2}(?:(?:[\u00a0\u202f ]|[,.'’])\d{3})+)\+(?=[.,;:!?)\]»”’"…]*(?:\s|$))/g);

const SWISS_FRANCS: Readonly<Record<string, string>> = { fr: 'francs', de: 'Franken' };

/**
 * French titles before a capitalised name (`Mme Dupont`, `Dr Martin`, `Me Durand`, `M. Dupont`), or before "et" and another
 * title (`M. et Mme Dupont`: monsieur et madame): said in full (madame,
 * docteur, maître, monsieur). `M.` not after a capitalised word (`Jean M. Dupont`: an initial), a greeting aside, nor after
 * a figure (`10 M.` millions at a sentence's end).
 */
const FR_TITLES: Readonly<Record<string, string>> = {
  Mme: 'madame', Mmes: 'mesdames', Mlle: 'mademoiselle', Mlles: 'mesdemoiselles', Dr: 'docteur', Pr: 'professeur', Me: 'maître', M: 'monsieur', MM: 'messieurs',
};
const FR_TITLE = lazy(() => /(?<=^|[\s(«“"])(Mmes?|Mlles?|Dr|Pr|Me|MM?)(\.?)(?=[\s\u00a0\u202f]+(?:\p{Lu}\p{Ll}|et[\s\u00a0\u202f]+(?:Mmes?|Mlles?)(?![\p{L}\d])))/gu);
const FR_GREETINGS = new Set(['Bonjour', 'Bonsoir', 'Merci', 'Cher', 'Chère', 'Chers', 'Chères', 'Et', 'Avec', 'Pour', 'Selon']);

/** `text` with prices per unit said with "per" and note calls dropped (see above); `text` itself when it holds neither. */
export function perUnitAndNotes(text: string, code: string, plus: string): string {
  if (text.includes('(')) text = dropNoteCalls(text);
  if (text.includes('/')) text = perUnit(text.replace(FUEL(), '$1 l/100km'), code);
  if (text.includes('CHF') || text.includes('Fr.')) text = swissMoney(text, code);
  if (code === 'fr' && (text.includes('M') || text.includes('Dr') || text.includes('Pr'))) text = frenchTitles(text);
  if (text.includes('+')) text = text.replace(GROUPED_PLUS(), `$1 ${plus}`).replace(AMOUNT_PLUS(), `$1 ${plus}`);
  return text;
}

function frenchTitles(text: string): string {
  return text.replace(FR_TITLE(), (whole, title: string, dot: string, at: number) => {
    // `M` and `MM` only with their stop; the others with or without it (`Dr.`, `Mme.`)
    if ((title === 'M' || title === 'MM') && dot !== '.') return whole;
    if (title === 'M') {
      const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      if (before && /^\p{Lu}\p{Ll}+$/u.test(before) && !FR_GREETINGS.has(before)) return whole;
      // `10 M. Dupont a signé`: after a figure, M. is millions ending a sentence
      if (before && hasDigit(before)) return whole;
    }
    return FR_TITLES[title]!;
  });
}

function swissMoney(text: string, code: string): string {
  return text.replace(SWISS(), (whole, sign: string, space: string, amount: string, cents: string | undefined) => {
    const dash = cents !== undefined && !isDigitCode(cents.charCodeAt(1));
    if (sign === 'CHF') return dash ? `${sign}${space}${amount}` : whole;
    const word = Object.hasOwn(SWISS_FRANCS, code) ? SWISS_FRANCS[code]! : undefined;
    if (!word || (code === 'de' && cents === undefined && !/['’]/.test(amount))) return whole;
    return `${amount}${dash || cents === undefined ? '' : cents} ${word}`;
  });
}

/** ⁰ to ⁹, by the figure. */
const RAISED_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A call in brackets after an amount or a word (`9,99 €(1)`, `TTC(2)`) written raised (`€⁽¹⁾`), as a Word
 * superscript "(1)" reads: the line reader (index.ts noteCallAtEnd) then leaves it unsaid and shown, as it
 * does the marks `* † ‡` after a letter, a figure or an amount (which it reads itself: not looked at here).
 */
function dropNoteCalls(text: string): string {
  return text.replace(NOTE_CALL(), (whole, before: string, figures: string, at: number) => {
    const token = tokenBefore(text, at + before.length);
    // `(1)` after a currency sign, `%`, or a word of two letters or more (not `f(1)`, not `5(2)`)
    const bare = token.replace(OPENING_RUN, '');
    const sign = /[€$£¥%]$/.test(bare);
    const word = bare.length >= 2 && !hasDigit(bare) && !/[^\p{L}'’-]/u.test(bare);
    if (!sign && !word) return whole;
    return `${before}⁽${[...figures].map((d) => RAISED_DIGITS[Number(d)]).join('')}⁾`;
  });
}

function perUnit(text: string, code: string): string {
  const table = UNITS[code];
  let out = text;
  if (table) {
    out = out.replace(PER_UNIT(), (whole, amount: string, unit: string, at: number) => {
      const said = Object.hasOwn(table.units, unit.toLowerCase()) ? table.units[unit.toLowerCase()]! : undefined;
      if (!said) return whole;
      // an amount: a figure in the token, or a currency sign alone after a figure (`9,99 €/mois`)
      if (!hasDigit(amount)) {
        const before = tokenBefore(text, Math.max(0, at - 1));
        if (!/^[(\[]?[-−+]?\d[\d.,'’ ]*$/u.test(before.trim()) || !/^[€$£¥]$|^(?:EUR|USD|CHF|GBP|JPY)$/.test(amount)) return whole;
      }
      const per = table.before && Object.hasOwn(table.before, said) ? table.before[said]! : table.per;
      return `${amount} ${per} ${said}`;
    });
  }
  if (code === 'en') out = out.replace(MULTIBUY(), '$1 for $2');
  return out;
}
