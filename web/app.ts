/**
 * The narrator's page: drop a script, see whose lines are whose (and any doubt about it) first,
 * then your total, your lines, the whole table, downloads and a comparison with another version.
 * The reading runs in a Web Worker (worker.ts); this file only shows. Nothing leaves the machine:
 * the page talks to no server but the one it came from, and sends the script to none.
 */
import type { Regrouped, ScriptDiff, SentenceMove, VoiceDiff, WordPart, WordsMove } from '../dist/compare/model.js';
import type { LineReport, Report, VoiceReport } from '../dist/measure/report.js';
import type { Location, Warning } from '../dist/model.js';
import { DEFAULT_TIMEOUT_SECONDS, timedOut } from '../dist/budget.js';
import { PACE_PRESETS } from '../dist/config/settings.js';
import { LIMITS, overLimit } from '../dist/readers/limits.js';
import { shownSectionTimes, shownTimes } from '../dist/render/shown-times.js';
import { cueTail } from '../dist/render/cue.js';
import { outerSpace, withLineBreaks } from '../dist/text/words.js';
import { chooseLang, NBSP, Words, type Key, type Lang } from './i18n.js';
import { legendReasons, warningSentence, type Part, type Speaker } from './warnings.js';
import type { Analysed, ColourGroup, CompareOrder, Download, Outgoing, Reply, Request, ScriptFile, Settings, VoiceMarks } from './protocol.js';

declare const VO_LINES_VERSION: string;

// ------------------------------------------------------------------------------------------------
// Small DOM helpers: text is always set as text, never parsed as HTML (a script's lines are data).

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------------------
// State

let lang: Lang = chooseLang(storage()?.getItem('vo-lines:lang') ?? null, navigator.languages ?? [navigator.language]);
let w = new Words(lang);
const t = (key: Key, values?: Record<string, string | number>) => w.t(key, values);

interface Current {
  file: ScriptFile;
  settings: Settings;
  result: Analysed;
  voice: string | null;
  search: string;
  /** Files dropped with the script and not read: a second script, a second config. */
  ignored?: string[];
  /** Names kept in this browser for the file's name that could not be used with it: forgotten, the script read without them. */
  namesForgotten?: boolean;
  /** Names kept from earlier for a script of this file's name, not used: this script's own legend names its voices otherwise. */
  namesSetAside?: boolean;
  diff: { diff: ScriptDiff; colourNames: Record<string, string>; sides?: { old: Warning[]; new: Warning[] }; groups: ColourGroup[]; marks?: Record<string, { old: VoiceMarks; new: VoiceMarks }>; other: string; otherFile: File; otherIsOlder: boolean; order: CompareOrder } | null;
  /** Another version dropped to compare whose files do not say which is older: she is asked before anything is shown. */
  compareAsk?: File;
}

let current: Current | null = null;

// ------------------------------------------------------------------------------------------------
// The worker, with a time budget: pdf.js cannot be interrupted from inside, so a file that takes
// longer than the command line's default budget stops the worker, as the CLI stops its thread.

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { file: string; resolve: (reply: Reply) => void; reject: (error: Error) => void; progress?: (reply: Extract<Reply, { kind: 'progress' }>) => void; timer: number }>();

/**
 * An error of the library or of the page, with its code and the file it is about; `details`: the
 * library's facts behind it (errors.ts), which the page chooses its words by; `format`: that file's,
 * told from its bytes by the worker; `config`: the config it was read with, when one was dropped.
 */
type PageError = Error & { code?: string; details?: Record<string, unknown>; file?: string; format?: string; config?: string };

function startWorker(): Worker {
  const started = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'vo-lines' });
  started.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.kind === 'progress') {
      waiting.progress?.(reply);
      return;
    }
    pending.delete(reply.id);
    clearTimeout(waiting.timer);
    if (reply.kind === 'error') waiting.reject(Object.assign(new Error(reply.message), { code: reply.code, details: reply.details, file: waiting.file, format: reply.format }));
    else waiting.resolve(reply);
  };
  started.onerror = (event) => {
    event.preventDefault();
    for (const [id, waiting] of pending) {
      pending.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(Object.assign(new Error(`reading stopped unexpectedly (${event.message || 'the page\'s worker failed'}).`), { code: 'worker-failed', file: waiting.file }));
    }
    worker?.terminate();
    worker = null;
  };
  return started;
}

/** Set on the error of a request stopped because another script was dropped meanwhile: nothing to show for it. */
const SUPERSEDED = Symbol('superseded');

/**
 * A script dropped while another is still being read: the reading stops (the worker is let go, a fresh one reads the
 * new script), and what was asked of the old one ends quietly, so its results never flash up after the new file's name.
 */
function stopReading(): void {
  if (!pending.size) return;
  for (const [id, waiting] of pending) {
    pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.reject(Object.assign(new Error('another script was dropped'), { [SUPERSEDED]: true }));
  }
  worker?.terminate();
  worker = null;
}

const superseded = (error: unknown) => typeof error === 'object' && error !== null && SUPERSEDED in error;

function ask(request: Outgoing, file: string, progress?: (reply: Extract<Reply, { kind: 'progress' }>) => void, transfer: Transferable[] = []): Promise<Reply> {
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => {
      pending.delete(id);
      worker?.terminate();
      worker = null;
      // The worker held the script read last: give it back a fresh one.
      const stopped = timedOut(file, DEFAULT_TIMEOUT_SECONDS);
      reject(Object.assign(new Error(stopped.message), { code: stopped.code, details: stopped.details, file }));
    }, (DEFAULT_TIMEOUT_SECONDS + 2) * 1000);
    pending.set(id, { file, resolve, reject, progress, timer });
    worker!.postMessage({ ...request, id } as Request, transfer);
  });
}

// ------------------------------------------------------------------------------------------------
// Formatting

const STORY: Record<Exclude<Location['story'], 'body'>, Key> = {
  header: 'storyHeader',
  footer: 'storyFooter',
  textbox: 'storyTextbox',
  footnote: 'storyFootnote',
  endnote: 'storyEndnote',
  comment: 'storyComment',
};

/**
 * A place in the script as the page's language writes it: `p.2 ¶12`, `¶1 (page header)`,
 * `¶7 (table 1, row 2, col 3)`, `¶1 (en-tête de page, tableau 1, ligne 1, col. 2)`: the story (a
 * header's paragraphs are numbered apart from the body's) and the table cell together.
 */
function place(location: Location): string {
  const at = `${location.page !== undefined ? `${t('pageAt', { page: location.page })} ` : ''}¶${location.paragraph}`;
  const story = location.story !== 'body' && STORY[location.story] ? t(STORY[location.story]) : null;
  const inside = [story, location.cell ? w.cell(location.cell) : null].filter((x): x is string => x !== null);
  return inside.length ? `${at} (${inside.join(', ')})` : at;
}

/**
 * Where a legend stands, as the command line says it ("the legend at ¶1 (header)"): `at ¶4`,
 * `at ¶1 (page header)`, `at p.1 ¶6`; « au ¶1 (en-tête de page) », « à la p. 1, ¶6 ».
 */
function legendAt(location: Location): string {
  if (location.page === undefined) return t('legendAt', { location: place(location) });
  return t('legendAtPage', { page: t('pageAt', { page: location.page }), location: place({ ...location, page: undefined }) });
}

/** Warnings whose sentence already says where the legend is: no `[¶…]` after them. */
const PLACED_IN_SENTENCE = new Set(['legend-rejected', 'legend-not-recorded-majority']);

/** ` [¶7]` after a warning: where it is, unless its sentence says so already. */
function warningPlace(warning: Warning): string {
  return warning.location && !PLACED_IN_SENTENCE.has(warning.code) ? ` [${place(warning.location)}]` : '';
}

/** Whether a label stands in the script as a name alone on its line (`nameLines`: label → the name as written). */
function nameOnLine(nameLines: Record<string, string>, label: string): string | undefined {
  return Object.hasOwn(nameLines, label) ? nameLines[label] : undefined;
}

/** A phrase of the page's that opens a sentence, a cell or a list item: « Aucun changement », not « aucun changement ». */
function capital(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(w.locale) + text.slice(letter.length);
}

function colourName(hex: string, names: Record<string, string>): string {
  const plain = names[hex];
  // « #0070C0 bleu » kept on one line in French, as a number with its unit.
  return plain ? `${hex}${lang === 'fr' ? NBSP : ' '}${w.colourName(plain)}` : hex;
}

/** A swatch: the colour as text ("Aa" in it) or as a background, with its name beside for those who cannot tell colours apart. */
function swatch(hex: string, background: boolean): HTMLElement {
  const box = h('span', { class: background ? 'swatch swatch-background' : 'swatch swatch-text', 'aria-hidden': 'true' }, 'Aa');
  if (background) box.style.backgroundColor = hex;
  else box.style.color = hex;
  return box;
}

/**
 * How a voice is told in the script, as the command line's summary says it: `nameLines`, the labels
 * that stand as names alone on their lines above the dialogue (a screenplay), with the name as the
 * script writes it; any other label opens its lines (`"MARIE:" at the start of the line`).
 */
function voiceColours(voice: Pick<VoiceReport, 'colors' | 'highlights' | 'styles' | 'labels'>, names: Record<string, string>, nameLines: Record<string, string>, opensCell = false, written: Record<string, string> = {}): HTMLElement {
  const out = h('span', { class: 'colours' });
  // A style opening a table cell: « Style « Accueil » », not « style … ».
  const styleOf = (style: string, i: number) => {
    const text = t('styleOf', { style });
    return opensCell && i === 0 && !voice.highlights.length && !voice.colors.length ? capital(text) : text;
  };
  for (const hex of voice.highlights) out.append(swatch(hex, true), h('span', {}, `${colourName(hex, names)} (${t('backgroundColour')})`), ' ');
  for (const hex of voice.colors) out.append(swatch(hex, false), h('span', {}, `${colourName(hex, names)} (${t('textColour')})`), ' ');
  for (const [i, style] of (voice.styles ?? []).entries()) out.append(h('span', {}, styleOf(style, i)), ' ');
  for (const label of voice.labels ?? []) {
    const alone = nameOnLine(nameLines, label);
    // A label opening its lines in a form of its own (`ＮＡ：`, `【旁白】`): shown as the script writes it.
    // `NAME:` and `NAME :` are the plain forms: said with the page's own typography (French: NAME\u00A0:).
    const form = Object.hasOwn(written, label) ? written[label] : undefined;
    const opening = form !== undefined && form.startsWith(label) && /^[\s\u00A0\u202F]*:$/.test(form.slice(label.length)) ? undefined : form;
    out.append(h('span', {}, alone !== undefined ? t('labelOnLine', { label: alone }) : opening !== undefined ? t('labelWrittenOf', { label: opening }) : t('labelOf', { label })), ' ');
  }
  return out;
}

/** A sentence from the library (English), marked as such on a French page. */
function libraryText(text: string): HTMLElement {
  return h('span', { lang: 'en' }, text);
}

function describeSide(side: { voice: string | null; colour: string; words: number; lines: number }, background: boolean, names: Record<string, string>, label: (name: string) => string): string {
  const who = side.voice === null ? t('unassignedText') : label(side.voice);
  const colour = `${colourName(side.colour, names)}${background ? ` (${t('backgroundColour')})` : ''}`;
  const counts = `${w.words(side.words)}, ${w.linesCount(side.lines)}`;
  // A colour group is named by its colour already: said once.
  return who === colour ? `${who} (${counts})` : `${who} (${colour}${w.colon}${counts})`;
}

