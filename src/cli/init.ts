/** `vo-lines init FILE`: a starting config beside the script, never over an existing one unless --force. */
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { checkOutputs, writeOutputs } from '../output/write.js';
import { castScript } from '../pipeline.js';
import { readScript } from '../readers/index.js';
import { renderStarterConfig } from '../render/config-yaml.js';
import { displayPath } from '../render/text.js';
import { analyseOptions, print, withCommonOptions, type CommonOptions } from './options.js';

export function registerInit(program: Command): void {
  withCommonOptions(
    program
      .command('init')
      .description('write a vo-lines.config.yaml beside the script, from its legend or from the colours found, to rename and keep')
      .argument('<file>', 'the script: a .docx or .pdf file'),
    false,
  )
    .option('-f, --force', 'overwrite an existing vo-lines.config.yaml')
    .action(async (file: string, options: CommonOptions & { force?: boolean }) => {
      const script = await readScript(file, analyseOptions(options));
      // Only the script decides here: an existing config elsewhere must not shape the new one.
      const casting = castScript(script, null);
      const target = join(dirname(file), 'vo-lines.config.yaml');
      checkOutputs([target], { force: options.force, inputs: [file], show: displayPath });
      writeOutputs([{ path: target, content: renderStarterConfig(casting, displayPath(file)) }], { force: options.force });
      const source = casting.mode === 'legend' ? 'from the legend' : 'one voice per colour';
      print(`Wrote ${displayPath(target)} (${casting.voices.length} voice${casting.voices.length === 1 ? '' : 's'}, ${source}). Check the names, then run: vo-lines summary ${file}\n`);
    });
}
