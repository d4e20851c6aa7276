/**
 * Human output: plain, aligned, totals first-class, warnings in a short block at the end.
 * Written for narrators as much as for developers.
 */
import { isAbsolute, relative } from 'node:path';
import { describeColour } from '../attribute/colour-names.js';
import type { ColourReport, ColourUse } from '../measure/colours.js';
import { formatDuration } from '../measure/pace.js';
import type { LineReport, Report, VoiceReport } from '../measure/report.js';
import type { Location, Warning } from '../model.js';

export const UNASSIGNED = 'unassigned';

const integer = new Intl.NumberFormat('en-US');
const n = (value: number) => integer.format(value);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`p.${location.page}`);
  parts.push(`¶${location.paragraph}`);
  let text = parts.join(' ');
  if (location.cell) text += ` (table ${location.cell.table}, row ${location.cell.row}, col ${location.cell.column})`;
  else if (location.story === 'textbox') text += ' (text box)';
  else if (location.story !== 'body') text += ` (${location.story})`;
  return text;
}

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        if (i === row.length - 1 && !rightAligned.has(i)) return cell;
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function voiceColours(voice: Pick<VoiceReport, 'colors' | 'highlights'>): string {
  return [...voice.colors.map(describeColour), ...voice.highlights.map((h) => `${describeColour(h)} highlight`)].join(', ');
}

function warningBlock(warnings: Warning[]): string[] {
  if (warnings.length === 0) return [];
  return ['', `Warnings (${warnings.length}):`, ...warnings.map((w) => `  ! ${w.message}${w.location ? ` [${formatLocation(w.location)}]` : ''}`)];
}

/** A path as the user would type it: relative to the working folder when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !isAbsolute(rel) && rel.length < path.length ? rel : path;
}

function header(report: Pick<Report, 'file' | 'format' | 'config' | 'mode'>): string {
  const source = report.mode === 'config' ? `voices from ${displayPath(report.config ?? '')}` : 'no config: voices are the colours found';
  return `${report.file} (${report.format.toUpperCase()}) · ${source}`;
}

function lineRows(lines: LineReport[]): string[] {
  const rows = lines.map((line) => [formatLocation(line.location), plural(line.words, 'word'), line.text]);
  return table(rows, new Set([1])).map((row) => `  ${row}`);
}

function voiceTotals(name: string, v: Pick<VoiceReport, 'lineCount' | 'words' | 'seconds' | 'wpm'>): string {
  return `${name}: ${plural(v.lineCount, 'line')}, ${plural(v.words, 'word')}, about ${formatDuration(v.seconds)} at ${n(v.wpm)} wpm`;
}

function wholeScript(report: Report): string {
  return `Whole script: ${plural(report.total.words, 'word')} in ${plural(report.total.lineCount, 'line')}, about ${formatDuration(report.total.seconds)} at ${n(report.total.wpm)} wpm`;
}

/** `lines`: the exact lines of one voice, or of every voice, with totals. */
export function renderLines(report: Report, voiceName?: string): string {
  const out = [header(report), ''];
  const selected: { title: string; data: Omit<VoiceReport, 'name' | 'colors' | 'highlights'> }[] = [];
  if (voiceName === UNASSIGNED) selected.push({ title: 'Unassigned', data: report.unassigned });
  else {
    for (const voice of report.voices) {
      if (voiceName !== undefined && voice.name !== voiceName) continue;
      const colours = report.mode === 'config' ? ` (${voiceColours(voice)})` : '';
      selected.push({ title: `${voice.name}${colours}`, data: voice });
    }
  }
  for (const { title, data } of selected) {
    out.push(voiceTotals(title, data));
    if (data.lines.length) out.push(...lineRows(data.lines));
    else out.push('  (no lines)');
    out.push('');
  }
  if (voiceName === undefined && report.unassigned.lineCount > 0) {
    out.push(`Unassigned: ${plural(report.unassigned.lineCount, 'line')}, ${plural(report.unassigned.words, 'word')} (list them with --voice unassigned)`);
  }
  if (voiceName !== undefined && selected[0]) {
    const data = selected[0].data;
    out.push(`${wholeScript(report)}; ${voiceName === UNASSIGNED ? 'unassigned text' : voiceName} is ${percent(data.share)} of it.`);
  } else {
    out.push(wholeScript(report));
  }
  out.push(...warningBlock(report.warnings));
  return `${out.join('\n')}\n`;
}

/** `summary`: one row per voice and one for unassigned text. */
export function renderSummary(report: Report): string {
  const rows: string[][] = [['Voice', 'Colour', 'Lines', 'Words', 'Share', 'Time', 'Pace']];
  for (const voice of report.voices) {
    rows.push([voice.name, report.mode === 'config' ? voiceColours(voice) : '', n(voice.lineCount), n(voice.words), percent(voice.share), formatDuration(voice.seconds), `${n(voice.wpm)} wpm`]);
  }
  const u = report.unassigned;
  if (report.mode === 'config') rows.push(['Unassigned', 'any other colour', n(u.lineCount), n(u.words), percent(u.share), formatDuration(u.seconds), `${n(u.wpm)} wpm`]);
  rows.push(['Total', '', n(report.total.lineCount), n(report.total.words), percent(report.total.words ? 1 : 0), formatDuration(report.total.seconds), `${n(report.total.wpm)} wpm`]);
  if (report.mode === 'colours') rows.forEach((row) => row.splice(1, 1));
  const right = report.mode === 'config' ? new Set([2, 3, 4, 5]) : new Set([1, 2, 3, 4]);
  const out = [header(report), '', ...table(rows, right).map((r) => `  ${r}`)];
  out.push(...warningBlock(report.warnings));
  return `${out.join('\n')}\n`;
}

function colourRows(uses: ColourUse[]): string[] {
  const rows = [['Colour', 'Words', 'Lines', 'First words'], ...uses.map((u) => [`${u.hex} ${u.name}`, n(u.words), n(u.lineCount), `"${u.sample}"`])];
  return table(rows, new Set([1, 2])).map((r) => `  ${r}`);
}

/** `colors`: every text and background colour with words, lines and a sample. */
export function renderColours(report: ColourReport): string {
  const out = [`${report.file} (${report.format.toUpperCase()}) · ${plural(report.totalWords, 'word')}`, '', 'Text colours:', ...colourRows(report.text), ''];
  if (report.background.length) out.push('Background colours (highlight or shading):', ...colourRows(report.background));
  else out.push('Background colours (highlight or shading): none');
  out.push(...warningBlock(report.warnings));
  return `${out.join('\n')}\n`;
}

export const hints = {
  noConfig: (file: string) =>
    `Next: name the voices in a vo-lines.config.yaml beside the script, e.g.\n  voices:\n    Narrator: { color: "#404040" }\n    VO1: { highlight: yellow }\nthen run: vo-lines lines ${file} --voice Narrator`,
  withConfig: (file: string) => `Next: vo-lines lines ${file} --voice NAME lists a voice's exact lines.`,
};
