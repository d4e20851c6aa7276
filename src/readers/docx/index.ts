/** DOCX → `Script`: parts found through relationships, each read once; the body streamed. */
import { Budget } from '../../budget.js';
import { isUserError, UserError } from '../../errors.js';
import type { Location, Paragraph, ReadOptions, Run, Script, Story, Swatch, TableCell, TrackedChanges, Warning } from '../../model.js';
import { addMarks, noMarks, PROPERTY_ELEMENTS, StoryReader, type Look, type ParagraphMarks, type RawParagraph, type ReadTally, type UnterminatedField } from './body.js';
import { colourValue, onOff } from './properties.js';
import { plural, shortText } from '../../text/format.js';
import { chunkKind, ContentTypes, decodeText, MAX_CHUNK_DEPTH, textParagraphs, CHUNK_KIND_NAMES, type ChunkKind } from './chunks.js';
import { Cascade, type CellContext, type ParagraphContext, type ResolvedRun, type TableContext } from './cascade.js';
import { describeColour } from '../../colour/names.js';
import { WHITE } from '../../colour/hex.js';
import { StruckText } from '../struck.js';
import { readRelationships, type Relationship } from './relationships.js';
import { CORE_STORE, DataStores, EXTENDED_STORE, mentionsDataBinding, storeKey, type DataBinding } from './binding.js';
import { isLinkStyle, Styles } from './styles.js';
import { ParagraphIndents } from './indent.js';
import { Numbering, NUMBERING_ELEMENTS } from './numbering.js';
import { Theme, THEME_FONT_ELEMENTS, THEME_SLOTS } from './theme.js';
import { ZipPackage } from './zip.js';
import { notWordPackage } from './other-packages.js';
import { child, Ns, parseTree, parseXml, type XmlElement } from './xml.js';
import { tocWarning } from '../toc-warning.js';
import { MarkedLanguages } from './language.js';
import { countWords, normaliseSpace } from '../../text/words.js';
import { loweredForm, raisedForm } from '../scripts.js';

/**
 * The elements read from each tree part; nothing else of the part is built, so a part swollen
 * with other content (a settings.xml of megabytes) costs parsing time only.
 */
const TREE_ELEMENTS: Record<'styles' | 'theme' | 'settings' | 'numbering', ReadonlySet<string>> = {
  styles: new Set([...PROPERTY_ELEMENTS, 'styles', 'docDefaults', 'rPrDefault', 'pPrDefault', 'style', 'name', 'basedOn', 'pPr', 'tblStylePr', 'tblPr', 'tcPr']),
  theme: new Set(['theme', 'themeElements', 'clrScheme', ...THEME_SLOTS, 'srgbClr', 'sysClr', ...THEME_FONT_ELEMENTS]),
  settings: new Set(['settings', 'clrSchemeMapping', 'displayBackgroundShape']),
  numbering: NUMBERING_ELEMENTS,
};

/** Relationship kinds of the optional stories, in the order they are read. */
const EXTRA_STORIES: [Story, string][] = [
  ['header', 'header'],
  ['footer', 'footer'],
  ['footnote', 'footnotes'],
  ['endnote', 'endnotes'],
  ['comment', 'comments'],
];

export async function readDocx(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<Script> {
  // What is being read, for the message if something in the file breaks the reader.
  const at = { part: 'the zip directory' };
  try {
    return await readParts(bytes, file, options, at);
  } catch (error) {
    if (isUserError(error)) throw error;
    const detail = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160).replace(/\.$/, '');
    throw new UserError(`${file} is damaged: ${at.part} cannot be read (${detail}). Open it in Word and save it again.`, 'corrupt-docx', { where: at.part, error: detail });
  }
}

/** What the reading of a script shares across its packages: the script's, and Word documents imported into it. */
interface Reading {
  file: string;
  options: ReadOptions;
  at: { part: string };
  budget: Budget;
  tally: ReadTally;
  fieldWarnings: Warning[];
  /**
   * Word documents imported whole, opened once per package and part (a document may import the same
   * part again and again): the package, and the look its text is shown in, by `w:matchSrc`.
   */
  imported: Map<ZipPackage, Map<string, { inner: WordPackage; looks: Map<boolean, Look> }>>;
}

/** A Word package opened: its main part, its relationships and look, and a reader of its stories. */
interface WordPackage {
  zip: ZipPackage;
  mainPart: string;
  rels: Relationship[];
  /** The main part's relationships to files outside the package (a master document's subdocuments). */
  external: Relationship[];
  /** Settings say to show the page's background (`w:displayBackgroundShape`): Word shows its page colour. */
  showsPageColour: boolean;
  styles: Styles;
  theme: Theme;
  numbering: Numbering | null;
  look: Look;
  /** Each part's relationships, read once (chunks stand in headers, notes… as in the body). */
  relsOf(part: string): Promise<Relationship[]>;
  contentTypes(): Promise<ContentTypes>;
  readStory(part: string, story: Story): Promise<StoryReader>;
}

/** `inside`: the chunk part a Word document imported whole is, for messages ('' for the script). */
async function openPackage(zip: ZipPackage, reading: Reading, inside = ''): Promise<WordPackage> {
  const { file, at, budget, tally, options } = reading;
  const where = (part: string) => (inside ? `${part} of ${inside}` : part);
  at.part = where('_rels/.rels');
  const mainPart = (await readRelationships(zip, file, '')).find((r) => r.kind === 'officeDocument')?.target;
  if (!mainPart || !zip.has(mainPart)) {
    const other = await notWordPackage(zip, file);
    if (other) throw new UserError(other.message, 'not-a-docx', { kind: other.kind });
    throw new UserError(`${file} is a zip file but not a Word document (no main document part): vo-lines reads .docx and .pdf scripts.`, 'not-a-docx', { kind: 'zip' });
  }
  at.part = where(`the relationships of ${mainPart}`);
  const external: Relationship[] = [];
  const rels = await readRelationships(zip, file, mainPart, external);
  const partTree = async (kind: keyof typeof TREE_ELEMENTS): Promise<XmlElement | undefined> => {
    const target = rels.find((r) => r.kind === kind)?.target;
    if (target) at.part = where(target);
    const data = target ? await zip.read(target) : null;
    return data ? parseTree(data, file, target!, TREE_ELEMENTS[kind], budget) : undefined;
  };
  const styles = new Styles(await partTree('styles'), file);
  const themeTree = await partTree('theme');
  const settingsTree = await partTree('settings');
  const theme = Theme.from(themeTree, settingsTree);
  // Read for the indent of list paragraphs only: a numbering part that cannot be read leaves their indent unknown.
  let numbering: Numbering | null = null;
  try {
    numbering = new Numbering(await partTree('numbering'), styles);
  } catch (error) {
    if (isUserError(error) && error.code !== 'corrupt-docx') throw error;
  }
  const relations = new Map<string, Relationship[]>([[mainPart, rels]]);
  let types: ContentTypes | null = null;
  const isTocStyle = (styleId: string | undefined): boolean => {
    if (styleId === undefined) return false;
    return TOC_STYLE.test(styleId) || TOC_STYLE.test(styles.nameOf(styleId) ?? '');
  };
  // The data stores that content controls bind to, read once, for a part that has a binding.
  let stores: DataStores | null = null;
  const readStory = async (part: string, story: Story): Promise<StoryReader> => {
    at.part = where(part);
    const data = await zip.read(part);
    const before = { ...tally };
    if (data && !stores && mentionsDataBinding(data)) {
      stores = new DataStores(await storeParts(zip, file, rels), file, budget);
      at.part = where(part);
    }
    const bindings = stores ? (binding: DataBinding) => stores!.resolve(binding) : undefined;
    const countBinding = stores ? (binding: DataBinding) => stores!.count(binding) : undefined;
    const reader = new StoryReader(story, file, part, tally, { isTocStyle, bindings, countBinding });
    const progress = story === 'body' && !inside && options.progress ? (done: number, total: number) => options.progress!(done, total, 'byte') : undefined;
    if (!data) return reader;
    parseXml(data, file, part, reader, budget, progress);
    reader.finish();
    // Fields whose end never came hid what follows them: the part is read again, each ending where
    // it is taken to end (a few times at most, should a second reading find more), and each said.
    let last = reader;
    const ends: UnterminatedField[] = [];
    for (let pass = 1; last.unterminated.length && pass < FIELD_READINGS; pass++) {
      ends.push(...last.unterminated);
      Object.assign(tally, before);
      last = new StoryReader(story, file, part, tally, { isTocStyle, ends, bindings, countBinding });
      parseXml(data, file, part, last, budget);
      last.finish();
    }
    if (ends.length) reading.fieldWarnings.push(...unterminatedWarnings(ends.sort((a, b) => a.ordinal - b.ordinal), last.unterminated, where(part)));
    return last;
  };
  return {
    zip,
    mainPart,
    rels,
    external,
    // Word shows the page colour only with this setting on (it writes both).
    showsPageColour: onOff(child(settingsTree, Ns.W, 'displayBackgroundShape')) === true,
    styles,
    theme,
    numbering,
    look: { styles, cascade: new Cascade(styles, theme), indents: new ParagraphIndents(styles, numbering) },
    async relsOf(part) {
      let found = relations.get(part);
      if (!found) {
        at.part = where(`the relationships of ${part}`);
        found = await readRelationships(zip, file, part);
        relations.set(part, found);
      }
      return found;
    },
    async contentTypes() {
      if (!types) {
        at.part = where('[Content_Types].xml');
        types = await ContentTypes.of(zip, file);
      }
      return types;
    },
    readStory,
  };
}

