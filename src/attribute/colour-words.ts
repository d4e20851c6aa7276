/**
 * Colours named in words, as scripts' legends write them: "dark grey", "gris foncé", "yellow
 * highlight", "surligné en jaune", "bleu clair", "#1F4E79", "gelb markiert", "dunkelblau", "resaltado en
 * amarillo", "gris oscuro", "evidenziato in giallo", "verde scuro", "destacado em amarelo". English, French, German,
 * Spanish, Italian and Portuguese (German colour adjectives inflected —
 * "blauer", "in Blau", "hellgrüne" — and Spanish ones agreed — "roja", "amarillas", "verdes").
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

/** Base colour words, English, French, German, Spanish, Italian and Portuguese. A Map: user text never reaches an object's prototype. */
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
    // German (inflected forms by germanColour: "blauer", "rote", "hellgrünen").
    schwarz: base('#000000', 'black'),
    grau: base('#808080', 'grey'),
    silber: base('#C0C0C0', 'grey'),
    silbern: base('#C0C0C0', 'grey'),
    orangen: base('#FFA500', 'orange'),
    weiß: base('#FFFFFF', 'white'),
    weiss: base('#FFFFFF', 'white'),
    rot: base('#FF0000', 'red'),
    braun: base('#8B4513', 'brown'),
    gelb: base('#FFFF00', 'yellow'),
    grün: base('#00B050', 'green'),
    gruen: base('#00B050', 'green'),
    oliv: base('#808000', 'green', 'yellow'),
    türkis: base('#00FFFF', 'turquoise'),
    blau: base('#0070C0', 'blue'),
    lila: base('#7030A0', 'purple'),
    violett: base('#7030A0', 'purple'),
    rosa: base('#FF66CC', 'pink'),
    // Spanish, in each agreement.
    negro: base('#000000', 'black'),
    negra: base('#000000', 'black'),
    negros: base('#000000', 'black'),
    negras: base('#000000', 'black'),
    grises: base('#808080', 'grey'),
    plateado: base('#C0C0C0', 'grey'),
    plateada: base('#C0C0C0', 'grey'),
    blanco: base('#FFFFFF', 'white'),
    blanca: base('#FFFFFF', 'white'),
    blancos: base('#FFFFFF', 'white'),
    blancas: base('#FFFFFF', 'white'),
    rojo: base('#FF0000', 'red'),
    roja: base('#FF0000', 'red'),
    rojos: base('#FF0000', 'red'),
    rojas: base('#FF0000', 'red'),
    naranja: base('#FFA500', 'orange'),
    naranjas: base('#FFA500', 'orange'),
    marrón: base('#8B4513', 'brown'),
    marrones: base('#8B4513', 'brown'),
    amarillo: base('#FFFF00', 'yellow'),
    amarilla: base('#FFFF00', 'yellow'),
    amarillos: base('#FFFF00', 'yellow'),
    amarillas: base('#FFFF00', 'yellow'),
    dorado: base('#FFC000', 'yellow', 'orange'),
    dorada: base('#FFC000', 'yellow', 'orange'),
    verde: base('#00B050', 'green'),
    verdes: base('#00B050', 'green'),
    turquesa: base('#00FFFF', 'turquoise'),
    turquesas: base('#00FFFF', 'turquoise'),
    cian: base('#00FFFF', 'turquoise'),
    azul: base('#0070C0', 'blue'),
    azules: base('#0070C0', 'blue'),
    marino: base('#000080', 'blue'),
    morado: base('#7030A0', 'purple'),
    morada: base('#7030A0', 'purple'),
    morados: base('#7030A0', 'purple'),
    moradas: base('#7030A0', 'purple'),
    violeta: base('#7030A0', 'purple'),
    violetas: base('#7030A0', 'purple'),
    rosas: base('#FF66CC', 'pink'),
    rosado: base('#FF66CC', 'pink'),
    rosada: base('#FF66CC', 'pink'),
    rosados: base('#FF66CC', 'pink'),
    rosadas: base('#FF66CC', 'pink'),
    fucsia: base('#FF00FF', 'pink'),
    // Italian, in each agreement ("rosso", "rossa", "rossi", "rosse"; "blu", "viola", "rosa" invariable).
    nero: base('#000000', 'black'),
    nera: base('#000000', 'black'),
    neri: base('#000000', 'black'),
    nere: base('#000000', 'black'),
    grigio: base('#808080', 'grey'),
    grigia: base('#808080', 'grey'),
    grigi: base('#808080', 'grey'),
    grigie: base('#808080', 'grey'),
    argento: base('#C0C0C0', 'grey'),
    bianco: base('#FFFFFF', 'white'),
    bianca: base('#FFFFFF', 'white'),
    bianchi: base('#FFFFFF', 'white'),
    bianche: base('#FFFFFF', 'white'),
    rosso: base('#FF0000', 'red'),
    rossa: base('#FF0000', 'red'),
    rossi: base('#FF0000', 'red'),
    rosse: base('#FF0000', 'red'),
    arancione: base('#FFA500', 'orange'),
    arancioni: base('#FFA500', 'orange'),
    arancio: base('#FFA500', 'orange'),
    marrone: base('#8B4513', 'brown'),
    marroni: base('#8B4513', 'brown'),
    giallo: base('#FFFF00', 'yellow'),
    gialla: base('#FFFF00', 'yellow'),
    gialli: base('#FFFF00', 'yellow'),
    gialle: base('#FFFF00', 'yellow'),
    oro: base('#FFC000', 'yellow', 'orange'),
    verdi: base('#00B050', 'green'),
    turchese: base('#00FFFF', 'turquoise'),
    turchesi: base('#00FFFF', 'turquoise'),
    ciano: base('#00FFFF', 'turquoise'),
    blu: base('#0070C0', 'blue'),
    azzurro: base('#00B0F0', 'blue', 'turquoise'),
    azzurra: base('#00B0F0', 'blue', 'turquoise'),
    azzurri: base('#00B0F0', 'blue', 'turquoise'),
    azzurre: base('#00B0F0', 'blue', 'turquoise'),
    celeste: base('#00B0F0', 'blue', 'turquoise'),
    viola: base('#7030A0', 'purple'),
    lilla: base('#B4A7D6', 'purple'),
    // Portuguese (and Galician "vermello", "amarelo"), in each agreement.
    preto: base('#000000', 'black'),
    preta: base('#000000', 'black'),
    pretos: base('#000000', 'black'),
    pretas: base('#000000', 'black'),
    cinza: base('#808080', 'grey'),
    cinzas: base('#808080', 'grey'),
    cinzento: base('#808080', 'grey'),
    cinzenta: base('#808080', 'grey'),
    cinzentos: base('#808080', 'grey'),
    cinzentas: base('#808080', 'grey'),
    prateado: base('#C0C0C0', 'grey'),
    branco: base('#FFFFFF', 'white'),
    branca: base('#FFFFFF', 'white'),
    brancos: base('#FFFFFF', 'white'),
    brancas: base('#FFFFFF', 'white'),
    vermelho: base('#FF0000', 'red'),
    vermelha: base('#FF0000', 'red'),
    vermelhos: base('#FF0000', 'red'),
    vermelhas: base('#FF0000', 'red'),
    vermello: base('#FF0000', 'red'),
    vermella: base('#FF0000', 'red'),
    laranja: base('#FFA500', 'orange'),
    laranjas: base('#FFA500', 'orange'),
    castanho: base('#8B4513', 'brown'),
    castanha: base('#8B4513', 'brown'),
    marrom: base('#8B4513', 'brown'),
    amarelo: base('#FFFF00', 'yellow'),
    amarela: base('#FFFF00', 'yellow'),
    amarelos: base('#FFFF00', 'yellow'),
    amarelas: base('#FFFF00', 'yellow'),
    roxo: base('#7030A0', 'purple'),
    roxa: base('#7030A0', 'purple'),
    roxos: base('#7030A0', 'purple'),
    roxas: base('#7030A0', 'purple'),
    lilás: base('#B4A7D6', 'purple'),
    fúcsia: base('#FF00FF', 'pink'),
  }),
);

