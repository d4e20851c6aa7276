/**
 * Words typed in capitals for emphasis are words, not acronyms (README "Spoken words", rows
 * "words in capitals" and "shouted lines"). Each row: the written text, what a narrator says, and
 * the spoken word count (a spelled letter is one word). Acronyms keep their reading beside them.
 */
import { describe, expect, it } from 'vitest';
import { spokenForm } from '../src/measure/spoken/index.js';
import { countWords } from '../src/text/words.js';

const EN: [string, string, number][] = [
  // the probe's lines (a commercial's announcer): every capital word is said as the word
  ['Buy NOW and get one FREE.', 'Buy NOW and get one FREE.', 6],
  ["Sale ends SUNDAY. Don't miss OUT.", "Sale ends SUNDAY. Don't miss OUT.", 6],
  ["It's the BIG one, for YOU and ALL your friends.", "It's the BIG one, for YOU and ALL your friends.", 10],
  ['END CARD', 'END CARD', 2],
  ['GET OUT NOW!', 'GET OUT NOW!', 3],
  // emphasis words of commercials
  ['The NEW range is HOT, with 20 percent OFF.', 'The NEW range is HOT, with twenty percent OFF.', 9],
  ['ONLY at Acme, TODAY and every day: the BEST deals.', 'ONLY at Acme, TODAY and every day: the BEST deals.', 10],
  ['This is the ONE you want, and it is YOURS.', 'This is the ONE you want, and it is YOURS.', 10],
  // capitals that fail the letter-shape rule but are common words
  ['The FIRST three months, and the RIGHT price.', 'The FIRST three months, and the RIGHT price.', 8],
  ['Open every NIGHT, all over the WORLD.', 'Open every NIGHT, all over the WORLD.', 7],
  ['Say it in your own WORDS, with your HANDS.', 'Say it in your own WORDS, with your HANDS.', 9],
  ['Read the ARCHIVE, then the REQUIREMENTS.', 'Read the ARCHIVE, then the REQUIREMENTS.', 6],
  ['POP3 mail', 'POP three mail', 3],
  // acronyms beside them keep their reading
  ['Call the FBI NOW.', 'Call the F B I NOW.', 6],
  ['Buy TWO PDFs', 'Buy TWO P D Fs', 5],
  ['The CEO said NO.', 'The C E O said NO.', 6],
  // both a word and an acronym: an article before it makes it the acronym; a capital word before it, the word
  ['Made in the US.', 'Made in the U S.', 5],
  ['Call the IT department.', 'Call the I T department.', 5],
  ['Don\'t wait, GET IT NOW.', 'Don\'t wait, GET IT NOW.', 5],
  ['CALL US TODAY', 'CALL US TODAY', 3],
  ['WELCOME TO THE US', 'WELCOME TO THE U S', 5],
  ['Ask the WHO.', 'Ask the W H O.', 5],
  ['Now OR never.', 'Now OR never.', 3],
  ['Available IN stores.', 'Available IN stores.', 3],
  ['Indianapolis, IN 46204', 'Indianapolis, I N four six two oh four', 8], // the ZIP code digit by digit (spoken-shapes3)
  ['I AM ready.', 'I AM ready.', 3],
  // without anything to decide by, today's reading is kept (see README)
  ['Contact IT today.', 'Contact I T today.', 4],
  ['Tune in to AM radio.', 'Tune in to A M radio.', 6],
  // American place names in a shouted line: Spanish words, not acronyms; USA is spelled
  ['PACIFIC TIME, LOS ANGELES, USA', 'PACIFIC TIME, LOS ANGELES, U S A', 7],
  ['Flat OPC XML', 'Flat O P C X M L', 7],
  // shouted lines: short ones too; acronyms in them are still acronyms
  ['GREAT NEWS', 'GREAT NEWS', 2],
  ['CALL THE FBI NOW', 'CALL THE F B I NOW', 6],
  ['CALL THE ACLU NOW', 'CALL THE A C L U NOW', 7],
  ['LOUIS XIV IS BACK', 'LOUIS the Fourteenth IS BACK', 5], // a regnal number (spoken-regnal)
  ['THE FIRST NIGHT', 'THE FIRST NIGHT', 3],
  // a screenplay's headings and transitions
  ['INT. HOSPITAL CORRIDOR – NIGHT', 'INT. HOSPITAL CORRIDOR – NIGHT', 4],
  ['FADE IN:', 'FADE IN:', 2],
  ['CUT TO:', 'CUT TO:', 2],
  ['KID: Can I push the trolley?', 'KID: Can I push the trolley?', 6],
  // a line of acronyms alone is no shouted line
  ['FBI', 'F B I', 3],
  ['HTML', 'H T M L', 4],
  ['FBI CIA', 'F B I C I A', 6],
  ['RATP', 'R A T P', 4],
  ['COVID-19', 'COVID nineteen', 2],
  // words whose three consonants part between two syllables (n·sp, x·cl, x·pr, m·pr, ns·f, m·bl): words, not spelled
  ['It is EXCLUSIVE for you.', 'It is EXCLUSIVE for you.', 5],
  ['The INSPECTOR is here, and the EXPRESS is late.', 'The INSPECTOR is here, and the EXPRESS is late.', 9],
  ['An IMPRESSIVE result to INSPIRE you.', 'An IMPRESSIVE result to INSPIRE you.', 6],
  ['TRANSFORM your team, stay HUMBLE.', 'TRANSFORM your team, stay HUMBLE.', 5],
  // consonants that part nowhere, or stand at an end, are still spelled
  ['Ask the UNHCR.', 'Ask the U N H C R.', 7],
  ['Quote the ISBN.', 'Quote the I S B N.', 6],
];

