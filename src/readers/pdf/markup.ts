/**
 * Tracked changes SHOWN in a PDF: a document printed or exported with its markup on. What the page
 * draws, by both producers that make such PDFs:
 *
 * - LibreOffice (export or `--convert-to pdf` of a file with changes, shown by default): inserted text
 *   in the author's colour (by author), underlined in that colour; deleted text in that colour, struck
 *   through; a thin vertical line in the left margin beside each changed line (Tools › Options ›
 *   Writer › Changes › "Lines changed", left margin by default).
 * - Word (Print/Save as PDF with All Markup): inserted text in the reviser's colour, underlined;
 *   deletions struck through inline or moved into balloons in a markup pane beside the text
 *   ("Deleted: …", "Formatted: …", "Commented [AB1]: …"); a change bar (vertical line) in the margin
 *   beside each changed line.
 *
 * So markup is told by a change bar: a thin vertical line in the margin, apart from any table's
 * borders, beside lines that each hold text underlined or struck through in that text's own colour
 * (a line of the voice's own colour underlined, a hyperlink, a struck line: no bar, no markup; a rule
 * in the margin beside lines with no such mark: no markup). And by a markup pane: text in the page's
 * right part that opens with a balloon's label, with no text of the page crossing into it.
 *
 * The colours of marked text there are a reviser's, not a voice's: said (index.ts), with what was
 * struck (deletions, left out as struck text is) and the pane's text, which is no script text and is
 * left out of the page.
 */
import { channelDistance } from '../../colour/hex.js';
import { describeColour } from '../../colour/names.js';
import type { Hex, Location, Paragraph, Warning } from '../../model.js';
import { pagesText, plural, shortText } from '../../text/format.js';
import { countWords, normaliseSpace } from '../../text/words.js';
import { StruckText } from '../struck.js';
import type { Glyph, PageContent, Ruling } from './types.js';
import { lowerBound } from './geometry.js';
import { linesThroughText } from './strike.js';

/** What one page shows of tracked changes, as plain data (it may come from another thread). */
export interface PageMarkup {
  page: number;
  /** Changes seen (change bars beside marked text, or a balloon of a change); else a pane of comments only. */
  changes: boolean;
  /** Colours of inserted (underlined) and deleted (struck) text beside change bars, in order seen. */
  colours: Hex[];
  /** The inserted pieces' text, a few, and how many words they hold. */
  inserted: string[];
  /** The deleted (struck) pieces' text, all of it (the struck-text warning leaves these out). */
  deleted: string[];
  /**
   * Text whose formatting was changed (LibreOffice: set bold in its author colour beside a change
   * bar, neither underlined nor struck): a few pieces, and their words. Its own colour is not drawn.
   */
  formatted?: { texts: string[]; words: number };
  /** Balloons of a markup pane left out, and the first of their text. */
  balloons: number;
  balloonText: string[];
}

/** An underline or strike is at most this thick, as a share of the text size. */
const MAX_THICKNESS = 0.2;
/** Where an underline lies, as shares of the text size below (+) the baseline. */
const UNDER_LOW = -0.05;
const UNDER_HIGH = 0.35;
/** Where a strike lies above the baseline (strike.ts). */
const STRIKE_LOW = 0.15;
const STRIKE_HIGH = 0.6;
/** A mark drawn in the text's colour: each channel within this (rounding aside). */
const SAME_COLOUR = 6;
/** A change bar is at most this thick (points), and stands at least this far from the text (points). */
const BAR_WIDTH = 3;
const BAR_GAP = 1.5;
/** A change bar stands no farther than this from the text of its lines (points). */
const BAR_REACH = 72;
/** Ends of lines closer than this (points) touch: a table's borders. */
const TOUCH = 1.5;
/** Change bars looked at on one page; more is no markup (a hatched drawing, hostile input). */
const MAX_BARS = 2000;
/** Pairs of glyph and line looked at on a page, at most (a bar beside a whole page of text, many times; lines stacked by the thousand). */
const MAX_VISITS = 200_000;

