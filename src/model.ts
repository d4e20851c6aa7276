/**
 * The `Script` model: what every reader produces and everything downstream consumes.
 * Plain data, format-neutral: a DOCX and the PDF exported from it give the same shape,
 * the PDF adding page numbers to locations.
 */
import type { BudgetOptions } from './budget.js';

/** A colour as `#RRGGBB`, upper-case hex. */
export type Hex = string;

/** Where a paragraph lives in the document. */
export type Story =
  | 'body'
  | 'textbox'
  | 'header'
  | 'footer'
  | 'footnote'
  | 'endnote'
  | 'comment';

export interface TableCell {
  /** 1-based number of the table in reading order (nested tables get their own number). */
  table: number;
  /**
   * 1-based row and column inside that table, the column by the table's grid: a cell after one merged
   * across two columns is in column 3, as it stands under the third column's header (DOCX: `w:gridBefore`
   * and the `w:gridSpan`s before it; PDF: the column borders left of it).
   */
  row: number;
  column: number;
  /** A cell merged across columns: how many grid columns it covers (absent: one). */
  span?: number;
  /** A cell merged down rows: how many rows it covers, from `row` (absent: one). */
  rows?: number;
  /**
   * The row as the table's own number column numbers it (a storyboard's `#`, `N°`, `Shot`, `Screen`
   * column holding `1`, `2`, `1.1`, `S01`), as a narrator finds it on the page: the header and the
   * row's value (`#5`, `Screen 5`, `N° 5`), the value alone when it names itself (`S01`); a cell merged
   * down over rows numbered apart: `#1–2`. Absent in a table with no such column, in its header row,
   * and in a row whose number cell is empty or merged across (readers/row-numbers.ts). Outputs show it
   * beside the row: `row 6 · #5` (text/format.ts).
   */
  numbered?: string;
}

export interface Location {
  story: Story;
  /** 1-based number of the paragraph among the paragraphs that hold text, in reading order. */
  paragraph: number;
  /** 1-based page where the paragraph starts (PDF only). */
  page?: number;
  /** Set when the paragraph is inside a table cell (innermost table). */
  cell?: TableCell;
}

/**
 * How a background colour was applied, for reports and for matching `highlight` voices. `table-band`:
 * a DOCX table style's banding of rows or columns (`w:tblStylePr` band1Horz…), decoration of the table.
 */
export type BackgroundKind = 'highlight' | 'shading' | 'table-band' | 'annotation' | 'fill';

export interface Run {
  /** The text a reader sees: tracked changes accepted, hidden text and field codes removed. */
  text: string;
  /** The text colour a reader sees, fully resolved. */
  color: Hex;
  /** The background colour a reader sees behind the text, or null when there is none. */
  background: Hex | null;
  backgroundKind?: BackgroundKind;
  /** Character style name (DOCX), when one is applied. */
  characterStyle?: string;
  /**
   * Shown in capitals whatever case it was typed in (DOCX All caps, `w:caps`). `text` stays as typed:
   * what is said aloud is told by it (typed "All" is a word, typed "ALL" may be an acronym). Rules that
   * go by how a line looks (a speaker's name alone on its line) read it in capitals: text/headings.ts
   * `shownText`.
   */
  caps?: true;
  /**
   * Emphasis as a reader sees it: italic, bold, and the font's family name (DOCX: `w:i`, `w:b` and
   * the Latin font of `w:rFonts` through the style cascade, theme fonts resolved; PDF: the font's name,
   * its subset prefix and style suffixes left out, italic and bold told by the style in that name).
   * vo-lines reads voices from colours only; a script whose voices are told apart by emphasis is
   * said so (attribute/emphasis.ts). Runs are split where it changes.
   */
  italic?: true;
  bold?: true;
  font?: string;
  /**
   * Inserted by a tracked change that the document SHOWS (a PDF printed with its markup on:
   * readers/pdf/markup.ts): its colour is a reviewer's, not a voice's. Casting gives it the voice of
   * the text around it in its paragraph (attribute/cast.ts); a paragraph of such text only is nobody's.
   */
  revision?: true;
  /**
   * Text of a hyperlink (a web address, an e-mail, a link inside the document): DOCX `w:hyperlink`, a
   * HYPERLINK field's result; PDF text under a /Link annotation. Editors show it in their Hyperlink style
   * (blue, underlined) whatever the voice's colour around it: casting gives it the voice of the line it
   * stands in (attribute/links.ts); a paragraph of link text only keeps its own colour's reading.
   */
  link?: true;
  /**
   * DOCX: shown as links are (the Hyperlink or FollowedHyperlink character style, by id or name, Word's
   * localized ids such as `Lienhypertexte` and LibreOffice's Internet Link included; or the theme's
   * `hlink`/`folHlink` colour), whether or not a link is there (a link whose field was removed, text
   * pasted with the style): casting reads it as a link (attribute/links.ts `linkLike`).
   */
  linkStyle?: true;
}

