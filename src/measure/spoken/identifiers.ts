/**
 * Words after which a number is an identifier (a registration, an account, an order's number), said
 * group by group or digit by digit, never as one large number (`RCS Lyon 123 456 789`, `Company No.
 * 01234567`): see LineReader.identifier. Data only, in lower case, every language together (a French
 * script quotes a `VAT No.`, an English one an `IBAN`).
 */
const set = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Numbering marks: `n° 123 456`, `No. 01234567`, `order number 123456`, `Nr.`, `núm.` (the abbreviations with their full stop). */
export const MARKS = set('n° nº no. num. nr. núm. n.º # number numéro numero nummer número');

/** Registers and references whose number is always an identifier: `RCS Lyon`, `SIREN`, `SIRET`, `IBAN`, `Réf.`, `HRB`. */
export const REGISTERS = set('rcs r.c.s r.c.s. siren siret iban ref. réf. ref réf reference référence hrb hra crn');

/**
 * Taxes whose identifier starts with a country's code: `TVA FR 12 345678901`, `VAT GB 123 4567 89` (their
 * number only after the code, `intracommunautaire` or a numbering mark: `la TVA 20 %` is a rate).
 */
export const TAXES = set('tva vat ust-idnr. ust-idnr');

/**
 * Things numbered: a number after one is an identifier when a determiner shows the word is a noun
 * (`votre commande 123 456`, `your order 123456`), or when nothing but punctuation follows the number
 * (`Order 123456.`); not before a word it counts (`Il commande 12 000 exemplaires`, `order 12000 units`).
 */
export const NUMBERED = set(
  `order commande dossier invoice facture account compte contrat contract client customer ticket case policy member membre
   police adhérent licence license registration immatriculation reservation réservation booking parcel colis tracking suivi
   bestellung rechnung auftrag konto kunde pedido factura cuenta expediente reserva`,
);

/** Words between such a word and its number: `N° TVA intracommunautaire : FR …`, `n° de commande`, `numéro de dossier`. */
export const BETWEEN = set('intracommunautaire intra-communautaire de du of d');

/** Determiners not among a language's articles that make the next word a noun: `Ihre Bestellung`, `tu pedido`. */
export const DETERMINERS = set('votre vos notre nos your our my ihre ihr unsere unser deine dein tu nuestro nuestra mi');

/**
 * A telephone's words (lower case, with their stop where abbreviated): after one a run of digit groups is a phone number
 * even in groups of three (`tel. 912 345 678`, said digit by digit, not nine hundred twelve million…), see LineReader.phone.
 */
export const PHONE_WORDS = set('tel tel. tél tél. telephone téléphone telefon teléfono tfno tfno. tlf tlf. phone fax');
