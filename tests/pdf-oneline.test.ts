/**
 * One-line paragraphs of like width (scripts/build-oneline-fixtures.py): a script of one sentence a
 * paragraph, each on one line and all about as wide, read from its PDF as its DOCX reads: one line a
 * paragraph, not the whole script run into one line (the furthest line was taken for the right
 * margin, so none looked short). Layouts whose lines do wrap read as their DOCX: justified
 * paragraphs, double-spaced prose with a wide right margin, and (no longer split at every line)
 * narrow text, a two-column page's left column alone or a narrow box; verse keeps its reading.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';

const DIR = join(__dirname, 'fixtures', 'pdf-oneline');
const configDir = mkdtempSync(join(tmpdir(), 'vo-oneline-'));
const CONFIG = join(configDir, 'config.json');
writeFileSync(CONFIG, JSON.stringify({ voices: { Narrator: { color: '#1F4E9F' }, Marie: { color: '#C00000' } }, unassigned: ['#000000'] }));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

/** The sentences of the script, as the fixture script writes them: one a paragraph, the Narrator's three, then Marie's three, and so on. */
const SENTENCES = [
  'The harbour lies quiet under a grey sky before the first boats.',
  'Marie walks along the quay with her basket and her old red coat.',
  'A fisherman mends his nets and hums a song from his childhood.',
  'The gulls circle above the market stalls as the crates come in.',
  'She stops at the baker and buys two loaves for the long journey.',
  'The bell of the church rings seven times across the still water.',
  'Her brother waits by the lighthouse with the keys to the boat.',
  'They check the ropes, the fuel and the radio before they leave.',
  'The wind turns to the west and the first waves slap the hull.',
  'Marie laughs and says the sea has never frightened her at all.',
  'On the horizon a cargo ship moves slowly towards the big port.',
  'Her brother points at the island where their mother was born.',
  'The engine coughs twice, then settles into a steady old rhythm.',
  'They pass the rocks where the seals sleep in the warm sunlight.',
  'A small cloud of rain drifts over the cliffs and soon moves on.',
  'The island grows larger and the white houses come into view.',
  'An old woman waves at them from the end of the wooden jetty.',
  'Marie ties the boat and jumps onto the planks with her basket.',
  'They climb the narrow path to the house with the blue shutters.',
  'The door opens before they knock, and their aunt smiles at them.',
];

/** What a narrator sees: each voice's lines and words, the unassigned lines. */
async function linesOf(file: string) {
  const { report } = await analyse(join(DIR, file), { config: CONFIG });
  const out: Record<string, { lines: string[]; words: number }> = {};
  for (const v of report.voices) out[v.name] = { lines: v.lines.map((l) => l.text), words: v.words };
  out['(unassigned)'] = { lines: report.unassigned.lines.map((l) => l.text), words: report.unassigned.words };
  return { out, warnings: report.warnings.map((w) => w.code) };
}

/** The voices' lines of `count` sentences taken in turns of three. */
function expected(count: number) {
  const voice = (v: number) => {
    const lines = Array.from({ length: count }, (_, i) => SENTENCES[i % SENTENCES.length]!).filter((_, i) => Math.floor(i / 3) % 2 === v);
    return { lines, words: lines.join(' ').split(/\s+/u).length };
  };
  return { Narrator: voice(0), Marie: voice(1), '(unassigned)': { lines: [], words: 0 } };
}

