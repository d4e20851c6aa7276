/**
 * Speaker labels in a script not coded by colour: `ANNONCEUR : Chez Martin…`, `Narrator: Welcome…`.
 * Many radio and e-learning scripts name each line's speaker this way and leave every line black;
 * the config's `label:` voices read them. This finds the labels `init` may propose as voices, and
 * the hint that says so. Nothing is cast by labels unless asked: `init` writes them into a config,
 * the web page offers them behind a button (castByLabels).
 *
 * A label is a short name opening a paragraph, followed by a colon and the line's text: in capitals
 * (`VO 1`, `MR. SMITH`, `VOIX OFF`), or a name with a capital (`Narrator`, `Dr Martin`); a paragraph
 * where such a label opens the text after a line break is read line by line (label-breaks.ts). The script
 * is taken as coded by labels when at least two labels of one of those forms recur (or, in a short script, one
 * recurs and two or more used once follow it, on half of its body; or one speaker recurs with two cue lines or
 * more, `MUSIC:`, `SFX:`, each maybe used once, on half of its body) and paragraphs
 * opening with a label of that form, with those going on from them with no label (continued.ts), are
 * at least a third of its body (headings aside). A table row
 * whose cell holds a label alone (`00:00:12 | MARIE | Tu as entendu ?`) counts as its text cells
 * opening with that label. Labels used
 * once count too, from the first recurring label on (fields above the dialogue, `Client: Acme`,
 * are not speakers; `Durée : 30 s`, `Version:` never are). Words that label directions or notes
 * rather than a speaker (`SFX:`, `MUSIQUE :`, `Note:`) are kept apart, for `init` to show as not
 * recorded.
 *
 * Scripts with no such label may name the speaker alone on the line above the dialogue (screenplays,
 * dubbing scripts: name-lines.ts): those names are proposed on the same evidence (nameLineLabels), and
 * when lines in capitals stand alone but are no cast, nameLineDoubt says why none is proposed.
 */
import type { Hex, Paragraph, Script, Warning } from '../model.js';
import { listOf, plural } from '../text/format.js';
import { BLACK } from '../colour/hex.js';
import { capitalsIn } from '../text/code-classes.js';
import { DEFAULT_DIRECTIONS } from '../text/directions.js';
import { headingKeys, headingParagraphs, locationKey } from '../text/headings.js';
import { countWords, hasWord, normaliseSpace } from '../text/words.js';
import { DEFAULT_TOLERANCE } from '../config/settings.js';
import type { VoiceMap, VoiceSpec } from '../config/voice-map.js';
import type { Casting } from './cast.js';
import { castScript } from './cast-script.js';
import { accentlessKey, BRACKETED, FIELDS, formOf, hasEastAsianLetter, LABEL, labelAsWritten, labelKey, PARENTHESISED, QUOTED, saidOpener, SLASHED, voiceLabelIndex, type Form, spotLengthLabel } from '../text/speaker-label.js';
import { cellLabel, DIRECTIONS, labelHead, rowKey, rowLabels, voiceLabelFinder } from './label-rows.js';
import { piecesAtLabels } from './label-breaks.js';
import { nameBlocks } from './name-lines.js';
import { endsOpen, labelContinuations, mainLook, type BaseReading } from './continued.js';
import { avColumns } from './av-columns.js';
import { beforeLabel, timecodeAlone, withoutTimecode } from './timecodes.js';
import { NOTE_LABELS } from './colour-labels.js';

export interface SpeakerLabel {
  /** The label as the script writes it most often. */
  label: string;
  /** Paragraphs opening with it. */
  paragraphs: number;
  /** Words after the label in those paragraphs. */
  words: number;
  /** A label of a direction or a note (`SFX`, `MUSIQUE`, `Note`), not a speaker. */
  direction: boolean;
  /** The looks (`#RRGGBB` text colour and background) its lines are mostly in, each once. */
  looks: string[];
}

/**
 * Where the script writes its speakers' names: opening each line (`MARIE : Bonjour.`, or a table cell
 * of its own), or alone on a line above the dialogue, as screenplays and dubbing scripts do
 * (name-lines.ts).
 */
export type LabelLayout = 'inline' | 'name-lines';