/** What web/warnings.ts needs to say a warning: the page's words, colour names and voice names (`label`: how a voice is shown). */
function speaker(names: Record<string, string>, label: (name: string) => string = voiceLabel, marks?: Speaker['marks']): Speaker {
  return {
    w,
    colour: (hex, background = false) => `${colourName(hex, names)}${background ? ` (${t('backgroundColour')})` : ''}`,
    voice: (name) => (name === null ? t('unassignedText') : label(name)),
    marks,
    // The legend the voices were read from (furniture-left-out names it among the page headers it left out).
    legend: current?.result.report.legend ? { text: current.result.report.legend.text, story: current.result.report.legend.location.story } : null,
  };
}

/**
 * How a voice is marked in one version, as the voices table says it: its colours by name (a
 * highlight said to be one), its labels opening the lines or standing alone above them, its styles.
 */
function marksText(marks: VoiceMarks, names: Record<string, string>): string {
  return [
    ...marks.highlights.map((hex) => `${colourName(hex, names)} (${t('backgroundColour')})`),
    ...marks.colors.map((hex) => colourName(hex, names)),
    ...marks.labels.map((label) => (Object.hasOwn(marks.nameLines, label) ? t('labelOnLine', { label: marks.nameLines[label]! }) : t('labelOf', { label }))),
    ...marks.styles.map((style) => t('styleOf', { style })),
  ].join(', ');
}

/** The comparison's `marks` for its warning: null for a voice told by its colours alone in both versions ("other colours"). */
function diffMarks(c: Current): Speaker['marks'] {
  const all = c.diff?.marks ?? {};
  const names = c.diff?.colourNames ?? {};
  const byColours = (m: VoiceMarks) => m.labels.length === 0 && m.styles.length === 0 && m.colors.length + m.highlights.length > 0;
  return (name) => {
    const marks = Object.hasOwn(all, name) ? all[name]! : null;
    if (!marks || (byColours(marks.old) && byColours(marks.new))) return null;
    return { old: marksText(marks.old, names), new: marksText(marks.new, names) };
  };
}

/** A sentence of web/warnings.ts as nodes: the library's own English marked as such. */
function partsText(parts: Part[]): HTMLElement {
  return h('span', {}, ...parts.map((part) => (typeof part === 'string' ? part : libraryText(part.en))));
}

/** A warning in the page's language where the page knows its kind, else the library's sentence (`label`: how a voice is shown). */
function warningText(warning: Warning, names: Record<string, string>, label: (name: string) => string = voiceLabel, marks?: Speaker['marks']): Node {
  const d = warning.details as Record<string, unknown> | undefined;
  if (warning.code === 'confusable-colours' && d && Array.isArray(d.sides) && d.sides.length === 2) {
    const background = d.kind === 'background';
    const [a, b] = d.sides as { voice: string | null; colour: string; words: number; lines: number }[];
    return document.createTextNode(t('confusable', { a: describeSide(a!, background, names, label), b: describeSide(b!, background, names, label), delta: w.number(d.deltaE as number), threshold: String(d.threshold) }));
  }
  if (warning.code === 'unknown-colour' && d && typeof d.colour === 'string') {
    const first = ((d.firstLines as string[] | undefined) ?? []).slice(0, 2).map((line) => w.quote(line));
    return document.createTextNode(
      t('unknown', {
        words: w.words(d.words as number),
        lines: w.linesCount(d.lines as number),
        colour: `${colourName(d.colour, names)}${d.background ? ` (${t('backgroundColour')})` : ''}`,
        first: first.join(', '),
      }),
    );
  }
  if (warning.code === 'struck-text' && d && typeof d.words === 'number' && typeof d.paragraphs === 'number' && Array.isArray(d.struck)) {
    const first = (d.struck as string[]).slice(0, 2).map((text) => (text.length > 60 ? `${text.slice(0, 57)}…` : text));
    return document.createTextNode(
      t('struck', {
        words: w.words(d.words),
        paragraphs: w.paragraphs(d.paragraphs),
        first: first.map((q) => w.quote(q)).join(', '),
      }),
    );
  }
  if (warning.code === 'legend-not-recorded-majority' && d && typeof d.text === 'string' && Array.isArray(d.colours) && typeof d.words === 'number' && typeof d.total === 'number' && typeof d.voiced === 'number') {
    const quoted = d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text;
    const colours = (d.colours as { colour: string; background: boolean }[]).map((c) => `${colourName(c.colour, names)}${c.background ? ` (${t('backgroundColour')})` : ''}`);
    const and = lang === 'fr' ? ' et ' : ' and ';
    return document.createTextNode(
      t('notRecordedMajority', {
        at: warning.location ? legendAt(warning.location) : '',
        text: quoted,
        colours: colours.length > 1 ? `${colours.slice(0, -1).join(', ')}${and}${colours.at(-1)}` : colours[0]!,
        is: lang === 'fr' ? (colours.length > 1 ? 'ne sont pas enregistrés' : 'n’est pas enregistré') : colours.length > 1 ? 'are not recorded' : 'is not recorded',
        words: w.words(d.words),
        total: w.words(d.total),
        share: w.percent(d.words / d.total),
        voiced: w.number(d.voiced),
      }),
    );
  }
  const pages = d && Array.isArray(d.pages) && d.pages.every((p) => typeof p === 'number') ? (d.pages as number[]) : null;
  if (warning.code === 'highlight-no-colour' && d && typeof d.highlights === 'number' && pages) {
    return document.createTextNode(t('highlightNoColour', { highlights: w.count(d.highlights, { en: 'highlight', fr: 'surlignage' }, { en: 'highlights', fr: 'surlignages' }), pages: w.pages(pages) }));
  }
  if (warning.code === 'annotation-marks' && d && typeof d.marks === 'number' && pages && d.kinds && typeof d.kinds === 'object') {
    return document.createTextNode(
      t('annotationMarks', { marks: w.count(d.marks, { en: 'mark', fr: 'marque' }, { en: 'marks', fr: 'marques' }), pages: w.pages(pages), kinds: w.marks(d.kinds as Record<string, number>) }),
    );
  }
  if (warning.code === 'legend-rejected' && d && typeof d.text === 'string' && Array.isArray(d.reasons)) {
    const quoted = d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text;
    const out = h('span', {}, t('legendRejected', { at: warning.location ? legendAt(warning.location) : '', text: quoted }), ' ');
    out.append(partsText(legendReasons(d.reasons as { code?: unknown; message?: unknown; details?: unknown }[], speaker(names, label))), '. ', t('legendRejectedThen'));
    return out;
  }
  const parts = warningSentence(warning, speaker(names, label, marks));
  return parts ? partsText(parts) : libraryText(warning.message);
}

/** A voice as the page shows it: a colour group by its colour in the page's language. */
function voiceLabel(name: string): string {
  const group = current?.result.source === 'colours' ? current.result.groups.find((g) => g.name === name) : undefined;
  if (!group) return name;
  return `${colourName(group.hex, current!.result.colourNames)}${group.background ? ` (${t('backgroundColour')})` : ''}`;
}

/** A voice in the comparison: a colour group of either version by its colour in the page's language. */
function diffLabel(c: Current): (name: string) => string {
  const groups = c.diff?.groups ?? [];
  const names = c.diff?.colourNames ?? {};
  return (name) => {
    const group = groups.find((g) => g.name === name);
    return group ? `${colourName(group.hex, names)}${group.background ? ` (${t('backgroundColour')})` : ''}` : voiceLabel(name);
  };
}

// ------------------------------------------------------------------------------------------------
// Reading a file

const SCRIPT_TYPES = /\.(docx|pdf)$/i;
const CONFIG_NAME = /^vo-lines\.config\.(json|ya?ml)$/i;
/** A config under another name (a second download is saved as `vo-lines.config (1).yaml`; the CLI's --config takes any name). */
const CONFIG_FILE = /\.(json|ya?ml)$/i;

/** The status line; `words`: the sentence again in the page's language (said again when the language is switched). */
let statusWords: (() => string) | null = null;

function setStatus(text: string, words: (() => string) | null = null): void {
  statusWords = words;
  $('status').textContent = text;
}

/** Every result or error shown bumps this (data-done on <body>): tests and assistive tools can wait on it. */
function done(): void {
  document.body.dataset.done = String(Number(document.body.dataset.done ?? '0') + 1);
}

/**
 * What the page says of an error it knows: its sentence in the page's language, with advice that
 * works from the page (never a command-line option), and whether the library's line says more than
 * the sentence (which part is damaged, which limit, the error seen), shown under it as the detail.
 * The variant of a code is told by the error's details (errors.ts), never by the words of its line.
 * `ownWords`: the library's line is not right for the page even in English (it points to a way out
 * that mostly fails). Null for an error it has no sentence for (a code of a later library).
 */
function said(error: PageError): { text: string; detail: boolean; ownWords?: boolean } | null {
  const { code, file, format, config, details } = error;
  if (file === undefined) return null;
  const say = (key: Key, detail = false, values: Record<string, string | number> = {}) => ({ text: t(key, { file, ...values }), detail });
  switch (code) {
    case 'encrypted':
      return format === 'pdf' ? say('errEncryptedPdf') : format === 'docx' || format === 'ole' ? say('errEncryptedDocx') : null;
    case 'legacy-doc':
      return say('errLegacyDoc');
    case 'not-a-script':
      // A Word lock file (`~$name.docx`) or a Git LFS pointer where the script should be (readers/placeholders.ts): said what it is.
      return format === 'rtf' ? say('errRtf') : details?.kind === 'lock-file' ? say('errLockFile') : details?.kind === 'git-lfs-pointer' ? say('errLfsPointer') : say('unsupported');
    case 'empty-file':
      return say('errEmpty');
    case 'not-a-docx':
      return say('errNotADocx', true);
    case 'corrupt-docx':
      return say('errCorruptDocx', true);
    case 'corrupt-pdf':
      // Cut short, the line says no more than the sentence; with pdf.js's reason (details.error), it does.
      return say('errCorruptPdf', typeof details?.error === 'string');
    case 'unsafe-xml':
      return say('errUnsafeXml', true);
    case 'too-large':
      return say('errTooLarge', true);
    case 'over-limit':
      return say('errOverLimit', true);
    case 'no-text':
      // A PDF without text is a scan (the invisible text OCR adds is not read: it has no colours), or,
      // with no picture either, blank (details.kind, readers/pdf/index.ts). The page says so in its own
      // words in both languages, with the same advice as the library; a kind it does not know keeps
      // the library's line.
      if (format === 'pdf') {
        const kind = details?.kind;
        // Text in fonts pdf.js could not load: the library's line names the font and why, kept as the detail.
        if (kind === 'font-not-loaded') return { ...say('errNoTextPdfFonts', true), ownWords: true };
        const key = kind === 'blank' ? 'errNoTextPdfBlank' : kind === 'ocr-only' || kind === 'pictures' ? 'errNoTextPdf' : null;
        return key ? { ...say(key), ownWords: true } : null;
      }
      return format === 'docx' ? say('errNoTextDocx') : null;
    case 'timeout':
      return say('timeout', false, { seconds: typeof details?.seconds === 'number' ? details.seconds : DEFAULT_TIMEOUT_SECONDS });
    case 'bad-config': {
      if (config === undefined) return null;
      // What a narrator can put right herself is said in the page's words, by the details (config/fields.ts):
      // where the text is not written right, a setting vo-lines does not know, a voice named that is not one.
      const kind = details?.kind;
      const own = (key: Key, values: Record<string, string | number>) => ({ ...say(key, true, { config, ...values }), ownWords: true });
      if (kind === 'syntax' && typeof details?.line === 'number' && typeof details.column === 'number') return own('errConfigSyntax', { line: details.line, column: details.column });
      if (kind === 'unknown-field' && typeof details?.field === 'string') return own('errConfigUnknownField', { field: details.field });
      if (kind === 'unknown-voice' && typeof details?.field === 'string' && typeof details.voice === 'string') {
        return own('errConfigUnknownVoice', { section: details.field.split('.')[0]!, voice: details.voice });
      }
      return say('errBadConfig', true, { config });
    }
    case 'bad-pace': {
      if (config === undefined) return null;
      // A preset misspelt in the config: said in the page's words, with the presets to choose from.
      const { pace, field, known } = details ?? {};
      if (typeof pace === 'string' && typeof field === 'string' && Array.isArray(known)) {
        return { ...say('errConfigUnknownPace', true, { config, pace, field, known: w.list(known.map((k) => w.quote(String(k))), true) }), ownWords: true };
      }
      return say('errBadConfig', true, { config });
    }
    case 'unexpected':
      return say('errUnexpected', true);
    case 'worker-failed':
      return say('errWorkerFailed', true);
    default:
      return null;
  }
}

