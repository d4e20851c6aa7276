/**
 * The check rules: Report + facts + contract + levels → checks, each with its findings. Pure.
 * One check per rule and file, or per rule and voice for the voice rules (contract, empty-voice):
 * that is what JUnit shows as test cases.
 */
import type { ScriptDiff, VoiceDiff, WordPart } from '../compare/align.js';
import { countWords } from '../text/words.js';
import { findVoice as lookUpVoice } from '../measure/find-voice.js';
import type { Report, VoiceReport } from '../measure/report.js';
import type { Location, ScriptFacts } from '../model.js';
import { formatLocation } from '../render/text.js';
import { DEFAULT_LEVELS, DEFAULT_WORD_TOLERANCE, RULES, type Contract, type Level, type RuleName, type VoiceLimits } from './contract.js';
import type { SinceSummary, SinceVoiceSummary } from './result.js';
import { count, formatDuration, spotDuration, timeDifference } from '../text/format.js';

export interface Finding {
  rule: RuleName;
  level: 'error' | 'warning';
  /** The voice the finding is about, for the voice rules. */
  voice?: string;
  /** One plain sentence for a person. */
  message: string;
  /** Where in the script, when the finding comes from one place (a warning of the reader or the casting). */
  location?: Location;
}

export interface Check {
  rule: RuleName;
  /** Set for the voice rules: one check per voice. */
  voice?: string;
  level: Level;
  findings: Finding[];
}

/** With `check --since REV`: the script's changes since REV. */
export interface SinceInput {
  /** REV as the user wrote it, for messages. */
  rev: string;
  /** OLD is the script at REV (empty when it did not exist there), NEW the file as it is. */
  diff: ScriptDiff;
  /** The config's `locked` voices. */
  locked: readonly string[];
}

export interface RuleInput {
  report: Report;
  facts: ScriptFacts;
  contract: Contract;
  /** Levels of the rules; a rule left out has its default level. */
  levels: Readonly<Partial<Record<RuleName, Level>>>;
  /** Set with `--since REV`: the `locked` and `max-added-words` rules run on it. */
  since?: SinceInput;
}

/** Report warnings that rules turn into findings, by warning code. */
export const WARNING_RULES: Readonly<Record<string, RuleName>> = {
  'unknown-colour': 'unknown-colour',
  'unknown-color': 'unknown-colour',
  'confusable-colours': 'confusable-colours',
  'confusable-colors': 'confusable-colours',
  'mixed-word': 'mixed-word',
};

const n = count;
const words = (count: number) => `${n(count)} word${count === 1 ? '' : 's'}`;

/** The voice a contract names, as `--voice` finds it (colour groups by hex or plain name too). */
function findVoice(report: Report, name: string): VoiceReport | undefined {
  const found = lookUpVoice(report.voices, name, report.mode === 'colours');
  return found && 'voice' in found ? report.voices.find((v) => v.name === found.voice) : undefined;
}

function contractMessages(voice: VoiceReport, limits: VoiceLimits): string[] {
  const messages: string[] = [];
  if (limits.maxWords !== undefined && voice.words > limits.maxWords) {
    messages.push(`${voice.name}: ${words(voice.words)}, over the contract's maximum of ${n(limits.maxWords)} by ${n(voice.words - limits.maxWords)}.`);
  }
  if (limits.maxMinutes !== undefined && voice.seconds > limits.maxMinutes * 60) {
    const max = limits.maxMinutes * 60;
    messages.push(
      `${voice.name}: about ${formatDuration(voice.seconds)} to record (${words(voice.spokenWords)} spoken at ${n(voice.wpm)} wpm), over the contract's maximum of ${formatDuration(max)} by ${timeDifference(voice.seconds - max)}.`,
    );
  }
  if (limits.expectWords !== undefined) {
    const tolerance = limits.tolerance ?? DEFAULT_WORD_TOLERANCE;
    const slack = 'percent' in tolerance ? (limits.expectWords * tolerance.percent) / 100 : tolerance.words;
    const low = limits.expectWords - slack;
    const high = limits.expectWords + slack;
    if (voice.words < low || voice.words > high) {
      const range = `${n(Math.max(0, Math.ceil(low)))}–${n(Math.floor(high))}`;
      const given = 'percent' in tolerance ? `${n(limits.expectWords)} ± ${tolerance.percent}%` : `${n(limits.expectWords)} ± ${n(tolerance.words)}`;
      messages.push(`${voice.name}: ${words(voice.words)}, outside the expected ${range} (${given}).`);
    }
  }
  return messages;
}

