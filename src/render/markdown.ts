/**
 * Markdown export, to paste in a pull request or issue comment: a summary table per voice, then
 * each voice's lines as a table. GitHub-flavoured tables: `|` is escaped and line breaks become <br>;
 * mentions (`@name`) and issue references (`#12`) are kept from linking (neutraliseReferences).
 */
import type { Report } from '../measure/report.js';
import { exportGroups, type ExportGroup, type ExportOptions } from './csv.js';
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { count, percent, plural, formatDuration, formatLocation } from '../text/format.js';
import { groupPace, paceUnitOf } from './pace.js';

const n = count;

/**
 * An empty HTML comment: splits `@name` and `#12` in the page GitHub renders (its mentions and issue
 * references are found in the rendered text, after `\@` and `&#64;` are undone, github/markup#1168,
 * github/cmark-gfm#181) and shows nothing; the text copied off the page is the script's own.
 */
const SPLIT = '<!-- -->';

/**
 * Script text that GitHub would turn into a mention or a reference, kept as text: `@HarborBank` would
 * notify that account (and `@org/team` a team), `#42`, `GH-7` and `owner/repo#42` link (and
 * cross-reference) issues. An e-mail address (`hello@harborbank.com`: a letter or digit before its `@`)
 * is no mention and stays a link; a colour's hex (`#2F5496`) is no reference.
 */
export function neutraliseReferences(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu, `@${SPLIT}`).replace(/(#|\bGH-)(?=\d+(?![\p{L}\p{N}_]))/giu, (mark) => `${mark}${SPLIT}`);
}

/**
 * Text safe inside a table cell, shown as written: `|` and line breaks would break the row, and
 * `*`, `_`, `` ` ``, `[`, `~` and `$` (GitHub math) would turn script text into markup, `&` into a
 * character reference (`&commat;` is an `@`); `@name` and `#12` into mentions and references
 * (neutraliseReferences).
 */
export function escapeCell(text: string): string {
  return neutraliseReferences(
    text
      .replace(/[\\`*_[\]$~|&]/g, (char) => `\\${char}`)
      .replaceAll('<', '&lt;')
      .replace(/\r\n|\r|\n/g, '<br>'),
  );
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

type Totals = Pick<ExportGroup, 'lineCount' | 'words' | 'spokenWords' | 'seconds' | 'share'>;

function summaryRow(name: string, totals: Totals, bold = false): string {
  const cells = [escapeCell(name), n(totals.lineCount), n(totals.words), n(totals.spokenWords), formatDuration(totals.seconds), percent(totals.share)];
  return row(bold ? cells.map((cell) => `**${cell}**`) : cells);
}

function linesTable(group: ExportGroup): string[] {
  if (group.lines.length === 0) return ['_No lines._'];
  return [
    row(['#', 'ID', 'Location', 'Words', 'Seconds', 'Line']),
    '|--:|---|---|--:|--:|---|',
    ...group.lines.map((line, index) => row([String(index + 1), `\`${line.id}\``, escapeCell(formatLocation(line.location)), n(line.words), line.seconds.toFixed(1), escapeCell(line.text)])),
  ];
}

export function renderMarkdown(report: Report, options: ExportOptions = {}): string {
  const groups = exportGroups(report, options);
  const out = [`## ${escapeCell(report.file)}`, '', row(['Voice', 'Lines', 'Words', 'Spoken words', 'Time', 'Share']), '|---|--:|--:|--:|--:|--:|'];
  out.push(...groups.map((group) => summaryRow(group.name, group)));
  // The summary accounts for the whole script, so unassigned text has its row even without its section.
  if (!options.unassigned && report.unassigned.lineCount > 0) out.push(summaryRow(UNASSIGNED_LABEL, report.unassigned));
  out.push(summaryRow('Whole script', { ...report.total, share: report.total.words ? 1 : 0 }, true));
  for (const group of groups) {
    out.push('', `### ${escapeCell(group.name)}`, '');
    out.push(`${plural(group.lineCount, 'line')}, ${plural(group.words, 'word')}, about ${formatDuration(group.seconds)} at ${groupPace(group, paceUnitOf(report))}.`, '');
    for (const row of linesTable(group)) out.push(row);
  }
  return `${out.join('\n')}\n`;
}
