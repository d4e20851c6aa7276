/**
 * W3C DAPT (Dubbing and Audio description Profiles of TTML2): the script as a pre-recording
 * dubbing script for studio tools. One `ttm:agent type="character"` per voice (its name as the
 * `alias`), one script event per voice line in script order — a `div` with the line's ID, the
 * character and `daptm:represents="audio.dialogue"`, holding one `p` with the text and its
 * language, and the line's time code and label (its speaker's name as written, an aside) as
 * descriptions (`ttm:desc`) when the script has them. What is left out: timing (`begin`/`end` are a
 * SHOULD, not a MUST, in DAPT; see TIMECODE_DESC), unassigned text (headings, directions, sound cues are not dialogue), talent
 * names, audio. Structure from the DAPT Candidate Recommendation and its examples
 * (github.com/w3c/dapt, examples/ and index.html §4–5).
 */
import type { Report } from '../measure/report.js';
import { formatTimecode } from '../attribute/timecodes.js';
import { exportGroups, scriptOrder } from './csv.js';
import { withLineBreaks } from '../text/words.js';

export const DAPT_CONTENT_PROFILE = 'http://www.w3.org/ns/ttml/profile/dapt1.0/content';
const NS = {
  tt: 'http://www.w3.org/ns/ttml',
  ttm: 'http://www.w3.org/ns/ttml#metadata',
  ttp: 'http://www.w3.org/ns/ttml#parameter',
  daptm: 'http://www.w3.org/ns/ttml/profile/dapt#metadata',
};

export interface DaptOptions {
  /**
   * The script's language (BCP 47), or null when it is not known: the document's `xml:lang` is
   * then `und` and its `daptm:langSrc` empty, which DAPT reserves for a language not yet determined.
   */
  lang: string | null;
  /** The document title (`ttm:title`): the script's file name. */
  title?: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
/** Characters XML 1.0 cannot hold (control characters other than tab and line breaks) are dropped. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '');

/**
 * User-defined description types (DAPT: values outside its registry begin with `x-`): the time code
 * the script writes before a line, kept as written and not made the event's `begin`/`end` — a
 * script's time codes count on the programme's timeline (often from 01:00:00:00 or 10:00:00:00) and
 * in frames, which DAPT's media time forbids in clock times, and only the studio knows the offset
 * and the frame rate; and the label shown before the words (`MARC (off) :`), which the character
 * already says and which is not dialogue.
 */
export const TIMECODE_DESC = 'x-timecode';
export const LABEL_DESC = 'x-label';

/** A line ID as an XML Name (DAPT's unique identifiers cannot start with a digit): `line_25173c0d`. */
export const eventId = (lineId: string) => `line_${lineId}`;

export function renderDapt(report: Report, options: DaptOptions): string {
  const lang = options.lang ?? 'und';
  const langSrc = options.lang ?? '';
  const groups = exportGroups(report);
  const characters = groups.map((group, i) => ({ id: `character_${i + 1}`, name: group.name }));
  const characterOf = new Map(groups.map((group, i) => [group.name, characters[i]!.id]));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tt xmlns="${NS.tt}" xmlns:ttm="${NS.ttm}" xmlns:ttp="${NS.ttp}" xmlns:daptm="${NS.daptm}"`,
    `    ttp:contentProfiles="${DAPT_CONTENT_PROFILE}"`,
    `    xml:lang="${escapeAttribute(lang)}" daptm:langSrc="${escapeAttribute(langSrc)}"`,
    '    daptm:scriptRepresents="audio.dialogue" daptm:scriptType="preRecording">',
    '  <head>',
    '    <metadata>',
  ];
  if (options.title) out.push(`      <ttm:title>${escapeText(xmlSafe(options.title))}</ttm:title>`);
  for (const character of characters) {
    out.push(`      <ttm:agent type="character" xml:id="${character.id}">`, `        <ttm:name type="alias">${escapeText(xmlSafe(character.name))}</ttm:name>`, '      </ttm:agent>');
  }
  out.push('    </metadata>', '  </head>', '  <body daptm:represents="audio.dialogue">');
  for (const { line, voice } of scriptOrder(groups)) {
    out.push(`    <div xml:id="${escapeAttribute(eventId(line.id))}" ttm:agent="${characterOf.get(voice)}" daptm:represents="audio.dialogue">`);
    // The line's time code as the script writes it, and what the script shows before the words and
    // is not said (a speaker's name, an aside: Line.label): descriptions of the event, not its text.
    if (line.timecode) out.push(`      <ttm:desc daptm:descType="${TIMECODE_DESC}">${escapeText(xmlSafe(formatTimecode(line.timecode)))}</ttm:desc>`);
    const label = line.label?.trim();
    if (label) out.push(`      <ttm:desc daptm:descType="${LABEL_DESC}">${escapeText(xmlSafe(label))}</ttm:desc>`);
    // A line break a reader sees in the line (Line.breaks: a song's lines, `- Oui.⏎- Non.`) is TTML's `<br/>`.
    const text = withLineBreaks(line.text, line.breaks, label ? line.label!.length : 0);
    const content = text.split('\n').map((piece) => escapeText(xmlSafe(piece))).join('<br/>');
    out.push(`      <p xml:lang="${escapeAttribute(lang)}" daptm:langSrc="${escapeAttribute(langSrc)}">${content}</p>`, '    </div>');
  }
  out.push('  </body>', '</tt>');
  return `${out.join('\n')}\n`;
}
