/**
 * Text set raised or lowered and small, as a reader sees it: a DOCX run in superscript or subscript
 * (`w:vertAlign`), a PDF's raised piece (pdf/lines.ts). Its figures, brackets and signs are written in
 * their superscript or subscript characters ("note¹", "m²", "TTC⁽¹⁾", "CO₂"), which the spoken rules
 * read as a reader does (measure/spoken: a unit's power said, a note's call kept unsaid, a chemical
 * formula's figure said). Letters stay as they are: a raised ending or abbreviation is its word's
 * ("1er", "XXIe", "Mme", "21st"), read as that word. Every character stays one UTF-16 unit: offsets hold.
 */

const RAISED: Readonly<Record<string, string>> = {
  '0': '\u2070', '1': '\u00B9', '2': '\u00B2', '3': '\u00B3', '4': '\u2074', '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079',
  '(': '\u207D', ')': '\u207E', '+': '\u207A', '-': '\u207B', '=': '\u207C',
};
const LOWERED: Readonly<Record<string, string>> = {
  '0': '\u2080', '1': '\u2081', '2': '\u2082', '3': '\u2083', '4': '\u2084', '5': '\u2085', '6': '\u2086', '7': '\u2087', '8': '\u2088', '9': '\u2089',
  '(': '\u208D', ')': '\u208E', '+': '\u208A', '-': '\u208B', '=': '\u208C',
};

/** `text` set raised: its figures, brackets and + − = in superscript characters, the rest as it is. */
export function raisedForm(text: string): string {
  return mapped(text, RAISED);
}

/** `text` set lowered: its figures, brackets and + − = in subscript characters, the rest as it is. */
export function loweredForm(text: string): string {
  return mapped(text, LOWERED);
}

function mapped(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += table[text[i]!] ?? text[i]!;
  return out;
}
