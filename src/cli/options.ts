/** Options every script command shares, and their translation into library options. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_TIMEOUT_SECONDS } from '../budget.js';
import type { Story } from '../model.js';
import type { AnalyseOptions } from '../pipeline.js';
import { PACE_PRESETS, paceProblem, TIMING_METHODS, type TimingMethod } from '../config/settings.js';
import { userLanguageTag } from '../text/language-tag.js';

const EXTRA_STORIES: Story[] = ['header', 'footer', 'footnote', 'endnote', 'comment'];

export interface CommonOptions {
  /** A config file; false with --no-config (colour groups, whatever config lies beside the script). */
  config?: string | false;
  wpm?: number;
  pace?: string;
  tolerance?: number;
  include?: Story[];
  password?: string;
  json?: boolean;
  lang?: string;
  timing?: TimingMethod;
  timeout?: number;
}

export function positive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number.');
  return number;
}

/** `--max-words`, `--expect-words`: a count of words, as the config's `maxWords` (`57.5` is no count). */
export function wordCount(value: string): number {
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of words, 1 or more.');
  return number;
}

/** `--wpm`: a pace a person reads at (config/settings.ts PACE_LIMITS). */
function pace(value: string): number {
  const number = value.trim() === '' ? NaN : Number(value);
  const problem = paceProblem(number, 'wpm', value);
  if (problem) throw new InvalidArgumentError(`${problem}.`);
  return number;
}

/** `--timeout`: seconds, 0 for none. */
function seconds(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError('expected a number of seconds (0 for no limit).');
  return number;
}

/**
 * `--lang`: a language in canonical form (`fr_FR` → `fr-FR`, `EN` → `en`), so that what the exports
 * write (DAPT's xml:lang, VoiceQ's header) is a tag; a value that is none is kept as typed, and the
 * pipeline's check says what is wrong with it (pipeline.ts measureOptions, for the library too).
 */
function languageOption(value: string): string {
  const given = userLanguageTag(value);
  return 'tag' in given ? given.tag : value;
}

function stories(value: string): Story[] {
  const list = value.split(',').map((s) => s.trim().replace(/s$/, '')) as Story[];
  for (const story of list) {
    if (!EXTRA_STORIES.includes(story)) throw new InvalidArgumentError(`expected a comma list of ${EXTRA_STORIES.map((s) => `${s}s`).join(', ')}.`);
  }
  return list;
}

/**
 * The options of a script command. `extra`: true adds the config's and the measure stage's (the
 * commands that analyse a script); 'config' only --config and --no-config (`colors`, which uses no
 * config but reads it as the others do, so that a bad one fails there too); false neither (`init`).
 */
export function withCommonOptions(command: Command, extra: boolean | 'config' = true): Command {
  command
    .option('--debug', 'show the stack trace of an error')
    .option('--json', 'print one JSON document instead of text')
    .addOption(new Option('--include <parts>', 'also read headers, footers, footnotes, endnotes or comments as script lines (comma list)').argParser(stories))
    .option('--password <password>', 'password of an encrypted PDF')
    .addOption(new Option('--timeout <seconds>', `stop reading a file that takes longer than this, with an error (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit)`).argParser(seconds));
  if (extra) {
    command
      .option('-c, --config <file>', 'voice map (JSON or YAML); default: vo-lines.config.json|yaml|yml beside the script or above')
      .option('--no-config', 'use no config file, even one beside the script: voices from the script\'s legend, else the colours found');
  }
  if (extra === true) {
    command
      .addOption(new Option('--wpm <n>', 'speaking pace in words per minute (characters per minute for Chinese and Japanese), for every voice').argParser(pace).conflicts('pace'))
      .addOption(new Option('--pace <preset>', 'speaking pace preset').choices(Object.keys(PACE_PRESETS)))
      .addOption(new Option('--tolerance <deltaE>', 'how far (CIEDE2000) a colour may be from a voice colour and still match').argParser(positive))
      .addOption(new Option('--lang <code>', "the script's language (en, fr, en-GB, de, es…), over the document's and the config's").argParser(languageOption))
      .addOption(new Option('--timing <method>', 'estimate recording time from words per minute or from syllables').choices(TIMING_METHODS));
  }
  return command;
}

export function analyseOptions(options: CommonOptions): AnalyseOptions {
  // Errors name the options as flags: `--lang "x!" is not a language code`.
  const result: AnalyseOptions = { optionNames: 'cli' };
  if (options.config === false) result.noConfig = true;
  else if (options.config !== undefined) result.config = options.config;
  if (options.wpm !== undefined) result.wpm = options.wpm;
  if (options.pace !== undefined) result.pace = options.pace;
  if (options.tolerance !== undefined) result.tolerance = options.tolerance;
  if (options.include) result.include = options.include;
  if (options.password !== undefined) result.password = options.password;
  if (options.lang !== undefined) result.lang = options.lang;
  if (options.timing !== undefined) result.timing = options.timing;
  if (options.timeout !== undefined) result.timeout = options.timeout;
  return result;
}

/** What a command printed, kept back while its output is JSON (holdOutput): written once it succeeds. */
let held: string[] | null = null;

/** The command's output is JSON: keep what it prints until it ends, so a failure leaves no half a document. */
export function holdOutput(): void {
  held ??= [];
}

/** The output kept back: written (the command succeeded) or dropped (it failed). */
export function releaseOutput(write: boolean): void {
  const text = held?.join('') ?? '';
  held = null;
  if (write && text) process.stdout.write(text);
}

export function print(text: string): void {
  if (held) held.push(text);
  else process.stdout.write(text);
}

/** Colour in human output: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces it). */
export function colourWanted(): boolean {
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  return forced || (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
}

/** The human renderers' options: colour when the terminal takes it. */
export function textOptions<T extends object>(extra: T = {} as T): T & { colour: boolean } {
  return { colour: colourWanted(), ...extra };
}
