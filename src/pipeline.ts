/**
 * The chain, once: read → Script → attribute → Casting → measure → Report. `analyse(file)` finds and
 * reads the config and the script from disk (Node), or takes a config already parsed (`check`'s, read
 * once for a batch); `analyseBytes(bytes, name)` takes a script already in memory and a config already
 * parsed (the narrator's page, a file at a git revision); `analyseScript(script)` is the end of the
 * chain for a script read otherwise. `diffScripts` compares two files with the chain on both sides
 * (src/compare/ does the comparing).
 */
import { castScript } from './attribute/cast-script.js';
import type { Casting } from './attribute/cast.js';
import { cutTextVoices } from './attribute/cut-voices.js';
import { headingsInVoice } from './attribute/headings-in-voice.js';
import { configSearchWarnings, findConfig, loadConfig } from './config/file.js';
import type { Config } from './config/parse.js';
import { TRACKED_CHANGES_MESSAGE } from './config/rules.js';
import { PACE_LIMITS, paceProblem, presetWpm, TIMING_METHODS, type TimingMethod } from './config/settings.js';
import type { VoiceMap } from './config/voice-map.js';
import type { CompareOptions, ScriptDiff } from './compare/model.js';
import { buildReport, type PaceOptions, type Report } from './measure/report.js';
import type { ReadOptions, Script, Warning } from './model.js';
import { readScript, readScriptBytes } from './readers/index.js';
import { furnitureWithLegend } from './readers/pdf/furniture-legend.js';
import { takeBytes, type ScriptBytes } from './readers/read-bytes.js';
import { LANGUAGE_PROBLEMS, LANGUAGE_TAGS_ACCEPTED, userLanguageTag } from './text/language-tag.js';
import { plural } from './text/format.js';
import { optionName, UserError, usageError, type OptionNames } from './errors.js';
import { Budget, checkTimeout, DEFAULT_TIMEOUT_SECONDS, shownValue as shown } from './budget.js';

/** Settings of the measure stage and the casting that the command line may give, over the config's. */
export interface AnalyseSettings extends ReadOptions {
  /** Words per minute for every voice, overriding the config. */
  wpm?: number;
  /** A pace preset name (e-learning, commercial, audiobook, documentary, explainer). */
  pace?: string;
  /** Colour matching tolerance in CIEDE2000 units, overriding the config. */
  tolerance?: number;
  /** The script's language (BCP 47 tag), over the config's and the document's. */
  lang?: string;
  /** How recording time is estimated, over the config's `timing`. */
  timing?: TimingMethod;
  /**
   * Whether each line gets its ID (default true). A caller that shows no line (the text summary)
   * passes false: the lines' IDs are then empty and the work of hashing every line is skipped.
   */
  lineIds?: boolean;
  /**
   * How errors name the options: `wpm`, `pace`, `lang`… as here (`library`, the default), or as the
   * command line's flags, `--wpm`… (`cli`: what the command line passes).
   */
  optionNames?: OptionNames;
}

export interface AnalyseOptions extends AnalyseSettings {
  /** A config file; when absent, one is looked for beside the script and above. */
  config?: string;
  /** Do not look for a config: the script's legend, else colour groups. */
  noConfig?: boolean;
}

/** `analyse` for a caller that has the config already: none is looked for. */
export interface AnalyseWithConfig extends AnalyseSettings {
  /** The config, already parsed (config/file.ts `loadConfig`, config/parse.ts `parseConfigText`); null: none. */
  config: Config | null;
  /** How the file is read: readers/index.ts `readScript` by default. */
  read?: (file: string, options: ReadOptions) => Promise<Script>;
  /** What finding the config said (config/file.ts `configSearchWarnings`: a config misnamed), said first in the report. */
  configWarnings?: readonly Warning[];
}

