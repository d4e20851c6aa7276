#!/usr/bin/env node
// Builds the large benchmark script bench/out/large-script.docx (~500 pages, ~160k words)
// and its config bench/out/vo-lines.config.json.
//
// The WordprocessingML is written as raw strings, shaped like what Word itself saves:
// runs split mid-paragraph at revision (w:rsid*) boundaries, w:proofErr marks, bookmarks,
// full rPr on every run (fonts, colour, size, w:lang), lastRenderedPageBreak marks,
// a styles.xml with a paragraph style chain and a theme part. Output is deterministic
// (seeded PRNG, fixed zip timestamps), so every machine benchmarks the same bytes.
//
// Usage: node bench/build-large-docx.mjs [--words N] [--out DIR]
// Also importable: `import { buildLargeDocx } from './build-large-docx.mjs'`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = join(HERE, 'out');
export const DOCX_NAME = 'large-script.docx';
export const CONFIG_NAME = 'vo-lines.config.json';
export const EXPECTED_NAME = 'large-script.expected.json';

export const CONFIG = {
  voices: {
    Narrator: { color: '#404040' },
    Trainer: { color: '#1F4E79' },
    Learner: { color: '#00B050' },
    Announcer: { highlight: 'yellow' },
  },
  wpm: 150,
};

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rand = mulberry32(0x5eed);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const hex8 = () => int(0, 0xffffffff).toString(16).toUpperCase().padStart(8, '0');
// Word's revision ids: 8 hex digits, usually starting "00".
const RSIDS = Array.from({ length: 64 }, () => '00' + int(0, 0xffffff).toString(16).toUpperCase().padStart(6, '0'));
const rsid = () => pick(RSIDS);

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------
const W = {
  subj: ['you', 'we', 'every team member', 'your manager', 'the customer', 'a new starter', 'the safety officer',
    'our support team', 'each site', 'the warehouse crew', 'the system', 'your supervisor', 'most people',
    'the night shift', 'a trained first aider', 'the duty manager', 'everyone on the floor', 'the auditor'],
  verb: ['check', 'record', 'report', 'review', 'confirm', 'update', 'share', 'escalate', 'sign off', 'inspect',
    'prepare', 'explain', 'label', 'store', 'clean', 'log', 'approve', 'compare', 'measure', 'photograph',
    'follow up on', 'double-check', 'hand over', 'submit', 'file'],
  obj: ['the delivery note', 'every incident', 'the temperature log', 'the risk assessment', 'each pallet',
    'the handover sheet', 'the first aid kit', 'your login details', 'the fire exits', 'the cleaning rota',
    'the customer record', 'any damaged stock', 'the loading bay', 'the spill kit', 'the daily checklist',
    'the visitor book', 'the ladder inspection tag', 'the cold room door', 'the near-miss form', 'your timesheet',
    'the forklift keys', 'the barcode scanner', 'the returns cage', 'the waste bins'],
  when: ['before the end of every shift', 'at the start of the day', 'as soon as you notice a problem',
    'within twenty-four hours', 'every Monday morning', 'before anyone leaves the site', 'after each delivery',
    'when the alarm sounds', 'during the weekly walk-round', 'whenever something changes', 'straight away',
    'before lunch', 'at least twice a week', 'once the area is clear', 'by half past nine'],
  why: ['so that nobody is put at risk', 'because the law requires it', 'so the next shift knows what happened',
    'to keep our customers safe', 'so the figures stay accurate', 'because small problems grow quickly',
    'to protect you and your colleagues', 'so we can learn from it', 'because the auditors will ask',
    'so stock never goes missing', 'to avoid costly mistakes'],
  adv: ['carefully', 'quickly', 'calmly', 'clearly', 'always', 'honestly', 'properly', 'politely', 'thoroughly'],
  opener: ['Remember,', 'In practice,', 'Most importantly,', 'On a busy day,', 'As a rule,', 'Here is the key point:',
    'First of all,', 'After that,', 'Finally,', 'In short,', 'To be clear,', 'Right,', 'Okay,', 'Now,',
    'Think about it this way:', 'For example,'],
  proper: ['Priya', 'Tom', 'Aisha', 'Marek', 'Chen', 'Fiona', 'Olu', 'Sanjay', 'Beth', 'Diego', 'Hannah', 'Kwame'],
  jargon: ['Zentrix', 'WMS', 'COSHH', 'RIDDOR', 'SharePoint', 'Kronos', 'onboarding', 'walkthrough', 'e-learning',
    'LOLER', 'RAMS', 'QuickLog', 'HazCom', 'StockSync'],
  question: ['What happens if', 'Should I still', 'Do I need to', 'Who do I tell if', 'How often do we',
    'Is it okay to', 'Why do we', 'Can I', 'When should I', 'What if'],
  react: ['That makes sense.', 'Got it, thanks.', 'Okay, I see.', 'Right, understood.', 'That is useful to know.',
    'I had not thought of that.', 'Sorry, can you say that again?', 'Makes sense to me.', 'Oh, I see now.'],
  announce: ['This module takes about ten minutes to complete.', 'Please make sure your sound is switched on.',
    'You can pause this course at any time and pick up where you left off.',
    'Select Next to continue to the knowledge check.', 'This section contains a short quiz.',
    'Your progress is saved automatically.', 'Please read the on-screen checklist before you continue.',
    'Module complete. Well done.', 'There are five questions in this check.', 'Select the correct answer, then select Submit.'],
  direction: ['Music fades in under narration.', 'SFX: warehouse ambience, forklift reversing in the distance.',
    'Pause two seconds.', 'Visual: animated checklist ticks off each item.', 'Music out.',
    'SFX: door closes.', 'On screen: the incident form, fields highlighted one by one.', 'Beat.',
    'Visual: close-up of the temperature display.', 'Transition to the next scene.',
    'Note to voice artist: warm, conversational, not too fast.', 'SFX: phone rings twice.'],
};

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function statement() {
  const parts = [];
  const form = int(0, 6);
  if (form === 0) parts.push(cap(pick(W.subj)), 'should', pick(W.adv), pick(W.verb), pick(W.obj), pick(W.when) + '.');
  else if (form === 1) parts.push(pick(W.opener), pick(W.subj), 'must', pick(W.verb), pick(W.obj), pick(W.why) + '.');
  else if (form === 2) parts.push(cap(pick(W.verb)), pick(W.obj), pick(W.when) + ',', pick(W.why) + '.');
  else if (form === 3) parts.push('When', pick(W.proper), 'opened', 'the', pick(W.jargon), 'screen,', 'the first job was to', pick(W.verb), pick(W.obj) + '.');
  else if (form === 4) parts.push(pick(W.opener), 'use', pick(W.jargon), 'to', pick(W.verb), pick(W.obj), 'and', pick(W.verb), pick(W.obj), pick(W.when) + '.');
  else if (form === 5) parts.push('If', pick(W.subj), 'cannot', pick(W.verb), pick(W.obj) + ',', 'tell', pick(W.proper), pick(W.when) + '.');
  else parts.push('There are', String(int(2, 12)), 'things to', pick(W.verb), 'on', pick(W.obj) + ',', 'and', pick(W.subj), 'will', pick(W.verb), 'them', pick(W.adv) + '.');
  return parts.join(' ');
}

