/**
 * Backgrounds under the lines of several text colours: a page's colour (a PDF printed with a page
 * background: Chromium's `print-color-adjust`, Word's and LibreOffice's page colour), every cell of a
 * table shaded alike, a box around a passage. Lying under several voices' lines, such a background
 * tells none of them apart: the text colours do. With no voice map, the lines on it go by their text
 * colour (as a table's banded rows do: table-bands.ts), `colors` says so, and neither `init` nor the
 * hint makes a voice of it.
 *
 * A background B is taken for such a one when:
 * - its text is in at least two clearly different colours (CIEDE2000 `DISTINCT` apart), each holding
 *   a fair share of its words (`FAIR`): black and one other colour count (a page's colour under a black
 *   narrator and a red voice); and
 * - B alone sets apart little of its text: the words on it in a colour also used off it — with no
 *   background, or on a background that holds one colour only (a highlight voice) — are under
 *   `SET_APART` of its words. A title or the rows' numbers in black on a shaded table, beside a black
 *   heading with no background, are few; a highlight voice's black text, beside the same black with
 *   no highlight, is most of it.
 *
 * A background whose text is in several colours but which alone sets apart much of its text is a
 * real highlight voice with notes of other colours in it (black and red on yellow beside black text
 * with no highlight), or marks laid over several voices' lines, or a shaded table holding lines of the
 * script's ordinary colour among others: when at least two of its colours are not black, which of
 * these it is cannot be told from the page. It stays a group of its own, as before, and is said
 * (`background-under-colours`). With one colour besides black it is taken for a highlight voice
 * holding notes, said by nothing.
 *
 * Whole-script, linear in the runs; a script with no background costs one look at each run.
 */
import type { Hex, Paragraph, Script, Warning } from '../model.js';
import { deltaE } from '../colour/distance.js';
import { describeColour } from '../colour/names.js';
import { countWords, hasWord } from '../text/words.js';
import { plural } from '../text/format.js';
import { avColumns } from './av-columns.js';
import { bandedFills } from './table-bands.js';

/** The share of a background's words a text colour must hold to count as one of its colours. */
const FAIR = 0.1;
/** Colours at least this far apart (CIEDE2000) are two colours; nearer, one (two producers' reds). */
const DISTINCT = 10;
/** Nearer black than this, a colour is black (automatic text, #0D0D0D). */
const BLACKISH = 5;
/** Under this share of its words set apart by it alone, a background tells nothing apart. */
const SET_APART = 1 / 3;

const BLACK: Hex = '#000000';

/** A background whose text is in several colours and that alone sets apart much of it: said, left a group. */
export interface UnsureFill {
  background: Hex;
  /** Words on it. */
  words: number;
  /** Its colours holding a fair share of its words, most words first (a colour nearly the same as one counted with it). */
  colours: { colour: Hex; words: number }[];
  /** Its words in colours also used off it (with no background, or on a background of one colour). */
  setApart: number;
  /** Where its first words are. */
  location: Paragraph['location'];
}

export interface FillsUnderColours {
  /** Backgrounds under several colours' lines that tell none apart: their lines go by their text colour. */
  crossed: ReadonlySet<Hex>;
  /** Backgrounds under several colours that may yet be a voice's: kept, and said. */
  unsure: readonly UnsureFill[];
}

const NONE: FillsUnderColours = { crossed: new Set(), unsure: [] };
const known = new WeakMap<Script, FillsUnderColours>();

/** The script's backgrounds under several text colours (found once per script). */
export function fillsUnderColours(script: Script): FillsUnderColours {
  let found = known.get(script);
  if (!found) known.set(script, (found = findFills(script)));
  return found;
}

const decorations = new WeakMap<Script, ReadonlySet<Hex>>();

/** Backgrounds that are no colour of the coding: a table's banded rows, and backgrounds under several colours' lines. */
export function decorationFills(script: Script): ReadonlySet<Hex> {
  let found = decorations.get(script);
  if (!found) {
    const banded = bandedFills(script);
    const { crossed } = fillsUnderColours(script);
    found = crossed.size === 0 ? banded : banded.size === 0 ? crossed : new Set([...banded, ...crossed]);
    decorations.set(script, found);
  }
  return found;
}

interface Under {
  words: number;
  byColour: Map<Hex, number>;
  location: Paragraph['location'];
}

