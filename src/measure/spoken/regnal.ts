/**
 * Regnal numbers: a Roman numeral after a name monarchs and popes bear, said as a narrator says it —
 * English `Henry VIII` the Eighth, French `Louis XIV` quatorze (premier for `Ier`), German
 * `Heinrich VIII.` der Achte, Spanish `Felipe II` segundo, `Alfonso XIII` trece. The names are the
 * commonest of European monarchs, popes and a few ancient kings, lower case, one list per language,
 * each built on its first use. Only a name on the list makes a numeral regnal: `Rocky II`, `John
 * Smith III` stay as written (said either way, "two" or "the Second").
 */
import type { SpokenCode, SpokenLanguage } from './languages.js';
import { cardinal } from './numbers.js';

/** Per language: the names, and among them those of queens (German and Spanish ordinals agree with them). */
const NAMES: Record<SpokenCode, [string, string]> = {
  en: [
    'henry edward george william richard james charles john stephen louis philip ferdinand frederick peter ivan alexander nicholas napoleon pius leo benedict gregory innocent clement urban boniface paul sixtus julius adrian hadrian celestine victor emmanuel wilhelm ludwig francis constantine alfonso felipe david robert harold olaf haakon gustav gustavus christian frederik rudolf otto leopold maximilian umberto amadeus pedro manuel edmund ethelred albert rainier baudouin ramesses rameses ramses thutmose amenhotep ptolemy darius xerxes antiochus',
    'elizabeth mary anne catherine isabella margrethe beatrix juliana christina wilhelmina',
  ],
  fr: [
    'louis henri françois charles philippe jean napoléon édouard guillaume georges jacques richard pierre nicolas alexandre pie léon benoît grégoire innocent clément urbain boniface paul jean-paul victor-emmanuel ferdinand frédéric alphonse rodolphe othon léopold joseph maximilien françois-joseph ivan sixte jules adrien célestin constantin albert baudouin rainier ramsès ptolémée darius xerxès',
    'élisabeth elisabeth catherine isabelle marie anne marguerite christine béatrix juliana',
  ],
  de: [
    'heinrich eduard georg wilhelm richard jakob karl johann johannes stephan ludwig philipp ferdinand friedrich peter iwan alexander nikolaus napoleon pius leo benedikt gregor innozenz klemens urban bonifatius paul johannes-paul franz otto rudolf leopold joseph josef maximilian sigismund konrad gustav christian albert konstantin hadrian sixtus julius ramses ptolemaios dareios xerxes',
    'elisabeth maria anna katharina margarethe christina juliana beatrix wilhelmina',
  ],
  es: [
    'felipe alfonso fernando carlos juan enrique pedro jaime sancho luis jorge eduardo guillermo ricardo jacobo iván alejandro nicolás napoleón francisco josé pío benedicto gregorio inocencio clemente urbano bonifacio león pablo juan-pablo constantino adriano sixto alberto leopoldo maximiliano rodolfo otón ramsés ptolomeo darío jerjes',
    'isabel maría ana catalina juana margarita cristina',
  ],
};

const built = new Map<SpokenCode, Map<string, boolean>>();

/** Whether `name` (any case) is a monarch's or a pope's in the language: 'f' for a queen's, 'm' for the others, null when not. */
export function regnalName(code: SpokenCode, name: string): 'm' | 'f' | null {
  let names = built.get(code);
  if (!names) {
    names = new Map();
    const [men, women] = NAMES[code];
    for (const word of men.split(' ')) names.set(word, false);
    for (const word of women.split(' ')) names.set(word, true);
    built.set(code, names);
  }
  const feminine = names.get(name.toLowerCase());
  return feminine === undefined ? null : feminine ? 'f' : 'm';
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A regnal number as said: English `the Eighth`; French a cardinal but `premier` (`première` for a
 * queen) for one; German the ordinal with its article (`der Achte`, `die Zweite`); Spanish an
 * ordinal to ten (`segundo`, `segunda` for a queen) and a cardinal above (`trece`).
 */
export function sayRegnal(language: SpokenLanguage, value: number, feminine: boolean): string {
  switch (language.code) {
    case 'en':
      return `the ${language.ordinal(value).split('-').map(capital).join('-')}`;
    case 'fr':
      return value === 1 ? (feminine ? 'première' : 'premier') : cardinal(language, value);
    case 'de':
      return `${feminine ? 'die' : 'der'} ${capital(language.ordinal(value))}`;
    case 'es': {
      if (value > 10) return cardinal(language, value);
      const ordinal = language.ordinal(value);
      return feminine && ordinal.endsWith('o') ? `${ordinal.slice(0, -1)}a` : ordinal;
    }
  }
}
