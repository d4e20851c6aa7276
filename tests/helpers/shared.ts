/**
 * Inputs the team keeps beside the clone in `../shared/` (the public DOCX corpus, the fuzz
 * regressions), read from there and never copied into the project. Without them a test says it
 * was skipped and why; under CI=true their absence is a failure, so CI never passes by skipping.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The absolute path of `../shared/<name>` beside this clone. */
export function sharedPath(name: string): string {
  return fileURLToPath(new URL(`../../../shared/${name}/`, import.meta.url));
}

/** CI=true (or any value but empty, 0 or false), as CI services set it. */
export function underCi(): boolean {
  const ci = (process.env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * `describe(title, body)` over `../shared/<name>` when it is there; otherwise one skipped test
 * whose name gives the reason (printed too), or under CI one failing test.
 */
export function describeShared(name: string, title: string, body: (folder: string) => void): void {
  const folder = sharedPath(name);
  if (existsSync(folder)) {
    describe(title, () => body(folder));
    return;
  }
  const reason = `../shared/${name} is not beside this clone (looked for ${folder})`;
  if (underCi()) {
    describe(title, () => {
      it(`needs ../shared/${name} under CI=true`, () => {
        throw new Error(`${reason}: CI must provide it, or these tests would pass by skipping.`);
      });
    });
    return;
  }
  console.warn(`[skipped] ${title}: ${reason}.`);
  describe(title, () => {
    it.skip(`skipped: ${reason}`, () => undefined);
  });
}