export interface AnalyseBytesOptions extends AnalyseSettings {
  /** The config, already parsed (config/parse.ts `parseConfigText`); absent or null: none. */
  config?: Config | null;
  /**
   * Cast with exactly this voice map (a config's or a legend's) instead of the config's: an older
   * version of a script is read the way the current one was.
   */
  voiceMap?: VoiceMap | null;
  /** How the bytes are read: readers/index.ts `readScriptBytes` by default. */
  read?: (bytes: Uint8Array, name: string, options: ReadOptions) => Promise<Script>;
  /** What finding the config said (config/file.ts `configSearchWarnings`: a config misnamed), said first in the report. */
  configWarnings?: readonly Warning[];
}

export interface Analysis {
  script: Script;
  /** The config in force, when there is one (with its contract, rules and locked voices). */
  config: Config | null;
  /** The voice map the script was cast with: the config's, or its legend's; null for colour groups. */
  voiceMap: VoiceMap | null;
  casting: Casting;
  report: Report;
}

/** `wpm` or `pace` (`--wpm`, `--pace`): the pace that overrides every other. */
function overrideWpm(options: AnalyseSettings): number | undefined {
  if (options.wpm !== undefined) {
    const problem = paceProblem(options.wpm, 'wpm');
    const option = optionName('wpm', options.optionNames);
    if (problem) throw usageError(`${option} ${problem}.`, { kind: 'invalid-value', option, value: options.wpm, min: PACE_LIMITS.wpm.min, max: PACE_LIMITS.wpm.max });
    return options.wpm;
  }
  return options.pace !== undefined ? presetWpm(options.pace, optionName('pace', options.optionNames)) : undefined;
}

/** What the measure stage takes from the options and the voice map: paces, language, timing. */
function measureOptions(options: AnalyseSettings, voiceMap: VoiceMap | null): PaceOptions {
  const result: PaceOptions = { wpm: overrideWpm(options), configWpm: voiceMap?.wpm };
  if (options.lang !== undefined) {
    const given = userLanguageTag(options.lang);
    if (!('tag' in given)) {
      const option = optionName('lang', options.optionNames);
      throw usageError(`${option} "${options.lang}" ${LANGUAGE_PROBLEMS[given.problem]}: give ${LANGUAGE_TAGS_ACCEPTED}.`, { kind: 'invalid-value', option, value: options.lang, problem: given.problem });
    }
    result.lang = given.tag;
  }
  if (options.timing !== undefined) result.timing = options.timing;
  return result;
}

/** The voice map a script is cast with: the one given, else the config's (with `--tolerance` over its own). */
function voiceMapFor(options: AnalyseBytesOptions): VoiceMap | null {
  if (options.voiceMap !== undefined) return options.voiceMap;
  const map = options.config?.voiceMap ?? null;
  return map && options.tolerance !== undefined ? { ...map, tolerance: options.tolerance } : map;
}

/** The end of the chain: a script already read → its casting and report. */
export async function analyseScript(script: Script, options: Omit<AnalyseBytesOptions, 'read'> = {}): Promise<Analysis> {
  const voiceMap = voiceMapFor(options);
  return castAndMeasure(script, options, voiceMap, measureOptions(options, voiceMap));
}

/**
 * `tracked-changes`: a file holding tracked changes the reader read as accepted (a DOCX's `w:ins`,
 * `w:del`…, `facts.trackedChanges`), said in every command's output, not only by `check`. A PDF that
 * shows its changes says so itself (`tracked-changes-shown`, readers/pdf/markup.ts): nothing more here.
 * The reader tells only that there are some, not how many nor where.
 */
