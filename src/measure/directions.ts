/**
 * Stage and reading directions inside a line — `[pause]`, `(enthusiastic)`, `(off)` — are not
 * spoken. Which brackets count is configurable per bracket pair:
 *  - `anywhere`: every group in the line is a direction;
 *  - `leading`: only groups that open the line (or make up the whole line);
 *  - `off`: never.
 * Default: square brackets anywhere, parentheses when leading.
 */
export type DirectionMode = 'anywhere' | 'leading' | 'off';
/** Keyed by the bracket pair as two characters: `[]`, `()`, `{}`, `<>`. */
export type DirectionRules = Record<string, DirectionMode>;

export const DEFAULT_DIRECTIONS: DirectionRules = { '[]': 'anywhere', '()': 'leading' };

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patternCache = new Map<string, { anywhere: RegExp; leading: RegExp }>();

function patternsFor(pair: string) {
  let patterns = patternCache.get(pair);
  if (!patterns) {
    const [open, close] = [escape(pair[0]!), escape(pair[1]!)];
    const group = `${open}[^${open}${close}]*${close}`;
    patterns = { anywhere: new RegExp(group, 'gu'), leading: new RegExp(`^(?:\\s*${group})+`, 'u') };
    patternCache.set(pair, patterns);
  }
  return patterns;
}

/** The line with its directions taken out (what the narrator actually says). */
export function spokenText(text: string, rules: DirectionRules = DEFAULT_DIRECTIONS): string {
  let spoken = text;
  for (const [pair, mode] of Object.entries(rules)) {
    if (mode === 'anywhere') spoken = spoken.replace(patternsFor(pair).anywhere, ' ');
  }
  // Leading groups may follow one another, of any configured kind: "(smiling) [slow] Welcome".
  for (let changed = true; changed; ) {
    changed = false;
    for (const [pair, mode] of Object.entries(rules)) {
      if (mode !== 'leading') continue;
      const next = spoken.replace(patternsFor(pair).leading, ' ');
      if (next !== spoken) {
        spoken = next.trimStart();
        changed = true;
      }
    }
  }
  return spoken;
}