function question() {
  return [pick(W.question), pick(W.subj), pick(W.verb), pick(W.obj), pick(W.when) + '?'].join(' ');
}

function narratorText() {
  return Array.from({ length: int(2, 6) }, statement).join(' ');
}
function trainerText() {
  const out = [];
  for (let i = int(1, 5); i > 0; i--) out.push(chance(0.15) ? `${pick(W.proper)}, ${statement().replace(/^./, (c) => c.toLowerCase())}` : statement());
  return out.join(' ');
}
function learnerText() {
  const out = [];
  if (chance(0.5)) out.push(pick(W.react));
  out.push(chance(0.6) ? question() : statement());
  if (chance(0.3)) out.push(statement());
  return out.join(' ');
}
function announcerText() {
  return Array.from({ length: int(1, 2) }, () => pick(W.announce)).join(' ');
}

// ---------------------------------------------------------------------------
// WordprocessingML
// ---------------------------------------------------------------------------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONTS = '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>';
const LANG = '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>';

// Run formatting per voice (what Word writes when a user colours text).
const FMT = {
  Narrator: { color: '<w:color w:val="404040" w:themeColor="text1" w:themeTint="BF"/>', extra: '' },
  Trainer: { color: '<w:color w:val="1F4E79"/>', extra: '' },
  Learner: { color: '<w:color w:val="00B050"/>', extra: '' },
  Announcer: { color: '', extra: '<w:highlight w:val="yellow"/>' },
  // Unassigned text: black, sometimes explicit, sometimes automatic.
  Black: { color: '<w:color w:val="000000"/>', extra: '' },
  Auto: { color: '', extra: '' },
};

