/**
 * Measures of the work a function does that do not depend on the machine, for tests that guard
 * against quadratic loops or unbounded reads (speed itself is measured by the benchmarks, never by
 * timed assertions in tests).
 */

/** What the regular expressions run during a call were run on. */
export interface RegexWork {
  /** Regular expression executions (each step of a global or sticky search, of a split, is one). */
  calls: number;
  /** The longest string a regular expression was run on. */
  longest: number;
}

/**
 * Runs `fn`, counting every regular expression execution it makes (`test`, `exec`, `match`,
 * `replace`, `split`… all go through `RegExp.prototype.exec` once it is replaced) and the length of
 * the longest string one was run on. Restored afterwards, even when `fn` throws.
 */
export function regexWork<T>(fn: () => T): { result: T } & RegexWork {
  const exec = RegExp.prototype.exec;
  const work: RegexWork = { calls: 0, longest: 0 };
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    work.calls++;
    const length = String(subject).length;
    if (length > work.longest) work.longest = length;
    return exec.call(this, subject);
  };
  try {
    const result = fn();
    return { result, ...work };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

/**
 * Turns the own properties of each of `objects` into getters that count their reads (the values are
 * unchanged): how many times the code under test looked at its input. `reads()` gives the count so far.
 */
export function countReads<T extends object>(objects: Iterable<T>): { objects: T[]; reads: () => number } {
  let reads = 0;
  const list = [...objects];
  for (const object of list) {
    for (const key of Object.keys(object)) {
      let value = (object as Record<string, unknown>)[key];
      Object.defineProperty(object, key, {
        enumerable: true,
        configurable: true,
        get() {
          reads++;
          return value;
        },
        set(v: unknown) {
          value = v;
        },
      });
    }
  }
  return { objects: list, reads: () => reads };
}
