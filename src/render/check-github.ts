/**
 * `check --format github`: GitHub Actions workflow commands, one per finding, so findings show as
 * annotations on the pull request; then the per-file lines and totals as plain log text. Pure.
 *
 * A DOCX or PDF has no source lines GitHub could point at, so annotations carry `file=` only and
 * show at file level; the paragraph (¶) goes into the message. The paths a message names (the file,
 * its config, the config above it) are the ones `file=` names: from the repository's root.
 */
import type { Warning } from '../model.js';
import { notInheritedNote, type CheckSummary, type FileResult, type InheritableSection } from '../check/result.js';
import { fileLines, findingText, noteText, sinceLines } from './check-text.js';

/** Escaping of the toolkit's `issueCommand`: data keeps `:` and `,`; properties escape them too. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(level: 'error' | 'warning' | 'notice', file: string | null, title: string, message: string): string {
  const where = file === null ? '' : `file=${escapeProperty(file)},`;
  return `::${level} ${where}title=${escapeProperty(title)}::${escapeData(message)}`;
}

export interface GithubOptions {
  /**
   * A file's path from the repository's root, as GitHub needs it to place an annotation (the
   * check may run in a subfolder: `working-directory: scripts`); the path as given without it.
   */
  inRepository?: (file: string) => string;
}

/** The note on a config that drops the sections of the one above, its paths from the repository's root. */
function notInheritedFrom(note: Warning, inRepository: (path: string) => string): Warning {
  const details = note.details as { config?: unknown; above?: unknown; sections?: unknown } | undefined;
  if (typeof details?.config !== 'string' || typeof details.above !== 'string' || !Array.isArray(details.sections)) return note;
  const again = notInheritedNote(inRepository(details.config), inRepository(details.above), details.sections as InheritableSection[]);
  return { ...note, message: again.message, details: again.details };
}

export function renderCheckGithub(results: readonly FileResult[], summary: CheckSummary, options: GithubOptions = {}): string {
  const out: string[] = [];
  const inRepository = options.inRepository ?? ((path: string) => path);
  for (const result of results) {
    const file = inRepository(result.file);
    // Which config judged the file: the nearest one governs it whole.
    const by = result.config === null ? '' : ` (config: ${inRepository(result.config)})`;
    // An error's message opens with the file as given (`a.docx: no such file.`): as file= names it.
    const opening = result.error?.message.startsWith(`${result.file}:`) ? result.file.length : 0;
    const errorText = result.error ? (opening > 0 ? file + result.error.message.slice(opening) : result.error.message) : '';
    // A glob that matched nothing names no file GitHub could annotate.
    if (result.error) out.push(result.error.code === 'no-match' ? command('error', null, `vo-lines: ${result.error.code}`, result.error.message) : command('error', file, `vo-lines: ${result.error.code}`, errorText + by));
    for (const finding of result.findings) {
      const title = `vo-lines ${finding.rule}${finding.voice ? ` (${finding.voice})` : ''}`;
      out.push(command(finding.level, file, title, findingText(finding) + by));
    }
    // The note on a config that drops the rules above names the config itself.
    for (const note of result.notes) {
      if (note.code === 'config-rules-not-inherited') out.push(command('notice', file, `vo-lines ${note.code}`, noteText(notInheritedFrom(note, inRepository))));
      else out.push(command('notice', file, `vo-lines ${note.code}`, noteText(note) + by));
    }
    // The changes since REV (a rename, a script new since, the voices that changed): one notice, a line each.
    const changes = result.since ? sinceLines(result.since) : [];
    if (changes.length) out.push(command('notice', file, `vo-lines since ${result.since!.rev}`, changes.join('\n')));
  }
  if (out.length) out.push('');
  out.push(...fileLines(results, summary));
  return `${out.join('\n')}\n`;
}
