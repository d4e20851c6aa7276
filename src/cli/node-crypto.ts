/**
 * node:crypto for the command line, loaded on first use rather than at start: most commands never
 * need it (an export's digest, a temporary file's name), and loading it takes ~3.5 ms of a start of
 * ~60 (bench/README.md, the fifth session).
 */
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
