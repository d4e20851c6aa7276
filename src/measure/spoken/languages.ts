/**
 * What changes from one language to the next when a narrator reads figures, symbols and
 * addresses aloud: number words (n2words), separators, and small word tables. The rules that
 * use them are in rules.ts; README "Spoken words" documents both with examples.
 */
import * as deDE from 'n2words/de-DE';
import * as enGB from 'n2words/en-GB';
import * as enUS from 'n2words/en-US';
import * as esES from 'n2words/es-ES';
import * as frBE from 'n2words/fr-BE';
import * as frFR from 'n2words/fr-FR';
import { capitalsAmbiguous, capitalsWords } from './capitals-words.js';

export type SpokenCode = 'en' | 'fr' | 'de' | 'es';

type Numeral = number | string | bigint;

export interface CurrencyWords {
  one: string;
  many: string;
  /** The hundredth: cent, centime, penny… */
  subOne: string;
  subMany: string;
  /** French livre, Spanish libra: "une livre", "una libra". */
  feminine?: boolean;
}

export interface SpokenLanguage {
  code: SpokenCode;
  /** The variant whose tables are used: en-US, en-GB, fr-FR, fr-BE, de-DE, de-AT (Jänner), es-ES, es-MX. */
  variant: string;
  cardinal(value: Numeral): string;
  ordinal(value: Numeral): string;
  /** The decimal separator of the variant; the other of `,` and `.` groups thousands. */
  decimal: ',' | '.';
  /** Day before month in numeric dates (all but en-US). */
  dayFirst: boolean;
  words: {
    point: string;
    minus: string;
    plus: string;
    percent: string;
    and: string;
    to: string;
    outOf: string;
    equals: string;
    about: string;
    number: string;
    degree: [string, string];
    at: string;
    dot: string;
    dash: string;
    underscore: string;
    slash: string;
    lessThan: string;
    moreThan: string;
    section: string;
    /** `§§ 12-14`: sections twelve to fourteen. */
    sections: string;
    /** `¶ 4`, `¶¶ 4-5`: [singular, plural]. */
    paragraph: [string, string];
    /** A lone `@` in a sentence (`meet @ 5pm`): at, à; null where no one word is sure (kept as written). */
    atSign: string | null;
    times: string;
    /** After a number that multiplies: `1.5x` one point five times. */
    timesOver: string;
    /** Between the two sides of a score: `3-1` three to one, German drei zu eins. */
    score: string;
    hashtag: string;
  };
  /**
   * A formula's words (maths.ts): `a/b` a over b, `x²` x squared, `x³` x cubed, `xⁿ` x to the power n, `√x`, `π`, `±`;
   * the signs that compare (`≤` less than or equal to, `≥`, `≠`, `≈` between two terms; `<` and `>` between two terms
   * said as `≤` and `≥` are without "or equal to": less than, greater than, inférieur à, supérieur à), `÷`, and `f(x)` f of x.
   */
  maths: {
    over: string; squared: string; cubed: string; power: string; root: string; cubeRoot: string; pi: string; plusMinus: string;
    lessOrEqual: string; moreOrEqual: string; notEqual: string; approxEqual: string; of: string;
    lessThan: string; greaterThan: string; dividedBy: string;
  };
  /** Words (lower case) after which `N/M` is a date: `on 4/11`, `le 14/7`, `am 3/5`. */
  dateBefore: ReadonlySet<string>;
  /** Words that join a second date to a first: `from 4/11 to 4/13`, `du 12/3 au 15/3`. */
  dateLink: ReadonlySet<string>;
  months: string[];
  currencies: Record<string, CurrencyWords>;
  /** Unit abbreviations after a number: [singular, plural]. */
  units: Record<string, [string, string]>;
  /** "million", "billion"… after a number or in `$3bn`, `3 M€`: [singular, plural]. */
  scales: Record<string, [string, string]>;
  fractions: Record<string, string>;
  /** Fixed phrases: `24/7`. */
  phrases: Record<string, string>;
  /**
   * Abbreviations said in full, with their dot: `etc.`, `e.g.`. Looked up as written, then in lower case (`Etc.`, `Tél.`):
   * a key with a capital (German `S.` Seite) is found only so written.
   */
  abbreviations: Record<string, string>;
  /**
   * Abbreviations said in full before a number only (`p. 12` page twelve, `réf. 12`, `art. 5`, `vol. 2`, `ch. 3`,
   * `fig. 4`; `REF 12` without its stop): elsewhere `fig.` may be a fig and `vol.` a flight. Keys as in abbreviations.
   */
  beforeNumber: Record<string, string>;
  /**
   * A whole number and a fraction (`1½`, `2 ¾`, `1 1/2`): the fraction's character, and how the two are said, `{n}` the
   * whole number's words (English one and a half, French un et demi, Spanish uno y medio); German `{stem}` the number
   * glued (eineinhalb, zweieinhalb). A fraction not listed is read as before.
   */
  mixedFractions: Record<string, string>;
  /**
   * Words (lower case) after which a Roman numeral of two letters or more is said as a number, a cardinal: an event's name
   * (`Super Bowl LX` sixty, `WrestleMania XL`) and a part's (`Chapter XLII` forty-two, `saison XLII`, `Kapitel XII`,
   * `capítulo XII`). Elsewhere a numeral of I, V, X or of four letters or more is kept as written, never spelled.
   */
  numberedBy: ReadonlySet<string>;
  /**
   * The days and months, names and abbreviations (lower case): a dash closed up between two of them is a range said with
   * `words.to` (`Mon–Fri` Mon to Fri, `lun–ven`, `Mo–Fr`; see dashes.ts).
   */
  readonly ranged: ReadonlySet<string>;
  /** Acronyms said as words although a letter-count rule would spell them. */
  sayAsWord: ReadonlySet<string>;
  /** Acronyms spelled although they look pronounceable. */
  spell: ReadonlySet<string>;
  /**
   * Ordinary words of the language, in capitals: typed so for emphasis (`FREE`, `NOW`, `GRATUIT`) they
   * are said as the word, not spelled. Short words mostly (where a letter count would spell them), and
   * common words whose letters a word-shape rule misjudges (`FIRST`, `NIGHT`, `JETZT`). No acronym
   * in common use is among them (`TVA`, `CA`, `PDF`, `USA`). The lists are in capitals-words.ts, each
   * built on its first use.
   */
  readonly capsWords: ReadonlySet<string>;
  /**
   * Words that are as often an acronym (`US`, `IT`, `WHO`; French `SA`, `SI`, German `MIT`), with their
   * reading when nothing around them decides: true for the word, false for the letters.
   */
  readonly capsAmbiguous: ReadonlyMap<string, boolean>;
  /** Articles and the like (lower case) after which a token of capitals is a noun: `the US`, `le SI`, `am MIT`. */
  articles: ReadonlySet<string>;
  /** Address labels said as words although short or without vowels: `com`, `co`. */
  addressWords: ReadonlySet<string>;
  /** Phone numbers: French reads the groups as written, others digit by digit. */
  phoneByGroups: boolean;
  /** How the digit 0 is said in a phone number or a code. */
  zero: string;
}

