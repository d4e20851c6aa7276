/**
 * Colours named in words, as scripts' legends write them: "dark grey", "gris foncé",
 * "yellow highlight", "surligné en jaune", "bleu (#1F4E79)". English and French.
 */
import type { Hex } from '../model.js';
import { parseColour } from './colour-names.js';

export interface ColourPhrase {
  hex: Hex;
  /** The phrase names a background (highlight, shading) rather than a text colour. */
  background: boolean;
}

/** Base colour words, English and French, to a reference hex. */
const BASES: Record<string, Hex> = {
  black: '#000000', noir: '#000000', noire: '#000000',
  grey: '#808080', gray: '#808080', gris: '#808080', grise: '#808080',
  white: '#FFFFFF', blanc: '#FFFFFF', blanche: '#FFFFFF',
  red: '#FF0000', rouge: '#FF0000',
  orange: '#FFA500',
  yellow: '#FFFF00', jaune: '#FFFF00',
  gold: '#FFC000', or: '#FFC000',
  green: '#00B050', vert: '#00B050', verte: '#00B050',
  blue: '#0070C0', bleu: '#0070C0', bleue: '#0070C0',
  navy: '#000080', marine: '#000080',
  purple: '#7030A0', violet: '#7030A0', violette: '#7030A0', mauve: '#7030A0',
  pink: '#FF66CC', rose: '#FF66CC', magenta: '#FF00FF',
  brown: '#8B4513', marron: '#8B4513', brun: '#8B4513',
  turquoise: '#00FFFF', cyan: '#00FFFF', teal: '#008080', sarcelle: '#008080',
  olive: '#808000',
};

/** Shade words and how they move a base colour. */
const DARKER = new Set(['dark', 'foncé', 'foncée', 'fonce', 'sombre', 'deep']);
const LIGHTER = new Set(['light', 'clair', 'claire', 'pale', 'pâle']);
const BRIGHT = new Set(['bright', 'vif', 'vive', 'fluo']);
/** Words that say the colour is a background. */
const BACKGROUND = new Set(['highlight', 'highlighted', 'highlighting', 'surligné', 'surlignée', 'surligne', 'surlignage', 'shading', 'shaded', 'background', 'fond', 'trame', 'marker', 'stabilo']);
/** Words that carry no colour meaning in such phrases. */
const FILLER = new Set(['text', 'texte', 'in', 'en', 'the', 'le', 'la', 'de', 'du', 'des', 'with', 'avec', 'colour', 'color', 'couleur', 'font', 'police', 'écrit', 'written', 'on', 'sur', 'a', 'un', 'une', 'and', 'et']);

function shade(hex: Hex, darker: boolean): Hex {
  const n = Number.parseInt(hex.slice(1), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const moved = channels.map((c) => (darker ? Math.round(c * 0.5) : Math.round(c + (255 - c) * 0.5)));
  return `#${moved.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/**
 * Reads a phrase that is only a colour (with shade and background words), or null when the phrase
 * says anything else — so "Welcome to the course" is never taken for a colour.
 */
export function parseColourPhrase(phrase: string): ColourPhrase | null {
  const cleaned = phrase
    .toLowerCase()
    .replace(/[()[\]{},.;!]/g, ' ')
    .replace(/[-_]/g, ' ')
    .trim();
  if (!cleaned) return null;
  let hex: Hex | null = null;
  let background = false;
  let darker = false;
  let lighter = false;
  for (const word of cleaned.split(/\s+/)) {
    if (/^#?[0-9a-f]{6}$/i.test(word)) {
      hex = parseColour(word.startsWith('#') ? word : `#${word}`, 'color');
      continue;
    }
    if (BACKGROUND.has(word)) background = true;
    else if (DARKER.has(word)) darker = true;
    else if (LIGHTER.has(word)) lighter = true;
    else if (BRIGHT.has(word) || FILLER.has(word)) continue;
    else if (BASES[word]) {
      if (!hex) hex = BASES[word]!;
    } else return null;
  }
  if (!hex) return null;
  // "dark grey" is Word's #404040–#595959 family; other bases move halfway to black or white.
  if (darker) hex = hex === '#808080' ? '#404040' : shade(hex, true);
  else if (lighter) hex = hex === '#808080' ? '#BFBFBF' : shade(hex, false);
  if (background && hex === '#00B050') hex = '#00FF00';
  return { hex, background };
}