/** Advice only a command line can follow: an option such as --password or --timeout. */
const COMMAND_LINE_ADVICE = /(?:^|[\s(])--[a-z]/;

/**
 * Shows why a file cannot be read, in the page's language (see `said`). The English page keeps the
 * library's line as the command line gives it, unless the line gives command-line advice (a PDF's
 * --password, --timeout) or the page knows better. An error the page has no sentence for gets the
 * library's line, so nothing is ever blank. Whether the page stopped the worker or the worker's own
 * budget ran out, the narrator reads the same sentence.
 */
function showError(error: unknown): void {
  // A request stopped because another script was dropped (stopReading): nothing went wrong with this one.
  if (superseded(error)) return;
  const { message } = error as PageError;
  const words = said(error as PageError);
  if (!words || (lang === 'en' && !words.ownWords && !COMMAND_LINE_ADVICE.test(message))) showWhyNot(libraryText(message));
  else showWhyNot(document.createTextNode(words.text), words.detail ? message : undefined);
}

/** "This file cannot be read:" and why; under it, the library's line as the detail when given. */
function showWhyNot(why: Node, detail?: string): void {
  done();
  const box = $('error');
  box.replaceChildren(h('p', {}, h('strong', {}, t('errorLead')), ' ', why));
  if (detail !== undefined) box.append(h('p', { class: 'detail' }, `${t('errorDetail')} `, libraryText(detail)));
  keepWhole(box);
  box.hidden = false;
  box.focus();
}

function clearError(): void {
  $('error').hidden = true;
  $('error').replaceChildren();
}

function showProgress(file: string, reply: Extract<Reply, { kind: 'progress' }> | null): void {
  const bar = $<HTMLProgressElement>('progress');
  bar.hidden = false;
  // Each with its sentence again, so that switching the language while a script is read says it in the new one.
  const show = (words: () => string) => setStatus(words(), words);
  if (!reply) {
    bar.removeAttribute('value');
    show(() => t('reading', { file }));
  } else if (reply.unit === 'stage') {
    // The reading is done: the bar stays full (never back to "not known", which reads as starting again), the words say what comes next.
    bar.max = 1;
    bar.value = 1;
    show(() => t('working'));
  } else {
    bar.max = reply.total;
    bar.value = reply.done;
    const { unit, done, total } = reply;
    show(() => (unit === 'page' ? t('readingPage', { file, n: Math.min(done + 1, total), total }) : t('readingBytes', { file, percent: w.percent(done / total) })));
  }
}

function hideProgress(): void {
  const bar = $<HTMLProgressElement>('progress');
  bar.hidden = true;
  // No value left over from this reading: the next one starts "not known" until its first figure.
  bar.removeAttribute('value');
}

/**
 * Back to the drop screen, the script forgotten: what "Start again" and the browser's Back button do
 * once a script is read (the page pushed a history entry for its results). The worker, which keeps the
 * script it read last, is let go.
 */
function startAgain(): void {
  stopReading();
  worker?.terminate();
  worker = null;
  current = null;
  clearError();
  hideProgress();
  setStatus('');
  render();
  $('drop').classList.remove('compact');
  $('drop-title').focus();
}

/** The history entry the page's results stand on: Back leaves them for the drop screen, not the page. */
const RESULTS_STATE = 'vo-lines:results';

function resultsInHistory(): void {
  if ((history.state as { page?: string } | null)?.page !== RESULTS_STATE) history.pushState({ page: RESULTS_STATE }, '');
}

async function bytesOf(file: File): Promise<Uint8Array> {
  // The command line's limit, before the file is read into memory.
  if (file.size > LIMITS.fileBytes) throw Object.assign(overLimit(file.name, `its size (${Math.ceil(file.size / 1024 / 1024)} MB)`, LIMITS.fileBytes / 1024 / 1024, 'MB', 'fileBytes', { found: Math.ceil(file.size / 1024 / 1024) }), { file: file.name });
  return new Uint8Array(await file.arrayBuffer());
}

function namesKey(file: string): string {
  return `vo-lines:names:${file}`;
}

/** The names given to a script of that file name in this browser, and the colour groups shown then (older pages kept the names alone). */
function savedNames(file: string): Pick<Settings, 'names' | 'shown' | 'remembered'> {
  try {
    const saved = storage()?.getItem(namesKey(file));
    const value = saved ? (JSON.parse(saved) as unknown) : null;
    if (!value || typeof value !== 'object') return {};
    const kept = value as { names?: unknown; shown?: unknown };
    if (kept.names && typeof kept.names === 'object') {
      const shown = Array.isArray(kept.shown) ? kept.shown.filter((g): g is string => typeof g === 'string') : undefined;
      return { names: kept.names as Record<string, string>, ...(shown ? { shown } : {}), remembered: true };
    }
    return { names: value as Record<string, string>, remembered: true };
  } catch {
    return {};
  }
}

async function openFiles(files: File[]): Promise<void> {
  clearError();
  const script = files.find((f) => SCRIPT_TYPES.test(f.name)) ?? files.find((f) => !CONFIG_FILE.test(f.name));
  const configFile = files.find((f) => CONFIG_NAME.test(f.name)) ?? files.find((f) => CONFIG_FILE.test(f.name));
  if (!script && configFile && current) {
    // A config dropped after its script: the script is read again with it.
    const again = current;
    try {
      await analyse(again.file, { wpm: again.settings.wpm, config: { name: configFile.name, text: await configFile.text() } }, false);
    } catch (error) {
      hideProgress();
      setStatus('');
      showError(error);
    }
    return;
  }
  if (!script) {
    // A config with no script read yet: it is read with its script.
    showWhyNot(document.createTextNode(configFile ? t('configAlone', { file: configFile.name }) : t('unsupported', { file: files[0]?.name ?? '?' })));
    return;
  }
  try {
    const bytes = await bytesOf(script);
    stopReading();
    const file: ScriptFile = { name: script.name, bytes };
    const settings: Settings = { wpm: current?.settings.wpm };
    if (configFile) settings.config = { name: configFile.name, text: await configFile.text() };
    else Object.assign(settings, savedNames(script.name));
    try {
      await analyse(file, settings, true);
      // Names kept for another script of this file's name give way to this script's own legend when they leave one of
      // its voices' colours unnamed (names given to other colours): read again without them, and said — unless the
      // legend cannot be used on its own either, when her names stay.
      if (settings.remembered && current && current.file === file && namesMissLegend(current.result.report, settings.names)) {
        // Tried first without showing it: the page never flickers through a reading it will not keep.
        const kept = await analyse(file, { wpm: settings.wpm }, false, (result) => result.source === 'legend');
        if (kept && current && current.file === file) {
          current.namesSetAside = true;
          render();
        }
        // Not kept: the worker, which answers downloads and comparisons from its last reading, reads with her names again.
        else if (!kept) await analyse(file, settings, false, () => false);
      }
    } catch (error) {
      if (!settings.remembered || superseded(error)) throw error;
      // Names kept from earlier that this script cannot take: read without them; forgotten only when that works.
      await analyse(file, { wpm: settings.wpm }, true).catch(() => {
        throw error;
      });
      storage()?.removeItem(namesKey(script.name));
      if (current && current.file === file) {
        current.namesForgotten = true;
        render();
      }
    }
    // One script and one config are read at a time: what else was dropped with them is said, not dropped in silence.
    const ignored = files.filter((f) => f !== script && f !== configFile).map((f) => f.name);
    if (current && current.file === file && ignored.length) {
      current.ignored = ignored;
      render();
    }
  } catch (error) {
    // Stopped for a script dropped after it: that one is being read and says so.
    if (superseded(error)) return;
    hideProgress();
    setStatus('');
    // The results below were another file's: the error is about this one.
    current = null;
    render();
    $('drop').classList.remove('compact');
    showError(error);
  }
}

/**
 * Names kept from earlier that give none of the colours of one of this script's own legend's voices: names given to
 * another script of this file's name (each name is kept under its colour group, `#C00000 red`).
 */
function namesMissLegend(report: Report, names: Settings['names']): boolean {
  const legend = report.legend;
  if (!legend || !names) return false;
  const named = new Set(Object.entries(names).flatMap(([group, name]) => (name.trim() ? [group.slice(0, 7).toUpperCase()] : [])));
  return legend.voices.some((voice) => [...voice.colors, ...voice.highlights].every((hex) => !named.has(hex.toUpperCase())));
}

/**
 * Reads the script with `settings` and shows the result; when `accept` is given and says no, the result is dropped
 * unseen and what was shown stays. True when the result is shown.
 */
async function analyse(file: ScriptFile, settings: Settings, fresh: boolean, accept?: (result: Analysed) => boolean): Promise<boolean> {
  showProgress(file.name, null);
  // A copy goes to the worker; the page keeps the bytes to start again after a timeout.
  const copy = file.bytes.slice();
  const reply = await (fresh || !worker ? ask({ kind: 'analyse', file: { name: file.name, bytes: copy }, settings }, file.name, (p) => showProgress(file.name, p), [copy.buffer]) : ask({ kind: 'reanalyse', settings }, file.name)).catch((error: PageError) => {
    // A config's error is said with the config's name.
    throw Object.assign(error, { config: settings.config?.name });
  });
  if (reply.kind !== 'analysed') return false;
  hideProgress();
  if (accept && !accept(reply.result)) return false;
  const before = current;
  const voices = reply.result.report.voices.map((v) => v.name);
  const remembered = storage()?.getItem(`vo-lines:voice:${file.name}`) ?? null;
  // A script all in one colour: its colour group is hers only if she chooses it ("I read all of it")
  // on this page, for this file; never by itself, nor from a choice made for another file of that name.
  const oneColour = reply.result.oneColour !== null;
  // Speakers' names offered and not yet used: the colours say nothing of who reads, so no colour group is
  // hers by itself (nor from a choice made for another file of that name) until she presses "Use these names".
  const waiting = labelsWaiting(reply.result);
  const keep = before && before.file === file ? before.voice : oneColour || waiting ? null : remembered;
  current = {
    file,
    settings,
    result: reply.result,
    voice: keep && voices.includes(keep) ? keep : voices.length === 1 && !oneColour && !waiting ? voices[0]! : null,
    search: before && before.file === file ? before.search : '',
    diff: null,
  };
  render();
  done();
  if (fresh) resultsInHistory();
  const count = reply.result.report.voices.length;
  const emphasis = reply.result.report.warnings.some((warning) => warning.code === 'emphasis-coded');
  const said = () => (waiting ? t('statusLabelsWaiting', { file: file.name }) : oneColour ? t(emphasis ? 'statusOneColourEmphasis' : 'statusOneColour', { file: file.name }) : t('statusDone', { file: file.name, voices: count === 1 ? t('oneVoice') : t('nVoices', { n: count }) }));
  setStatus(said(), said);
  if (fresh) $('results-title').focus();
  return true;
}

// ------------------------------------------------------------------------------------------------
// Rendering

function render(): void {
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = t(element.dataset.t as Key);
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) button.setAttribute('aria-pressed', String(button.value === lang));
  if (statusWords) $('status').textContent = statusWords();
  const results = $('results');
  if (!current) {
    results.hidden = true;
    return;
  }
  const focused = document.activeElement?.id;
  const again = h('button', { type: 'button', id: 'start-again', class: 'start-again' }, t('startAgain'));
  again.addEventListener('click', () => ((history.state as { page?: string } | null)?.page === RESULTS_STATE ? history.back() : startAgain()));
  const parts: Child[] = [
    h('div', { class: 'results-head', id: 'results-head' }, h('h2', { id: 'results-title', tabindex: '-1' }, `${current.file.name} · ${t(current.result.report.format)}`), again),
    whoSection(current),
    // Without a legend, naming the colours is what she has to do first (in one colour there are none to name: "I read all of it").
    current.result.source === 'colours' && !current.result.oneColour ? namingSection(current) : null,
    mineSection(current),
    voicesSection(current),
    sectionsSection(current),
    linesSection(current),
    current.result.source === 'names' ? namingSection(current) : null,
    settingsSection(current),
    downloadsSection(current),
    compareSection(current),
    boothSheet(current),
  ];
  results.replaceChildren(...parts.filter((part): part is Node => part instanceof Node));
  keepWhole(results);
  results.hidden = false;
  // With a script read, the drop zone steps back: the results come first.
  $('drop').classList.add('compact');
  if (focused) document.getElementById(focused)?.focus();
}

