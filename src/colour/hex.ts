/**
 * Colour arithmetic shared by the readers and the voice map: hex parsing, HSL (and tint/shade as
 * Word applies it), blending for shading patterns, and the Word highlight palette.
 */
import type { Hex } from '../model.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX6 = /^#?([0-9a-f]{6})$/i;
const HEX3 = /^#?([0-9a-f]{3})$/i;

/** `#RRGGBB` upper-case from `RRGGBB`, `#rrggbb` or `#rgb`; null when it is not a hex colour. */
export function normaliseHex(value: string): Hex | null {
  const six = HEX6.exec(value.trim());
  if (six) return `#${six[1]!.toUpperCase()}`;
  const three = HEX3.exec(value.trim());
  if (three) {
    const [r, g, b] = three[1]!.toUpperCase();
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return null;
}

export function hexToRgb(hex: Hex): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function rgbToHex({ r, g, b }: Rgb): Hex {
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}`.toUpperCase();
}

function rgbToHsl({ r, g, b }: Rgb): [number, number, number] {
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return [h / 6, s, l];
}

/** Hue in degrees (0 for greys), saturation and lightness 0–1: how a person would describe the colour. */
export function hexToHsl(hex: Hex): { h: number; s: number; l: number } {
  const [h, s, l] = rgbToHsl(hexToRgb(hex));
  return { h: h * 360, s, l };
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 };
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return { r: hue(p, q, h + 1 / 3) * 255, g: hue(p, q, h) * 255, b: hue(p, q, h - 1 / 3) * 255 };
}

/**
 * DrawingML's lighter and darker theme colours (`a:lumMod` with `a:lumOff`, as a text box's "Lighter
 * 80%" fill): HSL lightness, shade L' = L·t, tint L' = L·t + (1 − t), channels rounded — Word's own VML
 * fallback caches accent1 #4472C4 lumMod 20000 + lumOff 80000 as #DAE3F3, the rounding of 217.6, 226.8,
 * 243.2. WordprocessingML's `w:themeTint` / `w:themeShade` are truncated instead: `wordThemeTintShade`.
 */
export function applyTintShade(hex: Hex, tint?: number, shade?: number): Hex {
  if (tint === undefined && shade === undefined) return hex;
  let [h, s, l] = rgbToHsl(hexToRgb(hex));
  if (shade !== undefined) l = l * shade;
  if (tint !== undefined) l = l * tint + (1 - tint);
  return rgbToHex(hslToRgb(h, s, Math.max(0, Math.min(1, l))));
}

/** How far below an exact whole channel value Word's arithmetic lands (see `wordThemeTintShade`). */
const BELOW = 1e-7;

/**
 * A `w:themeTint` / `w:themeShade` (bytes 0–255) applied to a theme colour as Word computes the value it
 * caches in `w:val` / `w:fill` (MS-OI29500 §2.1.72: HSL lightness, t = byte/255, shade L' = L·t, tint
 * L' = L·t + (1 − t)), each channel then truncated, not rounded: of Word's own 87 tinted or shaded
 * caches in the public corpus and python-docx's Word template (tests/fixtures/theme-tint), 68 come out
 * exact — rounding gives 22 — and the others within 1 on a channel (accent1 #4F81BD shaded BF: Word
 * #365F91, this #366091): Word's arithmetic is not known more closely than that. A channel that comes
 * out a whole number exactly is Word's one below it (#4BACC6 tinted 33: red 219 exactly, Word 218),
 * unless it is 255 (a full channel stays full) or the colour is a grey (black tinted 3F is #C0C0C0).
 */
export function wordThemeTintShade(hex: Hex, tint?: number, shade?: number): Hex {
  if (tint === undefined && shade === undefined) return hex;
  let [h, s, l] = rgbToHsl(hexToRgb(hex));
  if (shade !== undefined) l = (l * shade) / 255;
  if (tint !== undefined) l = (l * tint) / 255 + (255 - tint) / 255;
  l = Math.max(0, Math.min(1, l));
  if (s === 0) {
    const grey = Math.floor(l * 255 + BELOW);
    return rgbToHex({ r: grey, g: grey, b: grey });
  }
  const { r, g, b } = hslToRgb(h, s, l);
  const below = (v: number) => (v >= 255 - BELOW ? 255 : Math.max(0, Math.floor(v - BELOW)));
  return rgbToHex({ r: below(r), g: below(g), b: below(b) });
}

/** `foreground` laid over `background` at `fraction` coverage (shading patterns pctNN). */
export function blend(foreground: Hex, background: Hex, fraction: number): Hex {
  const f = hexToRgb(foreground);
  const b = hexToRgb(background);
  const mix = (x: number, y: number) => x * fraction + y * (1 - fraction);
  return rgbToHex({ r: mix(f.r, b.r), g: mix(f.g, b.g), b: mix(f.b, b.b) });
}

/**
 * Within 6 of white on every channel (#F9F9F9 and paler): what a reader sees as the white page itself.
 * A shading that pale (#FDFDFD, carried by text pasted from a web page) shows nothing and tells no
 * voice apart; Word's palest grey, "White, Darker 5%" (#F2F2F2), is seen, and stays a background.
 */
export function nearWhite(color: Hex): boolean {
  const v = parseInt(color.slice(1), 16);
  return v >> 16 >= 0xf9 && ((v >> 8) & 0xff) >= 0xf9 && (v & 0xff) >= 0xf9;
}

/** Largest per-channel difference, for "does the cached value agree" checks. */
export function channelDistance(a: Hex, b: Hex): number {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return Math.max(Math.abs(x.r - y.r), Math.abs(x.g - y.g), Math.abs(x.b - y.b));
}

/**
 * Whether Word would draw `auto` text white on this background. Word switches on the
 * background's brightness; the YIQ weighting with a mid-point threshold reproduces it for
 * the shading colours Word offers.
 */
export function isDark(hex: Hex): boolean {
  const { r, g, b } = hexToRgb(hex);
  return (r * 299 + g * 587 + b * 114) / 1000 < 128;
}

/**
 * Word's highlight palette (`w:highlight/@w:val`), by lower-cased name. Names come from files and
 * configs: look them up with `highlightColour`, never `HIGHLIGHT_PALETTE[name]` (which would find
 * `constructor` and `__proto__` on a plain object).
 */
export const HIGHLIGHT_PALETTE: Readonly<Record<string, Hex>> = {
  yellow: '#FFFF00',
  green: '#00FF00',
  cyan: '#00FFFF',
  magenta: '#FF00FF',
  blue: '#0000FF',
  red: '#FF0000',
  darkblue: '#000080',
  darkcyan: '#008080',
  darkgreen: '#008000',
  darkmagenta: '#800080',
  darkred: '#800000',
  darkyellow: '#808000',
  darkgray: '#808080',
  lightgray: '#C0C0C0',
  black: '#000000',
  white: '#FFFFFF',
};

/** The palette colour of a lower-cased highlight name, or null when it is not one. */
export function highlightColour(name: string): Hex | null {
  return Object.hasOwn(HIGHLIGHT_PALETTE, name) ? HIGHLIGHT_PALETTE[name]! : null;
}

export const WHITE: Hex = '#FFFFFF';
export const BLACK: Hex = '#000000';
