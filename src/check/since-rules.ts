/**
 * The rules of `check --since REV`: a locked voice's lines must not change, and a voice may gain only
 * so many words. Pure: the comparison is made before.
 */
import { UNASSIGNED_TEXT, voiceNamed } from '../attribute/voices.js';
import type { Contract } from '../config/contract.js';
import { DEFAULT_LEVELS, type Level, type RuleName } from '../config/rules.js';
import type { Ranked, ScriptDiff, VoiceDiff, WordPart } from '../compare/model.js';
import { regroupText } from '../compare/describe.js';
import { MAX_WORD_EDITS, plainMark, plainWordDiff } from '../compare/word-diff.js';
import type { Location } from '../model.js';
import { count, formatLocation, plural, shortText } from '../text/format.js';
import { countWords } from '../text/words.js';
import type { Check, Finding } from './result.js';

/** With `check --since REV`: the script's changes since REV. */
export interface SinceInput {
  /** REV as the user wrote it, for messages. */
  rev: string;
  /** OLD is the script at REV (empty when it did not exist there), NEW the file as it is. */
  diff: ScriptDiff;
  /** The config's `locked` voices. */
  locked: readonly string[];
  /**
   * Voices the config at REV locked and today's does not (the lock removed, or a config nearer to the
   * script added without it), at the level the rule had at REV (or `--rule locked=…`): a change that
   * edits their recorded lines cannot lift the lock in the same stroke.
   */
  lifted?: { voices: readonly string[]; level: Level };
}

/** Whether two names in configs name the same voice: as `--voice` finds one, regardless of case. */
export const sameVoiceName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

const n = count;
const words = (value: number) => plural(value, 'word');

/**
 * Words a voice must newly record since REV: its added lines, the words really new in its changed
 * lines (those joined or split included: re-paragraphing is no new word, nor a change of case), and
 * the lines it took over from another voice (or from unassigned text). Removed words do not offset
 * them; moved lines add none.
 */
export function addedWords(diff: VoiceDiff): number {
  const inLines = (lines: { text: string }[]) => lines.reduce((sum, line) => sum + countWords(line.text), 0);
  const inserted = diff.changed.reduce((sum, line) => sum + line.addedWords, 0);
  // An added line's own count (compare/added.ts: directions out, words split off or moved nearby not new).
  const added = diff.added.reduce((sum, line) => sum + (line.addedWords ?? countWords(line.text)), 0);
  return added + inserted + inLines(diff.reassignedIn);
}

const otherVoice = (voice: string | null) => voice ?? UNASSIGNED_TEXT;

/**
 * One finding per line of the voice that differs since REV, in NEW's reading order (each line's
 * `rank`: two lines of the voice in one paragraph in the order they are read, whatever their kind;
 * places alone cannot tell them apart); removed lines last, in REV's order. A line moved with its text
 * unchanged (same voice) is none, nor lines joined or split with every word kept in order: the
 * recording is still good, only the place or the cut changed (the summary counts them).
 */
function lockedFindings(diff: VoiceDiff, rev: string, level: 'error' | 'warning'): Finding[] {
  const placed: { finding: Finding; rank: number }[] = [];
  const finding = (message: string, location?: Location, movedFrom?: Location): Finding => ({
    rule: 'locked',
    level,
    voice: diff.name,
    message: `${diff.name}: ${message}`,
    ...(location ? { location } : {}),
    ...(movedFrom ? { movedFrom } : {}),
  });
  /** A line that also moved (another line kept between its two places) is said as diff says it: `(moved from ¶8)`, REV's place. */
  const add = (message: string, line: Ranked & { location: Location; oldLocation?: Location; moved?: boolean }) =>
    placed.push({ finding: finding(message, line.location, line.moved && line.oldLocation ? line.oldLocation : undefined), rank: line.rank });
  const at = (location: Location) => formatLocation(location);
  const movedFrom = (line: { oldLocation?: Location; moved?: boolean }) => (line.moved && line.oldLocation ? `moved from ${at(line.oldLocation)}` : null);
  for (const line of diff.added) add(`line added since ${rev}: ${shortText(line.text)}`, line);
  for (const line of diff.changed) {
    // Lines joined or split with every word kept, in order: the recording still says them all (the summary counts them).
    if (line.regrouped && line.words.every((part) => part.kind === 'same')) continue;
    const moved = movedFrom(line);
    add(`${line.regrouped ? `${regroupText(line.regrouped)} since ${rev}` : `line changed since ${rev}`}${moved ? ` (${moved})` : ''}${tooChangedSaid(line)}: ${changeOf(line.words, line)}`, line);
  }
  const textOf = (line: { text: string; words?: WordPart[]; tooChanged?: true }) => (line.words ? changeOf(line.words, line) : shortText(line.text));
  for (const line of diff.reassignedIn) {
    const moved = movedFrom(line);
    add(`line given to ${diff.name} since ${rev} (it was ${otherVoice(line.from)}'s${moved ? `, ${moved}` : ''})${line.words ? ' and edited' : ''}${tooChangedSaid(line)}: ${textOf(line)}`, line);
  }
  for (const line of diff.reassignedOut) {
    const moved = movedFrom(line);
    add(`line given to ${otherVoice(line.to)} since ${rev}${moved ? ` (${moved})` : ''}${line.words ? ' and edited' : ''}${tooChangedSaid(line)}: ${textOf(line)}`, line);
  }
  // A rank is a NEW line's index: one line, one rank.
  const findings = placed.sort((a, b) => a.rank - b.rank).map((p) => p.finding);
  // A removed line is no longer in the script: its place is REV's, said in the message.
  for (const line of diff.removed) findings.push(finding(`line removed since ${rev} (it was at ${at(line.location)} in ${rev}): ${shortText(line.text)}`));
  return findings;
}

