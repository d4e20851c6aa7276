/**
 * `check` human output: the findings of each file that has any, then one line per file and the
 * totals. Pure: results in, text out.
 */
import type { CheckSummary, FileResult, Finding, LeftOut, SinceSummary, SinceVoiceSummary } from '../check/result.js';
import { legendLine } from './text.js';
import { count, plural, formatDuration, formatLocation } from '../text/format.js';
import { shownRecorded } from './shown-times.js';
import { terminalColumns } from '../text/columns.js';
import type { Warning } from '../model.js';

const width = terminalColumns;
const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));

/** A finding's message with its place in the script, when it has one. */
export function findingText(finding: Finding): string {
  return finding.location ? `${finding.message} [${formatLocation(finding.location)}]` : finding.message;
}

/** A note (a report warning no rule checks) with its place in the script. */
export const noteText = (note: Warning): string => (note.location ? `${note.message} [${formatLocation(note.location)}]` : note.message);

/** `1 error, 2 warnings`: the findings by level; `notes`, when given, after them (`…, 3 notes`). */
export function countsText(errors: number, warnings: number, notes = 0): string {
  const parts = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  if (notes) parts.push(plural(notes, 'note'));
  return parts.join(', ');
}

const STATUS = { pass: 'pass', fail: 'FAIL', error: 'ERROR' } as const;

/** One line per file, then the totals: the end of the human and the GitHub output. */
export function fileLines(results: readonly FileResult[], summary: CheckSummary): string[] {
  const nameWidth = Math.max(...results.map((r) => width(r.file)));
  const lines = results.map((result) => {
    let detail: string;
    if (result.status === 'error') detail = 'could not be checked';
    else {
      const total = result.total!;
      detail = result.recorded
        ? `${plural(result.voices.length, 'voice')}, ${plural(result.recorded.words, 'word')} to record, ${formatDuration(recordedShown(result))}`
        : `${plural(result.voices.length, 'colour group')}, ${plural(total.words, 'word')}, ${formatDuration(total.seconds)}`;
      const counts = countsText(result.findings.filter((f) => f.level === 'error').length, result.findings.filter((f) => f.level === 'warning').length, result.notes.length);
      if (counts) detail += ` · ${counts}`;
    }
    return `  ${pad(STATUS[result.status], 5)}  ${pad(result.file, nameWidth)}  ${detail}`;
  });
  // Each run of files with one config under that config's name: the nearest config governs a
  // script whole (one in a subfolder replaces the one above), so which one it is must be seen.
  const grouped: string[] = [];
  if (results.some((result) => result.config !== null)) {
    let shown: string | null | undefined;
    results.forEach((result, index) => {
      // A pattern that matched nothing has no config and starts no group.
      if (result.error?.code !== 'no-match' && result.config !== shown) {
        shown = result.config;
        grouped.push(configLine(shown));
      }
      grouped.push(lines[index]!);
    });
  } else grouped.push(...lines);
  const outcome = [`${summary.passed} passed`];
  if (summary.failed) outcome.push(`${summary.failed} failed`);
  if (summary.unreadable) outcome.push(`${summary.unreadable} could not be checked`);
  // The notes after the findings, or after "no findings": a pass with notes is a pass to look at.
  const findings = [countsText(summary.errors, summary.warnings) || 'no findings', ...(summary.notes ? [plural(summary.notes, 'note')] : [])].join(', ');
  const totals = `${plural(summary.files, 'file')}: ${outcome.join(', ')} · ${findings}.`;
  return [...grouped, '', totals, ...leftOutLines(summary.leftOut ?? [])];
}

/** The file's "to record" time as `summary` shows it (the whole script's time shared with the unassigned text's). */
const recordedShown = (result: FileResult) =>
  result.unassignedSeconds === undefined ? result.recorded!.seconds : shownRecorded(result.total!.seconds, result.recorded!.seconds, result.unassignedSeconds);

/** `  (config: module2/vo-lines.config.yaml)` above the files it governs; `  (no config)`. */
const configLine = (config: string | null) => (config === null ? '  (no config)' : `  (config: ${config})`);

/** Lock files named in the line left out, at most; the rest are counted. */
const LEFT_OUT_NAMED = 5;

/**
 * `Left out: 1 lock file Word keeps beside a document while it is open (not a script): drafts/~$spot.docx.`;
 * `Left out: 2 documents in formats vo-lines does not read (.doc, .odt: save them as .docx or PDF to check them): old/a.doc, b.odt.`
 */
