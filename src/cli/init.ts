/** `vo-lines init FILE`: a starting config beside the script, never beside an existing one (unless --force replaces it). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { analyse } from '../pipeline.js';
import { checkOutputs, writeOutputs } from './output.js';
import { renderLabelConfig, renderStarterConfig } from '../render/config-yaml.js';
import { castByLabels, headingOnlyGroups, nameLineDoubt, saidOpenerWarning, speakerNames } from '../attribute/speaker-labels.js';
import { hints, legendLine, shellWord } from '../render/text.js';
import { formatLocation, listOf, plural } from '../text/format.js';
import { plainName } from '../colour/names.js';
import { analyseOptions, print, type CommonOptions } from './options.js';
import { displayPath } from './paths.js';
import { CONFIG_NAMES, loadConfig } from '../config/file.js';
import { parseConfigText } from '../config/parse.js';
import type { VoiceSpec } from '../config/voice-map.js';
import type { Casting } from '../attribute/cast.js';
import type { Paragraph, Script, Warning } from '../model.js';
import { AGENCY_FIELDS } from '../measure/sections.js';
import { FIELDS, labelKey, openingLabel } from '../text/speaker-label.js';
import { castScript } from '../attribute/cast-script.js';
import { labelVoiceMap, type SpeakerLabel, type SpeakerLabels } from '../attribute/speaker-labels.js';
import { countWords, normaliseSpace } from '../text/words.js';

const STARTER = 'vo-lines.config.yaml';

/** A config that names no voice (`language: fr` alone): where it is, its text, and its settings by name. */
interface SettingsConfig {
  path: string;
  text: string;
  settings: string[];
}

/** YAML's parser (a CommonJS package: bundled, it comes as `default`). */
async function yamlModule(): Promise<typeof import('yaml')> {
  const yaml = await import('yaml');
  return (yaml as { parseDocument?: unknown }).parseDocument ? yaml : (yaml as unknown as { default: typeof yaml }).default;
}

/** The config at `path` when it names no voice and holds settings; null for one that names voices, holds nothing, or cannot be read. */
async function settingsOnly(path: string): Promise<SettingsConfig | null> {
  try {
    const config = await loadConfig(path);
    if (config.voiceMap.voices.length > 0) return null;
    const text = await readFile(path, 'utf8');
    const data: unknown = /\.json$/i.test(path) ? JSON.parse(text) : (await yamlModule()).parse(text);
    const settings = Object.keys((data ?? {}) as Record<string, unknown>).filter((key) => key !== 'voices');
    // An empty config holds nothing to keep: said as any other.
    return settings.length ? { path, text, settings } : null;
  } catch {
    return null;
  }
}

/**
 * Any config beside the script stops init: a second one would be ignored, or hide the first. With
 * --force, init writes over the config it writes (`vo-lines.config.yaml`), and into a config of
 * settings only (no voices), whatever its name, keeping its settings: that config is returned.
 */
async function refuseExisting(folder: string, force: boolean | undefined): Promise<SettingsConfig | null> {
  let kept: SettingsConfig | null = null;
  for (const name of CONFIG_NAMES) {
    const path = join(folder, name);
    if (!existsSync(path)) continue;
    // A config of settings only (no voices) is kept by hand: --force writes the voices into it, its settings kept.
    const settings = await settingsOnly(path);
    if (force && settings && !kept) {
      kept = settings;
      continue;
    }
    if (name === STARTER && force && !settings) continue;
    const held = settings ? `, with settings (${settings.settings.join(', ')}) and no voices` : '';
    throw new UserError(
      settings
        ? `${displayPath(path)} already exists beside the script${held}: add the voices to it yourself, or pass --force to write them into it, its settings kept.`
        : name === STARTER
          ? `${displayPath(path)} already exists beside the script: edit it, or pass --force to write a new one over it.`
          : `${displayPath(path)} already exists beside the script, and vo-lines reads it before ${STARTER}: edit it, or remove it to start again with init.`,
      'config-exists',
      // `force`: whether --force writes a config there (over the one init writes, or into one of settings only); `settings`: a config of settings only, its settings.
      { path: displayPath(path), force: name === STARTER || settings !== null, ...(settings ? { settings: settings.settings } : {}) },
    );
  }
  return kept;
}

