/**
 * The PDF a command line names for reading, if any: its PDF thread can start before the rest (the
 * launcher starts it before loading the command line, main.ts lets the reader know). Not for
 * `check` (it plans its own threads) nor `web`, and never an output file (`-o`, `--output`).
 */
export function pdfToRead(args: readonly string[]): string | undefined {
  if (args[0] === 'check' || args[0] === 'web') return undefined;
  return args.find((arg, i) => /\.pdf$/i.test(arg) && !/^(-o|--output)$/.test(args[i - 1] ?? '') && !arg.startsWith('--output='));
}