/** Limits the contract rule checks (`maxAddedWords` is the max-added-words rule's). */
const hasContractLimit = (limits: VoiceLimits) => limits.maxWords !== undefined || limits.maxMinutes !== undefined || limits.expectWords !== undefined;

function contractChecks(input: RuleInput, level: Level): Check[] {
  const checks: Check[] = [];
  for (const [name, limits] of Object.entries(input.contract)) {
    if (!hasContractLimit(limits)) continue;
    const voice = findVoice(input.report, name);
    const check: Check = { rule: 'contract', voice: voice?.name ?? name, level, findings: [] };
    if (level !== 'off') {
      const messages = voice
        ? contractMessages(voice, limits)
        : [`${name}: the contract names this voice, but the script has no voice of that name (voices: ${input.report.voices.map((v) => `"${v.name}"`).join(', ') || 'none'}).`];
      check.findings = messages.map((message) => ({ rule: 'contract', level, voice: check.voice!, message }));
    }
    checks.push(check);
  }
  return checks;
}

function emptyVoiceChecks(input: RuleInput, level: Level): Check[] {
  // Without a config the voices are the colours found, none of them empty: nothing to check.
  if (input.report.mode !== 'config') return [];
  return input.report.voices.map((voice) => ({
    rule: 'empty-voice',
    voice: voice.name,
    level,
    findings:
      level !== 'off' && voice.words === 0
        ? [{ rule: 'empty-voice', level, voice: voice.name, message: `${voice.name}: no line in this script (the config names this voice, but no text has its colour).` }]
        : [],
  }));
}

function trackedChangesCheck(input: RuleInput, level: Level): Check {
  const findings: Finding[] =
    level !== 'off' && input.facts.trackedChanges
      ? [{ rule: 'tracked-changes', level, message: 'The file holds tracked changes; they were counted as accepted. Accept or reject them before the session.' }]
      : [];
  return { rule: 'tracked-changes', level, findings };
}

/** The section-time rule is in force only for a script with a section target (or a config target naming none). */
export function sectionRuleApplies(report: Report): boolean {
  return (report.sections ?? []).some((s) => s.targetSeconds !== null) || report.warnings.some((w) => w.code === 'unknown-section');
}

/**
 * Each section (spot) over its target, and each config target that names no section (a misspelt
 * title must not pass). One check for the rule; a finding per section.
 */
function sectionTimeCheck(input: RuleInput, level: Level): Check {
  const findings: Finding[] = [];
  if (level !== 'off') {
    for (const section of input.report.sections) {
      if (section.targetSeconds === null || section.seconds <= section.targetSeconds) continue;
      const spoken = section.voices.filter((v) => v.spokenWords > 0).map((v) => `${v.name} ${spotDuration(v.seconds)}`);
      const from = section.targetFrom === 'config' ? "the config's target" : 'its target';
      findings.push({
        rule: 'section-time',
        level,
        message: `${section.title}: about ${spotDuration(section.seconds)} to record (${words(section.spokenWords)} spoken: ${spoken.join(', ') || 'no voice'}), over ${from} of ${spotDuration(section.targetSeconds)} by ${timeDifference(section.seconds - section.targetSeconds)}.`,
        location: section.location,
      });
    }
    for (const warning of input.report.warnings) {
      if (warning.code === 'unknown-section') findings.push({ rule: 'section-time', level, message: warning.message });
    }
  }
  return { rule: 'section-time', level, findings };
}

