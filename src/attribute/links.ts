/**
 * A hyperlink inside a voice's line (Run.link: a web address, an e-mail, a link inside the document).
 * Word and LibreOffice show a link in their Hyperlink style (blue #0563C1, underlined) whatever the
 * colour of the line around it, and a reader takes it as part of that line: "Questions? Write to
 * safety@example.com." is the Host's to say, address included. Read by its colour, the address would
 * be a voice of its own (no config) or nobody's (a config), missing from the booth script.
 *
 * The rule, paragraph by paragraph, on the keys casting gave its runs (a run of link text next to link
 * text is one link):
 * - the link's neighbours are the nearest runs before and after it that hold a word and are no link;
 * - with one neighbour, or two of one key, the link takes that key, whatever its own colour;
 * - between two keys (a link where one voice's text ends and another's begins), it is in the sentence
 *   of the text before it ("For details see" + link + ". Now…": the voice before), unless a sentence
 *   ends between them ("That is all." + link + "is where we go next.": the voice after);
 * - a paragraph of link text only (an address on a line of its own) keeps its own colour's reading, and
 *   so does a link whose words are in the colours of two keys (coloured within by its author).
 * Every link that so took another key than its own colour's is said (`links-in-lines`), quoted with
 * the voice it was counted for. Linear in the paragraph's runs.
 *
 * A link the file does not mark (a PDF with no /Link annotation, a DOCX run in the Hyperlink style
 * with no link around it) is told by its style or its look (`linkLike`) and cast the same way, said as
 * such. With no config, a colour only links have is no voice (`linkOnlyGroups`, `links-alone`).
 */
import type { Hex, Location, Paragraph, Run, Warning } from '../model.js';
import { channelDistance } from '../colour/hex.js';
import { describeColour } from '../colour/names.js';
import { isAddress } from '../text/addresses.js';
import { count, plural, shortText } from '../text/format.js';
import { sentenceEndBetween } from './sentence-gap.js';
import { countWords, hasWord, normaliseSpace } from '../text/words.js';

/**
 * The colours editors and browsers draw links in: Word 2013+ (#0563C1, followed #954F72), Word's
 * Office theme of 2023 (#467886, #96607D), older Word and LibreOffice's Hyperlink (#0000FF, followed
 * #800080), LibreOffice's Internet Link (#000080), Google Docs (#1155CC), browsers (#0000EE, visited
 * #551A8B), Wikipedia (#0645AD).
 */
const LINK_COLOURS: readonly Hex[] = ['#0563C1', '#954F72', '#467886', '#96607D', '#0000FF', '#800080', '#000080', '#1155CC', '#0000EE', '#551A8B', '#0645AD'];
/** A colour within this of one of them on every channel (PDF producers round colours) is that colour. */
const LINK_COLOUR_REACH = 6;

/** Colours already told (a script holds few: readers/limits.ts `looks`). */
const linkColours = new Map<Hex, boolean>();

/** Whether a colour is one links are drawn in (LINK_COLOURS). */
export function isLinkColour(hex: Hex): boolean {
  let known = linkColours.get(hex);
  if (known === undefined) {
    known = LINK_COLOURS.some((colour) => channelDistance(colour, hex) <= LINK_COLOUR_REACH);
    if (linkColours.size >= 4096) linkColours.clear();
    linkColours.set(hex, known);
  }
  return known;
}

/**
 * Whether a run is a link's text, and how that is known: `link`, the file marks a link there (Run.link);
 * `style`, it is in a style links are shown in (a DOCX's Hyperlink style or the theme's hyperlink colour:
 * Run.linkStyle), a link whose field was removed or text pasted with its style; `look`, a run that is
 * one address (a web address, an e-mail) in a colour links are drawn in, the marks around it aside: a
 * link whose file keeps no mark of it (a PDF exported with no /Link annotation, printed to PDF). A run
 * of words in a link colour that is no address is none (a voice may be blue); a link whose text is
 * no address ("our website") is told only by the file's mark or style.
 */
export function linkLike(run: Run): 'link' | 'style' | 'look' | null {
  if (run.link) return 'link';
  if (run.linkStyle) return 'style';
  return isLinkColour(run.color) && isAddress(run.text) ? 'look' : null;
}

/** Whether any run of the paragraphs is a link's, or looks like one (linkLike). */
export function hasLinks(paragraphs: readonly Paragraph[]): boolean {
  for (const paragraph of paragraphs) for (const run of paragraph.runs) if (linkLike(run)) return true;
  return false;
}

