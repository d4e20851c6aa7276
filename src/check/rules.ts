/**
 * The check rules: Report + facts + contract + levels → checks, each with its findings. Pure.
 * One check per rule and file, or per rule and voice for the voice rules (contract, empty-voice):
 * that is what JUnit shows as test cases.
 */
import { voiceNamed } from '../attribute/voices.js';
import type { Report, VoiceReport } from '../measure/report.js';
import type { ScriptFacts, Warning } from '../model.js';
import { DEFAULT_WORD_TOLERANCE, type Contract, type VoiceLimits } from '../config/contract.js';
import type { Check, Finding } from './result.js';
import { count, formatDuration, plural, spotDuration, timeDifference } from '../text/format.js';
import { DEFAULT_LEVELS, RULES, TRACKED_CHANGES_MESSAGE, warningRule, type Level, type RuleName } from '../config/rules.js';

export interface RuleInput {
  report: Report;
  facts: ScriptFacts;
  contract: Contract;
  /** Levels of the rules; a rule left out has its default level. */
  levels: Readonly<Partial<Record<RuleName, Level>>>;
}

const n = count;
const words = (value: number) => plural(value, 'word');

/** A time to a tenth of a second: `6.4 s` under a minute, `5:00.4` above (`5:00` when whole). */
function tenths(seconds: number): string {
  const tenthsOf = Math.round(seconds * 10);
  if (tenthsOf < 600) return `${tenthsOf / 10} s`;
  const whole = Math.floor(tenthsOf / 10);
  const fraction = tenthsOf % 10;
  return fraction ? `${formatDuration(whole)}.${fraction}` : formatDuration(whole);
}

/**
 * How a voice's time was reckoned, as the report reckoned it: its syllables at its rate plus its
 * pauses (syllable timing), its characters a minute (Chinese, Japanese), or its spoken words a minute.
 */
function howTimed(voice: VoiceReport, timing: Report['timing']): string {
  if (voice.syllablesPerSecond !== undefined && voice.syllables !== undefined) {
    // The pauses are what the time holds beyond the syllables (the time is rounded to a tenth).
    const pauses = Math.round(Math.max(0, voice.seconds - voice.syllables / voice.syllablesPerSecond) * 10) / 10;
    return `${plural(voice.syllables, 'syllable')} at ${voice.syllablesPerSecond} a second${pauses > 0 ? `, plus ${pauses} s of pauses at commas and full stops` : ''}`;
  }
  if (timing?.paceUnit === 'characters') return `${plural(voice.spokenWords, 'character')} spoken at ${n(voice.wpm)} characters a minute`;
  return `${words(voice.spokenWords)} spoken at ${n(voice.wpm)} wpm`;
}