function findFills(script: Script): FillsUnderColours {
  const paragraphs = script.paragraphs;
  // Most scripts have no background at all: one look at each run, nothing more.
  let any = false;
  for (let i = 0; i < paragraphs.length && !any; i++) for (const run of paragraphs[i]!.runs) if (run.background) any = true;
  if (!any) return NONE;
  const banded = bandedFills(script);
  // An AV table's picture column is read by nobody whatever its look: not the text on a background.
  const silent = avColumns(paragraphs).silent;
  const under = new Map<Hex, Under>();
  // Text colours with no background of their own (a banded row's fill is none), with a word.
  const plain = new Set<Hex>();
  for (const paragraph of paragraphs) {
    if (silent.size > 0 && silent.has(paragraph)) continue;
    for (const run of paragraph.runs) {
      const background = run.background && !banded.has(run.background) ? run.background : null;
      if (background === null) {
        if (!plain.has(run.color) && hasWord(run.text)) plain.add(run.color);
        continue;
      }
      const words = countWords(run.text);
      if (words === 0) continue;
      let on = under.get(background);
      if (!on) under.set(background, (on = { words: 0, byColour: new Map(), location: paragraph.location }));
      on.words += words;
      on.byColour.set(run.color, (on.byColour.get(run.color) ?? 0) + words);
    }
  }
  // Each background's colours holding a fair share (nearly equal colours as one).
  const shares = new Map<Hex, { colour: Hex; words: number }[]>();
  for (const [background, on] of under) shares.set(background, fairColours(on));
  // A background of one colour is a coding (a highlight voice): its colour is used off the others.
  const single = new Map<Hex, Set<Hex>>();
  for (const [background, on] of under) {
    if (shares.get(background)!.length >= 2) continue;
    for (const [colour, words] of on.byColour) {
      if (words < FAIR * on.words) continue;
      let on1 = single.get(colour);
      if (!on1) single.set(colour, (on1 = new Set()));
      on1.add(background);
    }
  }
  const crossed = new Set<Hex>();
  const unsure: UnsureFill[] = [];
  for (const [background, on] of under) {
    const colours = shares.get(background)!;
    if (colours.length < 2) continue;
    let setApart = 0;
    for (const [colour, words] of on.byColour) {
      const elsewhere = plain.has(colour) || [...(single.get(colour) ?? [])].some((b) => b !== background);
      if (elsewhere) setApart += words;
    }
    if (setApart < SET_APART * on.words) crossed.add(background);
    else if (colours.filter((c) => deltaE(c.colour, BLACK) >= BLACKISH).length >= 2) unsure.push({ background, words: on.words, colours, setApart, location: on.location });
  }
  return crossed.size === 0 && unsure.length === 0 ? NONE : { crossed, unsure };
}

/** The colours of a background's text holding a fair share of its words, a colour nearly the same as a commoner one counted with it. */
function fairColours(on: Under): { colour: Hex; words: number }[] {
  const groups: { colour: Hex; words: number }[] = [];
  for (const [colour, words] of [...on.byColour].sort((a, b) => b[1] - a[1])) {
    const near = groups.find((g) => deltaE(g.colour, colour) < DISTINCT);
    if (near) near.words += words;
    else groups.push({ colour, words });
  }
  return groups.filter((g) => g.words >= FAIR * on.words).sort((a, b) => b.words - a.words);
}

/** `background-under-colours`: a background under several colours' lines kept as a group of its own, said. */
export function unsureFillWarnings(script: Script, groupName: (background: Hex) => string): Warning[] {
  return fillsUnderColours(script).unsure.map((fill) => {
    const name = groupName(fill.background);
    const colours = fill.colours.map((c) => `${describeColour(c.colour)}: ${plural(c.words, 'word')}`).join(', ');
    const apart = fill.setApart === fill.words ? `all its ${plural(fill.words, 'word')} are` : `${fill.setApart} of its ${plural(fill.words, 'word')} are`;
    return {
      code: 'background-under-colours',
      message:
        `${describeColour(fill.background)} background lies under text of several colours (${colours}), and ${apart} in colours also used off it: ` +
        `whether it marks a voice of its own or lies under several voices' lines (a shaded table or box, marks over lines) cannot be told from the page. Its lines are counted as one group, "${name}". ` +
        `If the voices are told by their text colour, name them in a config with no highlight for this background (vo-lines init writes one to edit).`,
      location: fill.location,
      details: { background: fill.background, words: fill.words, colours: fill.colours, setApart: fill.setApart },
    };
  });
}