const set = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Austrian German says and writes Jänner for January (de-AT). */
const DE_AT_MONTHS = ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const ADDRESS_WORDS = set('com org net info gov biz co app dev shop online site pro tv');
/** A language's days and months with their abbreviations, lower case, built on first use (see SpokenLanguage.ranged). */
function rangedWords(months: readonly string[], more: string): () => ReadonlySet<string> {
  let built: ReadonlySet<string> | undefined;
  return () => (built ??= new Set([...months.map((m) => m.toLowerCase()), ...more.split(/\s+/).filter(Boolean)]));
}
const EN_RANGED = rangedWords(EN_MONTHS, 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec');
const FR_RANGED = rangedWords(FR_MONTHS, 'lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim janv févr avr juil sept oct nov déc');
const DE_RANGED = rangedWords([...DE_MONTHS, 'Jänner'], 'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so jan feb mär apr jun jul aug sep sept okt nov dez');
const ES_RANGED = rangedWords(ES_MONTHS, 'lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom ene feb abr may jun jul ago sep sept oct nov dic');

/** Events numbered in Roman numerals, said so in every language (see numberedBy). */
const NUMBERED_EVENTS = 'bowl wrestlemania olympiad olympiade';

/** Units of a millionth (`µg`, `µm`), under both characters a script may hold: the micro sign (U+00B5) and the Greek mu (U+03BC). */
function micro(units: Record<string, [string, string]>): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const [unit, words] of Object.entries(units)) out[`\u00b5${unit}`] = out[`\u03bc${unit}`] = words;
  return out;
}

