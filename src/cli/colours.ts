/** `vo-lines colors FILE`: every text and background colour found, for discovering a script's coding. */
import { buildColourReport } from '../measure/colours.js';
import { readScript } from '../readers/index.js';
import { renderColoursJson } from '../render/json.js';
import { renderColours } from '../render/text.js';
import { analyseOptions, print, textOptions, type CommonOptions } from './options.js';

export async function colours(file: string, options: CommonOptions): Promise<void> {
  const report = buildColourReport(await readScript(file, analyseOptions(options)));
  print(options.json ? renderColoursJson(report) : renderColours(report, textOptions()));
}
