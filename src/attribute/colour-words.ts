/**
 * Colours named in words, as scripts' legends write them: "dark grey", "gris foncé", "yellow
 * highlight", "surligné en jaune", "bleu clair", "#1F4E79". English and French.
 *
 * A colour word names a family of colours (Word's "blue" may be #0070C0, #2F5496 or #4472C4), so a
 * phrase is matched to the colours a script actually uses by family first (`familiesOf`), and only
 * then by distance to a reference colour (see legend-palette.ts).
 */
import type { Hex } from '../model.js';
import { hexToHsl } from '../colour/hex.js';
import { parseColour } from '../colour/parse.js';

export type Family = 'black' | 'grey' | 'white' | 'red' | 'orange' | 'brown' | 'yellow' | 'green' | 'turquoise' | 'blue' | 'purple' | 'pink';

export interface ColourPhrase {
  /** A reference colour for the words ("dark grey" → #404040), to rank colours of the same family. */
  hex: Hex;
  /** The families the words allow; empty when the phrase gives a hex code (matched by distance). */
  families: Family[];
  /** The phrase says background (highlight, shading) or text; null when it says neither. */
  kind: 'text' | 'background' | null;
  /** Legacy view of `kind`: true for a background. */
  background: boolean;
  /** The words name a family and nothing more ("blue", "vert"): no shade, no second colour word, no code. */
  bare: boolean;
}

interface Base {
  hex: Hex;
  families: Family[];
}

const base = (hex: Hex, ...families: Family[]): Base => ({ hex, families });

/** Base colour words, English and French. A Map: user text never reaches an object's prototype. */
const BASES = new Map<string, Base>(
  Object.entries({
    black: base('#000000', 'black'),
    noir: base('#000000', 'black'),
    noire: base('#000000', 'black'),
    grey: base('#808080', 'grey'),
    gray: base('#808080', 'grey'),
    gris: base('#808080', 'grey'),
    grise: base('#808080', 'grey'),
    silver: base('#C0C0C0', 'grey'),
    white: base('#FFFFFF', 'white'),
    blanc: base('#FFFFFF', 'white'),
    blanche: base('#FFFFFF', 'white'),
    red: base('#FF0000', 'red'),
    rouge: base('#FF0000', 'red'),
    orange: base('#FFA500', 'orange'),
    brown: base('#8B4513', 'brown'),
    marron: base('#8B4513', 'brown'),
    brun: base('#8B4513', 'brown'),
    yellow: base('#FFFF00', 'yellow'),
    jaune: base('#FFFF00', 'yellow'),
    gold: base('#FFC000', 'yellow', 'orange'),
    golden: base('#FFC000', 'yellow', 'orange'),
    or: base('#FFC000', 'yellow', 'orange'),
    doré: base('#FFC000', 'yellow', 'orange'),
    green: base('#00B050', 'green'),
    vert: base('#00B050', 'green'),
    verte: base('#00B050', 'green'),
    olive: base('#808000', 'green', 'yellow'),
    lime: base('#00FF00', 'green'),
    turquoise: base('#00FFFF', 'turquoise'),
    cyan: base('#00FFFF', 'turquoise'),
    aqua: base('#00FFFF', 'turquoise'),
    teal: base('#008080', 'turquoise'),
    sarcelle: base('#008080', 'turquoise'),
    blue: base('#0070C0', 'blue'),
    bleu: base('#0070C0', 'blue'),
    bleue: base('#0070C0', 'blue'),
    navy: base('#000080', 'blue'),
    marine: base('#000080', 'blue'),
    purple: base('#7030A0', 'purple'),
    violet: base('#7030A0', 'purple'),
    violette: base('#7030A0', 'purple'),
    mauve: base('#7030A0', 'purple'),
    lilac: base('#B4A7D6', 'purple'),
    lilas: base('#B4A7D6', 'purple'),
    lavender: base('#B4A7D6', 'purple'),
    pink: base('#FF66CC', 'pink'),
    rose: base('#FF66CC', 'pink'),
    magenta: base('#FF00FF', 'pink'),
    fuchsia: base('#FF00FF', 'pink'),
  }),
);

