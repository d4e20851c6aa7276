/** DOCX → `Script`: parts found through relationships, each read once; the body streamed. */
import { Budget } from '../../budget.js';
import { isUserError, UserError } from '../../errors.js';
import type { Paragraph, ReadOptions, Run, Script, Story, Swatch, Warning } from '../../model.js';
import { PROPERTY_ELEMENTS, StoryReader, type RawParagraph, type ReadTally, type UnterminatedField } from './body.js';
import { Cascade, type ResolvedRun } from './cascade.js';
import { describeColour } from '../../colour/names.js';
import { StruckText } from '../struck.js';
import { readRelationships, type Relationship } from './relationships.js';
import { Styles } from './styles.js';
import { ParagraphIndents } from './indent.js';
import { Numbering, NUMBERING_ELEMENTS } from './numbering.js';
import { Theme, THEME_SLOTS } from './theme.js';
import { ZipPackage } from './zip.js';
import { notWordPackage } from './other-packages.js';
import { Ns, parseTree, parseXml, type XmlElement } from './xml.js';
import { tocWarning } from '../toc-warning.js';

/**
 * The elements read from each tree part; nothing else of the part is built, so a part swollen
 * with other content (a settings.xml of megabytes) costs parsing time only.
 */
const TREE_ELEMENTS: Record<'styles' | 'theme' | 'settings' | 'numbering', ReadonlySet<string>> = {
  styles: new Set([...PROPERTY_ELEMENTS, 'styles', 'docDefaults', 'rPrDefault', 'pPrDefault', 'style', 'name', 'basedOn', 'pPr', 'tblStylePr', 'tblPr', 'tcPr']),
  theme: new Set(['theme', 'themeElements', 'clrScheme', ...THEME_SLOTS, 'srgbClr', 'sysClr']),
  settings: new Set(['settings', 'clrSchemeMapping']),
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
    throw new UserError(`${file} is damaged: ${at.part} cannot be read (${detail}). Open it in Word and save it again.`, 'corrupt-docx');
  }
}