function contractMessages(voice: VoiceReport, limits: VoiceLimits, timing: Report['timing']): string[] {
  const messages: string[] = [];
  if (limits.maxWords !== undefined && voice.words > limits.maxWords) {
    messages.push(`${voice.name}: ${words(voice.words)}, over the contract's maximum of ${n(limits.maxWords)} by ${n(voice.words - limits.maxWords)}.`);
  }
  // In thousandths of a second: 4.1 × 60 is 245.99999999999997 in binary, and 246 s is at the limit, not over it.
  const maxMs = limits.maxMinutes === undefined ? undefined : Math.round(limits.maxMinutes * 60_000);
  const ms = Math.round(voice.seconds * 1000);
  if (maxMs !== undefined && ms > maxMs) {
    const max = maxMs / 1000;
    const over = (ms - maxMs) / 1000;
    // Under a minute, or over by less than a second, m:ss would read `about 0:12 … maximum of 0:12 by 0.4 s`: both to a tenth then.
    const shown = max < 60 || over < 1 ? tenths : formatDuration;
    const by = Math.round(over * 10) < 1 ? 'less than 0.1 s' : timeDifference(over);
    messages.push(`${voice.name}: about ${shown(voice.seconds)} to record (${howTimed(voice, timing)}), over the contract's maximum of ${shown(max)} by ${by}.`);
  }
  if (limits.expectWords !== undefined) {
    const tolerance = limits.tolerance ?? DEFAULT_WORD_TOLERANCE;
    // To the billionth of a word: 5% of 700 words is 35 words, never 35.00000000000001 (a limit is met exactly at it).
    const slack = Math.round(('percent' in tolerance ? (limits.expectWords * tolerance.percent) / 100 : tolerance.words) * 1e9) / 1e9;
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
    // The voice the contract names, as `--voice` finds it (colour groups by hex or plain name too).
    const voice = voiceNamed(input.report.voices, name, input.report.mode === 'colours');
    const check: Check = { rule: 'contract', voice: voice?.name ?? name, level, findings: [] };
    if (level !== 'off') {
      const messages = voice
        ? contractMessages(voice, limits, input.report.timing)
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
  // Names that may be either of two voices whose labels differ only by accents (label-accents-alike): by voice, as written.
  const alike = new Map<string, string[]>();
  for (const warning of input.report.warnings) {
    if (warning.code !== 'label-accents-alike') continue;
    const { label, voices } = (warning.details ?? {}) as { label?: unknown; voices?: unknown };
    if (typeof label !== 'string' || !Array.isArray(voices)) continue;
    for (const voice of voices) if (typeof voice === 'string') alike.set(voice, [...(alike.get(voice) ?? []), label]);
  }
  // A voice whose colour is in the script, on text of no words only (attribute/checks.ts emptyVoices' `wordless`): said so, not that no text has its colour.
  const wordless = new Map<string, { paragraphs: number; text: string; colour?: string; background?: boolean }>();
  for (const warning of input.report.warnings) {
    if (warning.code !== 'empty-voice') continue;
    const { voice, wordless: some } = (warning.details ?? {}) as { voice?: unknown; wordless?: { paragraphs?: unknown; text?: unknown; colour?: unknown; background?: unknown } };
    if (typeof voice !== 'string' || typeof some?.paragraphs !== 'number' || typeof some.text !== 'string') continue;
    wordless.set(voice, { paragraphs: some.paragraphs, text: some.text, ...(typeof some.colour === 'string' ? { colour: some.colour, background: some.background === true } : {}) });
  }
  const message = (voice: Report['voices'][number]) => {
    const names = alike.get(voice.name);
    // Its lines may stand under such a name, left nobody's or given to the other voice: the count is not known, said as such.
    if (names) return `${voice.name}: no line counted in this script: ${names.map((l) => `"${l}"`).join(', ').replace(/, (?=[^,]*$)/, ' and ')} may name ${voice.name} or a voice whose label differs only by accents (label-accents-alike), so ${voice.name}'s lines may be counted as nobody's or as that voice's.`;
    const some = wordless.get(voice.name);
    if (some) {
      const where = some.colour === undefined ? 'its text' : some.background ? `its text on ${some.colour} highlight` : `its text in ${some.colour}`;
      return `${voice.name}: no line in this script (the config names this voice, and ${where} has no words: “${some.text}”${some.paragraphs > 1 ? ` and ${plural(some.paragraphs - 1, 'other paragraph')}` : ''}).`;
    }
    return `${voice.name}: no line in this script (the config names this voice, but no text has ${whatTells(voice)}).`;
  };
  return input.report.voices.map((voice) => ({
    rule: 'empty-voice',
    voice: voice.name,
    level,
    findings: level !== 'off' && voice.words === 0 ? [{ rule: 'empty-voice', level, voice: voice.name, message: message(voice) }] : [],
  }));
}

/** What tells a voice's lines in the config: its colour, its speaker label, its paragraph style (or several). */
function whatTells(voice: Report['voices'][number]): string {
  const ways = [
    ...(voice.colors.length || voice.highlights.length ? ['its colour'] : []),
    ...(voice.labels?.length ? [`its label (${voice.labels.map((l) => `"${l}"`).join(', ')}) at its start`] : []),
    ...(voice.styles?.length ? ['its style'] : []),
  ];
  return ways.length ? ways.join(' or ') : 'its colour';
}

/**
 * The file holds tracked changes; and, in a PDF that shows them, each insertion where two voices meet
 * that nobody can tell whose it is (cast.ts `tracked-at-voice-boundary`, a warning of this rule).
 */
function trackedChangesCheck(input: RuleInput, level: Level): Check {
  // A DOCX's are the report's `tracked-changes` warning (pipeline.ts), a finding of warningCheck's;
  // a PDF that shows its changes says them in a note (`tracked-changes-shown`) and is found here.
  const said = input.report.warnings.some((w) => w.code === 'tracked-changes');
  const findings: Finding[] = level !== 'off' && input.facts.trackedChanges && !said ? [{ rule: 'tracked-changes', level, message: TRACKED_CHANGES_MESSAGE }] : [];
  return { rule: 'tracked-changes', level, findings: [...findings, ...warningCheck(input, 'tracked-changes', level).findings] };
}

/** The label-out-of-place rule is in force only for a script whose voices are told by speaker labels. */
export function labelRuleApplies(report: Report): boolean {
  return report.voices.some((v) => (v.labels?.length ?? 0) > 0);
}

/** The unread-text rule is in force only for a script with text a reader sees that was not read. */
export function unreadRuleApplies(report: Report): boolean {
  return report.warnings.some((w) => warningRule(w.code) === 'unread-text');
}

/**
 * An AV table's `av-picture-column` warning is the rule's when words in a voice's colour stand in its
 * picture column (kept for the voice, or left out beside the row's audio): a guess a narrator must
 * check. An AV table with none (its picture column in its ordinary look) is a note, as any warning of no rule.
 */
function voiceColouredPicture(warning: Warning): boolean {
  const d = warning.details as { kept?: unknown; leftOut?: unknown } | undefined;
  return (typeof d?.kept === 'number' && d.kept > 0) || (typeof d?.leftOut === 'number' && d.leftOut > 0);
}

/** The rule a report warning is checked by, if any (else it is a note). */
function checkedBy(warning: Warning): RuleName | undefined {
  const rule = ruleCheckingWarning(warning.code);
  return rule === 'av-picture-column' && !voiceColouredPicture(warning) ? undefined : rule;
}

/** The av-picture-column rule is listed only for a script with words in a voice's colour in an AV table's picture column. */
export function avPictureRuleApplies(report: Report): boolean {
  return report.warnings.some((w) => w.code === 'av-picture-column' && voiceColouredPicture(w));
}

/** A config's section target given to no section: naming none (`unknown-section`), or starting several titles (`section-target-ambiguous`). */
const TARGET_NOT_GIVEN = new Set(['unknown-section', 'section-target-ambiguous']);

/** The section-time rule is in force only for a script with a section target (or a config target given to none). */
export function sectionRuleApplies(report: Report): boolean {
  return (report.sections ?? []).some((s) => s.targetSeconds !== null) || report.warnings.some((w) => TARGET_NOT_GIVEN.has(w.code));
}

/**
 * Each section (spot) over its target, and each config target given to no section, naming none or starting
 * several titles (a misspelt or a short title must not pass). One check for the rule; a finding per section.
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
      if (TARGET_NOT_GIVEN.has(warning.code)) findings.push({ rule: 'section-time', level, message: warning.message });
    }
  }
  return { rule: 'section-time', level, findings };
}

function warningCheck(input: RuleInput, rule: RuleName, level: Level): Check {
  const findings: Finding[] = [];
  if (level !== 'off') {
    for (const warning of input.report.warnings) {
      if (warningRule(warning.code) !== rule || checkedBy(warning) !== rule) continue;
      const finding: Finding = { rule, level, message: warning.message };
      if (warning.location) finding.location = warning.location;
      const voices = warning.details?.voices;
      if (Array.isArray(voices) && voices.length && voices.every((v) => typeof (v as { name?: unknown } | null)?.name === 'string')) finding.voices = voices.map((v) => (v as { name: string }).name);
      findings.push(finding);
    }
  }
  return { rule, level, findings };
}

/**
 * Every rule on one script, in the order of `RULES`. The rules on changes (`--since`) are
 * since-rules.ts's, loaded only with --since: their checks follow these.
 */
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
    } else if (rule === 'label-out-of-place') {
      if (labelRuleApplies(input.report)) checks.push(warningCheck(input, rule, level));
    } else if (rule === 'unread-text') {
      if (unreadRuleApplies(input.report)) checks.push(warningCheck(input, rule, level));
    } else if (rule === 'av-picture-column') {
      if (avPictureRuleApplies(input.report)) checks.push(warningCheck(input, rule, level));
    }
    else checks.push(warningCheck(input, rule, level));
  }
  return checks;
}

/**
 * The rule that checks a report warning, if any: those of `WARNING_RULES`, and a config's section
 * target given to no section (`unknown-section`, `section-target-ambiguous`), which section-time checks.
 */
export function ruleCheckingWarning(code: string): RuleName | undefined {
  return warningRule(code) ?? (TARGET_NOT_GIVEN.has(code) ? 'section-time' : undefined);
}

/**
 * A file's notes: each warning of the report no rule checks (what the reader said, and what the
 * casting and measuring said: a guess, a word in another voice's colour inside a sentence…), in the
 * report's order, each once. A warning a rule checks is that rule's finding, or not shown with the rule off.
 */
export function notesOf(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  const notes: Warning[] = [];
  for (const warning of warnings) {
    if (checkedBy(warning) !== undefined) continue;
    const key = JSON.stringify([warning.code, warning.message, warning.location ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    notes.push(warning);
  }
  return notes;
}

export function findingsOf(checks: readonly Check[]): Finding[] {
  return checks.flatMap((check) => check.findings);
}
