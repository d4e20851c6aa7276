/** `vo-lines colors FILE`: every text and background colour found, for discovering a script's coding. */
import { castByColour } from '../attribute/cast.js';
import { castScript } from '../attribute/cast-script.js';
import { emphasisWarnings, mayBeEmphasisCoded } from '../attribute/emphasis.js';
import { legendKeys } from '../attribute/legend.js';
import { buildColourReport } from '../measure/colours.js';
import { configPath, configFor } from '../pipeline.js';
import { configSearchWarnings } from '../config/file.js';
import { readScript } from '../readers/index.js';
import { renderColoursJson } from '../render/json.js';
import { renderColours } from '../render/text.js';
import { analyseOptions, print, textOptions, type CommonOptions } from './options.js';

export async function colours(file: string, options: CommonOptions): Promise<void> {
  const { config, noConfig, ...read } = analyseOptions(options);
  // The colours are the script's alone, but the config is read as every command reads it (before
  // the script): a bad one fails here too, naming the field.
  await configFor(file, { config, noConfig });
  const script = await readScript(file, read);
  // Cast as with no config: the script's legend, used or not, is no line (its swatches are no text of
  // the script), and a legend not used is said, as `vo-lines FILE` says it beside the colours.
  const casting = castScript(script, null, { lineIds: false });
  const legend = casting.legend ?? casting.rejectedLegend?.legend ?? null;
  const report = buildColourReport(script, legend ? legendKeys(legend) : undefined);
  // Lines of one colour told apart by italics, bold or a font: said with the colours (attribute/emphasis.ts).
  // A config misnamed in the folders searched for it (config/file.ts `configSearchWarnings`) first, as every command says it.
  const misnamed = noConfig || config !== undefined ? [] : configSearchWarnings(file, configPath(file, { config, noConfig }));
  report.warnings = [...misnamed, ...casting.warnings.filter((w) => w.code === 'legend-rejected'), ...report.warnings];
  if (mayBeEmphasisCoded(script)) report.warnings = [...report.warnings, ...emphasisWarnings(castByColour(script, { lineIds: false }))];
  print(options.json ? renderColoursJson(report) : renderColours(report, textOptions()));
}
