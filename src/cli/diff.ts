/**
 * `vo-lines diff OLD NEW`: what changed for each voice between two versions of a script.
 * Wiring only: options → both analyses → comparison (src/compare/) → renderer, exit code.
 */
import { Command, Option } from 'commander';
import { UserError } from '../errors.js';
import { analyseScript } from './analyse.js';
import { renderDiffJson } from '../render/diff-json.js';
import { renderDiffMarkdown } from '../render/diff-markdown.js';
import { renderDiffText } from '../render/diff-text.js';
import { UNASSIGNED } from '../render/text.js';
import { colourWanted, print, setExitCode, withCommonOptions, type CommonOptions } from './options.js';
import { type ScriptDiff, type VoiceDiff } from '../compare/model.js';
import { compareScripts, hasChanges } from '../compare/compare.js';

const FORMATS = ['text', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions extends CommonOptions {
  voice?: string;
  /** true: any voice; a string: that voice. */
  failOnChange?: boolean | string;
  format: Format;
}



/** A voice by name: exact, then without regard to case; `unassigned` for the text of no voice. */
function findVoice(diff: ScriptDiff, name: string, option: string): VoiceDiff {
  const match = diff.voices.find((v) => v.name === name) ?? diff.voices.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (match) return match;
  if (name.toLowerCase() === UNASSIGNED) return diff.unassigned;
  const names = diff.voices.map((v) => `"${v.name}"`).join(', ') || 'none';
  throw new UserError(`${option}: no voice "${name}" in ${diff.old.file} or ${diff.new.file}. Voices found: ${names} (or "unassigned").`, 'unknown-voice');
}

async function diffCommand(oldFile: string, newFile: string, options: DiffOptions): Promise<void> {
  const before = await analyseScript(oldFile, options);
  const after = await analyseScript(newFile, options);
  const diff = compareScripts(before, after);
  const shown: ScriptDiff = options.voice === undefined ? diff : { ...diff, voices: [findVoice(diff, options.voice, '--voice')] };
  const watched = options.failOnChange === undefined || options.failOnChange === false ? [] : options.failOnChange === true ? diff.voices : [findVoice(diff, options.failOnChange, '--fail-on-change')];
  const format: Format = options.json ? 'json' : options.format;
  print(format === 'json' ? renderDiffJson(shown) : format === 'md' ? renderDiffMarkdown(shown) : renderDiffText(shown, { colour: colourWanted() }));
  setExitCode(watched.some(hasChanges) ? 1 : 0);
}

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('what changed for each voice between two versions of a script (DOCX or PDF, in any mix)')
    .argument('<old>', 'the earlier script, e.g. the approved PDF proof')
    .argument('<new>', 'the later script, e.g. the final DOCX');
  withCommonOptions(command)
    .option('-v, --voice <name>', 'only this voice ("unassigned" for text of no voice)')
    .option('--fail-on-change [voice]', 'exit 1 when any voice changed, or only this voice (write --fail-on-change=NAME, or put it after the files)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .action(diffCommand);
}
