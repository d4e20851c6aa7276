/** `vo-lines FILE`: the summary when the voices are known (config or legend), else the colours; then a hint. */
import { legendKeys } from '../attribute/legend.js';
import { buildColourReport } from '../measure/colours.js';
import { renderColoursJson, renderJson } from '../render/json.js';
import { hints, renderColours, renderSummary } from '../render/text.js';
import { analyseFile } from './analyse.js';
import { labelsOnTheirLines, labelsWritten, nameLineDoubt, proposedLabels, speakerNames } from '../attribute/speaker-labels.js';
import { withShownConfig } from './paths.js';
import { print, textOptions, type CommonOptions } from './options.js';

export async function summaryOrColours(file: string, options: CommonOptions): Promise<void> {
  // The text summary and the colours show no line: their IDs are not worked out.
  const analysis = await analyseFile(file, options, { lineIds: options.json === true });
  if (analysis.voiceMap) {
    const report = withShownConfig(analysis.report);
    if (options.json) return print(renderJson(report));
    print(renderSummary(report, textOptions({ nameLines: labelsOnTheirLines(analysis.script, analysis.voiceMap), labelsWritten: labelsWritten(analysis.script, analysis.voiceMap) })));
    print(`\n${hints.withConfig(file, report)}\n`);
    return;
  }
  // A legend not used is no line, as in the casting: its swatches are not counted with the colours.
  const legend = analysis.casting.legend ?? analysis.casting.rejectedLegend?.legend ?? null;
  const report = buildColourReport(analysis.script, legend ? legendKeys(legend) : undefined);
  // What attribution noticed (a legend it could not trust) belongs with the colours.
  // (And lines of one colour told apart by emphasis: attribute/emphasis.ts.)
  // A config misnamed (config/file.ts `configSearchWarnings`) first: it is why no voice is named.
  report.warnings = [...analysis.report.warnings.filter((w) => w.code === 'config-misnamed' || w.code === 'legend-rejected'), ...report.warnings, ...analysis.report.warnings.filter((w) => w.code === 'emphasis-coded')];
  if (options.json) return print(renderColoursJson(report));
  print(renderColours(report, textOptions()));
  const labels = proposedLabels(analysis.casting);
  const doubt = labels ? null : nameLineDoubt(analysis.script);
  print(`\n${hints.noConfig(file, report, speakerNames(labels), { layout: labels?.layout, doubt })}\n`);
}
