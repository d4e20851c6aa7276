import type { Hex } from '../../model.js';

/**
 * Black and greys set in CMYK with the K ink alone (`0 0 0 1 k`: what InDesign, print studios and
 * xcolor's `cmyk` option write for black text), as a reader sees them.
 *
 * pdf.js hands every fill over as RGB, converted by a polynomial fit of a print profile
 * (DeviceCmykCS in pdf.worker.mjs, pdfjs-dist 5.6.205): K 100 % becomes #2C2E35, a blue-grey that
 * vo-lines would name "dark grey" and that no config or legend saying "black" would claim, while
 * black text set in RGB or grey is #000000. The CMYK numbers do not reach the operator list, but K
 * alone draws one curve through RGB, with a blue cast no grey set in RGB has: a colour exactly on
 * that curve is K alone. K 100 % is read as #000000, the black the document asks for (Acrobat shows
 * it as #231F20, MuPDF as #000000: black to any reader); a K tint as the neutral grey of the
 * lightness pdf.js shows it at (K 60 %: #85878B → #878787), which keeps a config's
 * "grey" matching it as before.
 *
 * Rich black (K 100 % with some C, M and Y, for a deeper black in print) comes out of pdf.js a few
 * steps from #000000, its hue depending on the mix (C 60 M 40 Y 40 K 100: #040809; C 50 M 50 Y 50
 * K 100: #090604): a near-neutral colour that dark (every channel at most RICH, spread at most
 * SPREAD) is black to a reader, and is read as #000000, one black with the K-only black beside it.
 */
const RICH = 0x10;
const SPREAD = 8;

/** pdf.js 5.6's DeviceCMYK → RGB with C = M = Y = 0, before rounding. */
function pdfjsKOnly(k: number): [number, number, number] {
  return [
    255 + k * (-21.86122147463605 * k - 189.48180835922747),
    255 + k * (-20.737325471181034 * k - 187.80453709719578),
    255 + k * (-22.33816807309886 * k - 180.12613974708367),
  ];
}

/** Steps of K sampled: each RGB value pdf.js can give for K alone is hit many times over. */
const STEPS = 8192;
/**
 * Only colours with a blue cast of at least this much (blue minus red, of 255) are taken for K
 * alone: below K ≈ 22 % the curve runs through neutral light greys (#F2F2F2…), which RGB documents
 * use as they are and which stay untouched.
 */
const CAST = 2;

let table: Map<string, Hex> | null = null;

function clampRound(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

function hexOf(r: number, g: number, b: number): string {
  return '#' + ((r << 16) | (g << 8) | b).toString(16).padStart(6, '0').toUpperCase();
}

function buildTable(): Map<string, Hex> {
  const out = new Map<string, Hex>();
  for (let i = 0; i <= STEPS; i++) {
    const [r, g, b] = pdfjsKOnly(i / STEPS).map(clampRound) as [number, number, number];
    if (b - r < CAST) continue;
    // The grey of the same lightness, without the cast (Rec. 709 weights).
    const v = clampRound(0.2126 * r + 0.7152 * g + 0.0722 * b);
    out.set(hexOf(r, g, b), hexOf(v, v, v));
  }
  // K 100 %, the black of the text: black.
  const [r, g, b] = pdfjsKOnly(1).map(clampRound) as [number, number, number];
  out.set(hexOf(r, g, b), '#000000');
  return out;
}

/**
 * On K's curve blue exceeds red by CAST to about 9 (K 100 %: #2C2E35) and green lies between them: a
 * colour outside that is looked up in no table (most colours, and the table is built only when one is).
 */
const MAX_CAST = 12;

/** The colours seen so far and what a reader sees (a page sets the same few colours again and again). */
const seen = new Map<Hex, Hex>();

/** The colour as a reader sees it: K-only CMYK taken back to its grey, rich black to black; any other colour as it is. */
export function seenColour(hex: Hex): Hex {
  const known = seen.get(hex);
  if (known !== undefined) return known;
  const out = lookUp(hex);
  if (seen.size < 4096) seen.set(hex, out);
  return out;
}

function lookUp(hex: Hex): Hex {
  const v = parseInt(hex.slice(1), 16);
  const r = v >> 16, g = (v >> 8) & 0xff, b = v & 0xff;
  if (hex.length === 7 && b - r >= CAST && b - r <= MAX_CAST && g >= r && g <= b) {
    table ??= buildTable();
    const grey = table.get(hex);
    if (grey) return grey;
  }
  if (hex.length === 7 && r <= RICH && g <= RICH && b <= RICH && Math.max(r, g, b) - Math.min(r, g, b) <= SPREAD) return '#000000';
  return hex;
}
