/** `vo-lines init FILE`: a starting config beside the script, never beside an existing one (unless --force replaces it). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { analyse } from '../pipeline.js';
import { checkOutputs, writeOutputs } from './output.js';
import { renderLabelConfig, renderStarterConfig } from '../render/config-yaml.js';
import { castByLabels, headingOnlyGroups, nameLineDoubt, speakerNames } from '../attribute/speaker-labels.js';
import { hints, legendLine, shellWord } from '../render/text.js';
import { formatLocation, listOf, plural } from '../text/format.js';
import { plainName } from '../colour/names.js';
import { analyseOptions, print, type CommonOptions } from './options.js';
import { displayPath } from './paths.js';
import { CONFIG_NAMES, loadConfig } from '../config/file.js';
import { parseConfigText } from '../config/parse.js';
import type { VoiceSpec } from '../config/voice-map.js';
import type { Casting } from '../attribute/cast.js';
import type { Warning } from '../model.js';

const STARTER = 'vo-lines.config.yaml';

/** The settings of a config that names no voice (`language: fr` alone), by name; null for one that names voices, holds nothing, or cannot be read. */
async function settingsOnly(path: string): Promise<string[] | null> {
  try {
    const config = await loadConfig(path);
    if (config.voiceMap.voices.length > 0) return null;
    const text = await readFile(path, 'utf8');
    let data: unknown;
    if (/\.json$/i.test(path)) data = JSON.parse(text);
    else {
      // (A CommonJS package: bundled, it comes as `default`.)
      const yaml = await import('yaml');
      data = (yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse)(text);
    }
    const settings = Object.keys((data ?? {}) as Record<string, unknown>).filter((key) => key !== 'voices');
    // An empty config holds nothing to keep: said as any other.
    return settings.length ? settings : null;
  } catch {
    return null;
  }
}

/** Any config beside the script stops init: a second one would be ignored, or hide the first. */
async function refuseExisting(folder: string, force: boolean | undefined): Promise<void> {
  for (const name of CONFIG_NAMES) {
    const path = join(folder, name);
    if (!existsSync(path) || (name === STARTER && force)) continue;
    // A config of settings only (no voices) is kept by hand: --force would write the voices over its settings.
    const settings = await settingsOnly(path);
    const held = settings ? `, with settings (${settings.join(', ')}) and no voices` : '';
    const again = settings ? ` (then set ${settings.join(', ')} again in it)` : '';
    throw new UserError(
      name === STARTER
        ? `${displayPath(path)} already exists beside the script${held}: ${settings ? 'add the voices to it yourself' : 'edit it'}, or pass --force to write a new one over it${again}.`
        : `${displayPath(path)} already exists beside the script${held}, and vo-lines reads it before ${STARTER}: edit it, or remove it to start again with init.`,
      'config-exists',
      // `force`: whether --force writes a new one over it (only over the config init writes); `settings`: a config of settings only, its settings.
      { path: displayPath(path), force: name === STARTER, ...(settings ? { settings } : {}) },
    );
  }
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
  /** For `inline` labels: the paragraphs with no label counted for the speaker above. */
  continued?: number;
  /** The legend the voices come from (as `summary --json` gives it), or null. */
  legend: unknown;
  /** A legend found and not used: why, and the voices named after it all the same. */
  rejectedLegend?: { location: unknown; text: string; reasons: string[]; named: string[] };
  /** Names standing alone that were not taken as speakers (the hint's facts). */
  nameLineDoubt?: unknown;
  /** The command to run next, as the text says it (null when it says none). */
  next: string | null;
  /** The warnings init shows (on stderr in text). */
  warnings: Warning[];
}

/** Casting warnings init shows: a legend not used, and what the labels' casting guessed or left in a line (attribute/continued.ts, label-breaks.ts). */
const SHOWN_FROM_LABELS = new Set(['label-continued', 'unlabelled-speech', 'label-after-break']);

export async function init(file: string, options: CommonOptions & { force?: boolean }): Promise<void> {
  const folder = dirname(file);
  await refuseExisting(folder, options.force);
  // Only the script decides here: a config elsewhere (above the folder) must not shape the new one.
  // No line is shown: the lines' IDs are not worked out.
  const { casting, report } = await analyse(file, { ...analyseOptions(options), noConfig: true, lineIds: false });
  const target = join(folder, STARTER);
  checkOutputs([target], { force: options.force, inputs: [file], show: displayPath });
  // A script in one colour whose lines open with speaker labels: one voice per label.
  const byLabels = castByLabels(casting);
  // A script in Chinese or Japanese is timed in characters a minute: the config keeps that pace.
  const characters = report.timing.paceUnit === 'characters' ? { wpm: report.total.wpm } : undefined;
  const starter = byLabels ? renderLabelConfig(byLabels.casting, byLabels.labels, displayPath(file), characters) : renderStarterConfig(casting, displayPath(file), characters);
  writeOutputs([{ path: target, content: starter.text }], { force: options.force });

  const voices = plural(starter.voices.length, 'voice');
  const out: string[] = [];
  let next: string | null = `vo-lines summary ${shellWord(file)}`;
  let doubt: ReturnType<typeof nameLineDoubt> = null;
  if (byLabels) {
    const { labels } = byLabels;
    const directions = labels.labels.filter((l) => l.direction).map((l) => l.label);
    const aside = directions.length ? `; ${listOf(directions)} left out as ${directions.length === 1 ? 'a direction' : 'directions'}` : '';
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
  const warnings = [...casting.warnings.filter((w) => w.code === 'legend-rejected' || w.code === 'legend-voice-unspoken'), ...labelled];
  if (options.json) {
    const written = (await parseConfigText(starter.text, target)).voiceMap;
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
            ...(byLabels.labels.layout === 'name-lines' ? {} : { continued: continuedParagraphs(byLabels.casting.warnings) }),
          }
        : {}),
      legend: !byLabels && casting.mode === 'legend' ? (report.legend ?? null) : null,
      ...(!byLabels && casting.mode !== 'legend' && casting.rejectedLegend
        ? { rejectedLegend: { location: casting.rejectedLegend.legend.location, text: casting.rejectedLegend.legend.text, reasons: casting.rejectedLegend.reasons, named: starter.fromLegend } }
        : {}),
      ...(doubt ? { nameLineDoubt: doubt } : {}),
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
