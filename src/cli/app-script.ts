/**
 * The built command line (dist/cli/app.cjs) as launch.ts compiles it on Node 20: inside the function
 * Node puts around a CommonJS module, with one more parameter, the launcher's `import()` (see
 * scripts/bundle-cli.mjs), and with the code cache the build made when there is one. Apart from
 * launch.ts so that a test can check the build's cache is accepted.
 */
import { Script } from 'node:vm';

export function appScript(code: string, file: string, cachedData?: Buffer): Script {
  // On the bundle's first line: line numbers stay.
  const source = `(function (exports, require, module, __filename, __dirname, __voLinesImport) { ${code}\n})`;
  return new Script(source, { filename: file, cachedData });
}

/** The code cache's file name beside app.cjs, from the first 16 hex digits of app.cjs's SHA-256. */
export function cacheName(appHash: string): string {
  return `app-${appHash}.v8cache`;
}