const DARKER = new Set(['dark', 'darker', 'deep', 'foncé', 'foncée', 'fonce', 'sombre']);
const LIGHTER = new Set(['light', 'lighter', 'pale', 'pâle', 'clair', 'claire']);
const BRIGHT = new Set(['bright', 'vif', 'vive', 'fluo', 'fluorescent', 'flashy', 'électrique']);
/** Words that say the colour is a background. */
const BACKGROUND = new Set([
  'highlight', 'highlighted', 'highlighting', 'highlighter', 'surligné', 'surlignée', 'surlignés', 'surlignées', 'surligne', 'surligner',
  'surlignage', 'surligneur', 'shading', 'shaded', 'background', 'fond', 'trame', 'tramé', 'marker', 'stabilo',
]);
/** Words that say the colour is the text's own. */
const TEXT = new Set(['text', 'texte', 'font', 'police', 'ink', 'écrit', 'écrits', 'écrite', 'écrites', 'written', 'lettering', 'caractères', 'lettres']);
/** Past participles that say how a colour is shown, between a verb and the colour ("are highlighted in", "sont marquées en"). */
const SHOWN = new Set([
  'shown', 'marked', 'marqué', 'marquée', 'marqués', 'marquées', 'coloured', 'colored', 'coloré', 'colorée', 'colorés', 'colorées', 'printed', 'typed',
  'set', 'indiqué', 'indiquée', 'indiqués', 'indiquées',
]);
/** Words that carry no colour meaning in such phrases (articles, "colour", type styles). */
const FILLER = new Set([
  'in', 'en', 'the', 'le', 'la', 'les', 'de', 'du', 'des', "d'", 'with', 'avec', 'a', 'an', 'un', 'une', 'and', 'et', 'on', 'sur', 'as', 'is',
  'are', 'est', 'sont', 'by', 'par', 'colour', 'color', 'coloured', 'colored', 'couleur', 'coloré', 'shown', 'marked', 'marqué', 'marquée',
  'bold', 'gras', 'italic', 'italics', 'italique', 'underlined', 'souligné', 'caps', 'majuscules', 'capitales',
  // Word's colour menu names: "Blue, Accent 1, Darker 25%", "Bleu, Accentuation 1, plus sombre 25 %".
  'accent', 'accentuation', 'plus',
  // Where a background is laid: "pale green (cell shading)", "jaune (trame de cellule)", "row shading".
  'cell', 'cells', 'cellule', 'cellules', 'row', 'rows', 'table', 'tableau',
]);

/**
 * A word that qualifies a colour without naming one: "highlighted", "text", "surlignées", "marked".
 * In "Narrator's lines are highlighted in yellow" it belongs with the colour, not with the name.
 */
export function isColourQualifier(word: string): boolean {
  const w = word.normalize('NFC').toLowerCase();
  return BACKGROUND.has(w) || TEXT.has(w) || SHOWN.has(w);
}

/**
 * The kind of colour a qualifier alone says, with no colour in it ("cell shading", "highlighted",
 * "surlignage", "couleur du texte", "text colour"): 'background' or 'text'; null when it names a colour,
 * says neither, or says anything else ("see note", "v2").
 */
