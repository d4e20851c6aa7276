/**
 * Stage and reading directions inside a line — `[pause]`, `(enthusiastic)`, `(off)` — are not
 * spoken. Which brackets count is configurable per bracket pair:
 *  - `anywhere`: every group in the line is a direction;
 *  - `leading`: only groups that open the line (or make up the whole line);
 *  - `off`: never.
 * Default: square brackets anywhere, parentheses when leading.
 *
 * A rule holds for its pair's full-width form too (`（小声で）`, `［間］`: how Chinese and Japanese text
 * types brackets), and the square brackets' for the lenticular ones (`【悲しむように】`, `【音效】`), which
 * Chinese and Japanese scripts put their directions and labels in.
 */
export type DirectionMode = 'anywhere' | 'leading' | 'off';
/** Keyed by the bracket pair as two characters: `[]`, `()`, `{}`, `<>`. */
export type DirectionRules = Record<string, DirectionMode>;

export const DEFAULT_DIRECTIONS: DirectionRules = { '[]': 'anywhere', '()': 'leading' };

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The other pairs a rule's pair stands for: its full-width form; for square brackets, lenticular ones too. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = { '()': ['（）'], '[]': ['［］', '【】'], '{}': ['｛｝'], '<>': ['＜＞'] };

/** The pairs a rule's pair holds for: itself and its variants. */
const pairsOf = (pair: string): readonly string[] => [pair, ...(VARIANTS[pair] ?? [])];

const patternCache = new Map<string, { anywhere: RegExp; leading: RegExp }>();

function patternsFor(pair: string) {
  let patterns = patternCache.get(pair);
  if (!patterns) {
    const group = `(?:${pairsOf(pair)
      .map((p) => {
        const [open, close] = [escape(p[0]!), escape(p[1]!)];
        return `${open}[^${open}${close}]*${close}`;
      })
      .join('|')})`;
    patterns = { anywhere: new RegExp(group, 'gu'), leading: new RegExp(`^(?:\\s*${group})+`, 'u') };
    patternCache.set(pair, patterns);
  }
  return patterns;
}

/** The opening brackets of the rules that are not off (with their variants): a line holding none of them has no direction. */
export function directionOpeners(rules: DirectionRules): string[] {
  return Object.entries(rules)
    .filter(([, mode]) => mode !== 'off')
    .flatMap(([pair]) => pairsOf(pair).map((p) => p[0]!));
}

/** Whether the text holds one of `openers` (directionOpeners): only then can it hold a direction. */
export function mayHoldDirection(text: string, openers: readonly string[]): boolean {
  // Indexed: run for every line, often before V8 optimises it, where for…of makes an object per step.
  for (let i = 0; i < openers.length; i++) if (text.includes(openers[i]!)) return true;
  return false;
}

/** The line with its directions taken out (what the narrator actually says). */
export function spokenText(text: string, rules: DirectionRules = DEFAULT_DIRECTIONS): string {
  // Most lines hold no opening bracket of any rule: nothing to take out.
  if (!mayHoldDirection(text, directionOpeners(rules))) return text;
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

/** A stretch of a line: spoken, or a direction (shown to the narrator, not read aloud). */
export interface LineSegment {
  text: string;
  direction: boolean;
}

/**
 * The line cut into spoken text and directions, by the same rules as `spokenText` (so the words of
 * the spoken segments are the line's spoken words). Joined back, the segments are the line.
 */
export function directionSegments(text: string, rules: DirectionRules = DEFAULT_DIRECTIONS): LineSegment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  const mark = (from: number, to: number) => marked.fill(true, from, to);
  for (const [pair, mode] of Object.entries(rules)) {
    if (mode !== 'anywhere') continue;
    const pattern = new RegExp(patternsFor(pair).anywhere.source, 'gu');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) mark(m.index, m.index + m[0].length);
  }
  // Leading groups, of any configured kind, one after another from the start (spaces between them).
  for (let position = 0, changed = true; changed; ) {
    changed = false;
    while (position < text.length && (/\s/u.test(text[position]!) || marked[position])) position++;
    for (const [rule, mode] of Object.entries(rules)) {
      if (mode !== 'leading') continue;
      const pair = pairsOf(rule).find((p) => text[position] === p[0]);
      if (!pair) continue;
      const close = text.indexOf(pair[1]!, position + 1);
      const inner = close < 0 ? '' : text.slice(position + 1, close);
      if (close < 0 || inner.includes(pair[0]!)) continue;
      mark(position, close + 1);
      position = close + 1;
      changed = true;
    }
  }
  const segments: LineSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.direction === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, direction: marked[i]! });
  }
  return segments;
}
