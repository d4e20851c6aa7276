/**
 * The check rules: Report + facts + contract + levels → checks, each with its findings. Pure.
 * One check per rule and file, or per rule and voice for the voice rules (contract, empty-voice):
 * that is what JUnit shows as test cases.
 */
import { formatDuration } from '../measure/pace.js';
import type { Report, VoiceReport } from '../measure/report.js';
import type { Location, ScriptFacts } from '../model.js';
import { DEFAULT_WORD_TOLERANCE, RULES, type Contract, type Level, type RuleName, type VoiceLimits } from './contract.js';

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

export interface RuleInput {
  report: Report;
  facts: ScriptFacts;
  contract: Contract;
  levels: Readonly<Record<RuleName, Level>>;
}

/** Report warnings that rules turn into findings, by warning code. */
export const WARNING_RULES: Readonly<Record<string, RuleName>> = {
  'unknown-colour': 'unknown-colour',
  'unknown-color': 'unknown-colour',
  'confusable-colours': 'confusable-colours',
  'confusable-colors': 'confusable-colours',
  'mixed-word': 'mixed-word',
};

const integer = new Intl.NumberFormat('en-US');
const n = (value: number) => integer.format(value);
const words = (count: number) => `${n(count)} word${count === 1 ? '' : 's'}`;
/** A difference in time: seconds under a minute (so 0.4 s over is not shown as 0:00), m:ss above. */
const timeDifference = (seconds: number) => (seconds < 60 ? `${Math.round(seconds * 10) / 10} s` : formatDuration(seconds));

function findVoice(report: Report, name: string): VoiceReport | undefined {
  return report.voices.find((v) => v.name === name) ?? report.voices.find((v) => v.name.toLowerCase() === name.toLowerCase());
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

function contractChecks(input: RuleInput, level: Level): Check[] {
  const checks: Check[] = [];
  for (const [name, limits] of Object.entries(input.contract)) {
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

function warningCheck(input: RuleInput, rule: RuleName, level: Level): Check {
  const findings: Finding[] = [];
  if (level !== 'off') {
    for (const warning of input.report.warnings) {
      if (WARNING_RULES[warning.code] !== rule) continue;
      const finding: Finding = { rule, level, message: warning.message };
      if (warning.location) finding.location = warning.location;
      findings.push(finding);
    }
  }
  return { rule, level, findings };
}

/** Every rule on one script, in the order of `RULES`. */
export function runRules(input: RuleInput): Check[] {
  const checks: Check[] = [];
  for (const rule of RULES) {
    const level = input.levels[rule];
    if (rule === 'contract') checks.push(...contractChecks(input, level));
    else if (rule === 'empty-voice') checks.push(...emptyVoiceChecks(input, level));
    else if (rule === 'tracked-changes') checks.push(trackedChangesCheck(input, level));
    else checks.push(warningCheck(input, rule, level));
  }
  return checks;
}

export function findingsOf(checks: readonly Check[]): Finding[] {
  return checks.flatMap((check) => check.findings);
}
