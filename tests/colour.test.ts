/**
 * The colour ground floor (src/colour/): our CIEDE2000 against Sharma, Wu & Dalal's published test
 * pairs and against culori (a dev dependency kept as the reference), the CSS names against culori's
 * table, HSL against culori's conversion, and config values as people write them.
 */
import { colorsNamed, converter, differenceCiede2000, formatHex, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { chroma, ciede2000, deltaE, lightness } from '../src/colour/distance.js';
import { hexToHsl } from '../src/colour/hex.js';
import { describeColour, plainName } from '../src/colour/names.js';
import { parseColour } from '../src/colour/parse.js';

/** Sharma, Wu & Dalal (2005), Table 1: L*a*b* pairs and ΔE00 to four decimals. */
const SHARMA: [number, number, number, number, number, number, number][] = [
  [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
  [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
  [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
  [50, 0, 0, 50, -1, 2, 2.3669],
  [50, -1, 2, 50, 0, 0, 2.3669],
  [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
  [50, 2.5, 0, 73, 25, -18, 27.1492],
  [50, 2.5, 0, 61, -5, 29, 22.8977],
  [50, 2.5, 0, 56, -27, -3, 31.903],
  [50, 2.5, 0, 58, 24, 15, 19.4535],
  [50, 2.5, 0, 50, 3.1736, 0.5854, 1],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

/** A fixed pseudo-random sequence, so a failure can be reproduced. */
function* randomHexes(count: number): Generator<string> {
  let seed = 12345;
  for (let i = 0; i < count; i++) {
    seed = (seed * 48271) % 2147483647;
    yield `#${(seed & 0xffffff).toString(16).padStart(6, '0').toUpperCase()}`;
  }
}

describe('CIEDE2000', () => {
  it.each(SHARMA)('Sharma pair (%d, %d, %d) – (%d, %d, %d) = %d', (l1, a1, b1, l2, a2, b2, expected) => {
    expect(ciede2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).toBeCloseTo(expected, 4);
  });

  it('agrees with culori on sRGB colours, both ways round', () => {
    const reference = differenceCiede2000();
    const colours = [...randomHexes(400), '#000000', '#FFFFFF', '#404040', '#808080', '#FF0000', '#00FF00', '#0000FF', '#ED1C24', '#595959'];
    let compared = 0;
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j += 7) {
        expect(deltaE(colours[i]!, colours[j]!)).toBeCloseTo(reference(colours[i]!, colours[j]!), 9);
        expect(deltaE(colours[j]!, colours[i]!)).toBe(deltaE(colours[i]!, colours[j]!));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('gives the differences the README and the warnings quote', () => {
    expect(deltaE('#404040', '#000000').toFixed(1)).toBe('17.6');
    expect(deltaE('#1F4E79', '#000000').toFixed(1)).toBe('27.6');
    expect(deltaE('#404040', '#1F4E79').toFixed(1)).toBe('18.0');
    expect(deltaE('#ED1C24', '#FF0000').toFixed(1)).toBe('5.5');
    // A grey beside a clear colour (no confusable-colours warning): Word's Blue and Green vs grey.
    expect(deltaE('#0070C0', '#808080').toFixed(1)).toBe('24.5');
    expect(deltaE('#00B050', '#808080').toFixed(1)).toBe('28.7');
    expect([chroma('#0070C0'), lightness('#0070C0')].map((v) => v >= 40)).toEqual([true, true]);
    expect([chroma('#1F4E79') >= 40, chroma('#808080') < 5]).toEqual([false, true]);
    expect(deltaE('#123456', '#123456')).toBe(0);
  });
});

describe('HSL', () => {
  it('agrees with culori', () => {
    const toHsl = converter('hsl');
    for (const hex of randomHexes(2000)) {
      const ours = hexToHsl(hex);
      const theirs = toHsl(hex)!;
      expect(ours.s).toBeCloseTo(theirs.s ?? 0, 9);
      expect(ours.l).toBeCloseTo(theirs.l ?? 0, 9);
      if (theirs.h !== undefined && (theirs.s ?? 0) > 0) expect(ours.h).toBeCloseTo(theirs.h, 6);
    }
    expect(hexToHsl('#808080')).toEqual({ h: 0, s: 0, l: 128 / 255 });
  });
});

describe('config colour values', () => {
  it('reads every CSS named colour as culori does, with and without spaces or capitals', () => {
    const names = Object.keys(colorsNamed);
    expect(names).toHaveLength(148);
    for (const name of names) {
      const expected = formatHex(parse(name)!)!.toUpperCase();
      expect(parseColour(name, 'color')).toBe(expected);
      expect(parseColour(name.toUpperCase(), 'color')).toBe(expected);
    }
    expect(parseColour('dark slate grey', 'color')).toBe('#2F4F4F');
  });

  it('reads hex codes, rgb() and nothing else', () => {
    expect(parseColour('#404040', 'color')).toBe('#404040');
    expect(parseColour('  #abc ', 'highlight')).toBe('#AABBCC');
    expect(parseColour('404040', 'color')).toBe('#404040');
    expect(parseColour('rgb(64, 64, 64)', 'color')).toBe('#404040');
    expect(parseColour('rgb(100% 0% 0%)', 'color')).toBe('#FF0000');
    expect(parseColour('rgb(300, 0, 0)', 'color')).toBeNull();
    expect(parseColour('constructor', 'color')).toBeNull();
    expect(parseColour('__proto__', 'highlight')).toBeNull();
    expect(parseColour('not a colour', 'color')).toBeNull();
  });

  it('gives Word highlight names Word\'s values for a highlight, CSS values for a text colour', () => {
    expect(parseColour('green', 'highlight')).toBe('#00FF00');
    expect(parseColour('green', 'color')).toBe('#008000');
    expect(parseColour('lightGray', 'highlight')).toBe('#C0C0C0');
    expect(parseColour('lightGray', 'color')).toBe('#D3D3D3');
    expect(parseColour('Bright Green', 'highlight')).toBe('#00FF00');
    expect(parseColour('Gray-25%', 'highlight')).toBe('#C0C0C0');
    expect(parseColour('Turquoise', 'highlight')).toBe('#00FFFF');
    expect(parseColour('darkGray', 'highlight')).toBe('#808080');
    expect(parseColour('lightGrey', 'highlight')).toBe('#C0C0C0');
    expect(parseColour('navy', 'color')).toBe('#000080');
    // A Word name that is no CSS name is Word's for text too.
    expect(parseColour('darkYellow', 'color')).toBe('#808000');
  });
});

describe('plain names', () => {
  it('names colours as a narrator would', () => {
    expect(plainName('#404040')).toBe('dark grey');
    expect(plainName('#595959')).toBe('dark grey');
    expect(describeColour('#1F4E79')).toBe('#1F4E79 dark blue');
    expect(plainName('#FFFF00')).toBe('yellow');
    expect(plainName('#00FF00')).toBe('bright green');
    // Word's "Orange, Accent 2, Lighter 80%/60%", Excel's, and LibreOffice's peach background: pale orange (was "pale red").
    expect(['#FBE5D6', '#F8CBAD', '#FCE4D6', '#FFCC99'].map(plainName)).toEqual(['pale orange', 'pale orange', 'pale orange', 'pale orange']);
  });
});