/**
 * The parts content controls may be bound to, by store id: each custom XML part of the main part (or
 * the package) with the id its properties part gives (`ds:itemID`), and the core and extended
 * properties. A part that cannot be read is left out (its controls keep their saved text).
 */
async function storeParts(zip: ZipPackage, file: string, mainRels: Relationship[]): Promise<Map<string, { part: string; bytes: Uint8Array }>> {
  const found = new Map<string, { part: string; bytes: Uint8Array }>();
  let packageRels: Relationship[] = [];
  try {
    packageRels = await readRelationships(zip, file, '');
  } catch (error) {
    if (!isUserError(error) || error.code === 'timeout') throw error;
  }
  const add = async (id: string | undefined, part: string): Promise<void> => {
    if (!id || found.has(storeKey(id))) return;
    const bytes = await zip.read(part);
    if (bytes) found.set(storeKey(id), { part, bytes });
  };
  for (const rel of [...mainRels, ...packageRels]) {
    try {
      if (rel.kind === 'core-properties') await add(CORE_STORE, rel.target);
      else if (rel.kind === 'extended-properties') await add(EXTENDED_STORE, rel.target);
      else if (rel.kind === 'customXml' && found.size < 1000) {
        const props = (await readRelationships(zip, file, rel.target)).find((r) => r.kind === 'customXmlProps');
        const bytes = props ? await zip.read(props.target) : null;
        if (bytes) await add(parseTree(bytes, file, props!.target, STORE_PROPS).attrs.get('itemID'), rel.target);
      }
    } catch (error) {
      if (!isUserError(error) || error.code === 'timeout') throw error;
    }
  }
  return found;
}

const STORE_PROPS: ReadonlySet<string> = new Set(['datastoreItem']);

/** Content controls that show their bound data, not the text saved in them; and those whose binding was not read. */
function bindingWarnings(shown: { control: string; saved: string; shown: string }[], unread: { control: string; saved: string; kind: string }[]): Warning[] {
  const warnings: Warning[] = [];
  const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
  if (shown.length) {
    const pairs = shown.slice(0, 3).map((b, k) => `${quote(b.saved)} ${k === 0 ? 'is shown as' : 'as'} ${b.shown ? quote(b.shown) : 'nothing (the data is empty: Word shows a grey prompt)'}`);
    const count = shown.length === 1 ? 'A content control is' : `${shown.length} content controls are`;
    warnings.push({
      code: 'data-binding-shown',
      message: `${count} bound to data that Word shows instead of the text saved in ${shown.length === 1 ? 'it' : 'them'}: ${pairs.join(', ')}${shown.length > 3 ? ', …' : ''}. vo-lines reads what Word shows. (A tool filled the data and left the old text in the ${shown.length === 1 ? 'control' : 'controls'}; open the file in Word and save it again to make them agree.)`,
      details: { controls: shown.length, first: shown.slice(0, 3) },
    });
  }
  if (unread.length) {
    const count = unread.length === 1 ? 'A content control is' : `${unread.length} content controls are`;
    warnings.push({
      code: 'data-binding-unread',
      message: `${count} bound to data vo-lines cannot read (${unread.slice(0, 3).map((b) => quote(b.control)).join(', ')}${unread.length > 3 ? ', …' : ''}): the text saved in ${unread.length === 1 ? 'it' : 'them'} (${unread.slice(0, 3).map((b) => quote(b.saved)).join(', ')}${unread.length > 3 ? ', …' : ''}) is read, but Word may show other text there. Check these lines in Word.`,
      details: { controls: unread.length, first: unread.slice(0, 3) },
    });
  }
  return warnings;
}

/**
 * Repeating sections (Word 2013's `w15:repeatingSection`) bound to data (`w15:dataBinding`): Word makes
 * one item for each element the binding selects, so data that holds another number of items than the
 * file (a tool added or removed some) shows other items than the ones read; and data vo-lines cannot
 * read may. The items in the file are read; said.
 */
function repeatingWarning(sections: { section: string; items: number; data: number | null }[]): Warning | null {
  if (!sections.length) return null;
  const one = (s: { section: string; items: number; data: number | null }) =>
    `"${s.section.length > 60 ? `${s.section.slice(0, 57)}...` : s.section}" holds ${s.items} ${s.items === 1 ? 'item' : 'items'} in the file, ${s.data === null ? 'and vo-lines cannot read its data' : `${s.data} in its data`}`;
  const count = sections.length === 1 ? 'A repeating section is' : `${sections.length} repeating sections are`;
  return {
    code: 'repeating-section-data',
    message: `${count} bound to data that may give Word another number of items to show: ${sections.slice(0, 3).map(one).join('; ')}${sections.length > 3 ? '; …' : ''}. vo-lines reads the items saved in the file. Open it in Word, check ${sections.length === 1 ? 'that section' : 'those sections'} and save it again.`,
    details: { sections: sections.length, first: sections.slice(0, 3) },
  };
}

/** What a story read gives besides its paragraphs: gathered over the script and the documents imported into it. */
interface Gathered {
  tocEntries: string[];
  placeholders: string[];
  /** Content controls showing their bound data, and those whose binding was not read (bindingWarnings). */
  boundShown: StoryReader['boundShown'][number][];
  boundUnread: StoryReader['boundUnread'][number][];
  /** Bound repeating sections whose data holds another number of items (repeatingWarning). */
  repeating: StoryReader['repeatingSections'][number][];
  trackedChanges: boolean;
  /** The first equations read, as written. */
  equationTexts: string[];
  /** Tracked changes counted where no paragraph took them. */
  unplaced: ParagraphMarks;
}

async function readParts(bytes: Uint8Array, file: string, options: ReadOptions, at: { part: string }): Promise<Script> {
  const budget = Budget.of(file, options);
  const tally: ReadTally = { paragraphs: 0, runs: 0, textChars: 0 };
  const reading: Reading = { file, options, at, budget, tally, fieldWarnings: [], imported: new Map() };
  const zip = new ZipPackage(bytes, file);
  const word = await openPackage(zip, reading);
  const { mainPart, rels } = word;
  const gathered: Gathered = { tocEntries: [], placeholders: [], boundShown: [], boundUnread: [], repeating: [], trackedChanges: false, equationTexts: [], unplaced: noMarks() };

  const body = await word.readStory(mainPart, 'body');
  if (body.root?.ns !== Ns.W || body.root.name !== 'document') {
    const other = await notWordPackage(zip, file);
    if (other) throw new UserError(other.message, 'not-a-docx', { kind: other.kind });
    throw new UserError(
      `${file} is an Office file but not a Word document (its main part is ${body.root?.name ?? 'empty'}): vo-lines reads .docx and .pdf scripts.`,
      'not-a-docx',
      { kind: 'office', ...(body.root ? { mainElement: body.root.name } : {}) },
    );
  }
  // The page's colour (Page Color), when not white: what text on no background of its own stands on.
  // Word shows it only when its settings say so (Word writes both); a picture, a gradient, a texture
  // or a pattern is no one colour: what text on the page stands on is then not known.
  const pageSpec = word.showsPageColour ? body.pageBackground : undefined;
  const pageUnknown = pageSpec !== undefined && body.pageFillEffect;
  const page = pageSpec && !pageUnknown ? colourValue(word.theme, pageSpec.val, pageSpec.themeColor, pageSpec.themeTint, pageSpec.themeShade) : null;
  if (page && page !== WHITE) word.look.cascade.page = page;
  const raw: RawParagraph[] = await withChunks(body, word, reading, gathered, 0);
  const wanted = new Set(options.include ?? []);
  // Headers and footers not read as lines are still read as furniture: where a legend may stand.
  const furniture: RawParagraph[] = [];
  // Footnotes and endnotes not read as lines are read to be counted: a narrator who reads them aloud is told.
  const notesLeftOut: NotesLeftOut = { footnote: 0, endnote: 0, paragraphs: [], unread: [], tracked: [], texts: [] };
  for (const [story, kind] of EXTRA_STORIES) {
    if (!wanted.has(story)) {
      // Read for a legend, or to be counted, only: what the reader would say of their fields is not about the lines.
      const said = reading.fieldWarnings.length;
      if (story === 'header' || story === 'footer') furniture.push(...(await furnitureOf(uniqueTargets(rels, kind), story, word.readStory)));
      if (story === 'footnote' || story === 'endnote') await countNotes(uniqueTargets(rels, kind), story, word.readStory, notesLeftOut, word.look);
      reading.fieldWarnings.length = said;
      continue;
    }
    for (const target of uniqueTargets(rels, kind)) {
      let reader;
      try {
        reader = await word.readStory(target, story);
      } catch (error) {
        // A damaged notes part asked for: the body and the other notes are read, the part is said (unreadNotesWarning).
        if ((story !== 'footnote' && story !== 'endnote') || (isUserError(error) && ['timeout', 'over-limit', 'too-large'].includes(error.code))) throw error;
        notesLeftOut.unread.push({ story, part: target });
        continue;
      }
      raw.push(...(await withChunks(reader, word, reading, { ...gathered, tocEntries: [], placeholders: [], boundShown: [], boundUnread: [], repeating: [] }, 0)));
      gathered.trackedChanges ||= reader.trackedChanges;
      addMarks(gathered.unplaced, reader.unplacedMarks);
      for (const text of reader.equationTexts) if (gathered.equationTexts.length < 3) gathered.equationTexts.push(text);
    }
  }

  at.part = `the formatting of ${mainPart}`;
  const marks: PlacedMarks[] = [];
  const script = toScript(raw, file, word.look, budget, marks);
  script.facts.trackedChanges = gathered.trackedChanges;
  if (page && page !== WHITE) script.facts.pageColour = page;
  if (pageUnknown) script.facts.pageUnknown = true;
  const changes = trackedChanges(marks, gathered.unplaced, script.paragraphs.length);
  if (changes) script.facts.changes = changes;
  const equations = equationsWarning(marks, gathered.equationTexts, script.paragraphs);
  if (equations) script.warnings.push(equations);
  const subdocuments = subdocumentWarning(body.subDocuments.map((id) => word.external.find((r) => r.id === id && r.kind === 'subDocument')?.target ?? ''), marks, script.paragraphs);
  if (subdocuments) script.warnings.push(subdocuments);
  if (furniture.length) {
    at.part = 'the headers and footers';
    const paragraphs = toScript(furniture.filter((p) => !p.chunk), file, word.look, budget).paragraphs;
    if (paragraphs.length) script.furniture = paragraphs;
  }
  if (notesLeftOut.paragraphs.length) {
    at.part = 'the footnotes and endnotes';
    const notes = notesWarning(notesLeftOut, toScript(notesLeftOut.paragraphs, file, word.look, budget).paragraphs, wanted);
    if (notes) script.warnings.push(notes);
  }
  // The notes not read as lines, for `diff` to say when they changed (none read: both kinds asked for).
  if (!wanted.has('footnote') || !wanted.has('endnote')) script.notesLeftOut = { notes: notesLeftOut.texts.map((n) => ({ story: n.story, text: normaliseSpace(n.text) })), alsoIncluded: EXTRA_STORIES.filter(([story]) => wanted.has(story)).map(([story]) => `${story}s`) };
  const trackedNotes = trackedNotesWarning(notesLeftOut.tracked, wanted);
  if (trackedNotes) script.warnings.push(trackedNotes);
  const unreadNotes = unreadNotesWarning(notesLeftOut.unread);
  if (unreadNotes) script.warnings.push(unreadNotes);
  const toc = tocWarning(gathered.tocEntries);
  if (toc) script.warnings.push(toc);
  script.warnings.push(...reading.fieldWarnings);
  const placeholders = placeholderWarning(gathered.placeholders);
  if (placeholders) script.warnings.push(placeholders);
  script.warnings.push(...bindingWarnings(gathered.boundShown, gathered.boundUnread));
  const repeating = repeatingWarning(gathered.repeating);
  if (repeating) script.warnings.push(repeating);
  const unread = script.warnings.filter((w) => w.code === 'alt-chunk-unread');
  if (!script.paragraphs.some((p) => p.location.story === 'body' || p.location.story === 'textbox')) {
    if (unread.length > 0) {
      const said = unread.filter((w) => w.details?.kind !== undefined);
      const kinds = [...new Set(said.map((w) => String(w.details!.kindName)))];
      throw new UserError(
        `${file} keeps its text in imported content (w:altChunk: ${kinds.join(', ')}) that Word merges in when it opens the file, which vo-lines cannot read: open it in Word, save it (Word turns it into ordinary text) and read the saved file, or ask for the script without imported parts.`,
        'alt-chunk-only',
        { kinds: [...new Set(said.map((w) => String(w.details!.kind)))] },
      );
    }
    throw new UserError(`${file} has no body text: is this the right file? (Headers, footers and notes are not read as script lines.)`, 'no-text');
  }
  return script;
}

