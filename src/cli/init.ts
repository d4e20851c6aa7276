/** `vo-lines init FILE`: a starting config beside the script, never beside an existing one (unless --force replaces it). */
import { existsSync } from 'node:fs';
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
import { CONFIG_NAMES } from '../config/file.js';

const STARTER = 'vo-lines.config.yaml';

/** Any config beside the script stops init: a second one would be ignored, or hide the first. */
function refuseExisting(folder: string, force: boolean | undefined): void {
  for (const name of CONFIG_NAMES) {
    const path = join(folder, name);
    if (!existsSync(path) || (name === STARTER && force)) continue;
    throw new UserError(
      name === STARTER
        ? `${displayPath(path)} already exists beside the script: edit it, or pass --force to write a new one over it.`
        : `${displayPath(path)} already exists beside the script, and vo-lines reads it before ${STARTER}: edit it, or remove it to start again with init.`,
      'config-exists',
    );
  }
}

export async function init(file: string, options: CommonOptions & { force?: boolean }): Promise<void> {
  const folder = dirname(file);
  refuseExisting(folder, options.force);
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
  if (byLabels) {
    const { labels } = byLabels;
    const directions = labels.labels.filter((l) => l.direction).map((l) => l.label);
    const aside = directions.length ? `; ${listOf(directions)} left out as ${directions.length === 1 ? 'a direction' : 'directions'}` : '';
    if (labels.layout === 'name-lines') {
      out.push(`Wrote ${displayPath(target)} (${voices}, one per speaker's name on a line of its own: ${listOf(speakerNames(labels))}${aside}; text that is no dialogue below a name taken as not recorded).`);
      out.push(`The script has no colour coding: each speaker's name stands on a line of its own above the dialogue. Check the names, then run: vo-lines summary ${shellWord(file)}`);
    } else {
      // Paragraphs with no label going on from a speaker's line (attribute/continued.ts): said here, and one by one below.
      const going = byLabels.casting.warnings.filter((w) => w.code === 'label-continued').reduce((sum, w) => sum + Number(w.details?.paragraphs ?? 0), 0);
      const but = going ? `, but for ${plural(going, 'paragraph')} going on from a speaker's line above, counted for that speaker` : '';
      out.push(`Wrote ${displayPath(target)} (${voices}, one per speaker label: ${listOf(speakerNames(labels))}${aside}; text without a label taken as not recorded${but}).`);
      out.push(`The script has no colour coding: its lines open with speaker labels. Check the names, then run: vo-lines summary ${shellWord(file)}`);
    }
  } else if (casting.mode === 'legend' && casting.legend) {
    out.push(`Wrote ${displayPath(target)} (${voices} from the legend at ${formatLocation(casting.legend.location)}). Check the names, then run: vo-lines summary ${shellWord(file)}`);
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
    if (first) out.push(`${check} (e.g. "${first}" to the name of whoever reads that colour), then: vo-lines lines ${shellWord(file)} --voice ${shellWord(first)} (or its new name)`);
    else if (named) out.push(`Check the names taken from the legend, then run: vo-lines summary ${shellWord(file)}`);
    // One colour (its headings aside) and names standing alone that were not taken as speakers: say why.
    const headingOnly = headingOnlyGroups(casting);
    const doubt = casting.mode === 'colours' && casting.voices.filter((v) => !headingOnly.includes(v)).length <= 1 ? nameLineDoubt(casting.script) : null;
    if (doubt) out.push(hints.nameLineDoubt(doubt));
  }
  print(`${out.join('\n')}\n`);
  // What the labels' casting guessed or left out of the speakers' paragraphs with no label (attribute/continued.ts).
  const labelled = byLabels ? byLabels.casting.warnings.filter((w) => w.code === 'label-continued' || w.code === 'unlabelled-speech') : [];
  for (const warning of [...casting.warnings.filter((w) => w.code === 'legend-rejected'), ...labelled]) {
    process.stderr.write(`! ${warning.message}${warning.location ? ` [${formatLocation(warning.location)}]` : ''}\n`);
  }
}
