/**
 * The order of an English script's all-numeric dates (`12/03/2025`: the twelfth of March in Britain,
 * December third in the United States), told by its text when the document's mark says the other
 * variant. Word marks text en-US on an American system whatever it is, so a British script often
 * comes marked en-US (or unmarked, and English assumed): its `12/03/2025` was read month-first with
 * no word said. Its British signs are counted strictly, one each of a few kinds: a date only
 * day-first can read (`31/12/2025`), pounds or pence (`£30`, `50p`), `per cent` in words, and
 * spellings from a short closed list (colour, organise, centre, programme…); the American ones
 * alike (`1/31`, `$5`, `percent`, color, organize, center…). Two kinds or more on one side, two more
 * than on the other and no date only the mark's order can read: the other variant is read (dates
 * day-first or month-first, and its other forms: per cent, "one hundred and"), and said. Dates of
 * both orders (`31/12/2025` and `1/31`) leave the ambiguous ones' order untold: said, never picked
 * silently. A language given by `--lang` or the config is obeyed; nothing is looked at.
 */
import type { Location, Warning } from '../model.js';
import { formatLocation, listOf } from '../text/format.js';
import { lazy } from '../text/lazy.js';

/** Whole words only British spelling writes (the Oxford -ize is no sign against it: only -ise is counted). */
const BRITISH_SPELLINGS = new Set(
  ('colour colours coloured colourful favour favours favourite favourites favoured honour honours honoured neighbour neighbours ' +
    'neighbourhood flavour flavours behaviour behaviours labour harbour rumour humour organise organised organises organising ' +
    'organisation organisations realise realised realises recognise recognised recognises apologise apologised centre centres ' +
    'theatre theatres metre metres litre litres fibre catalogue catalogues programme programmes cheque cheques tyre tyres ' +
    'aluminium travelled travelling jewellery').split(' '),
);

/** Whole words only American spelling writes. */
const AMERICAN_SPELLINGS = new Set(
  ('color colors colored colorful favor favors favorite favorites favored honor honors honored neighbor neighbors neighborhood ' +
    'flavor flavors behavior behaviors labor harbor rumor humor organize organized organizes organizing organization organizations ' +
    'realize realized realizes recognize recognized recognizes apologize apologized center centers theater theaters liter liters ' +
    'fiber catalog catalogs traveled traveling jewelry').split(' '),
);

/** Words a short date (`1/31`) follows in English (as the spoken reader takes them): a short `N/M` elsewhere is no date sign (a score, a fraction). */
const DATE_WORDS = new Set(
  ('on by from until till through thru since before after starting dated due between ends ended ending expires expired expiring ' +
    'expire starts started begins beginning valid good effective monday tuesday wednesday thursday friday saturday sunday mon tue ' +
    'tues wed thu thur thurs fri sat sun').split(' '),
);

/** A full numeric date: day and month in either order, a year of two or four figures (`12/03/2025`, `1.2.2025`). */
const FULL_DATE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.,]\d)/g;
/** A short date after a word that takes one (`ends 1/31`), or written with a leading zero (`05/06`). */
const SHORT_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?!\d|[/.,]\d)/g;
const WORD_BEFORE = /([A-Za-z]+)[\s,:]*$/;
const RANGE_GAP = /^\s*(?:[-–—]|to|through|thru|until|and)\s*$/i;
const POUNDS = /£\s?\d/;
const PENCE = /(?<![\w.,£$€])\d{1,2}p\b/;
const DOLLARS = /(?<![A-Za-z$])\$\s?\d/;
const PER_CENT = /\bper cent\b/i;
const PERCENT = /\bpercent\b/i;
const DIGIT = /\d/;
/** A figure each side of a `/` or `.`: in every date the date patterns find (a cheap look before them, one native scan). */
const MAY_HOLD_DATE = /\d[/.]\d/;
/**
 * Both lists' words as whole words (a run of ASCII letters, any case), found by one native scan: a script of 194k words
 * has most of its words in neither list, and looking each up took ~50 ms of a LibreOffice DOCX's summary.
 */
const SPELLING = lazy(() => new RegExp(`(?<![A-Za-z])(?:${[...BRITISH_SPELLINGS, ...AMERICAN_SPELLINGS].join('|')})(?![A-Za-z])`, 'gi'));

type Side = 'gb' | 'us';

