/** The words deleted and inserted inside a changed line, and how they are marked in plain text. */
import { diffWords } from 'diff';
import type { WordPart } from './model.js';
import { outerSpace } from '../text/words.js';
import { Budget } from '../budget.js';

/** Word edits past which two lines are shown as one removed and one added text (the diff is O(length × edits)). */
export const MAX_WORD_EDITS = 2_000;

/**
 * The word-level difference inside a changed line. The diff stops at the `budget`'s deadline (its
 * `timeout`, checked at each edit length): then the budget's `timeout` error, never a partial diff.
 * Past MAX_WORD_EDITS edits, the whole OLD text removed and the whole NEW text added (`wordDiffOf` says which).
 */
export function wordDiff(oldText: string, newText: string, budget: Budget = Budget.UNLIMITED): WordPart[] {
  return wordDiffOf(oldText, newText, budget).words;
}

/**
 * `wordDiff`, and whether the two texts differ in more than MAX_WORD_EDITS places (`whole`: the words
 * are then the whole OLD text removed and the whole NEW text added, not marked word by word).
 */
export function wordDiffOf(oldText: string, newText: string, budget: Budget = Budget.UNLIMITED): { words: WordPart[]; whole: boolean } {
  const parts: WordPart[] = [];
  const remaining = budget.remaining();
  const exact = diffWords(oldText, newText, { maxEditLength: MAX_WORD_EDITS, ...(Number.isFinite(remaining) ? { timeout: Math.max(0, remaining) } : {}) });
  if (!exact) budget.check();
  const changes = exact ?? [
    { value: oldText, removed: true, added: false, count: 1 },
    { value: newText, added: true, removed: false, count: 1 },
  ];
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return { words: parts, whole: !exact };
}

/**
 * A word difference as text, whitespace kept outside the marks (so `[-old-]` never swallows the space
 * before the next word): `mark` wraps each deleted or inserted stretch, `plain` escapes the rest.
 */
export function markParts(parts: readonly WordPart[], mark: (kind: 'removed' | 'added', core: string) => string, plain: (text: string) => string = (t) => t): string {
  return parts
    .map((part) => {
      if (part.kind === 'same') return plain(part.text);
      const [lead, core, trail] = outerSpace(part.text);
      return core ? `${lead}${mark(part.kind, plain(core))}${trail}` : part.text;
    })
    .join('');
}

/** The plain-text marks of a change: `[-deleted-]`, `{+inserted+}`. */
export const plainMark = (kind: 'removed' | 'added', core: string): string => (kind === 'removed' ? `[-${core}-]` : `{+${core}+}`);

/** Context words kept on each side of a change inside a changed line. */
const CONTEXT_WORDS = 4;

/** A changed line as `[-old-]{+new+}` marks, the unchanged words far from any change left out (…). */
export function plainWordDiff(parts: readonly WordPart[]): string {
  const last = parts.length - 1;
  return parts
    .map((part, index) => {
      if (part.kind !== 'same') return markParts([part], plainMark);
      const [lead, core, trail] = outerSpace(part.text);
      const words = core.split(/\s+/).filter(Boolean);
      const k = CONTEXT_WORDS;
      if (index === 0 && index !== last && words.length > k) return `… ${words.slice(-k).join(' ')}${trail}`;
      if (index === last && index !== 0 && words.length > k) return `${lead}${words.slice(0, k).join(' ')} …`;
      if (index !== 0 && index !== last && words.length > 2 * k) return `${lead}${words.slice(0, k).join(' ')} … ${words.slice(-k).join(' ')}${trail}`;
      return part.text;
    })
    .join('');
}

