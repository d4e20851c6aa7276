/** The result of checking files: per file, then the batch's counts and exit code. Plain data. */
import type { Recorded, ReportLegend } from '../measure/report.js';
import type { ErrorDetails } from '../errors.js';
import type { Location, ScriptFormat, Warning } from '../model.js';
import { type Level, type RuleName } from '../config/rules.js';
import { listOf } from '../text/format.js';

export interface Finding {
  rule: RuleName;
  level: 'error' | 'warning';
  /** The voice the finding is about, for the voice rules. */
  voice?: string;
  /** The voices a warning's finding is about (`unread-text` for lines cut at a page's edge: their words are short), `unassigned` for text of none. */
  voices?: string[];
  /** One plain sentence for a person. */
  message: string;
  /** Where in the script, when the finding comes from one place (a warning of the reader or the casting). */
  location?: Location;
  /** With `check --since REV`: a line that also moved, where it was at REV (diff's `moved from ¶8`). */
  movedFrom?: Location;
}

export interface Check {
  rule: RuleName;
  /** Set for the voice rules: one check per voice. */
  voice?: string;
  level: Level;
  findings: Finding[];
}

export interface VoiceSummary {
  name: string;
  lineCount: number;
  words: number;
  spokenWords: number;
  seconds: number;
  wpm: number;
}

/** With `check --since REV`: what changed in one voice's lines since REV. */
export interface SinceVoiceSummary {
  name: string;
  /** Lines added, removed, changed, taken from another voice, given to another voice, moved. */
  added: number;
  removed: number;
  changed: number;
  reassignedIn: number;
  reassignedOut: number;
  moved: number;
  /**
   * Of the changed: adjacent lines joined into one, one line split into several, several cut into
   * other paragraphs (`changed` counts each such group once). Their words are the same give or take
   * the edits, so they add only the words really new.
   */
  joined: number;
  split: number;
  recut: number;
  /** Of the changed: lines that also moved (diff's `(moved from ¶8)`: another line kept between their two places). */
  changedMoved: number;
  /** Words to record anew: added lines, words really new in changed lines (joined or split ones too), lines taken from another voice. */
  addedWords: number;
  /** The voice's written words at REV and now. */
  words: { old: number; new: number; delta: number };
}

/** How a script renamed since REV was paired with its old path: by git's rename detection, or by its text (of the scripts deleted since REV, the one whose lines match best). */
export interface SinceRename {
  /** `git`: git's rename detection paired them (and their text agrees); `text`: git did not, their text does. */
  how: 'git' | 'text';
  /** Today's lines the comparison pairs with a line of the old path's version (unchanged, edited, moved, given to another voice). */
  matchedLines: number;
  /** Lines of the longer of the two versions. */
  lines: number;
}

export interface SinceSummary {
  /** REV as given. */
  rev: string;
  /** The path in the repository of the version at REV the script was compared with, or null when there was none (every line is new). */
  path: string | null;
  /** False when the script did not exist at REV (every line is new). */
  existed: boolean;
  /** The script's path in the repository at REV when it was renamed since, else absent. */
  renamedFrom?: string;
  /** How the rename was found, when it was. */
  renamed?: SinceRename;
  /** Not at REV, and git does not track the file: a rename git cannot see until it is added. */
  untracked?: true;
  /** The version at REV (or its config) could not be read: the changes are not known, the rules on changes not checked. */
  unreadable?: { code: string; message: string };
  /** Per voice, the changes since REV (none when the version at REV could not be read). */
  voices: SinceVoiceSummary[];
}