/**
 * A story's paragraphs with each `w:altChunk` replaced by what it imports, where it can be read
 * exactly (a Word document, plain text), else left standing for toScript to say where it was not read.
 * What the story gathered (tables of contents, placeholders, tracked changes) is added to `gathered`.
 */
async function withChunks(reader: StoryReader, word: WordPackage, reading: Reading, gathered: Gathered, depth: number): Promise<RawParagraph[]> {
  gathered.tocEntries.push(...reader.tocEntries);
  gathered.placeholders.push(...reader.placeholders);
  for (const b of reader.boundShown) if (gathered.boundShown.length < 1000) gathered.boundShown.push(b);
  for (const b of reader.boundUnread) if (gathered.boundUnread.length < 1000) gathered.boundUnread.push(b);
  for (const r of reader.repeatingSections) if (gathered.repeating.length < 1000) gathered.repeating.push(r);
  gathered.trackedChanges ||= reader.trackedChanges;
  addMarks(gathered.unplaced, reader.unplacedMarks);
  for (const text of reader.equationTexts) if (gathered.equationTexts.length < 3) gathered.equationTexts.push(text);
  if (reader.altChunks === 0) return reader.paragraphs;
  const expand = async (list: RawParagraph[]): Promise<RawParagraph[]> => {
    const out: RawParagraph[] = [];
    for (const paragraph of list) {
      if (paragraph.anchored.length) paragraph.anchored = await expand(paragraph.anchored);
      if (!paragraph.chunk) {
        out.push(paragraph);
        continue;
      }
      const content = await chunkContent(paragraph, word, reading, gathered, depth);
      if (content) out.push(...content);
      else out.push(paragraph);
    }
    return out;
  };
  return expand(reader.paragraphs);
}

/**
 * The paragraphs `chunk` imports, or null when they cannot be read (then `chunk.unread` says why).
 * Errors that concern the whole file (a limit, the time budget) are thrown; a chunk that is damaged
 * or not what it says is only said.
 */
async function chunkContent(chunk: RawParagraph, word: WordPackage, reading: Reading, gathered: Gathered, depth: number): Promise<RawParagraph[] | null> {
  const { file, at } = reading;
  const about = chunk.chunk!;
  const unread = (kind: ChunkKind, why: string, part?: string): null => {
    chunk.unread = { kind, why, ...(part ? { part } : {}) };
    return null;
  };
  const rel = (await word.relsOf(about.part)).find((r) => r.id === about.id && r.kind.toLowerCase() === 'afchunk');
  if (!rel) return unread('unknown', 'the file is damaged: it points to no imported part');
  if (!word.zip.has(rel.target)) return unread('unknown', 'the file is damaged: its part is missing', rel.target);
  const contentType = (await word.contentTypes()).of(rel.target);
  const kind = chunkKind(contentType);
  if (kind !== 'word' && kind !== 'text') return unread(kind, kind === 'unknown' ? `its type is not known: ${contentType ? `"${contentType.slice(0, 80)}"` : 'none is given'}` : `${CHUNK_KIND_NAMES[kind]} cannot be read exactly`, rel.target);
  try {
    at.part = rel.target;
    const bytes = await word.zip.read(rel.target);
    if (!bytes) return unread(kind, 'the file is damaged: its part is missing', rel.target);
    if (kind === 'text') return textParagraphs(decodeText(bytes, contentType), chunk, reading.tally, file);
    if (depth + 1 > MAX_CHUNK_DEPTH) return unread(kind, `it is nested in imported documents more than ${MAX_CHUNK_DEPTH} deep`, rel.target);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return unread(kind, 'it is damaged: not a zip package', rel.target);
    let opened = reading.imported.get(word.zip);
    if (!opened) reading.imported.set(word.zip, (opened = new Map()));
    let known = opened.get(rel.target);
    if (!known) {
      known = { inner: await openPackage(new ZipPackage(bytes, file, word.zip.inflation), reading, rel.target), looks: new Map() };
      opened.set(rel.target, known);
    }
    const inner = known.inner;
    // Its body is read each time it is imported (each is text of its own, counted against the limits).
    const body = await inner.readStory(inner.mainPart, chunk.story);
    if (body.root?.ns !== Ns.W || body.root.name !== 'document') return unread(kind, 'it is damaged: no Word document inside', rel.target);
    // Shown in the script's styles where they have the same names (unless it keeps its own: w:matchSrc)
    // and the script's theme, or in its own; the other way is compared run by run (toScript).
    let shown = known.looks.get(about.matchSrc);
    if (!shown) {
      const own = inner.look;
      const merged = Styles.imported(word.look.styles, inner.styles);
      shown = about.matchSrc
        ? { ...own, other: new Cascade(merged, word.theme), chunkPart: rel.target, ownStyles: true }
        : { styles: merged, cascade: new Cascade(merged, word.theme), indents: new ParagraphIndents(merged, inner.numbering), other: own.cascade, chunkPart: rel.target };
      known.looks.set(about.matchSrc, shown);
    }
    // In a table cell or a text box of the script: its text stands there, on what is behind it.
    const place = chunk.context;
    if (place.cell || place.frame) {
      // The cell's table style is named by the script's id: one the imported document gives to a style of its own cannot be told apart.
      const host = word.look.styles;
      for (let cell = place.cell; cell; cell = cell.table.parentCell) {
        const id = cell.table.props.tblStyle;
        if (shown.styles.get(id ?? shown.styles.defaultStyle('table')) !== host.get(id ?? host.defaultStyle('table'))) {
          return unread(kind, 'its styles and those of the table it stands in cannot be told apart', rel.target);
        }
      }
    }
    const paragraphs = await withChunks(body, inner, reading, gathered, depth + 1);
    if (place.cell || place.frame) standIn(paragraphs, chunk);
    const mark = (list: RawParagraph[]) => {
      for (const p of list) {
        if (!p.look) p.look = shown;
        if (p.anchored.length) mark(p.anchored);
      }
    };
    mark(paragraphs);
    return paragraphs;
  } catch (error) {
    if (isUserError(error) && ['timeout', 'over-limit', 'too-large'].includes(error.code)) throw error;
    const code = isUserError(error) ? error.code : '';
    return unread(kind, code === 'encrypted' ? 'it is encrypted' : code === 'not-a-docx' ? 'it is not a Word document' : 'it is damaged', rel.target);
  }
}