export function trackedChangesWarning(script: Script): Warning | null {
  if (!script.facts.trackedChanges) return null;
  if (script.warnings.some((w) => w.code === 'tracked-changes' || w.code === 'tracked-changes-shown')) return null;
  const changes = script.facts.changes;
  if (!changes) return { code: 'tracked-changes', message: TRACKED_CHANGES_MESSAGE, details: { countedAs: 'accepted' } };
  const { insertions, deletions, moves, formatting, colourChanges, paragraphs, deletedParagraphs = [] } = changes;
  const total = insertions + deletions + moves + formatting;
  const kinds = [
    insertions ? plural(insertions, 'insertion') : '',
    deletions ? plural(deletions, 'deletion') : '',
    moves ? plural(moves, 'move') : '',
    formatting ? `${plural(formatting, 'formatting change')}${colourChanges === 0 ? '' : colourChanges === formatting ? (formatting === 1 ? ' of a colour or style' : ' of colours or styles') : ` (${colourChanges} of a colour or style)`}` : '',
  ].filter(Boolean);
  // In reading order: a paragraph deleted whole between ¶3 and ¶4 comes after ¶3.
  const places = [...paragraphs.map((n) => ({ at: n, text: `¶${n}` })), ...deletedParagraphs.map((d) => ({ at: (d.after ?? 0) + 0.5, text: deletedPlace(d) }))].sort((a, b) => a.at - b.at);
  const shown = places.slice(0, 3).map((p) => p.text);
  const where = places.length === 0 ? '' : places.length === 1 ? `; at ${shown[0]}` : `; first at ${shown[0]}, also ${shown.slice(1).join(', ')}${places.length > 3 ? '…' : ''}`;
  const taken = ['the text inserted'];
  if (moves) taken.push('the text moved where it now stands');
  if (formatting) taken.push('the formatting as changed (a line whose colour changed is counted in its new voice)');
  const takenIn = taken.length === 1 ? taken[0] : `${taken.slice(0, -1).join(', ')} and ${taken[taken.length - 1]}`;
  return {
    code: 'tracked-changes',
    message: `The file holds ${plural(total, 'tracked change')} (${kinds.join(', ')}${where}); they were counted as accepted. The counts take in ${takenIn} and leave out the text deleted: accept or reject the changes before the session.`,
    details: { countedAs: 'accepted', changes: total, insertions, deletions, moves, formatting, colourChanges, paragraphs: [...paragraphs], ...(deletedParagraphs.length ? { deletedParagraphs: deletedParagraphs.map((d) => ({ ...d })) } : {}) },
  };
}

/** Where a paragraph deleted whole stood: `a paragraph deleted between ¶3 and ¶4`, `… before ¶1`, `… after ¶9`. */
function deletedPlace(place: { after: number | null; before: number | null }): string {
  const { after, before } = place;
  if (after !== null && before !== null) return `a paragraph deleted between ¶${after} and ¶${before}`;
  if (before !== null) return `a paragraph deleted before ¶${before}`;
  if (after !== null) return `a paragraph deleted after ¶${after}`;
  return 'a paragraph deleted';
}

/** analyseScript, with the voice map and the measure stage's options already worked out (and checked). */
function castAndMeasure(script: Script, options: Omit<AnalyseBytesOptions, 'read'>, voiceMap: VoiceMap | null, measure: PaceOptions): Analysis {
  const budget = Budget.of(script.file, options);
  const casting = castScript(script, voiceMap, options);
  // Lines cut at a page's edge: the voices that lose words are named once the lines are cast.
  const cut = cutTextVoices(casting);
  if (cut) casting.script = { ...casting.script, warnings: cut };
  // A legend read from the page header is shown as the legend: not listed again as a header left out.
  const legendSaid = furnitureWithLegend(casting.script.warnings, casting.legend);
  if (legendSaid) casting.script = { ...casting.script, warnings: legendSaid };
  // What the file is said first, before what the casting noticed.
  const tracked = trackedChangesWarning(script);
  if (tracked) casting.warnings.unshift(tracked);
  // Which config is read (or is not, misnamed) frames every count: said first of all.
  if (options.configWarnings?.length) casting.warnings.unshift(...options.configWarnings);
  // One by one: a call takes only so many arguments.
  for (const warning of headingsInVoice(casting)) casting.warnings.push(warning);
  budget.check();
  const report = buildReport(casting, measure, budget);
  // Colour groups have no voice map, a config's settings aside (a config that names no voice: the casting keeps them for the measure).
  return { script, config: options.config ?? null, voiceMap: casting.mode === 'colours' ? null : casting.voiceMap, casting, report };
}

