/**
 * The booth script ("sides"): what a narrator takes into the booth — only their lines, in script
 * order, numbered, each with its ID, its place and its cue (the other voice's line just before),
 * the section headings for orientation, and directions shown but marked as not spoken, with its
 * labels in the script's language (sides-labels.ts). This file builds that content once;
 * sides-pdf.ts and sides-docx.ts lay it out. Pure.
 */
import { DEFAULT_DIRECTIONS, directionSegments, type DirectionRules, type LineSegment } from '../text/directions.js';
import type { LineReport, Report, VoiceReport } from '../measure/report.js';
import { exportGroups, scriptOrder } from './csv.js';
import { cueParts, cueTail } from './cue.js';
import { withLineBreaks } from '../text/words.js';
import { formatLocation } from '../text/format.js';
import { formatTimecode } from '../attribute/timecodes.js';
import { sidesLabels, sidesLanguage, unassignedSpeaker, type SidesFacts, type SidesLabels } from './sides-labels.js';

export type { LineSegment } from '../text/directions.js';
export type { SidesLabels } from './sides-labels.js';

export interface SidesOptions {
  /** Show each line's cue (default true). */
  cues?: boolean;
  /** Which brackets hold directions (the voice map's). */
  directions?: DirectionRules;
  /** The day the booth script is made, `YYYY-MM-DD`. */
  date: string;
  /** The script as the user named it. */
  script: string;
  paper?: 'a4' | 'letter';
}

/** The font files the booth script embeds (Source Sans 3: regular, bold, italic). */
export interface SidesFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export type SidesBlock =
  | { kind: 'heading'; title: string; level: number }
  | {
      kind: 'line';
      /** 1-based number of the line among the voice's lines. */
      number: number;
      id: string;
      location: string;
      /** A dubbing script's time code for the line, as written (`01:02:03:04`, or its in and out points). */
      timecode?: string;
      cue: { voice: string; text: string } | null;
      /** Direction paragraphs (unassigned, nothing spoken) between the cue and the line. */
      directions: string[];
      segments: LineSegment[];
      words: number;
      seconds: number;
    };

/** The voice, the script, the day, the voice's lines, words and time (as the labels say them: sides-labels.ts), and the pages. */
export interface BoothScript extends Omit<SidesFacts, 'syllablesPerSecond'> {
  paper: 'a4' | 'letter';
  /** The words around the script's text, in the script's language (French or English). */
  labels: SidesLabels;
  blocks: SidesBlock[];
}

/**
 * Lines are read with their spaces collapsed; the booth script puts back the no-break spaces of
 * French typography, so a line never starts with "?", ":" or "»" and numbers such as "1 200" stay
 * whole: before ; ! ? a narrow no-break space, before : » % and after « a no-break space, between
 * digit groups a narrow one, and a no-break space between a figure and its unit or currency (`1 234,50 €`,
 * `14 h 30`, `5 km`). Harmless in English, which puts no space there or keeps a figure with its unit too.
 */