/**
 * A French mark after an ordinary space in text the page did not write (a line or a section title
 * of the script, a file's name: « Storyboard : gestes », « cette nuit ? »), or an opening guillemet
 * before one: the page's own French has no-break spaces (web/i18n.ts frenchSpaces), this text is
 * left as written. The word and its marks (« secondes » : ») are kept on one line, the text unchanged
 * (what is copied is the script's own); a word too long to keep whole is left to wrap.
 */
const STRANDED = /(?:«+ +)?[^\s«]{1,24}(?: +[:;?!»]+)+|«+ +[^\s]{1,24}(?: +[:;?!»]+)*/gu;
const MAY_STRAND = / [:;?!»]|« /;
const CONTROLS = 'select, option, input, textarea';

function keepMarks(root: Element): void {
  wrapWhole(root, CONTROLS, (text) => MAY_STRAND.test(text), STRANDED);
}

/**
 * Puts each match of `pattern` (at most `longest` characters) in the text under `root` in a span
 * that does not wrap, the text unchanged; elements matching `skip`, and words already kept whole, are
 * left alone subtree and all; `mayHold` tells cheaply which text nodes are worth matching.
 */
function wrapWhole(root: Element, skip: string, mayHold: (text: string) => boolean, pattern: RegExp, longest = Infinity): void {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element
        ? node.matches(skip) || node.classList.contains('whole')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : mayHold((node as Text).data)
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match[0].length > longest) continue;
      parts.push(text.slice(last, match.index), h('span', { class: 'whole' }, match[0]));
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts.filter((part) => part !== ''));
  }
}

/** A short word joined by hyphens: « au-dessus », « enregistrez-le », « vo-lines » (a longer one may still break, not to run off a narrow screen). */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const WHOLE_MAX = 16;
/** The script's own text (its lines, a legend, a cue) is left alone, as are controls (an option holds text only). */
const NOT_OURS = 'select, option, input, textarea, .line-text, .legend-text, .cue';

/**
 * Keeps the page's hyphenated words whole: a browser breaks a line after a hyphen, so a narrow table
 * cell showed « au- » above « dessus ». Each such word goes in a span that does not wrap; the text
 * is unchanged (what is copied, and every file downloaded, has the plain hyphen).
 */
function keepWhole(root: Element): void {
  keepMarks(root);
  // The script's own text and the words already kept whole are skipped, subtree and all.
  wrapWhole(root, NOT_OURS, (text) => text.includes('-'), HYPHENATED, WHOLE_MAX);
}

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-title` }, h('h3', { id: `${id}-title` }, title), ...children);
}

function whoSection(c: Current): HTMLElement {
  const { report, colourNames } = c.result;
  const body: Child[] = [];
  if (c.ignored?.length) {
    const config = c.settings.config?.name;
    body.push(h('p', { class: 'notice' }, config ? t('droppedIgnoredConfig', { file: c.file.name, config, files: w.list(c.ignored) }) : t('droppedIgnored', { file: c.file.name, files: w.list(c.ignored) })));
  }
  if (c.namesForgotten) body.push(h('p', { class: 'notice', id: 'names-forgotten' }, t('namesForgotten', { file: c.file.name })));
  if (c.namesSetAside) body.push(h('p', { class: 'notice', id: 'names-set-aside' }, t('namesSetAside', { file: c.file.name })));
  if (c.result.source === 'legend' && report.legend) {
    body.push(h('p', {}, t('fromLegend', { at: legendAt(report.legend.location) })), h('blockquote', { class: 'legend-text' }, report.legend.text));
  } else if (c.result.source === 'config') body.push(h('p', {}, t('fromConfig', { config: report.config ?? '' })));
  else if (c.result.source === 'names') {
    body.push(h('p', {}, c.settings.remembered ? t('fromNamesEarlier', { file: c.file.name }) : t('fromNames')));
    // Colours the page did not show when the names were given: a new version, or another script of that name.
    const shown = new Set(c.settings.shown ?? Object.keys(c.settings.names ?? {}));
    const fresh = c.result.groups.filter((group) => !shown.has(group.name));
    if (fresh.length) {
      const colours = fresh.map((group) => `${colourName(group.hex, colourNames)}${group.background ? ` (${t('backgroundColour')})` : ''} (${w.words(group.words)})`);
      body.push(h('p', { class: 'notice' }, t('namesNewColours', { colours: w.list(colours) })));
    }
  }
  else if (c.result.source === 'labels') {
    const back = h('button', { type: 'button', id: 'use-colours' }, t('useColours'));
    back.addEventListener('click', () => void (current && rerun({ ...current.settings, labels: undefined })));
    body.push(h('p', { class: 'notice' }, t(c.result.speakerLayout === 'name-lines' ? 'fromNameLines' : 'fromLabels'), ' ', back));
  } else if (c.result.speakerLabels.length) {
    // No colour coding, but the lines open with speakers' names: offered, as `vo-lines init` proposes them.
    const use = h('button', { type: 'button', id: 'use-labels' }, t('useLabels'));
    use.addEventListener('click', () => void (current && rerun({ ...current.settings, labels: true, names: undefined, config: undefined })));
    const onLines = c.result.speakerLayout === 'name-lines';
    const names = c.result.speakerLabels.map((label) => (onLines ? label : w.label(label))).join(', ');
    body.push(h('p', { class: 'notice' }, t(onLines ? 'nameLinesFound' : 'labelsFound', { names }), ' ', use));
  } else {
    // A script all in one colour: no colours to name as voices (what it says instead is the first doubt below).
    if (!c.result.oneColour) body.push(h('p', { class: 'notice' }, t('fromColours')));
    const doubt = c.result.nameLineDoubt;
    if (doubt && doubt.names.length) body.push(h('p', { class: 'notice name-lines-doubt' }, nameLineDoubtText(doubt.names, doubt.reason)));
  }
  // A language she chose on the page ("Read it as French"): said, with the way back to what the document says.
  if (c.settings.language) {
    const undo = h('button', { type: 'button', id: 'language-undo' }, t('languageUndo'));
    undo.addEventListener('click', () => void (current && rerun({ ...current.settings, language: undefined })));
    body.push(h('p', { class: 'notice', id: 'language-chosen' }, t('languageChosen', { language: chosenLanguageName(c.settings.language) }), ' ', undo));
  }
  const list = h('ul', { class: 'voice-map' });
  if (c.result.source === 'colours') {
    for (const voice of report.voices) {
      const hex = voice.highlights[0] ?? voice.colors[0]!;
      list.append(h('li', {}, swatch(hex, voice.highlights.length > 0), h('strong', {}, voiceLabel(voice.name)), ` — ${w.words(voice.words)}, ${w.linesCount(voice.lineCount)}`));
    }
  } else for (const voice of report.voices) list.append(h('li', {}, h('strong', {}, voice.name), ' — ', voiceColours(voice, colourNames, c.result.nameLines, false, c.result.labelsWritten)));
  body.push(list);
  if (report.legend && c.result.source === 'legend') {
    const un = report.legend.unassigned;
    const hexes = [...un.highlights.map((hex) => ({ hex, background: true })), ...un.colors.map((hex) => ({ hex, background: false }))];
    const note = h('p', {}, `${t('notRecorded')} `);
    if (hexes.length === 0) note.append(t('legendNotRecordedNone'));
    for (const { hex, background } of hexes) note.append(swatch(hex, background), `${colourName(hex, colourNames)}${background ? ` (${t('backgroundColour')})` : ''} `);
    body.push(note);
  }
  const warnings = report.warnings;
  const oneColour = oneColourText(c);
  // Speakers' names waiting to be used: what she must do first, never "nothing to check".
  const waiting = labelsWaiting(c.result);
  const doubts = h('div', { class: warnings.length || oneColour || waiting ? 'doubts' : 'doubts none' }, h('h4', {}, t('doubts')));
  if (warnings.length === 0 && !oneColour && !waiting) doubts.append(h('p', {}, c.result.source === 'colours' && report.voices.length <= 1 ? t('noDoubtsOneColour') : noDoubtsText(c)));
  else {
    const items = h('ul');
    if (oneColour) items.append(h('li', { class: 'one-colour' }, oneColour));
    if (waiting) items.append(h('li', { class: 'labels-waiting' }, t('labelsWaiting', { use: t('useLabels') })));
    for (const warning of warnings) items.append(h('li', {}, warningText(warning, colourNames), warningPlace(warning), ...languageButtons(warning)));
    doubts.append(items);
  }
  body.push(doubts);
  return section('who', t('whoIsWho'), ...body);
}

/**
 * The page's way to settle a doubt about the script's language (the command line's is --lang or the
 * config's `language`): a button that reads the script again in the language named, as `--lang` does.
 * The document marked one language and its words are another's: read in either ("Read it as French"
 * to keep it so and say no more, "Read it as English" when the document was right).
 */
function languageButtons(warning: Warning): HTMLElement[] {
  const d = warning.details as Record<string, unknown> | undefined;
  const dates = dateButtons(warning);
  if (dates) return dates;
  if (!d || typeof d.declared !== 'string' || typeof d.guessed !== 'string') return [];
  const tags = warning.code === 'language-from-text' ? [d.guessed, d.declared] : warning.code === 'language-mismatch' ? [d.guessed] : [];
  // A language vo-lines does not know (`und-Latn`: letters of none it knows) cannot be asked for.
  return tags.filter((tag) => !tag.startsWith('und')).map((tag) => {
    const code = tag.split('-')[0]!;
    const button = h('button', { type: 'button', class: 'read-as', 'data-lang': code }, t('readAs', { language: w.language(code) }));
    button.addEventListener('click', () => void (current && rerun({ ...current.settings, language: code })));
    return h('span', { class: 'read-as-wrap' }, ' ', button);
  });
}

/** English as the page names it when it reads dates in figures one way: British (day first) or American (month first). */
const DATE_ENGLISH: Record<string, Key> = { 'en-GB': 'langEnGB', 'en-US': 'langEnUS' };

/** A language chosen on the page, as the page names it: British or American English with their dates' order, else its name. */
const chosenLanguageName = (tag: string) => (Object.hasOwn(DATE_ENGLISH, tag) ? t(DATE_ENGLISH[tag]!) : w.language(tag));

/**
 * The page's way to settle a doubt about the order of the script's dates in figures (`dates-read-day-first`,
 * `dates-read-month-first`, `date-order-unclear`, `date-order-mixed-marks`; the command line's is `--lang en-GB|en-US` or the config's
 * `language`): two buttons, the way it is read first ("Read it as British English (dates day first)") to keep it and
 * say no more, then the other; either reads the script again in that English, as --lang does, and the downloaded
 * config says it. Null for any other warning.
 */
function dateButtons(warning: Warning): HTMLElement[] | null {
  const d = warning.details as Record<string, unknown> | undefined;
  let first: 'en-GB' | 'en-US';
  // One voice's dates read its own way (details.voice): reading the whole script in one English would misread the others'.
  if ((warning.code === 'dates-read-day-first' || warning.code === 'dates-read-month-first') && d && Object.hasOwn(d, 'voice')) return [];
  if (warning.code === 'dates-read-day-first') first = 'en-GB';
  else if (warning.code === 'dates-read-month-first') first = 'en-US';
  else if (warning.code === 'date-order-unclear' && d && (d.read === 'day-first' || d.read === 'month-first')) first = d.read === 'day-first' ? 'en-GB' : 'en-US';
  // A voice marked partly British, partly American (its dates read by the majority): the script read in one English.
  else if (warning.code === 'date-order-mixed-marks' && d && (d.order === 'day-first' || d.order === 'month-first')) first = d.order === 'day-first' ? 'en-GB' : 'en-US';
  else return null;
  return [first, first === 'en-GB' ? 'en-US' : 'en-GB'].map((tag) => {
    const button = h('button', { type: 'button', class: 'read-as', 'data-lang': tag }, t('readAs', { language: t(DATE_ENGLISH[tag]!) }));
    button.addEventListener('click', () => void (current && rerun({ ...current.settings, language: tag })));
    return h('span', { class: 'read-as-wrap' }, ' ', button);
  });
}

/**
 * "No doubt" about the colours when a voice is told by its colour: one voice's colour against the
 * rest of the text (what the check for look-alike colours compares it with: the text of no voice,
 * text that is all headings aside), several voices' colours against each other's.
 */
function noDoubtsText(c: Current): string {
  const { voices, unassigned } = c.result.report;
  const key = noDoubtsKey(voices, c.result.nameLines);
  const only = voices.length === 1 ? voices[0]! : null;
  if (key !== 'noDoubts' || !only || (only.colors.length === 0 && only.highlights.length === 0)) return t(key);
  const voice = voiceLabel(only.name);
  if (unassigned.words === 0) return t('noDoubtsAllHers', { voice });
  return t(c.result.unassignedHeadings ? 'noDoubtsOneVoiceHeadings' : 'noDoubtsOneVoice', { voice });
}

/**
 * "No doubt": about the colours, unless no voice is told by a colour; then about the names (above
 * the dialogue, opening the lines, or both), whether they came from a config or the page's button.
 */
function noDoubtsKey(voices: readonly VoiceReport[], nameLines: Record<string, string>): Key {
  if (voices.length === 0 || voices.some((v) => v.colors.length > 0 || v.highlights.length > 0 || (!v.labels?.length && !v.styles?.length))) return 'noDoubts';
  // A voice told by a paragraph or character style (a config's `style`): by its style, or its name or its style.
  if (voices.some((v) => v.styles?.length)) return voices.some((v) => v.labels?.length) ? 'noDoubtsNamesStyles' : 'noDoubtsStyles';
  const labels = voices.flatMap((v) => v.labels ?? []);
  const onLines = labels.filter((label) => nameOnLine(nameLines, label) !== undefined).length;
  return onLines === labels.length ? 'noDoubtsNameLines' : onLines === 0 ? 'noDoubtsLabels' : 'noDoubtsNames';
}

/**
 * Speakers' names found in a script read by its colours, offered by the "Use these names" button and
 * not yet used: the voices are told by those names, not by colour (`proposedLabels` offers them only
 * when the colours do not say who speaks).
 */
function labelsWaiting(result: Current['result']): boolean {
  return result.source === 'colours' && result.speakerLabels.length > 0;
}

/**
 * A script all in one colour whose voices are found no other way: nothing in it tells one voice
 * from another. What the whole script comes to, for a narrator who reads all of it, and what to
 * ask for if she does not (null for any other script).
 */
function oneColourText(c: Current): string | null {
  // Speakers' names waiting behind "Use these names": they tell the voices apart (said instead).
  if (labelsWaiting(c.result)) return null;
  const one = c.result.oneColour;
  const group = one ? c.result.groups.find((g) => g.name === one.group) : undefined;
  if (!one || !group) return null;
  const colour = `${colourName(group.hex, c.result.colourNames)}${group.background ? ` (${t('backgroundColour')})` : ''}`;
  // What reading all of it comes to: every colour's words, not the text no one reads (an AV script's
  // picture column, left unassigned).
  const { voices } = c.result.report;
  const words = voices.reduce((sum, v) => sum + v.words, 0);
  const seconds = voices.reduce((sum, v) => sum + v.seconds, 0);
  // Its lines told apart by italics, bold or a font, maybe (emphasis-coded, said below): not "nothing tells them apart".
  const emphasis = c.result.report.warnings.some((warning) => warning.code === 'emphasis-coded');
  return t(emphasis ? 'oneColourEmphasis' : 'oneColour', { colour: one.headingsAside ? t('oneColourHeadingsAside', { colour }) : colour, words: w.words(words), time: w.duration(seconds) });
}

/** Why lines in capitals standing alone were not offered as voices, and what to do from the page. */
function nameLineDoubtText(names: string[], reason: string): HTMLElement {
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')}…` : w.list(names);
  const why = reason === 'none-recurs' ? t('nameLinesNoneRecurs', { names: shown }) : reason === 'one-recurs' ? t('nameLinesOneRecurs', { names: shown }) : t('nameLinesTooFew', { names: shown });
  const first = names[0]!;
  // The config's line as code (the sentence around it in the page's words).
  const [before, after] = t('nameLinesThen').split('{example}');
  return h('span', {}, `${why} ${before ?? ''}`, h('code', {}, `voices: { ${first}: { label: "${first}" } }`), after ?? '');
}