/**
 * The library's options as plain JavaScript may pass them, checked before anything is read: a config
 * that is not a parsed one (`{ voices: … }` as written in a file, or a path where only a parsed config
 * is taken), a `timing` that is no method, a `timeout` or a `tolerance` that is no usable number.
 * The messages name the option as the library spells it, or as a flag for the command line (which
 * checks most of its flags before: `optionNames`).
 */
function checkLibraryOptions(options: AnalyseSettings & { config?: unknown }, call: 'analyse' | 'analyseBytes'): void {
  const config = options.config;
  const name = (option: string) => optionName(option, options.optionNames);
  if (typeof config === 'string' && call === 'analyseBytes') {
    throw usageError(`analyseBytes takes a parsed config, not a path ("${config}"): parse its text with parseConfigText(text, name), or read it with loadConfig(path) in Node.`, { kind: 'invalid-value', option: 'config', value: config });
  }
  if (config !== undefined && config !== null && typeof config !== 'string') {
    const given = config as Partial<Config>;
    const parsed = typeof config === 'object' && typeof given.source === 'string' && typeof given.voiceMap === 'object' && given.voiceMap !== null;
    if (!parsed) {
      throw usageError(`config must be a parsed config (parseConfig(object, name), parseConfigText(text, name) or loadConfig(path)), ${call === 'analyse' ? 'a path, ' : ''}or null for none: an object as a config file writes it is not one; pass it through parseConfig first.`, { kind: 'invalid-value', option: 'config', value: typeof config });
    }
  }
  if (options.timing !== undefined && !TIMING_METHODS.includes(options.timing)) {
    throw usageError(`${name('timing')} must be ${TIMING_METHODS.map((m) => `"${m}"`).join(' or ')}, not ${shown(options.timing)}.`, { kind: 'invalid-value', option: name('timing'), value: shown(options.timing) });
  }
  checkTimeout(options.timeout, options.optionNames);
  const tolerance: unknown = options.tolerance;
  if (tolerance !== undefined && (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance <= 0 || tolerance > 100)) {
    throw usageError(`${name('tolerance')} must be a colour difference (CIEDE2000) above 0 and at most 100, not ${shown(tolerance)}.`, { kind: 'invalid-value', option: name('tolerance'), value: shown(tolerance) });
  }
}

/** A script in memory (`name` is used in messages and output), with a config already parsed. */
export async function analyseBytes(input: ScriptBytes, name: string, options: AnalyseBytesOptions = {}): Promise<Analysis> {
  // A copy of the caller's bytes, made before anything is awaited: the library keeps no reference to
  // them (the caller may refill its buffer once this returns its promise). A Uint8Array, a Buffer,
  // an ArrayBuffer or any view of one; anything else is a `usage` error.
  const bytes = takeBytes(input, name, 'analyseBytes');
  // One time budget (`timeout`) for the whole analysis.
  checkLibraryOptions(options, 'analyseBytes');
  const budget = Budget.of(name, options);
  // The settings are checked before the script is read, so a mistake fails fast.
  const voiceMap = voiceMapFor(options);
  const measure = measureOptions(options, voiceMap);
  // What finding the config said goes to the report, not to the reader.
  const { read = readScriptBytes, configWarnings, ...rest } = options;
  await turn();
  const script = await read(bytes, name, { ...rest, ...budget.options() });
  budget.check();
  await turn();
  return castAndMeasure(script, { ...rest, ...budget.options(), ...(configWarnings?.length ? { configWarnings } : {}) }, voiceMap, measure);
}

/**
 * Lets the event loop run its timers. Reading a DOCX and casting a script go on through promises
 * already resolved, which never give timers a turn: a host that started 20 analyses at once had a
 * PDF's `timeout: 1` (its thread's timer, readers/pdf/isolated.ts) fire only after all the others'
 * work, 10 s later. One turn before the read and one before the casting let it fire on time.
 */
function turn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** The path of the config in force for a script file (configFor), or null. */
export function configPath(file: string, options: AnalyseOptions = {}): string | null {
  if (options.noConfig) return null;
  return options.config ?? findConfig(file);
}

