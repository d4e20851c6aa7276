/**
 * `--voice NAME` as a user types it: a voice's name (trimmed, case ignored), and — when the voices
 * are colour groups such as "#404040 dark grey" or "#FFFF00 yellow background" — the group's hex
 * (`404040`, `#404040`), its plain name (`dark grey`, `yellow`, `yellow highlight`) or its full name.
 * One lookup for every command.
 */
import { normaliseHex } from '../colour/hex.js';
import type { Hex } from '../model.js';
import { plainName } from '../colour/names.js';

export interface VoiceLike {
  name: string;
  colors: readonly Hex[];
  highlights: readonly Hex[];
}

export type VoiceLookup = { voice: string } | { ambiguous: string[] } | null;

const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** What a colour group answers to besides its full name: its hex and its plain names. */
function groupKeys(voice: VoiceLike): { hex: Hex | null; names: string[] } {
  const highlight = voice.highlights[0];
  if (highlight) {
    const plain = plainName(highlight);
    return { hex: highlight, names: [plain, `${plain} background`, `${plain} highlight`] };
  }
  const color = voice.colors[0] ?? null;
  return { hex: color, names: color ? [plainName(color)] : [] };
}

export function findVoice(voices: readonly VoiceLike[], query: string, colourGroups: boolean): VoiceLookup {
  const wanted = fold(query);
  if (!wanted) return null;
  const exact = voices.find((v) => v.name.trim() === query.trim()) ?? null;
  if (exact) return { voice: exact.name };
  const named = voices.filter((v) => fold(v.name) === wanted);
  if (named.length === 1) return { voice: named[0]!.name };
  if (named.length > 1) return { ambiguous: named.map((v) => v.name) };
  if (!colourGroups) return null;
  const hex = /^#?[0-9a-f]{6}$/.test(wanted) ? normaliseHex(wanted) : null;
  const matches = voices.filter((v) => {
    const keys = groupKeys(v);
    return hex !== null ? keys.hex === hex : keys.names.includes(wanted);
  });
  if (matches.length === 1) return { voice: matches[0]!.name };
  if (matches.length > 1) return { ambiguous: matches.map((v) => v.name) };
  return null;
}
