/**
 * A raised figure right after a figure (`3²`, `2¹⁰`, `note 3³`, a Word superscript or a PDF's raised
 * glyphs, readers/scripts.ts): a power said (three squared) or a note's call left unsaid (three²). The
 * figures alone cannot tell; the line, its neighbours and the document's other note calls can:
 *  - a power: the line a formula's (its reader's formulaBeside) or maths near (this line or the one
 *    before or after: `=`, `+`, `×`, `÷` alone, a formula such as `x²`, squared, cubed, power, puissance,
 *    au carré, hoch, a variable letter `x`); a base of exactly 10 (`10⁶`) or 2 (`2¹⁰`); ² ³ (or ⁰) after
 *    a figure of one or two digits in a document with no note calls after words;
 *  - a call: `¹`; the raised number next in the document's calls after words (`word¹ … 3²`: 2 follows 1);
 *    a figure that names a note, page or chapter (`note 3³`); a raised number of 4 or more after
 *    another base, no maths near;
 *  - otherwise (a power or a call both likely: `2025²`, `100²`, `3²` among calls it does not follow) the
 *    more likely reading (a power after one or two digits, a call after more) and a `raised-figure-ambiguous`
 *    warning (report.ts) saying what was seen. Pure.
 */
import { lazy } from '../../text/lazy.js';
import { isFormula } from './maths.js';
import { CLOSING, OPENING } from './punctuation.js';