function english(variant: 'en-US' | 'en-GB'): SpokenLanguage {
  const gb = variant === 'en-GB';
  const n2w = gb ? enGB : enUS;
  const metre = gb ? 'metre' : 'meter';
  const litre = gb ? 'litre' : 'liter';
  const both = (word: string): [string, string] => [word, `${word}s`];
  return {
    code: 'en',
    variant,
    cardinal: (v) => n2w.toCardinal(v),
    ordinal: (v) => n2w.toOrdinal(v),
    decimal: '.',
    dayFirst: gb,
    words: {
      point: 'point', minus: 'minus', plus: 'plus', percent: gb ? 'per cent' : 'percent', and: 'and', to: 'to', outOf: 'out of',
      equals: 'equals', about: 'about', number: 'number', degree: ['degree', 'degrees'], at: 'at', dot: 'dot', dash: 'dash',
      underscore: 'underscore', slash: 'slash', lessThan: 'less than', moreThan: 'more than', section: 'section', sections: 'sections',
      paragraph: ['paragraph', 'paragraphs'], atSign: 'at', times: 'times',
      timesOver: 'times', score: 'to', hashtag: 'hashtag',
    },
    maths: { over: 'over', squared: 'squared', cubed: 'cubed', power: 'to the power', root: 'square root of', cubeRoot: 'cube root of', pi: 'pi', plusMinus: 'plus or minus',
      lessOrEqual: 'less than or equal to', moreOrEqual: 'greater than or equal to', notEqual: 'does not equal', approxEqual: 'approximately equals', of: 'of',
      lessThan: 'less than', greaterThan: 'greater than', dividedBy: 'divided by' },
    dateBefore: set('on by from until till through thru since before after starting the dated due between ends ended ending expires expired expiring expire starts started begins beginning valid good monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'),
    dateLink: set('to and through thru until till - – —'),
    months: EN_MONTHS,
    currencies: {
      EUR: { one: 'euro', many: 'euros', subOne: 'cent', subMany: 'cents' },
      USD: { one: 'dollar', many: 'dollars', subOne: 'cent', subMany: 'cents' },
      GBP: { one: 'pound', many: 'pounds', subOne: 'penny', subMany: 'pence' },
      JPY: { one: 'yen', many: 'yen', subOne: 'sen', subMany: 'sen' },
      CHF: { one: 'Swiss franc', many: 'Swiss francs', subOne: 'centime', subMany: 'centimes' },
    },
    units: {
      km: both(`kilo${metre}`), m: both(metre), cm: both(`centi${metre}`), mm: both(`milli${metre}`),
      kg: both('kilogram'), g: both('gram'), mg: both('milligram'), l: both(litre), L: both(litre), ml: both(`milli${litre}`), mL: both(`milli${litre}`),
      'km/h': [`kilo${metre} per hour`, `kilo${metre}s per hour`], mph: ['mile per hour', 'miles per hour'], mpg: ['mile per gallon', 'miles per gallon'],
      'g/km': [`gram per kilo${metre}`, `grams per kilo${metre}`], 'l/100km': [`${litre} per hundred kilo${metre}s`, `${litre}s per hundred kilo${metre}s`], mi: both('mile'), ft: ['foot', 'feet'],
      lb: both('pound'), lbs: both('pound'), oz: both('ounce'), h: both('hour'), hr: both('hour'), hrs: both('hour'), min: both('minute'), mins: both('minute'),
      sec: both('second'), ms: both('millisecond'), KB: both('kilobyte'), MB: both('megabyte'), GB: both('gigabyte'), TB: both('terabyte'),
      GHz: ['gigahertz', 'gigahertz'], MHz: ['megahertz', 'megahertz'], kW: both('kilowatt'), kWh: both('kilowatt-hour'),
      'm²': [`square ${metre}`, `square ${metre}s`], 'km²': [`square kilo${metre}`, `square kilo${metre}s`], 'm³': [`cubic ${metre}`, `cubic ${metre}s`],
      'cm²': [`square centi${metre}`, `square centi${metre}s`], 'mm²': [`square milli${metre}`, `square milli${metre}s`],
      'cm³': [`cubic centi${metre}`, `cubic centi${metre}s`],
      'ft²': ['square foot', 'square feet'], 'ft³': ['cubic foot', 'cubic feet'], 'in²': ['square inch', 'square inches'], 'yd²': ['square yard', 'square yards'], 'mi²': ['square mile', 'square miles'],
      'm/s': [`${metre} per second`, `${metre}s per second`],
      ...micro({ m: both(`micro${metre}`), g: both('microgram'), s: both('microsecond'), l: both(`micro${litre}`), L: both(`micro${litre}`) }),
    },
    scales: {
      k: ['thousand', 'thousand'], K: ['thousand', 'thousand'], thousand: ['thousand', 'thousand'],
      m: ['million', 'million'], M: ['million', 'million'], mn: ['million', 'million'], million: ['million', 'million'],
      bn: ['billion', 'billion'], B: ['billion', 'billion'], billion: ['billion', 'billion'], trillion: ['trillion', 'trillion'],
    },
    fractions: {
      '1/2': 'one half', '1/3': 'one third', '2/3': 'two thirds', '1/4': 'one quarter', '3/4': 'three quarters', '½': 'one half', '⅓': 'one third', '⅔': 'two thirds', '¼': 'one quarter', '¾': 'three quarters',
      '⅕': 'one fifth', '⅖': 'two fifths', '⅗': 'three fifths', '⅘': 'four fifths', '⅙': 'one sixth', '⅚': 'five sixths', '⅛': 'one eighth', '⅜': 'three eighths', '⅝': 'five eighths', '⅞': 'seven eighths',
    },
    mixedFractions: { '½': '{n} and a half', '⅓': '{n} and a third', '⅔': '{n} and two thirds', '¼': '{n} and a quarter', '¾': '{n} and three quarters' },
    phrases: { '24/7': 'twenty-four seven', '9/11': 'nine eleven', '50/50': 'fifty-fifty', '911': 'nine one one', '999': 'nine nine nine' },
    abbreviations: { 'etc.': 'et cetera', 'e.g.': 'for example', 'i.e.': 'that is', 'vs.': 'versus', 'approx.': 'approximately', 'tel.': 'telephone' },
    beforeNumber: {
      'p.': 'page', 'pp.': 'pages', 'ref.': 'reference', ref: 'reference', 'vol.': 'volume', 'vols.': 'volumes', 'ch.': 'chapter', 'chap.': 'chapter',
      'fig.': 'figure', 'figs.': 'figures', 'art.': 'article', 'sec.': 'section', 'para.': 'paragraph',
    },
    get ranged() {
      return EN_RANGED();
    },
    numberedBy: set(`${NUMBERED_EVENTS} chapter part volume book act scene episode season phase stage level title class type grade schedule apollo vatican`),
    sayAsWord: set('ISO NASA NATO UNESCO UNICEF AIDS SCUBA LASER RADAR FIFA OPEC PIN GIF JPEG COVID OK NAFTA ASCII SIM RAM ROM CAPTCHA ASAP AWOL NIMBY SARS MERS ZIP FAQ OFSTED ISA DEFRA POTUS SWAT TESOL YAML DOCX'),
    spell: set('OCDE IEEE AAA ACLU'),
    get capsWords() {
      return capitalsWords('en');
    },
    get capsAmbiguous() {
      return capitalsAmbiguous('en');
    },
    articles: set('the a an this that these those our your their his her its my'),
    addressWords: ADDRESS_WORDS,
    phoneByGroups: false,
    zero: 'oh',
  };
}