function mineSection(c: Current): HTMLElement {
  const { report } = c.result;
  const select = h('select', { id: 'voice' }, h('option', { value: '' }, t('chooseVoice')));
  // A script all in one colour: its colour group is the whole script, chosen only on purpose.
  const whole = c.result.oneColour?.group;
  // A colour only headings are in (the title block's): no one's lines, not offered as hers (said apart below).
  const titles = new Set(c.result.headingGroups);
  for (const voice of report.voices) if (!titles.has(voice.name) || voice.name === c.voice) select.append(h('option', { value: voice.name, selected: voice.name === c.voice }, voice.name === whole ? t('readAll', { colour: voiceLabel(voice.name) }) : voiceLabel(voice.name)));
  select.addEventListener('change', () => {
    if (!current) return;
    current.voice = select.value || null;
    if (current.voice) storage()?.setItem(`vo-lines:voice:${current.file.name}`, current.voice);
    render();
  });
  const voice = report.voices.find((v) => v.name === c.voice);
  // "I read all of it", chosen on purpose.
  const readsAll = whole !== undefined && voice?.name === whole;
  let total: HTMLElement;
  // Speakers' names waiting: the button is the way; in one colour, "I read all of it" is hers to choose too.
  if (labelsWaiting(c.result) && !report.recorded && !readsAll) total = h('p', { class: 'total' }, t(whole ? 'labelsPickOrAll' : 'labelsPick', { use: t('useLabels') }));
  else if (whole && !voice) total = h('p', { class: 'total' }, t('oneColourPick'));
  else if (!report.recorded && c.result.source === 'colours' && !readsAll) total = h('p', { class: 'total' }, t('noLinesYet'));
  else if (!voice) total = h('p', { class: 'total' }, t('pickToSeeTotal'));
  else {
    total = h('p', { class: 'total' }, t('yourTotal', { words: w.words(voice.words), time: voiceTime(report, voice), total: w.words(report.total.words) }));
    // Chinese and Japanese are timed in characters a minute (measure/pace.ts).
    // Timed by syllables (a config's `timing: syllables`): said as it was worked out, not as a pace in words.
    const bySyllables = voice.syllables !== undefined && voice.syllablesPerSecond !== undefined;
    const paceKey = bySyllables ? 'yourTotalSpokenSyllables' : report.timing?.paceUnit === 'characters' ? 'yourTotalSpokenCharacters' : 'yourTotalSpoken';
    const rate = bySyllables ? new Intl.NumberFormat(w.locale, { maximumFractionDigits: 2 }).format(voice.syllablesPerSecond!) : '';
    total.append(' ', h('span', { class: 'aside' }, t(paceKey, { spoken: w.words(voice.spokenWords), wpm: w.number(voice.wpm), syllables: w.number(voice.syllables ?? 0), rate })));
    // Read by its colour, the script's speakers' names are counted as words: what the voices come to without them.
    const byNames = readsAll && labelsWaiting(c.result) ? c.result.oneColour?.byNames : null;
    if (byNames) total.append(' ', h('span', { class: 'aside names-counted' }, t('readAllNamesCounted', { use: t('useLabels'), words: w.words(byNames.words), time: w.duration(byNames.seconds) })));
  }
  total.id = 'my-total';
  total.setAttribute('aria-live', 'polite');
  const headings = report.voices.filter((v) => titles.has(v.name));
  const apart = headings.length
    ? h('p', { class: 'aside', id: 'heading-groups' }, t(headings.length === 1 ? 'headingGroup' : 'headingGroups', { colours: w.list(headings.map((v) => `${voiceLabel(v.name)} (${w.count(v.lineCount, { en: 'heading', fr: 'titre' }, { en: 'headings', fr: 'titres' })})`)) }))
    : null;
  return h('section', { id: 'mine', 'aria-label': t('iAm') }, h('p', { class: 'i-am' }, h('label', { for: 'voice' }, t('iAm')), ' ', select), apart, total);
}

/**
 * A time as the table shows it: the seconds shown (render/shown-times.ts, whole seconds that add up
 * as the command line's do), "less than a second" where that is 0 of a time that is not nothing.
 */
const shownDuration = (shown: number, seconds: number) => (shown === 0 && seconds > 0 ? t('lessThanASecond') : w.duration(shown));

/** A voice's time as the voices' table shows it (her total, her printed lines). */
const voiceTime = (report: Report, voice: VoiceReport) => shownDuration(shownTimes(report).byName.get(voice.name) ?? voice.seconds, voice.seconds);

