/**
 * A rate card's currency: a current ISO 4217 code a fee can be paid in, else an error suggesting the
 * nearest (`UDS` → USD) or the currency that replaced a withdrawn one (`FRF` → EUR). The codes are
 * Intl's (ICU's data, `Intl.supportedValuesOf('currency')`), less those ICU still lists that ISO has
 * withdrawn and the X codes that are no money anyone is paid in (funds, drawing rights, test, none).
 */

/** Withdrawn codes and the code that replaced each (ISO 4217 list three). */
const REPLACED: Readonly<Record<string, string>> = {
  // The euro's predecessors, and the currencies joining it since (Croatia 2023).
  ATS: 'EUR', BEF: 'EUR', CYP: 'EUR', DEM: 'EUR', EEK: 'EUR', ESP: 'EUR', FIM: 'EUR', FRF: 'EUR', GRD: 'EUR', HRK: 'EUR', IEP: 'EUR', ITL: 'EUR', LTL: 'EUR', LUF: 'EUR', LVL: 'EUR', MTL: 'EUR', NLG: 'EUR', PTE: 'EUR', SIT: 'EUR', SKK: 'EUR',
  // Redenominations: Cuba's convertible peso (2021), Sierra Leone (2022), Zimbabwe (2024), the Netherlands Antilles (2025), and older ones.
  CUC: 'CUP', SLL: 'SLE', ZWL: 'ZWG', ANG: 'XCG', VEF: 'VES', MRO: 'MRU', STD: 'STN', BYR: 'BYN', GHC: 'GHS', TRL: 'TRY', ROL: 'RON', MZM: 'MZN', ZMK: 'ZMW',
};

/** The X codes that are a country's money (the CFA francs, the East Caribbean and Caribbean guilders, the CFP franc). */
const X_MONEY = new Set(['XAF', 'XCD', 'XCG', 'XOF', 'XPF']);

/** The X codes ISO lists that are no money a fee is paid in, and what each is. */
const NOT_MONEY: Readonly<Record<string, string>> = {
  XDR: "the IMF's special drawing rights, a unit of account between governments and the IMF, not a currency anyone is paid in",
  XAU: 'gold (a troy ounce), not a currency',
  XAG: 'silver (a troy ounce), not a currency',
  XPT: 'platinum (a troy ounce), not a currency',
  XPD: 'palladium (a troy ounce), not a currency',
  XXX: 'the code for no currency',
  XTS: 'the code kept for tests, not a currency',
  XBA: 'a European bond-market unit of account, not a currency',
  XBB: 'a European bond-market unit of account, not a currency',
  XBC: 'a European bond-market unit of account, not a currency',
  XBD: 'a European bond-market unit of account, not a currency',
  XSU: "the ALBA countries' unit of account (the sucre), not a currency anyone is paid in",
  XUA: "the African Development Bank's unit of account, not a currency anyone is paid in",
};

let codes: string[] | undefined;

/** The current codes a fee may be in, in ICU's (alphabetical) order. */
function currentCodes(): string[] {
  if (codes) return codes;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency') ?? [];
  codes = supported.filter((code) => !Object.hasOwn(REPLACED, code) && (!code.startsWith('X') || X_MONEY.has(code)));
  return codes;
}

/** Edits from one code to another (Damerau–Levenshtein, adjacent letters swapped counting one: UDS → USD is 1). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

export type CurrencyCheck = { code: string } | { problem: 'withdrawn'; replacement: string } | { problem: 'not-money'; meaning: string } | { problem: 'unknown'; suggestions: string[] };

/**
 * A currency as written (trimmed, any case) → its code, or why it is none: withdrawn (and what replaced
 * it), an X code that is no money (special drawing rights, gold, the test code: what it is), or unknown with the nearest current codes (one edit away, a swap of two letters counting one; at
 * most three, the most used first: EUR, USD, GBP lead).
 */
export function checkCurrency(written: string): CurrencyCheck {
  const code = written.trim().toUpperCase();
  const current = currentCodes();
  // Intl unavailable (a runtime without supportedValuesOf): any three letters Intl formats.
  if (current.length === 0) {
    try {
      if (/^[A-Z]{3}$/.test(code)) {
        new Intl.NumberFormat('en', { style: 'currency', currency: code });
        return { code };
      }
    } catch {
      // not a currency
    }
    return { problem: 'unknown', suggestions: [] };
  }
  if (current.includes(code)) return { code };
  if (Object.hasOwn(REPLACED, code)) return { problem: 'withdrawn', replacement: REPLACED[code]! };
  // XDR is one letter from IDR: said for what it is, never "did you mean IDR?".
  if (Object.hasOwn(NOT_MONEY, code)) return { problem: 'not-money', meaning: NOT_MONEY[code]! };
  const common = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY'];
  const near = current.filter((c) => distance(code, c) === 1).sort((a, b) => (common.indexOf(a) + 1 || 99) - (common.indexOf(b) + 1 || 99));
  return { problem: 'unknown', suggestions: /^[A-Z]{3}$/.test(code) || code.length <= 4 ? near.slice(0, 3) : [] };
}
