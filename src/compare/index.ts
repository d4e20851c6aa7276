/** Compare two versions of a script (any mix of DOCX and PDF), voice by voice. */
import { analyse, type AnalyseOptions } from '../pipeline.js';
import { compareScripts, type CompareOptions, type ScriptDiff } from './align.js';

export {
  alignLines,
  comparisonKey,
  compareScripts,
  DEFAULT_SIMILARITY,
  hasChanges,
  UNASSIGNED_VOICE,
  wordDiff,
  wordSimilarity,
  type ChangedLine,
  type CompareOptions,
  type ComparedSide,
  type Delta,
  type DiffLine,
  type MovedLine,
  type ReassignedInLine,
  type ReassignedOutLine,
  type ScriptDiff,
  type SideSummary,
  type VoiceDiff,
  type WordPart,
} from './align.js';

/**
 * Reads and analyses both scripts, then compares them. With `options.config` both sides use that
 * voice map; without, each side finds its own config or legend (a warning says when they differ).
 */
export async function diffScripts(oldFile: string, newFile: string, options: AnalyseOptions & CompareOptions = {}): Promise<ScriptDiff> {
  const before = await analyse(oldFile, options);
  const after = await analyse(newFile, options);
  return compareScripts(before, after, options);
}