/** What the text shows: each kind of sign with its first example, and its all-numeric dates by the orders they can be read in. */
export interface VariantSigns {
  gb: Map<string, string>;
  us: Map<string, string>;
  /** Dates only day-first can read (`31/12/2025`), only month-first can (`1/31`), either can (`12/03/2025`). */
  dayFirstOnly: string[];
  monthFirstOnly: string[];
  ambiguous: string[];
}

function sign(signs: Map<string, string>, kind: string, example: string): void {
  if (!signs.has(kind)) signs.set(kind, example);
}

/** A date `a/b`'s kind by its numbers: null when neither order is a date. */
function dateKind(a: number, b: number): 'day-first' | 'month-first' | 'either' | null {
  const dayFirst = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  if (dayFirst && monthFirst) return a === b ? null : 'either';
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : null;
}

/** Its dates by the orders they can be read in (`found`'s date lists and date signs). */
function dateSigns(text: string, found: VariantSigns): void {
  const date = (written: string, a: number, b: number): void => {
    const kind = dateKind(a, b);
    if (kind === 'day-first') {
      found.dayFirstOnly.push(written);
      sign(found.gb, 'dayFirstDate', written);
    } else if (kind === 'month-first') {
      found.monthFirstOnly.push(written);
      sign(found.us, 'monthFirstDate', written);
    } else if (kind === 'either') found.ambiguous.push(written);
  };
  // exec on the pattern itself, not matchAll (which copies the pattern for every text)
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) date(m[0], Number(m[1]), Number(m[3]));
  // a short date's second end in a range (`good 5/1–5/7`, `from 5/1 to 5/15`) is one as its first is
  let lastEnd = -1;
  SHORT_DATE.lastIndex = 0;
  for (let m = SHORT_DATE.exec(text); m; m = SHORT_DATE.exec(text)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const linked = lastEnd >= 0 && RANGE_GAP.test(text.slice(lastEnd, m.index));
    if (linked || m[1]!.startsWith('0') || m[2]!.startsWith('0') || (before && DATE_WORDS.has(before[1]!.toLowerCase()))) {
      date(m[0], Number(m[1]), Number(m[2]));
      lastEnd = m.index + m[0].length;
    }
  }
}

/** The British and American signs in `texts` (see the file's comment). */
export function variantSigns(texts: Iterable<string>): VariantSigns {
  const found: VariantSigns = { gb: new Map(), us: new Map(), dayFirstOnly: [], monthFirstOnly: [], ambiguous: [] };
  const spelling = SPELLING();
  for (const text of texts) {
    if (DIGIT.test(text)) {
      if (MAY_HOLD_DATE.test(text)) dateSigns(text, found);
      let m: RegExpExecArray | null;
      if ((m = POUNDS.exec(text)) || (m = PENCE.exec(text))) sign(found.gb, 'poundsOrPence', exampleAt(text, m.index));
      if ((m = DOLLARS.exec(text))) sign(found.us, 'dollars', exampleAt(text, m.index));
    }
    let m: RegExpExecArray | null;
    if (!found.gb.has('perCent') && (m = PER_CENT.exec(text))) sign(found.gb, 'perCent', m[0]);
    if (!found.us.has('percent') && (m = PERCENT.exec(text))) sign(found.us, 'percent', m[0]);
    // Each kind keeps its first example: once both have one, no later word changes the signs.
    if (found.gb.has('spelling') && found.us.has('spelling')) continue;
    spelling.lastIndex = 0;
    for (let w = spelling.exec(text); w; w = spelling.exec(text)) {
      const word = w[0].toLowerCase();
      if (BRITISH_SPELLINGS.has(word)) sign(found.gb, 'spelling', w[0]);
      else if (AMERICAN_SPELLINGS.has(word)) sign(found.us, 'spelling', w[0]);
    }
  }
  return found;
}

/**
 * Only the dates of `texts` (variantSigns' date lists, no other sign): what englishVariantFromText looks at first, as
 * without a date, or with dates that settle it alone, no other sign can change its answer (a script with no numeric
 * date, most of them, is not read for spellings at all).
 */
function datesOnly(texts: readonly string[]): VariantSigns {
  const found: VariantSigns = { gb: new Map(), us: new Map(), dayFirstOnly: [], monthFirstOnly: [], ambiguous: [] };
  for (const text of texts) if (MAY_HOLD_DATE.test(text)) dateSigns(text, found);
  return found;
}

/** The distinct all-numeric dates of `texts` either order reads (`03/04/2025`), as the spoken reader takes dates. */
export function ambiguousDates(texts: readonly string[]): string[] {
  return distinct(datesOnly(texts).ambiguous);
}