export interface FileResult {
  /** The path as given or as the glob found it. */
  file: string;
  /** pass: no error-level finding; fail: at least one; error: the file or its config could not be read. */
  status: 'pass' | 'fail' | 'error';
  format: ScriptFormat | null;
  /** The config file used, or null. */
  config: string | null;
  voices: VoiceSummary[];
  total: { words: number; seconds: number } | null;
  /** What the voices record (unassigned text left out); null for colour groups or a file that could not be checked. */
  recorded: Recorded | null;
  /**
   * The unassigned text's seconds (what the whole has beyond the voices'), for the times the human
   * output shows: "to record" rounded as `summary` shows it (render/shown-times.ts).
   */
  unassignedSeconds?: number;
  /** The legend the voices were read from, when they were (no config). */
  legend: ReportLegend | null;
  /** The rule levels in force for this file (its config may change them); `locked` and `max-added-words` only with `--since`. */
  levels: Partial<Record<RuleName, Level>> | null;
  checks: Check[];
  findings: Finding[];
  /**
   * Each warning of the report that no rule checks: what the reader said of the script (a page it
   * could not read, rotated text, a theme colour it could not place…) and what the casting and the
   * measuring said (paragraphs counted for a speaker by a guess, a word in another voice's colour
   * inside a sentence, the language guessed…), in the report's order: no rule's finding, never a
   * failure, but a count may be off because of it.
   * With `--since REV`, then what it said of the version at REV, each message after `REV:path: `.
   */
  notes: Warning[];
  /** With `--since REV`: the changes since REV, per voice. */
  since?: SinceSummary;
  /**
   * Why the file could not be checked (status `error`): the user error's code and message, and its
   * details when it has any (which kind of no-text, the limit and its value… docs/internals.md).
   */
  error?: { code: string; message: string; details?: ErrorDetails };
}

/**
 * A file a folder walked (or a glob) found and `check` left out, not being a script: a lock file
 * Word keeps beside an open document (`~$spot.docx`, check/run.ts `expandFiles`).
 */
/**
 * A file a folder's walk or a glob found and did not check: a lock file Word keeps beside an open
 * document, or (a folder's walk) a document in a format vo-lines does not read (`format`: its
 * extension, lower case: doc, odt, rtf, pages).
 */
/**
 * A file a folder's walk or a glob found and left out: a lock file Word keeps beside an open
 * document; a document in a format not read; a symbolic link named as a script that leads nowhere
 * (`target`: what it holds, null when unreadable; `error`: why it cannot be followed, ENOENT for a
 * target missing, ELOOP for a loop of links, EACCES for one out of reach).
 */
export type LeftOut =
  | { file: string; kind: 'lock-file' }
  | { file: string; kind: 'other-format'; format: string }
  | { file: string; kind: 'broken-link'; target: string | null; error: string };

export interface CheckSummary {
  files: number;
  passed: number;
  failed: number;
  /** Files that could not be read (or whose config is invalid). */
  unreadable: number;
  errors: number;
  warnings: number;
  /** Notes of all the files (`FileResult.notes`): never a failure, but what the tool could not be sure of. */
  notes: number;
  /** 0: nothing at error level; 1: a rule failed; 2: a file could not be read (wins over 1). */
  exitCode: 0 | 1 | 2;
  /** The files a folder or a glob found that were left out as no script (lock files), when there are any. */
  leftOut?: LeftOut[];
}

export function summarise(results: readonly FileResult[]): CheckSummary {
  const count = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
  const findings = results.flatMap((r) => r.findings);
  const unreadable = count('error');
  const failed = count('fail');
  return {
    files: results.length,
    passed: count('pass'),
    failed,
    unreadable,
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warning').length,
    notes: results.reduce((sum, r) => sum + r.notes.length, 0),
    exitCode: unreadable > 0 ? 2 : failed > 0 ? 1 : 0,
  };
}

/** The sections of a config that govern `check` and that a config nearer to a script does not take from the one above. */
export type InheritableSection = 'rules' | 'contract' | 'locked';

const SECTION_NAMES: Readonly<Record<InheritableSection, string>> = { rules: 'rules', contract: 'contract', locked: 'locked voices' };

/**
 * A limit of a contract above that a nearer config does not set for its voice: `value` as a config
 * writes it (a tolerance `"5%"` or a number of words); `from`, the config above that sets it (the
 * nearest one that does).
 */
export interface DroppedLimit {
  voice: string;
  limit: string;
  value: number | string;
  from: string;
}

/** A rule a config above sets at a level (`level`, in `from`: the nearest that sets the rule) that a nearer config lowers to `here` (left out: the default). */
export interface DroppedRule {
  rule: string;
  level: string;
  here: string;
  from: string;
}