const FR: [string, string, number][] = [
  ['Le deuxième est GRATUIT, MAINTENANT.', 'Le deuxième est GRATUIT, MAINTENANT.', 5],
  ['TOUT doit disparaître !', 'TOUT doit disparaître !', 3],
  ['Et la réponse est OUI.', 'Et la réponse est OUI.', 5],
  ['Vous dites NON ?', 'Vous dites NON ?', 3],
  ["C'EST PAS CHER", "C'EST PAS CHER", 3],
  ['Cet ÉTÉ, tout est à MOITIÉ prix.', 'Cet ÉTÉ, tout est à MOITIÉ prix.', 7],
  ['Le prix le plus BAS, ICI.', 'Le prix le plus BAS, ICI.', 6],
  ['FIN', 'FIN', 1],
  // sigles kept
  ['la SNCF et la RATP', 'la S N C F et la R A T P', 11],
  ['le CA de la société', 'le C A de la société', 6],
  ["l'UE", "l'U E", 2],
  ['LA SNCF', 'LA S N C F', 5],
  ['Acme SA', 'Acme S A', 3],
  ["C'EST SA VIE", "C'EST SA VIE", 3],
  ['le SI de la boîte', 'le S I de la boîte', 6],
  ["SI tu veux", "SI tu veux", 3],
  ['Le CE de l’usine', 'Le C E de l’usine', 5],
  ['ATTENTION : NE PAS TOUCHER', 'ATTENTION : NE PAS TOUCHER', 4],
  ['EXT. RUE – JOUR', 'EXT. RUE – JOUR', 3],
  ['LES VOISINS – Épisode 6', 'LES VOISINS – Épisode six', 4],
  // a character's name in capitals, a word (n·sp, ct·r is no cluster of three)
  ['INSPECTRICE Votre alibi ne tient pas.', 'INSPECTRICE Votre alibi ne tient pas.', 6],
  ["C'est une offre EXCLUSIVE et IMPRESSIONNANTE.", "C'est une offre EXCLUSIVE et IMPRESSIONNANTE.", 6],
  // sigles read as words where French says them so (rs·s, ns·s), and one that parts nowhere spelled
  ["l'URSSAF et l'ANSSI", "l'URSSAF et l'ANSSI", 3],
];

const DE_ES: [string, string, string, number][] = [
  ['de-DE', 'Das gibt es NUR HEUTE, JETZT zugreifen!', 'Das gibt es NUR HEUTE, JETZT zugreifen!', 7],
  ['de-DE', 'Das ist NICHT echt, das ist ECHT.', 'Das ist NICHT echt, das ist ECHT.', 7],
  ['de-DE', 'Die EU und die AG', 'Die E U und die A G', 7],
  ['de-DE', 'Studieren am MIT', 'Studieren am M I T', 5],
  ['de-DE', 'Kaffee MIT Milch', 'Kaffee MIT Milch', 3],
  ['es-ES', 'Compre AHORA, es GRATIS y para TODOS.', 'Compre AHORA, es GRATIS y para TODOS.', 7],
  ['es-ES', 'Solo HOY, MÁS barato.', 'Solo HOY, MÁS barato.', 4],
  ['es-ES', 'El CAPITÁN y la ONU', 'El CAPITÁN y la ONU', 5],
  ['es-ES', 'la UE', 'la U E', 3],
];

describe('words typed in capitals, English', () => {
  it.each(EN)('%s → %s', (written, spoken, count) => {
    const result = spokenForm(written, 'en-US');
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});

describe('mots en capitales, français', () => {
  it.each(FR)('%s → %s', (written, spoken, count) => {
    const result = spokenForm(written, 'fr-FR');
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});

describe('words in capitals, German and Spanish', () => {
  it.each(DE_ES)('%s: %s → %s', (tag, written, spoken, count) => {
    const result = spokenForm(written, tag);
    expect(result).toBe(spoken);
    expect(countWords(result)).toBe(count);
  });
});