const texts = async (file: string) => (await readScript(join(DIR, file))).paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('one-line paragraphs of like width are paragraphs', () => {
  it.each([
    ['lo-oneline-spaced', 20],
    ['lo-oneline-tight', 20],
    ['lo-oneline-pages', 45],
  ])('%s.pdf (LibreOffice): every voice’s lines and words are the DOCX’s, one sentence a line', async (name, count) => {
    const pdf = await linesOf(`${name}.pdf`);
    const docx = await linesOf(`${name}.docx`);
    expect(docx.out).toEqual(expected(count));
    // Before: the whole script one paragraph, each voice's turn of three sentences one line.
    expect(pdf.out).toEqual(docx.out);
    expect(pdf.warnings).toEqual([]);
  });

  it('lo-oneline-digits.pdf: sentences that differ only by their number, every line as wide as the next to the point, are not justified text: one a line, as the DOCX', async () => {
    // Before: run together (its lines, all ending at one x, read as text justified at an edge of its own).
    const pdf = await linesOf('lo-oneline-digits.pdf');
    const docx = await linesOf('lo-oneline-digits.docx');
    const numbered = (v: number) => Array.from({ length: 24 }, (_, i) => `Sentence ${10 + i} of the narration goes on here with a few more words.`).filter((_, i) => Math.floor(i / 3) % 2 === v);
    expect(docx.out).toEqual({ Narrator: { lines: numbered(0), words: 156 }, Marie: { lines: numbered(1), words: 156 }, '(unassigned)': { lines: [], words: 0 } });
    expect(pdf.out).toEqual(docx.out);
  });

  it.each(['tex-oneline', 'chromium-oneline'])('%s.pdf: one sentence a line', async (name) => {
    expect((await linesOf(`${name}.pdf`)).out).toEqual(expected(20));
  });

  it('chromium-oneline-fr.pdf: French sentence ends (a narrow no-break space before "!" and "?", "»" after a no-break space, an ellipsis) end paragraphs too', async () => {
    // Before: 3 paragraphs, the first of 7 sentences.
    expect(await texts('chromium-oneline-fr.pdf')).toEqual([
      'Le port est calme sous un ciel gris avant le retour des bateaux.',
      'Marie longe le quai avec son panier et son vieux manteau rouge\u202f!',
      'Un pêcheur répare ses filets en fredonnant un air de son enfance.',
      'Les mouettes tournent au-dessus des étals quand arrivent les caisses.',
      'Elle s’arrête chez le boulanger : «\u00a0Deux pains pour la traversée.\u00a0»',
      'La cloche de l’église sonne sept coups au-dessus de l’eau immobile.',
      'Son frère l’attend près du phare avec les clés du bateau, non\u202f?',
      'Ils vérifient les cordages, le carburant et la radio avant de partir.',
      'Le vent tourne à l’ouest et les premières vagues frappent la coque…',
      'Marie rit et dit que la mer ne lui a jamais fait peur du tout.',
    ]);
  });
});

describe('lines that wrap keep their reading', () => {
  it.each(['lo-oneline-justified', 'lo-oneline-double'])('%s.pdf: the DOCX’s four paragraphs', async (name) => {
    const pdf = await texts(`${name}.pdf`);
    expect(pdf).toHaveLength(4);
    expect(pdf).toEqual(await texts(`${name}.docx`));
  });

  it('lo-oneline-columns.pdf: a two-column page with text in the left column only, wrapped mid-sentence, reads the DOCX’s four paragraphs', async () => {
    // Before: 31 paragraphs, one a line (text narrower than 0.6 of the page was measured against the mirrored margin).
    const pdf = await texts('lo-oneline-columns.pdf');
    expect(pdf).toHaveLength(4);
    expect(pdf).toEqual(await texts('lo-oneline-columns.docx'));
  });

  it('chromium-oneline-box.pdf: prose in a narrow box alone on its page is two paragraphs', async () => {
    // Before: 16 paragraphs, one a line.
    expect(await texts('chromium-oneline-box.pdf')).toEqual([
      'The harbour lies quiet under a grey sky, and the first boats have not yet come back from the night. Marie walks along the quay with her basket and her old red coat, looking for her brother among the fishermen who mend their nets. She knows he will be late again.',
      'A fisherman hums a song from his childhood while the gulls circle above the market stalls. The crates come in one after the other, full of silver fish that still move. Marie stops at the baker and buys two loaves for the long journey to the island.',
    ]);
  });

  it('chromium-oneline-verse.pdf: narrow verse whose lines open with capitals reads a paragraph a line, as before', async () => {
    expect(await texts('chromium-oneline-verse.pdf')).toEqual([
      'Down by the harbour wall',
      'The fishing boats come in',
      'With nets of silver fish',
      'And gulls that wheel and call',
      'Above the morning tide',
      'Where Marie waits alone',
    ]);
  });

  it('lo-oneline-poem.pdf: a poem whose lines end with commas reads a paragraph a line (its line breaks cannot be told from paragraph ends), as before', async () => {
    expect(await texts('lo-oneline-poem.pdf')).toEqual([
      'The morning comes on silver feet across the sleeping bay,',
      'and lifts the mist from every boat that rocks along the quay,',
      'the gulls awake, the nets are drawn, the market fills with cries,',
      'and all the harbour stirs to life beneath the paling skies.',
    ]);
  });
});