/** What a nearer config drops of the ones above it, beyond whole sections: the rules lowered, the contract's limits and the locked voices, each named with the config it comes from. */
export interface Dropped {
  /** The sections the nearer config has of its own, which replace the ones above whole while leaving out some of what they set. */
  replaced: readonly InheritableSection[];
  /** Per section the note names: the config above it comes from (the nearest that sets it; for a section replaced, the nearest whose part it drops). */
  sectionFrom: Readonly<Partial<Record<InheritableSection, string>>>;
  limits: readonly DroppedLimit[];
  rules: readonly DroppedRule[];
  locked: readonly string[];
  /** The config above that locks each of `locked`, in its order. */
  lockedFrom: readonly string[];
}

/** The configs the note speaks of, nearest first (`order`, the configs above from the nearest). */
function originsOf(dropped: Dropped, sections: readonly InheritableSection[], order: readonly string[]): string[] {
  const named = new Set<string>([...sections.map((key) => dropped.sectionFrom[key]).filter((from): from is string => from !== undefined), ...dropped.limits.map(({ from }) => from), ...dropped.rules.map(({ from }) => from), ...dropped.lockedFrom]);
  return [...order.filter((path) => named.has(path)), ...[...named].filter((path) => !order.includes(path))];
}

/** "rules: tracked-changes error (off here); Narrator maxWords 1200, Narrator maxMinutes 9; locked: Narrator": what is no longer checked, named (each with its config when they come from more than one). */
function droppedText(dropped: Dropped, several: boolean): string {
  const from = (path: string) => (several ? ` (from ${path})` : '');
  const parts: string[] = [];
  if (dropped.rules.length) parts.push(`rules: ${dropped.rules.map(({ rule, level, here, from: path }) => `${rule} ${level} (${here} here${several ? `, from ${path}` : ''})`).join(', ')}`);
  if (dropped.limits.length) parts.push(dropped.limits.map(({ voice, limit, value, from: path }) => `${voice} ${limit} ${value}${from(path)}`).join(', '));
  if (dropped.locked.length) parts.push(`locked: ${dropped.locked.map((voice, i) => `${voice}${from(dropped.lockedFrom[i] ?? '')}`).join(', ')}`);
  return parts.length ? ` Not checked here: ${parts.join('; ')}.` : '';
}

/**
 * The note `config-rules-not-inherited` (check/run.ts `Configs.notInherited`): `near` governs the
 * script whole, and the `sections` that the configs above it set do not apply: those `near` leaves
 * out, and those it has of its own (`dropped.replaced`) that leave out rules, limits or locked voices
 * a config above sets (a `contract:` for Customer drops the Narrator's limits above it; a `rules:`
 * without `tracked-changes: error`, or with it at `warning`, lowers it). `above` is the nearest
 * config above it that the note names (the one findConfig finds for the folder above, or one further
 * up when that one keeps all it sets); each section, rule, limit and locked voice is named with the
 * config it comes from (`dropped`), and the limits and rules dropped are named, never silent. The
 * paths as they are to be shown; a renderer that shows paths otherwise (GitHub's, from the
 * repository's root) makes it again from its details.
 */
