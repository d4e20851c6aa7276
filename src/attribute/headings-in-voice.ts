/**
 * `headings-in-voice`: headings (a heading style or outline level in a DOCX, larger type in a PDF:
 * text/headings.ts) counted as a voice's lines because they are in its colour. Word sets its Heading 1
 * and Heading 2 in a dark blue (#2F5496, accent 1 shaded) that a script's voice may well have too; a
 * heading's colour may then come from its style, not from the voice coding, and the `Script` does not
 * say where a run's colour came from. So the headings stay the voice's lines (a title the voice reads
 * is one), and this says so, with what to do if they are not read aloud.
 *
 * Not said for a voice told by its speaker label only (its label says whose the heading is), nor for a
 * heading in a style that names the voice (`styles`), nor with no voices named (colour groups).
 */
import type { Paragraph, Warning } from '../model.js';
import { headingParagraphs, locationKey } from '../text/headings.js';
import { describeColour } from '../colour/names.js';
import { listOf, plural, shortText } from '../text/format.js';
import type { Casting, Line } from './cast.js';

/**
 * The colours of Word's built-in headings: Office 2013 and later (accent1 #4472C4 shaded: Heading 1 and
 * 2 #2F5496, Heading 3 #1F3763), Office 2007–2010 (Heading 1 #365F91, Heading 2 and 3 #4F81BD).
 */
const WORD_HEADINGS = new Set(['#2F5496', '#1F3763', '#365F91', '#4F81BD']);

/** Headings quoted in the message, at most. */
const QUOTED = 3;

export function headingsInVoice(casting: Casting): Warning[] {
  if (casting.mode === 'colours') return [];
  const headings = headingParagraphs(casting.script.paragraphs);
  if (headings.size === 0) return [];
  const byKey = new Map<string, Paragraph>();
  for (const p of headings) byKey.set(locationKey(p.location), p);
  const specs = new Map(casting.voices.map((v) => [v.name, v]));
  const found = new Map<string, Line[]>();
  for (const line of casting.lines) {
    if (line.voice === null || line.words === 0) continue;
    const paragraph = byKey.get(locationKey(line.location));
    if (!paragraph) continue;
    const spec = specs.get(line.voice);
    if (spec && spec.colors.length === 0 && spec.highlights.length === 0) continue;
    if (spec && paragraph.style !== undefined && spec.styles.some((s) => s.toLowerCase() === paragraph.style!.toLowerCase())) continue;
    let lines = found.get(line.voice);
    if (!lines) found.set(line.voice, (lines = []));
    lines.push(line);
  }
  // A colour the map says is not recorded, to give as an example (`#000000`: black).
  const unassigned = casting.voiceMap?.unassigned[0];
  const notRecorded = unassigned ? ` (such as ${unassigned === '#000000' ? 'black' : describeColour(unassigned)}, not recorded)` : '';
  const warnings: Warning[] = [];
  for (const [voice, lines] of found) {
    const spec = specs.get(voice);
    const first = lines[0]!;
    const byBackground = first.background !== null && (spec?.highlights.length ?? 0) > 0;
    const hex = byBackground ? first.background! : first.color;
    const colour = byBackground ? `${describeColour(hex)} background` : describeColour(hex);
    const words = lines.reduce((sum, l) => sum + l.words, 0);
    const one = lines.length === 1;
    const quoted = lines.slice(0, QUOTED).map((l) => shortText(l.text));
    if (lines.length > QUOTED) quoted.push(`${lines.length - QUOTED} more`);
    warnings.push({
      code: 'headings-in-voice',
      message:
        `${plural(lines.length, 'heading')} (${plural(words, 'word')}) ${one ? 'is' : 'are'} in ${voice}'s colour (${colour}) and ${one ? 'was' : 'were'} counted as ${voice}'s ${one ? 'line' : 'lines'}: ${listOf(quoted)}. ` +
        `A heading's colour may come from its heading style${WORD_HEADINGS.has(hex) ? ' (Word sets its headings in this blue)' : ''} rather than from the voice coding, and vo-lines cannot tell which. ` +
        `If ${one ? 'it is a title' : 'they are titles'}, not read aloud, give the heading style (or the ${one ? 'heading' : 'headings'}) a colour that is no voice's${notRecorded}, and ${one ? 'it is' : 'they are'} no longer counted as ${voice}'s; if ${voice} reads ${one ? 'it' : 'them'}, nothing to do.`,
      location: first.location,
      details: { voice, colour: hex, background: byBackground, headings: lines.length, words, firstLines: lines.slice(0, QUOTED).map((l) => l.text) },
    });
  }
  return warnings;
}
