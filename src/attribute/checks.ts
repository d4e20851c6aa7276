/**
 * Risky coding, said loudly: colours that mean different things but look alike, and text in a
 * colour that means nothing known.
 */
import type { Hex, Warning } from '../model.js';
import type { Casting, Line } from './cast.js';
import { UNASSIGNED_TEXT } from './voices.js';
import { plural } from '../text/format.js';
import { deltaE } from '../colour/distance.js';
import { describeColour } from '../colour/names.js';
import { type VoiceMap } from '../config/voice-map.js';

/**
 * Below these CIEDE2000 differences two colours are easily mixed up by eye. Text strokes are thin,
 * so text needs more: dark grey #404040 vs black is 17.6, #595959 vs black 25.9, dark blue #1F4E79 vs
 * black 27.6 — all warn; dark blue vs green #00B050 is 53.6 and does not. Highlights are large fields
 * where 15 is already plain (yellow vs bright green is 23.4).
 */
export const CONFUSABLE_TEXT = 30;
export const CONFUSABLE_BACKGROUND = 15;

interface Side {
  name: string;
  voice: string | null;
  kind: 'text' | 'background';
  hex: Hex;
  words: number;
  lines: Line[];
}


/** What tells a line apart: its background when its voice is coded by background, else its text colour. */
function looksOf(casting: Casting, map: VoiceMap | null): Side[] {
  const highlightVoices = new Set(casting.voices.filter((v) => v.highlights.length > 0).map((v) => v.name));
  const sides = new Map<string, Side>();
  const add = (line: Line, kind: 'text' | 'background', hex: Hex) => {
    const key = `${line.voice ?? ''}\u0000${kind}\u0000${hex}`;
    let side = sides.get(key);
    if (!side) {
      side = { name: line.voice ?? UNASSIGNED_TEXT, voice: line.voice, kind, hex, words: 0, lines: [] };
      sides.set(key, side);
    }
    side.words += line.words;
    side.lines.push(line);
  };
  for (const line of casting.lines) {
    if (line.voice === null) {
      add(line, 'text', line.color);
      if (line.background) add(line, 'background', line.background);
    } else if (line.background && (highlightVoices.has(line.voice) || (!map && casting.mode === 'colours'))) {
      add(line, 'background', line.background);
    } else {
      add(line, 'text', line.color);
    }
  }
  return [...sides.values()];
}

function describeSide(side: Side): string {
  const colour = side.kind === 'background' ? `${describeColour(side.hex)} background` : describeColour(side.hex);
  return `${side.name} (${colour}: ${plural(side.words, 'word')} in ${plural(side.lines.length, 'line')})`;
}

export function confusableColours(casting: Casting, map: VoiceMap | null): Warning[] {
  const sides = looksOf(casting, map);
  const warnings: Warning[] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const a = sides[i]!;
      const b = sides[j]!;
      if (a.voice === b.voice || a.kind !== b.kind || a.hex === b.hex) continue;
      const threshold = a.kind === 'text' ? CONFUSABLE_TEXT : CONFUSABLE_BACKGROUND;
      const d = deltaE(a.hex, b.hex);
      if (d >= threshold) continue;
      const [first, second] = a.voice === null ? [b, a] : [a, b];
      warnings.push({
        code: 'confusable-colours',
        message: `${describeSide(first)} and ${describeSide(second)} look alike (colour difference ${d.toFixed(1)}, under ${threshold}): check which lines are whose before recording.`,
        location: first.lines[0]!.location,
        details: {
          deltaE: Math.round(d * 10) / 10,
          threshold,
          kind: a.kind,
          sides: [first, second].map((s) => ({ voice: s.voice, colour: s.hex, words: s.words, lines: s.lines.length })),
        },
      });
    }
  }
  return warnings;
}

const FIRST_LINES = 3;

/**
 * Unassigned text in a colour that is neither a voice's nor declared as unassigned. A line that
 * mixes colours credits each colour with its own words (and counts as one of each colour's lines).
 */
export function unknownColours(casting: Casting, map: VoiceMap): Warning[] {
  const declared = (hex: Hex | null) => hex !== null && map.unassigned.some((u) => deltaE(u, hex) <= map.tolerance);
  const byColour = new Map<string, { hex: Hex; background: boolean; words: number; lines: Line[] }>();
  for (const line of casting.lines) {
    if (line.voice !== null) continue;
    for (const look of line.looks) {
      if (look.words === 0 || declared(look.color) || declared(look.background)) continue;
      const background = look.background !== null;
      const hex = look.background ?? look.color;
      const key = `${background}${hex}`;
      const entry = byColour.get(key) ?? { hex, background, words: 0, lines: [] };
      entry.words += look.words;
      if (entry.lines[entry.lines.length - 1] !== line) entry.lines.push(line);
      byColour.set(key, entry);
    }
  }
  return [...byColour.values()]
    .sort((x, y) => y.words - x.words)
    .map((entry) => {
      const colour = entry.background ? `${describeColour(entry.hex)} background` : describeColour(entry.hex);
      const first = entry.lines.slice(0, FIRST_LINES).map((l) => `"${l.text.length > 60 ? `${l.text.slice(0, 57)}…` : l.text}"`);
      return {
        code: 'unknown-colour',
        message: `${plural(entry.words, 'word')} in ${plural(entry.lines.length, 'line')} are ${colour}, which is no voice's colour: ${first.join(', ')}${entry.lines.length > FIRST_LINES ? ', …' : ''}. Add the colour to a voice, or to "unassigned" in the config if it is not recorded.`,
        location: entry.lines[0]!.location,
        details: {
          colour: entry.hex,
          background: entry.background,
          words: entry.words,
          lines: entry.lines.length,
          firstLines: entry.lines.slice(0, FIRST_LINES).map((l) => l.text),
        },
      };
    });
}
