/**
 * Words a voice must record anew (`addedWords`): the words of its added and changed lines that are
 * not the voice's own words moved or cut elsewhere nearby. A word diff alone counts as added words
 * that were only reordered in a line (two sentences swapped), split off into a line of their own (a
 * heading or another voice's question put between two sentences), moved up with one word edited,
 * or left in the voice's colour beside a word given to another voice. So the words are compared as
 * bags, on what is said (directions and a line's label left out):
 *
 * 1. in a changed line, NEW's words less OLD's (each used once): its words gained, and OLD's less
 *    NEW's, its words lost;
 * 2. a sentence of three words or more moved word for word from another line of the voice
 *    (compare/moved.ts) is taken off the words gained of the line it came to;
 * 3. then the words gained of an added or changed line (three or more) are looked for among the words
 *    lost by a removed or changed line of the same voice at most NEAR rows away: the one with the most
 *    in common, when the two are mostly the same words (the share that makes a removed and an added
 *    line one changed line, align.ts); the words in common are moved ones, not new.
 *
 * Another voice's words are never a voice's own: a line (or words) given to another voice are that
 * voice's to record.
 */
import { countWords } from '../text/words.js';
import { comparisonKey, DEFAULT_SIMILARITY, eastAsianWords, trimPunctuation } from './align.js';

/** A word said, as compared (case, edge punctuation and typography aside), with the words it counts for. */
interface Token {
  key: string;
  words: number;
}

/** How far apart (in rows: NEW's lines) a line's lost words may be from another's gained ones to be the same words moved. */
const NEAR = 10;
/** Fewer words gained than this in a line and they may be anywhere by chance ("the", "a day"): never matched across lines. */
const MIN_MATCHED = 3;

/** The words said of a text, in order. */
export function saidTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of comparisonKey(text).toLowerCase().split(' ')) {
    for (const token of eastAsianWords(raw)) {
      const words = countWords(token);
      if (words === 0) continue;
      out.push({ key: trimPunctuation(token) || token, words });
    }
  }
  return out;
}

/** `from` less the tokens of `less` (each used once), in `from`'s order. */
export function withoutTokens(from: readonly Token[], less: readonly Token[]): Token[] {
  if (less.length === 0) return [...from];
  const counts = new Map<string, number>();
  for (const t of less) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  return from.filter((t) => {
    const count = counts.get(t.key) ?? 0;
    if (count > 0) counts.set(t.key, count - 1);
    return count === 0;
  });
}

/** One row of a voice's changes for the count: what it gained and lost, and where it is listed. */
export interface Account {
  voice: string | null;
  /** The row's place in NEW's reading order (`Ranked.rank`). */
  rank: number;
  gained: Token[];
  lost: Token[];
  /** Where the count is written: a changed or an added line (null for a removed line, which gains nothing). */
  target: { addedWords?: number } | null;
}

/** Tokens of `a` found in `b`, each used once. */
function inCommon(a: readonly Token[], b: readonly Token[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const count = counts.get(t.key) ?? 0;
    if (count > 0) {
      common++;
      counts.set(t.key, count - 1);
    }
  }
  return common;
}

/** Step 3 above, then each target's `addedWords`: the words of what it gained that are left. */
export function countAddedWords(accounts: Account[]): void {
  const byVoice = new Map<string | null, Account[]>();
  for (const account of accounts) {
    const list = byVoice.get(account.voice);
    if (list) list.push(account);
    else byVoice.set(account.voice, [account]);
  }
  for (const list of byVoice.values()) {
    list.sort((a, b) => a.rank - b.rank);
    // The list is in rank order: only the rows at most NEAR away are weighed (and at most NEAR
    // rows of the list either side: many removed lines share the rank of the line that follows them).
    let from = 0;
    list.forEach((account, index) => {
      while (list[from]!.rank < account.rank - NEAR) from++;
      if (account.gained.length < MIN_MATCHED) return;
      let best: Account | null = null;
      let bestScore = 0;
      const last = Math.min(list.length - 1, index + NEAR);
      for (let k = Math.max(from, index - NEAR); k <= last; k++) {
        const other = list[k]!;
        if (other.rank > account.rank + NEAR) break;
        if (other === account || other.lost.length === 0) continue;
        const common = inCommon(account.gained, other.lost);
        const score = (2 * common) / (account.gained.length + other.lost.length);
        if (common >= MIN_MATCHED && score >= DEFAULT_SIMILARITY && score > bestScore) [best, bestScore] = [other, score];
      }
      if (!best) return;
      const gained = account.gained;
      account.gained = withoutTokens(gained, best.lost);
      best.lost = withoutTokens(best.lost, gained);
    });
  }
  for (const account of accounts) {
    if (!account.target) continue;
    let words = 0;
    for (const t of account.gained) words += t.words;
    account.target.addedWords = words;
  }
}
