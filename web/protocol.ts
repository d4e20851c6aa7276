/** Messages between the page (app.ts) and its Web Worker (worker.ts). Everything in them is plain data. */
import type { NameLineDoubt } from '../dist/attribute/speaker-labels.js';
import type { ScriptDiff } from '../dist/compare/model.js';
import type { ErrorDetails } from '../dist/errors.js';
import type { Warning } from '../dist/model.js';
import type { Report } from '../dist/measure/report.js';
import type { SniffedFormat } from '../dist/readers/read-bytes.js';

/** Where the names given on the page come from, as reports and messages say it (a report's `config`). */
export const NAMES_SOURCE = 'the names given on the page';

export interface ScriptFile {
  name: string;
  bytes: Uint8Array;
}

export interface Settings {
  /** Words per minute for every voice; undefined: as the script or its config says. */
  wpm?: number;
  /** Colour group (its name in the report, e.g. "#404040 dark grey") → the voice's name; a group left out is not read. */
  names?: Record<string, string>;
  /**
   * The colour groups the page showed when those names were given. A group left out of the names is
   * not read only if it was shown then: a colour new since (another version, another script of that
   * file name) is nobody's, and the report says it is no voice's colour. Absent: the named groups only.
   */
  shown?: string[];
  /** The names came from this browser's memory of a script of that file name, not from this visit (the page says so). */
  remembered?: boolean;
  /** A config file dropped with the script. */
  config?: { name: string; text: string };
  /** Read the voices from the speakers' labels that open the lines (a script with no colour coding): what `vo-lines init` proposes. */
  labels?: boolean;
  /** The script's language as she chose it on the page ("Read it as French"): over the document's and the config's, as `--lang`. */
  language?: string;
}

export type Download = 'xlsx' | 'csv-voice' | 'csv-all' | 'json' | 'config';

export type Request =
  | { id: number; kind: 'analyse'; file: ScriptFile; settings: Settings }
  | { id: number; kind: 'reanalyse'; settings: Settings }
  /** `excel`: the page's language, for its spreadsheets: a French page's CSV as French Excel reads it (`;`, decimal commas), and its CSV and XLSX headings in French (`export --headings fr`). */
  | { id: number; kind: 'download'; what: Download; voice?: string; excel?: 'fr' | 'en' }
  /** `otherIsOlder` absent: the order is taken from what the two files say of themselves (FileDates), else asked (`compare-ask`). */
  | { id: number; kind: 'compare'; file: ScriptFile; otherIsOlder?: boolean };

/**
 * What a file says of itself about when it was written: a DOCX's docProps/core.xml (dcterms:modified,
 * cp:revision, dcterms:created), a PDF's Info dictionary or XMP (ModDate, CreationDate). Times as ISO strings (UTC).
 */
export interface FileDates {
  modified?: string;
  revision?: number;
  created?: string;
}

/**
 * How the comparison's order was chosen: `said` (she said which is older), or by what both files say
 * of themselves (`modified`, `revision`, `created`), with each one's value as the file gives it.
 */
export type CompareOrder = { by: 'said' } | { by: 'modified' | 'created'; older: string; newer: string } | { by: 'revision'; older: number; newer: number };

