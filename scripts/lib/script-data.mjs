// What the fixture and sample builders share: the counting rules their expectations are computed
// with (written apart from src/, so the tests check the tool against an independent counter), French
// typography, the DOCX post-process that makes rebuilds byte-stable, and LibreOffice conversion.
//
// Line rule: a line is a maximal stretch of one voice inside one paragraph. A stretch with no letter
// or digit (a space, a full stop, a quote mark, a dash in another colour) joins the stretch before it
// in the same paragraph, or the one after it when it opens the paragraph. Whitespace runs (any Unicode
// whitespace, NBSP and U+202F included) collapse to one U+0020 space, and the line is trimmed.
// Word rule: split on Unicode whitespace; a token counts when it holds at least one letter or digit.
import { execFileSync } from 'node:child_process';
import { HeadingLevel, Paragraph, Tab, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export function countWords(text) {
  return text.split(/\s+/u).filter((t) => HAS_WORD_CHAR.test(t)).length;
}

export const normalise = (text) => text.replace(/\s+/gu, ' ').trim();

/**
 * Segments [{voice, text}] of one paragraph → lines [{voice, text}]. `keyOf` groups the segments
 * (by voice by default; by colour for colour groups): the line's `voice` is that key.
 */
export function paragraphLines(segments, keyOf = (s) => s.voice) {
  const stretches = [];
  for (const s of segments) {
    const key = keyOf(s);
    const last = stretches.at(-1);
    if (last && last.voice === key) last.text += s.text;
    else stretches.push({ voice: key, text: s.text });
  }
  const out = [];
  let pending = ''; // neutral text at paragraph start, waiting for the first real stretch
  for (const st of stretches) {
    if (!HAS_WORD_CHAR.test(st.text)) {
      if (out.length) out.at(-1).text += st.text;
      else pending += st.text;
      continue;
    }
    const last = out.at(-1);
    if (last && last.voice === st.voice) last.text += st.text;
    else out.push({ voice: st.voice, text: pending + st.text });
    pending = '';
  }
  // (a paragraph with no letter/digit at all gives no line)
  return out.map((l) => ({ voice: l.voice, text: normalise(l.text) })).filter((l) => l.text);
}

/**
 * Words read aloud: directions in [brackets] anywhere and (parentheses) opening the line are not;
 * `said` is a builder's hand-written table of [written in context, as said] for its figures,
 * symbols and acronyms (README "Spoken words").
 */
export function spokenWords(line, said = []) {
  let text = line.replace(/\[[^\][]*\]/g, ' ');
  while (/^\s*\([^()]*\)/.test(text)) text = text.replace(/^\s*\([^()]*\)/, ' ');
  for (const [written, spoken] of said) text = text.split(written).join(spoken);
  return countWords(text);
}

/** French typography as Word's French autocorrect writes it. */
export function fr(s) {
  return s
    .replace(/'/g, '\u2019') // typographic apostrophe
    .replace(/« /g, '«\u00A0')
    .replace(/ »/g, '\u00A0»')
    .replace(/ :/g, '\u00A0:')
    .replace(/ ([?!;])/g, '\u202F$1'); // narrow no-break space before ? ! ;
}

/**
 * Rewrites a DOCX from the `docx` package: Word's text1 theme colour name (the package writes dark1),
 * fixed document dates and zip times, [Content_Types].xml first as Word does: rebuilds are byte-stable.
 */
export function postProcess(buf, fixedDate) {
  const files = unzipSync(new Uint8Array(buf));
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const doc = dec.decode(files['word/document.xml']).replace(/(<w:color w:val="[0-9A-Fa-f]{6}" w:themeColor=")dark1(")/g, '$1text1$2');
  files['word/document.xml'] = enc.encode(doc);
  if (files['docProps/core.xml']) {
    files['docProps/core.xml'] = enc.encode(dec.decode(files['docProps/core.xml']).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${fixedDate}`));
  }
  const mtime = new Date(fixedDate);
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  return Buffer.from(zipSync(Object.fromEntries(names.map((n) => [n, [files[n], { mtime, level: 6 }]]))));
}

export function sofficeVersion() {
  try {
    return execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** `soffice --convert-to` with a private profile (another running soffice would make it a silent no-op). */
export function sofficeConvert(files, format, outDir, profile) {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 300_000 });
}

/** Segments [{text, run}] → docx runs (`run.tab` writes a tab; empty text writes nothing). */
export function runsOf(segs) {
  const runs = [];
  for (const s of segs) {
    if (s.run.tab) runs.push(new TextRun({ children: [new Tab()] }));
    else if (s.text !== '') runs.push(new TextRun({ text: s.text, ...s.run }));
  }
  return runs;
}

/** A paragraph block {segs, style?: 'title' | 'heading2'} → a docx Paragraph, 6 pt after. */
export function paragraphOf(block) {
  const opts = { children: runsOf(block.segs), spacing: { after: 120 } };
  if (block.style === 'title') return new Paragraph({ ...opts, heading: HeadingLevel.TITLE });
  if (block.style === 'heading2') return new Paragraph({ ...opts, heading: HeadingLevel.HEADING_2 });
  return new Paragraph(opts);
}
