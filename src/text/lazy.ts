/**
 * A value made on first use and kept: for a module's regular expressions that many runs never use.
 * V8 builds a regular-expression literal — parses it, and builds each `\p{…}` set from ICU's tables,
 * ~50–120 µs apiece on the 2-core machine — when the literal is first evaluated, so a module-level
 * constant is paid for by every command that loads its module, used or not (bench/README.md, the
 * twenty-eighth session). `lazy(() => /…/u)` is the same single object as the constant (a `g` or
 * `y` flag's `lastIndex` is shared the same way), built by the first call.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
