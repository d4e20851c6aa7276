/** vo-lines as a library: read a colour-coded script and get each voice's lines, words and time. */
export type { Script, Paragraph, Run, Location, Story, Warning, Hex, ReadOptions, ScriptFacts, TableCell, BackgroundKind } from './model.js';
export { UserError, isUserError } from './errors.js';
export { readScript, readScriptBytes } from './readers/index.js';
export { loadConfig, parseConfig, findConfig, DEFAULT_TOLERANCE, type VoiceMap, type VoiceSpec } from './attribute/config.js';
export { castByVoiceMap, castByColour, type Casting, type Line } from './attribute/cast.js';
export { deltaE, plainName, parseColour } from './attribute/colour-names.js';
export { countWords } from './measure/words.js';
export { PACE_PRESETS, recordingSeconds, formatDuration } from './measure/pace.js';
export { buildReport, type Report, type VoiceReport, type LineReport } from './measure/report.js';
export { buildColourReport, type ColourReport, type ColourUse } from './measure/colours.js';
export { analyse, type Analysis, type AnalyseOptions } from './pipeline.js';
export { renderJson, renderColoursJson } from './render/json.js';