/** A balloon's label, as Word writes it (English and French). */
const LABEL = /^\s*(?:(?:Deleted|Inserted|Formatted(?: Table)?|Moved(?: \((?:insertion|deletion)\))?|Moved (?:up|down)|Supprimé|Inséré|Mis en forme|Déplacé(?: \((?:insertion|suppression)\))?)\s*:|(?:Comment(?:ed)?|Commentaire|Commenté)\s*\[[^\]\n]{1,12}\]\s*:)/u;
/** A label's first word, whole: French labels end on "é", after which an ASCII `\b` never falls, so "no letter follows". */
const LABEL_START = /^\s*(?:Deleted|Inserted|Formatted|Moved|Supprimé|Inséré|Mis|Déplacé|Comment|Commented|Commentaire|Commenté)(?![A-Za-zÀ-ÖØ-öø-ÿ])/u;
/** Labels that tell of a change (a comment alone is no tracked change). */
const CHANGE_LABEL = /^\s*(?:Deleted|Inserted|Formatted|Moved|Supprimé|Inséré|Mis en forme|Déplacé)/u;

type Mark = 'under' | 'strike' | 'format';

/**
 * LibreOffice's author colours (by author, the default), in the order it gives them to a document's
 * authors (tools/color.hxx COL_AUTHOR1_DARK…COL_AUTHOR9_DARK, as its PDFs draw them: the sixth is
 * drawn #007F7F). It paints a change of formatting (Track Changes: "Changed attributes") bold in
 * the author's colour, with a change bar, and draws nothing of the text's own new colour.
 */
const LO_AUTHORS: readonly Hex[] = ['#C69200', '#0646A2', '#579D1C', '#692B9D', '#C5000B', '#007F7F', '#008080', '#8C8400', '#35556B', '#D17600'];

/**
 * Looks for markup on the page; when it finds a markup pane, its text is taken out of
 * `content.glyphs`. Undefined when the page shows no tracked changes.
 */
export function shownMarkup(content: PageContent): PageMarkup | undefined {
  const pane = markupPane(content);
  if (pane) content.glyphs = content.glyphs.filter((g) => !pane.glyphs.has(g));
  const glyphs = content.glyphs.filter((g) => g.turn === 0);
  const marked = markedGlyphs(glyphs, content.rulings);
  // Bold in an author's colour, unmarked: a change of formatting, when a change bar stands beside it.
  for (const g of glyphs) if (!marked.has(g) && g.emphasis?.bold && LO_AUTHORS.includes(g.color.toUpperCase() as Hex) && countWords(g.text) > 0) marked.set(g, 'format');
  const bars = marked.size ? changeBars(glyphs, content.rulings, marked) : new Set<Glyph>();
  if (!bars.size && !pane) return undefined;
  const markup: PageMarkup = { page: content.page, changes: bars.size > 0 || !!pane?.changes, colours: [], inserted: [], deleted: [], balloons: 0, balloonText: [] };
  const ordered = [...bars].sort((a, b) => a.seq - b.seq);
  for (const g of ordered) {
    if (!markup.colours.includes(g.color)) markup.colours.push(g.color);
    const mark = marked.get(g);
    if (mark === 'format') {
      // Read in the author's colour (the one drawn), said: the colour it was given is not in the PDF.
      const formatted = (markup.formatted ??= { texts: [], words: 0 });
      formatted.words += countWords(g.text);
      if (formatted.texts.length < 3) formatted.texts.push(g.text.trim());
    } else if (mark === 'strike') markup.deleted.push(g.text);
    else {
      // Inserted: in a reviewer's colour, read as the voice's around it (model.ts Run.revision).
      g.revision = true;
      if (markup.inserted.length < 3) markup.inserted.push(g.text.trim());
    }
  }
  if (pane) {
    markup.balloons = pane.balloons;
    markup.balloonText = pane.texts;
  }
  return markup;
}

/** Glyphs underlined or struck through by a thin line in their own colour. */
function markedGlyphs(glyphs: readonly Glyph[], rulings: readonly Ruling[]): Map<Glyph, Mark> {
  const lines = rulings.filter((r) => r.horizontal && r.color !== undefined).sort((a, b) => a.at - b.at);
  return linesThroughText<Mark>(
    glyphs,
    lines,
    (g) => [g.baseline - STRIKE_HIGH * g.size, g.baseline + UNDER_HIGH * g.size],
    (r, g) => {
      if ((r.width !== undefined && r.width > MAX_THICKNESS * g.size) || channelDistance(r.color!, g.color) > SAME_COLOUR) return null;
      const above = g.baseline - r.at;
      if (above >= STRIKE_LOW * g.size && above <= STRIKE_HIGH * g.size) return 'strike';
      return -above >= UNDER_LOW * g.size && -above <= UNDER_HIGH * g.size ? 'under' : null;
    },
    MAX_VISITS,
  );
}

