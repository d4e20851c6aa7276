/**
 * Files → check results: expands globs, then checks each script. This thread checks the DOCX files
 * while PDFs are read in PDF threads (readers/pdf/isolated.ts) and analysed here as they come back;
 * check workers (`worker.ts`) and more PDF threads join where the batch's mix and the machine's
 * spare cores make them pay (planThreads, govern). Results keep the order of the files, whatever
 * order the threads finish in, and are the same whatever the threads.
 */
import { DEFAULT_TIMEOUT_SECONDS, timedOut } from '../budget.js';
import { isUserError, type ErrorDetails, type UserError } from '../errors.js';
import type { ReadOptions, Script, Warning } from '../model.js';
import { availableCores, machineTimes, outOfMemory, startThread, stopThread, trackThread } from '../readers/threads.js';
import { keepPdfThreads, prepareToReadPdf, readPdfIsolated } from '../readers/pdf/isolated.js';
import { collectInflated } from '../readers/pdf/inflated.js';
import { checkContentStreams, type ContentLook } from '../readers/pdf/preflight.js';
import { damaged } from '../readers/pdf/load.js';
import { analyse, analyseBytes, type AnalyseOptions, type Analysis } from '../pipeline.js';
import type { Config } from '../config/parse.js';
import { CONFIG_NAMES, configSearchWarnings, findConfig, findConfigPath, loadConfigOnce } from '../config/file.js';
import { readScriptBytes, readScriptFileSync } from '../readers/file.js';
import { basename, dirname, displayPath as shownPath, extname, realPath, fileFactsSync, folderHolding, homeFolder, isAbsolute, isFolder, isWithin, join, readFileStart, resolve } from '../platform/files.js';
import { escapeGlobPath, findFiles, isGlobPattern } from '../platform/walk.js';
import { readBytes, sniffFormat } from '../readers/read-bytes.js';
import { isLockFileName, LOCK_FILE_MAX_BYTES } from '../readers/placeholders.js';
import { count } from '../text/format.js';
import { noVoiceMapError, notInheritedNote, type DroppedLimit, type DroppedRule, type FileResult, type InheritableSection, type LeftOut } from './result.js';
import { foldVoiceName, type Contract } from '../config/contract.js';
import { avPictureRuleApplies, findingsOf, labelRuleApplies, notesOf, runRules, sectionRuleApplies, unreadRuleApplies } from './rules.js';
import { DEFAULT_LEVELS, SINCE_RULES, type Level, type RuleName } from '../config/rules.js';
import { mergeContracts, type CliCheckSettings } from './settings.js';
import type { SinceOutcome } from './since-check.js';

/** Everything a worker needs to check a file: plain data, sent once to each worker. */
export interface CheckSettings {
  analyse: AnalyseOptions;
  cli: CliCheckSettings;
  /** `--since REV`: compare each script with its version at this git revision (each worker runs git itself). */
  since?: string;
}

/** `details`: a user error's (errors.ts), when it has any. */
function errorResult(file: string, code: string, message: string, details?: ErrorDetails): FileResult {
  return { file, status: 'error', format: null, config: null, voices: [], total: null, recorded: null, legend: null, levels: null, checks: [], findings: [], notes: [], error: { code, message, ...(details ? { details } : {}) } };
}

function userErrorResult(file: string, error: UserError): FileResult {
  return errorResult(file, error.code, error.message, error.details);
}

/**
 * The configs of one run of `check`, found and read as `analyse(file)` finds and reads them
 * (pipeline.ts `configFor`: `--config`, else the nearest beside the script or above, unless
 * `--no-config`), each folder looked in once and each config file read and parsed once, however
 * many scripts share it (config/file.ts `loadConfigOnce`). An error is each of its scripts' error.
 */
export class Configs {
  private readonly found = new Map<string, string | null | { error: unknown; first: string | null }>();
  /** Per folder of scripts: the configs misnamed in the folders searched (config/file.ts `configSearchWarnings`). */
  private readonly misnamed = new Map<string, Warning[]>();
  /** Per config: the note that the config above it sets what it does not (notInherited). */
  private readonly notes = new Map<string, Promise<Warning | null>>();

  constructor(private readonly options: Pick<AnalyseOptions, 'config' | 'noConfig'>) {}

  /**
   * The path of the config `file` is checked with (`--config`, else the nearest found), or null.
   * Throws findConfig's error (a folder with two configs) for each script it governs.
   */
  pathOf(file: string): string | null {
    const found = this.lookUp(file);
    if (found !== null && typeof found === 'object') throw found.error;
    return found;
  }

  /** The config to name in `file`'s result, its error or not (pathOf's; the first of two in a folder). */
  namedFor(file: string): string | null {
    const found = this.lookUp(file);
    return found !== null && typeof found === 'object' ? found.first : found;
  }

  private lookUp(file: string): string | null | { error: unknown; first: string | null } {
    if (this.options.noConfig) return null;
    if (this.options.config !== undefined) return this.options.config;
    // findConfig looks in the script's folder and above: the same for every script of a folder.
    const folder = dirname(resolve(file));
    if (!this.found.has(folder)) {
      try {
        this.found.set(folder, findConfig(file));
      } catch (error) {
        this.found.set(folder, { error, first: findConfigPath(file) });
      }
    }
    return this.found.get(folder) ?? null;
  }

  /**
   * The `config-misnamed` warnings of a script whose config is looked for (not `--config`, not
   * `--no-config`): once per folder, as `analyse(file)` says them.
   */
  warningsFor(file: string): Warning[] {
    if (this.options.noConfig || this.options.config !== undefined) return [];
    const folder = dirname(resolve(file));
    let warnings = this.misnamed.get(folder);
    if (!warnings) {
      warnings = configSearchWarnings(file, this.namedFor(file));
      this.misnamed.set(folder, warnings);
    }
    return warnings;
  }

  of(file: string): Promise<Config | null> {
    const path = this.pathOf(file);
    return path ? this.load(path) : Promise.resolve(null);
  }

  /** Read and parsed once (config/file.ts `loadConfigOnce`, the one cache of configs read). */
  private load(path: string): Promise<Config> {
    return loadConfigOnce(path);
  }

  /**
   * The note for a script whose config (found as the nearest: not `--config`) sets none of the
   * rules, contract or locked voices that the next config above it sets (as findConfig would find
   * one for a script of the folder above): the nearest config wins whole, nothing is inherited, so
   * those of the one above do not apply. "Sets rules" is judged on the levels parsed (config/rules.ts
   * fills in the defaults): a level other than its default. Null when none is missing, when the one
   * above is not the project's (in the home folder or above it, or outside the git work tree:
   * sameProject), or it cannot be read (it governs no script of this one's). Once per config.
   */
  notInherited(config: Config): Promise<Warning | null> {
    if (this.options.noConfig || this.options.config !== undefined) return Promise.resolve(null);
    let note = this.notes.get(config.source);
    if (!note) {
      note = this.noteFor(config);
      this.notes.set(config.source, note);
    }
    return note;
  }

