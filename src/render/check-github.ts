/**
 * `check --format github`: GitHub Actions workflow commands, one per finding, so findings show as
 * annotations on the pull request; then the per-file lines and totals as plain log text. Pure.
 *
 * A DOCX or PDF has no source lines GitHub could point at, so annotations carry `file=` only and
 * show at file level; the paragraph (¶) goes into the message. The paths a message names (the file,
 * its config, the config above it) are the ones `file=` names: from the repository's root.
 */
import type { Warning } from '../model.js';
import { noVoiceMapError, notInheritedNote, type CheckSummary, type FileResult, type DroppedLimit, type DroppedRule, type InheritableSection } from '../check/result.js';
import { fileLines, findingText, noteText, sinceLines } from './check-text.js';

/** Escaping of the toolkit's `issueCommand`: data keeps `:` and `,`; properties escape them too. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A line of plain log text with the line breaks it holds (from a file's name) shown as `\n`, `\r`. */
const plainLog = (line: string) => line.replace(/\r/g, '\\r').replace(/\n/g, '\\n');

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

/** The note on a config that drops the sections of the ones above, its paths from the repository's root. */
function notInheritedFrom(note: Warning, inRepository: (path: string) => string): Warning {
  const details = note.details as
    | { config?: unknown; above?: unknown; sections?: unknown; sectionFrom?: unknown; replaced?: unknown; limits?: unknown; rules?: unknown; locked?: unknown; lockedFrom?: unknown }
    | undefined;
  if (typeof details?.config !== 'string' || typeof details.above !== 'string' || !Array.isArray(details.sections)) return note;
  const from = (path: unknown) => (typeof path === 'string' ? inRepository(path) : path);
  const sectionFrom = typeof details.sectionFrom === 'object' && details.sectionFrom !== null ? (details.sectionFrom as Record<string, string>) : {};
  const dropped = {
    replaced: Array.isArray(details.replaced) ? (details.replaced as InheritableSection[]) : [],
    sectionFrom: Object.fromEntries(Object.entries(sectionFrom).map(([key, path]) => [key, from(path)])),
    limits: Array.isArray(details.limits) ? (details.limits as DroppedLimit[]).map((limit) => ({ ...limit, from: from(limit.from) as string })) : [],
    rules: Array.isArray(details.rules) ? (details.rules as DroppedRule[]).map((rule) => ({ ...rule, from: from(rule.from) as string })) : [],
    locked: Array.isArray(details.locked) ? (details.locked as string[]) : [],
    lockedFrom: Array.isArray(details.lockedFrom) ? (details.lockedFrom as string[]).map((path) => from(path) as string) : [],
  };
  const again = notInheritedNote(inRepository(details.config), inRepository(details.above), details.sections as InheritableSection[], dropped);
  return { ...note, message: again.message, details: again.details };
}

/**
 * A `check --since` note naming a config by its path (not REV's, `REV:path`, from the root already):
 * today's (`different-voice-maps`' `new`, `since-voice-map-borrowed`'s `today`), or one outside the
 * repository, shown `(from PATH)` or `(PATH)`; those paths from the repository's root.
 */
function sinceNoteFromRoot(note: Warning, inRepository: (path: string) => string): Warning {
  if (note.code !== 'different-voice-maps' && note.code !== 'since-voice-map-borrowed') return note;
  const details = note.details as { rev?: unknown; config?: unknown; old?: { config?: unknown }; new?: { config?: unknown }; today?: { config?: unknown } } | undefined;
  if (typeof details?.rev !== 'string') return note;
  let message = note.message;
  for (const label of new Set([details.config, details.old?.config, details.new?.config, details.today?.config])) {
    if (typeof label !== 'string' || label.startsWith(`${details.rev}:`)) continue;
    const shown = inRepository(label);
    if (shown !== label) message = message.split(`(from ${label})`).join(`(from ${shown})`).split(`(${label})`).join(`(${shown})`);
  }
  return message === note.message ? note : { ...note, message };
}

/**
 * An error's message with the paths it names from the repository's root: `no-voice-map` made again
 * from its details; else the path it opens with (`a.docx: no such file.`, `a.docx is not a DOCX…`),
 * the file's as given, or an invalid config's (`bad-config`, its details' `file`).
 */
function errorFromRoot(result: FileResult, inRepository: (path: string) => string): string {
  const { code, message, details } = result.error!;
  const facts = details as { path?: unknown; config?: unknown; legend?: unknown; reasons?: unknown; file?: unknown } | undefined;
  if (code === 'no-voice-map' && facts?.path === result.file && (facts.config === undefined || typeof facts.config === 'string')) {
    const rejected = facts.legend === 'rejected' && Array.isArray(facts.reasons) ? { reasons: facts.reasons as string[] } : null;
    return noVoiceMapError(inRepository(result.file), facts.config === undefined ? null : inRepository(facts.config), rejected).message;
  }
  for (const path of [result.file, code === 'bad-config' && typeof facts?.file === 'string' ? facts.file : null]) {
    if (path === null || !message.startsWith(path)) continue;
    const after = message.charAt(path.length);
    if (after === ':' || after === ' ') return inRepository(path) + message.slice(path.length);
  }
  return message;
}

export function renderCheckGithub(results: readonly FileResult[], summary: CheckSummary, options: GithubOptions = {}): string {
  const out: string[] = [];
  const inRepository = options.inRepository ?? ((path: string) => path);
  for (const result of results) {
    const file = inRepository(result.file);
    // Which config judged the file: the nearest one governs it whole.
    const by = result.config === null ? '' : ` (config: ${inRepository(result.config)})`;
    const errorText = result.error ? errorFromRoot(result, inRepository) : '';
    // A glob that matched nothing names no file GitHub could annotate.
    if (result.error) out.push(result.error.code === 'no-match' ? command('error', null, `vo-lines: ${result.error.code}`, result.error.message) : command('error', file, `vo-lines: ${result.error.code}`, errorText + by));
    for (const finding of result.findings) {
      const title = `vo-lines ${finding.rule}${finding.voice ? ` (${finding.voice})` : ''}`;
      out.push(command(finding.level, file, title, findingText(finding) + by));
    }
    // The note on a config that drops the rules above names the config itself.
    for (const note of result.notes) {
      if (note.code === 'config-rules-not-inherited') out.push(command('notice', file, `vo-lines ${note.code}`, noteText(notInheritedFrom(note, inRepository))));
      else out.push(command('notice', file, `vo-lines ${note.code}`, noteText(sinceNoteFromRoot(note, inRepository)) + by));
    }
    // The changes since REV (a rename, a script new since, the voices that changed): one notice, a line each.
    const changes = result.since ? sinceLines(result.since) : [];
    if (changes.length) out.push(command('notice', file, `vo-lines since ${result.since!.rev}`, changes.join('\n')));
  }
  if (out.length) out.push('');
  // Plain log text, where a line that starts with `::` is a command: a file name's line breaks
  // (`a\n::stop-commands::x.docx`) are shown escaped, so no name can start a line of its own.
  for (const line of fileLines(results, summary)) out.push(plainLog(line));
  return `${out.join('\n')}\n`;
}

/** A check that could not run at all (a usage mistake): one `::error` annotation with the error, so the run's summary shows why. */
export function renderCheckGithubFailure(error: { code: string; message: string }): string {
  return `${command('error', null, `vo-lines: ${error.code}`, error.message)}\n`;
}
