/**
 * What `-o` may name, for `export` and `sides`: a name at all; never a file named like a config
 * vo-lines reads (an export written there breaks every later command on the script); never an
 * extension that names another format than --format says; and a pointer to the other command when
 * the extension is its format. Each refusal: exit 2, one line, nothing written.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const SAMPLE = join(new URL('..', import.meta.url).pathname, 'samples/en-commercial/spring-sale.docx');

describe('export and sides: what -o names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-booth-out-'));
  const run = (args: string[]) => runCli(args, dir);

  it.each([
    [['export', SAMPLE, '-o', ''], 'vo-lines: no file name given after -o; name the file to write, e.g. -o lines.xlsx.\n'],
    [['sides', SAMPLE, '--voice', 'Customer', '-o', ''], 'vo-lines: no file name given after -o; name the file to write, e.g. -o booth.pdf.\n'],
    [['export', SAMPLE, '-o', 'vo-lines.config.json'], 'vo-lines: -o vo-lines.config.json would write a file named like a vo-lines config, which every later command on the script would then read as its config; choose another name.\n'],
    [['export', SAMPLE, '-o', 'VO-LINES.CONFIG.YAML', '--format', 'md'], 'vo-lines: -o VO-LINES.CONFIG.YAML would write a file named like a vo-lines config, which every later command on the script would then read as its config; choose another name.\n'],
    [['export', SAMPLE, '-o', 'vo-lines.config.yml', '--format', 'csv', '--combined'], 'vo-lines: -o vo-lines.config.yml would write a file named like a vo-lines config, which every later command on the script would then read as its config; choose another name.\n'],
    [['sides', SAMPLE, '--voice', 'Customer', '-o', 'vo-lines.config.yaml', '--format', 'pdf'], 'vo-lines: -o vo-lines.config.yaml would write a file named like a vo-lines config, which every later command on the script would then read as its config; choose another name.\n'],
    [['export', SAMPLE, '-o', 'x.csv', '--format', 'xlsx'], 'vo-lines: x.csv is named .csv but --format xlsx: name it x.xlsx, or drop --format.\n'],
    [['export', SAMPLE, '-o', 'x.xlsx', '--format', 'dapt'], 'vo-lines: x.xlsx is named .xlsx but --format dapt: name it x.ttml, or drop --format.\n'],
    [['sides', SAMPLE, '--voice', 'Customer', '-o', 's.pdf', '--format', 'docx'], 'vo-lines: s.pdf is named .pdf but --format docx: name it s.docx, or drop --format.\n'],
    [['export', SAMPLE, '-o', 'x.pdf'], "vo-lines: export writes .xlsx, .csv, .json, .md or .ttml, not .pdf: a voice's booth script as PDF is written by vo-lines sides FILE --voice NAME -o x.pdf.\n"],
    [['sides', SAMPLE, '--voice', 'Customer', '-o', 's.xlsx'], 'vo-lines: sides writes a booth script as .pdf or .docx, not .xlsx: the lines as XLSX are written by vo-lines export FILE -o s.xlsx.\n'],
  ])('%j → exit 2, one line, nothing written', (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--format still names the format of a file whose extension says none; .markdown and .ttml agree with md and dapt', () => {
    expect(run(['export', SAMPLE, '-o', 'lines.txt', '--format', 'json']).code).toBe(0);
    expect(run(['export', SAMPLE, '-o', 'lines.markdown', '--format', 'md']).code).toBe(0);
    expect(run(['export', SAMPLE, '-o', 'lines.ttml', '--format', 'dapt']).code).toBe(0);
    expect(run(['sides', SAMPLE, '--voice', 'Customer', '-o', 'booth.PDF', '--format', 'pdf']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['booth.PDF', 'lines.markdown', 'lines.ttml', 'lines.txt']);
  });

  it('per-voice files from a stem named like a config are no config: written', () => {
    const sub = mkdtempSync(join(tmpdir(), 'vo-booth-stem-'));
    expect(runCli(['export', SAMPLE, '-o', 'vo-lines.config.yaml', '--format', 'csv'], sub).code).toBe(0);
    expect(readdirSync(sub).sort()).toEqual(['vo-lines.config.yaml-Announcer.csv', 'vo-lines.config.yaml-Customer.csv']);
    expect(existsSync(join(sub, 'vo-lines.config.yaml'))).toBe(false);
  });
});