  private async noteFor(config: Config): Promise<Warning | null> {
    const chain = await this.configsAbove(config);
    if (chain.length === 0) return null;
    const near = shownPath(config.source);
    const shown = new Map(chain.map((above) => [above, shownPath(above.source)]));
    /** The nearest config above that sets `sets`. */
    const nearest = (sets: (above: Config) => boolean) => chain.find(sets);
    const missing = INHERITABLE.filter(({ sets, has }) => !has(config) && nearest(sets) !== undefined).map(({ key }) => key);
    // A section of its own replaces the ones above whole: what they set and this one does not is dropped too, and named.
    const limits = droppedLimits(chain, config.contract, shown);
    const rules = droppedRules(chain, config, shown);
    const locked: { voice: string; from: string }[] = [];
    for (const above of chain) {
      for (const voice of above.locked) {
        const folded = foldVoiceName(voice);
        if (config.locked.some((own) => foldVoiceName(own) === folded) || locked.some((seen) => foldVoiceName(seen.voice) === folded)) continue;
        locked.push({ voice, from: shown.get(above)! });
      }
    }
    const replaced: InheritableSection[] = [];
    if (rules.length && !missing.includes('rules')) replaced.push('rules');
    if (limits.length && !missing.includes('contract')) replaced.push('contract');
    if (locked.length && !missing.includes('locked')) replaced.push('locked');
    const sections = INHERITABLE.map(({ key }) => key).filter((key) => missing.includes(key) || replaced.includes(key));
    if (sections.length === 0) return null;
    const sectionFrom: Partial<Record<InheritableSection, string>> = {};
    for (const { key, sets } of INHERITABLE) {
      if (missing.includes(key)) sectionFrom[key] = shown.get(nearest(sets)!)!;
    }
    if (replaced.includes('rules')) sectionFrom.rules = rules[0]!.from;
    if (replaced.includes('contract')) sectionFrom.contract = limits[0]!.from;
    if (replaced.includes('locked')) sectionFrom.locked = locked[0]!.from;
    // The nearest config above that the note names: the one it speaks of first.
    const named = new Set([...Object.values(sectionFrom), ...limits.map(({ from }) => from), ...rules.map(({ from }) => from), ...locked.map(({ from }) => from)]);
    const above = [...shown.values()].find((path) => named.has(path))!;
    return notInheritedNote(near, above, sections, {
      replaced,
      sectionFrom,
      limits,
      rules,
      locked: locked.map(({ voice }) => voice),
      lockedFrom: locked.map(({ from }) => from),
    });
  }

  /**
   * The configs above `config`, nearest first, as findConfig would find one for a script of the
   * folder above each: up to the last of the project's (sameProject) or the first that cannot be
   * read (it governs no script of this one's: its scripts say why). A folder with two configs gives
   * its first (the scripts there say so).
   */
  private async configsAbove(config: Config): Promise<Config[]> {
    const chain: Config[] = [];
    for (let below = resolve(config.source); ; ) {
      const parent = dirname(dirname(below));
      if (parent === dirname(below)) break;
      const abovePath = findConfigPath(join(parent, 'script'));
      if (abovePath === null || !sameProject(config.source, abovePath)) break;
      try {
        chain.push(await this.load(abovePath));
      } catch {
        break;
      }
      below = resolve(abovePath);
    }
    return chain;
  }
}

/** The limit fields of a voice, in the order a config writes them. */
const LIMIT_KEYS = ['maxWords', 'maxMinutes', 'expectWords', 'tolerance', 'maxAddedWords'] as const;

/**
 * The limits of the contracts above (`chain`, nearest first) that `near`'s does not set for their
 * voice (found whatever its case and spaces, as the contract finds voices): a voice it leaves out,
 * or a limit of a voice it limits otherwise (its `maxWords` kept, the `maxMinutes` above dropped),
 * each from the nearest config above that sets it. A limit it sets to another value is its own
 * choice, not dropped.
 */
function droppedLimits(chain: readonly Config[], near: Contract, shown: ReadonlyMap<Config, string>): DroppedLimit[] {
  const dropped: DroppedLimit[] = [];
  const nearByName = new Map(Object.keys(near).map((voice) => [foldVoiceName(voice), near[voice]!]));
  const seen = new Set<string>();
  for (const above of chain) {
    for (const [voice, limits] of Object.entries(above.contract)) {
      const own = nearByName.get(foldVoiceName(voice));
      for (const limit of LIMIT_KEYS) {
        const value = limits[limit];
        const key = `${foldVoiceName(voice)}\0${limit}`;
        if (value === undefined || seen.has(key)) continue;
        seen.add(key);
        if (own?.[limit] !== undefined) continue;
        dropped.push({ voice, limit, value: typeof value === 'number' ? value : 'percent' in value ? `${value.percent}%` : value.words, from: shown.get(above)! });
      }
    }
  }
  return dropped;
}

/** How much a level checks: `off` nothing, `error` most. */
const STRICTNESS: Readonly<Record<Level, number>> = { off: 0, warning: 1, error: 2 };

/** The rules a config sets: those its `rules` section names, else (a config made otherwise) those not at their default. */
const rulesSetBy = (config: Config): readonly RuleName[] =>
  config.rulesWritten ?? (Object.keys(config.rules) as RuleName[]).filter((rule) => config.rules[rule] !== DEFAULT_LEVELS[rule]);

/**
 * The rules that a config above (`chain`, nearest first: the nearest that sets the rule) sets at a
 * level that `near` lowers (`tracked-changes: error` above, left out or `warning` here): what is
 * checked there is not here, or not as strictly. A rule raised here is its own choice, not dropped.
 */
function droppedRules(chain: readonly Config[], near: Config, shown: ReadonlyMap<Config, string>): DroppedRule[] {
  const dropped: DroppedRule[] = [];
  for (const rule of Object.keys(DEFAULT_LEVELS) as RuleName[]) {
    const above = chain.find((config) => rulesSetBy(config).includes(rule));
    if (above === undefined) continue;
    const level = above.rules[rule];
    const here = near.rules[rule];
    if (STRICTNESS[here] < STRICTNESS[level]) dropped.push({ rule, level, here, from: shown.get(above)! });
  }
  return dropped;
}

/** The sections of a config that govern `check` and that a config nearer to a script does not take from the one above. */
const INHERITABLE: readonly { key: InheritableSection; sets: (config: Config) => boolean; has: (config: Config) => boolean }[] = [
  // Sets: a level other than its default (a section that writes the defaults changes nothing below); has: a section of its own, whatever it writes.
  { key: 'rules', sets: (config) => (Object.keys(config.rules) as RuleName[]).some((rule) => config.rules[rule] !== DEFAULT_LEVELS[rule]), has: (config) => rulesSetBy(config).length > 0 },
  { key: 'contract', sets: (config) => Object.keys(config.contract).length > 0, has: (config) => Object.keys(config.contract).length > 0 },
  { key: 'locked', sets: (config) => config.locked.length > 0, has: (config) => config.locked.length > 0 },
];

