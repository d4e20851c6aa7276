/**
 * Markdown export, to paste in a pull request or issue comment: a summary table per voice, the
 * warnings (the text output's sentences, in its order), then each voice's lines as a table. GitHub-flavoured tables: `|` is escaped and line breaks become <br>;
 * mentions (`@name`) and issue references (`#12`) are kept from linking (neutraliseReferences).
 */
import { withLineBreaks } from '../text/words.js';
import type { Report } from '../measure/report.js';
import { exportGroups, otherVoices, type ExportGroup, type ExportOptions } from './csv.js';
import { UNASSIGNED_LABEL } from '../attribute/voices.js';
import { count, percent, plural, formatDuration, formatLocation } from '../text/format.js';
import { groupPace, paceUnitOf } from './pace.js';
import { shownTimes, type ShownTimes } from './shown-times.js';
import type { Warning } from '../model.js';

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

/**
 * A warning as a list item: escaped as a cell is (escapeCell), and its first character kept from
 * opening a block inside the item (`#` a heading, `>` a quote, `-` `+` `=` a list or a heading's
 * underline, `1.` an ordered list). `[p.1 ¶2]`: where the text output puts it.
 */
function warningItem(warning: Warning): string {
  const text = escapeCell(`${warning.message}${warning.location ? ` [${formatLocation(warning.location)}]` : ''}`);
  return `- ${text.replace(/^([#>+=-])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2')}`;
}

/** `### Warnings (2)` and the warnings as a list, as the text output says them; none: nothing. */
export function warningsSection(warnings: readonly Warning[]): string[] {
  if (warnings.length === 0) return [];
  return ['', `### Warnings (${warnings.length})`, '', ...warnings.map(warningItem)];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

type Totals = Pick<ExportGroup, 'lineCount' | 'words' | 'spokenWords' | 'share'>;

/** `seconds`: the time as shown (shown-times.ts: the rows' add up to the whole script's). */
function summaryRow(name: string, totals: Totals, seconds: number, bold = false): string {
  const cells = [escapeCell(name), n(totals.lineCount), n(totals.words), n(totals.spokenWords), formatDuration(seconds), percent(totals.share)];
  return row(bold ? cells.map((cell) => `**${cell}**`) : cells);
}

function linesTable(group: ExportGroup): string[] {
  if (group.lines.length === 0) return ['_No lines._'];
  return [
    row(['#', 'ID', 'Location', 'Words', 'Seconds', 'Line']),
    '|--:|---|---|--:|--:|---|',
    ...group.lines.map((line, index) => row([String(index + 1), `\`${line.id}\``, escapeCell(formatLocation(line.location)), n(line.words), line.seconds.toFixed(1), escapeCell(withLineBreaks(line.text, line.breaks))])),
  ];
}

/**
 * `times`: the times as shown, worked out on the whole script's report (`export --voice` passes a
 * report of one voice: its time is still the one the whole summary shows).
 */
export function renderMarkdown(report: Report, options: ExportOptions = {}, times: ShownTimes = shownTimes(report)): string {
  const groups = exportGroups(report, options);
  // The unassigned text's group is the one past the voices.
  const secondsOf = (group: ExportGroup, index: number) => (index < report.voices.length ? (times.byName.get(group.name) ?? group.seconds) : times.unassigned);
  const out = [`## ${escapeCell(report.file)}`, ''];
  // No config, no legend: the "voices" are the colours found, black (the directions' colour) among them; said before the table.
  if (report.mode === 'colours') out.push(`The voices below are the colours found (no config, no legend), not named voices: \`vo-lines init ${report.file.replaceAll('`', "'")}\` writes a config to name them.`, '');
  out.push(row(['Voice', 'Lines', 'Words', 'Spoken words', 'Time', 'Share']), '|---|--:|--:|--:|--:|--:|');
  out.push(...groups.map((group, i) => summaryRow(group.name, group, secondsOf(group, i))));
  // The voices left out (`--voice NAME`) in one row, so the rows add up to the whole script.
  const others = otherVoices(options.others, (name) => times.byName.get(name));
  if (others) out.push(summaryRow(others.name, others, others.shownSeconds));
  // The summary accounts for the whole script, so unassigned text has its row even without its section.
  if (!options.unassigned && report.unassigned.lineCount > 0) out.push(summaryRow(UNASSIGNED_LABEL, report.unassigned, times.unassigned));
  out.push(summaryRow('Whole script', { ...report.total, share: report.total.words ? 1 : 0 }, times.total, true));
  // What may make a count wrong, under the counts: the sentences the text output prints, in its order.
  out.push(...warningsSection(report.warnings));
  for (const [i, group] of groups.entries()) {
    out.push('', `### ${escapeCell(group.name)}`, '');
    out.push(`${plural(group.lineCount, 'line')}, ${plural(group.words, 'word')}, about ${formatDuration(secondsOf(group, i))} at ${groupPace(group, paceUnitOf(report))}.`, '');
    for (const row of linesTable(group)) out.push(row);
  }
  return `${out.join('\n')}\n`;
}