function voicesSection(c: Current): HTMLElement {
  const { report, colourNames } = c.result;
  // Voices told by a name (or a style) rather than a colour: the column says how each is marked.
  const marked: Key = report.voices.every((v) => v.colors.length > 0 || v.highlights.length > 0) ? 'colour' : 'markedBy';
  const head = h('tr', {}, ...(['voice', marked, 'lines', 'words', 'spokenWords', 'share', 'time'] as Key[]).map((key) => h('th', { scope: 'col' }, t(key))));
  // Times to the second that add up (the command line's): the voices' to what is recorded, that and the unassigned text's to the whole.
  const shown = shownTimes(report);
  const row = (name: string, v: { lineCount: number; words: number; spokenWords: number; share: number; seconds: number }, seconds: number, colours: Node | string, cls?: string) =>
    h(
      'tr',
      { class: cls },
      h('th', { scope: 'row', 'data-label': t('voice') }, name),
      h('td', { 'data-label': t(marked) }, colours),
      h('td', { class: 'num', 'data-label': t('lines') }, w.number(v.lineCount)),
      h('td', { class: 'num', 'data-label': t('words') }, w.number(v.words)),
      h('td', { class: 'num', 'data-label': t('spokenWords') }, w.number(v.spokenWords)),
      h('td', { class: 'num', 'data-label': t('share') }, w.percent(v.share)),
      h('td', { class: 'num', 'data-label': t('time') }, shownDuration(seconds, v.seconds)),
    );
  const body = h('tbody');
  report.voices.forEach((voice, i) => body.append(row(voiceLabel(voice.name), voice, shown.voices[i]!, voiceColours(voice, colourNames, c.result.nameLines, true, c.result.labelsWritten), voice.name === c.voice ? 'mine' : undefined)));
  body.append(row(t('unassigned'), report.unassigned, shown.unassigned, ''));
  body.append(row(t('total'), { ...report.total, share: 1 }, shown.total, '', 'total-row'));
  const after = report.recorded ? h('p', {}, t('toRecord', { words: w.words(report.recorded.words), time: shownDuration(shown.recorded ?? report.recorded.seconds, report.recorded.seconds) })) : null;
  return section('voices', t('voicesTable'), h('div', { class: 'table-wrap' }, h('table', { class: 'voices cards' }, h('thead', {}, head), body)), after);
}

/** The script's sections or spots: each one's time (hers first, when she has chosen) against its length. */
function sectionsSection(c: Current): HTMLElement | null {
  const { sections } = c.result.report;
  if (sections.length === 0) return null;
  const mine = c.voice;
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('section')),
    mine ? h('th', { scope: 'col', class: 'num' }, t('yourWords')) : null,
    mine ? h('th', { scope: 'col', class: 'num' }, t('yourTime')) : null,
    h('th', { scope: 'col', class: 'num' }, t('allVoicesTime')),
    h('th', { scope: 'col' }, t('target')),
  );
  const body = h('tbody');
  // Sections inside sections (a chapter's screens, a campaign's spots): indented under it, as the command line's
  // summary shows them, and the one holding them says so (its words and time are theirs too).
  const top = Math.min(...sections.map((s) => s.level));
  sections.forEach((s, i) => {
    let held = 0;
    while (i + 1 + held < sections.length && sections[i + 1 + held]!.level > s.level) held++;
    const index = mine ? s.voices.findIndex((v) => v.name === mine) : -1;
    const hers = index >= 0 ? s.voices[index] : undefined;
    // Her time as `summary`'s section table shows it (measure/shown-times.ts: the voices' times add up to the
    // section's), one figure for both; but never less than her own time rounded as a line's is (half up): where the
    // shares cannot give every voice its rounded time (three 1.5 s lines in 4.5 s → 5 s: 2 + 2 + 1), a section shorter
    // than her one line in it on the same screen reads as a mistake, so that rule wins there, by a second (Guest's
    // 1.5 s line: "2 s", not the "1 s" of summary). README, "Sections on the page".
    const hersShown = hers ? Math.max(shownSectionTimes(s)[index]!, Math.round(hers.seconds)) : 0;
    const target =
      s.targetSeconds === null
        ? capital(t('noTarget'))
        : s.seconds <= s.targetSeconds
          ? t('within', { time: w.duration(s.seconds), target: w.duration(s.targetSeconds) })
          : t('over', { time: w.duration(s.seconds), target: w.duration(s.targetSeconds), over: w.over(s.seconds, s.targetSeconds) });
    const depth = Math.min(s.level - top, 4);
    body.append(
      h(
        'tr',
        { class: s.targetSeconds !== null && s.seconds > s.targetSeconds ? 'over' : undefined },
        // The text before the first heading has no title of its own: said in the page's language.
        h('th', { scope: 'row', 'data-label': t('section'), 'data-depth': depth > 0 ? String(depth) : undefined }, s.source === 'start' ? t('sectionStart') : s.title, ' ', h('span', { class: 'where' }, place(s.location), held > 0 ? ` · ${t(held === 1 ? 'sectionHoldsOne' : 'sectionHolds', { n: w.number(held) })}` : '')),
        mine ? h('td', { class: 'num', 'data-label': t('yourWords') }, w.number(hers?.words ?? 0)) : null,
        mine ? h('td', { class: 'num', 'data-label': t('yourTime') }, shownDuration(hersShown, hers?.seconds ?? 0)) : null,
        h('td', { class: 'num', 'data-label': t('allVoicesTime') }, w.duration(s.seconds)),
        h('td', { 'data-label': t('target') }, target, s.targetFrom === 'config' ? ` ${t('targetFromConfig')}` : ''),
      ),
    );
  });
  return section('sections', t('sections'), h('p', {}, t('sectionsHint')), h('div', { class: 'table-wrap' }, h('table', { class: 'sections cards' }, h('thead', {}, head), body)));
}

/**
 * Text as the search compares it: what a keyboard types matches what Word wrote. Case, accents
 * ("hotel" finds « hôtel »), ligatures ("coeur" finds « cœur »), curly apostrophes and quotes (a
 * typed ' finds « l’accueil »), dashes and the no-break spaces of French typography are set aside.
 */
function searchForm(text: string): string {
  return text
    .toLocaleLowerCase(w.locale)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BC\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u0153/g, 'oe')
    .replace(/\u00E6/g, 'ae')
    .replace(/\u00DF/g, 'ss')
    .replace(/\s+/gu, ' ');
}

function linesSection(c: Current): HTMLElement | null {
  const voice = c.result.report.voices.find((v) => v.name === c.voice);
  if (!voice) return null;
  const search = h('input', { type: 'search', id: 'search', value: c.search, autocomplete: 'off' });
  const list = h('ol', { class: 'lines', id: 'lines-list' });
  const shown = h('p', { id: 'lines-shown', 'aria-live': 'polite' });
  const fill = () => {
    const query = searchForm(search.value.trim());
    const lines = voice.lines.filter((line) => !query || searchForm(line.text).includes(query) || searchForm(line.cue?.text ?? '').includes(query));
    list.replaceChildren(...lines.map(lineItem));
    keepWhole(list);
    // "1 of 1 line shown"; « 1 réplique sur 6 affichée » (French agrees with the lines shown).
    const one = lang === 'fr' ? lines.length <= 1 : voice.lines.length === 1;
    shown.textContent = t(one ? 'searchShownOne' : 'searchShown', { shown: w.number(lines.length), count: w.number(voice.lines.length) });
  };
  search.addEventListener('input', () => {
    if (current) current.search = search.value;
    fill();
  });
  fill();
  const print = h('button', { type: 'button', id: 'print' }, t('print'));
  print.addEventListener('click', () => window.print());
  // What "¶12" and "ID" under each line mean, once, above them (a tooltip is no help on a phone).
  const key = h('p', { class: 'aside lines-key', id: 'lines-key' }, t('linesKey'));
  return section('lines', t('myLinesOf', { voice: voiceLabel(voice.name) }), h('p', { class: 'search' }, h('label', { for: 'search' }, t('search')), ' ', search, ' ', print), key, shown, list);
}

/**
 * A line's text as a reader sees it: its soft line breaks (Line.breaks: a jingle's sung lines, `- Oui.⏎- Non.`) put back,
 * shown by the stylesheet's `white-space: pre-line`.
 */
const seenText = (line: { text: string; breaks?: number[] }) => withLineBreaks(line.text, line.breaks);

/** A cue as the booth script prints it (render/cue.ts): a long one cut to its last sentences within 40 words, after "…". */
function cueText(cue: NonNullable<LineReport['cue']>): string {
  const tail = cueTail(cue.text, cue.breaks);
  return withLineBreaks(tail.text, tail.breaks);
}

function lineItem(line: LineReport): HTMLElement {
  const item = h('li', { class: 'line', 'data-id': line.id });
  if (line.cue) item.append(h('p', { class: 'cue' }, `${t('cueBy', { voice: line.cue.voice === null ? t('unassignedText') : voiceLabel(line.cue.voice) })} ${cueText(line.cue)}`));
  item.append(
    h('p', { class: 'line-text' }, seenText(line)),
    h('p', { class: 'line-meta' }, `${place(line.location)} · ${w.words(line.words)} · ${w.duration(line.seconds)} · ID${NBSP}${line.id}`),
  );
  return item;
}

function namingSection(c: Current): HTMLElement {
  const { groups, colourNames } = c.result;
  const names = c.settings.names ?? {};
  const form = h('form', { id: 'naming-form' });
  for (const [i, group] of groups.entries()) {
    const id = `name-${i}`;
    const colour = `${colourName(group.hex, colourNames)}${group.background ? ` (${t('backgroundColour')})` : ''}`;
    form.append(
      h(
        'p',
        { class: 'naming-row' },
        swatch(group.hex, group.background),
        h('label', { for: id }, t('nameFor', { colour })),
        h('input', { id, name: group.name, type: 'text', value: names[group.name] ?? '', autocomplete: 'off' }),
        h('span', { class: 'aside' }, `${w.words(group.words)} · ${w.quote(group.sample, 50)}`),
      ),
    );
  }
  const forget = h('button', { type: 'button', id: 'forget-names' }, t('clearNames'));
  form.append(h('p', {}, h('button', { type: 'submit', id: 'apply-names' }, t('apply')), ' ', forget));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current) return;
    const given: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=text]')) if (input.value.trim()) given[input.name] = input.value.trim();
    const shown = groups.map((group) => group.name);
    const file = current.file.name;
    // Kept for the file's name only once they apply: names that fail are never remembered.
    void rerun({ ...current.settings, names: given, shown, remembered: undefined, config: undefined }).then((applied) => applied && storage()?.setItem(namesKey(file), JSON.stringify({ names: given, shown })));
  });
  forget.addEventListener('click', () => {
    if (!current) return;
    storage()?.removeItem(namesKey(current.file.name));
    void rerun({ ...current.settings, names: undefined, shown: undefined, remembered: undefined });
  });
  return section('naming', t('nameColours'), h('p', {}, t('nameColoursHint', { file: c.file.name })), form);
}

/** The script read again with other settings; false when that failed (the error is shown). */
async function rerun(settings: Settings): Promise<boolean> {
  if (!current) return false;
  clearError();
  try {
    await analyse(current.file, settings, false);
    return true;
  } catch (error) {
    hideProgress();
    setStatus('');
    showError(error);
    return false;
  }
}