/**
 * Whether the config above, `above`, is one of the project of `near` (a config nearer to a script),
 * so that what it sets and `near` drops is worth a note: never a config in the home folder or above
 * it (a person's or the machine's defaults: it would be a note on every script of every project
 * below), nor, when `near` lies in a git work tree, one outside that tree (the repository's top
 * holds `.git`: a folder, or a file in a worktree or a submodule).
 */
function sameProject(near: string, above: string): boolean {
  const folder = dirname(resolve(above));
  const home = homeFolder();
  if (home !== null && isWithin(folder, resolve(home))) return false;
  const top = folderHolding(near, '.git');
  return top === null || isWithin(top, folder);
}

/** `analyse`'s read for a batch: the file read at once (readers/file.ts `readScriptFileSync`). */
const readAtOnce = (file: string, options: ReadOptions): Promise<Script> => readScriptBytes(readScriptFileSync(file), file, options);

/**
 * Reads, analyses and checks one script: `analyse(file)` with the config from `configs` and the
 * file read at once. Never throws: a file that cannot be read is a result too.
 */
export function checkFile(file: string, settings: CheckSettings, configs = new Configs(settings.analyse)): Promise<FileResult> {
  const { config: _path, noConfig: _noConfig, ...analyseSettings } = settings.analyse;
  return checkAnalysis(file, settings, configs, async () => {
    const config = await configs.of(file);
    return analyse(file, { ...analyseSettings, config, read: readAtOnce, configWarnings: configs.warningsFor(file) });
  });
}

/** Checks the script `analyseIt` reads and analyses (as `analyse(file)` would). Never throws. */
async function checkAnalysis(file: string, settings: CheckSettings, configs: Configs, analyseIt: () => Promise<Analysis>): Promise<FileResult> {
  try {
    const analysis = await analyseIt();
    const { script, config, voiceMap, report } = analysis;
    // A config misnamed is likely why there is no voice map: said with the error.
    if (!voiceMap && !settings.analyse.noConfig) return { ...noVoiceMap(file, report.warnings, config?.source), notes: configs.warningsFor(file) };
    const inherited = config ? await configs.notInherited(config) : null;
    const locked = config?.locked ?? [];
    const levels: Partial<Record<RuleName, Level>> = { ...(config?.rules ?? DEFAULT_LEVELS), ...settings.cli.rules };
    const contract = mergeContracts(config?.contract ?? {}, settings.cli.contract);
    let since: SinceOutcome | undefined;
    if (settings.since !== undefined) {
      // git, the comparison, the word diffs and the rules on changes are loaded only with --since.
      const { checkSince } = await import('./since-check.js');
      const cliLocked = settings.cli.rules.locked;
      since = await checkSince(file, settings.since, analysis, settings.analyse, { contract, levels, locked, ...(cliLocked ? { cliLocked } : {}) });
    } else {
      // Without --since the rules on changes are not checked: not listed as in force either.
      for (const rule of SINCE_RULES) delete levels[rule];
    }
    // Like the rules of --since, section-time is listed as in force only where it can find something.
    if (!sectionRuleApplies(report)) delete levels['section-time'];
    if (!labelRuleApplies(report)) delete levels['label-out-of-place'];
    if (!unreadRuleApplies(report)) delete levels['unread-text'];
    if (!avPictureRuleApplies(report)) delete levels['av-picture-column'];
    const checks = [...runRules({ report, facts: script.facts, contract, levels }), ...(since?.checks ?? [])];
    const findings = findingsOf(checks);
    return {
      file,
      status: findings.some((f) => f.level === 'error') ? 'fail' : 'pass',
      format: report.format,
      config: report.config,
      voices: report.voices.map(({ name, lineCount, words, spokenWords, seconds, wpm }) => ({ name, lineCount, words, spokenWords, seconds, wpm })),
      total: { words: report.total.words, seconds: report.total.seconds },
      recorded: report.recorded,
      unassignedSeconds: report.unassigned.seconds,
      legend: report.mode === 'legend' ? report.legend : null,
      levels,
      checks,
      findings,
      // Every report warning (the reader's, the casting's, the measuring's) that no rule checks: a
      // warning a rule checks is one of its findings (or, the rule off, not shown), not a note.
      // Which config applies comes first: it frames every count and rule below.
      notes: [...(inherited ? [inherited] : []), ...notesOf(report.warnings), ...(since?.notes ?? [])],
      ...(since ? { since: since.summary } : {}),
    };
  } catch (error) {
    // A file that could not be checked still names the config it would have been checked with (an invalid one too).
    const config = configs.namedFor(file);
    const result = isUserError(error) ? userErrorResult(file, error) : errorResult(file, 'unexpected', `unexpected error: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}. Please report it with the file if you can.`);
    // A config misnamed in the folders searched is said with any error (it may be why).
    const notes = configs.warningsFor(file);
    return { ...result, ...(config === null ? {} : { config }), ...(notes.length ? { notes } : {}) };
  }
}

/**
 * Nothing to check the voices against (no config, no legend to trust): the colour groups would pass
 * every rule while meaning nothing, so the file is an input error unless --no-config asks for them.
 */
function noVoiceMap(file: string, warnings: readonly Warning[], config?: string): FileResult {
  const rejected = warnings.find((w) => w.code === 'legend-rejected');
  const reasons = (rejected?.details as { reasons?: { message: string }[] } | undefined)?.reasons?.map((r) => r.message) ?? [];
  // A config of settings only (no voices) is no voice map either.
  const error = noVoiceMapError(file, config === undefined ? null : shownPath(config), rejected ? { reasons, ...(rejected.location ? { location: rejected.location } : {}) } : null);
  const result = errorResult(file, error.code, error.message, error.details);
  // The config of settings only the message names is the file's config too.
  return config === undefined ? result : { ...result, config };
}

export interface ExpandedFiles {
  files: string[];
  /** Patterns, folders and configs that gave no script: each is reported as an input error. */
  unmatched: Unmatched[];
  /** Lock files a folder walked or a glob found, left out (each once, in the order found). */
  leftOut: LeftOut[];
}

/**
 * An argument that gave no script: a glob that matched no file (or only lock files: `lockFiles`), a
 * folder with no script in it or below, a config that is the config of no script (`scripts`: how
 * many its folder and below hold).
 */
export type Unmatched = (
  | { pattern: string; kind: 'folder' }
  | { pattern: string; kind: 'glob'; lockFiles?: number }
  | { pattern: string; kind: 'config'; scripts: number }
) & {
  /** How many files the arguments before it gave: where its result goes among the files', in the order of the arguments. */
  before: number;
};