/** A link counted for another key than its own colour's. */
interface Moved {
  text: string;
  words: number;
  own: string | null;
  key: string | null;
  location: Location;
  /** How it was known for a link (linkLike): the file's mark, a style, its look. */
  by: 'link' | 'style' | 'look';
}

/** Links quoted in the warning, at most. */
const QUOTED = 3;

/** The links of a script's paragraphs given the voice of the line they stand in, and the warning that says so. */
export class LinkCasting {
  private readonly moved: Moved[] = [];
  private movedCount = 0;
  private movedWords = 0;
  /** Of those, the links the file does not mark, told by their style or their look (linkLike). */
  private unmarked = 0;
  private readonly unmarkedBy = new Set<'style' | 'look'>();
  private readonly voices = new Set<string>();

  constructor(private readonly nameOf: (key: string | null) => string) {}

  /**
   * The keys of a paragraph's runs, its links given the key of the line around them (see the file's
   * comment); `keys` (the keys casting gave the runs) is left as it is, a new array is returned.
   */
  keys(paragraph: Paragraph, runs: readonly Run[], keys: readonly (string | null)[]): (string | null)[] {
    const n = runs.length;
    const out = keys.slice();
    const worded: boolean[] = new Array(n);
    const linked: ('link' | 'style' | 'look' | null)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      worded[k] = hasWord(runs[k]!.text);
      linked[k] = linkLike(runs[k]!);
    }
    // For each run, the nearest run before it holding a word and no link (-1 when none).
    const before: number[] = new Array(n);
    let last = -1;
    for (let k = 0; k < n; k++) {
      before[k] = last;
      if (worded[k] && !linked[k]) last = k;
    }
    let k = 0;
    // The nearest such run after the link being looked at (found once, then moved on).
    let after = -1;
    while (k < n) {
      if (!linked[k]) {
        k++;
        continue;
      }
      let to = k;
      while (to + 1 < n && linked[to + 1]) to++;
      if (after <= to) {
        after = -1;
        for (let j = to + 1; j < n; j++) {
          if (worded[j] && !linked[j]) {
            after = j;
            break;
          }
        }
        if (after < 0) after = n;
      }
      const b = before[k]!;
      const a = after < n ? after : -1;
      // A link holding words of two keys was coloured within by its author: it keeps them.
      let wordedLink = false;
      let oneKey = true;
      let first: string | null = null;
      for (let j = k; j <= to; j++) {
        if (!worded[j]) continue;
        if (!wordedLink) first = keys[j]!;
        else if (keys[j] !== first) oneKey = false;
        wordedLink = true;
      }
      if (wordedLink && oneKey && (b >= 0 || a >= 0)) {
        const key = b < 0 ? keys[a]! : a < 0 || keys[a] === keys[b] ? keys[b]! : sentenceEndBetween(runs, b, k) === 'end' ? keys[a]! : keys[b]!;
        let raw = '';
        let own: string | null | undefined;
        // Marked by the file if any of its runs is; else by its style, else by its look.
        let by: 'link' | 'style' | 'look' = 'look';
        for (let j = k; j <= to; j++) {
          if (worded[j] && out[j] !== key && own === undefined) own = out[j]!;
          out[j] = key;
          raw += runs[j]!.text;
          const how = linked[j]!;
          if (how === 'link' || (how === 'style' && by === 'look')) by = how;
        }
        if (own !== undefined) this.add(paragraph, raw, own, key, by);
      }
      k = to + 1;
    }
    return out;
  }

  private add(paragraph: Paragraph, raw: string, own: string | null, key: string | null, by: 'link' | 'style' | 'look'): void {
    const text = normaliseSpace(raw);
    const words = countWords(text);
    this.movedCount++;
    this.movedWords += words;
    if (by !== 'link') {
      this.unmarked++;
      this.unmarkedBy.add(by);
    }
    this.voices.add(this.nameOf(key));
    if (this.moved.length < QUOTED) this.moved.push({ text, words, own, key, location: paragraph.location, by });
  }

  /** `links-in-lines`: the links given the voice of their line, said once for the script (none: no warning). */
  warnings(): Warning[] {
    if (this.movedCount === 0) return [];
    const n = this.movedCount;
    const one = n === 1;
    const quoted = this.moved.map((m) => `${shortText(m.text)} for ${this.nameOf(m.key)}`);
    const more = n - this.moved.length;
    const listed = quoted.join(', ') + (more > 0 ? `, and ${count(more)} more` : '');
    // Links the file does not mark, told by their style or look: said, for they may be no links.
    const u = this.unmarked;
    const why = [...this.unmarkedBy].map((by) => (by === 'style' ? 'in the style Word and LibreOffice show links in' : 'an address in a colour links are drawn in')).join(', or ');
    const unmarked =
      u === 0
        ? ''
        : ` ${u === n ? (one ? 'It is no link in the file, but looks like one' : 'None of them is a link in the file, but they look like links') : u === 1 ? 'One of them is no link in the file, but looks like one' : `${count(u)} of them are no links in the file, but look like links`} (${why}).`;
    return [
      {
        code: 'links-in-lines',
        message:
          `${one ? 'A link' : `${count(n)} links`} (${plural(this.movedWords, 'word')}) inside a voice’s line ${one ? 'was' : 'were'} counted for the voice of ${one ? 'that line' : 'those lines'}, not by ${one ? 'its' : 'their'} own colour ` +
          `(Word and LibreOffice show links in blue whatever the colour around them): ${listed}.${unmarked} Check ${one ? 'it' : 'them'} in the script.`,
        location: this.moved[0]!.location,
        details: {
          links: n,
          words: this.movedWords,
          voices: [...this.voices],
          unmarked: u,
          quoted: this.moved.map((m) => ({ text: m.text, words: m.words, countedFor: m.key, ownColour: m.own, location: m.location, ...(m.by === 'link' ? {} : { knownBy: m.by }) })),
        },
      },
    ];
  }
}