/**
 * The paragraphs of a Word document imported into a table cell or a text box of the script: each stands
 * in it (its own tables inside the cell, on the cell's shading; all of it on the text box's fill). The
 * contexts are the paragraphs' own, made afresh at each reading: they are changed in place, as runs
 * point at them. In a cell, the context outside it is kept (`standsIn`) for the comparison of styles
 * (toScript): its own styles cannot resolve the style of the script's table.
 */
function standIn(paragraphs: RawParagraph[], chunk: RawParagraph): void {
  const { cell, frame, frameText } = chunk.context;
  const place = (context: ParagraphContext) => {
    if (context.standsIn) return;
    if (cell) {
      context.standsIn = { ...context };
      if (frame && !context.frame) context.standsIn.frame = frame;
      if (frameText && !context.frameText) context.standsIn.frameText = frameText;
      if (!context.cell) context.cell = cell;
      else {
        let table = context.cell.table;
        while (table.parentCell) table = table.parentCell.table;
        if (table !== cell.table) table.parentCell ??= cell;
      }
    }
    if (frame && !context.frame) context.frame = frame;
    if (frameText && !context.frameText) context.frameText = frameText;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.chunk) continue;
    place(paragraph.context);
    for (const run of paragraph.runs) place(run.paragraph);
    if (cell && !paragraph.tableNumber && chunk.tableNumber !== undefined) paragraph.tableNumber = chunk.tableNumber;
  }
}

/**
 * The paragraphs of headers or footers that are not read as lines: a part that cannot be read is
 * passed over (they are only looked at for a legend; the script is read without them, as before).
 */
async function furnitureOf(targets: string[], story: Story, readStory: (part: string, story: Story) => Promise<StoryReader>): Promise<RawParagraph[]> {
  const paragraphs: RawParagraph[] = [];
  for (const target of targets) {
    try {
      paragraphs.push(...(await readStory(target, story)).paragraphs);
    } catch {
      // Damaged or over a limit: no legend from this part.
    }
  }
  return paragraphs;
}

/** Footnotes and endnotes not read as script lines: how many of each, and their paragraphs, to count their words. */
interface NotesLeftOut {
  footnote: number;
  endnote: number;
  paragraphs: RawParagraph[];
  /** Notes parts that could not be read (damaged, or over a limit), with their kind. */
  unread: { story: 'footnote' | 'endnote'; part: string }[];
  /** The kinds of notes, not read as lines, that hold tracked changes. */
  tracked: ('footnote' | 'endnote')[];
  /** Each note's text, in order (`Script.notesLeftOut`). */
  texts: { story: 'footnote' | 'endnote'; text: string }[];
}

/** Reads the notes parts to count them; a part that is damaged or over a limit is not counted (as furnitureOf), and is said (unreadNotesWarning). */
async function countNotes(targets: string[], story: 'footnote' | 'endnote', readStory: (part: string, story: Story) => Promise<StoryReader>, into: NotesLeftOut, look: Look): Promise<void> {
  for (const target of targets) {
    try {
      const reader = await readStory(target, story);
      into[story] += reader.notes;
      into.paragraphs.push(...reader.paragraphs.filter((p) => !p.chunk));
      // Each note's text as a reader sees it (its paragraphs joined; hidden, invisible and struck-out
      // text left out, as in the lines): what `diff` compares of notes it does not read.
      let note: number | undefined;
      for (const paragraph of reader.paragraphs) {
        if (paragraph.chunk || paragraph.note === undefined) continue;
        const { cascade } = paragraph.look ?? look;
        let text = '';
        for (const run of paragraph.runs) {
          const resolved = cascade.resolve(run.props, run.paragraph);
          if (!resolved.hidden && !resolved.unfilled && !resolved.struck) text += run.text;
        }
        if (paragraph.note !== note) into.texts.push({ story, text });
        else into.texts[into.texts.length - 1]!.text += `\n${text}`;
        note = paragraph.note;
      }
      if (reader.trackedChanges && !into.tracked.includes(story)) into.tracked.push(story);
    } catch (error) {
      if (isUserError(error) && error.code === 'timeout') throw error;
      into.unread.push({ story, part: target });
    }
  }
}

/**
 * Tracked changes in notes that are not read as lines: they change no count, but the file is not final
 * there, which `check`'s tracked-changes rule is about (a file's changes are accepted or rejected before
 * the session). Read with `--include`, the notes' changes are the file's own and said as such.
 */
function trackedNotesWarning(kinds: NotesLeftOut['tracked'], wanted: ReadonlySet<Story>): Warning | null {
  if (!kinds.length) return null;
  const notes = (['footnote', 'endnote'] as const).filter((k) => kinds.includes(k)).map((k) => `${k}s`);
  const include = [...EXTRA_STORIES.map(([story]) => story).filter((story) => wanted.has(story) || kinds.includes(story as 'footnote' | 'endnote'))].map((story) => `${story}s`).join(',');
  return {
    code: 'tracked-changes-in-notes',
    message: `The ${notes.join(' and ')} hold tracked changes. They are not read as script lines, so the counts do not change, but the file is not final there: accept or reject the changes in Word before the session (or count the notes, as accepted, with --include ${include}).`,
    details: { notes, include },
  };
}

/**
 * Notes parts that could not be read: the notes there, if any, are in no count and in no warning of
 * their own, which a narrator must be told (a damaged part is otherwise silent: the body reads well).
 */
function unreadNotesWarning(unread: NotesLeftOut['unread']): Warning | null {
  if (!unread.length) return null;
  const notes = (['footnote', 'endnote'] as const).filter((k) => unread.some((u) => u.story === k));
  const parts = unread.map((u) => u.part);
  const named = notes.map((k) => `${k}s`).join(' and ');
  return {
    code: 'notes-unreadable',
    message: `The ${named} of this file (${parts.join(', ')}) are damaged and could not be read: any ${notes.join(' or ')} is missing from the counts, said or not. Open the file in Word and save it again, then read the saved file, or check the ${notes.length > 1 ? 'notes' : named} by eye.`,
    details: { notes: notes.map((k) => `${k}s`), parts },
  };
}

/**
 * Footnotes and endnotes are not script lines by default (`--include` reads them): said once, with
 * how many and their words, so that a narrator whose script includes them knows they are not counted
 * (a PDF made of the same file has them as page text, and counts them).
 */
function notesWarning(left: NotesLeftOut, paragraphs: Paragraph[], wanted: ReadonlySet<Story>): Warning | null {
  const words = paragraphs.reduce((sum, p) => sum + countWords(p.runs.map((r) => r.text).join('')), 0);
  if (words === 0) return null;
  const kinds = (['footnote', 'endnote'] as const).filter((k) => left[k] > 0);
  if (!kinds.length) return null;
  const named = kinds.map((k) => `${left[k]} ${left[k] === 1 ? k : `${k}s`}`).join(' and ');
  const many = left.footnote + left.endnote > 1;
  const include = [...EXTRA_STORIES.map(([story]) => story).filter((story) => wanted.has(story) || kinds.includes(story as 'footnote' | 'endnote'))].map((story) => `${story}s`).join(',');
  return {
    code: 'notes-left-out',
    message: `${named[0]!.toUpperCase()}${named.slice(1)} (${words} ${words === 1 ? 'word' : 'words'}) ${many ? 'are' : 'is'} not read as script lines. If ${many ? 'they are' : 'it is'} read aloud, count ${many ? 'them' : 'it'} with --include ${include}.`,
    details: { footnotes: left.footnote, endnotes: left.endnote, words, include },
  };
}

function uniqueTargets(rels: Relationship[], kind: string): string[] {
  return [...new Set(rels.filter((r) => r.kind === kind).map((r) => r.target))];
}