/** The sign's text: from its index to the next space (`£30`, `50p`, `$5.99`), its closing punctuation off. */
function exampleAt(text: string, index: number): string {
  const end = text.slice(index).search(/\s/);
  return text.slice(index, end < 0 ? undefined : index + end).replace(/[.,;:!?)]+$/, '') || text.slice(index, index + 1);
}

const LISTED = 8;

function listed(dates: string[]): string {
  const shown = dates.slice(0, LISTED).join(', ');
  return dates.length > LISTED ? `${shown} and ${dates.length - LISTED} more` : shown;
}

/** Distinct dates in order. */
function distinct(dates: string[]): string[] {
  return [...new Set(dates)];
}

/** Where a text given to englishVariantFromText stands: its paragraph and its voice (null: unassigned). */
export interface DatePlace {
  location: Location;
  voice: string | null;
}

/** How many places a warning's details keep, and how many its sentence names. */
const PLACES_KEPT = 20;
const PLACES_SAID = 3;

/**
 * The warning with where its dates are (the texts holding one of `dates`, or any date when `dates` is empty), as other
 * warnings say it: its location the first, details' `locations` (at most PLACES_KEPT) and `voices` (each voice once, null
 * for unassigned text), and the first few named in the sentence (`at ¶3 (ANNA), ¶7 (BEN) and 2 more`). Looked for only
 * when a warning is given, over the lines that may hold a date.
 */
function located(warning: Warning, texts: readonly string[], dates: readonly string[], placeOf: ((index: number) => DatePlace | undefined) | undefined): Warning {
  if (!placeOf) return warning;
  const wanted = new Set(dates);
  const places: DatePlace[] = [];
  let total = 0;
  texts.forEach((text, index) => {
    if (!MAY_HOLD_DATE.test(text)) return;
    const found: VariantSigns = { gb: new Map(), us: new Map(), dayFirstOnly: [], monthFirstOnly: [], ambiguous: [] };
    dateSigns(text, found);
    const all = [...found.ambiguous, ...found.dayFirstOnly, ...found.monthFirstOnly];
    if (!(wanted.size ? all.some((d) => wanted.has(d)) : all.length > 0)) return;
    const place = placeOf(index);
    if (!place) return;
    total++;
    if (places.length < PLACES_KEPT) places.push(place);
  });
  if (!places.length) return warning;
  const voices = [...new Set(places.map((p) => p.voice))];
  // each place's voice beside it where they are several voices'; one voice's named once
  const one = voices.length === 1 ? voices[0]! : undefined;
  const said = places.slice(0, PLACES_SAID).map((p) => (one !== undefined || p.voice === null ? formatLocation(p.location) : `${formatLocation(p.location)} (${p.voice})`));
  const more = total - said.length;
  const where = `${dates.length === 1 ? 'That date is' : dates.length ? 'Those dates are' : 'The dates are'} at ${listOf(more > 0 ? [...said, `${more} more`] : said)}${one ? ` (${one})` : ''}.`;
  // the sentence before the advice (`Check…`, `If the script…`)
  const cut = warning.message.search(/ (?:Check|If the script) /);
  const message = cut < 0 ? `${warning.message} ${where}` : `${warning.message.slice(0, cut)} ${where}${warning.message.slice(cut)}`;
  return { ...warning, message, location: places[0]!.location, details: { ...warning.details, locations: places.map((p) => p.location), voices, places: total } };
}

/**
 * For an English script whose variant (`variant`: the spoken tables' en-US or en-GB) was not given by the user: the other
 * variant's tag when its text plainly writes it and has all-numeric dates to read (else null), and what to say.
 * `region`: the mark's region (the reverse, British to American, only for a mark of Britain or Ireland, where `$` is foreign).
 */