/** The config in force for a script file: `--config`, else the nearest one found, unless `--no-config`. */
export async function configFor(file: string, options: AnalyseOptions = {}): Promise<Config | null> {
  const path = configPath(file, options);
  return path ? loadConfig(path) : null;
}

/** A parsed config (or null) given, rather than a path or nothing. */
const configInHand = (options: AnalyseOptions | AnalyseWithConfig): options is AnalyseWithConfig => typeof options.config === 'object';

/** A script file, with its config found beside it or above (or given: a path, or the config itself). */
export async function analyse(file: string, options: AnalyseOptions | AnalyseWithConfig = {}): Promise<Analysis> {
  checkLibraryOptions(options, 'analyse');
  const budget = Budget.of(file, options);
  // The config and the settings are checked before the script is read, so a mistake fails fast.
  const { config: _config, noConfig: _noConfig, read = readScript, configWarnings: given, ...settings } = options as AnalyseOptions & Omit<AnalyseWithConfig, 'config'>;
  let config: Config | null;
  let configWarnings = given;
  if (configInHand(options)) config = options.config;
  else {
    const path = configPath(file, options);
    config = path ? await loadConfig(path) : null;
    // The folders searched for the config (not --config, not --no-config): a config misnamed there is said.
    if (!options.noConfig && options.config === undefined) configWarnings = configSearchWarnings(file, path);
  }
  const voiceMap = voiceMapFor({ ...settings, config });
  const measure = measureOptions(settings, voiceMap);
  const script = await read(file, { ...settings, ...budget.options() });
  budget.check();
  return castAndMeasure(script, { ...settings, ...budget.options(), config, ...(configWarnings?.length ? { configWarnings } : {}) }, voiceMap, measure);
}

/** A side's config looked for (not `--config`, not `--no-config`): the config misnamed in the folders searched, as analyse says them. */
function searched(file: string, found: string | null, options: AnalyseOptions): { configWarnings?: Warning[] } {
  if (options.noConfig || options.config !== undefined) return {};
  const configWarnings = configSearchWarnings(file, found);
  return configWarnings.length ? { configWarnings } : {};
}

/** A user error while one side of a comparison is read says which side in its details (`side`: `old` or `new`). */
async function onSide<T>(side: 'old' | 'new', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const again = new UserError(error.message, error.code, { ...error.details, side });
    again.stack = error.stack;
    throw again;
  }
}

/**
 * Reads and analyses both scripts, then compares them. With `options.config` both sides use that
 * voice map; without, each side finds its own config or legend (a warning says when they differ).
 */
export async function diffScripts(oldFile: string, newFile: string, options: AnalyseOptions & CompareOptions = {}): Promise<ScriptDiff> {
  // The comparison's own options stay out of the analyses (a function cannot be sent to a PDF thread).
  const { config: _path, noConfig: _noConfig, similarity, showPath, ...settings } = options;
  // Both sides mostly have the same config (--config, or one beside both): it is read and parsed once.
  const oldPath = configPath(oldFile, options);
  const [oldConfig, before] = await onSide('old', async () => {
    const config = oldPath ? await loadConfig(oldPath) : null;
    return [config, await analyse(oldFile, { ...settings, config, ...searched(oldFile, oldPath, options) })] as const;
  });
  const newPath = configPath(newFile, options);
  // NEW's budget (`timeout`) covers its comparison with OLD too: the time from NEW's reading on.
  const seconds = settings.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const newStarted = Date.now();
  const after = await onSide('new', async () => {
    const newConfig = newPath === oldPath ? oldConfig : newPath ? await loadConfig(newPath) : null;
    return analyse(newFile, { ...settings, config: newConfig, ...searched(newFile, newPath, options) });
  });
  // The comparison (and its diff library) is loaded only when two scripts are compared.
  const { compareScripts } = await import('./compare/compare.js');
  const budget = Budget.of(newFile, { timeout: seconds, deadline: newStarted + seconds * 1000 }, `to read and compare with ${oldFile}`);
  return onSide('new', async () => compareScripts(before, after, { similarity, showPath, budget }));
}
