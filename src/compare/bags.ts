/**
 * Bags (multisets) of keyed things, what the comparison weighs words and sentences as: the words a
 * line gained or lost (compare/added.ts), the sentences one side of a line has and the other has not
 * (compare/moved.ts). Each thing of one bag takes away at most one of the other with its key.
 */

/** Counts of each key. */
function countKeys(items: readonly { key: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  return counts;
}

/** `from` less the things of `less` with the same key (each used once), in `from`'s order. */
export function withoutKeys<T extends { key: string }>(from: readonly T[], less: readonly { key: string }[]): T[] {
  if (less.length === 0) return [...from];
  const counts = countKeys(less);
  return from.filter((item) => {
    const count = counts.get(item.key) ?? 0;
    if (count > 0) counts.set(item.key, count - 1);
    return count === 0;
  });
}

/** The things of `a` that `b` has too (by key, each of `b`'s used once), in `a`'s order. */
export function withKeysOf<T extends { key: string }>(a: readonly T[], b: readonly { key: string }[]): T[] {
  if (a.length === 0 || b.length === 0) return [];
  const counts = countKeys(b);
  return a.filter((item) => {
    const count = counts.get(item.key) ?? 0;
    if (count > 0) counts.set(item.key, count - 1);
    return count > 0;
  });
}