function french(variant: 'fr-FR' | 'fr-BE'): SpokenLanguage {
  const n2w = variant === 'fr-BE' ? frBE : frFR;
  const s = (word: string): [string, string] => [word, `${word}s`];
  return {
    code: 'fr',
    variant,
    cardinal: (v) => n2w.toCardinal(v),
    ordinal: (v) => n2w.toOrdinal(v),
    decimal: ',',
    dayFirst: true,
    words: {
      point: 'virgule', minus: 'moins', plus: 'plus', percent: 'pour cent', and: 'et', to: 'à', outOf: 'sur', equals: 'égale',
      about: 'environ', number: 'numéro', degree: ['degré', 'degrés'], at: 'arobase', dot: 'point', dash: 'tiret', underscore: 'tiret bas',
      slash: 'slash', lessThan: 'moins de', moreThan: 'plus de', section: 'paragraphe', sections: 'paragraphes', paragraph: ['paragraphe', 'paragraphes'],
      atSign: 'à', times: 'fois',
      timesOver: 'fois', score: 'à', hashtag: 'hashtag',
    },
    maths: { over: 'sur', squared: 'au carré', cubed: 'au cube', power: 'puissance', root: 'racine carrée de', cubeRoot: 'racine cubique de', pi: 'pi', plusMinus: 'plus ou moins',
      lessOrEqual: 'inférieur ou égal à', moreOrEqual: 'supérieur ou égal à', notEqual: 'différent de', approxEqual: 'environ égal à', of: 'de',
      lessThan: 'inférieur à', greaterThan: 'supérieur à', dividedBy: 'divisé par' },
    dateBefore: set('le du au dès depuis avant après ce daté datée entre'),
    dateLink: set('au à et - – —'),
    months: FR_MONTHS,
    currencies: {
      EUR: { one: 'euro', many: 'euros', subOne: 'centime', subMany: 'centimes' },
      USD: { one: 'dollar', many: 'dollars', subOne: 'cent', subMany: 'cents' },
      GBP: { one: 'livre', many: 'livres', subOne: 'penny', subMany: 'pence', feminine: true },
      JPY: { one: 'yen', many: 'yens', subOne: 'sen', subMany: 'sens' },
      CHF: { one: 'franc suisse', many: 'francs suisses', subOne: 'centime', subMany: 'centimes' },
    },
    units: {
      km: s('kilomètre'), m: s('mètre'), cm: s('centimètre'), mm: s('millimètre'), kg: s('kilogramme'), g: s('gramme'), mg: s('milligramme'),
      l: s('litre'), L: s('litre'), ml: s('millilitre'), mL: s('millilitre'), cl: s('centilitre'), 'km/h': ['kilomètre heure', 'kilomètres heure'],
      'g/km': ['gramme par kilomètre', 'grammes par kilomètre'], 'l/100km': ['litre aux cent kilomètres', 'litres aux cent kilomètres'],
      h: s('heure'), min: s('minute'), mn: s('minute'), s: s('seconde'), ms: s('milliseconde'), j: s('jour'),
      Ko: s('kilooctet'), Mo: s('mégaoctet'), Go: s('gigaoctet'), To: s('téraoctet'), GHz: ['gigahertz', 'gigahertz'], MHz: ['mégahertz', 'mégahertz'],
      kW: s('kilowatt'), kWh: s('kilowattheure'), 'm²': ['mètre carré', 'mètres carrés'], 'km²': ['kilomètre carré', 'kilomètres carrés'], 'm³': ['mètre cube', 'mètres cubes'],
      'cm²': ['centimètre carré', 'centimètres carrés'], 'mm²': ['millimètre carré', 'millimètres carrés'], 'cm³': ['centimètre cube', 'centimètres cubes'],
      'm/s': ['mètre par seconde', 'mètres par seconde'], ...micro({ m: s('micromètre'), g: s('microgramme'), s: s('microseconde'), l: s('microlitre'), L: s('microlitre') }),
    },
    scales: {
      k: ['mille', 'mille'], M: ['million', 'millions'], Md: ['milliard', 'milliards'], Mds: ['milliard', 'milliards'], Mrd: ['milliard', 'milliards'],
      million: ['million', 'millions'], millions: ['million', 'millions'], milliard: ['milliard', 'milliards'], milliards: ['milliard', 'milliards'],
    },
    fractions: {
      '1/2': 'un demi', '1/3': 'un tiers', '2/3': 'deux tiers', '1/4': 'un quart', '3/4': 'trois quarts', '½': 'un demi', '⅓': 'un tiers', '⅔': 'deux tiers', '¼': 'un quart', '¾': 'trois quarts',
      '⅕': 'un cinquième', '⅖': 'deux cinquièmes', '⅗': 'trois cinquièmes', '⅘': 'quatre cinquièmes', '⅙': 'un sixième', '⅚': 'cinq sixièmes',
      '⅛': 'un huitième', '⅜': 'trois huitièmes', '⅝': 'cinq huitièmes', '⅞': 'sept huitièmes',
    },
    mixedFractions: { '½': '{n} et demi', '⅓': '{n} et un tiers', '⅔': '{n} et deux tiers', '¼': '{n} et quart', '¾': '{n} et trois quarts' },
    phrases: {},
    abbreviations: { 'etc.': 'et cetera', 'c.-à-d.': "c'est-à-dire", 'cf.': 'confer', 'tél.': 'téléphone' },
    beforeNumber: {
      'p.': 'page', 'pp.': 'pages', 'réf.': 'référence', 'ref.': 'référence', réf: 'référence', ref: 'référence', 'art.': 'article', 'vol.': 'volume',
      'ch.': 'chapitre', 'chap.': 'chapitre', 'fig.': 'figure', 'env.': 'environ',
    },
    get ranged() {
      return FR_RANGED();
    },
    numberedBy: set(`${NUMBERED_EVENTS} chapitre partie tome volume livre acte scène épisode saison phase niveau titre classe type stade`),
    sayAsWord: set(
      'ISO ONU OTAN UNESCO UNICEF SIDA CNIL INSEE ENA SAMU SMIC CAF ZAD OVNI COVID OK CAC ASSEDIC URSSAF INSERM CROUS ADEME ANSSI ESSEC UNEDIC ONISEP ZUP MEDEF CAPES BAFA FIFA NASA PACS SIRET SIREN IBAN BIC RIB DOM TOM PIN CAPEX OPEX ENSAM ENSTA SNES FNAC FNAIM',
    ),
    spell: set('OCDE'),
    get capsWords() {
      return capitalsWords('fr');
    },
    get capsAmbiguous() {
      return capitalsAmbiguous('fr');
    },
    articles: set('le la les un une du des au aux ce cet cette son sa ses notre votre leur leurs mon ma mes ton ta tes'),
    addressWords: ADDRESS_WORDS,
    phoneByGroups: true,
    zero: 'zéro',
  };
}