/** Resolves colours, drops hidden text and empty paragraphs, numbers the rest in reading order. */
function toScript(raw: RawParagraph[], file: string, scriptLook: Look, budget: Budget, marksOut?: PlacedMarks[]): Script {
  const paragraphs: Paragraph[] = [];
  const warnings: Warning[] = [];
  const mismatches = new Map<string, { warning: Warning; count: number }>();
  // Table cells with no text but a shading: colour samples (a legend's swatches).
  const swatches = new Map<string, Swatch>();
  const cellsWithText = new Set<string>();
  // Tables are numbered in reading order by the reader of each part; Word documents imported whole
  // (w:altChunk) number theirs from 1 again: then the script's tables are numbered anew, in the order
  // they open (a table before the tables nested in it), so that each has a number of its own.
  const renumber = hasImportedTable(raw);
  const numbers = new Map<TableContext, number>();
  const numberOf = (table: TableContext): number => {
    let number = numbers.get(table);
    if (number === undefined) {
      if (table.parentCell) numberOf(table.parentCell.table);
      number = numbers.size + 1;
      numbers.set(table, number);
    }
    return number;
  };
  const tableOf = (source: RawParagraph): number | undefined =>
    renumber && source.context.cell && source.tableNumber !== undefined && (source.story === 'body' || source.story === 'textbox') ? numberOf(source.context.cell.table) : source.tableNumber;
  const cellKey = (source: RawParagraph) => {
    const cell = source.context.cell;
    const table = tableOf(source);
    return cell && table !== undefined && source.story === 'body' ? `${table}:${cell.row}:${cell.column}` : null;
  };
  const languages = new MarkedLanguages();
  // The outline level a paragraph style gives (its chain's nearest), worked out once per style (of each set of styles).
  const outlines = new Map<Styles, Map<string | undefined, number | undefined>>();
  const styleOutline = (styles: Styles, styleId: string | undefined): number | undefined => {
    let known = outlines.get(styles);
    if (!known) outlines.set(styles, (known = new Map()));
    if (known.has(styleId)) return known.get(styleId);
    const level = styles.chain(styleId).reduce<number | undefined>((found, def) => def.pPr.outlineLvl ?? found, undefined);
    known.set(styleId, level);
    return level;
  };
  // Chunks not read, each with the number of paragraphs read before it: said where they stand, once all are numbered.
  const unreadChunks: { source: RawParagraph; before: number }[] = [];

  const struck = new StruckText();
  // Marks of paragraphs holding no text, waiting for the next that holds some (marksOut).
  let pendingMarks: ParagraphMarks | null = null;
  // Text of a text effect of no fill (invisible in Word): words, paragraphs quoted, first place, a font colour.
  const unfilled = { words: 0, texts: [] as string[], location: undefined as Location | undefined, colour: '' };
  const webHidden = { words: 0, texts: [] as string[], location: undefined as Location | undefined };
  // Text typed in cells merged into the cell above (w:vMerge going on), which Word and LibreOffice do not show: words, paragraphs quoted, first cell.
  const mergedAway = { words: 0, texts: [] as string[], cell: undefined as TableCell | undefined };
  const visit = (source: RawParagraph) => {
    budget.tick(256);
    if (source.marks && marksOut) addMarks((pendingMarks ??= noMarks()), source.marks);
    // Paragraphs deleted whole just before this one: where they stood, after the paragraphs holding text so far.
    if (source.deletedBefore && marksOut) for (const marks of source.deletedBefore) marksOut.push({ paragraph: null, marks, deletedAfter: paragraphs.length });
    if (source.storyEnd) return;
    if (source.chunk) {
      if (source.unread) unreadChunks.push({ source, before: paragraphs.length });
      return;
    }
    const { styles, cascade, indents, other, chunkPart } = source.look ?? scriptLook;
    const away = source.context.cell && inMergedAway(source.context.cell);
    if (away) {
      // Not shown: left out, its words counted for the warning (mergedAwayWarning).
      let shown = '';
      for (const rawRun of source.runs) {
        const resolved = cascade.resolve(rawRun.props, rawRun.paragraph);
        if (!resolved.hidden && !resolved.unfilled && !resolved.struck) shown += rawRun.text;
      }
      const words = countWords(shown);
      const table = tableOf(source);
      if (words > 0 && table !== undefined) {
        mergedAway.words += words;
        if (mergedAway.texts.length < 3) mergedAway.texts.push(normaliseSpace(shown).slice(0, 200));
        mergedAway.cell ??= tableCell(table, away);
      }
      return;
    }
    const runs: Run[] = [];
    // What this paragraph gives to warn about, once per kind and key (made for the few paragraphs that give any).
    let notes: Map<string, Note> | null = null;
    let cut = '';
    let unseen = '';
    let webText = '';
    for (let r = 0; r < source.runs.length; r++) {
      const rawRun = source.runs[r]!;
      const resolved = cascade.resolve(rawRun.props, rawRun.paragraph);
      if (resolved.hidden) continue;
      if (resolved.unfilled) {
        unseen += rawRun.text;
        if (!unfilled.colour) unfilled.colour = resolved.color;
        continue;
      }
      if (resolved.struck) {
        cut += rawRun.text;
        continue;
      }
      // Read, as Word shows and prints it; LibreOffice hides it: said (webHiddenWarning).
      if (resolved.webHidden) webText += rawRun.text;
      // w:val is the language of the run's Latin text, w:eastAsia that of its East Asian characters
      // (ECMA-376 Part 1 §17.3.2.20): each weighs by the characters it stands for.
      languages.run(resolved.lang, resolved.langEastAsia, rawRun.text);
      // A drop cap's letters begin the first word after them: they are read in its look (a drop cap
      // in a colour of its own is decoration, not another voice's line of one letter).
      let look = rawRun;
      let lookResolved = resolved;
      if (rawRun.dropCap) {
        let next = r + 1;
        while (next < source.runs.length && source.runs[next]!.dropCap) next++;
        const after = source.runs[next];
        const afterResolved = after ? cascade.resolve(after.props, after.paragraph) : null;
        if (after && afterResolved && !afterResolved.hidden && !afterResolved.struck) {
          look = after;
          lookResolved = afterResolved;
        }
      }
      // Superscript and subscript: their figures as a reader sees them, raised or lowered ("m²", "note¹", "CO₂": readers/scripts.ts).
      const text = resolved.script === 'superscript' ? raisedForm(rawRun.text) : resolved.script === 'subscript' ? loweredForm(rawRun.text) : rawRun.text;
      const run: Run = { text, color: lookResolved.color, background: lookResolved.background };
      if (other && chunkPart !== undefined) {
        // Where it stands in a table cell of the script, whose style its own styles cannot resolve, its own
        // look is worked out outside the cell: the text colour is compared, unless both are automatic.
        const own = look.paragraph.standsIn;
        const seen = other.resolve(look.props, own ?? look.paragraph);
        if (own ? seen.color !== run.color && !(seen.auto && lookResolved.auto) : seen.color !== run.color || seen.background !== run.background) {
          const key = `chunk-look|${chunkPart}`;
          notes ??= new Map();
          if (!notes.has(key)) notes.set(key, chunkLookNote(key, chunkPart, source.look?.ownStyles === true, run, seen));
        }
      }
      // All caps: a reader sees capitals (a name typed "Marie" reads MARIE, as a PDF of it has it); the
      // text stays as typed, which tells a word from an acronym (Run.caps).
      if (resolved.caps && rawRun.text !== rawRun.text.toUpperCase()) run.caps = true;
      // Emphasis: what may tell voices apart in a script coded by it (attribute/emphasis.ts says so).
      // Complex-script text (a run marked right-to-left or complex, or written in such a script: Arabic,
      // Hebrew, Thai, Indic…) is shown with its own italic and bold (w:iCs, w:bCs), as Word shows it.
      const emphasisDiffers = lookResolved.italic !== lookResolved.italicCs || lookResolved.bold !== lookResolved.boldCs;
      const complex = emphasisDiffers && (lookResolved.complex || isComplexScript(look.text));
      if (complex ? lookResolved.italicCs : lookResolved.italic) run.italic = true;
      if (complex ? lookResolved.boldCs : lookResolved.bold) run.bold = true;
      if (lookResolved.font) run.font = lookResolved.font;
      if (lookResolved.backgroundKind) run.backgroundKind = lookResolved.backgroundKind;
      const characterStyle = styles.nameOf(look.props.rStyle);
      if (characterStyle) run.characterStyle = characterStyle;
      if (rawRun.link) run.link = true;
      // Shown as links are, a link or not (a link whose field was removed): attribute/links.ts reads it as one.
      if (lookResolved.linkColour || (look.props.rStyle !== undefined && isLinkStyle(styles.chain(look.props.rStyle)))) run.linkStyle = true;
      const last = runs[runs.length - 1];
      if (last && sameLook(last, run)) last.text += run.text;
      else runs.push(run);
      if (resolved.themeMismatch || resolved.themeFillMismatch || resolved.ignoredStyleHighlight || resolved.autoPattern || resolved.unknownFrameFill || resolved.textFill || resolved.shapeText || resolved.unknownHighlight !== undefined || resolved.oddColour !== undefined || resolved.unshownTableShading) {
        notes ??= new Map();
        for (const note of notesOf(resolved)) if (!notes.has(note.key)) notes.set(note.key, note);
      }
    }
    const key = cellKey(source);
    let hasText = false;
    for (let r = 0; r < runs.length && !hasText; r++) hasText = NOT_SPACE.test(runs[r]!.text);
    if (key && !hasText && !swatches.has(key)) {
      const shading = cascade.resolve({}, source.context);
      if (shading.background && shading.backgroundKind === 'shading') {
        const cell = source.context.cell!;
        swatches.set(key, { cell: tableCell(tableOf(source)!, cell), color: shading.background });
      }
    }
    if (!hasText && cut) struck.add(cut, undefined);
    if (unseen) {
      const words = countWords(unseen);
      if (words > 0) {
        unfilled.words += words;
        if (unfilled.texts.length < 3) unfilled.texts.push(normaliseSpace(unseen).slice(0, 200));
        if (hasText) unfilled.location ??= { story: source.story, paragraph: paragraphs.length + 1 };
      }
    }
    if (webText) {
      const words = countWords(webText);
      if (words > 0 && hasText) {
        webHidden.words += words;
        if (webHidden.texts.length < 3) webHidden.texts.push(normaliseSpace(webText).slice(0, 200));
        webHidden.location ??= { story: source.story, paragraph: paragraphs.length + 1 };
      }
    }
    if (hasText) {
      if (key) cellsWithText.add(key);
      const location: Paragraph['location'] = { story: source.story, paragraph: paragraphs.length + 1 };
      const cell = source.context.cell;
      const table = tableOf(source);
      if (cell && table !== undefined) location.cell = tableCell(table, cell);
      const paragraph: Paragraph = { runs, location };
      const edges = cell && table !== undefined ? gridEdges(cell) : undefined;
      if (edges) paragraph.edges = edges;
      const styleId = source.context.props.pStyle ?? styles.defaultStyle('paragraph');
      const style = styles.nameOf(styleId);
      if (style) paragraph.style = style;
      // Direct formatting wins over the style chain; 9 means body text.
      const outline = source.context.props.outlineLvl ?? styleOutline(styles, styleId);
      if (outline !== undefined && outline < 9) paragraph.outlineLevel = outline + 1;
      const indent = indents.indentOf(source.context.props);
      if (indent !== undefined) paragraph.indent = indent;
      paragraphs.push(paragraph);
      languages.endParagraph(paragraph);
      if (cut) struck.add(cut, location);
      if (pendingMarks) {
        marksOut!.push({ paragraph: location.paragraph, marks: pendingMarks });
        pendingMarks = null;
      }
      if (notes) for (const note of notes.values()) {
        const seen = mismatches.get(note.key);
        if (seen) seen.count++;
        else {
          const warning: Warning = { code: note.code, message: note.text, location };
          if (note.details) warning.details = note.details;
          mismatches.set(note.key, { warning, count: 1 });
          warnings.push(warning);
        }
      }
    } else languages.endParagraph(null);
  };
  // Each paragraph, then the paragraphs anchored in it (text boxes, which may nest), depth first:
  // with a stack, as a document may nest them as deep as its XML allows.
  const pending: RawParagraph[] = [...raw].reverse();
  for (let source = pending.pop(); source; source = pending.pop()) {
    visit(source);
    for (let i = source.anchored.length - 1; i >= 0; i--) pending.push(source.anchored[i]!);
  }
  for (const { warning, count } of mismatches.values()) {
    if (count > 1) warning.message += ` (${count} paragraphs)`;
    if (warning.details) warning.details.paragraphs = count;
  }
  if (pendingMarks) marksOut!.push({ paragraph: paragraphs.length > 0 ? paragraphs.length : null, marks: pendingMarks });
  const struckWarning = struck.warning();
  if (struckWarning) warnings.push(struckWarning);
  if (unfilled.words > 0) warnings.push(unfilledWarning(unfilled));
  if (webHidden.words > 0) warnings.push(webHiddenWarning(webHidden));
  if (mergedAway.words > 0) warnings.push(mergedAwayWarning(mergedAway));
  warnings.push(...unreadChunkWarnings(unreadChunks, paragraphs));
  const script: Script = { file, format: 'docx', paragraphs, warnings, facts: { trackedChanges: false } };
  const samples = [...swatches].filter(([key]) => !cellsWithText.has(key)).map(([, swatch]) => swatch);
  if (samples.length) script.swatches = samples;
  // The language most of the text is marked with (w:lang through the cascade, by characters), and
  // each paragraph's when they are marked in several.
  const top = languages.top();
  if (top) script.language = top;
  languages.markParagraphs();
  return script;
}