export interface SpeakerLabels {
  /** The speakers' labels, then the directions', each in order of first use. */
  labels: SpeakerLabel[];
  /**
   * Body paragraphs (headings aside) opening with one of these labels, and all body paragraphs. With
   * names on lines of their own: the names' paragraphs, their dialogue and parentheticals.
   */
  labelled: number;
  body: number;
  layout: LabelLayout;
  /**
   * Words said aloud at a line's start before a colon (`NEW:`, `NOUVEAU :`: speaker-label.ts saidOpener),
   * no speaker's name: each as first written, the paragraphs it opens and their words (the word itself
   * included). Nobody's under a config of the labels: saidOpenerWarning says so.
   */
  said: SaidOpener[];
}

/** A word said at a line's start before a colon, no speaker (SpeakerLabels `said`). */
export interface SaidOpener {
  label: string;
  /** The label as first written, with its colon (`NOUVEAU :`: text/speaker-label.ts labelAsWritten). */
  written: string;
  paragraphs: number;
  words: number;
}

/**
 * How a label is written, as speakers are told apart: a Chinese or Japanese name after a colon or
 * before corner brackets is one form (with Latin capitals, `NA：`, `A：`, which such scripts mix in),
 * in brackets another, in parentheses another (a direction, `（笑）`, is most often written so).
 */
type LabelForm = Form | 'cjk-bracket' | 'cjk-paren';
const CJK_FORMS: ReadonlySet<LabelForm> = new Set(['cjk', 'hangul', 'cjk-bracket', 'cjk-paren']);

/**
 * A line said as a sentence: it ends with a sentence's stop or a closing quote (`。`, `！`, `」`, `"`), as
 * a field's value (`时间：三点`) does not; or, in Korean, often typed without a stop, with a sentence's
 * ending (`-다`, `-요`, `-까`, `-죠`: `안녕하세요`, `갑니다`), which a field's noun (`본관 2층`, `필기도구`) seldom has.
 */