/**
 * The marked glyphs beside change bars: thin vertical lines in the margin (left of every glyph of
 * the lines they stand beside, or right of them), touching no horizontal line (a table's border
 * would), beside one or more text lines that each hold a marked glyph.
 */
function changeBars(glyphs: readonly Glyph[], rulings: readonly Ruling[], marked: ReadonlyMap<Glyph, Mark>): Set<Glyph> {
  const found = new Set<Glyph>();
  const bars = joined(rulings.filter((r) => !r.horizontal && (r.width === undefined || r.width <= BAR_WIDTH)));
  if (!bars.length || bars.length > MAX_BARS) return found;
  const horizontal = rulings.filter((r) => r.horizontal).sort((a, b) => a.at - b.at);
  const hAts = horizontal.map((r) => r.at);
  const byBaseline = [...glyphs].sort((a, b) => a.baseline - b.baseline);
  const baselines = byBaseline.map((g) => g.baseline);
  const maxSize = glyphs.reduce((m, g) => Math.max(m, g.size), 0);
  let visits = 0;
  for (const bar of bars) {
    if (touchesHorizontal(bar, horizontal, hAts)) continue;
    // The text lines beside the bar: glyphs whose letters' height lies mostly within its span.
    const beside: Glyph[] = [];
    for (let i = lowerBound(baselines, bar.from - maxSize); i < byBaseline.length && baselines[i]! <= bar.to + maxSize; i++) {
      if (++visits > MAX_VISITS) return found;
      const g = byBaseline[i]!;
      const top = g.baseline - 0.75 * g.size, bottom = g.baseline + 0.1 * g.size;
      const overlap = Math.min(bottom, bar.to) - Math.max(top, bar.from);
      if (overlap >= 0.5 * (bottom - top)) beside.push(g);
    }
    if (!beside.length) continue;
    let x0 = Infinity, x1 = -Infinity;
    for (const g of beside) {
      x0 = Math.min(x0, g.x0);
      x1 = Math.max(x1, g.x1);
    }
    const left = bar.at <= x0 - BAR_GAP && bar.at >= x0 - BAR_REACH;
    const right = bar.at >= x1 + BAR_GAP && bar.at <= x1 + BAR_REACH;
    if (!left && !right) continue;
    // Every line beside it holds marked text (a rule beside a stretch of plain lines is no change bar).
    const lines = new Map<number, Glyph[]>();
    for (const g of beside) {
      const key = Math.round(g.baseline);
      const line = lines.get(key) ?? lines.get(key - 1) ?? lines.get(key + 1);
      if (line) line.push(g);
      else lines.set(key, [g]);
    }
    let all = true;
    for (const line of lines.values()) if (!line.some((g) => marked.has(g))) all = false;
    if (!all) continue;
    for (const g of beside) if (marked.has(g)) found.add(g);
  }
  return found;
}

/**
 * Vertical lines one under another at one x, end to end, joined: a paragraph's border drawn a line at a
 * time is one border beside all its lines (a change bar is beside changed lines only).
 */