export interface Paragraph {
  runs: Run[];
  location: Location;
  /** Paragraph style name (DOCX), when known. */
  style?: string;
  /**
   * Outline level of a heading, 1 = top (DOCX `w:outlineLvl` 0, direct or from the style chain);
   * absent for body text. Sections are found from it (measure/sections).
   */
  outlineLevel?: number;
  /** Type size in points of the paragraph's largest line (PDF), so headings set larger can be found. */
  fontSize?: number;
  /**
   * How far the paragraph's lines stand in from the left margin of the body text, in points, when the
   * reader knows it (DOCX: the left indent in force, `w:ind` direct or from the style chain; PDF: the
   * left edge of its lines past the leftmost text of the page's body), the first line's own indent or
   * hang left aside. A screenplay's dialogue stands in from its action lines by it.
   */
  indent?: number;
  /**
   * PDF: where its lines stand across the page, in points from the page's left edge (in the frame its
   * text reads in): the leftmost start and the rightmost end of its lines. What tells a table's columns
   * apart when the model has no cell for them (a table with no borders), and the columns of a table's
   * piece on one page from another's (attribute/av-columns.ts). DOCX: in a table cell, where the cell
   * stands by its table's grid (`w:tblGrid`), in points from the table's left edge; none when the
   * grid does not tell (no grid, or cells merged across it).
   */
  edges?: { left: number; right: number };
  /**
   * DOCX: the language (`w:lang`, BCP 47) marking most of the paragraph's characters, set only when the
   * document's paragraphs are marked in more than one language (a bilingual script); see
   * readers/docx/language.ts. The measure says each voice's figures in its lines' language.
   */
  language?: string;
}

export interface Warning {
  /** Stable machine-readable code, e.g. `theme-colour-mismatch`. */
  code: string;
  /** One plain sentence for a person. */
  message: string;
  location?: Location;
  /** Machine-readable facts behind the message (colours, words and lines at stake…). */
  details?: Record<string, unknown>;
}

export type ScriptFormat = 'docx' | 'pdf';

/**
 * A table cell that holds no text but is filled with a colour: a colour sample, the way legend
 * tables often show each voice's colour ("Narrator | ▇▇").
 */
export interface Swatch {
  cell: TableCell;
  /** 1-based page (PDF). */
  page?: number;
  color: Hex;
}

export interface Script {
  /** The path the script was read from, as given. */
  file: string;
  format: ScriptFormat;
  /** Paragraphs in reading order. Only paragraphs holding text are listed. */
  paragraphs: Paragraph[];
  /** Shaded table cells with no text, in reading order (tables numbered as in `Location.cell`). */
  swatches?: Swatch[];
  /**
   * Running headers and footers that are not read as script lines (unless asked for with `include`):
   * where a legend may stand. DOCX: the header and footer parts; PDF: the lines that repeat at the top
   * or foot of the pages, as on the first page they stand. Numbered apart from the lines.
   */
  furniture?: Paragraph[];
  /**
   * DOCX: the footnotes and endnotes not read as lines (not asked for with `include`), each note's
   * text in order (spaces normalised), for `diff` to say that they changed though it does not show
   * them; `alsoIncluded`: the other stories read as lines, as `--include` names them (`headers`).
   * Absent for a PDF (its notes are page text).
   */
  notesLeftOut?: { notes: { story: 'footnote' | 'endnote'; text: string }[]; alsoIncluded: string[] };
  warnings: Warning[];
  /** Facts about the file that rules may check (tracked changes present, page count…). */
  facts: ScriptFacts;
  /**
   * The language the document declares for most of its text, as a BCP 47 tag (`fr-FR`): DOCX
   * `w:lang` on runs, styles and defaults, weighted by characters; PDF catalog `/Lang`.
   */
  language?: string;
}

export interface ScriptFacts {
  /** The file holds tracked changes (read as accepted). */
  trackedChanges: boolean;
  /**
   * How many tracked changes, of which kind, and where, when the reader tells (DOCX): insertions
   * (`w:ins`, `w:moveTo`, inserted rows and paragraph marks), deletions (`w:del`, `w:moveFrom`, deleted
   * rows and paragraph marks), formatting changes (`w:rPrChange`, `w:pPrChange`; `colourChanges` of
   * them change a colour, a highlight, a shading or a style), and the numbers of the paragraphs they
   * stand in (`Location.paragraph`, in order; one in a paragraph holding no text is given to the next).
   */
  changes?: TrackedChanges;
  /**
   * The page's colour where the document sets one that is not white (DOCX `w:background`, which Word
   * shows on screen): text in it, on no background of its own, is not seen.
   */
  pageColour?: Hex;
  /**
   * The page shows no one colour (DOCX `w:background` filled with a picture, a gradient, a texture or a
   * pattern): what text on no background of its own stands on is not known.
   */
  pageUnknown?: true;
  /** Number of pages (PDF). */
  pages?: number;
}

export interface TrackedChanges {
  insertions: number;
  deletions: number;
  /** Text moved (`w:moveTo` and its `w:moveFrom`): one move each, read where it now stands. */
  moves: number;
  formatting: number;
  colourChanges: number;
  /** The paragraphs holding text that hold changes (a paragraph deleted whole is not one of them: `deletedParagraphs`). */
  paragraphs: number[];
  /**
   * Where paragraphs deleted whole (their text and their mark, as Word deletes a paragraph) stood:
   * between the paragraphs holding text around them (`after` null: before the first; `before` null:
   * after the last). Several deleted one after another are one place. Absent when there are none.
   */
  deletedParagraphs?: { after: number | null; before: number | null }[];
}

/** Options every reader accepts. */
export interface ReadOptions extends BudgetOptions {
  /** Stories besides the body (and text boxes) to read as script lines. Default: none. */
  include?: Story[];
  /** Password for an encrypted PDF. */
  password?: string;
  /**
   * Called as the reading goes on, for a progress bar: pages read of the PDF's pages, or bytes of
   * the DOCX body parsed. Not carried to a worker thread (a function cannot be sent).
   */
  progress?: (done: number, total: number, unit: 'page' | 'byte') => void;
}