/**
 * The colour groups (no config: `name` gives a run's group) whose every run holding a word is a link's
 * or looks like one (linkLike): the colour of links, no voice's. Linear in the runs.
 */
export function linkOnlyGroups(paragraphs: readonly Paragraph[], name: (run: Run) => string): Set<string> {
  const allLinks = new Map<string, boolean>();
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) {
      if (!hasWord(run.text)) continue;
      const group = name(run);
      if (allLinks.get(group) === false) continue;
      allLinks.set(group, linkLike(run) !== null);
    }
  }
  return new Set([...allLinks].filter(([, all]) => all).map(([group]) => group));
}

/** What `linksAlone` reads of a cast line (cast.ts Line). */
interface CastLine {
  voice: string | null;
  text: string;
  words: number;
  color: Hex;
  location: Location;
  looks: readonly { words: number; link?: true }[];
}

/** Lines quoted in `links-alone`, at most. */
const ALONE_QUOTED = 3;

/**
 * `links-alone` (no config): lines of nobody's whose words are all links' (or look like links) in a
 * colour that only links have (linkOnlyGroups), each on a line of its own, by colour.
 */
export function linksAlone(lines: readonly CastLine[]): Warning[] {
  const byColour = new Map<Hex, { words: number; lines: CastLine[] }>();
  for (const line of lines) {
    if (line.voice !== null || line.words === 0 || !line.looks.every((look) => look.link || look.words === 0)) continue;
    const entry = byColour.get(line.color) ?? { words: 0, lines: [] };
    entry.words += line.words;
    entry.lines.push(line);
    byColour.set(line.color, entry);
  }
  return [...byColour].map(([hex, entry]): Warning => {
    const one = entry.lines.length === 1;
    const quoted = entry.lines.slice(0, ALONE_QUOTED).map((l) => shortText(l.text));
    const colour = describeColour(hex);
    return {
      code: 'links-alone',
      message:
        `${plural(entry.words, 'word')} in ${plural(entry.lines.length, 'line')} in ${colour} ${one ? 'looks' : 'look'} like ${one ? 'a link' : 'links'}, on ${one ? 'a line of its' : 'lines of their'} own: ${quoted.join(', ')}${entry.lines.length > ALONE_QUOTED ? ', …' : ''}. ` +
        `${colour} is the colour of links in this script (Word and LibreOffice show links in it whatever the voice around them), not a voice's: ${one ? 'it is' : 'they are'} counted as nobody's. ` +
        `If ${one ? 'it is' : 'one is'} read aloud, give it the colour of the voice who reads it in the script.`,
      location: entry.lines[0]!.location,
      details: { colour: hex, words: entry.words, lines: entry.lines.length, firstLines: entry.lines.slice(0, ALONE_QUOTED).map((l) => l.text) },
    };
  });
}