/**
 * Tables of contents are left out (they repeat the headings, which are read where they stand): said
 * once, with the number of entries and the first ones, so that nothing goes missing unseen.
 */
/** A character other than white space: a paragraph holding one has text (one pattern, not one built per paragraph). */
const NOT_SPACE = /\S/u;

/** How many times at most a part with fields whose end never came is read (see readStory). */
const FIELD_READINGS = 3;

/** The names Word (`toc 1`, id `TOC1`) and LibreOffice (`Contents 1`) give the styles of table-of-contents entries. */
const TOC_STYLE = /^(toc|contents) ?\d$/i;

/** Fields whose end never came (body.ts `unterminated`), said plainly: each table of contents, the other fields together. */
function unterminatedWarnings(ends: UnterminatedField[], stuck: UnterminatedField[], part: string): Warning[] {
  const warnings: Warning[] = [];
  const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
  const codes: UnterminatedField[] = [];
  for (const field of ends) {
    if (field.resumesAt === undefined) {
      codes.push(field);
      continue;
    }
    warnings.push({
      code: 'field-never-ends',
      message: `A table of contents in ${part} never ends (its ${field.field || 'TOC'} field has no end mark: the file is damaged or was put together by hand): vo-lines takes it to end before ${field.resumesAt ? quote(field.resumesAt) : 'an empty paragraph'}, the first paragraph that is not a contents entry, and reads the rest as script lines. Check that the table of contents ends there.`,
      details: { field: field.field, resumesAt: field.resumesAt },
    });
  }
  if (codes.length) {
    const names = [...new Set(codes.map((f) => f.field || 'no name'))];
    const shownNames = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    const code = codes.map((f) => f.code ?? '').filter(Boolean);
    const shownCode = code.slice(0, 3).map(quote).join(', ') + (code.length > 3 ? ', …' : '');
    const one = codes.length === 1;
    warnings.push({
      code: 'field-never-ends',
      message: `${one ? 'A field' : `${codes.length} fields`} (${shownNames}) in ${part} never ${one ? 'ends' : 'end'} (the file is damaged or was put together by hand): vo-lines takes ${one ? 'its code' : 'the code of each'} to end with its paragraph and reads what follows as script lines.${code.length ? ` Not read, as field code: ${shownCode}.` : ''}`,
      details: { fields: codes.length, names: names.slice(0, 5), code: code.slice(0, 3) },
    });
  }
  if (stuck.length) {
    warnings.push({
      code: 'field-never-ends',
      message: `More fields in ${part} never end, and vo-lines could not read past them: text after them may be missing. Open the file in Word, save it again and check it.`,
      details: { fields: stuck.length, readPast: false },
    });
  }
  return warnings;
}

/**
 * Placeholder text of content controls (Word's grey prompts, "Click or tap here to enter text.") is
 * left out: said once, with the first ones, as a tool that fills a control may leave it marked.
 */
function placeholderWarning(entries: string[]): Warning | null {
  if (!entries.length) return null;
  const shown = entries.slice(0, 3).map((e) => `"${e.length > 60 ? `${e.slice(0, 57)}...` : e}"`);
  const more = entries.length > 3 ? ', …' : '';
  return {
    code: 'placeholder-left-out',
    message: `Placeholder text of ${entries.length} ${entries.length === 1 ? 'content control' : 'content controls'} (${shown.join(', ')}${more}) is not read as script lines: Word shows it as a grey prompt to type over. If it is script text, type it again in Word (a tool may have filled the control and left it marked as a placeholder).`,
    details: { controls: entries.length, first: entries.slice(0, 3) },
  };
}

/** A warning a run gives: `key` says which are the same (counted by paragraph, reported once). */
interface Note {
  key: string;
  code: string;
  text: string;
  details?: Record<string, unknown>;
}

