/** `vo-lines colors FILE`: every text and background colour found, for discovering a script's coding. */
import { castByColour } from '../attribute/cast.js';
import { emphasisWarnings, mayBeEmphasisCoded } from '../attribute/emphasis.js';
import { buildColourReport } from '../measure/colours.js';
import { configFor } from '../pipeline.js';
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
  const report = buildColourReport(script);
  // Lines of one colour told apart by italics, bold or a font: said with the colours (attribute/emphasis.ts).
  if (mayBeEmphasisCoded(script)) report.warnings = [...report.warnings, ...emphasisWarnings(castByColour(script, { lineIds: false }))];
  print(options.json ? renderColoursJson(report) : renderColours(report, textOptions()));
}
