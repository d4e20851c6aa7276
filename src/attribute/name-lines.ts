/**
 * The screenplay and dubbing layout: the speaker's name stands alone on its own line, in capitals,
 * and the dialogue follows below it.
 *
 *             MARIE (V.O.)
 *         (plus bas)                  <- a parenthetical: a direction, not words to record
 *     Tout le quartier le savait.
 *
 * Screenwriting programs export it with paragraph styles (Final Draft, Fade In, Highland, WriterDuet:
 * "Character", "Dialogue", "Parenthetical", "Action", "Scene Heading", "Transition"); a Fountain PDF
 * or a script typed by hand in Word has none, only the shape of each paragraph. Fountain's rules
 * (fountain.io/syntax) are the ones followed here: a name is a line in capitals (accents allowed)
 * with maybe an extension in brackets (`(V.O.)`, `(O.S.)`, `(CONT'D)`, `(off)`, `(suite)`); a scene
 * heading opens with INT./EXT. (or SCÈNE n, SÉQUENCE n), a transition is in capitals and ends in `TO:`
 * (or is a FADE, CUT, FONDU…); the dialogue is the paragraph right after the name or after a
 * parenthetical. What comes after a dialogue paragraph and is not a parenthetical is no longer the
 * speaker's: in a screenplay that is an action line (the paragraph a reader sees back at the margin),
 * a scene heading, a transition, or the next name; unless the indents say otherwise (`Paragraph.indent`,
 * when the reader knows it): a paragraph standing where the dialogue above it stands, in a script whose
 * action lines stand elsewhere, goes on with the speech (a speech typed as two paragraphs). With
 * screenwriting styles the styles say it instead: the dialogue is every "Dialogue" paragraph after
 * the "Character" one, up to a paragraph of any other style.
 *
 * Only body paragraphs outside tables are read here (a name in a table cell of its own is a label
 * cell: match.ts rowLabels). Whether the names found are speakers (they recur, they cover enough of
 * the script) is speaker-labels.ts's to judge.
 */
import type { Paragraph } from '../model.js';
import { headingParagraphs, shownText } from '../text/headings.js';
import { formOf, MAX_NAME_WORDS } from '../text/speaker-label.js';
import { hasWord, normaliseSpace } from '../text/words.js';
import { lazy } from '../text/lazy.js';

/** A name on its own line and the paragraphs that are its speaker's. */
export interface NameBlock {
  /** The name as written, its extension in brackets cut off (`MARIE` of `MARIE (V.O.)`). */
  name: string;
  /** The paragraph holding the name (and its extension): no words of the speaker. */
  cue: Paragraph;
  /** The dialogue: the speaker's lines. */
  lines: Paragraph[];
  /** Parentheticals between the name and the dialogue or between two dialogue paragraphs: directions. */
  directions: Paragraph[];
}

export interface NameBlocks {
  blocks: NameBlock[];
  /** The script carries screenwriting styles ("Character" and "Dialogue"): the styles told the blocks. */
  styled: boolean;
}

/**
 * A name alone on a line: up to four words and 30 characters starting with a letter, maybe one or two
 * extensions in brackets (`(V.O.) (CONT'D)`), maybe a colon a hand-typed script puts after it, maybe
 * a dubbing script's time code before or after it (`00:01:12 MARIE`, `MARIE 01:02:03:12`).
 */