export function englishVariantFromText(
  variant: string,
  tag: string,
  texts: Iterable<string>,
  declared: string | null,
  placeOf?: (index: number) => DatePlace | undefined,
): { tag: string | null; warning: Warning | null } {
  const region = tag.split('-')[1]?.toLowerCase() ?? '';
  const own: Side = variant === 'en-GB' ? 'gb' : 'us';
  if (own === 'gb' && !['gb', 'uk', 'ie'].includes(region)) return { tag: null, warning: null };
  const all = Array.isArray(texts) ? (texts as readonly string[]) : [...texts];
  const dates = datesOnly(all);
  const ambiguous = distinct(dates.ambiguous);
  if (!dates.dayFirstOnly.length && !dates.monthFirstOnly.length && !ambiguous.length) return { tag: null, warning: null };
  const markedAs = declared ? `marks its text as ${declared}` : 'does not say its language (English is assumed, read as American English)';
  // Dates of both orders: the ambiguous ones' order cannot be told, whatever else the text shows.
  if (dates.dayFirstOnly.length && dates.monthFirstOnly.length) {
    if (!ambiguous.length) return { tag: null, warning: null };
    const order = own === 'gb' ? 'day-first' : 'month-first';
    return { tag: null, warning: located(unclear(declared, order, distinct(dates.dayFirstOnly), distinct(dates.monthFirstOnly), ambiguous), all, ambiguous, placeOf) };
  }
  const other: Side = own === 'gb' ? 'us' : 'gb';
  // Strict: no date only the mark's order reads, two kinds of the other variant's signs at least, two more than the mark's own.
  const ownDates = own === 'gb' ? dates.dayFirstOnly : dates.monthFirstOnly;
  if (ownDates.length) return { tag: null, warning: null };
  // Now the other signs, in the texts' order (each kind's first example, and the kinds' order, as they come)
  const found = variantSigns(all);
  const theirs = found[other];
  const ours = found[own];
  if (theirs.size < 2 || theirs.size < ours.size + 2) return { tag: null, warning: null };
  const signs = Object.fromEntries(theirs);
  const seen = [...theirs].map(([kind, example]) => (kind === 'spelling' ? `"${example}"` : kind === 'perCent' || kind === 'percent' ? `"${example}"` : example)).join(', ');
  const changed = ambiguous.slice(0, 20);
  const example = ambiguous[0];
  // Read as the other variant: British day-first, or American month-first.
  const gb = other === 'gb';
  const [readTag, readName, order, ownTag, ownName] = gb ? (['en-GB', 'British', 'day-first', 'en-US', 'American'] as const) : (['en-US', 'American', 'month-first', 'en-GB', 'British'] as const);
  return {
    tag: readTag,
    warning: located({
      code: gb ? 'dates-read-day-first' : 'dates-read-month-first',
      message: `The document ${markedAs} but its text is ${readName} (${seen}): its all-numeric dates are read ${order}${example ? ` (${example} as ${dayMonth(example, gb)})` : ''}, and its figures as in ${readName} English. If the script is ${ownName}, pass --lang ${ownTag} or set "language: ${ownTag}" in the config.`,
      details: { ...(declared ? { declared } : {}), read: readTag, signs, dates: changed, total: ambiguous.length },
    }, all, ambiguous, placeOf),
  };
}

/** date-order-unclear: the script's dates of both orders, and the ambiguous ones read in the script's `order`. */
function unclear(declared: string | null, order: string, dayFirst: string[], monthFirst: string[], ambiguous: string[]): Warning {
  return {
    code: 'date-order-unclear',
    message: `The script writes dates both day-first (${listed(dayFirst)}) and month-first (${listed(monthFirst)}): the order of ${listed(ambiguous)} cannot be told, and ${ambiguous.length === 1 ? 'it is' : 'they are'} read ${order}, as the document ${declared ? `says (${declared})` : 'is assumed American'}. Check ${ambiguous.length === 1 ? 'it' : 'them'}, and pass --lang en-GB (day-first) or --lang en-US (month-first) to say which.`,
    details: { ...(declared ? { declared } : {}), read: order, dayFirst, monthFirst, dates: ambiguous.slice(0, 20), total: ambiguous.length },
  };
}

/** A voice's lines as ownDateOrders reads them. */
export interface VoiceText {
  voice: string | null;
  text: string;
}

/**
 * In a document with no language marks, each voice's ambiguous dates (`03/04/2025`) read in the order its own dates
 * plainly write (`31/12/2025` day-first, `12/31/2025` month-first), the script's order (`variant`) only for the voices
 * whose dates do not tell it: the voices a script's dates of both orders come from each read theirs. A voice read in the
 * other order than the script's is said (dates-read-day-first or dates-read-month-first, details.voice); `settled`: the
 * voices whose own dates told their order (the script's date-order-unclear leaves them out). A voice whose own dates
 * are of both orders keeps the script's reading (that warning names it).
 */