function joined(verticals: readonly Ruling[]): Ruling[] {
  const sorted = [...verticals].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Ruling[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(r.at - last.at) <= 0.5 && r.from <= last.to + TOUCH) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

function touchesHorizontal(bar: Ruling, horizontal: readonly Ruling[], ats: readonly number[]): boolean {
  for (const end of [bar.from, bar.to]) {
    for (let i = lowerBound(ats, end - TOUCH); i < horizontal.length && ats[i]! <= end + TOUCH; i++) {
      const r = horizontal[i]!;
      if (r.from - TOUCH <= bar.at && bar.at <= r.to + TOUCH) return true;
    }
  }
  return false;
}

/**
 * A markup pane: text in the right part of the page opening with a balloon's label ("Deleted:"),
 * left of which no text of the page crosses into it. All the text from its left edge rightwards is
 * the pane's.
 */
function markupPane(content: PageContent): { glyphs: Set<Glyph>; balloons: number; texts: string[]; changes: boolean } | undefined {
  const glyphs = content.glyphs.filter((g) => g.turn === 0);
  const starts = glyphs.filter((g) => g.x0 > 0.5 * content.width && LABEL_START.test(g.text));
  if (!starts.length) return undefined;
  // Each start read with what follows it on its baseline, so a label drawn in pieces is whole.
  const labels: { glyph: Glyph; text: string }[] = [];
  for (const start of starts.slice(0, 200)) {
    const after = glyphs
      .filter((g) => Math.abs(g.baseline - start.baseline) < 0.5 && g.x0 >= start.x0 && g.x0 - start.x0 < 40 * start.size)
      .sort((a, b) => a.x0 - b.x0);
    let text = '';
    let end = start.x0;
    for (const g of after) {
      text += (text && (g.spaceBefore || g.x0 - end > 0.15 * g.size) ? ' ' : '') + g.text;
      end = g.x1;
      if (text.length > 60) break;
    }
    if (LABEL.test(text)) labels.push({ glyph: start, text });
  }
  if (!labels.length) return undefined;
  const edge = Math.min(...labels.map((l) => l.glyph.x0)) - 2;
  // No text of the page crosses the pane's edge: the pane is a column of its own.
  if (glyphs.some((g) => g.x0 < edge && g.x1 > edge + 1)) return undefined;
  const inPane = new Set(glyphs.filter((g) => g.x0 >= edge));
  const texts = labels
    .sort((a, b) => a.glyph.baseline - b.glyph.baseline)
    .slice(0, 3)
    .map((l) => normaliseSpace(l.text));
  return { glyphs: inPane, balloons: labels.length, texts, changes: labels.some((l) => CHANGE_LABEL.test(l.text)) };
}

/**
 * Struck text less the deletions of shown markup: those are said in the markup's warning (a reviewer's
 * deletion, not a cut to undo by removing the strikethrough). Words are taken off in reading order.
 */
export class MarkupStruck extends StruckText {
  private readonly left = new Map<string, number>();

  constructor(deleted: readonly string[]) {
    super();
    for (const text of deleted) for (const word of normaliseSpace(text).split(' ')) if (word) this.left.set(word, (this.left.get(word) ?? 0) + 1);
  }

  override add(text: string, location: Location | undefined): void {
    const kept: string[] = [];
    for (const word of normaliseSpace(text).split(' ')) {
      if (!word) continue;
      const n = this.left.get(word) ?? 0;
      if (n > 0) this.left.set(word, n - 1);
      else kept.push(word);
    }
    if (kept.length) super.add(kept.join(' '), location);
  }
}

/**
 * The paragraphs inserted whole by tracked changes shown: every word of them in a reviewer's colour
 * (Run.revision), so nothing on the page says whose voice they are (casting counts them as nobody's).
 */
function insertedWhole(paragraphs: readonly Paragraph[]): { words: number; texts: string[]; count: number } {
  const whole = { words: 0, texts: [] as string[], count: 0 };
  for (const paragraph of paragraphs) {
    let inserted = false, other = false;
    for (const run of paragraph.runs) {
      if (countWords(run.text) === 0) continue;
      if (run.revision) inserted = true;
      else other = true;
    }
    if (!inserted || other) continue;
    const text = normaliseSpace(paragraph.runs.map((r) => r.text).join(''));
    whole.count++;
    whole.words += countWords(text);
    if (whole.texts.length < 3) whole.texts.push(text);
  }
  return whole;
}

/**
 * What the pages' markup leaves to say: tracked changes shown, or a pane of comments left out.
 * `paragraphs`: the script's, read with the markup (some inserted whole, perhaps).
 */
export function markupWarnings(found: readonly PageMarkup[], paragraphs: readonly Paragraph[] = []): Warning[] {
  const warnings: Warning[] = [];
  const changed = found.filter((m) => m.changes);
  const balloons = (list: readonly PageMarkup[]) => {
    const n = list.reduce((sum, m) => sum + m.balloons, 0);
    const texts = list.flatMap((m) => m.balloonText).slice(0, 3);
    return { n, texts, quoted: `${texts.map(shortText).join(', ')}${n > texts.length ? ', …' : ''}` };
  };
  if (changed.length) {
    const pages = changed.map((m) => m.page);
    const colours: Hex[] = [];
    for (const m of changed) for (const c of m.colours) if (!colours.includes(c)) colours.push(c);
    const whole = insertedWhole(paragraphs);
    // The pieces inserted within a voice's text (those of whole paragraphs are quoted with them).
    const inserted = changed.flatMap((m) => m.inserted).filter((t) => t && !whole.texts.some((w) => w.includes(t))).slice(0, 3);
    const deleted = changed.flatMap((m) => m.deleted);
    const formatted = { words: 0, texts: [] as string[] };
    for (const m of changed) {
      if (!m.formatted) continue;
      formatted.words += m.formatted.words;
      for (const t of m.formatted.texts) if (formatted.texts.length < 3) formatted.texts.push(t);
    }
    const deletedWords = countWords(deleted.join(' '));
    const pane = balloons(changed);
    const named = colours.slice(0, 4).map(describeColour);
    const one = colours.length === 1;
    const colourText = colours.length
      ? ` ${named.join(colours.length === 2 ? ' and ' : ', ')}${colours.length > 4 ? ', …' : ''} ${one ? 'is a reviewer’s colour' : 'are reviewers’ colours'}, not ${one ? 'a voice' : 'voices'}:${
          inserted.length ? ` the words inserted in ${one ? 'it' : 'them'} (${inserted.map(shortText).join(', ')}) are counted for the voice of the text around them.` : ''
        }${
          whole.count
            ? ` ${plural(whole.words, 'word')} in ${whole.count === 1 ? 'a paragraph' : `${whole.count} paragraphs`} inserted whole (${whole.texts.map(shortText).join(', ')}${whole.count > whole.texts.length ? ', …' : ''}) ${whole.words === 1 ? 'is' : 'are'} counted as nobody’s: whose voice says ${whole.words === 1 ? 'it' : 'them'} cannot be told from the PDF.`
            : ''
        }`
      : '';
    // LibreOffice paints text whose formatting changed (a new colour among them) bold in the author's colour: what colour it was given is not drawn.
    const formattedText = formatted.words
      ? ` ${plural(formatted.words, 'word')} beside change bars (${formatted.texts.map(shortText).join(', ')}) ${formatted.words === 1 ? 'is' : 'are'} set bold in a reviewer’s colour, as LibreOffice shows a change of formatting: if it gave ${formatted.words === 1 ? 'it' : 'them'} a voice’s colour, that colour is not in the PDF, and ${formatted.words === 1 ? 'it is' : 'they are'} counted under the reviewer’s colour.`
      : '';
    const left = [
      deletedWords ? `the deleted text struck through (${plural(deletedWords, 'word')}) was left out, as if the changes were accepted` : '',
      pane.n ? `the ${pane.n === 1 ? 'balloon' : `${pane.n} balloons`} of the markup pane beside the text (${pane.quoted}) ${pane.n === 1 ? 'is' : 'are'} no script text and ${pane.n === 1 ? 'was' : 'were'} left out` : '',
    ].filter(Boolean);
    warnings.push({
      code: 'tracked-changes-shown',
      message: `${pagesText(pages).replace(/^p/u, 'P')} ${pages.length === 1 ? 'shows' : 'show'} tracked changes, as Word or LibreOffice print them with the markup on (change bars in the margin, inserted text underlined and deleted text struck through in a reviewer’s colour).${colourText}${formattedText}${left.length ? ` ${left.join('; ').replace(/^t/u, 'T')}.` : ''} Accept or reject the changes (or hide the markup) before making the PDF, or send the Word file.`,
      details: {
        pages, colours, inserted, deletedWords, deleted: deleted.slice(0, 3).map((t) => t.trim().slice(0, 200)), balloons: pane.n, balloonText: pane.texts,
        insertedWhole: { paragraphs: whole.count, words: whole.words, texts: whole.texts.map((t) => t.slice(0, 200)) },
        // Only where LibreOffice showed a change of formatting.
        ...(formatted.words ? { formatted: { words: formatted.words, texts: formatted.texts.map((t) => t.slice(0, 200)) } } : {}),
      },
    });
  }
  const commented = found.filter((m) => !m.changes && m.balloons);
  if (commented.length) {
    const pages = commented.map((m) => m.page);
    const pane = balloons(commented);
    warnings.push({
      code: 'comment-balloons-left-out',
      message: `The markup pane beside the text on ${pagesText(pages)} holds ${pane.n === 1 ? 'a comment balloon' : `${pane.n} comment balloons`} (${pane.quoted}), as Word prints comments: ${pane.n === 1 ? 'it is' : 'they are'} no script text and ${pane.n === 1 ? 'was' : 'were'} left out.`,
      details: { pages, balloons: pane.n, balloonText: pane.texts },
    });
  }
  return warnings;
}
