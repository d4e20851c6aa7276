/**
 * vo-lines as a library: read a colour-coded script and get each voice's lines, words and time.
 * In the order of the pipeline (docs/architecture.md): read → Script → attribute → measure → render.
 */
export type { Script, Paragraph, Run, Location, Story, Warning, Hex, ReadOptions, ScriptFacts, TableCell, BackgroundKind, Swatch } from './model.js';
export { UserError, isUserError, userErrorData, fromUserErrorData, type ErrorDetails, type UserErrorData, type UserErrorCode } from './errors.js';

// The ground floor: words, directions, formats, colours.
export { countWords } from './text/words.js';
export { spokenText, DEFAULT_DIRECTIONS, type DirectionRules } from './text/directions.js';
export { formatDuration, formatLocation, formatMoney } from './text/format.js';
export { canonicalTag } from './text/language-tag.js';
export { deltaE } from './colour/distance.js';
export { plainName } from './colour/names.js';
export { parseColour } from './colour/parse.js';

// The whole chain.
export { analyse, analyseBytes, analyseScript, diffScripts, type Analysis, type AnalyseOptions, type AnalyseWithConfig, type AnalyseBytesOptions, type AnalyseSettings } from './pipeline.js';

// Each stage.
export { readScript, readScriptBytes } from './readers/index.js';
export { setPdfJsAssets, type PdfJsAssets } from './readers/pdf/assets.js';
export { loadConfig, findConfig } from './config/file.js';
export { parseConfig, parseConfigText, type Config } from './config/parse.js';
export { DEFAULT_TOLERANCE, PACE_PRESETS, type TimingMethod, type RateCard } from './config/settings.js';
export type { VoiceMap, VoiceSpec } from './config/voice-map.js';
export type { Contract, VoiceLimits } from './config/contract.js';
export { RULES, DEFAULT_LEVELS, type RuleName, type Level } from './config/rules.js';
export { castScript, legendVoiceMap } from './attribute/cast-script.js';
export { castByVoiceMap, castByColour, type Casting, type Line } from './attribute/cast.js';
export { detectLegend, type Legend, type LegendEntry, type LegendColour } from './attribute/legend.js';
export { legendProblems, shareProblems, type LegendProblem } from './attribute/legend-trust.js';
export { findVoice, type VoiceLookup } from './attribute/voices.js';
export { buildReport, type Report, type VoiceReport, type LineReport, type ReportLegend, type Recorded } from './measure/report.js';
export { buildColourReport, type ColourReport, type ColourUse } from './measure/colours.js';
export { recordingSeconds } from './measure/pace.js';
export { findSections, durationIn, isSpotMarker, type Section, type SectionVoice } from './measure/sections.js';
export { spokenForm, spokenLanguage } from './measure/spoken/index.js';
export { resolveLanguage, guessLanguage, type ScriptLanguage, type LanguageSource } from './measure/language.js';
export { countSyllables } from './measure/syllables.js';
export { narrationRate, syllableTime, READING_RATES, NARRATION_FACTOR } from './measure/timing.js';
export { lineCharacters, dubbingLines, quote, type Fee, type PayUnits } from './measure/pay.js';
export { compareScripts } from './compare/compare.js';
export type { ScriptDiff, VoiceDiff } from './compare/model.js';

// Renderers: pure functions from a report to text or bytes (the XLSX writer is loaded when used).
export { renderJson, renderColoursJson } from './render/json.js';
export { renderLines, renderSummary, renderColours, type TextOptions } from './render/text.js';
export { renderXlsx, renderVoiceqXlsx, type XlsxOptions } from './render/xlsx.js';
export { renderVoiceCsv, renderCombinedCsv, renderVoiceqCsv, exportGroups, type ExportGroup, type ExportOptions, type CsvOptions } from './render/csv.js';
export { renderMarkdown } from './render/markdown.js';
export { renderDapt, type DaptOptions } from './render/dapt.js';
export { boothScript, type BoothScript, type SidesLabels, type SidesOptions } from './render/sides.js';
export { renderDiffText } from './render/diff-text.js';
export { renderDiffJson } from './render/diff-json.js';
export { renderDiffMarkdown } from './render/diff-markdown.js';