export function qualifierKind(phrase: string): 'text' | 'background' | null {
  if (phrase.length > MAX_PHRASE) return null;
  const words = phrase.normalize('NFC').toLowerCase().replace(/[()[\]{},.;:!?"'’«»=]/g, ' ').replace(/[-_/]/g, ' ').split(/\s/u).filter(Boolean);
  let kind: 'text' | 'background' | null = null;
  for (const word of words) {
    if (BACKGROUND.has(word)) kind = 'background';
    else if (TEXT.has(word)) kind ??= 'text';
    else if (!FILLER.has(word) && !SHOWN.has(word)) return null;
  }
  return kind;
}

/** Halfway to black (darker) or to white (lighter). */
function shade(hex: Hex, darker: boolean): Hex {
  const n = Number.parseInt(hex.slice(1), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const moved = channels.map((c) => (darker ? Math.round(c * 0.5) : Math.round(c + (255 - c) * 0.5)));
  return `#${moved.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Longest phrase read as colour words: legends write a few words, never a sentence. */
const MAX_PHRASE = 80;

/**
 * Reads a phrase that is only a colour (with shade, text and background words), or null when the
 * phrase says anything else — so "Welcome to the course" is never taken for a colour.
 */
export function parseColourPhrase(phrase: string): ColourPhrase | null {
  if (phrase.length > MAX_PHRASE) return null;
  const words = phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/[()[\]{},.;:!?"'’«»=]/g, ' ')
    .replace(/[-_/]/g, ' ')
    .split(/\s/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  let found: Base | null = null;
  let bases = 0;
  let kind: ColourPhrase['kind'] = null;
  let darker = false;
  let lighter = false;
  let bright = false;
  for (const word of words) {
    // Only with its "#": "611430" is a code number, "#1F4E79" a colour.
    if (/^#[0-9a-f]{6}$/i.test(word)) {
      const hex = parseColour(word, 'color');
      if (!hex || found) return null;
      found = { hex, families: [] };
      continue;
    }
    const known = BASES.get(word);
    if (known) {
      // "bleu marine", "vert olive": the second word refines the first.
      if (found && found.families.length && !known.families.some((f) => found!.families.includes(f))) return null;
      found = known;
      bases++;
    } else if (BACKGROUND.has(word)) kind = 'background';
    else if (TEXT.has(word)) kind ??= 'text';
    else if (DARKER.has(word)) darker = true;
    else if (LIGHTER.has(word)) lighter = true;
    else if (BRIGHT.has(word)) bright = true;
    else if (!FILLER.has(word) && !SHOWN.has(word) && !/^[\d%]+$/.test(word)) return null;
  }
  if (!found) return null;
  let hex = found.hex;
  if (found.families.length) {
    if (darker) hex = hex === '#808080' ? '#404040' : shade(hex, true);
    else if (lighter) hex = hex === '#808080' ? '#BFBFBF' : shade(hex, false);
    else if (bright && found.families.includes('green')) hex = '#00FF00';
    // Word's highlight palette: a "green highlight" is its bright green.
    if (kind === 'background' && hex === '#00B050') hex = '#00FF00';
  }
  const bare = found.families.length > 0 && bases === 1 && !darker && !lighter && !bright;
  return { hex, families: [...found.families], kind, background: kind === 'background', bare };
}

/**
 * The colour families a hex belongs to, as a person would name it. Boundaries overlap on purpose:
 * #00B0F0 is both Word's "light blue" and a turquoise; #C45911 both orange and brown.
 */
export function familiesOf(hex: Hex): Set<Family> {
  const { h, s, l } = hexToHsl(hex);
  const families = new Set<Family>();
  const chroma = s * (1 - Math.abs(2 * l - 1));
  if (chroma < 0.08 || s < 0.12) {
    if (l <= 0.16) families.add('black');
    if (l > 0.1 && l < 0.93) families.add('grey');
    if (l >= 0.9) families.add('white');
    return families;
  }
  if (l < 0.1) families.add('black');
  if (h >= 340 || h <= 15) families.add('red');
  if (h >= 15 && h <= 45 && l >= 0.3) families.add('orange');
  if (h <= 50 && l < 0.45) families.add('brown');
  if (h >= 40 && h <= 70) families.add('yellow');
  if (h >= 55 && h <= 165) families.add('green');
  if (h >= 160 && h <= 200) families.add('turquoise');
  if (h >= 190 && h <= 260) families.add('blue');
  if (h >= 255 && h <= 300) families.add('purple');
  if ((h >= 285 && h <= 345) || ((h >= 330 || h <= 15) && l >= 0.7)) families.add('pink');
  return families;
}