function settingsSection(c: Current): HTMLElement {
  // Chinese and Japanese are timed in characters a minute (measure/pace.ts): the presets, in words a minute, do not apply.
  const characters = c.result.report.timing?.paceUnit === 'characters';
  const input = h('input', { id: 'wpm', type: 'number', min: '40', max: characters ? '800' : '400', step: '1', inputmode: 'numeric', value: c.settings.wpm === undefined ? '' : String(c.settings.wpm), placeholder: String(c.result.report.total.wpm) });
  const paceChoice = (): HTMLElement => {
    if (characters) return h('p', { class: 'aside', id: 'pace-characters' }, t('paceCharactersHint', { pace: w.number(c.result.report.total.wpm) }));
    const preset = h('select', { id: 'pace-preset' }, h('option', { value: '' }, t('paceFromScript')), ...Object.entries(PACE_PRESETS).map(([name, wpm]) => h('option', { value: String(wpm), selected: c.settings.wpm === wpm }, `${w.presetName(name)} (${wpm})`)));
    preset.addEventListener('change', () => {
      input.value = preset.value;
      input.setCustomValidity('');
    });
    return h('p', {}, h('label', { for: 'pace-preset' }, t('pacePreset')), ' ', preset);
  };
  const form = h(
    'form',
    // The page checks the pace itself, in its language (the browser's own message is in the browser's).
    { id: 'pace-form', novalidate: true },
    h('p', {}, h('label', { for: 'wpm' }, t(characters ? 'paceCharacters' : 'pace')), ' ', input),
    paceChoice(),
    h('p', { class: 'aside' }, t('paceHint')),
    h('p', {}, h('button', { type: 'submit', id: 'apply-pace' }, t('apply'))),
  );
  input.addEventListener('input', () => input.setCustomValidity(''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current) return;
    const value = Number(input.value);
    const { min, max } = { min: Number(input.min), max: Number(input.max) };
    const out = input.validity.badInput || (input.value.trim() !== '' && (!Number.isInteger(value) || value < min || value > max));
    input.setCustomValidity(out ? t('paceRange', { min: w.number(min), max: w.number(max) }) : '');
    if (out) {
      input.reportValidity();
      return;
    }
    void rerun({ ...current.settings, wpm: input.value.trim() && Number.isFinite(value) && value > 0 ? value : undefined });
  });
  return section('settings', t('settings'), form);
}

function downloadsSection(c: Current): HTMLElement {
  const button = (what: Download, label: Key, disabled = false) => {
    const b = h('button', { type: 'button', id: `download-${what}`, disabled }, t(label));
    b.addEventListener('click', () => void download(what));
    return b;
  };
  const list = h(
    'ul',
    { class: 'downloads' },
    h('li', {}, button('xlsx', 'xlsx')),
    h('li', {}, button('csv-voice', 'csvMine', !c.voice)),
    h('li', {}, button('csv-all', 'csvAll')),
    h('li', {}, button('json', 'json')),
    h('li', {}, button('config', c.settings.config ? 'configDropped' : 'config')),
  );
  // The dropped config comes back as it was written, but for a pace set on the page, written in it (in place of its own): said.
  const paceNote = c.settings.config && c.settings.wpm !== undefined ? h('p', { class: 'aside', id: 'config-pace-note' }, t(c.result.report.timing?.paceUnit === 'characters' ? 'configPaceNoteCharacters' : 'configPaceNote', { wpm: w.number(c.settings.wpm), raw: String(c.settings.wpm) })) : null;
  return section('downloads', t('downloads'), h('p', { class: 'aside' }, t('downloadsHint')), list, ...(paceNote ? [paceNote] : []));
}

async function download(what: Download): Promise<void> {
  if (!current) return;
  try {
    const reply = await ask({ kind: 'download', what, voice: current.voice ?? undefined, excel: lang }, current.file.name);
    if (reply.kind !== 'download') return;
    const url = URL.createObjectURL(new Blob([reply.file.bytes as Uint8Array<ArrayBuffer>], { type: reply.file.type }));
    const link = h('a', { href: url, download: reply.file.name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    showError(error);
  }
}

/**
 * The page's own button for a file input kept out of sight: the browser's button speaks the
 * browser's language ("Choose Files"; "No file chosen" read out by a screen reader), this one the
 * page's. The input stays in the page (its files, its chooser), out of the tab order and of the
 * accessibility tree; the button opens its chooser.
 */
function fileButton(button: HTMLButtonElement, input: HTMLInputElement): void {
  button.addEventListener('click', () => input.click());
}

/** Files dropped on this zone go to `take` (and not to the page-wide drop handler); it lights up while dragged over. */
function dropZone(zone: HTMLElement, take: (files: File[]) => void): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) take(files);
  });
}

function compareSection(c: Current): HTMLElement {
  const choose = h('button', { type: 'button', id: 'compare-choose' }, t('compareChoose'));
  const input = h('input', { type: 'file', id: 'compare-file', class: 'file-input', tabindex: '-1', 'aria-hidden': 'true', 'aria-labelledby': 'compare-choose', accept: '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  fileButton(choose, input);
  // Neither checked until she says or the files do: a newer file taken for the older would show added words as removed.
  const older = h('input', { type: 'radio', name: 'other-age', id: 'other-older', value: 'older', checked: c.diff?.otherIsOlder === true });
  const newer = h('input', { type: 'radio', name: 'other-age', id: 'other-newer', value: 'newer', checked: c.diff?.otherIsOlder === false });
  // What she said; after a comparison ordered by the files' dates the choice shows that order, and the next file dropped is ordered by its own dates again.
  const said = () => (c.diff && c.diff.order.by !== 'said' ? undefined : older.checked ? true : newer.checked ? false : undefined);
  const age = h(
    'fieldset',
    { class: 'other-age' },
    h('legend', {}, t('otherIs')),
    older,
    h('label', { for: 'other-older' }, t('otherOlder')),
    ' ',
    newer,
    h('label', { for: 'other-newer' }, t('otherNewer')),
  );
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void compareWith(file, said());
  });
  // Compared the wrong way round: turning the choice compares the same two files again, the other way; asked, it answers.
  for (const radio of [older, newer]) {
    radio.addEventListener('change', () => {
      if (current?.compareAsk) void compareWith(current.compareAsk, older.checked);
      else if (current?.diff && current.diff.otherIsOlder !== older.checked) void compareWith(current.diff.otherFile, older.checked);
    });
  }
  // The other version dropped here is compared (not read as a new script, as elsewhere on the page).
  const zone = h('div', { class: 'drop compare-drop' }, h('p', {}, t('compareDrop')), h('p', { class: 'choose' }, choose, input));
  dropZone(zone, (files) => void compareWith(files.find((f) => SCRIPT_TYPES.test(f.name)) ?? files[0]!, said()));
  const out = c.compareAsk ? orderAsk(c, c.compareAsk) : c.diff ? diffView(c, c.diff.diff) : null;
  return section('compare', t('compare'), h('p', {}, t('compareHint')), age, zone, out);
}

/** The two files do not say which is older: she is asked, in words she cannot miss, before any comparison is shown. */
function orderAsk(c: Current, file: File): HTMLElement {
  const olderButton = h('button', { type: 'button', id: 'order-older' }, t('orderOtherOlder', { other: file.name }));
  const newerButton = h('button', { type: 'button', id: 'order-newer' }, t('orderOtherNewer', { other: file.name }));
  olderButton.addEventListener('click', () => void compareWith(file, true));
  newerButton.addEventListener('click', () => void compareWith(file, false));
  return h('div', { class: 'order-ask notice', id: 'order-ask', role: 'group', 'aria-labelledby': 'order-ask-title' }, h('p', { id: 'order-ask-title', tabindex: '-1' }, h('strong', {}, t('orderAsk', { file: c.file.name, other: file.name }))), h('p', {}, olderButton, ' ', newerButton));
}

