/**
 * Struck-through text: a reader sees it crossed out, as cut from the script, so the readers leave
 * it out of the Script (DOCX `w:strike`/`w:dstrike`; in a PDF, a thin line drawn through the middle
 * of the glyphs). What was left out is said in one warning that quotes it, for the user to check.
 */
import type { Location, Warning } from '../model.js';
import { plural, shortText } from '../text/format.js';
import { countWords, normaliseSpace } from '../text/words.js';

/** Paragraphs quoted in the message and kept in the details. */
const QUOTED = 3;
/** The most characters of one paragraph's struck text kept in the details. */
const KEPT_CHARS = 200;

export class StruckText {
  private words = 0;
  private paragraphs = 0;
  private readonly texts: string[] = [];
  private location: Location | undefined;

  /** The struck text of one paragraph (its runs joined), and where it stands when known. */
  add(text: string, location: Location | undefined): void {
    const words = countWords(text);
    if (words === 0) return;
    this.words += words;
    this.paragraphs++;
    if (this.texts.length < QUOTED) this.texts.push(normaliseSpace(text.length > 4 * KEPT_CHARS ? text.slice(0, 4 * KEPT_CHARS) : text).slice(0, KEPT_CHARS));
    if (!this.location && location) this.location = location;
  }

  warning(): Warning | null {
    if (this.words === 0) return null;
    const quoted = this.texts.map(shortText);
    const list = `${quoted.join(', ')}${this.paragraphs > QUOTED ? ', …' : ''}`;
    const warning: Warning = {
      code: 'struck-text',
      message: `${plural(this.words, 'word')} in ${plural(this.paragraphs, 'paragraph')} ${this.words === 1 ? 'is' : 'are'} struck through, so they are left out of every voice's lines: ${list}. If any of them is to be recorded, remove the strikethrough.`,
      details: { words: this.words, paragraphs: this.paragraphs, struck: [...this.texts] },
    };
    if (this.location) warning.location = this.location;
    return warning;
  }
}
