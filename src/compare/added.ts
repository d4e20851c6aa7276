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
 *    line one changed line, align.ts); the words in common are moved ones, not new;
 * 4. an added line whose words step 3 found nowhere in its voice is weighed the same way against the
 *    words other voices' lines lost nearby: found, the line says where they came from (and that line
 *    where they went), but they stay words added.
 *
 * Another voice's words are never a voice's own: a line (or words) given to another voice are that
 * voice's to record. Where words found in step 3 or 4 came from is written on both rows (`wordsMoved`).
 */
import type { Location } from '../model.js';
import { countWords } from '../text/words.js';
import { DEFAULT_SIMILARITY, eastAsianWords, keyTokens, trimPunctuation } from './align.js';
import { withKeysOf, withoutKeys } from './bags.js';
import type { WordsMove } from './model.js';
import { sameNewPlace } from './moved.js';
import { Budget } from '../budget.js';

/** A word said, as compared (case, edge punctuation and typography aside), with the words it counts for. */
interface Token {
  key: string;
  words: number;
}

/** How far apart (in rows: NEW's lines) a line's lost words may be from another's gained ones to be the same words moved. */
const NEAR = 10;
/** Fewer words gained than this in a line and they may be anywhere by chance ("the", "a day"): never matched across lines. */
const MIN_MATCHED = 3;

/** The words said of a text, in order (the `budget` ticked per token: a paragraph may have millions). */
export function saidTokens(text: string, budget: Budget = Budget.UNLIMITED): Token[] {
  const out: Token[] = [];
  for (const raw of keyTokens(text, budget)) {
    budget.tick();
    for (const token of eastAsianWords(raw)) {
      const words = countWords(token);
      if (words === 0) continue;
      out.push({ key: trimPunctuation(token) || token, words });
    }
  }
  return out;
}

/** `from` less the tokens of `less` (each used once), in `from`'s order. */
export const withoutTokens: (from: readonly Token[], less: readonly Token[]) => Token[] = withoutKeys;

/** One row of a voice's changes for the count: what it gained and lost, and where it is listed. */
export interface Account {
  voice: string | null;
  /** The row's place in NEW's reading order (`Ranked.rank`). */
  rank: number;
  gained: Token[];
  lost: Token[];
  /** Where the count is written: a changed or an added line (null for a removed line, which gains nothing). */
  target: { addedWords?: number } | null;
  /** The row as the diff lists it, where the words found moved in or out are written (`wordsMoved`). */
  row: { wordsMoved?: WordsMove[] };
  /** Where its lost words were (in OLD) and its gained words are (in NEW): a removed line has no `now`, an added one no `was`. */
  was?: Location;
  now?: Location;
  /** An added line: its words are looked for among other voices' losses too (step 4). */
  added?: boolean;
  /** Words it gained in sentences moved word for word from another voice's line (compare/moved.ts): already said, not looked for again. */
  given?: Token[];
}

/** The words of `tokens`, as counted. */
function wordsIn(tokens: readonly Token[]): number {
  let words = 0;
  for (const t of tokens) words += t.words;
  return words;
}

/**
 * The row within NEAR rows of `account` (`list` in rank order, `account` at `index`, the rows before
 * `from` already too far) whose lost words are mostly `gained`, the most in common; null when none.
 */
function bestLoss(list: readonly Account[], index: number, from: number, gained: readonly Token[], skip: (other: Account) => boolean): { other: Account; common: Token[] } | null {
  const account = list[index]!;
  let best: { other: Account; common: Token[] } | null = null;
  let bestScore = 0;
  const last = Math.min(list.length - 1, index + NEAR);
  for (let k = Math.max(from, index - NEAR); k <= last; k++) {
    const other = list[k]!;
    if (other.rank > account.rank + NEAR) break;
    if (other === account || other.lost.length === 0 || skip(other)) continue;
    const common = withKeysOf(gained, other.lost);
    const score = (2 * common.length) / (gained.length + other.lost.length);
    if (common.length >= MIN_MATCHED && score >= DEFAULT_SIMILARITY && score > bestScore) [best, bestScore] = [{ other, common }, score];
  }
  return best;
}

/**
 * Says on both rows where the words in common went and came from; not when the line that lost them
 * is in the same paragraph of NEW (a word mid-line given another voice cuts a paragraph into lines:
 * the words after it stayed where they were).
 */
function noteMove(to: Account, from: Account, common: readonly Token[]): void {
  if (from.now && to.now && sameNewPlace(from.now, to.now)) return;
  const words = wordsIn(common);
  if (from.was) (to.row.wordsMoved ??= []).push({ direction: 'in', words, location: from.was, voice: from.voice });
  if (to.now) (from.row.wordsMoved ??= []).push({ direction: 'out', words, location: to.now, voice: to.voice });
}

/** The rows in rank order, and for each the first row at most NEAR ranks before it. */
function walkNear(list: Account[], visit: (account: Account, index: number, from: number) => void): void {
  list.sort((a, b) => a.rank - b.rank);
  // Only the rows at most NEAR away are weighed (and at most NEAR rows of the list either side:
  // many removed lines share the rank of the line that follows them).
  let from = 0;
  list.forEach((account, index) => {
    while (list[from]!.rank < account.rank - NEAR) from++;
    visit(account, index, from);
  });
}

/** Steps 3 and 4 above, then each target's `addedWords`: the words of what it gained that are left. */
export function countAddedWords(accounts: Account[], budget: Budget = Budget.UNLIMITED): void {
  const byVoice = new Map<string | null, Account[]>();
  for (const account of accounts) {
    const list = byVoice.get(account.voice);
    if (list) list.push(account);
    else byVoice.set(account.voice, [account]);
  }
  const unfound: Account[] = [];
  for (const list of byVoice.values()) {
    walkNear(list, (account, index, from) => {
      budget.tick(64);
      if (account.gained.length < MIN_MATCHED) return;
      const best = bestLoss(list, index, from, account.gained, () => false);
      if (!best) {
        if (account.added) unfound.push(account);
        return;
      }
      noteMove(account, best.other, best.common);
      const gained = account.gained;
      account.gained = withoutTokens(gained, best.other.lost);
      best.other.lost = withoutTokens(best.other.lost, gained);
    });
  }
  // Step 4: an added line's words lost by another voice's line nearby; still words to record.
  if (unfound.length) {
    const all = [...accounts];
    const wanted = new Set(unfound);
    walkNear(all, (account, index, from) => {
      budget.tick(64);
      if (!wanted.has(account)) return;
      const gained = account.given ? withoutTokens(account.gained, account.given) : account.gained;
      if (gained.length < MIN_MATCHED) return;
      const best = bestLoss(all, index, from, gained, (other) => other.voice === account.voice);
      if (!best) return;
      noteMove(account, best.other, best.common);
      best.other.lost = withoutTokens(best.other.lost, gained);
    });
  }
  for (const account of accounts) if (account.target) account.target.addedWords = wordsIn(account.gained);
}