export function bindTypography(text: string): string {
  return text
    .replace(/(?<=\S) (?=[;!?](?:\s|$|[»”"'’)]))/gu, '\u202F')
    .replace(/(?<=\S) (?=[:»%](?:\s|$|[.,;)]))/gu, '\u00A0')
    .replace(/(?<=«) (?=\S)/gu, '\u00A0')
    .replace(/(?<=\d) (?=\d{3}(?!\d))/gu, '\u202F')
    .replace(UNIT_AFTER_FIGURE, '\u00A0')
    .replace(/(?<=\d\u00A0h) (?=\d)/gu, '\u00A0');
}

/** The space between a figure and its currency or unit (`1 234,50 €`, `14 h 30`, `5 km`, `20 °C`): a line never breaks there. */
const UNIT_AFTER_FIGURE = /(?<=\d) (?=(?:[€$£¥‰°]|(?:h|min|s|ms|km|m|cm|mm|kg|g|mg|l|ml|cl|Go|Mo|Ko|To|GB|MB|KB|TB)(?![\p{L}\d])))/gu;

/**
 * A cue's speaker (its own label when its text opens with it: cueParts) and its text, French spaces
 * bound: the end of a long one (cueTail: its last sentences, at most CUE_WORDS words, after "…"), its
 * line breaks kept.
 */
function shownCue(cue: { voice: string | null; text: string; breaks?: number[] }, language: ReturnType<typeof sidesLanguage>) {
  const tail = cueTail(cue.text, cue.breaks);
  return { voice: cue.voice ?? unassignedSpeaker(language), text: bindTypography(withLineBreaks(tail.text, tail.breaks)) };
}

/** A line's segments (directions apart), each line break a reader sees in it (Line.breaks) a `\n` in its segment. */
function lineSegments(line: LineReport, rules: DirectionRules): LineSegment[] {
  const segments = directionSegments(line.text, rules);
  if (line.breaks) {
    let start = 0;
    let b = 0;
    const breaks = line.breaks;
    for (const segment of segments) {
      const end = start + segment.text.length;
      if (b < breaks.length && breaks[b]! < end) {
        const at = b;
        while (b < breaks.length && breaks[b]! < end) b++;
        segment.text = withLineBreaks(segment.text, breaks.slice(at, b).map((x) => x - start));
      }
      start = end;
    }
  }
  return segments.map((segment) => ({ ...segment, text: bindTypography(segment.text) }));
}

const key = (line: Pick<LineReport, 'location'>) => `${line.location.story}:${line.location.paragraph}`;

/** Direction paragraphs: unassigned text with no spoken word, such as "[Music up, 3 seconds]". */
const isDirection = (line: LineReport) => line.spokenWords === 0 && line.words > 0;

export function boothScript(report: Report, voice: VoiceReport, options: SidesOptions): BoothScript {
  const rules = options.directions ?? DEFAULT_DIRECTIONS;
  const language = sidesLanguage(report.language.tag);
  const withCues = options.cues !== false;
  // The script's voices, for a cue's label (cue.ts).
  const names = report.voices.map((v) => v.name);
  // Every line of the script, the unassigned text included, in reading order.
  const all = scriptOrder(exportGroups(report, { unassigned: true }));
  const unassigned = new Set(report.unassigned.lines);
  const own = new Set(voice.lines);
  const headings = new Map(report.sections.filter((s) => s.source !== 'start').map((s) => [`${s.location.story}:${s.location.paragraph}`, s]));

  const blocks: SidesBlock[] = [];
  const open: { title: string; level: number }[] = [];
  let shown: { title: string; level: number }[] = [];
  let pending: string[] = [];
  let number = 0;
  const seenHeading = new Set<string>();
  for (const { line } of all) {
    const heading = headings.get(key(line));
    // A heading the voice reads (in its colour: `heading-in-voice-colour`) is one of its lines, printed
    // once, as its line: not also as the section heading above it.
    let readHeading = false;
    if (heading && !seenHeading.has(key(line))) {
      readHeading = own.has(line);
      seenHeading.add(key(line));
      while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
      open.push({ title: bindTypography(heading.title), level: heading.level });
      pending = [];
      if (unassigned.has(line)) continue;
    }
    if (unassigned.has(line)) {
      if (isDirection(line)) pending.push(withLineBreaks(line.text, line.breaks));
      continue;
    }
    if (!own.has(line)) {
      pending = [];
      continue;
    }
    // The headings above this line that were not shown above the previous one.
    const above = readHeading ? open.slice(0, -1) : open;
    const firstNew = above.findIndex((h, i) => shown[i]?.title !== h.title || shown[i]?.level !== h.level);
    if (firstNew >= 0) for (const h of above.slice(firstNew)) blocks.push({ kind: 'heading', ...h });
    shown = [...open];
    blocks.push({
      kind: 'line',
      number: ++number,
      id: line.id,
      location: formatLocation(line.location, language),
      ...(line.timecode ? { timecode: formatTimecode(line.timecode) } : {}),
      cue: withCues && line.cue ? shownCue(cueParts(line.cue, names), language) : null,
      directions: pending.map(bindTypography),
      segments: lineSegments(line, rules),
      words: line.words,
      seconds: line.seconds,
    });
    pending = [];
  }
  const facts = {
    script: options.script,
    voice: voice.name,
    date: options.date,
    lineCount: voice.lineCount,
    words: voice.words,
    spokenWords: voice.spokenWords,
    seconds: voice.seconds,
    wpm: voice.wpm,
    ...(report.timing?.paceUnit ? { paceUnit: report.timing.paceUnit } : {}),
    ...(voice.syllablesPerSecond !== undefined ? { syllablesPerSecond: voice.syllablesPerSecond } : {}),
  };
  return { ...facts, paper: options.paper ?? 'a4', labels: sidesLabels(report.language.tag, facts), blocks };
}

/** The small line above each of the narrator's lines: `#3 · p.2 ¶12 · ID 25173c0d`, with its time code first in a dubbing script (`#3 · TC 01:02:03:04 · …`). */
export function lineMeta(block: Extract<SidesBlock, { kind: 'line' }>): string {
  return `#${block.number} · ${block.timecode === undefined ? '' : `TC ${block.timecode} · `}${block.location} · ID ${block.id}`;
}
