/**
 * Legend detection: scripts often open with a key to their colours. Three shapes are read, near
 * the start of the script only:
 *  - names written in their own colour: "Légende : Narrateur — Formatrice — Apprenant — Non enregistré";
 *  - "NAME: colour" lines: "NARRATOR: dark grey", "Formatrice : surligné en jaune";
 *  - a small table of voice and colour (the colour in words, as cell shading, or as the name's colour).
 * The legend becomes the voice map, and its paragraphs are not script lines.
 */
import type { Hex, Location, Paragraph, Script } from '../model.js';
import { hasWord, normaliseSpace, countWords } from '../measure/words.js';
import { deltaE } from './colour-names.js';
import { parseColourPhrase } from './colour-words.js';
import type { VoiceSpec } from './config.js';

export interface Legend {
  kind: 'names in colour' | 'name: colour lines' | 'table';
  voices: VoiceSpec[];
  /** Colours the legend declares as not recorded ("Non enregistré", "Stage directions"…). */
  unassigned: Hex[];
  /** The legend's paragraphs (by paragraph number), left out of the script lines. */
  paragraphs: number[];
  location: Location;
  /** The legend's text, as shown to the user. */
  text: string;
}

/** How far into the script a legend may start. */
const WINDOW = 25;
const MAX_NAME_WORDS = 4;
const HEADING = /^\s*(légende|legende|legend|key|colou?r\s*(key|code|coding)|code\s*(des\s*)?couleurs?|voices?|voix|personnages?|characters?|rôles?|roles?|speakers?|intervenants?|couleurs?|colou?rs?|casting)\s*[:：]?\s*$/iu;
const UNASSIGNED = /non[\s-]*(enregistr|attribu|lu\b)|not\s*(recorded|read|voiced)|unassigned|do\s*n[o']t\s*(record|read)|ne\s*pas\s*(lire|enregistrer)|didascalie|stage\s*directions?|directions?|indications?|on[\s-]*screen|à\s*l['’]écran|texte\s*écran|hors[\s-]*voix|sans\s*voix|no\s*voice|n\/a|ignor/iu;
const SEPARATORS = /\s*(?:[—–|/,;·•]|\s-\s)\s*/u;

interface Look {
  color: Hex;
  background: Hex | null;
}

const lookKey = (look: Look) => `${look.color}/${look.background ?? ''}`;

function textOf(paragraph: Paragraph): string {
  return normaliseSpace(paragraph.runs.map((r) => r.text).join(''));
}

/** Does a string look like a name (a voice), not a sentence? */
function isName(text: string): boolean {
  return text.length > 0 && text.length <= 40 && countWords(text) >= 1 && countWords(text) <= MAX_NAME_WORDS && !/[.?!…]$/u.test(text) && /^[\p{L}\p{N}]/u.test(text) && /\p{L}/u.test(text);
}

function voiceFrom(name: string, look: Look): VoiceSpec {
  return look.background ? { name, colors: [], highlights: [look.background], styles: [], labels: [] } : { name, colors: [look.color], highlights: [], styles: [], labels: [] };
}

/** Colour stretches of a paragraph: consecutive runs with the same look. */
function stretches(paragraph: Paragraph): { text: string; look: Look }[] {
  const result: { text: string; look: Look }[] = [];
  for (const run of paragraph.runs) {
    const look = { color: run.color, background: run.background };
    const last = result[result.length - 1];
    if (last && lookKey(last.look) === lookKey(look)) last.text += run.text;
    else result.push({ text: run.text, look });
  }
  return result;
}

/** Words per look over the whole script and per paragraph, counted once per script. */
interface LookIndex {
  totals: Map<string, number>;
  byParagraph: Map<number, Map<string, number>>;
}

const lookIndexes = new WeakMap<Script, LookIndex>();

function lookIndex(script: Script): LookIndex {
  let index = lookIndexes.get(script);
  if (!index) {
    index = { totals: new Map(), byParagraph: new Map() };
    for (const paragraph of script.paragraphs) {
      // Keyed by number like the legend's paragraphs (numbers may repeat across stories in a PDF).
      const number = paragraph.location.paragraph;
      const own = index.byParagraph.get(number) ?? new Map<string, number>();
      for (const run of paragraph.runs) {
        if (!hasWord(run.text)) continue;
        const key = lookKey(run);
        const words = countWords(run.text);
        own.set(key, (own.get(key) ?? 0) + words);
        index.totals.set(key, (index.totals.get(key) ?? 0) + words);
      }
      index.byParagraph.set(number, own);
    }
    lookIndexes.set(script, index);
  }
  return index;
}

/** Looks used anywhere outside the given paragraphs, with their word counts. */
function looksElsewhere(script: Script, except: Set<number>): Map<string, number> {
  const { totals, byParagraph } = lookIndex(script);
  const words = new Map(totals);
  for (const paragraph of except) {
    for (const [key, count] of byParagraph.get(paragraph) ?? []) {
      const left = words.get(key)! - count;
      if (left > 0) words.set(key, left);
      else words.delete(key);
    }
  }
  return words;
}