const FLAGGED = /^(Zentrix|QuickLog|StockSync|Kronos|HazCom|Aisha|Marek|Kwame|Olu)\b/;

function rPr(voice, { italic = false, bold = false, size = 22 } = {}) {
  const f = FMT[voice];
  return `<w:rPr>${FONTS}${bold ? '<w:b/><w:bCs/>' : ''}${italic ? '<w:i/><w:iCs/>' : ''}${f.color}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>${f.extra}${LANG}</w:rPr>`;
}

// Counters shared by the whole document.
const stats = { words: 0, paragraphs: 0, runs: 0, tables: 0, mixedParagraphs: 0, byVoice: {}, pageMarks: 0 };
let wordsSincePageMark = 0;
let bookmarkId = 0;
let paraId = 0x10000000;
const WORDS_PER_PAGE = 320;

function countWords(voice, text) {
  const n = text.split(/\s+/).filter(Boolean).length;
  stats.words += n;
  const key = voice === 'Black' || voice === 'Auto' ? '(unassigned)' : voice;
  stats.byVoice[key] = (stats.byVoice[key] ?? 0) + n;
  return n;
}

/** Splits one voice's text into several runs the way Word does (revision boundaries, spell-check marks). */
function runs(voice, text, opts = {}) {
  countWords(voice, text);
  const words = text.split(' ');
  const props = rPr(voice, opts);
  let xml = '';
  let i = 0;
  while (i < words.length) {
    let n = Math.min(words.length - i, int(1, 5));
    // Word isolates words its spell-checker flags in their own run between w:proofErr marks.
    for (let k = 0; k < n; k++) {
      if (FLAGGED.test(words[i + k])) {
        n = k === 0 ? 1 : k;
        break;
      }
    }
    const chunk = words.slice(i, i + n);
    i += n;
    const t = chunk.join(' ') + (i < words.length || opts.trailingSpace ? ' ' : '');
    let pageMark = '';
    wordsSincePageMark += n;
    if (wordsSincePageMark >= WORDS_PER_PAGE) {
      wordsSincePageMark = 0;
      stats.pageMarks++;
      pageMark = '<w:lastRenderedPageBreak/>';
    }
    const misspelt = chunk.length === 1 && FLAGGED.test(chunk[0]);
    const rAttr = chance(0.6) ? ` w:rsidR="${rsid()}"` : '';
    const rPrAttr = chance(0.5) ? ` w:rsidRPr="${rsid()}"` : '';
    const run = `<w:r${rAttr}${rPrAttr}>${props}${pageMark}<w:t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${esc(t)}</w:t></w:r>`;
    stats.runs++;
    xml += misspelt ? `<w:proofErr w:type="spellStart"/>${run}<w:proofErr w:type="spellEnd"/>` : run;
    if (chance(0.04)) xml += '<w:proofErr w:type="gramStart"/>';
    else if (chance(0.04)) xml += '<w:proofErr w:type="gramEnd"/>';
  }
  return xml;
}

function pOpen(style, pVoice) {
  paraId++;
  stats.paragraphs++;
  const pRunProps = pVoice ? rPr(pVoice) : '';
  return `<w:p w14:paraId="${paraId.toString(16).toUpperCase()}" w14:textId="${hex8()}" w:rsidR="${rsid()}" w:rsidRPr="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}"><w:pPr><w:pStyle w:val="${style}"/>${chance(0.3) ? '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>' : ''}${pRunProps}</w:pPr>`;
}