/** The results of the files and of the arguments that gave none, in the order of the arguments. */
export function inArgumentOrder<T>(checked: readonly T[], unmatched: readonly Unmatched[], noMatch: (unmatched: Unmatched) => T): T[] {
  const results: T[] = [];
  let next = 0;
  for (const u of unmatched) {
    while (next < u.before && next < checked.length) results.push(checked[next++]!);
    results.push(noMatch(u));
  }
  while (next < checked.length) results.push(checked[next++]!);
  return results;
}

/**
 * Every .docx (.docm: a DOCX with macros, read alike) and .pdf, whatever the case of the extension
 * (`B.Docx`, `C.PDF`), in a folder and below; and the documents of other formats that may be
 * scripts but are not read (OTHER_FORMATS), to say they were left out.
 */
const SCRIPT_GLOB = '**/*.{docx,docm,pdf,doc,odt,rtf,pages}';
/** Documents a folder's walk finds and leaves out, said so: Word 97–2003, OpenDocument, RTF, Apple Pages. */
const OTHER_FORMATS = /\.(doc|odt|rtf|pages)$/i;
/** Never searched by a folder's walk or a glob. */
const IGNORED = ['**/node_modules/**'];

/** What makes an argument a pattern for many files: `*` (and `**`), `?`, or braces listing choices (`{a,b}`, `{1..3}`). */
const GLOB_WILDCARD = /[*?]|\{[^{}]*(,|\.\.)[^{}]*\}/;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A glob whose fixed start is a folder that exists (`Scripts [final]/*.docx`, `Spot {A,B}/**`) with
 * that start escaped: a path that exists is literal, only the rest is a glob. The longest such start
 * wins; a pattern whose start has no glob character is left as it is.
 */
function literalStart(pattern: string, cwd: string): string {
  const parts = pattern.split('/');
  for (let end = parts.length - 1; end > 0; end--) {
    const start = parts.slice(0, end).join('/');
    if (!isGlobPattern(start)) break;
    if (isFolder(resolve(cwd, start))) return `${escapeGlobPath(start)}/${parts.slice(end).join('/')}`;
  }
  return pattern;
}

/**
 * Whether a file a folder walk or a glob found is a lock file Word keeps beside an open document
 * (`~$spot.docx`): a `~$` name on a small file that is no DOCX, PDF, .doc or RTF (a script named so
 * is still a script). What readers/placeholders.ts says of one named on its own.
 */
function isLockFile(path: string): boolean {
  if (!isLockFileName(path)) return false;
  try {
    const head = readFileStart(path, LOCK_FILE_MAX_BYTES + 1);
    return head.length <= LOCK_FILE_MAX_BYTES && sniffFormat(head) === 'unknown';
  } catch {
    return false; // unreadable: the reader says why
  }
}

/**
 * The scripts in a folder and below (any case of extension), as paths from the folder as typed,
 * sorted; `others`: the documents in formats not read (OTHER_FORMATS) found there.
 */
async function scriptsIn(folder: string, cwd: string): Promise<{ scripts: string[]; others: string[]; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = [];
  const onBrokenLink = (file: string, error: string, target: string | null) => {
    if (SCRIPT_NAME.test(file)) broken.push({ file: join(folder, file), kind: 'broken-link', target, error });
  };
  // The folder is the walk's cwd, never part of a pattern: `[`, `(`, `{` in its name are its name.
  const found = (await findFiles(SCRIPT_GLOB, { cwd: resolve(cwd, folder), caseSensitive: false, ignore: IGNORED, onBrokenLink })).sort(byCodeUnits).map((file) => join(folder, file));
  broken.sort((a, b) => byCodeUnits(a.file, b.file));
  return { scripts: found.filter((file) => !OTHER_FORMATS.test(file)), others: found.filter((file) => OTHER_FORMATS.test(file)), broken };
}

type BrokenLink = Extract<LeftOut, { kind: 'broken-link' }>;
/** A name SCRIPT_GLOB matches: a symbolic link so named that leads nowhere is a script the walk cannot read. */
const SCRIPT_NAME = /\.(docx|docm|pdf|doc|odt|rtf|pages)$/i;

/**
 * A glob's extension matched whatever its case (`broken/*.docx` finds `UPPER.DOCX`, as a folder's walk
 * does): the letters of a plain extension at its end as classes (`.[dD][oO][cC][xX]`); the rest of the
 * pattern keeps its case (folders are as the file system has them).
 */
function anyCaseExtension(pattern: string): string {
  return pattern.replace(/\.([A-Za-z][A-Za-z0-9]*)$/, (_, ext: string) => `.${[...ext].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('')}`);
}

/** How many of the files a walk found are scripts, lock files left out (for a message). */
const countScripts = (found: readonly string[], cwd: string) => found.filter((file) => !isLockFile(resolve(cwd, file))).length;

/**
 * The scripts a config is the config of: those in its folder and below whose nearest config
 * (config/file.ts `findConfig`, as every command finds it) is this one.
 */
async function scriptsOfConfig(config: string, cwd: string): Promise<{ scripts: string[]; found: number }> {
  // The scripts whose nearest config is in this config's folder: with another config beside it
  // (vo-lines.config.json and .yaml), each of them gets the error that says so (findConfig).
  const home = dirname(resolve(cwd, config));
  const folder = dirname(config);
  const nearest = new Map<string, string | null>();
  const { scripts: all } = await scriptsIn(folder, cwd);
  const scripts = all.filter((script) => {
    const dir = dirname(resolve(cwd, script));
    if (!nearest.has(dir)) nearest.set(dir, findConfigPath(join(dir, 'script')));
    const found = nearest.get(dir);
    return found != null && dirname(found) === home;
  });
  return { scripts, found: countScripts(all, cwd) };
}

/**
 * FILES or GLOBS → files, in the order given, each glob's matches sorted, duplicates dropped.
 * A path that exists is taken as it is, every part of it literal (even with `[`, `(` or `*` in its
 * name; so is an existing folder a glob starts with): a file is that script, a folder means the
 * scripts in it and below (`.docx` and `.pdf` in any case), a config (`vo-lines.config.json|yaml|yml`)
 * the scripts it is the config of; node_modules and dot-folders are never searched. The lock files
 * Word keeps beside an open document are left out of what a folder or a glob finds (`leftOut`).
 */