/**
 * The config init wrote (`starter`, YAML) with the settings of the config of settings only it goes into
 * (`kept`), the kept ones winning where both set one (`unassigned`, a pace): in YAML, the starter's text
 * with each of the kept config's top-level entries put in as written, its comments with it; in JSON,
 * the two merged. Checked by reading it back: the starter's voices and the kept settings, each as it
 * was; a YAML whose entries cannot be cut so is written from the merged values instead (its comments lost).
 */
async function withSettings(starter: string, kept: SettingsConfig, target: string): Promise<string> {
  const yaml = await yamlModule();
  const fresh = yaml.parse(starter) as Record<string, unknown>;
  const old = (/\.json$/i.test(kept.path) ? JSON.parse(kept.text) : yaml.parse(kept.text)) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...fresh };
  // A pace it sets (`wpm` or `pace`) stands for both: the one init proposes goes.
  const dropped = kept.settings.some((key) => PACE_KEYS.has(key)) ? PACE_KEYS : new Set<string>();
  for (const key of dropped) delete merged[key];
  for (const key of kept.settings) merged[key] = old[key];
  const json = /\.json$/i.test(target);
  const fallback = json ? `${JSON.stringify(merged, null, 2)}\n` : yaml.stringify(merged);
  let expected: string;
  try {
    expected = JSON.stringify((await parseConfigText(fallback, target)).voiceMap);
  } catch (error) {
    // Its settings and the voices found disagree (a voice's colour it says is not recorded): said, nothing written.
    throw new UserError(
      `${displayPath(kept.path)} has settings (${kept.settings.join(', ')}) that make no config with the voices found in the script: ${(error as Error).message.replace(/^[^:]*: /, '')} Nothing was written: add the voices to it yourself.`,
      'config-exists',
      { path: displayPath(kept.path), force: false, settings: kept.settings },
    );
  }
  if (json) return fallback;
  const same = async (text: string) => {
    try {
      return JSON.stringify((await parseConfigText(text, target)).voiceMap) === expected;
    } catch {
      return false;
    }
  };
  const starterBlocks = topLevelBlocks(yaml, starter);
  const keptBlocks = topLevelBlocks(yaml, kept.text);
  if (starterBlocks && keptBlocks) {
    let text = starterBlocks.preamble;
    const added: string[] = [];
    for (const block of starterBlocks.blocks) {
      const own = keptBlocks.blocks.find((b) => b.key === block.key && b.key !== 'voices');
      if (own) text += own.text;
      else if (!dropped.has(block.key)) text += block.text;
    }
    for (const block of keptBlocks.blocks) if (block.key !== 'voices' && !starterBlocks.blocks.some((b) => b.key === block.key)) added.push(block.text);
    if (added.length || keptBlocks.preamble.trim()) text = `${text.replace(/\n*$/, '\n')}\n${keptBlocks.preamble.trim() ? `${keptBlocks.preamble.trimEnd()}\n` : ''}${added.join('').replace(/\n*$/, '\n')}`;
    if (await same(text)) return text;
  }
  return fallback;
}

/** Settings that each set the pace: a config setting one has no use for the other init proposes. */
const PACE_KEYS: ReadonlySet<string> = new Set(['wpm', 'pace']);

/**
 * A YAML document's top-level entries as written: each from the comment lines right above its key to
 * the next entry's; the text before the first (`preamble`). Null for a document that is no block mapping.
 */