function leftOutLines(leftOut: readonly LeftOut[]): string[] {
  const listed = (files: readonly LeftOut[]) => {
    const named = files.slice(0, LEFT_OUT_NAMED).map((l) => l.file).join(', ');
    return `${named}${files.length > LEFT_OUT_NAMED ? ` and ${count(files.length - LEFT_OUT_NAMED)} more` : ''}`;
  };
  const lines: string[] = [];
  const locks = leftOut.filter((l) => l.kind === 'lock-file');
  if (locks.length) lines.push(`Left out: ${plural(locks.length, 'lock file')} Word keeps beside a document while it is open (${locks.length === 1 ? 'not a script' : 'not scripts'}): ${listed(locks)}.`);
  const others = leftOut.filter((l) => l.kind === 'other-format');
  if (others.length) {
    const formats = [...new Set(others.map((l) => `.${l.format}`))].join(', ');
    lines.push(`Left out: ${plural(others.length, 'document')} in ${others.length === 1 ? 'a format' : 'formats'} vo-lines does not read (${formats}: save ${others.length === 1 ? 'it' : 'them'} as .docx or PDF to check ${others.length === 1 ? 'it' : 'them'}): ${listed(others)}.`);
  }
  const broken = leftOut.filter((l) => l.kind === 'broken-link');
  if (broken.length) lines.push(`Left out: ${plural(broken.length, 'symbolic link')} that ${broken.length === 1 ? 'leads' : 'lead'} to no file (${brokenWhy(broken)}): ${listed(broken.map((l) => ({ ...l, file: l.target === null ? l.file : `${l.file} -> ${l.target}` })))}.`);
  return lines;
}

/** Why links lead nowhere, from their errors: the target missing, a loop of links, out of reach. */
function brokenWhy(broken: readonly Extract<LeftOut, { kind: 'broken-link' }>[]): string {
  const one = broken.length === 1;
  const why = new Set(broken.map((l) => (l.error === 'ENOENT' || l.error === 'ENOTDIR' ? (one ? 'the file it names is not there' : 'a file named is not there') : l.error === 'ELOOP' ? 'a loop of links' : l.error === 'EACCES' || l.error === 'EPERM' ? (one ? 'the file it names is out of reach' : 'a file named is out of reach') : `${l.error}`)));
  return [...why].join('; ');
}

const signed = (count: number, word: string) => `${count > 0 ? '+' : count < 0 ? '-' : '±'}${plural(Math.abs(count), word)}`;

/** `Narrator since main: +2 lines, 1 changed, +34 words` (the words are the net change of the voice's written words). */
export function sinceVoiceText(voice: SinceVoiceSummary, rev: string): string | null {
  const parts: string[] = [];
  if (voice.added) parts.push(`+${plural(voice.added, 'line')}`);
  if (voice.removed) parts.push(`-${plural(voice.removed, 'line')}`);
  const regrouped = voice.joined + voice.split + voice.recut;
  // A line moved and edited is changed, and said moved as diff says it (`~ … (moved from ¶8)`).
  const moved = voice.changedMoved;
  if (voice.changed > regrouped) parts.push(`${count(voice.changed - regrouped)} changed${moved ? ` (${count(moved)} moved)` : ''}`);
  if (voice.joined) parts.push(`${plural(voice.joined, 'joined line')}`);
  if (voice.split) parts.push(`${plural(voice.split, 'split line')}`);
  if (voice.recut) parts.push(`${plural(voice.recut, 'passage')} cut differently`);
  if (voice.reassignedIn) parts.push(`+${plural(voice.reassignedIn, 'line')} from ${voice.reassignedIn === 1 ? 'another voice' : 'other voices'}`);
  if (voice.reassignedOut) parts.push(`-${plural(voice.reassignedOut, 'line')} to ${voice.reassignedOut === 1 ? 'another voice' : 'other voices'}`);
  if (voice.moved) parts.push(`${plural(voice.moved, 'line')} moved`);
  if (parts.length === 0) return null;
  parts.push(signed(voice.words.delta, 'word'));
  return `${voice.name} since ${rev}: ${parts.join(', ')}`;
}

/** The summary of the changes since REV: the voices that changed, and whether the script is new. */
export function sinceLines(since: SinceSummary): string[] {
  const untracked = since.untracked ? ' (git does not track it yet: if it was renamed, `git add` it so its old name is found)' : '';
  const byText = since.renamed?.how === 'text' ? ` (renamed; text matched ${count(since.renamed.matchedLines)} of ${plural(since.renamed.lines, 'line')})` : '';
  const lines = since.renamedFrom !== undefined ? [`was ${since.renamedFrom} in ${since.rev}${byText}`] : since.existed ? [] : [`not in ${since.rev}: every line is new${untracked}`];
  for (const voice of since.voices) {
    const text = sinceVoiceText(voice, since.rev);
    if (text) lines.push(text);
  }
  return lines;
}

export function renderCheckText(results: readonly FileResult[], summary: CheckSummary): string {
  const out: string[] = [];
  for (const result of results) {
    const rows: [string, string, string][] = result.error
      ? [['error', 'input', result.error.message], ...result.notes.map((w): [string, string, string] => ['note', w.code, noteText(w)])]
      : [...result.findings.map((f): [string, string, string] => [f.level, f.rule, findingText(f)]), ...result.notes.map((w): [string, string, string] => ['note', w.code, noteText(w)])];
    const changes = result.since ? sinceLines(result.since) : [];
    const legend = result.legend ? [legendLine(result.legend)] : [];
    if (rows.length === 0 && changes.length === 0 && legend.length === 0) continue;
    const ruleWidth = Math.max(0, ...rows.map((row) => width(row[1])));
    out.push(result.file, ...legend.map((line) => `  ${line}`), ...rows.map(([level, rule, text]) => `  ${pad(level, 7)}  ${pad(rule, ruleWidth)}  ${text}`), ...changes.map((line) => `  ${line}`), '');
  }
  out.push('Files:', ...fileLines(results, summary));
  return `${out.join('\n')}\n`;
}
