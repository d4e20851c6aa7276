/**
 * Writing outputs safely. Every target is checked before any byte is written (never the input,
 * never an existing file without --force); then each file is written to a temporary file in its
 * own folder and moved into place, so a reader never sees half a file and a failure leaves none.
 */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CONFIG_NAMES } from '../config/file.js';
import { UserError } from '../errors.js';
import { plural } from '../text/format.js';
import { nodeCrypto } from './node-crypto.js';

/** The formats vo-lines writes, by the extension that names each (export's and sides'). */
const WRITTEN: Record<string, { format: string; command: 'export' | 'sides' }> = {
  '.xlsx': { format: 'xlsx', command: 'export' },
  '.csv': { format: 'csv', command: 'export' },
  '.json': { format: 'json', command: 'export' },
  '.md': { format: 'md', command: 'export' },
  '.markdown': { format: 'md', command: 'export' },
  '.ttml': { format: 'dapt', command: 'export' },
  '.dapt': { format: 'dapt', command: 'export' },
  '.pdf': { format: 'pdf', command: 'sides' },
  '.docx': { format: 'docx', command: 'sides' },
};
/** The extension a format's file is given. */
const EXTENSION_OF: Record<string, string> = { xlsx: '.xlsx', csv: '.csv', json: '.json', md: '.md', dapt: '.ttml', pdf: '.pdf', docx: '.docx' };

/** The format an extension names (`.csv` → csv), and the command that writes it; undefined for any other. */
export function formatNamedBy(extension: string): { format: string; command: 'export' | 'sides' } | undefined {
  const key = extension.toLowerCase();
  return Object.hasOwn(WRITTEN, key) ? WRITTEN[key] : undefined;
}

/** `-o` names a file at all (`-o ''` is no folder of that name): checked before the script is read. */
export function checkOutputName(output: string, example: string): void {
  if (output.trim() === '') throw new UserError(`no file name given after -o; name the file to write, e.g. -o ${example}.`, 'output-name-missing', { output });
}

/**
 * With --format, no extension that names another format (`-o x.csv --format xlsx` would write XLSX
 * into x.csv). --format stays for names whose extension says nothing (`-o lines.txt --format csv`).
 */
export function checkFormatMatches(output: string, format: string | undefined): void {
  if (format === undefined) return;
  const extension = extname(output);
  const named = formatNamedBy(extension);
  if (named && named.format !== format) {
    const stem = output.slice(0, output.length - extension.length);
    throw new UserError(`${output} is named ${extension} but --format ${format}: name it ${stem}${EXTENSION_OF[format] ?? `.${format}`}, or drop --format.`, 'format-mismatch', { output, extension, format, named: named.format });
  }
}

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export interface OutputChecks {
  /** Overwrite existing outputs. */
  force?: boolean;
  /** Files that must never be written over, whatever --force says: the script (and its config). */
  inputs?: readonly string[];
  /** How a path is shown in messages. */
  show?: (path: string) => string;
  /**
   * Refuse a file named like a config vo-lines reads (vo-lines.config.json, .yaml, .yml): written
   * there, an export breaks every later command on the script (`unknown field "file"`).
   */
  notConfig?: boolean;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The same file on disk: symlinks, hard links, `./a` vs `a` and case-insensitive file systems all count. */
function sameFile(a: string, b: string): boolean {
  const sa = statOf(a);
  const sb = statOf(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return resolve(a) === resolve(b);
}

/** Throws the first reason not to write any of `paths`; writes nothing. */
export function checkOutputs(paths: readonly string[], options: OutputChecks = {}): void {
  const show = options.show ?? ((path: string) => path);
  for (const path of paths) {
    for (const input of options.inputs ?? []) {
      if (sameFile(path, input)) throw new UserError(`-o ${show(path)} would write over the input ${show(input)}; choose another output name.`, 'would-overwrite-input', { output: show(path), input: show(input) });
    }
  }
  if (options.notConfig) {
    for (const path of paths) {
      const name = basename(path);
      if (CONFIG_NAMES.includes(name.toLowerCase()))
        throw new UserError(`-o ${show(path)} would write a file named like a vo-lines config, which every later command on the script would then read as its config; choose another name.`, 'output-is-config', { output: show(path), config: name });
    }
  }
  const seen = new Set<string>();
  const existing: string[] = [];
  for (const path of paths) {
    const full = resolve(path);
    if (seen.has(full)) throw new UserError(`two outputs would both be written to ${show(path)}.`, 'output-clash', { output: show(path) });
    seen.add(full);
    const folder = statOf(dirname(full));
    if (!folder?.isDirectory()) throw new UserError(`no folder ${show(dirname(path))} for ${show(path)}; create it first.`, 'output-folder-missing', { output: show(path), folder: show(dirname(path)) });
    const target = statOf(full);
    if (target?.isDirectory()) throw new UserError(`${show(path)} is a folder; give a file name with -o.`, 'output-is-folder', { output: show(path) });
    if (target) existing.push(path);
  }
  if (existing.length > 0 && !options.force) {
    const [first] = existing;
    const others = existing.length - 1;
    const what = others === 0 ? `${show(first!)} already exists` : `${show(first!)} and ${plural(others, 'other output')} already exist`;
    throw new UserError(`${what}; pass --force to overwrite.`, 'output-exists', { outputs: existing.map(show) });
  }
}

/**
 * Per-voice files beside OUT: `OUT-<voice>.ext` (OUT without its extension). Voice names are
 * cut down to letters, digits, `.`, `_` and `-`, and numbered when two meet (case-insensitively,
 * for macOS and Windows).
 */
export function perVoicePaths(out: string, voices: readonly string[], extension: string): string[] {
  const stem = out.toLowerCase().endsWith(extension.toLowerCase()) ? out.slice(0, out.length - extension.length) : out;
  const taken = new Set<string>();
  return voices.map((voice) => {
    const safe = [...voice.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '')].slice(0, 60).join('').replace(/[-.]+$/, '') || 'voice';
    let name = safe;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe}-${n}`;
    taken.add(name.toLowerCase());
    return `${stem}-${name}${extension}`;
  });
}

function writeFailed(path: string, error: unknown): UserError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UserError(`could not write ${path} (${reason}).`, 'write-failed', { output: path, error: reason });
}

function writeTemporary(path: string, content: string | Uint8Array): string {
  const temporary = join(dirname(path), `.${basename(path)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let offset = 0; offset < data.byteLength; ) offset += writeSync(fd, data, offset, data.byteLength - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  return temporary;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Without --force, a hard link puts the file in place only if nothing is there yet (no race with another writer). */
function placeNew(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
    unlinkSync(temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`${path} appeared while writing; pass --force to overwrite.`, 'output-exists', { outputs: [path] });
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (existsSync(path)) throw new UserError(`${path} already exists; pass --force to overwrite.`, 'output-exists', { outputs: [path] });
    renameSync(temporary, path);
  }
}

/**
 * Writes every file atomically: all temporary files first (a failure there leaves nothing behind),
 * then each is moved into place. Call checkOutputs first.
 */
export function writeOutputs(files: readonly OutputFile[], options: { force?: boolean } = {}): void {
  const temporaries: string[] = [];
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      temporaries.push(writeTemporary(file.path, file.content));
    }
    files.forEach((file, index) => {
      current = file.path;
      const temporary = temporaries[index]!;
      if (options.force) renameSync(temporary, file.path);
      else placeNew(temporary, file.path);
    });
  } catch (error) {
    for (const temporary of temporaries) removeQuietly(temporary);
    throw error instanceof UserError ? error : writeFailed(current, error);
  }
}
