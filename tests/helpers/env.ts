/**
 * The environment for a CLI run in a test: the caller's, with colour pinned off. FORCE_COLOR
 * (set by some terminals and CI services) would otherwise turn swatches on whatever NO_COLOR says.
 */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  return env;
}
