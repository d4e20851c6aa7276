/**
 * What `check --since REV` adds to a file's result: the comparison with the script at REV
 * (since.ts), the rules on changes (since-rules.ts), the summary of the changes and what the reader
 * said of the old version. run.ts loads this module only with --since: git, the comparison and the
 * word diff library come with it.
 */
import type { Contract } from '../config/contract.js';
import type { Level, RuleName } from '../config/rules.js';
import type { Warning } from '../model.js';
import type { AnalyseOptions, Analysis } from '../pipeline.js';
import type { Check, SinceSummary } from './result.js';
import { compareSince } from './since.js';
import { sameVoiceName, sinceRules, uncheckedSinceRules } from './since-rules.js';
import { sinceSummary } from './since-summary.js';
import { sinceDiffNotes } from './since-notes.js';

/** What the rules on changes need of the file's config and settings. */
export interface SinceSettings {
  contract: Contract;
  levels: Readonly<Partial<Record<RuleName, Level>>>;
  /** The config's `locked` voices. */
  locked: readonly string[];
  /** `--rule locked=LEVEL`, when given: it judges a lock lifted since REV too. */
  cliLocked?: Level;
}

export interface SinceOutcome {
  /** The checks of the rules on changes, to follow the other rules' (runRules). */
  checks: Check[];
  summary: SinceSummary;
  /**
   * The reader's warnings on the version at REV, named by it (`REV:path: …`), and the voice maps'; then
   * what `diff` says of the pair that bears on the changes (since-notes.ts): notes of the file, after its own.
   */
  notes: Warning[];
}

/** `file`'s changes since `rev` (`analysis` is the file as it is), checked by today's rules on changes. */
export async function checkSince(file: string, rev: string, analysis: Analysis, options: AnalyseOptions, settings: SinceSettings): Promise<SinceOutcome> {
  const comparison = await compareSince(file, rev, analysis, options);
  const { diff, path, existed, renamedFrom, renamed, untracked, unreadable, oldWarnings } = comparison;
  const at = { path, existed, ...(renamedFrom !== undefined ? { renamedFrom } : {}), ...(renamed ? { renamed } : {}) };
  if (!diff) {
    // The version at REV could not be read: today's file is checked by today's rules, the rules on changes are not.
    const why = unreadable!;
    const note: Warning = {
      code: 'since-unreadable',
      message: `The version at ${rev} could not be read, so the changes since ${rev} are not checked: ${why.message}`,
      details: { rev, path, error: why.code, ...(why.details ? { cause: why.details } : {}) },
    };
    const summary: SinceSummary = { rev, ...at, unreadable: { code: why.code, message: why.message }, voices: [] };
    return { checks: uncheckedSinceRules(settings.locked, settings.contract, rev, settings.levels), summary, notes: [note] };
  }
  const { lockedThen } = comparison;
  // A voice locked at REV whose lock today's config no longer has: lifted in the change it judges.
  const lifted = lockedThen ? lockedThen.voices.filter((voice) => !settings.locked.some((name) => sameVoiceName(name, voice))) : [];
  const since = { rev, diff, locked: settings.locked, ...(lifted.length ? { lifted: { voices: lifted, level: settings.cliLocked ?? lockedThen!.level } } : {}) };
  return { checks: sinceRules(since, settings.contract, settings.levels), summary: { ...sinceSummary(since, at), ...(untracked ? { untracked } : {}) }, notes: existed ? [...oldWarnings, ...sinceDiffNotes(diff.warnings, rev)] : oldWarnings };
}
