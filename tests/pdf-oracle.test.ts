import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf/index.js';

/**
 * An independent oracle: MuPDF's structured text (`mutool draw -F stext`, Debian mupdf-tools)
 * prints every character with its fill colour. Per-colour word counts from it must equal ours.
 * Colours are matched by nearest, not exact hex: engines convert CMYK differently.
 * In CI (CI=true) a missing mutool fails the test; locally it is skipped.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'pdf');
// Left out on purpose: invisible.pdf (MuPDF extracts invisible and clipped text, as for OCR layers)
// and tracking.pdf (MuPDF splits letter-spaced words into letters).
const COMPARED = ['colours.pdf', 'kerning.pdf', 'shading.pdf', 'highlight.pdf', 'columns.pdf', 'table.pdf', 'pagebreak.pdf', 'furniture.pdf', 'tabs.pdf', 'subset-space.pdf'];

function hasMutool(): boolean {
  try {
    execFileSync('mutool', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mutool = hasMutool();

type Counts = Map<string, number>;
const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w);

/** Counts words per colour from (character, colour) pairs; a word takes its first character's colour. */
function countWords(chars: [string, string][], counts: Counts = new Map()): Counts {
  let word = '';
  let color = '';
  const flush = () => {
    if (isWord(word)) counts.set(color, (counts.get(color) ?? 0) + 1);
    word = '';
  };
  for (const [c, col] of chars) {
    if (/\s/.test(c)) flush();
    else {
      if (!word) color = col.toUpperCase();
      word += c;
    }
  }
  flush();
  return counts;
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'"
      : String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

function mutoolCounts(file: string): Counts {
  const xml = execFileSync('mutool', ['draw', '-F', 'stext', '-o', '-', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  // Each <line> ends its words, as our paragraph line joins do — except a compound broken at its own
  // hyphen ("plain-" / "pied"), which the reader (like any reader of the page) joins into one word.
  const lines = xml.split('</line>').map((line) => [...line.matchAll(/<char\b[^>]*?\bcolor="(#[0-9a-fA-F]{6})"[^>]*?\bc="([^"]*)"/g)].map((m) => [decode(m[2]!), m[1]!] as [string, string]));
  const chars: [string, string][] = [];
  lines.forEach((line, i) => {
    chars.push(...line);
    const text = line.map(([c]) => c).join('').trimEnd();
    const next = lines[i + 1]?.map(([c]) => c).join('').trimStart() ?? '';
    if (!(/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next))) chars.push([' ', '']);
  });
  return countWords(chars);
}

async function ourCounts(file: string): Promise<Counts> {
  const script = await readPdf(new Uint8Array(readFileSync(file)), file, { include: ['header', 'footer'] });
  const counts: Counts = new Map();
  for (const p of script.paragraphs) {
    countWords(p.runs.flatMap((r) => [...r.text].map((c): [string, string] => [c, r.color])), counts);
  }
  return counts;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]));

/**
 * Re-keys the oracle's counts to our colours, pairing each of its colours with one of ours,
 * closest pairs first (one to one: #FF0000 is as near #CC0000 as pdf.js's CMYK red #FF2E17).
 */
function alignTo(ours: Counts, theirs: Counts): Counts {
  const pairs = [...theirs.keys()].flatMap((t) => [...ours.keys()].map((o) => ({ t, o, d: distance(t, o) })));
  pairs.sort((a, b) => a.d - b.d);
  const mapped = new Map<string, string>();
  const used = new Set<string>();
  for (const { t, o, d } of pairs) {
    if (d < 100 && !mapped.has(t) && !used.has(o)) {
      mapped.set(t, o);
      used.add(o);
    }
  }
  const aligned: Counts = new Map();
  for (const [color, n] of theirs) {
    const key = mapped.get(color) ?? color;
    aligned.set(key, (aligned.get(key) ?? 0) + n);
  }
  return aligned;
}

describe('PDF reader against the MuPDF oracle', () => {
  it.skipIf(!mutool && !process.env.CI)('mutool is available (CI installs mupdf-tools)', () => {
    if (!mutool) throw new Error('mutool is not on PATH: install mupdf-tools (apt-get install mupdf-tools) to run the PDF oracle test.');
  });

  const SAMPLES = join(import.meta.dirname, '..', 'samples');
  const files = [
    ...COMPARED.map((name) => [name, join(FIXTURES, name)]),
    ['samples/fr-elearning/module-securite.pdf', join(SAMPLES, 'fr-elearning', 'module-securite.pdf')],
    ['samples/en-commercial/spring-sale.pdf', join(SAMPLES, 'en-commercial', 'spring-sale.pdf')],
    // Real producers' layouts (tests/fixtures/pdf-layout/README.md): columns, rotated pages, tables over pages.
    ...['audiobook-columns.pdf', 'storyboard-landscape-fr.pdf', 'storyboard-en-lo.pdf', 'storyboard-en-chromium.pdf'].map((name) => [
      `pdf-layout/${name}`,
      join(FIXTURES, '..', 'pdf-layout', name),
    ]),
  ];
  // MuPDF reads a table's header row again on each page it is repeated on; we read it once.
  const repeatedHeader: Record<string, number> = {
    'pdf-layout/storyboard-landscape-fr.pdf': 6, // Écran | Texte à l’écran | Voix off, repeated on page 3
    'pdf-layout/storyboard-en-lo.pdf': 5, // Scene | On screen | Voice over, repeated on page 2
    'pdf-layout/storyboard-en-chromium.pdf': 5,
  };
  // MuPDF reads a running header or footer on every page; we read it once, where it first stands
  // (as a DOCX's header part is read once): the words of its repeats on the other pages.
  const repeatedFurniture: Record<string, number> = {
    'pagebreak.pdf': 1, // the page number "2"
    'furniture.pdf': 18, // "ACME COFFEE :30 - DRAFT 3" (5 words) and "Page N of 3" (4) on pages 2 and 3
    'pdf-layout/audiobook-columns.pdf': 1, // the page number "2"
    'pdf-layout/storyboard-landscape-fr.pdf': 24, // the footer's 8 words on pages 2, 3 and 4
    'pdf-layout/storyboard-en-lo.pdf': 6, // "Forklift Safety, module 2 — page 2"
    'pdf-layout/storyboard-en-chromium.pdf': 12, // Chromium's date, title, file URL and "N/2" on page 2
  };
  for (const [name, file] of files) {
    it.skipIf(!mutool)(`${name}: per-colour word counts match mutool stext`, async () => {
      const ours = await ourCounts(file);
      const theirs = alignTo(ours, mutoolCounts(file));
      if (repeatedHeader[name]) theirs.set('#000000', theirs.get('#000000')! - repeatedHeader[name]);
      if (repeatedFurniture[name]) theirs.set('#000000', theirs.get('#000000')! - repeatedFurniture[name]);
      expect(Object.fromEntries([...ours].sort())).toEqual(Object.fromEntries([...theirs].sort()));
      expect(ours.size).toBeGreaterThan(0);
    });
  }
});