export function notInheritedNote(near: string, above: string, sections: readonly InheritableSection[], dropped: Dropped): Warning {
  const missing = sections.filter((key) => !dropped.replaced.includes(key));
  const replaced = sections.filter((key) => dropped.replaced.includes(key));
  const origins = originsOf(dropped, sections, [above]);
  const several = origins.length > 1;
  const names = (keys: readonly InheritableSection[]) => listOf(keys.map((key) => SECTION_NAMES[key]));
  const fields = (keys: readonly InheritableSection[]) => listOf(keys.map((key) => `${key}:`));
  const plural = (keys: readonly InheritableSection[]) => (keys.length === 1 ? 'section' : 'sections');
  /** The sections of `keys`, grouped by the config they come from, nearest first. */
  const grouped = (keys: readonly InheritableSection[]) =>
    origins.map((from) => ({ from, keys: keys.filter((key) => (dropped.sectionFrom[key] ?? above) === from) })).filter(({ keys: some }) => some.length > 0);
  const what: string[] = [];
  const advice: string[] = [];
  const missingGroups = grouped(missing);
  if (missingGroups.length) {
    const one = missingGroups.length === 1 && missing.length === 1 && missing[0] === 'contract';
    what.push(`the ${missingGroups.map(({ from, keys }) => `${names(keys)} of ${from}`).join(' and the ')} above it ${one ? 'does' : 'do'} not apply`);
    advice.push(
      missingGroups.length === 1
        ? `copy its ${fields(missing)} ${plural(missing)} into ${near}`
        : `copy ${listOf(missingGroups.map(({ from, keys }) => `the ${fields(keys)} ${plural(keys)} of ${from}`))} into ${near}`,
    );
  }
  if (replaced.length) {
    const one = replaced.length === 1;
    // The configs whose parts the sections of its own drop: each limit, rule and locked voice's.
    const replacedFrom = new Set<string>();
    for (const key of replaced) {
      const from = dropped.sectionFrom[key];
      if (from !== undefined) replacedFrom.add(from);
    }
    if (replaced.includes('rules')) for (const { from } of dropped.rules) replacedFrom.add(from);
    if (replaced.includes('contract')) for (const { from } of dropped.limits) replacedFrom.add(from);
    if (replaced.includes('locked')) for (const from of dropped.lockedFrom) replacedFrom.add(from);
    const whose = origins.filter((path) => replacedFrom.has(path));
    const sameAsMissing = missingGroups.length === 1 && whose.length === 1 && whose[0] === missingGroups[0]!.from;
    const of = sameAsMissing ? 'that config' : `${listOf(whose.length ? whose : [above])} above it`;
    what.push(`its own ${fields(replaced)} ${plural(replaced)} ${one ? 'replaces the one' : 'replace those'} of ${of} whole`);
    advice.push(`add to ${near}'s ${fields(replaced)} what it should keep of ${one && whose.length <= 1 ? 'the one' : 'those'} above`);
  }
  const details: Record<string, unknown> = { config: near, above, sections: [...sections] };
  details.sectionFrom = Object.fromEntries(sections.map((key) => [key, dropped.sectionFrom[key] ?? above]));
  if (replaced.length) details.replaced = replaced;
  if (dropped.rules.length) details.rules = dropped.rules.map((rule) => ({ ...rule }));
  if (dropped.limits.length) details.limits = dropped.limits.map((limit) => ({ ...limit }));
  if (dropped.locked.length) {
    details.locked = [...dropped.locked];
    details.lockedFrom = [...dropped.lockedFrom];
  }
  return {
    code: 'config-rules-not-inherited',
    message: `${near} governs this script, and ${what.join(', and ')} (a config does not inherit from the ${several ? 'ones' : 'one'} above): ${advice.join(', and ')}.${droppedText(dropped, several)}`,
    details,
  };
}

/**
 * The error `no-voice-map` (check/run.ts): nothing to check `file`'s voices against, its `config`
 * (a config of settings only; null: none) naming no voice, and its legend none or not trusted
 * (`rejected`, the legend's reasons). The paths as they are to be shown; a renderer that shows
 * paths otherwise (GitHub's, from the repository's root) makes it again from its details.
 */
export function noVoiceMapError(file: string, config: string | null, rejected: { reasons: string[]; location?: Location } | null): { code: 'no-voice-map'; message: string; details: ErrorDetails } {
  const found = rejected ? `its legend cannot be trusted (${rejected.reasons.join('; ')})` : 'it has no legend';
  const none = config === null ? 'no config beside it or above' : `its config (${config}) names no voice`;
  return {
    code: 'no-voice-map',
    message: `${file}: ${none}, and ${found}: nothing to check the voices against. Give a config with --config FILE, write one with vo-lines init ${file}, or pass --no-config to check the colour groups.`,
    details: {
      path: file,
      ...(rejected ? { legend: 'rejected', reasons: rejected.reasons, ...(rejected.location ? { location: rejected.location } : {}) } : { legend: 'none' }),
      ...(config === null ? {} : { config }),
    },
  };
}