interface Entry {
  name: string;
  look: Look;
}

function buildLegend(kind: Legend['kind'], entries: Entry[], paragraphs: Paragraph[]): Legend {
  const voices: VoiceSpec[] = [];
  const unassigned: Hex[] = [];
  for (const { name, look } of entries) {
    if (UNASSIGNED.test(name)) {
      const hex = look.background ?? look.color;
      if (!unassigned.includes(hex)) unassigned.push(hex);
    } else if (!voices.some((v) => v.name.toLowerCase() === name.toLowerCase())) {
      voices.push(voiceFrom(name, look));
    }
  }
  return {
    kind,
    voices,
    unassigned,
    paragraphs: paragraphs.map((p) => p.location.paragraph),
    location: paragraphs[0]!.location,
    text: paragraphs.map(textOf).join(' / '),
  };
}

/** "Narrateur — Formatrice — Apprenant": names written in their own colours. */
function namesInColour(script: Script, paragraph: Paragraph): Legend | null {
  if (countWords(textOf(paragraph)) > 30) return null;
  const entries: Entry[] = [];
  let first = true;
  for (const { text, look } of stretches(paragraph)) {
    for (const part of text.split(SEPARATORS)) {
      const name = part.replace(/^[\s:：]+|[\s:：]+$/gu, '');
      if (!name) continue;
      // "Légende :" or any opening "Something:" is the legend's heading, not an entry.
      if (first && (HEADING.test(name) || /[:：]\s*$/u.test(part))) {
        first = false;
        continue;
      }
      first = false;
      if (!isName(name)) return null;
      entries.push({ name, look });
    }
  }
  const voiceEntries = entries.filter((e) => !UNASSIGNED.test(e.name));
  const looks = new Set(entries.map((e) => lookKey(e.look)));
  if (entries.length < 2 || looks.size < 2 || voiceEntries.length === 0) return null;
  // Each voice's look must be used for script text elsewhere, or this is just a short coloured line.
  const elsewhere = looksElsewhere(script, new Set([paragraph.location.paragraph]));
  if (!voiceEntries.every((e) => elsewhere.has(lookKey(e.look)))) return null;
  // Names in one look are not a key to looks.
  if (new Set(voiceEntries.map((e) => lookKey(e.look))).size !== voiceEntries.length) return null;
  return buildLegend('names in colour', entries, [paragraph]);
}