function topLevelBlocks(yaml: typeof import('yaml'), text: string): { preamble: string; blocks: { key: string; text: string }[] } | null {
  const doc = yaml.parseDocument(text);
  if (doc.errors.length || !yaml.isMap(doc.contents) || doc.contents.flow) return null;
  const starts: { key: string; at: number }[] = [];
  for (const pair of doc.contents.items) {
    const key = pair.key;
    if (!yaml.isScalar(key) || !key.range) return null;
    let at = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    // Comment lines right above the key go with it (not an indented one: the entry above's, a voice commented out).
    while (at > 0) {
      const previous = text.lastIndexOf('\n', at - 2) + 1;
      if (!text.startsWith('#', previous)) break;
      at = previous;
    }
    starts.push({ key: String(key.value), at });
  }
  if (starts.length === 0) return null;
  return {
    preamble: text.slice(0, starts[0]!.at),
    blocks: starts.map((s, i) => {
      const block = text.slice(s.at, i + 1 < starts.length ? starts[i + 1]!.at : text.length);
      return { key: s.key, text: block.endsWith('\n') ? block : `${block}\n` };
    }),
  };
}

/** What init says it wrote, as `init --json` prints it (README "init --json"). */
interface InitJson {
  file: string;
  /** The config written. */
  config: string;
  /** What its voices come from: a legend in the script, its colours, or its speakers' labels. */
  kind: 'legend' | 'colours' | 'labels';
  /** For `labels`: labels opening the lines (`inline`), or names on lines of their own (`name-lines`). */
  layout?: string;
  voices: { name: string; colors: string[]; highlights: string[]; labels: string[]; words: number; lines: number }[];
  /** The colours written as not recorded (`unassigned`). */
  unassigned: string[];
  /** For `colours` and `legend`: the colours only headings use (and a legend does not name), among the unassigned. */
  headings?: string[];
  /** For `labels`: the labels left out as directions (commented out in the config). */
  directions?: string[];
  /** For `labels`: the labels left out as fields of the spots' header blocks (`CLIENT:`, `ISCI:`; commented out in the config). */
  headerFields?: string[];
  /** For `inline` labels: the paragraphs with no label counted for the speaker above. */
  continued?: number;
  /** The legend the voices come from (as `summary --json` gives it), or null. */
  legend: unknown;
  /** A legend found and not used: why, and the voices named after it all the same. */
  rejectedLegend?: { location: unknown; text: string; reasons: string[]; named: string[] };
  /** Names standing alone that were not taken as speakers (the hint's facts). */
  nameLineDoubt?: unknown;
  /** The settings kept from the config of settings only it was written into (--force). */
  kept?: string[];
  /** The command to run next, as the text says it (null when it says none). */
  next: string | null;
  /** The warnings init shows (on stderr in text). */
  warnings: Warning[];
}

/** Casting warnings init shows: a legend not used, and what the labels' casting guessed or left in a line (attribute/continued.ts, label-breaks.ts). */
const SHOWN_FROM_LABELS = new Set(['label-continued', 'unlabelled-speech', 'label-after-break']);