export async function expandFiles(patterns: readonly string[], cwd = process.cwd()): Promise<ExpandedFiles> {
  const files: string[] = [];
  const unmatched: Unmatched[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  /**
   * A file is one script however it is reached: by its real path (a symbolic link to a folder, or
   * one that loops back above, `a/loop -> ..`, reaches the same files again). A path that cannot be
   * resolved (missing) is its own.
   */
  const keyOf = async (file: string) => {
    const path = resolve(cwd, file);
    try {
      return await realPath(path);
    } catch {
      return path;
    }
  };
  const add = async (file: string) => {
    const key = await keyOf(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  /** Adds what a walk or a glob found, less the lock files (left out); how many scripts it found. */
  const addFound = async (found: readonly string[]): Promise<number> => {
    // A file reached more than once (through a link) is named by its path without links, else its shortest.
    const keys = await Promise.all(found.map(keyOf));
    const named = new Map<string, string>();
    found.forEach((file, i) => {
      const key = keys[i]!;
      const kept = named.get(key);
      const direct = (path: string) => resolve(cwd, path) === key;
      if (kept === undefined || (!direct(kept) && (direct(file) || file.length < kept.length))) named.set(key, file);
    });
    let scripts = 0;
    for (const [i, file] of found.entries()) {
      const key = keys[i]!;
      if (named.get(key) !== file) continue;
      if (!isLockFile(resolve(cwd, file))) {
        scripts++;
        await add(file);
      } else if (!seen.has(key)) {
        seen.add(key);
        leftOut.push({ file, kind: 'lock-file' });
      }
    }
    return scripts;
  };
  for (const pattern of patterns) {
    let stat;
    try {
      stat = fileFactsSync(resolve(cwd, pattern));
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const { scripts, others, broken } = await scriptsIn(pattern, cwd);
      // A symbolic link named as a script that leads nowhere: said, never silently dropped.
      // Each link once, however reached (`a/loop -> ..` reaches it again): by its folder's real path, the shortest path kept.
      const linkKeys = await Promise.all(broken.map(async (link) => join(await keyOf(dirname(link.file)), basename(link.file))));
      const order = broken.map((link, i) => ({ link, key: linkKeys[i]! })).sort((a, b) => a.link.file.length - b.link.file.length || byCodeUnits(a.link.file, b.link.file));
      const kept = new Set(order.filter(({ key }, i) => order.findIndex((o) => o.key === key) === i).map(({ link }) => link));
      for (const [i, link] of broken.entries()) {
        const key = linkKeys[i]!;
        if (kept.has(link) && !seen.has(key)) {
          seen.add(key);
          leftOut.push(link);
        }
      }
      for (const file of others) {
        const key = await keyOf(file);
        if (!seen.has(key)) {
          seen.add(key);
          leftOut.push({ file, kind: 'other-format', format: extname(file).slice(1).toLowerCase() });
        }
      }
      if ((await addFound(scripts)) === 0) unmatched.push({ pattern, kind: 'folder', before: files.length });
    } else if (stat?.isFile() && CONFIG_NAMES.includes(basename(pattern))) {
      const { scripts, found } = await scriptsOfConfig(pattern, cwd);
      if ((await addFound(scripts)) === 0) unmatched.push({ pattern, kind: 'config', scripts: found, before: files.length });
    } else if (stat || !isGlobPattern(pattern)) {
      await add(pattern); // a missing plain path is reported by the reader as "no such file"
    } else {
      const matches = await findFiles(anyCaseExtension(literalStart(pattern, cwd)), { cwd, absolute: isAbsolute(pattern), ignore: IGNORED });
      matches.sort(byCodeUnits);
      // Matching nothing, a pattern with no wildcard whose `(`, `[` or `!` only look like a glob's
      // (`Module (v3)`) is taken for the one path it names: missing, as the reader says.
      if (matches.length === 0 && !GLOB_WILDCARD.test(pattern)) await add(pattern);
      else if (matches.length === 0) unmatched.push({ pattern, kind: 'glob', before: files.length });
      // A glob for lock files (`~$*.docx`) asks for them: the reader says what each is.
      else if (isLockFileName(pattern)) for (const match of matches) await add(match);
      else if ((await addFound(matches)) === 0) unmatched.push({ pattern, kind: 'glob', lockFiles: matches.length, before: files.length });
    }
  }
  return { files, unmatched, leftOut };
}

export function noMatchResult(unmatched: Unmatched): FileResult {
  const { pattern } = unmatched;
  switch (unmatched.kind) {
    case 'glob':
      return unmatched.lockFiles
        ? errorResult(pattern, 'no-match', `no script matches "${pattern}": only ${unmatched.lockFiles === 1 ? 'a lock file' : 'lock files'} Word keeps beside a document while it is open.`, { pattern, kind: 'lock-files', lockFiles: unmatched.lockFiles })
        : errorResult(pattern, 'no-match', `no file matches "${pattern}".`, { pattern });
    case 'folder':
      return errorResult(pattern, 'no-match', `"${pattern}" is a folder with no .docx or .pdf script in it or below.`, { pattern, kind: 'folder' });
    case 'config': {
      const { scripts } = unmatched;
      const why =
        scripts === 0
            ? 'there is no .docx or .pdf script in its folder or below.'
            : scripts === 1
              ? 'the 1 script in its folder or below has a config nearer to it.'
              : `each of the ${count(scripts)} scripts in its folder or below has a config nearer to it.`;
      return errorResult(pattern, 'no-match', `${pattern} is the config of no script: ${why}`, { pattern, kind: 'config', scripts });
    }
  }
}

/** Set by scripts/bundle-cli.mjs in the CLI's bundles, whose chunks sit in dist/cli/. */
declare const VO_LINES_BUNDLED: true | undefined;

export interface RunOptions {
  /**
   * Threads working on the files at once: 1 checks one file at a time in this thread (a PDF read in
   * the PDF thread while this one waits); N adds N − 1 threads beside this one, PDF readers or check
   * workers as the batch's mix needs (planThreads). Default: from the batch and the cores.
   */
  threads?: number;
  /** Called after each file is checked. */
  onProgress?: (done: number, total: number) => void;
}

/** How a batch is shared out: this thread always checks files and analyses every PDF it hands out. */
export interface ThreadPlan {
  /** PDFs read at once, each in a PDF thread of its own (readers/pdf/isolated.ts) while this thread goes on; 0 without PDFs. */
  pdfReads: number;
  /** Check workers (worker.ts) beside this thread, taking the other scripts (DOCX) from the same queue. */
  workers: number;
}

/**
 * What a file costs, in milliseconds of one core, measured on the samples (bench/check.mjs's batches,
 * CPU per thread; a 2-core EPYC, bench/README.md, the thirty-eighth session, helper pdfrow5):
 * checking a DOCX; reading a PDF in a PDF thread (its layout there too, as a queued read's is since
 * pdfrow4); analysing and checking its Script here (the look at its content streams included);
 * starting a PDF thread (Node's worker, pdf.js loaded, its first file read cold); starting a check
 * worker (vo-lines loaded again, its first file checked). Only their ratios matter: they decide the
 * plan, never a result. (Until then: docx 8, pdfRead 19, pdfAnalyse 3.5, pdfThread 900, worker 450,
 * measured on the first day, before the analysis grew: a PDF's analysis here now costs more than half
 * its read, so more PDF threads than two feed this thread faster than it analyses.)
 */
export const COSTS = { docx: 23, pdfRead: 29, pdfAnalyse: 18, pdfThread: 480, worker: 360 } as const;

/** A plan with more threads is taken only when it should be this much faster: threads compete for cores others use too. */
const WORTH_IT = 0.95;

/** The estimated wall time of a plan on `cores` cores: the busiest thread, or all the work spread over the cores. */
function estimate(docx: number, pdf: number, { pdfReads, workers }: ThreadPlan, cores: number): number {
  const here = docx * COSTS.docx + pdf * COSTS.pdfAnalyse;
  // The DOCX files are shared between this thread and the workers; the PDFs' analysis stays here.
  const checking = Math.max(pdf * COSTS.pdfAnalyse, (here + workers * COSTS.worker) / (1 + workers));
  const reading = pdfReads > 0 ? COSTS.pdfThread + (pdf * COSTS.pdfRead) / pdfReads : 0;
  const cpu = here + pdf * COSTS.pdfRead + pdfReads * COSTS.pdfThread + workers * COSTS.worker;
  return Math.max(checking, reading, cpu / cores);
}

/**
 * The threads for a batch of `docx` + `pdf` files (told apart by name; a misnamed file is still read
 * right, only the plan is off). With `threads` given: that many at once, this one included, shared
 * between PDF readers and workers by the estimate. Without: the plan the estimate finds fastest on
 * `cores` cores, taking more threads only where they pay, so a small batch keeps the one PDF thread
 * that `--threads 1` has too (and still gains: this thread checks DOCX files while a PDF is read).
 */
export function planThreads(docx: number, pdf: number, cores = availableCores(), threads?: number): ThreadPlan {
  const minReads = pdf > 0 ? 1 : 0;
  const candidates: ThreadPlan[] = [];
  if (threads !== undefined) {
    const helpers = Math.max(0, Math.floor(threads) - 1);
    for (let pdfReads = minReads; pdfReads <= Math.min(pdf, Math.max(minReads, helpers)); pdfReads++) {
      const workers = Math.min(docx, helpers - pdfReads);
      if (workers >= 0) candidates.push({ pdfReads, workers });
    }
    if (candidates.length === 0) candidates.push({ pdfReads: minReads, workers: 0 });
  } else {
    for (let pdfReads = minReads; pdfReads <= Math.min(pdf, Math.max(minReads, cores)); pdfReads++) {
      for (let workers = 0; workers <= Math.min(docx, cores - 1); workers++) candidates.push({ pdfReads, workers });
    }
    candidates.sort((a, b) => a.pdfReads + a.workers - (b.pdfReads + b.workers));
  }
  let best = candidates[0]!;
  let bestTime = estimate(docx, pdf, best, cores);
  for (const plan of candidates.slice(1)) {
    const time = estimate(docx, pdf, plan, cores);
    const more = plan.pdfReads + plan.workers > best.pdfReads + best.workers;
    if (time < (more && threads === undefined ? bestTime * WORTH_IT : bestTime)) {
      best = plan;
      bestTime = time;
    }
  }
  return best;
}

/**
 * Scripts this thread keeps under way at once besides the PDFs: a DOCX waits for its bytes and for
 * their inflating (done off this thread), time in which another is analysed.
 */
const OTHER_IN_FLIGHT = 2;

const isPdfName = (file: string) => /\.pdf$/i.test(file);

/** Checks every file; results in the order of `files`. */
export async function checkFiles(files: readonly string[], settings: CheckSettings, options: RunOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const threads = options.threads === undefined ? undefined : Math.max(1, options.threads);
  const configs = new Configs(settings.analyse);
  const finished = (index: number, result: FileResult) => {
    // A file stopped from this thread (past its time, out of memory) still names its config.
    const config = result.status === 'error' && result.config === null ? configs.namedFor(files[index]!) : null;
    results[index] = config === null ? result : { ...result, config };
    options.onProgress?.(++done, files.length);
  };
  // A PDF thread loads pdf.js from now on, while this thread starts on the batch.
  const firstPdf = files.find(isPdfName);
  if (firstPdf !== undefined) prepareToReadPdf(firstPdf);
  if (threads === 1 || files.length <= 1) {
    // One file at a time, in this thread (a PDF in the PDF thread, waited for).
    for (let index = 0; index < files.length; index++) finished(index, await checkFile(files[index]!, settings, configs));
    return results;
  }
  // Two queues in the order of the files: PDFs, whose reading goes to PDF threads, and the rest.
  const pdfJobs: Job[] = [];
  const otherJobs: Job[] = [];
  files.forEach((file, index) => (isPdfName(file) ? pdfJobs : otherJobs).push({ index, file }));
  const plan = (threads === undefined ? { pdfReads: Math.min(1, pdfJobs.length), workers: 0 } : planThreads(otherJobs.length, pdfJobs.length, availableCores(), threads));
  const takePdf = (): Job | null => pdfJobs.shift() ?? null;
  const takeOther = (): Job | null => otherJobs.shift() ?? null;
  const tasks: Promise<void>[] = [];
  const helpers = { pdfReads: 0, workers: 0 };
  // This thread's files share it (their clocks run while another's work holds it): one that runs out
  // of time while another was under way here is checked again alone at the end (SharedThread).
  const shared = new SharedThread(finished);
  // Each PDF lane keeps one PDF read under way in a PDF thread, analysed here when it comes back.
  const addPdfLane = () => {
    keepPdfThreads(++helpers.pdfReads);
    tasks.push(pdfLaneRun(takePdf, settings, configs, shared));
  };
  const addWorker = () => {
    helpers.workers++;
    tasks.push(runPool(takeOther, settings, 1, finished));
  };
  // Meanwhile this thread checks the other scripts, a few under way (each waits for its bytes and
  // their inflating now and then), letting the PDF lanes in between.
  const otherLane = async () => {
    for (let job = takeOther(); job; job = takeOther()) {
      const turn = shared.start();
      shared.end(turn, job, await checkFile(job.file, settings, configs));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  for (let i = 0; i < plan.pdfReads; i++) addPdfLane();
  for (let i = 0; i < OTHER_IN_FLIGHT; i++) tasks.push(otherLane());
  for (let i = 0; i < plan.workers; i++) addWorker();
  // By default more threads join only while the machine has a core to spare and the work left pays for their start.
  const governor =
    threads === undefined ? govern({ pdfJobs, otherJobs, helpers, most: planThreads(otherJobs.length, pdfJobs.length), addPdfLane, addWorker }) : null;
  for (let waited = 0; waited < tasks.length; ) {
    waited = tasks.length;
    await Promise.all(tasks);
  }
  governor?.stop();
  // Should the PDF lanes have ended early (none planned), nothing is left behind.
  if (pdfJobs.length > 0) await pdfLaneRun(takePdf, settings, configs, shared);
  keepPdfThreads(1);
  // Alone now (every lane and worker is done), in the order of the files: as --threads 1 checks them.
  for (const job of shared.again.sort((a, b) => a.index - b.index)) finished(job.index, await checkFile(job.file, settings, configs));
  return results;
}

/** Whether `result` is a file stopped past its time budget, or its version at --since's REV was. */
export const ranOutOfTime = (result: FileResult): boolean => result.error?.code === 'timeout' || result.since?.unreadable?.code === 'timeout';

/**
 * The files checked in this thread at once (a few DOCX, each PDF's analysis while its read is under
 * way in a PDF thread). A file's time budget is wall time, and here it also runs while another file's
 * work holds the thread (a DOCX of 60,000 paragraphs holds it for seconds at a stretch): a small file
 * beside a slow one would run out of time for the slow one's work. So a file that runs out of time
 * (or whose version at --since's REV does) while another was under way here at any moment of its
 * check is not reported then: it is checked again alone at the end (`again`), its clock its own, as
 * `--threads 1` checks every file. The results are the same whatever the threads; a file that is
 * really too slow costs its budget twice.
 */
export class SharedThread {
  private readonly underWay = new Set<{ shared: boolean }>();
  /** Files that ran out of time while sharing this thread, to check again alone. */
  readonly again: Job[] = [];

  constructor(private readonly finished: (index: number, result: FileResult) => void) {}

  /** A file's check starts in this thread: its turn, to hand to `end`. */
  start(): { shared: boolean } {
    const turn = { shared: this.underWay.size > 0 };
    for (const other of this.underWay) other.shared = true;
    this.underWay.add(turn);
    return turn;
  }

  end(turn: { shared: boolean }, job: Job, result: FileResult): void {
    this.underWay.delete(turn);
    if (turn.shared && ranOutOfTime(result)) this.again.push(job);
    else this.finished(job.index, result);
  }
}

/** How often the governor looks at the machine and at the work left. */
const GOVERN_MS = 400;
/**
 * Idle cores (of the whole machine, over the last look) below which no thread is added: nearly a whole
 * one, since a thread of ours takes more than one core while it warms up (V8 compiles and collects its
 * garbage on threads of its own). With half a core the governor added a check worker to 600 DOCX on 2
 * cores: +30% CPU, no faster (bench/README.md, the fourth session).
 */
const SPARE_CORE = 0.9;
/** What starting a thread costs before it pays, in ms of wall time: Node's worker, the modules (and pdf.js), the JIT's warm-up. */
const START_MS = { pdfThread: 1000, worker: 500 } as const;
/** A thread is added only when it should save this much. */
const GAIN_MS = 300;

interface Governed {
  pdfJobs: readonly Job[];
  otherJobs: readonly Job[];
  helpers: ThreadPlan;
  /** The plan for the whole batch on idle cores (planThreads): the most threads that may join. */
  most: ThreadPlan;
  addPdfLane: () => void;
  addWorker: () => void;
}

/**
 * Adds a PDF lane or a check worker while it pays: every GOVERN_MS it reads how many cores the
 * machine left idle (other programs' load included), and from the files still queued and the rate
 * they go at (the estimate of planThreads, with the costs measured so far) whether the side that
 * will finish last would finish sooner with one more thread, its start paid. Never more threads
 * beside this one than cores. Only speed depends on it: the results are the same whatever it does.
 */
function govern(work: Governed): { stop(): void } {
  const total = { pdf: work.pdfJobs.length, other: work.otherJobs.length };
  // process.hrtime, not the global `performance` (its first use loads Node's perf_hooks).
  const started = Number(process.hrtime.bigint()) / 1e6;
  let last = machineTimes();
  const timer = setInterval(() => {
    const now = machineTimes();
    const spare = (now.cores * (now.idle - last.idle)) / Math.max(1, now.total - last.total);
    last = now;
    const { helpers, most } = work;
    if (spare < SPARE_CORE || (helpers.pdfReads >= most.pdfReads && helpers.workers >= most.workers)) return;
    const elapsed = Number(process.hrtime.bigint()) / 1e6 - started;
    const pdfLeft = work.pdfJobs.length;
    const otherLeft = work.otherJobs.length;
    const pdfDone = total.pdf - pdfLeft;
    const otherDone = total.other - otherLeft;
    // Time each side still needs at the pace seen so far (a side with nothing done yet is not judged).
    const pdfTime = pdfDone > 0 && helpers.pdfReads > 0 ? (pdfLeft * elapsed) / pdfDone : 0;
    const otherTime = otherDone > 0 ? (otherLeft * elapsed) / otherDone : 0;
    const speed = Math.min(1, spare);
    if (pdfTime >= otherTime && helpers.pdfReads < most.pdfReads) {
      const withOneMore = START_MS.pdfThread / speed + (pdfTime * helpers.pdfReads) / (helpers.pdfReads + speed);
      if (pdfTime - Math.max(withOneMore, otherTime) > GAIN_MS) work.addPdfLane();
    } else if (otherTime > pdfTime && helpers.workers < most.workers) {
      const workers = 1 + helpers.workers;
      const withOneMore = (otherTime * workers + START_MS.worker) / (workers + speed);
      if (otherTime - Math.max(withOneMore, pdfTime) > GAIN_MS) work.addWorker();
    }
  }, GOVERN_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** A PDF of the batch with its config and bytes, read ahead while the PDF before it is read; an error waits for its turn. */
interface Prepared {
  job: Job;
  config: Config | null;
  bytes: Uint8Array | null;
  /** The config's error (first, as in `analyse`), else the file's (after the settings' own). */
  configError?: unknown;
  fileError?: unknown;
}

async function prepare(job: Job, configs: Configs): Promise<Prepared> {
  let config: Config | null;
  try {
    config = await configs.of(job.file);
  } catch (configError) {
    return { job, config: null, bytes: null, configError };
  }
  try {
    return { job, config, bytes: readScriptFileSync(job.file) };
  } catch (fileError) {
    return { job, config, bytes: null, fileError };
  }
}

/** PDF reads each lane keeps posted to its PDF thread: the one under way and the next, waiting there. */
const PDF_READS_AHEAD = 2;

/**
 * One PDF lane: two PDFs are posted to its PDF thread at once, the next waiting in the thread behind
 * the one it reads, so the thread goes on to it the moment it is done, whatever this thread is busy
 * with meanwhile; the next PDF's config and bytes are made ready meanwhile, and posted the moment a
 * read ends (before this thread analyses the one that came back). Each file's time budget starts
 * when its read starts in the thread, not while it waits there; a file waiting behind one that runs
 * out of time goes to a fresh thread (readers/pdf/isolated.ts). The result is the one `checkFile`
 * gives (the same chain: `analyseBytes` with the config found as `analyse` finds it, errors in the
 * same order).
 */
function pdfLaneRun(take: () => Job | null, settings: CheckSettings, configs: Configs, shared: SharedThread): Promise<void> {
  const { config: _path, noConfig: _noConfig, ...analyseSettings } = settings.analyse;
  const seconds = analyseSettings.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const limited = seconds > 0 && Number.isFinite(seconds);
  return new Promise((resolveLane) => {
    const ready: Prepared[] = [];
    let preparing = false;
    /** Reads of this lane posted and not ended. */
    let reading = 0;
    let checking = 0;
    const end = () => {
      if (ready.length === 0 && !preparing && reading === 0 && checking === 0) resolveLane();
    };
    /** Posts what is ready while fewer than PDF_READS_AHEAD reads are under way, and keeps the next one ready. */
    const fill = () => {
      while (reading < PDF_READS_AHEAD && ready.length > 0) post(ready.shift()!);
      if (preparing || ready.length > 0) return;
      const job = take();
      if (!job) return end();
      preparing = true;
      void prepare(job, configs).then((prepared) => {
        preparing = false;
        ready.push(prepared);
        fill();
      });
    };
    const post = (prepared: Prepared) => {
      reading++;
      checking++;
      let ended = false;
      const endRead = () => {
        if (ended) return;
        ended = true;
        reading--;
        fill();
      };
      /** When this file's time is up: counted from the start of its read. */
      let deadline = Infinity;
      const read = (bytes: Uint8Array, name: string, options: ReadOptions): Promise<Script> => {
        if (prepared.fileError) throw prepared.fileError;
        const { config: _config, deadline: _deadline, ...readOptions } = options as ReadOptions & { config?: unknown };
        if (limited) deadline = Date.now() + seconds * 1000;
        const started = (at: number) => (deadline = at);
        // The look at the content streams (no pdf.js) is this thread's: the PDF thread has pdf.js's
        // part alone, and the thread that would otherwise wait for it at the end of the batch does it.
        // What it inflated goes to the PDF thread with the read (readers/pdf/inflated.ts).
        return readBytes(bytes, name, { ...readOptions, timeout: seconds }, (pdf, file, pdfOptions) => {
          const kept = collectInflated();
          return (
            checkContentStreams(pdf, file, kept.keep)
              // As the PDF thread would say it (worker.ts): what is not a user error is damage.
              .catch((error: unknown) => {
                throw isUserError(error) ? error : damaged(file, 'the file', error);
              })
              .then((look: ContentLook) => {
                const inflated = kept.pack();
                return readPdfIsolated(pdf, file, pdfOptions, { queue: true, started, checked: true, look, ...(inflated ? { inflated } : {}) });
              })
              .finally(endRead)
          );
        });
      };
      const turn = shared.start();
      void checkAnalysis(prepared.job.file, settings, configs, async () => {
        if (prepared.configError) throw prepared.configError;
        // The budget is this lane's (analyseBytes's own would count the wait in the PDF thread):
        // the read has it from its start, and the analysis is checked against it at the end, as
        // analyseBytes checks its own.
        const analysis = await analyseBytes(prepared.bytes ?? new Uint8Array(0), prepared.job.file, { ...analyseSettings, timeout: 0, config: prepared.config, read, configWarnings: configs.warningsFor(prepared.job.file) });
        if (Date.now() > deadline) throw timedOut(prepared.job.file, seconds);
        return analysis;
      }).then((result) => {
        checking--;
        shared.end(turn, prepared.job, result);
        endRead();
        end();
      });
    };
    fill();
  });
}


interface Job {
  index: number;
  file: string;
}

/** Jobs each worker holds: the one it works on and the next, so it never waits for this thread to hand it one. */
const IN_FLIGHT = 2;

function runPool(take: () => Job | null, settings: CheckSettings, threads: number, finished: (index: number, result: FileResult) => void): Promise<void> {
  // The entry the build writes (readers/thread-entry.ts: it runs the bundle of worker.ts with its code cache).
  const workerUrl = typeof VO_LINES_BUNDLED !== 'undefined' ? new URL('../check/worker.cjs', import.meta.url) : new URL('./worker.cjs', import.meta.url);
  const seconds = settings.analyse.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  // A little over the file's own budget: the reader's own check should speak first where it can.
  const limit = seconds > 0 && Number.isFinite(seconds) ? seconds * 1000 + 2000 : null;
  let running = 0;
  /** Jobs a stopped worker had been given but had not started: the next worker takes them first. */
  const retry: Job[] = [];
  const nextJob = (): Job | null => retry.shift() ?? take();
  return new Promise((resolvePool) => {
    const startWorker = () => {
      // Each thread gets the heap this one has, so `--max-old-space-size` bounds them all alike.
      const worker = startThread(workerUrl, settings);
      running++;
      /** The jobs sent to this worker, in the order it works on them: the first is the one under way. */
      const inFlight: Job[] = [];
      trackThread(worker, () => inFlight.length > 0);
      let timer: NodeJS.Timeout | undefined;
      /**
       * The worker is done with, for the pool: at its 'exit', or when it is stopped past a file's
       * budget, since it may be stuck where V8 cannot stop it and end only much later (threads.ts
       * `stopThread`): the pool, and the report, do not wait for that.
       */
      let gone = false;
      const leave = () => {
        if (gone) return;
        gone = true;
        clearTimeout(timer);
        if (--running === 0) resolvePool();
      };
      /** The worker reads PDFs in its own thread, where pdf.js cannot be interrupted: past its budget a file is stopped from here, with the worker. */
      const watch = () => {
        clearTimeout(timer);
        const job = inFlight[0];
        if (!job || limit === null) return;
        timer = setTimeout(() => {
          if (inFlight[0] !== job) return;
          const stopped = timedOut(job.file, seconds);
          stop(userErrorResult(job.file, stopped));
          stopThread(worker);
          leave();
        }, limit);
      };
      /** The job under way failed with `result`; the others go back to the queue, for a fresh worker if any is left. */
      const stop = (result: FileResult | null) => {
        clearTimeout(timer);
        const [job, ...unstarted] = inFlight.splice(0);
        if (job && result) finished(job.index, result);
        retry.unshift(...unstarted);
        const more = nextJob();
        if (more) {
          retry.unshift(more);
          startWorker();
        }
      };
      const feed = () => {
        while (inFlight.length < IN_FLIGHT) {
          const job = nextJob();
          if (!job) break;
          inFlight.push(job);
          worker.postMessage(job);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on('message', (message: { index: number; result: FileResult }) => {
        if (gone) return;
        const at = inFlight.findIndex((job) => job.index === message.index);
        if (at >= 0) inFlight.splice(at, 1);
        finished(message.index, message.result);
        watch();
        feed();
      });
      // A worker that dies (out of memory, a bug) fails its file only; a fresh worker takes over.
      worker.on('error', (error: Error & { code?: string }) => {
        if (gone) return;
        const job = inFlight[0];
        if (!job) return stop(null);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const refused = outOfMemory(job.file);
          stop(userErrorResult(job.file, refused));
        } else stop(errorResult(job.file, 'unexpected', `unexpected error: ${error.message.split('\n')[0]}. Please report it with the file if you can.`));
      });
      worker.on('exit', () => {
        if (gone) return;
        const job = inFlight[0];
        if (job) stop(errorResult(job.file, 'unexpected', 'unexpected error: the worker thread stopped. Please report it with the file if you can.'));
        leave();
      });
      feed();
      watch();
    };
    for (let i = 0; i < threads; i++) startWorker();
    if (threads === 0) resolvePool();
  });
}