/** The warnings a resolved run gives: readers that disagree on its colour, or a colour set that no reader shows. */
function notesOf(resolved: ResolvedRun): Note[] {
  const notes: Note[] = [];
  const table = resolved.unshownTableShading;
  if (table && resolved.unshownRowShading) {
    notes.push({
      key: `row-shading|${table}`,
      code: 'table-shading-unshown',
      text: `Table rows have a shading of their own, ${describeColour(table)} (w:tblPrEx/w:shd: an exception to their table's properties), and cells with none: Word shows that shading only between cells (when they are spaced apart) and LibreOffice not at all, so vo-lines reads those cells without it. If it marks a voice, shade the cells themselves.`,
      details: { colour: table, kind: 'row' },
    });
  } else if (table) {
    notes.push({
      key: `table-shading|${table}`,
      code: 'table-shading-unshown',
      text: `A table has a shading of its own, ${describeColour(table)} (w:tblPr/w:shd), and cells with none: Word shows that shading only between cells (when they are spaced apart) and LibreOffice not at all, so vo-lines reads those cells without it. If it marks a voice, shade the cells themselves.`,
      details: { colour: table },
    });
  }
  const m = resolved.themeMismatch;
  if (m) {
    notes.push({
      key: `theme|${m.themeColor}|${m.cached}`,
      code: 'theme-colour-mismatch',
      text: `Text coloured "${m.themeColor}" caches ${m.cached} but the theme gives ${m.theme}; vo-lines uses ${m.theme}, as Word does (LibreOffice shows ${m.cached}).`,
      details: { themeColor: m.themeColor, theme: m.theme, cached: m.cached },
    });
  }
  const f = resolved.themeFillMismatch;
  if (f) {
    notes.push({
      key: `theme-fill|${f.themeColor}|${f.cached}`,
      code: 'theme-colour-mismatch',
      text: `Shading in the theme colour "${f.themeColor}" caches ${f.cached} but the theme gives ${f.theme}; vo-lines uses ${f.theme}, as Word does (LibreOffice shows ${f.cached}).`,
      details: { themeColor: f.themeColor, theme: f.theme, cached: f.cached, kind: 'shading' },
    });
  }
  const ignored = resolved.ignoredStyleHighlight;
  if (ignored) {
    notes.push({
      key: `style-highlight|${ignored.style}|${ignored.highlight}`,
      code: 'style-highlight-ignored',
      text: `The character style "${ignored.style}" sets a ${ignored.highlight} highlight, which neither Word nor LibreOffice shows (Word ignores highlighting in character styles): vo-lines reads its text without it. If the highlight marks a voice, apply it to the text itself.`,
      details: { style: ignored.style, highlight: ignored.highlight },
    });
  }
  const pattern = resolved.autoPattern;
  if (pattern) {
    const { val, fill, word, libreOffice } = pattern;
    const unseenFill = fill && fill !== word && fill !== libreOffice ? `; neither shows the fill ${describeColour(fill)} it names` : '';
    const shows =
      libreOffice === word
        ? `shows ${describeColour(word)} in Word and LibreOffice`
        : `shows ${describeColour(word)} in Word but ${describeColour(libreOffice)} in LibreOffice`;
    notes.push({
      key: `auto-pattern|${val}|${fill}|${word}|${libreOffice}`,
      code: 'shading-pattern-auto',
      text: `A "${val}" shading with ${libreOffice === word ? 'an automatic' : 'no'} pattern colour ${shows}${unseenFill}: vo-lines reads ${word}, as Word shows it. (A "clear" shading shows its fill everywhere.)`,
      details: { shading: val, fill, word, libreOffice },
    });
  }
  const fill = resolved.textFill;
  if (fill) {
    notes.push({
      key: `text-fill|${fill.word}|${fill.fontColour}`,
      code: 'text-fill-differs',
      text: fill.word
        ? `Text with a Word text effect fill shows ${describeColour(fill.word)} in Word, but its font colour ${describeColour(fill.fontColour)} in LibreOffice and older readers: vo-lines reads ${fill.word}, as Word shows it.`
        : `Text filled with a gradient (a Word text effect) has no one colour in Word; LibreOffice and older readers show its font colour ${describeColour(fill.fontColour)}, which vo-lines reads. Check the colour of its lines.`,
      details: { word: fill.word, fontColour: fill.fontColour },
    });
  }
  if (resolved.oddColour !== undefined) {
    notes.push({
      key: `colour-odd|${resolved.oddColour}`,
      code: 'colour-value-odd',
      text: `Text has the colour value "${resolved.oddColour}", which is not a colour as Word writes them (six hex digits): readers show it differently (LibreOffice takes "FFFF0000" as red, "F00" as ${describeColour('#000F00')}); vo-lines reads ${resolved.color}. Check the colour of these lines.`,
      details: { value: resolved.oddColour, read: resolved.color },
    });
  }
  if (resolved.unknownHighlight !== undefined) {
    notes.push({
      key: `highlight-unknown|${resolved.unknownHighlight}`,
      code: 'highlight-unknown',
      text: `Text is highlighted with "${resolved.unknownHighlight}", which is not one of Word’s highlight colours (their names are case-sensitive: "yellow", "darkBlue"…): LibreOffice shows no highlight, and vo-lines reads the text without one. If the highlight marks a voice, set it again in Word.`,
      details: { highlight: resolved.unknownHighlight },
    });
  }
  const shape = resolved.shapeText;
  if (shape) {
    notes.push({
      key: `shape-text|${shape.shape}|${shape.style}`,
      code: 'shape-text-colour',
      text: `Text in a Word shape, with no colour of its own, takes ${describeColour(shape.shape)} from the shape’s style over the ${describeColour(shape.style)} its paragraph or character style gives: LibreOffice shows it so, and vo-lines reads ${shape.shape}. Check the colour of these lines in Word.`,
      details: { shape: shape.shape, style: shape.style },
    });
  }
  if (resolved.unknownFrameFill) {
    notes.push({
      key: `frame-fill|${resolved.unknownFrameFill}`,
      code: 'textbox-fill-unknown',
      text: `A text box is filled with ${resolved.unknownFrameFill}, whose colour vo-lines cannot work out: its text is read as if on white. Check the colour of its lines.`,
      details: { fill: resolved.unknownFrameFill },
    });
  }
  return notes;
}

/** Whether paragraphs of a Word document imported whole stand in tables (numbered from 1 by its own reader). */
function hasImportedTable(raw: RawParagraph[]): boolean {
  const pending = [...raw];
  for (let source = pending.pop(); source; source = pending.pop()) {
    if (source.look && source.context.cell) return true;
    for (const anchored of source.anchored) pending.push(anchored);
  }
  return false;
}

/** Chunks said one by one, at most; those after them are said together. */
const CHUNKS_SAID = 20;

/**
 * Each chunk not read, said where it stands: at the paragraph after it (or before it, when it is the
 * last), with what it is, why it is not read and what to do.
 */
function unreadChunkWarnings(unread: { source: RawParagraph; before: number }[], paragraphs: Paragraph[]): Warning[] {
  const warnings: Warning[] = [];
  for (const { source, before } of unread.slice(0, CHUNKS_SAID)) {
    const { kind, why, part } = source.unread!;
    const next = paragraphs[before];
    const previous = paragraphs[before - 1];
    const place = next ? 'just before this paragraph' : previous ? 'just after this paragraph' : 'in the document';
    const warning: Warning = {
      code: 'alt-chunk-unread',
      message: `Imported content (${CHUNK_KIND_NAMES[kind]}, a w:altChunk${part ? ` in ${part}` : ''}) stands ${place}, where Word shows it. vo-lines does not read it (${why}): its words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.`,
      details: { chunks: 1, kind, kindName: CHUNK_KIND_NAMES[kind], reason: why, ...(part ? { part } : {}) },
    };
    const location = next ?? previous;
    if (location) warning.location = { ...location.location };
    warnings.push(warning);
  }
  const rest = unread.slice(CHUNKS_SAID);
  if (rest.length) {
    const kinds = [...new Set(rest.map((c) => CHUNK_KIND_NAMES[c.source.unread!.kind]))];
    warnings.push({
      code: 'alt-chunk-unread',
      message: `${rest.length} more pieces of imported content (${kinds.join(', ')}; w:altChunk) are not read either: their words are missing from every count. Open the script in Word and save it (Word turns imported content into ordinary text), or ask for the script without imported parts.`,
      details: { chunks: rest.length, kindNames: kinds },
    });
  }
  return warnings;
}

/**
 * A Word document imported whole whose runs look otherwise in the other styles Word may show it in:
 * the script's (ECMA-376 Part 1 §17.17.2.3: styles of the same name are the script's unless the chunk
 * keeps its own, `w:matchSrc`) or its own.
 */
function chunkLookNote(key: string, part: string, ownStyles: boolean, shown: Run, other: ResolvedRun): Note {
  const look = (color: string, background: string | null) => `${describeColour(color)}${background ? ` on ${describeColour(background)}` : ''}`;
  const read = look(shown.color, shown.background);
  const otherwise = look(other.color, other.background);
  return {
    key,
    code: 'alt-chunk-styles',
    text: ownStyles
      ? `Text imported from a Word document (${part}, a w:altChunk that keeps its own styles) is read in its own styles, ${read}; in this script’s styles of the same names it would be ${otherwise}. Check the colour of these lines in Word.`
      : `Text imported from a Word document (${part}, a w:altChunk) is read in this script’s styles of the same names, as Word shows imported content (ECMA-376 §17.17.2.3), ${read}; its own styles give ${otherwise}. Check the colour of these lines in Word.`,
    details: { part, read: shown.color, readBackground: shown.background, other: other.color, otherBackground: other.background, ownStyles },
  };
}

function sameLook(a: Run, b: Run): boolean {
  return a.color === b.color && a.background === b.background && a.backgroundKind === b.backgroundKind && a.characterStyle === b.characterStyle && a.caps === b.caps && a.link === b.link && a.linkStyle === b.linkStyle && a.italic === b.italic && a.bold === b.bold && a.font === b.font;
}

/**
 * A cell as the model numbers it: its row, and its column by the table's grid (the first grid column
 * it covers, past the grid columns every row is set in by), with the grid columns and rows it covers
 * when merged (`w:gridSpan`, `w:hMerge`, `w:vMerge`).
 */
function tableCell(table: number, cell: CellContext): TableCell {
  const out: TableCell = { table, row: cell.row + 1, column: cell.grid - (cell.table.setIn ?? 0) + 1 };
  if (cell.span && cell.span > 1) out.span = cell.span;
  if (cell.rows && cell.rows > 1) out.rows = cell.rows;
  return out;
}

/**
 * Where a table cell stands across its table, in points from the table's left edge, by the table's
 * grid (`w:tblGrid`): what tells a table split by hand (the same grid) from another one after it
 * (attribute/av-columns.ts). A cell stands over the grid columns it covers, from its first grid column
 * (past a row's `w:gridBefore` and the `w:gridSpan`s before it) over as many as it spans; none for a
 * grid missing or unreadable, or one with fewer columns than the cell reaches.
 */
function gridEdges(cell: CellContext): { left: number; right: number } | undefined {
  const { grid } = cell.table;
  const span = cell.span ?? 1;
  if (!grid || grid.length === 0 || cell.grid + span > grid.length || !grid.every((w) => Number.isFinite(w) && w > 0)) return undefined;
  let left = 0;
  for (let k = 0; k < cell.grid; k++) left += grid[k]!;
  let right = left;
  for (let k = cell.grid; k < cell.grid + span; k++) right += grid[k]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { left: round(left), right: round(right) };
}