function german(variant: 'de-DE' | 'de-AT'): SpokenLanguage {
  const same = (word: string): [string, string] => [word, word];
  return {
    code: 'de',
    variant,
    cardinal: (v) => deDE.toCardinal(v),
    ordinal: (v) => deDE.toOrdinal(v),
    decimal: ',',
    dayFirst: true,
    words: {
      point: 'Komma', minus: 'minus', plus: 'plus', percent: 'Prozent', and: 'und', to: 'bis', outOf: 'von', equals: 'gleich', about: 'etwa',
      number: 'Nummer', degree: ['Grad', 'Grad'], at: 'ät', dot: 'Punkt', dash: 'Bindestrich', underscore: 'Unterstrich', slash: 'Schrägstrich',
      lessThan: 'weniger als', moreThan: 'mehr als', section: 'Paragraf', sections: 'Paragrafen', paragraph: ['Absatz', 'Absätze'], atSign: null, times: 'mal',
      timesOver: 'mal', score: 'zu', hashtag: 'Hashtag',
    },
    maths: { over: 'durch', squared: 'Quadrat', cubed: 'hoch drei', power: 'hoch', root: 'Wurzel aus', cubeRoot: 'dritte Wurzel aus', pi: 'Pi', plusMinus: 'plus minus',
      lessOrEqual: 'kleiner oder gleich', moreOrEqual: 'größer oder gleich', notEqual: 'ungleich', approxEqual: 'ungefähr gleich', of: 'von',
      lessThan: 'kleiner als', greaterThan: 'größer als', dividedBy: 'geteilt durch' },
    dateBefore: set('am vom zum ab seit bis den dem vor nach'),
    dateLink: set('bis und - – —'),
    months: variant === 'de-AT' ? DE_AT_MONTHS : DE_MONTHS,
    currencies: {
      EUR: { one: 'Euro', many: 'Euro', subOne: 'Cent', subMany: 'Cent' },
      USD: { one: 'Dollar', many: 'Dollar', subOne: 'Cent', subMany: 'Cent' },
      GBP: { one: 'Pfund', many: 'Pfund', subOne: 'Penny', subMany: 'Pence' },
      JPY: { one: 'Yen', many: 'Yen', subOne: 'Sen', subMany: 'Sen' },
      CHF: { one: 'Franken', many: 'Franken', subOne: 'Rappen', subMany: 'Rappen' },
    },
    units: {
      km: same('Kilometer'), m: same('Meter'), cm: same('Zentimeter'), mm: same('Millimeter'), kg: same('Kilogramm'), g: same('Gramm'),
      l: same('Liter'), L: same('Liter'), ml: same('Milliliter'), 'km/h': same('Kilometer pro Stunde'), 'g/km': same('Gramm pro Kilometer'), 'l/100km': same('Liter auf hundert Kilometer'), h: ['Stunde', 'Stunden'], Std: ['Stunde', 'Stunden'],
      min: ['Minute', 'Minuten'], Min: ['Minute', 'Minuten'], Sek: ['Sekunde', 'Sekunden'], s: ['Sekunde', 'Sekunden'], KB: same('Kilobyte'), MB: same('Megabyte'), GB: same('Gigabyte'), TB: same('Terabyte'),
      'm²': same('Quadratmeter'), 'km²': same('Quadratkilometer'), 'm³': same('Kubikmeter'), 'cm²': same('Quadratzentimeter'), 'cm³': same('Kubikzentimeter'),
      'm/s': same('Meter pro Sekunde'), ...micro({ m: same('Mikrometer'), g: same('Mikrogramm'), s: ['Mikrosekunde', 'Mikrosekunden'], l: same('Mikroliter'), L: same('Mikroliter') }),
    },
    scales: {
      Mio: ['Million', 'Millionen'], 'Mio.': ['Million', 'Millionen'], Million: ['Million', 'Millionen'], Millionen: ['Million', 'Millionen'],
      Mrd: ['Milliarde', 'Milliarden'], 'Mrd.': ['Milliarde', 'Milliarden'], Milliarde: ['Milliarde', 'Milliarden'], Milliarden: ['Milliarde', 'Milliarden'],
      Tsd: ['tausend', 'tausend'], 'Tsd.': ['tausend', 'tausend'],
    },
    fractions: {
      '1/2': 'ein halb', '1/3': 'ein Drittel', '2/3': 'zwei Drittel', '1/4': 'ein Viertel', '3/4': 'drei Viertel', '½': 'ein halb', '⅓': 'ein Drittel', '⅔': 'zwei Drittel', '¼': 'ein Viertel', '¾': 'drei Viertel',
      '⅕': 'ein Fünftel', '⅖': 'zwei Fünftel', '⅗': 'drei Fünftel', '⅘': 'vier Fünftel', '⅙': 'ein Sechstel', '⅚': 'fünf Sechstel', '⅛': 'ein Achtel', '⅜': 'drei Achtel', '⅝': 'fünf Achtel', '⅞': 'sieben Achtel',
    },
    mixedFractions: { '½': '{stem}einhalb' },
    phrases: {},
    abbreviations: { 'usw.': 'und so weiter', 'z.B.': 'zum Beispiel', 'd.h.': 'das heißt', 'ca.': 'circa', 'tel.': 'Telefon' },
    beforeNumber: { 'S.': 'Seite', 'abb.': 'Abbildung', 'kap.': 'Kapitel', 'art.': 'Artikel', 'bd.': 'Band' },
    get ranged() {
      return DE_RANGED();
    },
    numberedBy: set(`${NUMBERED_EVENTS} kapitel teil band buch akt szene episode folge staffel phase stufe klasse typ`),
    sayAsWord: set('NATO UNESCO UNICEF AIDS NASA FIFA DAX TÜV COVID OK PIN KITA DIN ISO NASDAQ'),
    spell: set(''),
    get capsWords() {
      return capitalsWords('de');
    },
    get capsAmbiguous() {
      return capitalsAmbiguous('de');
    },
    articles: set('der die das dem den des ein eine einer einem einen am im vom zum zur beim'),
    addressWords: ADDRESS_WORDS,
    phoneByGroups: false,
    zero: 'null',
  };
}