const TIME_CODE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[:.,;]\d{2,3})?`;
const CUE = lazy(() => new RegExp(String.raw`^(?:${TIME_CODE}\s+)?(\p{L}[\p{L}\p{M}\p{N}'\u2019.\- ]{0,29}?)\s*((?:\([^()]{1,20}\)\s*){0,2})[:\uFF1A]?(?:\s+${TIME_CODE})?$`, 'u'));

/**
 * A scene heading (slug line): INT., EXT., INT./EXT., I/E, EST. in capitals, maybe numbered; SCÈNE 4,
 * Séquence 2 (a number after it: "Est-ce…" or "Scène de ménage !" said aloud is no heading).
 */
const SLUG = lazy(() => /^(?:\d+[A-Z]?[.)]?\s+)?(?:INT|EXT|EST|INT\.?\s?\/\s?EXT|EXT\.?\s?\/\s?INT|I\s?\/\s?E|E\s?\/\s?I)(?:[.\s\/–—-]|$)(?!.*\p{Ll})/u);
const NUMBERED_SCENE = /^(?:sc[èe]ne|s[ée]quence|seq\.?|sc\.)\s*\d/iu;
export const isSceneHeading = (text: string) => SLUG().test(text) || NUMBERED_SCENE.test(text);

/** The first word of a transition (compared in capitals): FADE IN:, CUT TO:, FONDU AU NOIR., FIN. */
const TRANSITIONS = new Set([
  'FADE', 'CUT', 'SMASH', 'MATCH', 'DISSOLVE', 'WIPE', 'JUMP', 'IRIS', 'INTERCUT', 'END', 'THE END',
  'FONDU', 'FONDUS', 'ENCHAÎNÉ', 'ENCHAINÉ', 'ENCHAINE', 'OUVERTURE', 'FERMETURE', 'FIN', 'NOIR', 'RETOUR', 'CARTON', 'GÉNÉRIQUE', 'GENERIQUE', 'FLASHBACK',
]);

/** Paragraph styles of screenwriting programs and their French templates, by what they hold. */
const CHARACTER_STYLE = /^(?:character|character name|char|speaker|personnage|perso|nom du personnage|rôle|role)$/iu;
const DIALOGUE_STYLE = /^(?:dialog|dialogue|dialogues|réplique|replique|répliques|repliques)$/iu;
const PARENTHETICAL_STYLE = /^(?:parenthetical|parentheticals|paren|parenthèse|parenthese|didascalie)$/iu;

/** A paragraph's text as a reader sees it (All caps in capitals): names are told by how they look. */
const textOf = (paragraph: Paragraph) => normaliseSpace(shownText(paragraph.runs));

/** A paragraph that is a direction in brackets and nothing else: `(en bâillant)`, `(beat)`. */
const PARENTHETICAL = /^\([^()]*\)$/u;
/** The first and last pieces of a parenthetical broken over paragraphs, and how many pieces it may have. */
const OPENS = /^\([^()]*$/u;
const CLOSES = /^[^()]*\)$/u;
const MAX_PIECES = 3;

/**
 * The name of a paragraph that is a name on its own line, or null: in capitals, or a name with a
 * capital and a colon (`Narrator:`), or as `accept` takes it (a config's label: `Narrator` alone on
 * its line); never a scene heading or a transition.
 */
export function cueName(text: string, accept?: (name: string) => boolean): string | null {
  const match = CUE().exec(text);
  if (!match) return null;
  const name = normaliseSpace(match[1]!);
  if (name.split(' ').length > MAX_NAME_WORDS || /[.’'-]$/u.test(name)) return null;
  if (isSceneHeading(text) || isTransition(text)) return null;
  const form = formOf(name);
  // In capitals, or a Chinese or Japanese name (no capitals there); or a name with a capital
  // followed by a colon (`Narrator:` over its line).
  if (form === 'capitals' || form === 'cjk' || (form === 'name' && /[:：]$/u.test(text))) return name;
  return accept?.(name) ? name : null;
}

/** A transition: capitals ending in `TO:` (CUT TO:, SMASH CUT TO:), or opening with a transition's word. */
function isTransition(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  if (/\bTO\s*[:：]$/u.test(text)) return true;
  const upper = text.toLocaleUpperCase('fr');
  const first = upper.split(/[\s:：.]+/u)[0] ?? '';
  return TRANSITIONS.has(first) || TRANSITIONS.has(upper.replace(/[.:：!\s]+$/u, ''));
}

type Kind = 'break' | 'cue' | 'parenthetical' | 'text';

/** How far apart two indents may be and still be one (points: a PDF's lines are measured, not set). */
const SAME_INDENT = 3;
const sameIndent = (a: number, b: number) => Math.abs(a - b) <= SAME_INDENT;

/** Whether an indent of `sorted` (ascending) is the same as `at` (sameIndent). */
function nearAny(sorted: readonly number[], at: number): boolean {
  let low = 0;
  let high = sorted.length;
  // The first indent not below at − SAME_INDENT.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < at - SAME_INDENT) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sameIndent(sorted[low]!, at);
}

/**
 * Where the script's action lines stand: the indents of the paragraphs that cannot be dialogue (a
 * scene heading; a paragraph of text before any name, or after a heading, a scene heading or a
 * transition, and those that follow it up to the next name or parenthetical). A paragraph whose
 * indent is not known: undefined, and nothing is told by indents.
 */
function actionIndents(body: readonly Paragraph[], kinds: readonly Kind[]): number[] | undefined {
  const indents: number[] = [];
  let action = true;
  for (let k = 0; k < body.length; k++) {
    const kind = kinds[k]!;
    const paragraph = body[k]!;
    const scene = kind === 'break' && isSceneHeading(textOf(paragraph));
    if (kind === 'break') action = true;
    else if (kind !== 'text') action = false;
    if (!scene && (kind !== 'text' || !action)) continue;
    if (paragraph.indent === undefined || !Number.isFinite(paragraph.indent)) return undefined;
    indents.push(paragraph.indent);
  }
  return indents;
}

/**
 * The name blocks of the script's body, in reading order. `accept` lets a name not in capitals stand
 * as one (a config's label written as the script writes it).
 */
export function nameBlocks(paragraphs: readonly Paragraph[], accept?: (name: string) => boolean): NameBlocks {
  const body = paragraphs.filter((p) => p.location.story === 'body' && !p.location.cell && hasWord(p.runs.map((r) => r.text).join('')));
  const styled = body.some((p) => p.style !== undefined && CHARACTER_STYLE.test(p.style.trim())) && body.some((p) => p.style !== undefined && DIALOGUE_STYLE.test(p.style.trim()));
  const headings = headingParagraphs(paragraphs);
  const blocks: NameBlock[] = [];
  const names = new Map<Paragraph, string | null>();
  const nameOf = (p: Paragraph) => {
    let name = names.get(p);
    if (name === undefined) names.set(p, (name = cueName(textOf(p), accept)));
    return name;
  };
  const kindOf = (p: Paragraph): Kind => {
    if (headings.has(p)) return 'break';
    const text = textOf(p);
    if (styled) {
      const style = p.style?.trim() ?? '';
      if (CHARACTER_STYLE.test(style)) return nameOf(p) !== null || CUE().test(text) ? 'cue' : 'break';
      if (PARENTHETICAL_STYLE.test(style)) return 'parenthetical';
      if (DIALOGUE_STYLE.test(style)) return PARENTHETICAL.test(text) ? 'parenthetical' : 'text';
      return 'break';
    }
    if (isSceneHeading(text) || isTransition(text)) return 'break';
    if (PARENTHETICAL.test(text)) return 'parenthetical';
    return nameOf(p) !== null ? 'cue' : 'text';
  };
  const kinds = body.map(kindOf);
  // A parenthetical broken over paragraphs ("(putting the bag" / "down)": a PDF reader may see each
  // line of a narrow parenthetical as a paragraph): every piece of it is a direction, none dialogue.
  for (let k = 0; k < body.length; k++) {
    if (kinds[k] !== 'text' || !OPENS.test(textOf(body[k]!))) continue;
    for (let end = k + 1; end < Math.min(body.length, k + 1 + MAX_PIECES); end++) {
      const text = textOf(body[end]!);
      if (kinds[end] === 'break' || text.includes('(')) break;
      if (!CLOSES.test(text)) continue;
      for (let m = k; m <= end; m++) kinds[m] = 'parenthetical';
      k = end;
      break;
    }
  }
  // Names standing as names more than once: a second one right above or below a name is no dialogue.
  const uses = new Map<string, number>();
  const keyOf = (k: number) => (nameOf(body[k]!) ?? '').toLocaleUpperCase('fr');
  body.forEach((_, k) => kinds[k] === 'cue' && uses.set(keyOf(k), (uses.get(keyOf(k)) ?? 0) + 1));
  const recurringName = (k: number) => k >= 0 && k < body.length && kinds[k] === 'cue' && (uses.get(keyOf(k)) ?? 0) >= 2;
  // A paragraph after the dialogue goes on with it when it stands at the dialogue's indent and the
  // script's action lines (some known) all stand elsewhere: never when indents are unknown or one.
  // (Sorted, so that whether one stands near an indent is a binary search, not a pass over them all.)
  const actions = styled ? undefined : actionIndents(body, kinds)?.sort((a, b) => a - b);
  const goesOn = (next: Paragraph, dialogue: Paragraph) => {
    const at = dialogue.indent;
    if (at === undefined || next.indent === undefined || !sameIndent(next.indent, at)) return false;
    return actions !== undefined && actions.length > 0 && !nearAny(actions, at);
  };
  for (let i = 0; i < body.length; i++) {
    const cue = body[i]!;
    if (kinds[i] !== 'cue') continue;
    // Names stacked one above the other (a cast list, or a table's name column read before its text
    // column): whose text follows cannot be told, so none of them is a block.
    if (!styled && (recurringName(i - 1) || recurringName(i + 1))) continue;
    // A styled name is taken as written (a program may type it in lower case and show it in capitals).
    const name = nameOf(cue) ?? normaliseSpace(CUE().exec(textOf(cue))![1]!);
    const block: NameBlock = { name, cue, lines: [], directions: [] };
    // Right after the name or a parenthetical, any paragraph (even one in capitals: "AU SECOURS") is dialogue.
    let open = true;
    let j = i + 1;
    for (; j < body.length; j++) {
      const next = body[j]!;
      const kind = kinds[j]!;
      if (kind === 'break') break;
      if (kind === 'parenthetical') {
        block.directions.push(next);
        open = true;
      } else if (styled ? kind === 'text' : open || (kind === 'text' && goesOn(next, block.lines[block.lines.length - 1]!))) {
        block.lines.push(next);
        open = false;
      } else break;
    }
    if (block.lines.length === 0) continue;
    blocks.push(block);
    i = j - 1;
  }
  return { blocks, styled };
}