export async function init(file: string, options: CommonOptions & { force?: boolean }): Promise<void> {
  const folder = dirname(file);
  const kept = await refuseExisting(folder, options.force);
  // Only the script decides here: a config elsewhere (above the folder) must not shape the new one.
  // No line is shown: the lines' IDs are not worked out.
  const { casting, report } = await analyse(file, { ...analyseOptions(options), noConfig: true, lineIds: false });
  // Into a config of settings only, its settings kept (--force); else the config init writes.
  const target = kept ? kept.path : join(folder, STARTER);
  checkOutputs([target], { force: options.force, inputs: [file], show: displayPath });
  // A script in one colour whose lines open with speaker labels: one voice per label.
  const found = castByLabels(casting);
  // The fields of a spot's header block (`CLIENT:`, `ISCI:`, `MEDIUM:`) are no speakers: left out, as TITLE and LENGTH are.
  const fields = found ? headerFieldLabels(casting.script, found.labels) : [];
  const byLabels = found && fields.length ? withoutFields(casting, found.labels, fields) : found;
  // A script in Chinese or Japanese is timed in characters a minute: the config keeps that pace.
  const characters = report.timing.paceUnit === 'characters' ? { wpm: report.total.wpm } : undefined;
  const starter = byLabels ? renderLabelConfig(byLabels.casting, byLabels.labels, displayPath(file), characters, fields) : renderStarterConfig(casting, displayPath(file), characters);
  const content = kept ? await withSettings(starter.text, kept, target) : starter.text;
  writeOutputs([{ path: target, content }], { force: options.force });

  const voices = plural(starter.voices.length, 'voice');
  const out: string[] = [];
  let next: string | null = `vo-lines summary ${shellWord(file)}`;
  let doubt: ReturnType<typeof nameLineDoubt> = null;
  if (byLabels) {
    const { labels } = byLabels;
    const directions = labels.labels.filter((l) => l.direction).map((l) => l.label);
    const asides = [
      ...(directions.length ? [`${listOf(directions)} left out as ${directions.length === 1 ? 'a direction' : 'directions'}`] : []),
      ...(fields.length ? [`${listOf(fields.map((f) => f.label.label))} left out as ${fields.length === 1 ? 'a field' : 'fields'} of the spots' header blocks`] : []),
    ];
    const aside = asides.map((a) => `; ${a}`).join('');
    if (labels.layout === 'name-lines') {
      out.push(`Wrote ${displayPath(target)} (${voices}, one per speaker's name on a line of its own: ${listOf(speakerNames(labels))}${aside}; text that is no dialogue below a name taken as not recorded).`);
      out.push(`The script has no colour coding: each speaker's name stands on a line of its own above the dialogue. Check the names, then run: vo-lines summary ${shellWord(file)}`);
    } else {
      // Paragraphs with no label going on from a speaker's line (attribute/continued.ts): said here, and one by one below.
      const going = continuedParagraphs(byLabels.casting.warnings);
      const but = going ? `, but for ${plural(going, 'paragraph')} going on from a speaker's line above, counted for that speaker` : '';
      out.push(`Wrote ${displayPath(target)} (${voices}, one per speaker label: ${listOf(speakerNames(labels))}${aside}; text without a label taken as not recorded${but}).`);
      out.push(`The script has no colour coding: its lines open with speaker labels. Check the names, then run: vo-lines summary ${shellWord(file)}`);
    }
  } else if (casting.mode === 'legend' && casting.legend) {
    const headings = starter.proposedHeadings.map((hex) => `${hex} ${plainName(hex)}`);
    const aside = headings.length ? `; ${listOf(headings)} headings, which the legend does not name, taken as not recorded` : '';
    out.push(`Wrote ${displayPath(target)} (${voices} from the legend at ${formatLocation(casting.legend.location)}${aside}). Check the names, then run: vo-lines summary ${shellWord(file)}`);
    if (report.legend) out.push(legendLine(report.legend));
  } else {
    const notRecorded = [
      ...(starter.proposedUnassigned ? [`${starter.proposedUnassigned} black text`] : []),
      ...starter.proposedHeadings.map((hex) => `${hex} ${plainName(hex)} headings`),
    ];
    const body = notRecorded.length ? `; ${listOf(notRecorded)} taken as not recorded` : '';
    const rejected = casting.rejectedLegend;
    const named = starter.fromLegend.length;
    const fromLegend = rejected && named ? `, ${named} named after the legend at ${formatLocation(rejected.legend.location)}, which was not used` : '';
    const first = starter.voices.find((v) => !starter.fromLegend.includes(v));
    out.push(`Wrote ${displayPath(target)} (${voices}, one per colour${fromLegend}${body}).`);
    const check = named ? 'Check the names taken from the legend, and rename the others' : 'Rename the voices in it';
    if (first) next = `vo-lines lines ${shellWord(file)} --voice ${shellWord(first)}`;
    else if (!named) next = null;
    if (first) out.push(`${check} (e.g. "${first}" to the name of whoever reads that colour), then: ${next} (or its new name)`);
    else if (named) out.push(`Check the names taken from the legend, then run: ${next}`);
    // One colour (its headings aside) and names standing alone that were not taken as speakers: say why.
    const headingOnly = headingOnlyGroups(casting);
    doubt = casting.mode === 'colours' && casting.voices.filter((v) => !headingOnly.includes(v)).length <= 1 ? nameLineDoubt(casting.script) : null;
    if (doubt) out.push(hints.nameLineDoubt(doubt));
  }
  // What the labels' casting guessed, left out of the speakers' paragraphs with no label, or left in a line after a break.
  const labelled = byLabels ? byLabels.casting.warnings.filter((w) => SHOWN_FROM_LABELS.has(w.code)) : [];
  // Lines opening with a word said at a line's start (`NEW:`), no speaker: nobody's under the labels' config, said.
  const said = byLabels ? saidOpenerWarning(byLabels.labels) : null;
  if (said) labelled.push(said);
  const warnings = [...casting.warnings.filter((w) => w.code === 'legend-rejected' || w.code === 'legend-voice-unspoken'), ...labelled];
  if (kept) out.splice(1, 0, `Kept its settings: ${kept.settings.join(', ')}.`);
  if (options.json) {
    const written = (await parseConfigText(content, target)).voiceMap;
    const counted = byLabels ? byLabels.casting : casting;
    const json: InitJson = {
      file: displayPath(file),
      config: displayPath(target),
      kind: byLabels ? 'labels' : casting.mode === 'legend' && casting.legend ? 'legend' : 'colours',
      ...(byLabels ? { layout: byLabels.labels.layout } : {}),
      voices: written.voices.map((voice) => ({ name: voice.name, colors: voice.colors, highlights: voice.highlights, labels: voice.labels, ...tally(counted, voice) })),
      unassigned: written.unassigned,
      ...(byLabels || (casting.mode === 'legend' && casting.legend && starter.proposedHeadings.length === 0) ? {} : { headings: starter.proposedHeadings }),
      ...(byLabels
        ? {
            directions: byLabels.labels.labels.filter((l) => l.direction).map((l) => l.label),
            ...(fields.length ? { headerFields: fields.map((f) => f.label.label) } : {}),
            ...(byLabels.labels.layout === 'name-lines' ? {} : { continued: continuedParagraphs(byLabels.casting.warnings) }),
          }
        : {}),
      legend: !byLabels && casting.mode === 'legend' ? (report.legend ?? null) : null,
      ...(!byLabels && casting.mode !== 'legend' && casting.rejectedLegend
        ? { rejectedLegend: { location: casting.rejectedLegend.legend.location, text: casting.rejectedLegend.legend.text, reasons: casting.rejectedLegend.reasons, named: starter.fromLegend } }
        : {}),
      ...(doubt ? { nameLineDoubt: doubt } : {}),
      ...(kept ? { kept: kept.settings } : {}),
      next,
      warnings,
    };
    print(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  print(`${out.join('\n')}\n`);
  for (const warning of warnings) {
    process.stderr.write(`! ${warning.message}${warning.location ? ` [${formatLocation(warning.location)}]` : ''}\n`);
  }
}

/** A label found that is a field of the spots' header blocks, with the fields' text as the script writes them. */
export interface HeaderFieldLabel {
  label: SpeakerLabel;
  /** The paragraphs it opens, as written (whitespace collapsed). */
  written: string[];
}

/** Words a header field's value holds at most (`Acme Hardware`, `ACME0001H`, `Radio`): more is a speaker's sentence. */
const FIELD_WORDS = 6;

/**
 * Whether a paragraph's text is a field of a header block (`CLIENT: Acme`, `TITLE: "Garden"`,
 * `LENGTH: :30`), as the sections code and the labels know them: a field's name, then a value of a
 * few words that asks and exclaims nothing (`CLIENT: Five minutes? That is all?` is a speaker's line).
 */
function isHeaderField(text: string): boolean {
  const colon = text.search(/[:：]/u);
  if (colon <= 0 || colon > 24) return false;
  const value = text.slice(colon + 1).trim();
  if (value.length === 0 || /[?!？！]$/u.test(value) || countWords(value) > FIELD_WORDS) return false;
  const name = text.slice(0, colon).trim();
  return AGENCY_FIELDS.has(name.toLowerCase().replace(/\s+/gu, ' ')) || FIELDS.has(labelKey(name));
}

/**
 * The labels found that are fields of an agency's header block (sections.ts AGENCY_FIELDS: `CLIENT:`,
 * `ISCI:`, `MEDIUM:`…): each paragraph they open is a field beside another field (`TITLE:`, `LENGTH:`,
 * another of the block's). A `CLIENT:` that also speaks below the block (a bank's customer) stays a voice.
 */
export function headerFieldLabels(script: Script, labels: SpeakerLabels): HeaderFieldLabel[] {
  if (labels.layout !== 'inline') return [];
  const candidates = labels.labels.filter((l) => !l.direction && AGENCY_FIELDS.has(l.label.toLowerCase().replace(/\s+/gu, ' ')));
  if (candidates.length === 0) return [];
  const paragraphs = script.paragraphs.filter((p) => p.location.story === 'body' || p.location.story === 'textbox');
  const texts = paragraphs.map((p: Paragraph) => normaliseSpace(p.runs.map((run) => run.text).join('')));
  const field = texts.map(isHeaderField);
  const sameStory = (a: number, b: number) => paragraphs[a]!.location.story === paragraphs[b]!.location.story;
  const inBlock = (i: number) => field[i]! && ((i > 0 && field[i - 1]! && sameStory(i, i - 1)) || (i + 1 < field.length && field[i + 1]! && sameStory(i, i + 1)));
  const out: HeaderFieldLabel[] = [];
  for (const label of candidates) {
    const key = labelKey(label.label);
    const opened = texts.map((text, i) => (openingLabel(text)?.key === key ? i : -1)).filter((i) => i >= 0);
    if (opened.length > 0 && opened.every(inBlock)) out.push({ label, written: opened.map((i) => texts[i]!) });
  }
  return out;
}

/** The labels' casting without the header blocks' fields: their paragraphs nobody's, as the text of no label is. */
function withoutFields(colours: Casting, found: SpeakerLabels, fields: readonly HeaderFieldLabel[]): { labels: SpeakerLabels; casting: Casting } {
  const out = new Set(fields.map((f) => f.label));
  const labels: SpeakerLabels = { ...found, labels: found.labels.filter((l) => !out.has(l)), labelled: found.labelled - fields.reduce((sum, f) => sum + f.label.paragraphs, 0) };
  // As castByLabels casts: the labels' voices, the colour groups of the script taken as not recorded.
  return { labels, casting: castScript(colours.script, labelVoiceMap(labels, colours.voices), { lineIds: false }) };
}

/** Paragraphs with no label going on from a speaker's line (attribute/continued.ts `label-continued`). */
function continuedParagraphs(warnings: readonly Warning[]): number {
  return warnings.filter((w) => w.code === 'label-continued').reduce((sum, w) => sum + Number(w.details?.paragraphs ?? 0), 0);
}

/**
 * A voice of the config written, its words and lines in the casting it was written from: the voice of
 * that name (a legend's, a label's), else the colour group of the same colours (renamed by init).
 */
function tally(casting: Casting, voice: VoiceSpec): { words: number; lines: number } {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const group =
    casting.voices.find((v) => v.name === voice.name) ?? casting.voices.find((v) => same(v.colors, voice.colors) && same(v.highlights, voice.highlights) && same(v.labels, voice.labels));
  let words = 0;
  let lines = 0;
  if (group) {
    for (const line of casting.lines) {
      if (line.voice !== group.name) continue;
      words += line.words;
      lines++;
    }
  }
  return { words, lines };
}
