/**
 * A legend's sentence about a kind of text that is not recorded, not by its colour but by how it is
 * written: "Directions in [square brackets] are not recorded", "Les indications entre crochets ne
 * sont pas enregistrées", "Anything in (brackets) is not read".
 *
 * What is applied: brackets, read reliably from the text itself — square brackets, parentheses,
 * braces, angle brackets, named in words (`square brackets`, `crochets`, `parentheses`,
 * `parenthèses`, `curly brackets`, `accolades`, `chevrons`) or shown (`[…]`, `(brackets)`). Text in
 * them is not spoken anywhere in a line (the pair's direction rule becomes `anywhere`), and a
 * paragraph wholly in them is nobody's line. A bare `brackets` with no bracket shown is not applied
 * (square brackets to some, parentheses to others): said. A look — italics, bold, underlined, capitals,
 * strikethrough — is not applied either (a reader's italics and a document's italic flag do not always
 * agree, and a word's look is not what it is counted by): said, never silent.
 */
import type { Location, Warning } from '../model.js';
import type { DirectionRules } from '../text/directions.js';
import { formatLocation, listOf } from '../text/format.js';
import { lazy } from '../text/lazy.js';

export interface LegendDirections {
  /** The sentence as written. */
  sentence: string;
  /** The bracket pairs it names (`[]`, `()`, `{}`, `<>`): applied. */
  pairs: string[];
  /** What it names that is not applied (`italics`, `brackets`…), as written. */
  notApplied: string[];
}

