/**
 * Perceptual colour difference: CIEDE2000 (Sharma, Wu & Dalal 2005, "The CIEDE2000 color-difference
 * formula: implementation notes"), on CIELAB under D65 from sRGB (IEC 61966-2-1; the matrix of CSS
 * Color 4). About 1 is a just-noticeable difference, 20 and more is plainly different.
 * tests/colour.test.ts checks it against culori's differenceCiede2000 and Sharma's test pairs.
 */
import type { Hex } from '../model.js';

interface Lab {
  l: number;
  a: number;
  b: number;
}

/** sRGB channel 0–255 → linear light 0–1. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The D65 white point from its chromaticity (x 0.3127, y 0.3290), Y = 1. */
const WHITE = { x: 0.3127 / 0.329, y: 1, z: (1 - 0.3127 - 0.329) / 0.329 };
const EPSILON = 216 / 24389; // (6/29)^3
const KAPPA = 24389 / 27; // (29/3)^3

const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116);

const labCache = new Map<Hex, Lab>();

function labOf(hex: Hex): Lab {
  let lab = labCache.get(hex);
  if (!lab) {
    const n = Number.parseInt(hex.slice(1), 16);
    const r = linear((n >> 16) & 255);
    const g = linear((n >> 8) & 255);
    const b = linear(n & 255);
    const x = 0.4123907992659593 * r + 0.357584339383878 * g + 0.1804807884018343 * b;
    const y = 0.2126390058715102 * r + 0.715168678767756 * g + 0.0721923153607337 * b;
    const z = 0.0193308187155918 * r + 0.119194779794626 * g + 0.9505321522496607 * b;
    const fx = f(x / WHITE.x);
    const fy = f(y / WHITE.y);
    const fz = f(z / WHITE.z);
    // A grey has no chroma; the matrix's rounding would give it a trace of one.
    lab = r === g && g === b ? { l: 116 * fy - 16, a: 0, b: 0 } : { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
    labCache.set(hex, lab);
  }
  return lab;
}

const TWO_PI = 2 * Math.PI;
const POW25_7 = 25 ** 7;

/** ΔE00 between two CIELAB colours (kL = kC = kH = 1). */
export function ciede2000(x: Lab, y: Lab): number {
  const c1 = Math.sqrt(x.a * x.a + x.b * x.b);
  const c2 = Math.sqrt(y.a * y.a + y.b * y.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW25_7)));
  const a1 = x.a * (1 + g);
  const a2 = y.a * (1 + g);
  const cp1 = Math.sqrt(a1 * a1 + x.b * x.b);
  const cp2 = Math.sqrt(a2 * a2 + y.b * y.b);
  const hue = (a: number, b: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a);
    return h < 0 ? h + TWO_PI : h;
  };
  const h1 = hue(a1, x.b);
  const h2 = hue(a2, y.b);
  const chromaProduct = cp1 * cp2;

  let dh = 0;
  if (chromaProduct !== 0) {
    dh = h2 - h1;
    if (dh > Math.PI) dh -= TWO_PI;
    else if (dh < -Math.PI) dh += TWO_PI;
  }
  const dL = y.l - x.l;
  const dC = cp2 - cp1;
  const dH = 2 * Math.sqrt(chromaProduct) * Math.sin(dh / 2);

  const lMean = (x.l + y.l) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = h1 + h2;
  if (chromaProduct !== 0) {
    hMean /= 2;
    if (Math.abs(h1 - h2) > Math.PI) hMean += hMean < Math.PI ? Math.PI : -Math.PI;
  }

  const t =
    1 - 0.17 * Math.cos(hMean - Math.PI / 6) + 0.24 * Math.cos(2 * hMean) + 0.32 * Math.cos(3 * hMean + Math.PI / 30) - 0.2 * Math.cos(4 * hMean - (63 * Math.PI) / 180);
  const l50 = (lMean - 50) ** 2;
  const sL = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
  const sC = 1 + 0.045 * cpMean;
  const sH = 1 + 0.015 * cpMean * t;
  const cpMean7 = cpMean ** 7;
  const rC = 2 * Math.sqrt(cpMean7 / (cpMean7 + POW25_7));
  const dTheta = ((30 * Math.PI) / 180) * Math.exp(-((((180 / Math.PI) * hMean - 275) / 25) ** 2));
  const rT = -Math.sin(2 * dTheta) * rC;

  const l = dL / sL;
  const c = dC / sC;
  const h = dH / sH;
  return Math.sqrt(l * l + c * c + h * h + rT * c * h);
}

const distanceCache = new Map<string, number>();

/** CIEDE2000 difference of two `#RRGGBB` colours: about 1 is just noticeable, 20+ is plainly different. */
export function deltaE(a: Hex, b: Hex): number {
  if (a === b) return 0;
  const key = a < b ? a + b : b + a;
  let d = distanceCache.get(key);
  if (d === undefined) {
    d = ciede2000(labOf(a), labOf(b));
    distanceCache.set(key, d);
  }
  return d;
}

/** CIELAB chroma (colourfulness) of a `#RRGGBB` colour: 0 for a grey, 50 and more for a vivid colour. */
export function chroma(hex: Hex): number {
  const { a, b } = labOf(hex);
  return Math.hypot(a, b);
}

/** CIELAB lightness of a `#RRGGBB` colour: 0 black, 100 white. */
export function lightness(hex: Hex): number {
  return labOf(hex).l;
}