/** German colour words that take an adjective's ending: "blauer", "rote", "grünen", "schwarzes". */
const GERMAN_INFLECTED = new Set(['schwarz', 'grau', 'weiß', 'weiss', 'rot', 'braun', 'gelb', 'grün', 'gruen', 'blau', 'violett', 'golden', 'silbern', 'orangen', 'pink', 'türkis']);
const GERMAN_ENDINGS = ['em', 'en', 'er', 'es', 'e'];
/** "-farben", "-farbig" after a colour word ("orangefarben", "lilafarbene", "türkisfarbig"), then an ending. */
const GERMAN_COLOURED = ['farbenen', 'farbener', 'farbenes', 'farbenem', 'farbene', 'farben', 'farbigen', 'farbiger', 'farbiges', 'farbigem', 'farbige', 'farbig'];

/**
 * A German colour word as written in a sentence: a base with an adjective's ending ("blauer", "hellgrünen"),
 * "-farben" after it ("orangefarbene"), "hell"/"dunkel" before it ("dunkelgrau", "hellblaue"): the base and
 * its shade; null when the word is none of these.
 */
function germanColour(word: string): { base: Base; shade: 'darker' | 'lighter' | null } | null {
  if (word.length < 3 || word.length > 30) return null;
  let rest = word;
  let shade: 'darker' | 'lighter' | null = null;
  if (rest.startsWith('dunkel') && rest.length > 8) {
    shade = 'darker';
    rest = rest.slice(6);
  } else if (rest.startsWith('hell') && rest.length > 6) {
    shade = 'lighter';
    rest = rest.slice(4);
  }
  // "dunkelblau", "hellgrün", "hellrosa" (the word itself is no base: asked only of words BASES lacks).
  const direct = BASES.get(rest);
  if (direct) return { base: direct, shade };
  for (const suffix of GERMAN_COLOURED) {
    if (!rest.endsWith(suffix)) continue;
    const stem = BASES.get(rest.slice(0, -suffix.length));
    if (stem) return { base: stem, shade };
  }
  for (const ending of GERMAN_ENDINGS) {
    if (!rest.endsWith(ending)) continue;
    const stem = rest.slice(0, -ending.length);
    if (GERMAN_INFLECTED.has(stem)) return { base: BASES.get(stem)!, shade };
  }
  return null;
}

