/**
 * The built command line (dist/cli/app.cjs) as launch.ts compiles it on Node 20: inside the function
 * Node puts around a CommonJS module, with one more parameter, the launcher's `import()` (see
 * scripts/bundle-cli.mjs), and with the code cache the build made when there is one. Apart from
 * launch.ts so that a test can check the build's cache is accepted.
 */
import type { Script } from 'node:vm';
import { compileCommonJs } from '../readers/commonjs.js';

export function appScript(code: string, file: string, cachedData?: Buffer): Script {
  return compileCommonJs(file, code, cachedData, '__voLinesImport');
}

/**
 * The name of a code cache of `stem` made under V8 `flags` (v8-flags.ts): `STEM.v8cache` under none,
 * `STEM.no-turbo-inlining.v8cache`, `STEM.interrupt-budget_350000.v8cache`…
 */
export function codeCacheName(stem: string, flags: readonly string[] = []): string {
  return `${[stem, ...flags.map((flag) => flag.replace(/^-+/, '').replace(/[^\w.-]/g, '_'))].join('.')}.v8cache`;
}

/** The name beside app.cjs of its code cache made under V8 `flags`, from the first 16 hex digits of app.cjs's SHA-256. */
export function cacheName(appHash: string, flags: readonly string[] = []): string {
  return codeCacheName(`app-${appHash}`, flags);
}