/** Letters of the scripts Word shows with the complex-script properties (Hebrew, Arabic, Syriac, Thaana, N'Ko, Indic, Thai, Lao, Tibetan, Myanmar, Khmer). */
const COMPLEX_SCRIPT = /[\u0590-\u07FF\u0860-\u08FF\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/** A run's text is complex-script text: it holds such letters and no Latin one (Word decides by character; a run is one look here). */
function isComplexScript(text: string): boolean {
  return COMPLEX_SCRIPT.test(text) && !LATIN_LETTER.test(text);
}

/** A paragraph's marks (body.ts ParagraphMarks), at the number of the paragraph holding text they are said at (null: none holds text). */
interface PlacedMarks {
  paragraph: number | null;
  marks: ParagraphMarks;
  /** The marks of a paragraph deleted whole: the number of the paragraphs holding text before it (0: none), said as its place. */
  deletedAfter?: number;
}

/** Paragraph numbers kept in the details of a warning that says where things stand. */
const PLACES_KEPT = 200;

/** The tracked changes counted, by kind, and the paragraphs they stand in; null when there are none. */
function trackedChanges(placed: PlacedMarks[], unplaced: ParagraphMarks, paragraphCount: number): TrackedChanges | null {
  const changes: TrackedChanges = { insertions: unplaced.insertions, deletions: unplaced.deletions, moves: unplaced.moves, formatting: unplaced.formatting, colourChanges: unplaced.colourChanges, paragraphs: [] };
  for (const { paragraph, marks, deletedAfter } of placed) {
    const n = marks.insertions + marks.deletions + marks.moves + marks.formatting;
    if (n === 0) continue;
    changes.insertions += marks.insertions;
    changes.deletions += marks.deletions;
    changes.moves += marks.moves;
    changes.formatting += marks.formatting;
    changes.colourChanges += marks.colourChanges;
    if (deletedAfter !== undefined) {
      // Between the paragraphs holding text around it; several deleted one after another: one place.
      const deleted = (changes.deletedParagraphs ??= []);
      const place = { after: deletedAfter > 0 ? deletedAfter : null, before: deletedAfter < paragraphCount ? deletedAfter + 1 : null };
      const last = deleted[deleted.length - 1];
      if (deleted.length < PLACES_KEPT && (!last || last.after !== place.after)) deleted.push(place);
    } else if (paragraph !== null && changes.paragraphs.length < PLACES_KEPT && changes.paragraphs[changes.paragraphs.length - 1] !== paragraph) changes.paragraphs.push(paragraph);
  }
  return changes.insertions + changes.deletions + changes.moves + changes.formatting > 0 ? changes : null;
}

/** "¶4", "¶4 and ¶9", "¶4, ¶9, ¶12…": where things stand, the first few. */
function placesOf(paragraphs: number[]): string {
  const shown = paragraphs.slice(0, 3).map((n) => `¶${n}`);
  if (paragraphs.length <= 1) return shown.join('');
  if (paragraphs.length === 2) return `${shown[0]} and ${shown[1]}`;
  return `${shown.join(', ')}${paragraphs.length > 3 ? '…' : ''}`;
}

/**
 * Equations (Word's `m:oMath`) are read as they are written ("x=5", "E=mc2"): a narrator says them
 * in words ("x equals five"), which vo-lines does not work out. Said once, with the first ones and where.
 */
function equationsWarning(placed: PlacedMarks[], texts: string[], paragraphs: Paragraph[]): Warning | null {
  let count = 0;
  const where: number[] = [];
  for (const { paragraph, marks } of placed) {
    if (marks.equations === 0) continue;
    count += marks.equations;
    if (paragraph !== null && where.length < PLACES_KEPT && where[where.length - 1] !== paragraph) where.push(paragraph);
  }
  if (count === 0) return null;
  const shown = texts.filter(Boolean);
  const quoted = shown.length ? ` (${shown.map(shortText).join(', ')}${count > shown.length ? ', …' : ''})` : '';
  const one = count === 1;
  const warning: Warning = {
    code: 'equations-as-written',
    message: `${one ? 'An equation' : `${count} equations`}${quoted}${where.length ? ` at ${placesOf(where)}` : ''} ${one ? 'is' : 'are'} counted as ${one ? 'it is' : 'they are'} written, with the colour of ${one ? 'its' : 'their'} text: a narrator says ${one ? 'it' : 'them'} in words ("x equals five"), so the spoken word count of ${one ? 'its line' : 'their lines'} is approximate. Check ${one ? 'it' : 'them'} by eye.`,
    details: { equations: count, first: shown, paragraphs: where },
  };
  const first = where[0] !== undefined ? paragraphs[where[0] - 1] : undefined;
  if (first) warning.location = { ...first.location };
  return warning;
}

/** A subdocument's file as a person knows it: the last part of its path or address (`file:///C:/scripts/chapter2.docx` → chapter2.docx). */
function subdocumentName(target: string): string {
  let name = target.replace(/[?#].*$/su, '');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Left as written.
  }
  return name.slice(0, 80);
}

/**
 * A master document's subdocuments (`w:subDoc`) are other files, linked, not in this one (Word shows
 * them as links until they are expanded): their lines are in no count. Said, with their files and where.
 */
function subdocumentWarning(targets: string[], placed: PlacedMarks[], paragraphs: Paragraph[]): Warning | null {
  if (!targets.length) return null;
  const names = targets.map(subdocumentName);
  const named = names.filter(Boolean);
  const one = targets.length === 1;
  const files = named.length ? ` (${named.slice(0, 3).join(', ')}${named.length > 3 ? ', …' : ''})` : '';
  const warning: Warning = {
    code: 'subdocument-unread',
    message: `${one ? '1 subdocument' : `${targets.length} subdocuments`}${files} ${one ? 'is' : 'are'} not in this file: this is a master document, and ${one ? 'its' : 'their'} lines are not counted. Open it in Word, expand its subdocuments (View > Outline > Show Document > Expand Subdocuments), save it as one file and read that, or read each subdocument on its own.`,
    details: { subdocuments: targets.length, files: names.slice(0, 20) },
  };
  const at = placed.find((p) => p.marks.subdocuments > 0)?.paragraph;
  const location = at ? paragraphs[at - 1]?.location : undefined;
  if (location) warning.location = { ...location };
  return warning;
}

/** Text hidden in Web Layout only (`w:webHidden`): Word shows and prints it, LibreOffice hides it; read, said. */
function webHiddenWarning(hidden: { words: number; texts: string[]; location: Location | undefined }): Warning {
  const one = hidden.words === 1;
  const warning: Warning = {
    code: 'web-hidden-text',
    message: `${plural(hidden.words, 'word')} ${one ? 'is' : 'are'} marked hidden in Web Layout (w:webHidden): ${hidden.texts.map(shortText).join(', ')}. Word shows and prints ${one ? 'it' : 'them'}, LibreOffice hides ${one ? 'it' : 'them'} (and PDFs it makes leave ${one ? 'it' : 'them'} out). vo-lines counts ${one ? 'it' : 'them'}, as Word prints the script; if ${one ? 'it is' : 'they are'} not to be recorded, delete ${one ? 'it' : 'them'} or hide ${one ? 'it' : 'them'} (Font > Hidden).`,
    details: { words: hidden.words, text: [...hidden.texts] },
  };
  if (hidden.location) warning.location = hidden.location;
  return warning;
}

/** The cell merged into the one above it (`CellContext.mergedAway`) a paragraph stands in, itself or a cell of a table it is nested in; null when none. */
function inMergedAway(cell: CellContext): CellContext | null {
  for (let at: CellContext | undefined = cell; at; at = at.table.parentCell) if (at.mergedAway) return at;
  return null;
}

/**
 * Text typed in a table cell merged into the cell above it (`w:vMerge` going on): the merged cell shows
 * the text of the cell that began the merge only (LibreOffice prints none of it; Word, merging cells,
 * moves their text into the first), so it is not seen: left out, said.
 */
function mergedAwayWarning(away: { words: number; texts: string[]; cell: TableCell | undefined }): Warning {
  const one = away.words === 1;
  const cell = away.cell!;
  return {
    code: 'merged-cell-text',
    message: `${plural(away.words, 'word')} ${one ? 'is' : 'are'} typed in a table cell merged into the cell above it (the first: table ${cell.table}, row ${cell.row}, col ${cell.column}): ${away.texts.map(shortText).join(', ')}. A merged cell shows the text of its first cell only (LibreOffice prints none of the rest), so vo-lines leaves ${one ? 'it' : 'them'} out. If ${one ? 'it is' : 'they are'} to be recorded, move ${one ? 'it' : 'them'} into the first cell of the merge, or split the cells (Layout > Split Cells).`,
    details: { words: away.words, text: [...away.texts], cell },
  };
}

/** Text of a Word text effect with no fill and no outline (cascade.ts `unfilled`): invisible in Word, left out, said. */
function unfilledWarning(unfilled: { words: number; texts: string[]; location: Location | undefined; colour: string }): Warning {
  const list = `${unfilled.texts.map(shortText).join(', ')}`;
  const warning: Warning = {
    code: 'text-fill-none',
    message: `${plural(unfilled.words, 'word')} ${unfilled.words === 1 ? 'has' : 'have'} a Word text effect of no fill and no outline, which Word does not show: ${list}. vo-lines leaves ${unfilled.words === 1 ? 'it' : 'them'} out, as Word shows the script; LibreOffice and older readers show ${unfilled.words === 1 ? 'it' : 'them'} in ${describeColour(unfilled.colour)}. If ${unfilled.words === 1 ? 'it is' : 'they are'} to be recorded, give ${unfilled.words === 1 ? 'it' : 'them'} a fill in Word (Font > Text Effects > Text Fill).`,
    details: { words: unfilled.words, text: [...unfilled.texts], fontColour: unfilled.colour },
  };
  if (unfilled.location) warning.location = unfilled.location;
  return warning;
}
