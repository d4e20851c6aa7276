/**
 * Voices as users name them. `findVoice`: `--voice NAME` as a user types it — a voice's name (trimmed,
 * case ignored), and when the voices are colour groups such as "#404040 dark grey" or "#FFFF00 yellow
 * background", the group's hex (`404040`, `#404040`), its plain name (`dark grey`, `yellow`, `yellow
 * highlight`) or its full name. One lookup for every command, every contract and every locked voice.
 */
import { normaliseHex } from '../colour/hex.js';
import type { Hex } from '../model.js';
import { plainName } from '../colour/names.js';
import { UserError } from '../errors.js';

/** How `--voice`, the JSON and the diff name the text of no voice. */
export const UNASSIGNED = 'unassigned';

/** How messages name the text of no voice. */
export const UNASSIGNED_TEXT = 'unassigned text';

/** How tables, headings and exported groups name the text of no voice (a row, a sheet, a cue's speaker). */
export const UNASSIGNED_LABEL = 'Unassigned';

/** A voice's name, and its colours when the voices are colour groups. */
export interface VoiceLike {
  name: string;
  colors?: readonly Hex[];
  highlights?: readonly Hex[];
}

export type VoiceLookup = { voice: string } | { ambiguous: string[] } | null;

const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** What a colour group answers to besides its full name: its hex and its plain names. */
function groupKeys(voice: VoiceLike): { hex: Hex | null; names: string[] } {
  const highlight = voice.highlights?.[0];
  if (highlight) {
    const plain = plainName(highlight);
    return { hex: highlight, names: [plain, `${plain} background`, `${plain} highlight`] };
  }
  const color = voice.colors?.[0] ?? null;
  return { hex: color, names: color ? [plainName(color)] : [] };
}

/**
 * The voice `query` names among `voices`: exactly (trimmed), else without regard to case and spacing,
 * else — for colour groups — by hex or plain colour name. `ambiguous` when it fits several.
 */
export function findVoice(voices: readonly VoiceLike[], query: string, colourGroups = false): VoiceLookup {
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

/** The voice `query` names, or undefined (none, or several). */
export function voiceNamed<V extends VoiceLike>(voices: readonly V[], query: string, colourGroups = false): V | undefined {
  const found = findVoice(voices, query, colourGroups);
  return found && 'voice' in found ? voices.find((v) => v.name === found.voice) : undefined;
}

/** Whether `query` names the text of no voice (`unassigned`, any case). */
export const isUnassigned = (query: string): boolean => query.trim().toLowerCase() === UNASSIGNED;

/** Where a voice was looked for by name, for the error when none fits, or several do. */
export interface VoiceSearch {
  /** The script, or the scripts (`OLD or NEW`). */
  in: string;
  /** The voices there. */
  voices: readonly { name: string }[];
  /** The option that named the voice, before the message (diff's `--voice`, `--fail-on-change`); the details' `option` (`by`, else `--voice`, when not given). */
  option?: string;
  /** What named the voice, for the details' `option` only, when no option opens the message: a renderer's `voice` argument (the library names no CLI flag). */
  by?: string;
  /** Whether "unassigned" is offered too (not by `sides`: nobody records the unassigned text). */
  unassigned?: boolean;
  /** Colour groups: also found by hex code. */
  hexCode?: boolean;
  /** Said after the list of voices (how to name a colour group). */
  hint?: string;
}

/** The one-line `unknown-voice` error for `name` (as shown when no voice fits), by every command that finds a voice. */
export function voiceError(name: string, found: { ambiguous: string[] } | null, search: VoiceSearch): UserError {
  const option = search.option ? `${search.option}: ` : '';
  // The facts, for a caller that must not read the line: the name asked for, by which option, the voices there are.
  const facts = { asked: name.trim(), option: search.option ?? search.by ?? '--voice', voices: search.voices.map((v) => v.name) };
  if (found) {
    const fits = found.ambiguous.map((n) => `"${n}"`).join(', ');
    return new UserError(`${option}"${name.trim()}" fits several voices in ${search.in}: ${fits}; give the full name${search.hexCode ? ' or the hex code' : ''}.`, 'unknown-voice', {
      kind: 'ambiguous',
      ...facts,
      matches: [...found.ambiguous],
    });
  }
  const names = search.voices.map((v) => `"${v.name}"`).join(', ') || 'none';
  return new UserError(`${option}no voice "${name.trim()}" in ${search.in}. Voices found: ${names}${search.unassigned ? ' (or "unassigned")' : ''}.${search.hint ?? ''}`, 'unknown-voice', { kind: 'none', ...facts });
}