export function ownDateOrders(
  variant: string,
  lines: readonly VoiceText[],
  placeOf: (index: number) => DatePlace | undefined,
): { variants: Map<string | null, 'en-GB' | 'en-US'>; settled: Set<string | null>; warnings: Warning[] } {
  const variants = new Map<string | null, 'en-GB' | 'en-US'>();
  const settled = new Set<string | null>();
  const warnings: Warning[] = [];
  const byVoice = new Map<string | null, string[]>();
  for (const line of lines) {
    if (!MAY_HOLD_DATE.test(line.text)) continue;
    const own = byVoice.get(line.voice);
    if (own) own.push(line.text);
    else byVoice.set(line.voice, [line.text]);
  }
  const texts = lines.map((l) => l.text);
  for (const [voice, own] of byVoice) {
    const dates = datesOnly(own);
    const ambiguous = distinct(dates.ambiguous);
    if (!ambiguous.length || !dates.dayFirstOnly.length === !dates.monthFirstOnly.length) continue;
    settled.add(voice);
    const read = dates.dayFirstOnly.length ? 'en-GB' : 'en-US';
    if (read === variant) continue;
    variants.set(voice, read);
    const gb = read === 'en-GB';
    const written = distinct(gb ? dates.dayFirstOnly : dates.monthFirstOnly);
    const [order, other, readName, ownTag] = gb ? (['day-first', 'month-first', 'British', 'en-US'] as const) : (['month-first', 'day-first', 'American', 'en-GB'] as const);
    const who = voice === null ? 'The unassigned lines' : `${voice}'s lines`;
    const fix = voice === null ? `pass --lang ${ownTag}` : `set the voice's language in the config (voices: ${voice}: language: ${ownTag})`;
    const mine = (index: number) => {
      const place = placeOf(index);
      return place && place.voice === voice ? place : undefined;
    };
    warnings.push(located({
      code: gb ? 'dates-read-day-first' : 'dates-read-month-first',
      message: `${who} write dates ${order} (${listed(written)}), the rest of the script is read ${other}: ${listed(ambiguous)}, which either order reads, ${ambiguous.length === 1 ? 'is' : 'are'} read ${order} too (${ambiguous[0]} as ${dayMonth(ambiguous[0]!, gb)}), and the voice's figures as in ${readName} English. Check ${ambiguous.length === 1 ? 'it' : 'them'}; if ${ambiguous.length === 1 ? 'it is' : 'they are'} ${other}, ${fix}.`,
      details: { voice, read, signs: { [gb ? 'dayFirstDate' : 'monthFirstDate']: written[0]! }, dates: ambiguous.slice(0, 20), total: ambiguous.length },
    }, texts, ambiguous, mine));
  }
  return { variants, settled, warnings };
}

/** The codes of the warnings englishVariantFromText gives. */
export const DATE_ORDER_CODES: ReadonlySet<string> = new Set(['dates-read-day-first', 'dates-read-month-first', 'date-order-unclear']);

/**
 * An englishVariantFromText warning kept to the voices still reading their dates in the script's variant (those another
 * language or variant is told for, languages-by-voice, read theirs): its places and dates said again for them alone; null
 * when none of its dates is theirs. The warning as it was when it names none of `elsewhere`.
 */
export function withoutVoices(warning: Warning, elsewhere: ReadonlySet<string | null>, texts: readonly string[], placeOf: (index: number) => DatePlace | undefined): Warning | null {
  const voices = warning.details?.voices as (string | null)[] | undefined;
  if (!voices || !voices.some((v) => elsewhere.has(v))) return warning;
  const kept = (index: number) => {
    const place = placeOf(index);
    return place && !elsewhere.has(place.voice) ? place : undefined;
  };
  const theirs = datesOnly(texts.filter((_, index) => kept(index) !== undefined));
  const dates = distinct(theirs.ambiguous);
  if (!dates.length) return null;
  const { locations: _locations, voices: _voices, places: _places, ...details } = warning.details!;
  // the dates of both orders said again with the ambiguous ones left
  if (warning.code === 'date-order-unclear') {
    const declared = typeof details.declared === 'string' ? details.declared : null;
    return located(unclear(declared, details.read as string, details.dayFirst as string[], details.monthFirst as string[], dates), texts, dates, kept);
  }
  const message = warning.message.replace(/ (?:That date is|Those dates are|The dates are) at [^]*?\.(?= |$)/, '');
  return located({ ...warning, message, details: { ...details, dates: dates.slice(0, 20), total: dates.length } }, texts, dates, kept);
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** `12/03/2025` said briefly by the order: `12 March` (day-first) or `December 3` (month-first), for the message. */
function dayMonth(date: string, dayFirst: boolean): string {
  const [a, b] = date.split(/[/.]/).map(Number) as [number, number];
  const [day, month] = dayFirst ? [a, b] : [b, a];
  return dayFirst ? `${day} ${MONTHS[month - 1]!}` : `${MONTHS[month - 1]!} ${day}`;
}
