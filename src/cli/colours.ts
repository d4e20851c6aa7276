/** `vo-lines colors FILE`: every text and background colour found, for discovering a script's coding. */
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
  const report = buildColourReport(await readScript(file, read));
  print(options.json ? renderColoursJson(report) : renderColours(report, textOptions()));
}