/**
 * `$` is the peso's sign in Mexico, Argentina, Colombia, Chile and Uruguay (`$500` quinientos pesos); the dollar there is
 * written `US$` or `USD`.
 */
const PESO_REGIONS = new Set(['mx', 'ar', 'co', 'cl', 'uy']);

function spanish(variant: 'es-ES' | 'es-MX', pesos: boolean): SpokenLanguage {
  const s = (word: string): [string, string] => [word, `${word}s`];
  return {
    code: 'es',
    variant,
    cardinal: (v) => esES.toCardinal(v),
    ordinal: (v) => esES.toOrdinal(v),
    decimal: variant === 'es-MX' ? '.' : ',',
    dayFirst: true,
    words: {
      point: variant === 'es-MX' ? 'punto' : 'coma', minus: 'menos', plus: 'más', percent: 'por ciento', and: 'y', to: 'a', outOf: 'de', equals: 'igual a',
      about: 'unos', number: 'número', degree: ['grado', 'grados'], at: 'arroba', dot: 'punto', dash: 'guion', underscore: 'guion bajo', slash: 'barra',
      lessThan: 'menos de', moreThan: 'más de', section: 'párrafo', sections: 'párrafos', paragraph: ['párrafo', 'párrafos'], atSign: null, times: 'por',
      timesOver: 'veces', score: 'a', hashtag: 'hashtag',
    },
    maths: { over: 'entre', squared: 'al cuadrado', cubed: 'al cubo', power: 'elevado a', root: 'raíz cuadrada de', cubeRoot: 'raíz cúbica de', pi: 'pi', plusMinus: 'más menos',
      lessOrEqual: 'menor o igual que', moreOrEqual: 'mayor o igual que', notEqual: 'distinto de', approxEqual: 'aproximadamente igual a', of: 'de',
      lessThan: 'menor que', greaterThan: 'mayor que', dividedBy: 'dividido entre' },
    dateBefore: set('el del al desde hasta antes'),
    dateLink: set('al a y - – —'),
    months: ES_MONTHS,
    currencies: {
      EUR: { one: 'euro', many: 'euros', subOne: 'céntimo', subMany: 'céntimos' },
      USD: { one: 'dólar', many: 'dólares', subOne: 'centavo', subMany: 'centavos' },
      GBP: { one: 'libra', many: 'libras', subOne: 'penique', subMany: 'peniques', feminine: true },
      JPY: { one: 'yen', many: 'yenes', subOne: 'sen', subMany: 'sen' },
      CHF: { one: 'franco suizo', many: 'francos suizos', subOne: 'céntimo', subMany: 'céntimos' },
      ...(pesos ? { $: { one: 'peso', many: 'pesos', subOne: 'centavo', subMany: 'centavos' } } : {}),
    },
    units: {
      km: s('kilómetro'), m: s('metro'), cm: s('centímetro'), mm: s('milímetro'), kg: s('kilogramo'), g: s('gramo'), l: s('litro'), L: s('litro'),
      ml: s('mililitro'), 'km/h': ['kilómetro por hora', 'kilómetros por hora'], 'g/km': ['gramo por kilómetro', 'gramos por kilómetro'], 'l/100km': ['litro a los cien kilómetros', 'litros a los cien kilómetros'], h: s('hora'), min: s('minuto'), s: s('segundo'),
      KB: s('kilobyte'), MB: s('megabyte'), GB: s('gigabyte'), TB: s('terabyte'), 'm²': ['metro cuadrado', 'metros cuadrados'], 'km²': ['kilómetro cuadrado', 'kilómetros cuadrados'],
      'cm²': ['centímetro cuadrado', 'centímetros cuadrados'], 'm³': ['metro cúbico', 'metros cúbicos'], 'cm³': ['centímetro cúbico', 'centímetros cúbicos'],
      'm/s': ['metro por segundo', 'metros por segundo'], ...micro({ m: s('micrómetro'), g: s('microgramo'), s: s('microsegundo'), l: s('microlitro'), L: s('microlitro') }),
    },
    scales: { M: ['millón', 'millones'], millón: ['millón', 'millones'], millones: ['millón', 'millones'] },
    fractions: {
      '1/2': 'un medio', '1/3': 'un tercio', '2/3': 'dos tercios', '1/4': 'un cuarto', '3/4': 'tres cuartos', '½': 'un medio', '⅓': 'un tercio', '⅔': 'dos tercios', '¼': 'un cuarto', '¾': 'tres cuartos',
      '⅕': 'un quinto', '⅖': 'dos quintos', '⅗': 'tres quintos', '⅘': 'cuatro quintos', '⅙': 'un sexto', '⅚': 'cinco sextos', '⅛': 'un octavo', '⅜': 'tres octavos', '⅝': 'cinco octavos', '⅞': 'siete octavos',
    },
    mixedFractions: { '½': '{n} y medio', '⅓': '{n} y un tercio', '⅔': '{n} y dos tercios', '¼': '{n} y cuarto', '¾': '{n} y tres cuartos' },
    phrases: {},
    abbreviations: { 'etc.': 'etcétera', 'aprox.': 'aproximadamente', 'tel.': 'teléfono', 'tfno.': 'teléfono', 'tlf.': 'teléfono' },
    beforeNumber: { 'pág.': 'página', 'págs.': 'páginas', 'p.': 'página', 'cap.': 'capítulo', 'art.': 'artículo', 'fig.': 'figura', 'vol.': 'volumen' },
    get ranged() {
      return ES_RANGED();
    },
    numberedBy: set(`${NUMBERED_EVENTS} capítulo parte tomo volumen libro acto escena episodio temporada fase nivel título clase tipo`),
    sayAsWord: set('ISO ONU OTAN UNESCO UNICEF SIDA OVNI NASA FIFA COVID OK PYME IVA RENFE AVE NIF UNAM CEPAL'),
    spell: set('OCDE'),
    get capsWords() {
      return capitalsWords('es');
    },
    get capsAmbiguous() {
      return capitalsAmbiguous('es');
    },
    articles: set('el la los las un una unos unas del al este esta ese esa su sus'),
    addressWords: ADDRESS_WORDS,
    phoneByGroups: false,
    zero: 'cero',
  };
}