function warningCheck(input: RuleInput, rule: RuleName, level: Level): Check {
  const findings: Finding[] = [];
  if (level !== 'off') {
    for (const warning of input.report.warnings) {
      if (!Object.hasOwn(WARNING_RULES, warning.code) || WARNING_RULES[warning.code] !== rule) continue;
      const finding: Finding = { rule, level, message: warning.message };
      if (warning.location) finding.location = warning.location;
      findings.push(finding);
    }
  }
  return { rule, level, findings };
}

// ---------------------------------------------------------------------------------------------
// --since REV: locked voices and words added since REV.

/** Words a voice must newly record since REV: its added lines, the words inserted into its changed lines, and the lines it took over from another voice (or from unassigned text). Removed words do not offset them; moved lines add none. */
export function addedWords(diff: VoiceDiff): number {
  const inLines = (lines: { text: string }[]) => lines.reduce((sum, line) => sum + countWords(line.text), 0);
  const inserted = diff.changed.reduce((sum, line) => sum + line.words.filter((part) => part.kind === 'added').reduce((s, part) => s + countWords(part.text), 0), 0);
  return inLines(diff.added) + inserted + inLines(diff.reassignedIn);
}

/** Per voice (not the unassigned text), what changed since REV: the human output's summary. */
export function sinceSummary(since: SinceInput, existed: boolean): SinceSummary {
  const voices: SinceVoiceSummary[] = since.diff.voices.map((diff) => ({
    name: diff.name,
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    reassignedIn: diff.reassignedIn.length,
    reassignedOut: diff.reassignedOut.length,
    moved: diff.moved.length,
    addedWords: addedWords(diff),
    words: { ...diff.words },
  }));
  return { rev: since.rev, existed, voices };
}

const SHORT_TEXT = 60;
/** Context words kept on each side of a change inside a changed line. */
const CONTEXT_WORDS = 4;

