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
import { sinceRules } from './since-rules.js';
import { sinceSummary } from './since-summary.js';

/** What the rules on changes need of the file's config and settings. */
export interface SinceSettings {
  contract: Contract;
  levels: Readonly<Partial<Record<RuleName, Level>>>;
  /** The config's `locked` voices. */
  locked: readonly string[];
}

export interface SinceOutcome {
  /** The checks of the rules on changes, to follow the other rules' (runRules). */
  checks: Check[];
  summary: SinceSummary;
  /** The reader's warnings on the version at REV, named by it (`REV:path: …`): notes of the file, after its own. */
  notes: Warning[];
}

/** `file`'s changes since `rev` (`analysis` is the file as it is), checked by the rules on changes. */
export async function checkSince(file: string, rev: string, analysis: Analysis, options: AnalyseOptions, settings: SinceSettings): Promise<SinceOutcome> {
  const { diff, existed, renamedFrom, untracked, oldWarnings } = await compareSince(file, rev, analysis, options);
  const since = { rev, diff, locked: settings.locked };
  return { checks: sinceRules(since, settings.contract, settings.levels), summary: { ...sinceSummary(since, existed, renamedFrom), ...(untracked ? { untracked } : {}) }, notes: oldWarnings };
}
