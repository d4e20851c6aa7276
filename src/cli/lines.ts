/** `vo-lines lines FILE [--voice NAME]`: the exact lines of one voice, or of every voice. */
import { renderJson } from '../render/json.js';
import { labelsOnTheirLines, labelsWritten } from '../attribute/speaker-labels.js';
import { renderLines } from '../render/text.js';
import { analyseFile, resolveVoice } from './analyse.js';
import { withShownConfig } from './paths.js';
import { print, textOptions, type CommonOptions } from './options.js';

export async function lines(file: string, options: CommonOptions & { voice?: string; cues?: boolean; spoken?: boolean }): Promise<void> {
  const { report, script, voiceMap } = await analyseFile(file, options);
  const voice = options.voice === undefined ? undefined : resolveVoice(report, file, options.voice);
  const shown = withShownConfig(report);
  print(options.json ? renderJson(shown, voice) : renderLines(shown, voice, textOptions({ cues: options.cues, spoken: options.spoken, nameLines: labelsOnTheirLines(script, voiceMap), labelsWritten: labelsWritten(script, voiceMap) })));
}
