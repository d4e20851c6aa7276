/**
 * `vo-lines diff OLD NEW`: what changed for each voice between two versions of a script.
 * Wiring only: options → the pipeline's `diffScripts` (both analyses, then src/compare/) → renderer, exit code.
 */
import { diffScripts } from '../pipeline.js';
import { displayPath } from './paths.js';
import { analyseOptions, colourWanted, print, type CommonOptions } from './options.js';
import { voiceError } from './analyse.js';
import { renderDiffJson } from '../render/diff-json.js';
import { renderDiffMarkdown } from '../render/diff-markdown.js';
import { renderDiffText } from '../render/diff-text.js';
import { findVoice, isUnassigned } from '../attribute/voices.js';
import { type ScriptDiff, type VoiceDiff } from '../compare/model.js';
import { hasChanges } from '../compare/compare.js';

type Format = 'text' | 'md' | 'json';

interface DiffOptions extends CommonOptions {
  voice?: string;
  /** true: any voice (with `voice`, that one); a string: that voice. */
  failOnChange?: boolean | string;
  format: Format;
}

/** A voice by name, as `--voice` finds it; `unassigned` for the text of no voice. */
function voiceOf(diff: ScriptDiff, name: string, option: string): VoiceDiff {
  const found = findVoice(diff.voices, name);
  if (found && 'voice' in found) return diff.voices.find((v) => v.name === found.voice)!;
  if (isUnassigned(name)) return diff.unassigned;
  throw voiceError(name, found, { in: `${diff.old.file} or ${diff.new.file}`, voices: diff.voices, option, unassigned: true });
}

export async function diff(oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  // Config paths as the user would type them (a CI log or a pull request comment shows no runner's folders).
  const changes = await diffScripts(oldFile, newFile, { ...analyseOptions(options), showPath: displayPath });
  const picked = options.voice === undefined ? null : voiceOf(changes, options.voice, '--voice');
  // The unassigned text's own rows shown (--voice unassigned): no line to point at them.
  const shown: ScriptDiff = picked === null ? changes : { ...changes, voices: [picked], warnings: picked === changes.unassigned ? changes.warnings.filter((w) => w.code !== 'unassigned-changed') : changes.warnings };
  // A bare --fail-on-change watches what is shown: every voice, or the one --voice names.
  const watched = options.failOnChange === undefined || options.failOnChange === false ? [] : options.failOnChange === true ? shown.voices : [voiceOf(changes, options.failOnChange, '--fail-on-change')];
  const format: Format = options.json ? 'json' : options.format;
  print(format === 'json' ? renderDiffJson(shown) : format === 'md' ? renderDiffMarkdown(shown) : renderDiffText(shown, { colour: colourWanted() }));
  return watched.some(hasChanges) ? 1 : 0;
}