/** A sentence saying something is not recorded (EN, FR). Short alternations: linear, run on a legend's few sentences. */
const NOT_RECORDED = lazy(
  () =>
    /\b(?:not|never) (?:be )?(?:recorded|read|voiced|spoken|narrated|said)\b|\bnot (?:to be|for) (?:recorded|read|recording|voiced|spoken)\b|\bdo ?n[o'’]t (?:record|read|voice|say)\b|\bunrecorded\b|\bne (?:sont|doivent|est|doit|se) (?:pas|jamais) (?:être )?(?:enregistr|lue?s?\b|dite?s?\b|prononc|vocalis|lisent|disent)|\bnon[ -]?(?:enregistr|lue?s?\b|dite?s?\b|prononc|vocalis)|\bpas (?:enregistr|lue?s?\b|dite?s?\b|à (?:lire|enregistrer|dire)\b)|\bne pas (?:lire|enregistrer|dire)\b/u,
);

/** Bracket pairs by their names in words, and looks (not applied). Checked in order: the longer names first. */
const NAMED: readonly { pattern: () => RegExp; pair?: string; look?: string }[] = [
  { pattern: lazy(() => /\bsquare brackets?\b|\bcrochets?\b/u), pair: '[]' },
  { pattern: lazy(() => /\bcurly (?:brackets?|braces?)\b|\bbraces\b|\baccolades?\b/u), pair: '{}' },
  { pattern: lazy(() => /\bangle brackets?\b|\bchevrons?\b/u), pair: '<>' },
  { pattern: lazy(() => /\bround brackets?\b|\bparenth[eè]s[ei]s\b|\bparenth[eè]ses?\b/u), pair: '()' },
  { pattern: lazy(() => /\bitali(?:cs?|que?s?)\b/u), look: 'italics' },
  { pattern: lazy(() => /\bbold\b|\bgras\b/u), look: 'bold' },
  // French past participles may end on "é": `\b` is ASCII-only, so the end is "no letter follows".
  { pattern: lazy(() => /\bunderlined?\b|\bsoulign[ée]e?s?(?!\p{L})/u), look: 'underlined' },
  { pattern: lazy(() => /\bstrike ?through\b|\bcrossed out\b|\bbarr[ée]e?s?(?!\p{L})/u), look: 'strikethrough' },
  { pattern: lazy(() => /\b(?:all )?caps\b|\bcapitals\b|\bupper ?case\b|\bmajuscules?\b/u), look: 'capitals' },
  { pattern: lazy(() => /\bhighlighted\b|\bsurlign[ée]e?s?(?!\p{L})/u), look: 'highlighted' },
];

/** Bracket pairs shown in the sentence: a pair opened and closed (`[square brackets]`, `(brackets)`, `[…]`, `{ }`). */
const SHOWN: readonly [string, string][] = [
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['<', '>'],
];

/**
 * What a pair holds when it shows itself (`[square brackets]`, `(brackets)`, `[…]`, `{ }`, `(like
 * this)`), not when it holds a note of the legend's own (`(grey, not recorded)`, `(plain text is not
 * recorded)`, `Narrator (yellow)`).
 */
const SHOWS_PAIR = lazy(() => /^\s*(?:…|\.{2,}|x+|text|texte|like this|comme ceci|ceci|this|[\p{L} -]*(?:bracket|parenth|crochet|brace|accolade|chevron)[\p{L} -]*)?\s*$/u);

/** The bare word "brackets" (or "bracketed"), which names no one pair. */
const BARE = lazy(() => /\bbracket(?:s|ed)?\b/u);

/** The legend's sentences: cut after `.`, `;`, `!`, `?` (outside brackets) and at ` / ` (a legend's paragraphs joined). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[' || c === '(' || c === '{') depth++;
    else if ((c === ']' || c === ')' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && (c === '.' || c === ';' || c === '!' || c === '?' || (c === '/' && text[i - 1] === ' ' && text[i + 1] === ' '))) {
      if (c === '.' && /\d/u.test(text[i + 1] ?? '')) continue;
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  // A heading opening the legend ("Key: …") stays with its first sentence: harmless, the sentence is read by its words.
  return out.filter((s) => s.length > 0);
}

/**
 * The legend's sentences saying that text in brackets (or in a look) is not recorded; null when none.
 * A sentence that gives a colour too ("black = not recorded", "Instructions in brackets = grey (not
 * recorded)": `colouredEntries`, the names of the legend's not-recorded entries tied to a colour) is the
 * legend's entry, read elsewhere: only a sentence naming brackets or a look, and no such entry, is read here.
 */
export function legendDirections(text: string, colouredEntries: readonly string[] = []): LegendDirections | null {
  const found: LegendDirections[] = [];
  const entries = colouredEntries.map((name) => name.toLowerCase().replace(/\s+/gu, ' ')).filter((name) => name.length > 0);
  for (const sentence of sentences(text)) {
    if (sentence.length > 200) continue;
    const lower = sentence.toLowerCase().replace(/\s+/gu, ' ');
    if (!NOT_RECORDED().test(lower)) continue;
    // An entry giving what is not recorded a colour ("Instructions in brackets = grey (not recorded)"): the colour says it.
    if (entries.some((name) => lower.includes(name))) continue;
    const pairs = new Set<string>();
    const looks: string[] = [];
    for (const named of NAMED) {
      if (!named.pattern().test(lower)) continue;
      if (named.pair) pairs.add(named.pair);
      else looks.push(named.look!);
    }
    for (const [open, close] of SHOWN) {
      const at = lower.indexOf(open);
      const end = at >= 0 ? lower.indexOf(close, at + 1) : -1;
      if (end > at && SHOWS_PAIR().test(lower.slice(at + 1, end))) pairs.add(open + close);
    }
    // "brackets" with no pair named or shown: which ones is not said.
    const bare = pairs.size === 0 && BARE().test(lower);
    if (pairs.size === 0 && looks.length === 0 && !bare) continue;
    found.push({ sentence, pairs: [...pairs], notApplied: bare ? ['brackets', ...looks] : looks });
  }
  if (found.length === 0) return null;
  return {
    sentence: found.map((f) => f.sentence).join(' '),
    pairs: [...new Set(found.flatMap((f) => f.pairs))],
    notApplied: [...new Set(found.flatMap((f) => f.notApplied))],
  };
}

/** The direction rules with the legend's pairs made `anywhere`. */
export function withLegendPairs(rules: DirectionRules, pairs: readonly string[]): DirectionRules {
  const out: DirectionRules = { ...rules };
  for (const pair of pairs) out[pair] = 'anywhere';
  return out;
}

/** How a pair is shown in a message. */
const SHOWN_PAIR: Readonly<Record<string, string>> = { '[]': '[square brackets]', '()': '(parentheses)', '{}': '{braces}', '<>': '<angle brackets>' };

const quoted = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** The legend's sentence applied: the pairs, the paragraphs made nobody's, the words in brackets left out of the voices' lines. */
export function legendDirectionsApplied(
  directions: LegendDirections,
  location: Location,
  moved: { lines: number; words: number; voices: string[] },
  inLines: { lines: number; words: number },
): Warning {
  const pairs = directions.pairs.map((p) => SHOWN_PAIR[p] ?? p);
  const parts: string[] = [];
  if (moved.lines > 0) parts.push(`${moved.lines} ${moved.lines === 1 ? 'paragraph' : 'paragraphs'} wholly in them (${moved.words} ${moved.words === 1 ? 'word' : 'words'}, in ${listOf(moved.voices)}'s colour) ${moved.lines === 1 ? 'is' : 'are'} nobody's line`);
  if (inLines.words > 0) parts.push(`${inLines.words} ${inLines.words === 1 ? 'word' : 'words'} in them inside ${inLines.lines} ${inLines.lines === 1 ? "voice's line is" : "voices' lines are"} not spoken`);
  const what = parts.length > 0 ? `${parts.join('; ')}.` : 'no voice line holds any.';
  return {
    code: 'legend-directions-applied',
    message: `The legend at ${formatLocation(location)} says "${quoted(directions.sentence)}": text in ${listOf(pairs)} is left out of the voices' words: ${what}`,
    location,
    details: {
      sentence: directions.sentence,
      brackets: [...directions.pairs],
      paragraphs: moved.lines,
      paragraphWords: moved.words,
      voices: [...moved.voices],
      linesWithBrackets: inLines.lines,
      wordsInLines: inLines.words,
    },
  };
}

/** The legend's sentence names what vo-lines does not apply (a look, brackets of no one kind): said, never silent. */
export function legendDirectionsNotApplied(directions: LegendDirections, location: Location): Warning {
  const bare = directions.notApplied.includes('brackets');
  const looks = directions.notApplied.filter((n) => n !== 'brackets').map((n) => LOOK_TEXT[n] ?? n);
  const why: string[] = [];
  if (looks.length > 0) why.push(`${listOf(looks, 'and')} ${looks.length === 1 ? 'is' : 'are'} counted as the voice of ${looks.length === 1 ? 'its' : 'their'} colour (vo-lines does not read a look as a direction): if it is not recorded, put it in a colour the legend says is not recorded`);
  if (bare) why.push('"brackets" does not say which ones, [square] or (round): write "[square brackets]" or "(parentheses)" in the legend, or set them under directions in a config (directions: { "[]": anywhere })');
  return {
    code: 'legend-directions-not-applied',
    message: `The legend at ${formatLocation(location)} says "${quoted(directions.sentence)}", which is not applied: ${why.join('; ')}.`,
    location,
    details: { sentence: directions.sentence, notApplied: [...directions.notApplied] },
  };
}

/** A look as the text it marks. */
const LOOK_TEXT: Readonly<Record<string, string>> = {
  italics: 'text in italics',
  bold: 'bold text',
  underlined: 'underlined text',
  strikethrough: 'struck-through text',
  capitals: 'text in capitals',
  highlighted: 'highlighted text',
};