const SAID = /(?:[。．.！!？?…」』”’"～~]|[\uAC00-\uD7A3][다요까죠])\s*$/u;

interface Found {
  key: string;
  spellings: Map<string, number>;
  paragraphs: number;
  words: number;
  first: number;
  form: LabelForm;
  looks: Set<string>;
  /** Of its paragraphs, those said as sentences (SAID): what tells a Chinese or Japanese speaker's lines from a field's values. */
  said: number;
}


const textOf = (paragraph: Paragraph) => paragraph.runs.map((run) => run.text).join('');
const cellOf = (paragraph: Paragraph) => {
  const cell = paragraph.location.cell;
  return cell ? `${cell.table}:${cell.row}:${cell.column}` : '';
};

/**
 * Table rows that name their speaker in a cell of their own ("MARIE | Tu as entendu ?", "00:00:12 |
 * MARIE | …"): by row, the label's column and the label.
 */
function labelCells(paragraphs: readonly Paragraph[]): Map<string, { column: number; label: string }> {
  return rowLabels(paragraphs, cellLabel);
}

export function findSpeakerLabels(script: Script): SpeakerLabels | null {
  // An AV script's picture column and header row are never read aloud (av-columns.ts): no part of the body.
  // A paragraph holding several speakers' lines separated by line breaks is read line by line (label-breaks.ts).
  const all = piecesAtLabels(script.paragraphs);
  const silent = avColumns(all).silent;
  const paragraphs = silent.size === 0 ? all : all.filter((p) => !silent.has(p));
  const headings = headingParagraphs(paragraphs);
  const cells = labelCells(paragraphs);
  // A row's label cell, and the cells before it (a time code), are no lines of their own; nor is a time code alone (timecodes.ts).
  const body = paragraphs.filter((p) => {
    if (p.location.story !== 'body' || headings.has(p) || countWords(textOf(p)) === 0 || timecodeAlone(textOf(p))) return false;
    const key = rowKey(p);
    const cell = key ? cells.get(key) : undefined;
    return !cell || p.location.cell!.column > cell.column;
  });
  const found = new Map<string, Found>();
  const saidFound = new Map<string, SaidOpener>();
  // The paragraphs a label opens (not a table's label cell): where a speech going on may start (goingOn).
  const openers = new Map<Paragraph, { key: string; tabbed: boolean }>();
  const opens = (paragraph: Paragraph, key: string | null, tabbed: boolean) => {
    if (key !== null) openers.set(paragraph, { key, tabbed });
  };
  // `prefix`: the label as the line writes it up to its text (`NOUVEAU : `), for the colon a said opener is shown with.
  const add = (label: string, text: string, index: number, look: string, written: 'colon' | 'bracket' | 'paren' = 'colon', prefix?: string): string | null => {
    const named = formOf(label);
    if (!named) return null;
    // Brackets, parentheses and corner brackets tell a Chinese, Japanese or Korean label only.
    if (written !== 'colon' && named !== 'cjk' && named !== 'hangul') return null;
    const form: LabelForm = written === 'bracket' ? 'cjk-bracket' : written === 'paren' ? 'cjk-paren' : named;
    // Width-folded: `ＮＡ：` and `NA：` are one label, `ＳＥ` is `SE`; a speaker's with accents or without one too
    // (`ÉLODIE :` and `ELODIE :`, capitals often dropping them), as a config's label reads both (voiceLabelIndex).
    const typed = labelKey(label);
    if (FIELDS.has(typed)) return null;
    const key = DIRECTIONS.has(typed) ? typed : accentlessKey(label);
    // A word said aloud at a line's start (`NEW:`, `Rappel :`: speaker-label.ts saidOpener) is no speaker's label, however often.
    if (saidOpener(label)) {
      const said = saidFound.get(key) ?? { label, written: labelAsWritten(label, prefix ?? ':'), paragraphs: 0, words: 0 };
      said.paragraphs++;
      said.words += countWords(label) + countWords(withoutTimecode(text));
      saidFound.set(key, said);
      return null;
    }
    const entry = found.get(key) ?? { key, spellings: new Map(), paragraphs: 0, words: 0, first: index, form, looks: new Set<string>(), said: 0 };
    // One label written two ways (`旁白：` and `【旁白】`) counts in the form it was first written in.
    entry.looks.add(look);
    entry.spellings.set(label, (entry.spellings.get(label) ?? 0) + 1);
    entry.paragraphs++;
    // (A time code opening the line, `MARC : 01:02:03:04 Tu viens…`, is its time, no word.)
    entry.words += countWords(withoutTimecode(text));
    if (SAID.test(text)) entry.said++;
    found.set(key, entry);
    return key;
  };
  body.forEach((paragraph, index) => {
    const whole = textOf(paragraph);
    // A dubbing script's loop number and time code before the label (`B21  01:10:02:14  MARC : …`, `01:02:03:04⇥MARC⇥…`).
    const before = beforeLabel(whole);
    const after = before > 0 ? LABEL.exec(whole.slice(before)) : null;
    const text = after && formOf(normaliseSpace(after[1]!)) ? whole.slice(before) : whole;
    const skipped = text === whole ? 0 : before;
    const match = LABEL.exec(text);
    // `TV :30`, `RADIO :60`: a spot's title, no speaker.
    if (match && spotLengthLabel(text, match)) return;
    if (match && formOf(normaliseSpace(match[1]!))) return opens(paragraph, add(normaliseSpace(match[1]!), text.slice(match[0].length), index, mainLook(paragraph.runs, skipped + match[0].length), 'colon', match[0]), match[0].includes('\t'));
    if (hasEastAsianLetter(text.slice(0, 24))) {
      // A direction in brackets before a Japanese name is the line's (QUOTED first: `【小声で】太郎「…」`
      // is 太郎's line, not a label 小声で).
      for (const [pattern, written] of [[QUOTED, 'colon'], [BRACKETED, 'bracket'], [PARENTHESISED, 'paren'], [SLASHED(), 'colon']] as const) {
        const cjk = pattern.exec(text);
        const named = cjk ? formOf(normaliseSpace(cjk[1]!)) : null;
        if (named === 'cjk' || (named === 'hangul' && pattern !== QUOTED)) return opens(paragraph, add(normaliseSpace(cjk![1]!), text.slice(cjk![0].length), index, mainLook(paragraph.runs, cjk![0].length), written), false);
      }
    }
    if (match) return opens(paragraph, add(normaliseSpace(match[1]!), text.slice(match[0].length), index, mainLook(paragraph.runs, match[0].length), 'colon', match[0]), match[0].includes('\t'));
    const key = rowKey(paragraph);
    const cell = key ? cells.get(key) : undefined;
    if (cell) add(cell.label, text, index, mainLook(paragraph.runs));
  });
  // A label used once right after a line stopped mid-sentence, on a comma or a word no sentence ends on (continued.ts
  // endsOpen: `…call me at` then `NOON: the shop closes…`: a PDF
  // shows a line break as a paragraph of its own) is no speaker's: the speech goes on there (continued.ts), as in the DOCX.
  let at: Map<Paragraph, number> | null = null;
  let bodySet: Set<Paragraph> | null = null;
  for (const [paragraph, { key }] of openers) {
    if (found.get(key)?.paragraphs !== 1 || DIRECTIONS.has(key)) continue;
    at ??= new Map(paragraphs.map((p, i) => [p, i]));
    bodySet ??= new Set(body);
    // The paragraph right before it, of the body (no heading, no time code alone), in the same cell.
    const before = paragraphs[at.get(paragraph)! - 1];
    if (before !== undefined && bodySet.has(before) && cellOf(before) === cellOf(paragraph) && (endsOpen(textOf(before)) ?? 'word') !== 'word') {
      found.delete(key);
      openers.delete(paragraph);
    }
  }
  const going = found.size > 0 ? goingOn(paragraphs, openers) : new Map<string, number>();
  const inline = inlineLabels(found, body.length, going);
  if (inline) inline.said = [...saidFound.values()];
  return inline ?? nameLineLabels(script, body.length);
}

/**
 * `label-said-opener`: under a config of the speakers' labels (init's), the lines opening with a word
 * said aloud and a colon (`NOUVEAU : nos croissants…`) are nobody's — no speaker is named — and so
 * not recorded: said, since someone reads them. Null when there are none.
 */
export function saidOpenerWarning(labels: SpeakerLabels): Warning | null {
  const said = labels.said;
  if (said.length === 0) return null;
  const paragraphs = said.reduce((sum, s) => sum + s.paragraphs, 0);
  const words = said.reduce((sum, s) => sum + s.words, 0);
  const names = said.map((s) => `"${s.written}"`);
  return {
    code: 'label-said-opener',
    message:
      `${listOf(names)} ${said.length === 1 ? 'opens' : 'open'} ${plural(paragraphs, 'line')} (${plural(words, 'word')}) as ${said.length === 1 ? 'a word' : 'words'} said at a line's start, not as a speaker's name: no voice is made of ${said.length === 1 ? 'it' : 'them'}, and ${paragraphs === 1 ? 'that line is' : 'those lines are'} left unassigned, not recorded. ` +
      `Someone reads ${paragraphs === 1 ? 'it' : 'them'}: check who, for ${paragraphs === 1 ? 'its' : 'their'} words are in no voice's count.`,
    // `written`: the labels as the script writes them (`NOUVEAU :`), as the message shows them.
    details: { labels: said.map((s) => s.label), written: said.map((s) => s.written), lines: paragraphs, words },
  };
}

/**
 * By label: the paragraphs with no label that go on with its lines as casting reads them
 * (continued.ts), when another labelled line comes right after them: a speech of several paragraphs
 * labelled once, within the dialogue, is the label's too, in the share of the body its speakers hold.
 * What follows the last labelled line, or ends before a title, counts for none (a dialogue quoted in
 * prose is no label script). A direction's label (`SFX:`) starts none.
 */
function goingOn(paragraphs: readonly Paragraph[], openers: ReadonlyMap<Paragraph, { key: string; tabbed: boolean }>): Map<string, number> {
  const counts = new Map<string, number>();
  const base = (paragraph: Paragraph): BaseReading => {
    const opener = openers.get(paragraph);
    return opener && !DIRECTIONS.has(opener.key) ? { runs: paragraph.runs, fallback: opener.key, label: opener.key, tabbed: opener.tabbed } : { runs: paragraph.runs, fallback: null };
  };
  const { continued } = labelContinuations(paragraphs, base, () => false);
  let pending: { voice: string; count: number } | null = null;
  for (const paragraph of paragraphs) {
    const going = continued.get(paragraph);
    if (going) {
      pending = pending && pending.voice === going.voice ? { voice: going.voice, count: pending.count + 1 } : { voice: going.voice, count: 1 };
      continue;
    }
    if (pending && openers.has(paragraph)) counts.set(pending.voice, (counts.get(pending.voice) ?? 0) + pending.count);
    if (openers.has(paragraph) || hasWord(textOf(paragraph))) pending = null;
  }
  return counts;
}

/**
 * Of the labels opening paragraphs (or in cells of their own), the speakers', if the script is coded by
 * them; the paragraphs going on with a label's lines (`going`) count in the share with its own.
 */
function inlineLabels(found: Map<string, Found>, body: number, going: ReadonlyMap<string, number>): SpeakerLabels | null {
  return chooseLabels(found, body, (f) => f.paragraphs, 'inline', (f) => going.get(f.key) ?? 0);
}

/** The forms in the order a tie between them is settled: capitals over names, Latin over Chinese and Japanese. */
const FORMS: readonly LabelForm[] = ['capitals', 'name', 'cjk', 'hangul', 'cjk-bracket', 'cjk-paren'];

/** Whether a label of `form` is one of the script's speakers written in `chosen`: a Chinese, Japanese or Korean script mixes in Latin capitals (`NA：`, `A：`, `NA:`). */
const ofForm = (form: LabelForm, chosen: LabelForm) => form === chosen || ((chosen === 'cjk' || chosen === 'hangul') && form === 'capitals');

/**
 * Whether a direction's label `f` goes with speakers written in `chosen`: as ofForm; a note's (`NOTE_LABELS`)
 * also in the other Latin form (`Note:` beside `SAM:`, `NOTE:` beside `Narrator:`): a script's notes to the
 * reader are often typed apart from its speakers' names, and no speaker is called so.
 */
const directionOfForm = (f: Found, chosen: LabelForm) =>
  ofForm(f.form, chosen) || (NOTE_LABELS.has(f.key) && (f.form === 'capitals' || f.form === 'name') && (chosen === 'capitals' || chosen === 'name'));

/**
 * The speakers among the labels found, if the script is coded by them: the form the speakers are
 * written in (the one with more recurring speakers), at least two recurring, every label of that form
 * from the first recurring one on, on a third of the body or more (`weight`: a label's paragraphs;
 * `goesOn`: those going on from them with no label).
 * Chinese and Japanese labels must also be said: at least half their paragraphs end as a sentence
 * does (SAID), for a colon is no label's mark there (`时间：三点`, `地点：二楼会议室` are a notice's fields).
 */
function chooseLabels<T extends Found>(found: Map<string, T>, body: number, weight: (f: T) => number, layout: LabelLayout, goesOn: (f: T) => number = () => 0): SpeakerLabels | null {
  const recurring = (form: LabelForm) => [...found.values()].filter((f) => ofForm(f.form, form) && f.paragraphs >= 2 && !DIRECTIONS.has(f.key));
  let form: LabelForm = FORMS[0]!;
  let speakers = recurring(form);
  for (const other of FORMS.slice(1)) {
    const those = recurring(other);
    if (those.length > speakers.length) [form, speakers] = [other, those];
  }
  // A short script (a radio spot: a voice-over recurs, two or more characters speak once each) has one
  // recurring speaker: taken when speakers who speak once after it make it a dialogue, and its labelled
  // paragraphs are half its body (not a third).
  // A script whose one recurring speaker alternates with what is shown or heard, labelled too (`VO:` with
  // `OST:`, `GFX:`, `SFX:`; a note's label aside), is as much coded by labels as a dialogue is.
  // So too a script whose one speaker opens two thirds of its body or more, with notes labelled apart (`SAM:` on every
  // line but `NOTE:` twice, or `Note:` typed so beside the names in capitals): the notes are no speaker's words, which the
  // labels tell and the one colour does not.
  // So too one recurring speaker with cues each used once (`MUSIC:` then `SFX:`, an AV script's audio column): two
  // cue lines or more, the labelled lines half the body or more (as a short script's), tell it by labels.
  const cue = (f: T) => directionOfForm(f, form) && DIRECTIONS.has(f.key) && (!NOTE_LABELS.has(f.key) || weight(speakers[0]!) * 3 >= body * 2);
  const shown = speakers.length === 1 && [...found.values()].some((f) => f.paragraphs >= 2 && cue(f));
  let cued = false;
  if (speakers.length === 1 && !shown) {
    let cues = 0;
    for (const f of found.values()) if (cue(f)) cues += f.paragraphs;
    cued = cues >= 2;
  }
  const short = speakers.length === 1 && !shown && !cued;
  if (short) {
    const first = speakers[0]!.first;
    const once = [...found.values()].filter((f) => ofForm(f.form, form) && f.paragraphs === 1 && f.first > first && !DIRECTIONS.has(f.key));
    if (once.length < 2) return null;
  } else if (speakers.length < 2 && !shown && !cued) return null;
  const start = Math.min(...speakers.map((s) => s.first));
  const chosen = [...found.values()].filter((f) => (DIRECTIONS.has(f.key) ? directionOfForm(f, form) : ofForm(f.form, form) && f.first >= start)).sort((a, b) => a.first - b.first);
  const labelled = chosen.reduce((sum, f) => sum + weight(f), 0);
  // (A short script's share counts its labelled lines alone: a speech going on is no evidence there.)
  if (short || cued ? labelled * 2 < body : (labelled + chosen.reduce((sum, f) => sum + goesOn(f), 0)) * 3 < body) return null;
  if (CJK_FORMS.has(form)) {
    const said = chosen.filter((f) => !DIRECTIONS.has(f.key));
    if (said.reduce((sum, f) => sum + f.said, 0) * 2 < said.reduce((sum, f) => sum + f.paragraphs, 0)) return null;
  }
  return { labels: ordered(chosen), labelled, body, layout, said: [] };
}

/** The labels found, as the script writes each most often; the speakers' first, then the directions'. */
function ordered(chosen: readonly Found[]): SpeakerLabel[] {
  const labels = chosen.map((f) => ({
    // On a tie, the spelling in capitals (`TOM` over `Tom`): how a screenplay shows a name.
    label: [...f.spellings].sort((a, b) => b[1] - a[1] || capitalsIn(b[0], 0, b[0].length, false) - capitalsIn(a[0], 0, a[0].length, false))[0]![0],
    paragraphs: f.paragraphs,
    words: f.words,
    direction: DIRECTIONS.has(f.key),
    looks: [...f.looks],
  }));
  return [...labels.filter((l) => !l.direction), ...labels.filter((l) => l.direction)];
}

/**
 * Names standing alone on their lines above the dialogue (the screenplay and dubbing layout,
 * name-lines.ts). The same evidence as labels opening the lines: at least two names recur, taken from
 * the first recurring one on (a title in capitals above the script is no speaker), and the names'
 * blocks are at least a third of the body. Caps headings that are each used once are no speakers.
 * `paragraphs` is the times a name stands; `words` its dialogue's words.
 */
function nameLineLabels(script: Script, body: number): SpeakerLabels | null {
  const found = new Map<string, Found & { blockParagraphs: number }>();
  const { blocks, styled } = nameBlocks(script.paragraphs);
  blocks.forEach((block, index) => {
    const key = labelKey(block.name);
    // A name a screenwriting style holds may be in any case (the program shows it in capitals).
    const form = styled ? 'capitals' : (formOf(block.name) ?? 'capitals');
    if (FIELDS.has(key)) return;
    const entry = found.get(key) ?? { key, spellings: new Map(), paragraphs: 0, words: 0, first: index, form, looks: new Set<string>(), said: 0, blockParagraphs: 0 };
    entry.spellings.set(block.name, (entry.spellings.get(block.name) ?? 0) + 1);
    entry.paragraphs++;
    if (block.lines.length > 0 && SAID.test(textOf(block.lines[block.lines.length - 1]!))) entry.said++;
    entry.blockParagraphs += 1 + block.lines.length + block.directions.length;
    for (const line of block.lines) {
      entry.words += countWords(textOf(line));
      entry.looks.add(mainLook(line.runs));
    }
    found.set(key, entry);
  });
  return chooseLabels(found, body, (f) => f.blockParagraphs, 'name-lines');
}

/**
 * The labels of a voice map that stand in the script as names alone on their lines above dialogue (the
 * screenplay layout, as match.ts reads them), each with the name as the script first writes it
 * (`Marie` → `MARIE`): what a summary shows as the name on its line rather than as a label opening
 * the line (`"Marie:"`).
 */
export function labelsOnTheirLines(script: Script, map: VoiceMap | null): Map<string, string> {
  const entries = map?.voices.flatMap((voice) => voice.labels.map((label) => ({ voice: voice.name, label }))) ?? [];
  const shown = new Map<string, string>();
  if (entries.length === 0) return shown;
  // Names looked up as match.ts reads them (speaker-label.ts voiceLabelIndex: `ELODIE` for `Élodie`).
  const { find } = voiceLabelIndex(entries);
  const written = new Map<(typeof entries)[number], string>();
  for (const block of nameBlocks(script.paragraphs, (name) => find(name) !== undefined).blocks) {
    const entry = find(block.name)!;
    if (!written.has(entry)) written.set(entry, block.name);
  }
  for (const { label } of entries) {
    const entry = find(label);
    const name = entry && written.get(entry);
    if (name !== undefined) shown.set(label, name);
  }
  return shown;
}

/**
 * The labels of a voice map that open the script's lines in a form of their own, each as the script first
 * writes it there: a full-width colon (`ＮＡ：`, `旁白：`), brackets (`【旁白】`, `（철수）`), a name before corner
 * brackets (`太郎「…」`), a space before the colon as French typography sets it (`ANNONCEUR :`, a no-break space
 * shown as a space). What a summary shows instead of the label and a colon right after it (`"NA:"`), which the
 * script does not have. A label opening its lines with an ASCII colon right after it or a tab, or not opening any, is not in it.
 */
const MAY_OPEN = /[:：\t【［（(「『]/u;
const BRACKET_OPENS = /^[【［（(\[]/u;
const SPACE_COLON = /\s+:$/u;
const ASIDE = /\s*\([^()]*\)/gu;

export function labelsWritten(script: Script, map: VoiceMap | null): Map<string, string> {
  const entries = map?.voices.flatMap((voice) => voice.labels.filter((label) => label.trim() !== '').map((label) => ({ voice: voice.name, label }))) ?? [];
  const shown = new Map<string, string>();
  if (entries.length === 0) return shown;
  const finder = voiceLabelFinder(entries);
  const seen = new Set<(typeof entries)[number]>();
  for (const paragraph of script.paragraphs) {
    if (seen.size === entries.length) break;
    const text = textOf(paragraph);
    // (A line holding no colon, tab nor bracket of those forms opens with no label.)
    if (!MAY_OPEN.test(text.length > 120 ? text.slice(0, 120) : text)) continue;
    const found = finder(labelHead(text));
    if (!found || seen.has(found.entry)) continue;
    seen.add(found.entry);
    const opening = normaliseSpace(text.slice(found.cut.keep, found.cut.cut)).trim();
    const after = text.slice(found.cut.cut).trimStart();
    if (opening.includes('：') || BRACKET_OPENS.test(opening)) shown.set(found.entry.label, opening);
    // French typography's space before the colon (`ANNONCEUR :`, a no-break space the same), the aside left out.
    else if (SPACE_COLON.test(opening)) shown.set(found.entry.label, `${opening.replace(ASIDE, '').replace(SPACE_COLON, '')} :`);
    else if (after[0] === '「' || after[0] === '『') shown.set(found.entry.label, `${opening}${after[0]}…${after[0] === '「' ? '」' : '』'}`);
  }
  return shown;
}

/** Why names standing alone on their lines were not taken as speakers. */
export type NameLineReason = 'none-recurs' | 'one-recurs' | 'too-few';

export interface NameLineDoubt {
  /** The names, as first written, in order of first use. */
  names: string[];
  reason: NameLineReason;
}

/**
 * Lines in capitals standing alone over a paragraph, as speakers' names do in a screenplay, that
 * findSpeakerLabels did not take as speakers (headings each used once, a single speaker, too few of
 * the script's paragraphs): what the hint says instead of proposing them. Null when there are fewer
 * than two such lines, or when the script's speakers were found (by labels or by these names).
 */
export function nameLineDoubt(script: Script): NameLineDoubt | null {
  // Lines in capitals: a Chinese or Japanese name alone (no capitals there) is said nothing of here.
  const blocks = nameBlocks(script.paragraphs).blocks.filter((b) => !FIELDS.has(labelKey(b.name)) && formOf(b.name) !== 'cjk');
  if (blocks.length < 2 || findSpeakerLabels(script)) return null;
  const uses = new Map<string, { name: string; count: number }>();
  for (const block of blocks) {
    const key = labelKey(block.name);
    const use = uses.get(key) ?? { name: block.name, count: 0 };
    use.count++;
    uses.set(key, use);
  }
  const recurring = [...uses].filter(([key, use]) => use.count >= 2 && !DIRECTIONS.has(key)).length;
  return { names: [...uses.values()].map((u) => u.name), reason: recurring === 0 ? 'none-recurs' : recurring === 1 ? 'one-recurs' : 'too-few' };
}

/** The colour groups (a casting by colour) whose every line is a heading: Word's blue "Heading 1". */
export function headingOnlyGroups(casting: Casting): VoiceSpec[] {
  const headings = headingKeys(casting.script.paragraphs);
  const inHeadings = new Map<string, boolean>();
  for (const line of casting.lines) {
    if (line.voice === null) continue;
    inHeadings.set(line.voice, (inHeadings.get(line.voice) ?? true) && headings.has(locationKey(line.location)));
  }
  return casting.voices.filter((voice) => inHeadings.get(voice.name) === true);
}

/**
 * The speaker labels `init` may propose (null when there are none, or when the script is coded by
 * colour: more than one colour group outside its headings, for the colours then say who reads).
 */
export function proposedLabels(casting: Casting): SpeakerLabels | null {
  if (casting.mode !== 'colours') return null;
  const labels = findSpeakerLabels(casting.script);
  if (!labels) return null;
  const headingOnly = headingOnlyGroups(casting);
  if (casting.voices.filter((voice) => !headingOnly.includes(voice)).length <= 1) return labels;
  // Several colours: the labels say who speaks only if every speaker's lines are in one look (the
  // other colours then mark directions or notes). Speakers in colours of their own: the colours say it.
  const looks = new Set(labels.labels.filter((l) => !l.direction).flatMap((l) => l.looks));
  return looks.size === 1 ? labels : null;
}

/** The speakers' labels (directions' aside), as the script writes them. */
export const speakerNames = (labels: SpeakerLabels | null): string[] => labels?.labels.filter((l) => !l.direction).map((l) => l.label) ?? [];

/** The source of a voice map made of speakers' labels, as reports and messages say it. */
export const LABELS_SOURCE = 'the speaker labels in the script';

/** A voice map of the speakers' labels, each voice named by its label; every colour of the script unassigned. */
export function labelVoiceMap(labels: SpeakerLabels, colourGroups: readonly VoiceSpec[]): VoiceMap {
  // Black first: the colour of the text without a label, most often.
  const unassigned = new Set<Hex>(colourGroups.some((g) => g.colors.includes(BLACK)) ? [BLACK] : []);
  for (const group of colourGroups) for (const hex of [...group.colors, ...group.highlights]) unassigned.add(hex);
  return {
    voices: speakerNames(labels).map((name) => ({ name, colors: [], highlights: [], styles: [], labels: [name] })),
    unassigned: [...unassigned],
    directions: { ...DEFAULT_DIRECTIONS },
    tolerance: DEFAULT_TOLERANCE,
    source: LABELS_SOURCE,
    origin: 'config',
  };
}

/**
 * A script in one colour whose lines open with speakers' labels, cast again with one voice per
 * label (labelVoiceMap); null when proposedLabels finds no speaker. What `init` writes its config
 * from, and what the web page shows when nobody has named anything.
 */
export function castByLabels(casting: Casting): { labels: SpeakerLabels; casting: Casting } | null {
  const labels = proposedLabels(casting);
  if (!labels || speakerNames(labels).length === 0) return null;
  return { labels, casting: castScript(casting.script, labelVoiceMap(labels, casting.voices), { lineIds: false }) };
}
