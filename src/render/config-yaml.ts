/**
 * A starting `vo-lines.config.yaml` for a script: its voices from the legend or, failing that, one
 * voice per colour named by the colour, with word counts as comments, for the user to rename and keep.
 */
import { plainName } from '../attribute/colour-names.js';
import type { Casting } from '../attribute/cast.js';
import { DEFAULT_WPM } from '../measure/pace.js';
import { formatLocation } from './text.js';
import { plural } from '../measure/format.js';


/** A YAML double-quoted string. */
const quote = (text: string) => JSON.stringify(text);

/** A YAML key: plain when safe, quoted otherwise. */
const key = (text: string) => (/^[\p{L}][\p{L}\p{N} _-]*$/u.test(text) && !/^(yes|no|true|false|on|off|null)$/i.test(text) ? text : quote(text));

export function renderStarterConfig(casting: Casting, file: string): string {
  const counts = new Map<string | null, { words: number; lines: number }>();
  for (const line of casting.lines) {
    const entry = counts.get(line.voice) ?? { words: 0, lines: 0 };
    entry.words += line.words;
    entry.lines++;
    counts.set(line.voice, entry);
  }
  const out: string[] = [];
  const legend = casting.mode === 'legend' ? casting.legend : null;
  if (legend) {
    out.push(`# vo-lines config for ${file}, written by \`vo-lines init\` from the legend at ${formatLocation(legend.location)}:`);
    out.push(`#   ${legend.text}`);
  } else {
    out.push(`# vo-lines config for ${file}, written by \`vo-lines init\`: one voice per colour found.`);
    out.push('# Rename each voice (or delete the colours that are not voices), then keep this file beside the script.');
  }
  out.push('voices:');
  const used = new Set<string>();
  for (const voice of casting.voices) {
    const count = counts.get(voice.name) ?? { words: 0, lines: 0 };
    let name = voice.name;
    if (!legend) {
      // Colour groups are named "#404040 dark grey": the voice is named by its plain colour name.
      const hex = voice.highlights[0] ?? voice.colors[0]!;
      name = voice.highlights.length ? `${plainName(hex)} highlight` : plainName(hex);
      if (used.has(name)) name = `${name} ${hex}`;
    }
    used.add(name);
    const spec = [
      voice.colors.length ? `color: ${voice.colors.length === 1 ? quote(voice.colors[0]!) : `[${voice.colors.map(quote).join(', ')}]`}` : '',
      voice.highlights.length ? `highlight: ${voice.highlights.length === 1 ? quote(voice.highlights[0]!) : `[${voice.highlights.map(quote).join(', ')}]`}` : '',
    ].filter(Boolean);
    out.push(`  ${key(name)}: { ${spec.join(', ')} }   # ${plural(count.words, 'word')}, ${plural(count.lines, 'line')}`);
  }
  const unassigned = casting.voiceMap?.unassigned ?? [];
  if (unassigned.length) {
    const count = counts.get(null) ?? { words: 0, lines: 0 };
    out.push(`unassigned: [${unassigned.map(quote).join(', ')}]   # not recorded: ${plural(count.words, 'word')}, ${plural(count.lines, 'line')}`);
  } else {
    out.push('# unassigned: ["#000000"]   # colours of text nobody records (titles, directions)');
  }
  out.push(`wpm: ${DEFAULT_WPM}   # or pace: e-learning | commercial | audiobook | documentary | explainer`);
  return `${out.join('\n')}\n`;
}