function withBookmark(inner) {
  if (!chance(0.06)) return inner;
  const id = bookmarkId++;
  return `<w:bookmarkStart w:id="${id}" w:name="_Hlk${int(10000000, 99999999)}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
}

function voiceParagraph(voice, text) {
  return `${pOpen('ScriptLine', voice)}${withBookmark(runs(voice, text))}</w:p>`;
}

function mixedParagraph() {
  stats.mixedParagraphs++;
  const [a, b] = pick([['Trainer', 'Learner'], ['Learner', 'Trainer'], ['Narrator', 'Announcer'], ['Trainer', 'Narrator']]);
  const textFor = { Trainer: trainerText, Learner: learnerText, Narrator: narratorText, Announcer: announcerText };
  return `${pOpen('ScriptLine', a)}${runs(a, textFor[a](), { trailingSpace: true })}${runs(b, textFor[b]())}</w:p>`;
}

function directionParagraph() {
  return `${pOpen('Direction', null)}${runs(chance(0.5) ? 'Black' : 'Auto', `[${pick(W.direction)}]`, { italic: true })}</w:p>`;
}

function headingParagraph(text, pageBreak) {
  const br = pageBreak ? `<w:r>${rPr('Auto')}<w:br w:type="page"/></w:r>` : '';
  return `${pOpen('SceneHeading', null)}${br}<w:bookmarkStart w:id="${bookmarkId}" w:name="_Toc${int(100000000, 999999999)}"/>${runs('Auto', text, { bold: true, size: 28 })}<w:bookmarkEnd w:id="${bookmarkId++}"/></w:p>`;
}

function cell(width, inner) {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
}

function table() {
  stats.tables++;
  const widths = [1200, 1800, 6026];
  let xml = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  xml += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const head = ['Cue', 'Voice', 'Line'];
  xml += `<w:tr w:rsidR="${rsid()}" w14:paraId="${hex8()}" w14:textId="${hex8()}"><w:trPr><w:tblHeader/></w:trPr>${head
    .map((h, i) => cell(widths[i], `${pOpen('TableText', null)}${runs('Auto', h, { bold: true })}</w:p>`))
    .join('')}</w:tr>`;
  const rows = int(6, 14);
  for (let r = 0; r < rows; r++) {
    const voice = pick(['Narrator', 'Trainer', 'Learner', 'Trainer', 'Narrator', 'Announcer']);
    const text = { Narrator: narratorText, Trainer: trainerText, Learner: learnerText, Announcer: announcerText }[voice]();
    xml += `<w:tr w:rsidR="${rsid()}" w14:paraId="${hex8()}" w14:textId="${hex8()}">`;
    xml += cell(widths[0], `${pOpen('TableText', null)}${runs('Black', `C-${String(stats.tables).padStart(3, '0')}.${r + 1}`)}</w:p>`);
    xml += cell(widths[1], `${pOpen('TableText', null)}${runs('Black', voice)}</w:p>`);
    xml += cell(widths[2], `${pOpen('TableText', voice)}${runs(voice, text)}</w:p>`);
    xml += '</w:tr>';
  }
  return xml + '</w:tbl>';
}

const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'mc:Ignorable="w14 w15"';

function documentXml(targetWords) {
  const body = [];
  let module = 0;
  while (stats.words < targetWords) {
    module++;
    body.push(headingParagraph(`Module ${module}: ${cap(pick(W.verb))} ${pick(W.obj)}`, module > 1));
    const scenes = int(3, 5);
    for (let s = 1; s <= scenes && stats.words < targetWords; s++) {
      body.push(headingParagraph(`Scene ${module}.${s}`, false));
      body.push(directionParagraph());
      if (s === 1) body.push(voiceParagraph('Announcer', announcerText()));
      const paragraphs = int(14, 26);
      for (let p = 0; p < paragraphs; p++) {
        const roll = rand();
        if (roll < 0.3) body.push(voiceParagraph('Narrator', narratorText()));
        else if (roll < 0.55) body.push(voiceParagraph('Trainer', trainerText()));
        else if (roll < 0.72) body.push(voiceParagraph('Learner', learnerText()));
        else if (roll < 0.77) body.push(voiceParagraph('Announcer', announcerText()));
        else if (roll < 0.87) body.push(mixedParagraph());
        else body.push(directionParagraph());
      }
      if (chance(0.35)) {
        body.push(table());
        // Word always puts a paragraph after a table.
        body.push(`${pOpen('ScriptLine', null)}</w:p>`);
        stats.paragraphs--; // the empty one holds no text
      }
    }
  }
  const sectPr =
    '<w:sectPr w:rsidR="00B21C4F" w:rsidSect="00A64F1E"><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="ScriptBase"><w:name w:val="Script Base"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:color w:val="000000" w:themeColor="text1"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ScriptLine"><w:name w:val="Script Line"/><w:basedOn w:val="ScriptBase"/><w:next w:val="ScriptLine"/><w:qFormat/><w:pPr><w:ind w:left="284"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Direction"><w:name w:val="Direction"/><w:basedOn w:val="ScriptLine"/><w:next w:val="ScriptLine"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SceneHeading"><w:name w:val="Scene Heading"/><w:basedOn w:val="ScriptBase"/><w:next w:val="ScriptLine"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="ScriptBase"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
</w:styles>`;

const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

function settingsXml() {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="${RSIDS[0]}"/>${RSIDS.map((r) => `<w:rsid w:val="${r}"/>`).join('')}</w:rsids><w:themeFontLang w:val="en-GB"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`;
}

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Warehouse Safety Induction - VO Script (benchmark)</dc:title><dc:creator>vo-lines bench</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`;

const appXml = (pages, words) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Pages>${pages}</Pages><Words>${words}</Words><Application>Microsoft Office Word</Application></Properties>`;

/** Builds the DOCX and config into outDir; returns paths and statistics. */
export function buildLargeDocx({ outDir = DEFAULT_OUT_DIR, words = 160_000 } = {}) {
  // Reset all state so repeated calls in one process give identical bytes.
  rand = mulberry32(0x5eed);
  RSIDS.splice(0, RSIDS.length, ...Array.from({ length: 64 }, () => '00' + int(0, 0xffffff).toString(16).toUpperCase().padStart(6, '0')));
  Object.assign(stats, { words: 0, paragraphs: 0, runs: 0, tables: 0, mixedParagraphs: 0, byVoice: {}, pageMarks: 0 });
  wordsSincePageMark = 0;
  bookmarkId = 0;
  paraId = 0x10000000;

  const doc = documentXml(words);
  const pages = stats.pageMarks + 1;
  const mtime = new Date('2024-01-01T00:00:00Z');
  const files = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'docProps/core.xml': strToU8(CORE),
    'docProps/app.xml': strToU8(appXml(pages, stats.words)),
    'word/document.xml': strToU8(doc),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/styles.xml': strToU8(STYLES),
    'word/settings.xml': strToU8(settingsXml()),
    'word/theme/theme1.xml': strToU8(THEME),
  };
  const zip = zipSync(files, { level: 6, mtime });
  mkdirSync(outDir, { recursive: true });
  const docxPath = join(outDir, DOCX_NAME);
  const configPath = join(outDir, CONFIG_NAME);
  const expectedPath = join(outDir, EXPECTED_NAME);
  writeFileSync(docxPath, zip);
  writeFileSync(configPath, JSON.stringify(CONFIG, null, 2) + '\n');
  const info = {
    docx: docxPath,
    config: configPath,
    sha256: createHash('sha256').update(zip).digest('hex'),
    docxBytes: zip.length,
    documentXmlBytes: files['word/document.xml'].length,
    pages,
    words: stats.words,
    paragraphs: stats.paragraphs,
    runs: stats.runs,
    tables: stats.tables,
    mixedParagraphs: stats.mixedParagraphs,
    wordsByVoice: stats.byVoice,
  };
  writeFileSync(expectedPath, JSON.stringify(info, null, 2) + '\n');
  return { ...info, expected: expectedPath };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const t0 = performance.now();
  const info = buildLargeDocx({ outDir: opt('--out') ? resolve(opt('--out')) : DEFAULT_OUT_DIR, words: Number(opt('--words') ?? 160_000) });
  const mb = (n) => (n / 1024 / 1024).toFixed(1) + ' MB';
  console.log(`wrote ${info.docx} (${mb(info.docxBytes)}; document.xml ${mb(info.documentXmlBytes)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`  ~${info.pages} pages, ${info.words} words, ${info.paragraphs} paragraphs, ${info.runs} runs, ${info.tables} tables, ${info.mixedParagraphs} two-voice paragraphs`);
  console.log(`  words by voice: ${Object.entries(info.wordsByVoice).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`wrote ${info.config}`);
}