/** A request as the page writes it: the id is added when it is sent. */
export type Outgoing = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface Analysed {
  report: Report;
  /** Plain English name of every colour the report mentions, for the page to show (and translate). */
  colourNames: Record<string, string>;
  /** The colour groups of the script (when it has no legend and no config): what can be named. */
  groups: { name: string; hex: string; background: boolean; words: number; lines: number; sample: string }[];
  /** A script with no colour coding whose lines open with speakers' labels: the speakers, for the page to offer as voices. */
  speakerLabels: string[];
  /**
   * Where those speakers' names are written, or the names the voices were read from (source
   * `labels`): opening the lines, or alone on a line above the dialogue (a screenplay). Null otherwise.
   */
  speakerLayout: 'inline' | 'name-lines' | null;
  /**
   * The voices' labels that stand in the script as names alone on their lines above the dialogue (a
   * screenplay's; speaker-labels.ts `labelsOnTheirLines`), each with the name as the script writes it:
   * shown so, as the command line's summary shows them, whether the voices came from a config or
   * from the page's button. A label not here opens its lines (`MARIE:`).
   */
  nameLines: Record<string, string>;
  /**
   * The voices' labels that open their lines in a form of their own (speaker-labels.ts `labelsWritten`:
   * a full-width colon `ＮＡ：`, brackets `【旁白】`, a Japanese quote `店主「…」`), each as the script
   * writes it: shown so, as the command line's summary shows them. A label not here opens its lines
   * with a colon (`MARIE:`).
   */
  labelsWritten: Record<string, string>;
  /**
   * No speakers offered and no colour coding, but lines in capitals stand alone above paragraphs:
   * the names, and why they were not taken as speakers (what `vo-lines` and `init` say). Null otherwise.
   */
  nameLineDoubt: NameLineDoubt | null;
  /**
   * The script is read by its colours and is all in one colour (its headings aside: Word's blue
   * "Heading 1"), with no config and no legend: nothing in it tells one voice from another, or only
   * the speakers' names the page offers (`speakerLabels`, not yet used). `group`: that colour group,
   * which the page never picks by itself nor calls hers (she may choose it: "I read all of it").
   * `byNames`: with speakers' names waiting, what all the voices come to when read by them (the
   * names, which the colour group counts as words, left out); null without names. Null otherwise.
   */
  oneColour: { group: string; headingsAside: boolean; byNames: { words: number; seconds: number } | null } | null;
  /**
   * Some text of no voice is a heading of the script (text/headings.ts): the check for look-alike
   * colours leaves aside text of no voice that is all headings, so the page says "headings aside".
   */
  unassignedHeadings: boolean;
  /**
   * Colour groups whose every line is a heading of the script (a title block in a colour of its own,
   * Word's blue "Heading 1"): no one's lines to record, so the page offers them apart from "I am".
   * Empty unless the voices are the script's colour groups.
   */
  headingGroups: string[];
  /** Where the voices came from. */
  source: 'config' | 'names' | 'legend' | 'labels' | 'colours';
}

/**
 * How a voice is told apart in one version of a comparison (its VoiceSpec's marks), and which of
 * its labels stand as names alone on their lines in that version (the name as written).
 */
export interface VoiceMarks {
  colors: string[];
  highlights: string[];
  styles: string[];
  labels: string[];
  nameLines: Record<string, string>;
}

/** A voice that is a colour group, by its colour (what the page shows instead of the library's English name). */
export interface ColourGroup {
  name: string;
  hex: string;
  background: boolean;
}

export interface DownloadFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export type Reply =
  | { id: number; kind: 'progress'; done: number; total: number; unit: 'page' | 'byte' | 'stage' }
  | { id: number; kind: 'analysed'; result: Analysed }
  | { id: number; kind: 'download'; file: DownloadFile }
  /** `sides`: each version's report warnings (its reader's, its casting's and measuring's) as the library made them (the diff's own copies are prefixed with the file's name, in English). */
  /** `groups`: the voices of either version that are colour groups (no legend, no config), for the page to name them in its language. */
  /** `marks`: each voice the two versions tell apart otherwise (the diff's `recoded`), as each version tells it. */
  /** `order`: how the older of the two was told (compare requests without `otherIsOlder`: from the files' own dates). */
  | { id: number; kind: 'compared'; order: CompareOrder; otherIsOlder: boolean; diff: ScriptDiff; colourNames: Record<string, string>; sides: { old: Warning[]; new: Warning[] }; groups: ColourGroup[]; marks: Record<string, { old: VoiceMarks; new: VoiceMarks }> }
  /** A comparison asked without an order whose two files do not say which is older (no dates, the same, or disagreeing): the page asks her. */
  | { id: number; kind: 'compare-ask'; dates: { mine: FileDates; other: FileDates } }
  /**
   * `format`: what the file read is, told from its bytes (a locked DOCX and a locked PDF need different advice).
   * `details`: the user error's facts (which kind of no-text, pdf.js's reason…), for the page to choose its words by.
   */
  | { id: number; kind: 'error'; message: string; code: string; details?: ErrorDetails; format?: SniffedFormat };
