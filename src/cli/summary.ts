/** `vo-lines summary FILE`: one row per voice and one for unassigned text, with pay units and sections. */
import { renderJson } from '../render/json.js';
import { labelsOnTheirLines, labelsWritten } from '../attribute/speaker-labels.js';
import { renderSummary } from '../render/text.js';
import { analyseFile, resolveVoice } from './analyse.js';
import { withShownConfig } from './paths.js';
import { print, textOptions, type CommonOptions } from './options.js';

export async function summary(file: string, options: CommonOptions & { voice?: string }): Promise<void> {
  // The text summary shows no line: their IDs are not worked out.
  const { report, script, voiceMap } = await analyseFile(file, options, { lineIds: options.json === true });
  const voice = options.voice === undefined ? undefined : resolveVoice(report, file, options.voice);
  const shown = withShownConfig(report);
  print(options.json ? renderJson(shown, voice) : renderSummary(shown, { ...textOptions({ nameLines: labelsOnTheirLines(script, voiceMap), labelsWritten: labelsWritten(script, voiceMap) }), onlyVoice: voice }));
}