const DARKER = new Set([
  'scuro', 'scura', 'scuri', 'scure', 'escuro', 'escura', 'escuros', 'escuras',
  'dark', 'darker', 'deep', 'foncé', 'foncée', 'fonce', 'sombre', 'dunkel', 'dunkle', 'dunkles', 'dunkler', 'dunklen', 'dunklem', 'oscuro', 'oscura',
  'oscuros', 'oscuras',
]);
const LIGHTER = new Set(['light', 'lighter', 'pale', 'pâle', 'clair', 'claire', 'hell', 'helle', 'helles', 'heller', 'hellen', 'hellem', 'claro', 'clara', 'claros', 'claras', 'pálido', 'pálida', 'chiaro', 'chiara', 'chiari', 'chiare', 'pallido', 'pallida']);
const BRIGHT = new Set(['bright', 'vif', 'vive', 'fluo', 'fluorescent', 'flashy', 'électrique', 'leuchtend', 'leuchtendes', 'leuchtende', 'leuchtendem', 'leuchtenden', 'leuchtender', 'neon', 'vivo', 'viva', 'fosforito', 'fluorescente', 'acceso', 'accesa']);
/** Words that say the colour is a background. */
const BACKGROUND = new Set([
  'highlight', 'highlighted', 'highlighting', 'highlighter', 'surligné', 'surlignée', 'surlignés', 'surlignées', 'surligne', 'surligner',
  'surlignage', 'surligneur', 'shading', 'shaded', 'background', 'fond', 'trame', 'tramé', 'marker', 'stabilo',
  // German: "gelb hinterlegt", "Hervorhebung gelb", "(Textmarker)", "grüner Hintergrund".
  'hinterlegt', 'hinterlegte', 'hinterlegten', 'hinterlegung', 'unterlegt', 'unterlegte', 'unterlegten', 'hintergrund', 'hintergrundfarbe', 'hervorhebung',
  'hervorgehoben', 'hervorgehobene', 'hervorgehobenen', 'hervorhebungsfarbe', 'textmarker', 'schattierung', 'schattiert', 'schattierte', 'leuchtstift',
  // Spanish: "resaltado en amarillo", "subrayado en amarillo" (a highlighter's stroke), "fondo amarillo".
  'resaltado', 'resaltada', 'resaltados', 'resaltadas', 'resaltar', 'resaltador', 'subrayado', 'subrayada', 'subrayados', 'subrayadas', 'fondo',
  'sombreado', 'sombreada', 'sombreados', 'sombreadas', 'marcador', 'rotulador', 'fosforescente',
  // Italian: "evidenziato in giallo", "sfondo verde", "sottolineato in giallo" (a highlighter's stroke, as Spanish "subrayado").
  'evidenziato', 'evidenziata', 'evidenziati', 'evidenziate', 'evidenziatore', 'evidenziazione', 'sottolineato', 'sottolineata', 'sottolineati',
  'sottolineate', 'sfondo', 'ombreggiato', 'ombreggiata', 'ombreggiatura',
  // Portuguese: "destacado em amarelo", "realçado a verde", "marca-texto", "fundo amarelo", "grifado".
  'destacado', 'destacada', 'destacados', 'destacadas', 'destaque', 'realçado', 'realçada', 'realçados', 'realçadas', 'realce', 'fundo',
  'grifado', 'grifada', 'grifados', 'grifadas', 'marca', 'sombreamento',
]);
/** Words that say the colour is the text's own. */
const TEXT = new Set([
  'text', 'texte', 'font', 'police', 'ink', 'écrit', 'écrits', 'écrite', 'écrites', 'written', 'lettering', 'caractères', 'lettres',
  'textfarbe', 'schrift', 'schriftfarbe', 'geschrieben', 'buchstaben', 'texto', 'letra', 'letras', 'fuente', 'escrito', 'escrita', 'escritos', 'escritas', 'tinta',
  'testo', 'carattere', 'caratteri', 'scritto', 'scritta', 'scritti', 'scritte', 'inchiostro', 'fonte',
]);
/** Past participles that say how a colour is shown, between a verb and the colour ("are highlighted in", "sont marquées en"). */
const SHOWN = new Set([
  'shown', 'marked', 'marqué', 'marquée', 'marqués', 'marquées', 'coloured', 'colored', 'coloré', 'colorée', 'colorés', 'colorées', 'printed', 'typed',
  'set', 'indiqué', 'indiquée', 'indiqués', 'indiquées',
  // "gelb markiert", "blau gekennzeichnet" (a highlighter or the text's colour: the script's colours say which).
  'markiert', 'markierte', 'markierten', 'markierung', 'gekennzeichnet', 'eingefärbt', 'gefärbt', 'dargestellt',
  'marcado', 'marcada', 'marcados', 'marcadas', 'coloreado', 'coloreada', 'coloreados', 'coloreadas', 'indicado', 'indicada', 'indicados', 'indicadas',
  'señalado', 'señalada', 'señalados', 'señaladas',
  'segnato', 'segnata', 'segnati', 'segnate', 'marcato', 'marcata', 'marcati', 'marcate', 'colorato', 'colorata', 'colorati', 'colorate', 'indicato',
  'indicata', 'indicati', 'indicate', 'contrassegnato', 'contrassegnata', 'contrassegnati', 'contrassegnate', 'colorido', 'colorida', 'coloridos',
  'coloridas', 'assinalado', 'assinalada', 'assinalados', 'assinaladas',
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
  // German and Spanish: "in Blau", "mit gelbem Hintergrund", "Farbe: rot"; "en azul", "con fondo amarillo", "color rojo".
  'im', 'mit', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einem', 'einen', 'einer', 'farbe', 'fett', 'kursiv', 'akzent', 'zelle', 'zellen',
  'el', 'los', 'del', 'con', 'un', 'una', 'color', 'negrita', 'cursiva', 'énfasis', 'más', 'celda', 'celdas',
  // Italian and Portuguese: "in blu", "colore rosso", "con sfondo giallo"; "em azul", "a verde", "cor vermelha", "com fundo amarelo".
  'il', 'lo', 'di', 'della', 'dello', 'uno', 'colore', 'grassetto', 'corsivo', 'cella', 'celle', 'em', 'com', 'do', 'da', 'um', 'uma', 'cor',
  'negrito', 'itálico', 'célula', 'células',
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
    let known = BASES.get(word);
    // German words not in BASES as written: "blauer", "dunkelgrau", "orangefarbene".
    const german = known || BACKGROUND.has(word) || TEXT.has(word) || FILLER.has(word) || SHOWN.has(word) ? null : germanColour(word);
    if (german) {
      known = german.base;
      if (german.shade === 'darker') darker = true;
      else if (german.shade === 'lighter') lighter = true;
    }
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