/** A figure, then raised figures (`3³`, `2025¹`): index.ts asks it of a token before `raisedReading`. */
export const FIGURE_RAISED = /^(\d[\d.,]*?)([⁰¹²³⁴-⁹]{1,3})$/u;
/** A word (two letters or more), then raised figures: a note's call (`note¹`, `vary²`). */
const WORD_CALL = lazy(() => /^\p{L}[\p{L}'’-]*\p{L}([⁰¹²³⁴-⁹]{1,3})$/u);
/** A unit's power (`m²`, `cm³`, `ft²`): no call. */
const UNIT_POWER = /^(?:[kcdm]?m|ft|in|yd|mi)[²³]$/u;
const RAISED_VALUE: Readonly<Record<string, string>> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
/** Punctuation around a token, and a note's marks `* † ‡` after it (as index.ts PRE and POST, but the elisions need not be cut here). */
const AROUND = new RegExp(`^[${OPENING}]+|[${CLOSING}*†‡]+$`, 'gu');
/** Opening punctuation before a word (`»Seite`, `‹page`, `(note`: German and Swiss quotes too), as AROUND strips it. */
const LEADING = new RegExp(`^[${OPENING}]+`, 'u');
/** Signs that stand alone between a formula's sides. */
const MATHS_SIGNS = new Set(['=', '+', '×', '÷', '−', '≠', '≈', '≤', '≥', '*']);
/** Words that say a power or a formula, in the languages with spoken rules (lower case). */
const MATHS_WORDS = new Set([
  'squared', 'cubed', 'power', 'powers', 'exponent', 'equals', 'equation', 'formula', 'calculate', 'solve',
  'puissance', 'puissances', 'carré', 'carrés', 'cube', 'cubes', 'exposant', 'égale', 'équation', 'formule', 'calculez', 'calculer',
  'hoch', 'quadrat', 'potenz', 'exponent', 'gleich', 'gleichung', 'formel', 'berechne', 'berechnen',
  'cuadrado', 'cubo', 'potencia', 'exponente', 'igual', 'ecuación', 'fórmula', 'calcula', 'calcular',
]);
/** Single letters that are a formula's variables in prose (`where x is…`); `y` is a word in French and Spanish, `a` everywhere. */
const VARIABLES = new Set(['x', 'n', 'z']);
/** Words before a figure that name what it numbers: a note's, a page's… a number no one raises to a power. */
const NAMING = new Set([
  'note', 'notes', 'footnote', 'page', 'p.', 'pp.', 'chapter', 'section', 'figure', 'fig.', 'table', 'article', 'art.', 'step', 'item', 'line', 'paragraph', 'appendix', 'annex', 'exhibit', 'clause', 'no.', 'nº', 'n°', '#',
  'chapitre', 'tableau', 'annexe', 'étape', 'ligne', 'paragraphe', 'point',
  'anmerkung', 'fußnote', 'seite', 's.', 'kapitel', 'abschnitt', 'abbildung', 'abb.', 'tabelle', 'artikel', 'schritt', 'nr.', 'punkt', 'anhang',
  'nota', 'página', 'pág.', 'capítulo', 'sección', 'tabla', 'artículo', 'paso', 'núm.', 'anexo',
]);

/** A raised number in the document, in reading order: a call after a word or a raised figure after a figure. */
interface Raised {
  line: number;
  after: 'word' | 'figure';
  /** The raised number's value (`²` 2, `¹²` 12). */
  n: number;
  core: string;
}

/** What the document tells about raised figures: its raised numbers in reading order, and its lines. */
export interface RaisedDocument {
  raised: readonly Raised[];
  /** Whether the document has note calls after words (`note¹`). */
  wordCalls: boolean;
  lines: readonly string[];
  /** Lines found to hold maths (see mathsLine), by index. */
  maths: Map<number, boolean>;
  /** Where each raised figure after a figure first is in `raised`, by line and text (see fitsCalls). */
  figures: Map<string, number>;
  /** The calls around each raised number (see callsAround), found on first use. */
  around?: { previous?: Raised; next?: Raised }[];
}

/** A line's place in its document, and where a reading that could go either way is said. */
export interface RaisedAt {
  doc: RaisedDocument;
  line: number;
  doubt?: (doubt: RaisedDoubt) => void;
}

/** A raised figure read one way where the other was likely too. */
export interface RaisedDoubt {
  /** The figure and its raised number as written (`2025²`). */
  text: string;
  reading: 'power' | 'note-call';
  why: string;
}

/** A raised digit (`²`, `¹`): a line or a token without one holds no raised number. */
export const RAISED_DIGIT = /[⁰¹²³⁴-⁹]/u;

/**
 * The raised figures and note calls of the lines, in reading order. `holding`: the indices of the lines that hold a
 * raised digit (RAISED_DIGIT), in ascending order, found once by the caller (report.ts); the others are not split.
 */
export function raisedDocument(lines: readonly string[], holding: Iterable<number>): RaisedDocument {
  const raised: Raised[] = [];
  const figures = new Map<string, number>();
  let wordCalls = false;
  for (const line of holding) {
    const text = lines[line]!;
    for (const token of text.split(/\s+/u)) {
      if (!RAISED_DIGIT.test(token)) continue;
      const core = token.replace(AROUND, '');
      const figure = FIGURE_RAISED.exec(core);
      if (figure) {
        const key = `${line} ${core}`;
        if (!figures.has(key)) figures.set(key, raised.length);
        raised.push({ line, after: 'figure', n: value(figure[2]!), core });
        continue;
      }
      const word = WORD_CALL().exec(core);
      if (word && !UNIT_POWER.test(core) && !isFormula(core)) {
        raised.push({ line, after: 'word', n: value(word[1]!), core });
        wordCalls = true;
      }
    }
  }
  return { raised, wordCalls, lines, maths: new Map(), figures };
}

function value(raised: string): number {
  let digits = '';
  for (const c of raised) digits += RAISED_VALUE[c] ?? '';
  return Number(digits);
}

/** Whether a line holds maths: a sign alone between terms, a formula, a word that says one, a variable letter. */
export function mathsLine(text: string): boolean {
  return formulaAmong(text.split(/\s+/u), -1, MATHS_SIGNS, trimAround, mathsWord);
}

/** A token without the punctuation around it (AROUND). */
const trimAround = (token: string): string => token.replace(AROUND, '');

/** Whether a token (its punctuation aside) is a word that says a power or a formula, or a variable's letter. */
const mathsWord = (core: string): boolean => MATHS_WORDS.has(core.toLowerCase()) || VARIABLES.has(core);

/**
 * Whether a token of a line but the `skip`th (-1: none) is a formula's, as a raised figure after a figure sees it: a
 * sign standing alone between sides (one of `signs`), or a token whose core (`core`: the token without its
 * punctuation, or undefined for one not looked at) is a formula and no figure with its raised figures (`3²`: the very
 * question), or that `also` says is maths. mathsLine here, and the line reader's formula beside a figure (index.ts).
 */
export function formulaAmong(
  tokens: readonly string[],
  skip: number,
  signs: ReadonlySet<string>,
  core: (token: string) => string | undefined,
  also?: (core: string) => boolean,
): boolean {
  for (let j = 0; j < tokens.length; j++) {
    if (j === skip) continue;
    const token = tokens[j]!;
    if (signs.has(token)) return true;
    const inner = core(token);
    if (!inner) continue;
    if (also?.(inner) || (!FIGURE_RAISED.test(inner) && isFormula(inner))) return true;
  }
  return false;
}

/**
 * How a figure with raised figures after it (`core`, see FIGURE_RAISED) is read: 'power' or 'call'.
 * `formula` says the line is a formula's (the reader knows); `before` is the token before it (`note`);
 * `at` the line's place in its document, when known.
 */
export function raisedReading(core: string, line: string, before: string | undefined, formula: boolean, at?: RaisedAt): 'power' | 'call' {
  const m = FIGURE_RAISED.exec(core);
  if (!m) return 'call';
  const base = m[1]!;
  const raised = m[2]!;
  const n = value(raised);
  // `2025¹`: a power of one is never written; a call.
  if (raised === '¹') return 'call';
  if (formula || mathsLineOnce(line)) return 'power';
  // `10⁶`: a power of ten; only exactly 10 is its base (not 100², 105²).
  if (base === '10') return 'power';
  const doc = at?.doc;
  if (doc?.wordCalls && fitsCalls(doc, at!.line, core, n)) return 'call';
  if (before !== undefined && NAMING.has(before.replace(LEADING, '').toLowerCase())) return 'call';
  if (at && (mathsNear(at.doc, at.line - 1) || mathsNear(at.doc, at.line + 1))) return 'power';
  // `2¹⁰`: a power of two.
  if (base === '2') return 'power';
  const short = /^\d{1,2}$/u.test(base);
  const small = n === 2 || n === 3 || n === 0;
  if (!small) return 'call';
  if (short && !doc?.wordCalls) return 'power';
  // Both likely: a power after one or two digits, a call after more (`2025²`, a year and its call).
  const reading = short ? 'power' : 'call';
  at?.doubt?.({
    text: core,
    reading: reading === 'power' ? 'power' : 'note-call',
    why: doc?.wordCalls ? 'does-not-follow-calls' : 'long-base',
  });
  return reading;
}

/** The last line asked about and whether it holds maths: a line of many raised figures is looked at once. */
let lastLine: string | undefined;
let lastMaths = false;
function mathsLineOnce(line: string): boolean {
  if (line !== lastLine) {
    lastMaths = mathsLine(line);
    lastLine = line;
  }
  return lastMaths;
}

function mathsNear(doc: RaisedDocument, line: number): boolean {
  if (line < 0 || line >= doc.lines.length) return false;
  let maths = doc.maths.get(line);
  if (maths === undefined) doc.maths.set(line, (maths = mathsLine(doc.lines[line]!)));
  return maths;
}

/**
 * Whether `n` raised after the figure `core` of line `line` is the document's next call: the call after a
 * word before it is n − 1, or the one after it n + 1 (1 where none comes before and 2 comes after). A `¹` after a
 * figure (`2025¹`) is a call too.
 */
function fitsCalls(doc: RaisedDocument, line: number, core: string, n: number): boolean {
  const at = doc.figures.get(`${line} ${core}`);
  if (at === undefined) return false;
  const { previous, next } = callsAround(doc)[at]!;
  return previous?.n === n - 1 || next?.n === n + 1 || (n === 1 && !previous && next?.n === 2);
}

/** A raised number that is surely a call: after a word, or a `¹` after a figure. */
function isCall(r: Raised): boolean {
  return r.after === 'word' || r.n === 1;
}

/** For each raised number of the document, the nearest surely-a-call before and after it (found once, in two passes). */
function callsAround(doc: RaisedDocument): { previous?: Raised; next?: Raised }[] {
  if (doc.around) return doc.around;
  const around: { previous?: Raised; next?: Raised }[] = doc.raised.map(() => ({}));
  let previous: Raised | undefined;
  doc.raised.forEach((r, k) => {
    around[k]!.previous = previous;
    if (isCall(r)) previous = r;
  });
  let next: Raised | undefined;
  for (let k = doc.raised.length - 1; k >= 0; k--) {
    around[k]!.next = next;
    if (isCall(doc.raised[k]!)) next = doc.raised[k];
  }
  return (doc.around = around);
}