async function readParts(bytes: Uint8Array, file: string, options: ReadOptions, at: { part: string }): Promise<Script> {
  const budget = Budget.of(file, options);
  const zip = new ZipPackage(bytes, file);
  at.part = '_rels/.rels';
  const mainPart = (await readRelationships(zip, file, '')).find((r) => r.kind === 'officeDocument')?.target;
  if (!mainPart || !zip.has(mainPart)) {
    const what = (await notWordPackage(zip, file)) ?? `${file} is a zip file but not a Word document (no main document part): vo-lines reads .docx and .pdf scripts.`;
    throw new UserError(what, 'not-a-docx');
  }
  at.part = `the relationships of ${mainPart}`;
  const rels = await readRelationships(zip, file, mainPart);
  const partTree = async (kind: keyof typeof TREE_ELEMENTS): Promise<XmlElement | undefined> => {
    const target = rels.find((r) => r.kind === kind)?.target;
    if (target) at.part = target;
    const data = target ? await zip.read(target) : null;
    return data ? parseTree(data, file, target!, TREE_ELEMENTS[kind], budget) : undefined;
  };
  const stylesTree = await partTree('styles');
  const styles = new Styles(stylesTree, file);
  const themeTree = await partTree('theme');
  const theme = Theme.from(themeTree, await partTree('settings'));
  const cascade = new Cascade(styles, theme);
  // Read for the indent of list paragraphs only: a numbering part that cannot be read leaves their indent unknown.
  let numbering: Numbering | null = null;
  try {
    numbering = new Numbering(await partTree('numbering'), styles);
  } catch (error) {
    if (isUserError(error) && error.code !== 'corrupt-docx') throw error;
  }
  const indents = new ParagraphIndents(styles, numbering);

  const tally: ReadTally = { paragraphs: 0, runs: 0, textChars: 0 };
  const fieldWarnings: Warning[] = [];
  const isTocStyle = (styleId: string | undefined): boolean => {
    if (styleId === undefined) return false;
    return TOC_STYLE.test(styleId) || TOC_STYLE.test(styles.nameOf(styleId) ?? '');
  };
  const readStory = async (part: string, story: Story): Promise<StoryReader> => {
    at.part = part;
    const data = await zip.read(part);
    const before = { ...tally };
    const reader = new StoryReader(story, file, part, tally, { isTocStyle });
    const progress = story === 'body' && options.progress ? (done: number, total: number) => options.progress!(done, total, 'byte') : undefined;
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
      last = new StoryReader(story, file, part, tally, { isTocStyle, ends });
      parseXml(data, file, part, last, budget);
      last.finish();
    }
    if (ends.length) fieldWarnings.push(...unterminatedWarnings(ends.sort((a, b) => a.ordinal - b.ordinal), last.unterminated, part));
    return last;
  };

  const body = await readStory(mainPart, 'body');
  if (body.root?.ns !== Ns.W || body.root.name !== 'document') {
    const what = (await notWordPackage(zip, file)) ?? `${file} is an Office file but not a Word document (its main part is ${body.root?.name ?? 'empty'}): vo-lines reads .docx and .pdf scripts.`;
    throw new UserError(what, 'not-a-docx');
  }
  const raw: RawParagraph[] = body.paragraphs.slice();
  let trackedChanges = body.trackedChanges;
  const wanted = new Set(options.include ?? []);
  // Headers and footers not read as lines are still read as furniture: where a legend may stand.
  const furniture: RawParagraph[] = [];
  for (const [story, kind] of EXTRA_STORIES) {
    if (!wanted.has(story)) {
      if (story === 'header' || story === 'footer') {
        // Read for a legend only: what the reader would say of their fields is not about the lines.
        const said = fieldWarnings.length;
        furniture.push(...(await furnitureOf(uniqueTargets(rels, kind), story, readStory)));
        fieldWarnings.length = said;
      }
      continue;
    }
    for (const target of uniqueTargets(rels, kind)) {
      const reader = await readStory(target, story);
      for (const paragraph of reader.paragraphs) raw.push(paragraph);
      trackedChanges ||= reader.trackedChanges;
    }
  }

  at.part = `the formatting of ${mainPart}`;
  const script = toScript(raw, file, styles, cascade, budget, indents);
  script.facts.trackedChanges = trackedChanges;
  if (furniture.length) {
    at.part = 'the headers and footers';
    const paragraphs = toScript(furniture, file, styles, cascade, budget, indents).paragraphs;
    if (paragraphs.length) script.furniture = paragraphs;
  }
  const toc = tocWarning(body.tocEntries);
  if (toc) script.warnings.push(toc);
  script.warnings.push(...fieldWarnings);
  const placeholders = placeholderWarning(body.placeholders);
  if (placeholders) script.warnings.push(placeholders);
  const chunks = body.altChunks;
  const chunkWords = chunks === 1 ? 'an embedded chunk' : `${chunks} embedded chunks`;
  const chunkWhat = `(w:altChunk: HTML or another document that Word merges in when it opens the file, as html-docx-js and some web tools write them)`;
  if (!script.paragraphs.some((p) => p.location.story === 'body' || p.location.story === 'textbox')) {
    if (chunks > 0) {
      throw new UserError(`${file} keeps its text in ${chunkWords} ${chunkWhat}, which vo-lines cannot read: open it in Word, save it as a new .docx and read that file.`, 'alt-chunk-only');
    }
    throw new UserError(`${file} has no body text: is this the right file? (Headers, footers and notes are not read as script lines.)`, 'no-text');
  }
  if (chunks > 0) {
    script.warnings.push({
      code: 'alt-chunk-unread',
      message: `The document holds ${chunkWords} ${chunkWhat}, which vo-lines cannot read: ${chunks === 1 ? 'its' : 'their'} text is missing from every count. Open the file in Word, save it as a new .docx and read that file.`,
      details: { chunks },
    });
  }
  return script;
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

function uniqueTargets(rels: Relationship[], kind: string): string[] {
  return [...new Set(rels.filter((r) => r.kind === kind).map((r) => r.target))];
}

