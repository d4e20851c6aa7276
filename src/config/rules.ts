/**
 * The rules of `vo-lines check` and their levels: names, defaults, and the config's `rules` section.
 * The levels apply to every command: a warning whose rule is `off` is not shown anywhere.
 */
import { bad, isRecord } from './fields.js';

export const RULES = ['contract', 'empty-voice', 'section-time', 'tracked-changes', 'unread-text', 'unknown-colour', 'confusable-colours', 'mixed-word', 'label-out-of-place', 'av-picture-column'] as const;
/** The rules of `check --since REV`: checked only with it, on the changes since REV. */
export const SINCE_RULES = ['locked', 'max-added-words'] as const;
export const ALL_RULES = [...RULES, ...SINCE_RULES] as const;
export type RuleName = (typeof ALL_RULES)[number];
export type Level = 'error' | 'warning' | 'off';
export const LEVELS: readonly Level[] = ['error', 'warning', 'off'];

/**
 * Defaults: what breaks a recording session fails the check (a voice over its contract, a voice the
 * config names with no line at all — usually a colour that drifted); what a person should look at
 * but may be fine is a warning.
 */
export const DEFAULT_LEVELS: Readonly<Record<RuleName, Level>> = {
  contract: 'error',
  'empty-voice': 'error',
  'section-time': 'error',
  'tracked-changes': 'warning',
  // Text a reader sees that vo-lines could not read: its words are missing from every count.
  'unread-text': 'error',
  'unknown-colour': 'warning',
  'confusable-colours': 'warning',
  'mixed-word': 'warning',
  'label-out-of-place': 'warning',
  // An AV table's picture column holding text in a voice's colour: left out beside the row's audio, or counted for the voice.
  'av-picture-column': 'warning',
  locked: 'error',
  'max-added-words': 'error',
};

/** American spellings are accepted as rule names too. */
const RULE_ALIASES: Readonly<Record<string, RuleName>> = {
  'unknown-color': 'unknown-colour',
  'confusable-colors': 'confusable-colours',
};

/**
 * Report warnings that rules turn into findings, by warning code: a rule set to `off` also quiets
 * its warnings in every command.
 */
export const WARNING_RULES: Readonly<Record<string, RuleName>> = {
  'unknown-colour': 'unknown-colour',
  'unknown-color': 'unknown-colour',
  'confusable-colours': 'confusable-colours',
  'confusable-colors': 'confusable-colours',
  'mixed-word': 'mixed-word',
  'label-out-of-place': 'label-out-of-place',
  'av-picture-column': 'av-picture-column',
  // A voice the config names with no line (attribute/checks.ts emptyVoices): check says it as the rule's own finding.
  'empty-voice': 'empty-voice',
  // A file holding tracked changes, read as accepted (pipeline.ts trackedChangesWarning).
  'tracked-changes': 'tracked-changes',
  // An insertion of tracked changes shown in a PDF, where two voices meet: whose it is cannot be told.
  'tracked-at-voice-boundary': 'tracked-changes',
  // Footnotes or endnotes, not read as lines, holding tracked changes (readers/docx/index.ts): the file is not final there.
  'tracked-changes-in-notes': 'tracked-changes',
  // The readers' warnings for text a reader sees and vo-lines did not read.
  'alt-chunk-unread': 'unread-text',
  'subdocument-unread': 'unread-text',
  'page-unreadable': 'unread-text',
  'scanned-pages': 'unread-text',
  'masked-text': 'unread-text',
  // Lines cut off at a PDF page's edge (readers/pdf/off-page.ts): what lies past it is read by no one, and missing from the counts.
  'text-off-page': 'unread-text',
};

/** What the `tracked-changes` warning (pipeline.ts) and, for a PDF showing its changes, the rule of that name say. */
export const TRACKED_CHANGES_MESSAGE =
  'The file holds tracked changes; they were counted as accepted. The counts take in the text inserted and leave out the text deleted: accept or reject the changes before the session.';

/** The rule a report warning belongs to, if any. */
export function warningRule(code: string): RuleName | undefined {
  return Object.hasOwn(WARNING_RULES, code) ? WARNING_RULES[code] : undefined;
}

/** The warnings left once those of the rules set to `off` are taken out (the command line and the page alike). */
export function quietWarnings<W extends { code: string }>(warnings: W[], levels: Readonly<Record<RuleName, Level>>): W[] {
  return warnings.filter((w) => {
    const rule = warningRule(w.code);
    return !rule || levels[rule] !== 'off';
  });
}

export function ruleName(name: string): RuleName | null {
  const lower = name.toLowerCase();
  return (ALL_RULES as readonly string[]).includes(lower) ? (lower as RuleName) : (Object.hasOwn(RULE_ALIASES, lower) ? RULE_ALIASES[lower]! : null);
}

export function levelOf(value: unknown): Level | null {
  if (value === false) return 'off';
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as Level) : null;
}

/** The config's `rules` section: rule name → level, over `base` (the defaults). */
export function parseRules(value: unknown, source: string, base: Readonly<Record<RuleName, Level>> = DEFAULT_LEVELS): Record<RuleName, Level> {
  const levels = { ...base };
  if (value === undefined || value === null) return levels;
  if (!isRecord(value)) throw bad(source, `"rules" must map rule names to a level, e.g. {"rules": {"tracked-changes": "error"}}.`, 'rules');
  for (const [name, level] of Object.entries(value)) {
    const rule = ruleName(name);
    if (!rule) throw bad(source, `unknown rule "rules.${name}" (known: ${ALL_RULES.join(', ')}).`, { kind: 'unknown-field', field: `rules.${name}`, known: [...ALL_RULES] });
    const parsed = levelOf(level);
    if (!parsed) throw bad(source, `"rules.${name}": ${JSON.stringify(level)} is not a level (use error, warning or off).`, `rules.${name}`);
    levels[rule] = parsed;
  }
  return levels;
}

/** The rules a `rules` section (parsed by parseRules: valid) names, in its order. */
export function rulesNamed(value: unknown): RuleName[] {
  if (!isRecord(value)) return [];
  const named: RuleName[] = [];
  for (const name of Object.keys(value)) {
    const rule = ruleName(name);
    if (rule && !named.includes(rule)) named.push(rule);
  }
  return named;
}