/** The colour a legend's words name, snapped to the nearest colour actually used in the script. */
function snapToScript(script: Script, hex: Hex, background: boolean, except: Set<number>): Look {
  let best: Hex | null = null;
  let bestDistance = 35;
  for (const key of looksElsewhere(script, except).keys()) {
    const [color, bg] = key.split('/') as [Hex, string];
    const candidate = background ? bg || null : bg ? null : color;
    if (!candidate) continue;
    const d = deltaE(hex, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const chosen = best ?? hex;
  return background ? { color: '#000000', background: chosen } : { color: chosen, background: null };
}

/** The look of the runs that spell `name` in a paragraph, when it is not plain body text. */
function lookOfName(paragraph: Paragraph, name: string, plain: Look | null): Look | null {
  let offset = 0;
  const full = paragraph.runs.map((r) => r.text).join('');
  const at = full.indexOf(name);
  if (at < 0) return null;
  for (const run of paragraph.runs) {
    if (offset + run.text.length > at && hasWord(run.text)) {
      const look = { color: run.color, background: run.background };
      if (plain && lookKey(look) === lookKey(plain)) return null;
      return look;
    }
    offset += run.text.length;
  }
  return null;
}

const NAME_COLOUR = /^\s*([^:：=]{1,40}?)\s*(?:[:：=]|\s[—–-]\s)\s*(.{2,60}?)\s*$/u;

/** "NARRATOR: dark grey" — one or several per paragraph. */
function nameColourEntries(script: Script, paragraph: Paragraph, plain: Look | null): Entry[] | null {
  let text = textOf(paragraph);
  const heading = /^\s*(légende|legende|legend|key|colou?r\s*(key|code|coding)|code\s*(des\s*)?couleurs?)\s*[:：]\s*/iu.exec(text);
  if (heading) text = text.slice(heading[0].length);
  const parts = text.split(/\s*[;|•·]\s*|\s{2,}/u).filter((p) => p.trim());
  if (parts.length === 0) return null;
  const entries: Entry[] = [];
  for (const part of parts) {
    const match = NAME_COLOUR.exec(part);
    if (!match) return null;
    const name = match[1]!.trim();
    const phrase = parseColourPhrase(match[2]!);
    if (!phrase || !isName(name)) return null;
    const written = lookOfName(paragraph, name, plain) ?? lookOfName(paragraph, match[2]!.trim(), plain);
    const look =
      written && (phrase.background ? written.background : !written.background)
        ? written
        : snapToScript(script, phrase.hex, phrase.background, new Set([paragraph.location.paragraph]));
    entries.push({ name, look });
  }
  return entries;
}

/**
 * Table rows "voice | colour": colour in words, as cell shading, or as the name's own colour. A
 * table is a legend only when it says so: a heading row ("Voix | Couleur") or colours in words.
 */
function tableLegend(script: Script, cells: Paragraph[], plain: Look | null): Legend | null {
  let sawHeading = false;
  let sawPhrase = false;
  const rows = new Map<number, Paragraph[]>();
  for (const cell of cells) {
    const row = cell.location.cell!.row;
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  if (rows.size < 2 || rows.size > 10) return null;
  const entries: Entry[] = [];
  for (const rowCells of rows.values()) {
    const columns = new Map<number, Paragraph[]>();
    for (const cell of rowCells) columns.set(cell.location.cell!.column, [...(columns.get(cell.location.cell!.column) ?? []), cell]);
    if (columns.size > 3) return null;
    const [nameCell, colourCell = []] = [...columns.values()] as [Paragraph[], Paragraph[] | undefined];
    const name = nameCell.map(textOf).join(' ').trim();
    const colourText = colourCell.map(textOf).join(' ').trim();
    if (HEADING.test(name) || HEADING.test(colourText)) {
      sawHeading = true;
      continue;
    }
    if (!isName(name) || countWords(colourText) > MAX_NAME_WORDS) return null;
    const phrase = parseColourPhrase(colourText);
    if (phrase) sawPhrase = true;
    const shading = colourCell.flatMap((p) => p.runs).find((r) => r.background)?.background ?? null;
    const nameLook = lookOfName(nameCell[0]!, name, plain);
    const colourLook = colourCell[0] ? lookOfName(colourCell[0], colourText, plain) : null;
    let look: Look | null = null;
    if (phrase) look = snapToScript(script, phrase.hex, phrase.background, new Set(cells.map((c) => c.location.paragraph)));
    else if (shading) look = { color: '#000000', background: shading };
    else look = nameLook ?? colourLook;
    if (!look) return null;
    entries.push({ name, look });
  }
  if (entries.length < 2 || !(sawHeading || sawPhrase)) return null;
  return buildLegend('table', entries, cells);
}

/** The most common look of the script's text: what "not coloured" means in it. */
function plainLook(script: Script): Look | null {
  let best: string | null = null;
  let bestWords = 0;
  for (const [key, words] of looksElsewhere(script, new Set())) {
    if (words > bestWords) {
      bestWords = words;
      best = key;
    }
  }
  if (!best) return null;
  const [color, background] = best.split('/') as [Hex, string];
  return { color, background: background || null };
}

/** How near (CIEDE2000) script text must be to a legend's colour to count as that voice's. */
const LEGEND_MATCH = 6;

export function detectLegend(script: Script): Legend | null {
  const legend = findLegend(script);
  if (!legend || legend.voices.length === 0) return null;
  // A key to colours nobody uses is no key: at least half of its voices must colour text elsewhere.
  const elsewhere = [...looksElsewhere(script, new Set(legend.paragraphs)).keys()].map((key) => key.split('/') as [Hex, string]);
  const used = legend.voices.filter((voice) =>
    elsewhere.some(([color, background]) =>
      voice.highlights.length ? background !== '' && voice.highlights.some((h) => deltaE(h, background) <= LEGEND_MATCH) : voice.colors.some((c) => deltaE(c, color) <= LEGEND_MATCH),
    ),
  );
  return used.length * 2 >= legend.voices.length ? legend : null;
}

function findLegend(script: Script): Legend | null {
  const window = script.paragraphs.slice(0, WINDOW);
  const plain = plainLook(script);
  for (let i = 0; i < window.length; i++) {
    const paragraph = window[i]!;
    const cell = paragraph.location.cell;
    if (cell) {
      const table = window.filter((p) => p.location.cell?.table === cell.table);
      const legend = tableLegend(script, table, plain);
      if (legend) return withHeading(script, legend, i);
      i += table.length - 1;
      continue;
    }
    const inColour = namesInColour(script, paragraph);
    if (inColour) return withHeading(script, inColour, i);
    // "NAME: colour" lines, possibly several paragraphs in a row.
    const entries: Entry[] = [];
    const used: Paragraph[] = [];
    for (let j = i; j < window.length && !window[j]!.location.cell; j++) {
      const found = nameColourEntries(script, window[j]!, plain);
      if (!found) break;
      entries.push(...found);
      used.push(window[j]!);
    }
    if (entries.length > 0) return withHeading(script, buildLegend('name: colour lines', entries, used), i);
  }
  return null;
}

/** A heading paragraph right above the legend ("Légende", "Colour key:") belongs to it. */
function withHeading(script: Script, legend: Legend, index: number): Legend {
  const previous = script.paragraphs[index - 1];
  if (previous && HEADING.test(textOf(previous))) {
    legend.paragraphs.unshift(previous.location.paragraph);
    legend.location = previous.location;
    legend.text = `${textOf(previous)} / ${legend.text}`;
  }
  return legend;
}