/** A line's text in quotes, cut after about 60 characters at a word. */
function shortText(text: string): string {
  const chars = [...text];
  if (chars.length <= SHORT_TEXT) return `"${text}"`;
  const cut = chars.slice(0, SHORT_TEXT - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `"${(space > SHORT_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}

/** A changed line as `[-old-]{+new+}` marks, the unchanged words far from any change left out (…). */
export function plainWordDiff(parts: readonly WordPart[]): string {
  const last = parts.length - 1;
  return parts
    .map((part, index) => {
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text)!;
      if (part.kind !== 'same') return core ? `${lead}${part.kind === 'removed' ? `[-${core}-]` : `{+${core}+}`}${trail}` : part.text;
      const words = core.split(/\s+/).filter(Boolean);
      const k = CONTEXT_WORDS;
      if (index === 0 && index !== last && words.length > k) return `… ${words.slice(-k).join(' ')}${trail}`;
      if (index === last && index !== 0 && words.length > k) return `${lead}${words.slice(0, k).join(' ')} …`;
      if (index !== 0 && index !== last && words.length > 2 * k) return `${lead}${words.slice(0, k).join(' ')} … ${words.slice(-k).join(' ')}${trail}`;
      return part.text;
    })
    .join('');
}

const otherVoice = (voice: string | null) => (voice === null ? 'unassigned text' : voice);

/** One finding per line of the voice that differs since REV, in NEW's reading order; removed lines last, in REV's order. */
function lockedFindings(diff: VoiceDiff, rev: string, level: 'error' | 'warning'): Finding[] {
  const findings: Finding[] = [];
  const add = (message: string, location?: Location) => findings.push({ rule: 'locked', level, voice: diff.name, message: `${diff.name}: ${message}`, ...(location ? { location } : {}) });
  const at = (location: Location) => formatLocation(location);
  for (const line of diff.added) add(`line added since ${rev}: ${shortText(line.text)}`, line.location);
  for (const line of diff.changed) add(`line changed since ${rev}: ${plainWordDiff(line.words)}`, line.location);
  for (const line of diff.reassignedIn) add(`line given to ${diff.name} since ${rev} (it was ${otherVoice(line.from)}'s): ${shortText(line.text)}`, line.location);
  for (const line of diff.moved) add(`line moved since ${rev} (it was at ${at(line.oldLocation)}): ${shortText(line.text)}`, line.location);
  for (const line of diff.reassignedOut) add(`line given to ${otherVoice(line.to)} since ${rev}: ${shortText(line.text)}`, line.location);
  // A removed line is no longer in the script: its place is REV's, said in the message.
  for (const line of diff.removed) add(`line removed since ${rev} (it was at ${at(line.location)} in ${rev}): ${shortText(line.text)}`);
  // Stable: lines at the same paragraph keep the order above.
  const order = (f: Finding) => (f.location ? (f.location.page ?? 0) * 1e9 + f.location.paragraph : Number.MAX_SAFE_INTEGER);
  return findings.sort((a, b) => order(a) - order(b));
}

function findDiff(diff: ScriptDiff, name: string): VoiceDiff | undefined {
  return diff.voices.find((v) => v.name === name) ?? diff.voices.find((v) => v.name.toLowerCase() === name.toLowerCase());
}

function lockedChecks(since: SinceInput, level: Level): Check[] {
  return since.locked.map((name) => {
    const diff = findDiff(since.diff, name);
    const check: Check = { rule: 'locked', voice: diff?.name ?? name, level, findings: [] };
    if (level !== 'off' && diff) check.findings = lockedFindings(diff, since.rev, level);
    return check;
  });
}

function maxAddedWordsChecks(input: RuleInput, since: SinceInput, level: Level): Check[] {
  const checks: Check[] = [];
  for (const [name, limits] of Object.entries(input.contract)) {
    if (limits.maxAddedWords === undefined) continue;
    const diff = findDiff(since.diff, name);
    const check: Check = { rule: 'max-added-words', voice: diff?.name ?? name, level, findings: [] };
    const added = diff ? addedWords(diff) : 0;
    if (level !== 'off' && diff && added > limits.maxAddedWords) {
      const where: string[] = [];
      const lines = (count: number, what: string) => count && where.push(`${n(count)} ${what}`);
      lines(diff.added.length, diff.added.length === 1 ? 'added line' : 'added lines');
      lines(diff.changed.length, diff.changed.length === 1 ? 'changed line' : 'changed lines');
      lines(diff.reassignedIn.length, diff.reassignedIn.length === 1 ? 'line from another voice' : 'lines from other voices');
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

/** Every rule on one script, in the order of `RULES`, then the rules of `--since` when it is given. */
export function runRules(input: RuleInput): Check[] {
  const checks: Check[] = [];
  const levelOf = (rule: RuleName): Level => input.levels[rule] ?? DEFAULT_LEVELS[rule];
  for (const rule of RULES) {
    const level = levelOf(rule);
    if (rule === 'contract') checks.push(...contractChecks(input, level));
    else if (rule === 'empty-voice') checks.push(...emptyVoiceChecks(input, level));
    else if (rule === 'tracked-changes') checks.push(trackedChangesCheck(input, level));
    else if (rule === 'section-time') {
      if (sectionRuleApplies(input.report)) checks.push(sectionTimeCheck(input, level));
    }
    else checks.push(warningCheck(input, rule, level));
  }
  if (input.since) {
    checks.push(...lockedChecks(input.since, levelOf('locked')));
    checks.push(...maxAddedWordsChecks(input, input.since, levelOf('max-added-words')));
  }
  return checks;
}

export function findingsOf(checks: readonly Check[]): Finding[] {
  return checks.flatMap((check) => check.findings);
}
