/**
 * Spoken forms in French, written from the rules in README "Spoken words" before the code.
 * Each row: the written text, what a narrator says, and the spoken word count.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const FR: [string, string, number][] = [
  ['Bienvenue dans ce module.', 'Bienvenue dans ce module.', 4],
  // cardinaux et décimaux
  ['1 200 collaborateurs', 'mille deux cents collaborateurs', 4],
  [`1${NBSP}200 collaborateurs`, 'mille deux cents collaborateurs', 4],
  ['1.200', 'mille deux cents', 3],
  ['21', 'vingt et un', 3],
  ['71 ans', 'soixante et onze ans', 4],
  ['80', 'quatre-vingts', 1],
  ['1 000 000', 'un million', 2],
  ['2 000 000 000', 'deux milliards', 2],
  ['3,5 millions', 'trois virgule cinq millions', 4],
  ['0,25', 'zéro virgule vingt-cinq', 3],
  ['0,05', 'zéro virgule zéro cinq', 4],
  ['-5', 'moins cinq', 2],
  // ordinaux
  ['1er', 'premier', 1],
  ['la 1re fois', 'la première fois', 3],
  ['1ère', 'première', 1],
  ['2e', 'deuxième', 1],
  ['2ème', 'deuxième', 1],
  ['2nde', 'seconde', 1],
  ['21e', 'vingt et unième', 3],
  ['le XXIe siècle', 'le vingt et unième siècle', 5],
  ['les 1ers', 'les premiers', 2],
  // pourcentages
  ['30 %', 'trente pour cent', 3],
  [`30${NNBSP}%`, 'trente pour cent', 3],
  ['30%', 'trente pour cent', 3],
  ['2,5 %', 'deux virgule cinq pour cent', 5],
  ['+5 %', 'plus cinq pour cent', 4],
  // sommes d'argent
  ['39 €', 'trente-neuf euros', 2],
  ['39€', 'trente-neuf euros', 2],
  ['€39', 'trente-neuf euros', 2],
  ['5,40 €', 'cinq euros quarante', 3],
  ['1 €', 'un euro', 2],
  ['0,50 €', 'cinquante centimes', 2],
  ['1 000 000 €', "un million d'euros", 3],
  ['3 M€', "trois millions d'euros", 3],
  ['1 200 €', 'mille deux cents euros', 4],
  ['39,99 € HT', 'trente-neuf euros quatre-vingt-dix-neuf H T', 5],
  ['$5.40', 'cinq dollars quarante', 3],
  ['£39', 'trente-neuf livres', 2],
  // heures
  ['8 h 47', 'huit heures quarante-sept', 3],
  ['8h47', 'huit heures quarante-sept', 3],
  ['à 14h', 'à quatorze heures', 3],
  ['1 h 05', 'une heure cinq', 3],
  ['21 h', 'vingt et une heures', 4],
  ['14:30', 'quatorze heures trente', 3],
  ['20 h 00', 'vingt heures', 2],
  ['12h01', 'douze heures une', 3],
  // dates
  ['14/07/2024', 'quatorze juillet deux mille vingt-quatre', 5],
  ['01/01/2025', 'premier janvier deux mille vingt-cinq', 5],
  ['le 1er janvier 2025', 'le premier janvier deux mille vingt-cinq', 6],
  ['2024-07-14', 'quatorze juillet deux mille vingt-quatre', 5],
  ['en 1999', 'en mille neuf cent quatre-vingt-dix-neuf', 5],
  // téléphone : par paires (par groupes tels qu'écrits), zéros en tête dits « zéro »
  ['01 23 45 67 89', 'zéro un vingt-trois quarante-cinq soixante-sept quatre-vingt-neuf', 6],
  ['01.23.45.67.89', 'zéro un vingt-trois quarante-cinq soixante-sept quatre-vingt-neuf', 6],
  ['0123456789', 'zéro un vingt-trois quarante-cinq soixante-sept quatre-vingt-neuf', 6],
  ['+33 1 23 45 67 89', 'plus trente-trois un vingt-trois quarante-cinq soixante-sept quatre-vingt-neuf', 7],
  ['0 800 123 456', 'zéro huit cents cent vingt-trois quatre cent cinquante-six', 8],
  // adresses électroniques et web
  ['contact@acme.fr', 'contact arobase acme point F R', 6],
  ['jean.dupont@exemple.com', 'jean point dupont arobase exemple point com', 7],
  ['service_client@acme.fr', 'service tiret bas client arobase acme point F R', 9],
  ['marie-claire@acme.fr', 'marie tiret claire arobase acme point F R', 8],
  ['www.acme.fr', 'W W W point acme point F R', 8],
  ['https://www.service-public.fr/particuliers', 'W W W point service tiret public point F R slash particuliers', 12],
  // sigles
  ['la SNCF', 'la S N C F', 5],
  ['le RGPD', 'le R G P D', 5],
  ["l'ONU", "l'ONU", 1],
  ['la CNIL', 'la CNIL', 2],
  ['les PME', 'les P M E', 4],
  ['la TVA', 'la T V A', 4],
  ["l'UE", "l'U E", 2],
  ['un PDF', 'un P D F', 4],
  ['ATTENTION : NE PAS TOUCHER', 'ATTENTION : NE PAS TOUCHER', 4],
  // symboles
  ['R&D', 'R et D', 3],
  ['Questions & réponses', 'Questions et réponses', 3],
  ['20 °C', 'vingt degrés Celsius', 3],
  ['20°', 'vingt degrés', 2],
  ['n° 5', 'numéro cinq', 2],
  ['N°5', 'numéro cinq', 2],
  ['et/ou', 'et ou', 2],
  ['~50', 'environ cinquante', 2],
  // fractions
  ['1/2', 'un demi', 2],
  ['3/4', 'trois quarts', 2],
  ['1/3', 'un tiers', 2],
  ['8/10', 'huit sur dix', 3],
  ['24h/24', 'vingt-quatre heures sur vingt-quatre', 4],
  ['7j/7', 'sept jours sur sept', 4],
  // unités
  ['5 km', 'cinq kilomètres', 2],
  ['1 kg', 'un kilogramme', 2],
  ['30 min', 'trente minutes', 2],
  ['2 Go', 'deux gigaoctets', 2],
  ['100 km/h', 'cent kilomètres heure', 3],
  ['50 m²', 'cinquante mètres carrés', 3],
  ['10-20', 'dix à vingt', 3],
  // fourchettes en milliers groupés : une fourchette, jamais un numéro de téléphone
  ['Entre 1 500-2 000 € par mois.', 'Entre mille cinq cents à deux mille euros par mois.', 10],
  [`de 1${NNBSP}500–2${NNBSP}000 €`, 'de mille cinq cents à deux mille euros', 8],
  ['1 500-2000 km', 'mille cinq cents à deux mille kilomètres', 7],
  ['800-1 200 mots', 'huit cents à mille deux cents mots', 7],
  ['12 000-15 000 %', 'douze mille à quinze mille pour cent', 7],
  ['1 500-2 000', 'mille cinq cents à deux mille', 6],
  // un numéro de téléphone écrit en groupes reste un numéro
  ['01 23-45 67 89', 'zéro un vingt-trois quarante-cinq soixante-sept quatre-vingt-neuf', 6],
];

describe('spoken form, French', () => {
  it.each(FR)('%s → %s', (written, spoken, count) => {
    const result = spokenForm(written, 'fr-FR');
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });

  it('Belgian and Swiss French say septante and nonante', () => {
    expect(spokenForm('71 ans', 'fr-BE')).toBe('septante et un ans');
    expect(spokenForm('95 %', 'fr-CH')).toBe('nonante-cinq pour cent');
  });
});