/**
 * A line's change as a finding shows it: the words deleted and inserted with a little context; a line
 * too changed to mark word by word (its whole text removed and added, `tooChanged`) each text cut as
 * a line's text is (its whole texts can be thousands of words).
 */
function changeOf(words: readonly WordPart[], line: { tooChanged?: true }): string {
  if (!line.tooChanged) return plainWordDiff(words);
  const cut = (text: string) => shortText(text).slice(1, -1);
  return words.map((part) => (part.kind === 'same' ? cut(part.text) : plainMark(part.kind, cut(part.text.trim())))).join('');
}

/** Said of a line too changed to mark word by word, before its text (`diff`'s `line-too-changed` says it too). */
const tooChangedSaid = (line: { tooChanged?: true }) => (line.tooChanged ? `, in more than ${n(MAX_WORD_EDITS)} places (too many to mark word by word)` : '');

/** A locked or limited voice's changes, found as `--voice` finds it. */
const findDiff = (diff: ScriptDiff, name: string): VoiceDiff | undefined => voiceNamed(diff.voices, name);

export function lockedChecks(since: SinceInput, level: Level): Check[] {
  const checks = since.locked.map((name) => {
    const diff = findDiff(since.diff, name);
    const check: Check = { rule: 'locked', voice: diff?.name ?? name, level, findings: [] };
    if (level !== 'off' && diff) check.findings = lockedFindings(diff, since.rev, level);
    return check;
  });
  if (!since.lifted) return checks;
  // A lock lifted since REV: checked as at REV, but only where the change edits the voice's lines
  // (a lock lifted alone, its lines untouched, is the way to unlock: no finding, no check listed).
  const liftedLevel = since.lifted.level;
  for (const name of since.lifted.voices) {
    const diff = findDiff(since.diff, name);
    if (liftedLevel === 'off' || !diff) continue;
    const lines = lockedFindings(diff, since.rev, liftedLevel);
    if (lines.length === 0) continue;
    const why: Finding = {
      rule: 'locked',
      level: liftedLevel,
      voice: diff.name,
      message: `${diff.name}: locked at ${since.rev}, and this change lifts the lock while it changes ${diff.name}'s recorded lines. To unlock on purpose, land the unlock in a change of its own first, or run with --rule locked=warning.`,
    };
    checks.push({ rule: 'locked', voice: diff.name, level: liftedLevel, findings: [why, ...lines] });
  }
  return checks;
}

export function maxAddedWordsChecks(contract: Contract, since: SinceInput, level: Level): Check[] {
  const checks: Check[] = [];
  for (const [name, limits] of Object.entries(contract)) {
    if (limits.maxAddedWords === undefined) continue;
    const diff = findDiff(since.diff, name);
    const check: Check = { rule: 'max-added-words', voice: diff?.name ?? name, level, findings: [] };
    const added = diff ? addedWords(diff) : 0;
    if (level !== 'off' && diff && added > limits.maxAddedWords) {
      const where: string[] = [];
      if (diff.added.length) where.push(plural(diff.added.length, 'added line'));
      if (diff.changed.length) where.push(plural(diff.changed.length, 'changed line'));
      // "from another voice", "from other voices": more than an s, so not plural()'s.
      const taken = diff.reassignedIn.length;
      if (taken) where.push(taken === 1 ? '1 line from another voice' : `${n(taken)} lines from other voices`);
      check.findings = [
        {
          rule: 'max-added-words',
          level,
          voice: diff.name,
          message: `${diff.name}: ${words(added)} added since ${since.rev} (in ${where.join(', ')}), over the contract's maximum of ${n(limits.maxAddedWords)} by ${n(added - limits.maxAddedWords)}.`,
        },
      ];
    }
    checks.push(check);
  }
  return checks;
}

/** The rules on changes, in this order, at their levels (a rule left out has its default level). */
export function sinceRules(since: SinceInput, contract: Contract, levels: Readonly<Partial<Record<RuleName, Level>>>): Check[] {
  const levelOf = (rule: RuleName): Level => levels[rule] ?? DEFAULT_LEVELS[rule];
  return [...lockedChecks(since, levelOf('locked')), ...maxAddedWordsChecks(contract, since, levelOf('max-added-words'))];
}

/**
 * The rules on changes when the version at REV could not be read: each check in force gets one
 * warning that it was not checked (not a pass it did not earn, nor a failure of today's file).
 */
export function uncheckedSinceRules(locked: readonly string[], contract: Contract, rev: string, levels: Readonly<Partial<Record<RuleName, Level>>>): Check[] {
  const levelOf = (rule: RuleName): Level => levels[rule] ?? DEFAULT_LEVELS[rule];
  const unchecked = (rule: RuleName, voice: string): Check => {
    const level = levelOf(rule);
    const message = `${voice}: not checked: the version at ${rev} could not be read.`;
    return { rule, voice, level, findings: level === 'off' ? [] : [{ rule, level: 'warning', voice, message }] };
  };
  const limited = Object.entries(contract).filter(([, limits]) => limits.maxAddedWords !== undefined);
  return [...locked.map((name) => unchecked('locked', name)), ...limited.map(([name]) => unchecked('max-added-words', name))];
}