/** Resolves colours, drops hidden text and empty paragraphs, numbers the rest in reading order. */
function toScript(raw: RawParagraph[], file: string, styles: Styles, cascade: Cascade, budget: Budget, indents: ParagraphIndents): Script {
  const paragraphs: Paragraph[] = [];
  const warnings: Warning[] = [];
  const mismatches = new Map<string, { warning: Warning; count: number }>();
  // Table cells with no text but a shading: colour samples (a legend's swatches).
  const swatches = new Map<string, Swatch>();
  const cellsWithText = new Set<string>();
  const cellKey = (source: RawParagraph) => {
    const cell = source.context.cell;
    return cell && source.tableNumber !== undefined && source.story === 'body' ? `${source.tableNumber}:${cell.row}:${cell.column}` : null;
  };
  const languages = new Map<string, number>();
  // The outline level a paragraph style gives (its chain's nearest), worked out once per style.
  const outlines = new Map<string | undefined, number | undefined>();
  const styleOutline = (styleId: string | undefined): number | undefined => {
    if (outlines.has(styleId)) return outlines.get(styleId);
    const level = styles.chain(styleId).reduce<number | undefined>((found, def) => def.pPr.outlineLvl ?? found, undefined);
    outlines.set(styleId, level);
    return level;
  };

  const struck = new StruckText();
  const visit = (source: RawParagraph) => {
    budget.tick(256);
    const runs: Run[] = [];
    // What this paragraph gives to warn about, once per kind and key.
    const notes = new Map<string, Note>();
    let cut = '';
    for (let r = 0; r < source.runs.length; r++) {
      const rawRun = source.runs[r]!;
      const resolved = cascade.resolve(rawRun.props, rawRun.paragraph);
      if (resolved.hidden) continue;
      if (resolved.struck) {
        cut += rawRun.text;
        continue;
      }
      if (resolved.lang) languages.set(resolved.lang, (languages.get(resolved.lang) ?? 0) + rawRun.text.length);
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
      const run: Run = { text: rawRun.text, color: lookResolved.color, background: lookResolved.background };
      // All caps: a reader sees capitals (a name typed "Marie" reads MARIE, as a PDF of it has it); the
      // text stays as typed, which tells a word from an acronym (Run.caps).
      if (resolved.caps && rawRun.text !== rawRun.text.toUpperCase()) run.caps = true;
      if (lookResolved.backgroundKind) run.backgroundKind = lookResolved.backgroundKind;
      const characterStyle = styles.nameOf(look.props.rStyle);
      if (characterStyle) run.characterStyle = characterStyle;
      const last = runs[runs.length - 1];
      if (last && sameLook(last, run)) last.text += run.text;
      else runs.push(run);
      if (resolved.themeMismatch || resolved.ignoredStyleHighlight || resolved.autoPattern || resolved.unknownFrameFill || resolved.textFill || resolved.shapeText || resolved.unknownHighlight !== undefined || resolved.oddColour !== undefined) for (const note of notesOf(resolved)) if (!notes.has(note.key)) notes.set(note.key, note);
    }
    const key = cellKey(source);
    const hasText = runs.some((r) => /\S/u.test(r.text));
    if (key && !hasText && !swatches.has(key)) {
      const shading = cascade.resolve({}, source.context);
      if (shading.background && shading.backgroundKind === 'shading') {
        const cell = source.context.cell!;
        swatches.set(key, { cell: { table: source.tableNumber!, row: cell.row + 1, column: cell.column + 1 }, color: shading.background });
      }
    }
    if (!hasText && cut) struck.add(cut, undefined);
    if (hasText) {
      if (key) cellsWithText.add(key);
      const location: Paragraph['location'] = { story: source.story, paragraph: paragraphs.length + 1 };
      const cell = source.context.cell;
      if (cell && source.tableNumber !== undefined) location.cell = { table: source.tableNumber, row: cell.row + 1, column: cell.column + 1 };
      const paragraph: Paragraph = { runs, location };
      const styleId = source.context.props.pStyle ?? styles.defaultStyle('paragraph');
      const style = styles.nameOf(styleId);
      if (style) paragraph.style = style;
      // Direct formatting wins over the style chain; 9 means body text.
      const outline = source.context.props.outlineLvl ?? styleOutline(styleId);
      if (outline !== undefined && outline < 9) paragraph.outlineLevel = outline + 1;
      const indent = indents.indentOf(source.context.props);
      if (indent !== undefined) paragraph.indent = indent;
      paragraphs.push(paragraph);
      if (cut) struck.add(cut, location);
      for (const note of notes.values()) {
        const seen = mismatches.get(note.key);
        if (seen) seen.count++;
        else {
          const warning: Warning = { code: note.code, message: note.text, location };
          if (note.details) warning.details = note.details;
          mismatches.set(note.key, { warning, count: 1 });
          warnings.push(warning);
        }
      }
    }
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
  const struckWarning = struck.warning();
  if (struckWarning) warnings.push(struckWarning);
  const script: Script = { file, format: 'docx', paragraphs, warnings, facts: { trackedChanges: false } };
  const samples = [...swatches].filter(([key]) => !cellsWithText.has(key)).map(([, swatch]) => swatch);
  if (samples.length) script.swatches = samples;
  // The language most of the text is marked with (w:lang through the cascade, by characters).
  let top: [string, number] | null = null;
  for (const entry of languages) if (!top || entry[1] > top[1]) top = entry;
  if (top) script.language = top[0];
  return script;
}

/**
 * Tables of contents are left out (they repeat the headings, which are read where they stand): said
 * once, with the number of entries and the first ones, so that nothing goes missing unseen.
 */
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
  const m = resolved.themeMismatch;
  if (m) {
    notes.push({
      key: `theme|${m.themeColor}|${m.cached}`,
      code: 'theme-colour-mismatch',
      text: `Text coloured "${m.themeColor}" caches ${m.cached} but the theme gives ${m.theme}; vo-lines uses ${m.theme}, as Word does (LibreOffice shows ${m.cached}).`,
      details: { themeColor: m.themeColor, theme: m.theme, cached: m.cached },
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

function sameLook(a: Run, b: Run): boolean {
  return a.color === b.color && a.background === b.background && a.backgroundKind === b.backgroundKind && a.characterStyle === b.characterStyle && a.caps === b.caps;
}