/** How the older version was told, under the comparison's title: from the files' own dates, with a swap beside it. */
function orderText(c: Current, diff: ScriptDiff): HTMLElement | null {
  const order = c.diff?.order;
  if (!order || order.by === 'said') return null;
  const values = { old: diff.old.file, new: diff.new.file };
  // The day, and the time too when both were saved the same day (in her time zone).
  const day = (iso: string) => new Intl.DateTimeFormat(w.locale, { dateStyle: 'long' }).format(new Date(iso));
  const sameDay = order.by !== 'revision' && day(order.older) === day(order.newer);
  const when = (iso: string) => new Intl.DateTimeFormat(w.locale, sameDay ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(new Date(iso));
  const text =
    order.by === 'revision'
      ? t('orderByRevision', { ...values, olderRevision: w.number(order.older), newerRevision: w.number(order.newer) })
      : t(order.by === 'modified' ? 'orderByModified' : 'orderByCreated', { ...values, olderDate: when(order.older), newerDate: when(order.newer) });
  const swap = h('button', { type: 'button', id: 'order-swap' }, t('orderSwap'));
  swap.addEventListener('click', () => void (current?.diff && compareWith(current.diff.otherFile, !current.diff.otherIsOlder)));
  return h('p', { class: 'notice', id: 'order-by' }, text, ' ', swap);
}

async function compareWith(file: File, otherIsOlder: boolean | undefined): Promise<void> {
  if (!current) return;
  clearError();
  try {
    const bytes = await bytesOf(file);
    showProgress(file.name, null);
    const reply = await ask({ kind: 'compare', file: { name: file.name, bytes }, ...(otherIsOlder === undefined ? {} : { otherIsOlder }) }, file.name, (p) => showProgress(file.name, p), [bytes.buffer]);
    hideProgress();
    if (!current) return;
    if (reply.kind === 'compare-ask') {
      // Nothing compared yet: which is older is hers to say.
      current.diff = null;
      current.compareAsk = file;
      render();
      done();
      const asked = () => t('statusOrderAsk', { other: file.name });
      setStatus(asked(), asked);
      document.getElementById('order-ask-title')?.focus();
      return;
    }
    if (reply.kind !== 'compared') return;
    current.compareAsk = undefined;
    current.diff = { diff: reply.diff, colourNames: reply.colourNames, sides: reply.sides, groups: reply.groups, marks: reply.marks, other: file.name, otherFile: file, otherIsOlder: reply.otherIsOlder, order: reply.order };
    render();
    done();
    const said = (name: string) => () => t('statusCompared', { file: name, other: file.name });
    setStatus(said(current.file.name)(), said(current.file.name));
    document.getElementById('diff-title')?.focus();
  } catch (error) {
    hideProgress();
    setStatus('');
    showError(error);
  }
}

function signed(n: number): string {
  return n > 0 ? `+${w.number(n)}` : n < 0 ? `−${w.number(-n)}` : '±0';
}

function voiceChanges(v: VoiceDiff): string {
  const parts: string[] = [];
  const add = (n: number, many: Key, one: Key) => n && parts.push(`${w.number(n)}${NBSP}${t(n === 1 ? one : many)}`);
  add(v.added.length, 'added', 'addedOne');
  add(v.removed.length, 'removed', 'removedOne');
  add(v.changed.length, 'changed', 'changedOne');
  add(v.reassignedIn.length, 'gained', 'gainedOne');
  add(v.reassignedOut.length, 'lost', 'lostOne');
  add(v.moved.length, 'moved', 'movedOne');
  // "+1 word", "−3 words"; in French 0 and 1 take the singular (« ±0 mot »).
  const delta = Math.abs(v.words.delta);
  const one = delta === 1 || (lang === 'fr' && delta === 0);
  return parts.length ? `${parts.join(', ')} · ${signed(v.words.delta)}${NBSP}${t(one ? 'wordDelta' : 'wordsDelta')}` : capital(t('noChange'));
}

/** A line's word difference: removed words struck, added ones underlined, the spaces around them left unmarked (as the command line's `[-…-]`). */
function markedText(words: WordPart[]): HTMLElement {
  const text = h('p', { class: 'line-text' });
  for (const part of words) {
    const [lead, core, trail] = part.kind === 'same' ? ['', '', ''] : outerSpace(part.text);
    if (!core) text.append(part.text);
    else text.append(lead, h(part.kind === 'added' ? 'ins' : 'del', {}, core), trail);
  }
  return text;
}

/** The text a word difference was made from (its line as it was): the words kept and removed. */
const oldText = (words: WordPart[]) => words.filter((part) => part.kind !== 'added').map((part) => part.text).join('');

/** Places in a sentence: "¶6 and ¶7", "¶6, ¶7 and ¶8". */
function placesText(locations: Location[]): string {
  const all = locations.map(place);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')}${t('wAnd')}${all[all.length - 1]}`;
}

/** Lines of one voice cut into other paragraphs (the command line's "(¶6 and ¶7 joined)"). */
function regroupedText(r: Regrouped): string {
  const old = placesText(r.old.map((line) => line.location)), now = placesText(r.new.map((line) => line.location));
  if (r.how === 'joined') return t('regroupJoined', { old });
  if (r.how === 'split') return t('regroupSplit', { old, n: w.number(r.new.length), new: now });
  return t('regroupRecut', { old, new: now });
}

/**
 * Where a line's sentences went or came from (`SentenceMove`), as the command line's "(sentence moved
 * to ¶3)": one phrase per other line, the other line's voice named when it is not this one.
 */
function movesText(moves: readonly SentenceMove[], voice: string | null, label: (name: string) => string): string {
  const phrases = new Map<string, { move: SentenceMove; count: number }>();
  for (const move of moves) {
    const key = `${move.direction} ${move.voice ?? ''} ${place(move.location)}`;
    const seen = phrases.get(key);
    if (seen) seen.count++;
    else phrases.set(key, { move, count: 1 });
  }
  return [...phrases.values()]
    .map(({ move, count }) => {
      const where = move.voice === voice ? place(move.location) : t('diffMoveVoice', { voice: move.voice === null ? t('unassignedText') : label(move.voice), place: place(move.location) });
      const key: Key = move.direction === 'out' ? (count === 1 ? 'diffMovedTo' : 'diffMovedToMany') : count === 1 ? 'diffMovedFrom' : 'diffMovedFromMany';
      return t(key, { n: w.number(count), where });
    })
    .join(' · ');
}

/**
 * Where a line's words went or came from when found among another line's nearby, not word for word
 * (`WordsMove`), as the command line's "(10 words moved from Coach, ¶5)".
 */
function wordsMovedText(moves: readonly WordsMove[], voice: string | null, label: (name: string) => string): string {
  return moves
    .map((move) => {
      const where = move.voice === voice ? place(move.location) : t('diffMoveVoice', { voice: move.voice === null ? t('unassignedText') : label(move.voice), place: place(move.location) });
      return t(move.direction === 'out' ? 'diffWordsMovedTo' : 'diffWordsMovedFrom', { words: w.words(move.words), where });
    })
    .join(' · ');
}

/**
 * The voice's changed lines as the command line lists them (render/diff-text.ts): in the new version's
 * reading order (each line's `rank`), a removed line where it stood, before the line that now follows
 * it; a sentence moved to or from another line said so on both.
 */
function diffRows(mine: VoiceDiff, label: (name: string) => string): { item: HTMLElement; rank: number }[] {
  const rows: { item: HTMLElement; rank: number }[] = [];
  const row = (rank: number, tag: Key, meta: string, text: HTMLElement) => rows.push({ rank, item: h('li', {}, h('span', { class: 'tag' }, capital(t(tag))), ' ', h('span', { class: 'line-meta' }, meta), text) });
  // Sentences moved word for word, then words found among another line's nearby (`wordsMoved`), as the command line's brackets.
  const moved = (line: { moves?: SentenceMove[]; wordsMoved?: WordsMove[] }) =>
    [line.moves?.length ? movesText(line.moves, mine.voice, label) : '', line.wordsMoved?.length ? wordsMovedText(line.wordsMoved, mine.voice, label) : ''].filter(Boolean).map((text) => ` · ${text}`).join('');
  // A line that also changed place (another line kept between where it was and where it is): from where, as `diff` says it.
  const movedFrom = (line: { moved?: boolean; oldLocation: Location }) => (line.moved ? ` · ${t('movedFromPlace', { place: place(line.oldLocation) })}` : '');
  for (const line of mine.changed) row(line.rank, 'changedOne', `${place(line.location)}${line.regrouped ? ` · ${regroupedText(line.regrouped)}` : ''}${movedFrom(line)}${moved(line)}`, markedText(line.words));
  for (const line of mine.added) row(line.rank, 'addedOne', `${place(line.location)}${moved(line)}`, h('p', { class: 'line-text' }, h('ins', {}, line.text)));
  for (const line of mine.removed) row(line.rank, 'removedOne', `${place(line.location)}${moved(line)}`, h('p', { class: 'line-text' }, h('del', {}, line.text)));
  // A line given to another voice and edited too shows its edit (`words`).
  const edited = (words: WordPart[] | undefined) => (words ? ` · ${t('editedToo')}` : '');
  for (const line of mine.reassignedIn) row(line.rank, 'gainedOne', `${place(line.location)} · ${line.from === null ? t('unassignedText') : label(line.from)}${edited(line.words)}${movedFrom(line)}`, line.words ? markedText(line.words) : h('p', { class: 'line-text' }, line.text));
  for (const line of mine.reassignedOut) row(line.rank, 'lostOne', `${place(line.oldLocation)} · ${line.to === null ? t('unassignedText') : label(line.to)}${edited(line.words)}${line.moved ? ` · ${t('movedToPlace', { place: place(line.location) })}` : ''}`, h('p', { class: 'line-text' }, h('del', {}, line.words ? oldText(line.words) : line.text)));
  for (const line of mine.moved) row(line.rank, 'movedOne', `${place(line.oldLocation)} → ${place(line.location)}`, h('p', { class: 'line-text' }, line.text));
  // Removed lines before one same line share its rank less a half: the stable sort keeps them in the old version's order.
  return rows.sort((a, b) => a.rank - b.rank);
}

function diffView(c: Current, diff: ScriptDiff): HTMLElement {
  const title = t('compareOldNew', { old: diff.old.file, new: diff.new.file });
  const label = diffLabel(c);
  const table = h('table', { class: 'diff' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('voice')), h('th', { scope: 'col' }, t('lines')), h('th', { scope: 'col' }, t('words')))));
  const body = h('tbody');
  for (const v of [...diff.voices, diff.unassigned]) {
    body.append(h('tr', { class: v.name === c.voice ? 'mine' : undefined }, h('th', { scope: 'row' }, v.voice === null ? t('unassigned') : label(v.name)), h('td', {}, voiceChanges(v)), h('td', { class: 'num' }, `${w.number(v.words.old)} → ${w.number(v.words.new)}`)));
  }
  table.append(body);
  const mine = diff.voices.find((v) => v.name === c.voice);
  const details: Child[] = [];
  if (mine) {
    const list = h('ul', { class: 'diff-lines' });
    for (const row of diffRows(mine, label)) list.append(row.item);
    details.push(h('h4', {}, t('changesOf', { voice: label(mine.name) })), list.childElementCount ? list : h('p', {}, capital(t('noChange'))));
  }
  const warnings = diffWarnings(c, diff);
  return h('div', { class: 'diff-view' }, h('h4', { id: 'diff-title', tabindex: '-1' }, title), orderText(c, diff), warnings, h('div', { class: 'table-wrap' }, table), ...details);
}

/**
 * The comparison's warnings in the page's words: the diff's own (two voice maps), then what each
 * version's report said (its reader, its casting), under the version's name. The diff ends with them (its
 * copies are prefixed with the file's name in English): the worker sends each side's as they were made.
 */
function diffWarnings(c: Current, diff: ScriptDiff): HTMLElement | null {
  const names = c.diff?.colourNames ?? {};
  const label = diffLabel(c);
  const sides = c.diff?.sides;
  const readers = sides ? sides.old.length + sides.new.length : 0;
  const own = sides && readers <= diff.warnings.length ? diff.warnings.slice(0, diff.warnings.length - readers) : diff.warnings;
  const items: HTMLElement[] = own.map((warning) => h('li', {}, warningText(warning, names, label, diffMarks(c))));
  if (sides && own !== diff.warnings) {
    for (const [key, list, file] of [['sideBefore', sides.old, diff.old.file], ['sideAfter', sides.new, diff.new.file]] as const) {
      for (const warning of list) items.push(h('li', {}, `${t(key, { file })} `, warningText(warning, names, label), warningPlace(warning)));
    }
  }
  return items.length ? h('div', { class: 'doubts' }, h('ul', {}, ...items)) : null;
}

/** What "Print my lines" prints: a clean booth script (the print stylesheet shows only this). */
function boothSheet(c: Current): HTMLElement | null {
  const voice = c.result.report.voices.find((v) => v.name === c.voice);
  if (!voice) return null;
  const sheet = h(
    'article',
    { id: 'booth', class: 'booth', 'aria-hidden': 'true' },
    h('h2', {}, `${voiceLabel(voice.name)} — ${c.file.name}`),
    h('p', {}, t('yourTotal', { words: w.words(voice.words), time: voiceTime(c.result.report, voice), total: w.words(c.result.report.total.words) })),
    h('p', { class: 'aside' }, t('printedOn', { date: w.date(new Date()) })),
  );
  // The script's sections and spots above her lines, as `vo-lines sides` shows them: each heading once, before her
  // first line under it (a chapter's, then its screen's), so she knows where she is in the booth.
  const headings = c.result.report.sections.filter((s) => s.source !== 'start' && s.location.story === 'body').sort((a, b) => a.location.paragraph - b.location.paragraph);
  const open: { title: string; level: number }[] = [];
  let shown: { title: string; level: number }[] = [];
  let next = 0;
  for (const [i, line] of [...voice.lines].entries()) {
    if (line.location.story === 'body') {
      while (next < headings.length && headings[next]!.location.paragraph <= line.location.paragraph) {
        const heading = headings[next++]!;
        while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
        open.push({ title: heading.title, level: heading.level });
      }
      const firstNew = open.findIndex((o, k) => shown[k] !== o);
      if (firstNew >= 0) for (const o of open.slice(firstNew)) sheet.append(h('h3', { class: 'booth-heading' }, o.title));
      shown = [...open];
    }
    sheet.append(
      h(
        'section',
        { class: 'booth-line' },
        h('p', { class: 'line-meta' }, `#${i + 1} · ${place(line.location)} · ID${NBSP}${line.id}`),
        line.cue ? h('p', { class: 'cue' }, `${line.cue.voice === null ? capital(t('unassignedText')) : voiceLabel(line.cue.voice)}${w.colon}${cueText(line.cue)}`) : null,
        h('p', { class: 'line-text' }, seenText(line)),
      ),
    );
  }
  return sheet;
}

// ------------------------------------------------------------------------------------------------
// Wiring

function setLang(next: Lang): void {
  lang = next;
  w = new Words(lang);
  storage()?.setItem('vo-lines:lang', lang);
  render();
}

function init(): void {
  $('version').textContent = VO_LINES_VERSION;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) button.addEventListener('click', () => setLang(button.value as Lang));
  const input = $<HTMLInputElement>('file');
  fileButton($<HTMLButtonElement>('choose-file'), input);
  input.addEventListener('change', () => {
    if (input.files?.length) void openFiles([...input.files]);
    input.value = '';
  });
  dropZone($('drop'), (files) => void openFiles(files));
  // A file dropped anywhere else on the page is taken too (once results are shown the zone is small),
  // and never makes the browser open it and leave the page.
  // Back after a script is read: the drop screen again, the script forgotten (as "Start again"), not another site.
  window.addEventListener('popstate', () => {
    if (current && (history.state as { page?: string } | null)?.page !== RESULTS_STATE) startAgain();
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void openFiles(files);
  });
  render();
}

init();
