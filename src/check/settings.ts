/**
 * `check`'s command-line limits and rule levels (`--voice`, `--max-words`, `--rule`…), validated
 * before any script is read, and merged over each script's config.
 */
import { findVoice } from '../attribute/voices.js';
import { usageError, type ErrorDetails, type UserError } from '../errors.js';
import { parseWordTolerance, setVoice, type Contract, type VoiceLimits } from '../config/contract.js';
import { ALL_RULES, levelOf, ruleName, type Level, type RuleName } from '../config/rules.js';

/** Command-line settings of `check`, before any config is read. */
export interface CliCheckOptions {
  voice?: string;
  maxWords?: number;
  maxMinutes?: number;
  expectWords?: number;
  expectTolerance?: string;
  rule?: string[];
}

export interface CliCheckSettings {
  /** Limits for one voice, merged field by field over the config's contract for that voice. */
  contract: Contract;
  /** Rule levels from `--rule NAME=LEVEL`, applied over the config's. */
  rules: Partial<Record<RuleName, Level>>;
}

function usage(message: string, details: { kind: string; option: string } & ErrorDetails): UserError {
  return usageError(message, details);
}

/** Validates `--voice`, `--max-words`, `--max-minutes`, `--expect-words`, `--expect-tolerance`, `--rule`. */
export function cliCheckSettings(options: CliCheckOptions): CliCheckSettings {
  const limits: VoiceLimits = {};
  if (options.maxWords !== undefined) limits.maxWords = options.maxWords;
  if (options.maxMinutes !== undefined) limits.maxMinutes = options.maxMinutes;
  if (options.expectWords !== undefined) limits.expectWords = options.expectWords;
  if (options.expectTolerance !== undefined) {
    const tolerance = parseWordTolerance(options.expectTolerance);
    if (!tolerance) throw usage(`--expect-tolerance: "${options.expectTolerance}" is not a tolerance (use a percentage such as 5% or a number of words).`, { kind: 'invalid-value', option: '--expect-tolerance', value: options.expectTolerance });
    if (limits.expectWords === undefined) throw usage('--expect-tolerance needs --expect-words.', { kind: 'needs', option: '--expect-tolerance', needs: ['--expect-words'] });
    limits.tolerance = tolerance;
  }
  const contract: Contract = {};
  if (Object.keys(limits).length > 0) {
    if (options.voice === undefined) {
      const option = options.maxWords !== undefined ? '--max-words' : options.maxMinutes !== undefined ? '--max-minutes' : '--expect-words';
      throw usage('--max-words, --max-minutes and --expect-words need --voice NAME: the voice they limit.', { kind: 'needs', option, needs: ['--voice'] });
    }
    setVoice(contract, options.voice, limits);
  } else if (options.voice !== undefined) {
    throw usage('--voice needs a limit: --max-words N, --max-minutes N or --expect-words N.', { kind: 'needs', option: '--voice', needs: ['--max-words', '--max-minutes', '--expect-words'] });
  }
  const rules: Partial<Record<RuleName, Level>> = {};
  for (const setting of options.rule ?? []) {
    const [name = '', level = ''] = setting.split('=');
    const rule = ruleName(name.trim());
    if (!rule) throw usage(`--rule ${setting}: unknown rule "${name}" (known: ${ALL_RULES.join(', ')}).`, { kind: 'invalid-value', option: '--rule', value: setting });
    const parsed = levelOf(level.trim());
    if (!parsed) throw usage(`--rule ${setting}: use NAME=error, NAME=warning or NAME=off.`, { kind: 'invalid-value', option: '--rule', value: setting });
    rules[rule] = parsed;
  }
  return { contract, rules };
}

/** The config's contract with the command line's limits merged over it, field by field. */
export function mergeContracts(config: Contract, cli: Contract): Contract {
  const merged: Contract = {};
  for (const [voice, limits] of Object.entries(config)) setVoice(merged, voice, limits);
  for (const [voice, limits] of Object.entries(cli)) {
    // The command line names the voice as the user types it: join it to the config's spelling.
    const found = findVoice(Object.keys(merged).map((name) => ({ name })), voice);
    const key = found && 'voice' in found ? found.voice : voice;
    setVoice(merged, key, { ...(Object.hasOwn(merged, key) ? merged[key] : {}), ...limits });
  }
  return merged;
}