const cache = new Map<string, SpokenLanguage | null>();

/**
 * The spoken-form tables for a BCP 47 tag, or null when vo-lines has none for that language.
 * Regions pick the variant: en-GB (and Commonwealth English) say "per cent" and "one hundred and one";
 * fr-BE and fr-CH say septante and nonante; es-MX and Latin American Spanish use a decimal point.
 */
export function spokenLanguage(tag: string): SpokenLanguage | null {
  const key = tag.toLowerCase();
  let language = cache.get(key);
  if (language !== undefined) return language;
  const [code, region = ''] = key.split(/[-_]/);
  switch (code) {
    case 'en':
      language = english(['gb', 'uk', 'ie', 'au', 'nz', 'za', 'in'].includes(region) ? 'en-GB' : 'en-US');
      break;
    case 'fr':
      language = french(region === 'be' || region === 'ch' ? 'fr-BE' : 'fr-FR');
      break;
    case 'de':
      language = german(region === 'at' ? 'de-AT' : 'de-DE');
      break;
    case 'es':
      language = spanish(['mx', 'us', '419', 'gt', 'hn', 'sv', 'ni', 'pa', 'do', 'pr', 'pe'].includes(region) ? 'es-MX' : 'es-ES', PESO_REGIONS.has(region));
      break;
    default:
      language = null;
  }
  cache.set(key, language);
  return language;
}
