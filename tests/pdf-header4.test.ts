/**
 * A spot script's own heading repeated in its flow is no running header (`furniture-read-as-line`,
 * furniture.ts `inFlowHeadings`): "CLIENT: Acme Hardware" opening each spot's page over "SPOT n — :30",
 * or standing mid-page where a spot starts there, is read as a line and not said; "NARRATOR:" opening
 * each page at the text's spacing over the page's body still is (tests/pdf-header3.test.ts), and a
 * running header in the page's margin is still left out and said. Fixtures: tests/fixtures/pdf-header4/,
 * made by scripts/build-pdf-header4-fixtures.py (LibreOffice from python-docx documents).
 * Before: each client line was said as "read as a script line … If it is a page header …" (4 lines, 12 words).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../src/readers/index.js';
import { analyse } from '../src/pipeline.js';
import { furnitureWithLegend } from '../src/readers/pdf/furniture-legend.js';

const DIR = join(__dirname, 'fixtures', 'pdf-header4');
const read = async (file: string) => {
  const script = await readScript(join(DIR, file), {});
  return {
    texts: script.paragraphs.map((p) => p.runs.map((r) => r.text).join('')),
    said: script.warnings.filter((w) => w.code.startsWith('furniture-')).map((w) => ({ code: w.code, message: w.message, details: w.details })),
  };
};

const EN = [
  ['CUSTOMER: I painted the whole porch in one afternoon and it still looks brand new.', 'ANNCR: Acme Hardware has every colour you can think of, mixed while you wait.'],
  ['CUSTOMER: My tomatoes never grew like this before I found the garden aisle.', 'ANNCR: Seeds, soil and tools for every yard, big or small, at Acme Hardware.'],
  ["CUSTOMER: The drill I bought there has outlasted two of my neighbours' drills.", 'ANNCR: Tools that last, and people who know how to use them, at Acme Hardware.'],
  ['CUSTOMER: Saturday morning is when I get the most done around the house.', 'ANNCR: Acme Hardware opens at seven every weekend, so you can too.'],
];
const FR = [
  ["CLIENTE : J'ai repeint toute la terrasse en un après-midi, et elle paraît encore neuve.", 'ANNONCEUR : Quincaillerie Dupont, toutes les couleurs, préparées devant vous.'],
  ["CLIENTE : Mes tomates n'avaient jamais poussé ainsi avant le rayon jardin.", 'ANNONCEUR : Graines, terreau et outils pour tous les jardins, chez Dupont.'],
  ['CLIENTE : La perceuse achetée là-bas a survécu à celles de tous mes voisins.', "ANNONCEUR : Des outils qui durent, et des gens qui savent s'en servir."],
  ["CLIENTE : C'est le samedi matin que j'avance le plus dans la maison.", 'ANNONCEUR : Quincaillerie Dupont ouvre à sept heures chaque samedi.'],
];

describe("a spot script's heading opening each spot's page is read, and not said as a running header", () => {
  it('lo-spots-client.pdf: "CLIENT: Acme Hardware" over "SPOT n — :30" on each of 4 pages', async () => {
    const { texts, said } = await read('lo-spots-client.pdf');
    expect(texts).toEqual(EN.flatMap((lines, i) => ['CLIENT: Acme Hardware', `SPOT ${i + 1} — :30`, ...lines]));
    expect(said).toEqual([]);
  });

  it('lo-spots-client-fr.pdf: "Client : Quincaillerie Dupont" over "Spot n – 30""', async () => {
    const { texts, said } = await read('lo-spots-client-fr.pdf');
    expect(texts).toEqual(FR.flatMap((lines, i) => ['Client : Quincaillerie Dupont', `Spot ${i + 1} – 30"`, ...lines]));
    expect(said).toEqual([]);
  });

  it('lo-client-runon.pdf: no spot heading, but the client line stands mid-page too (spot 2 on page 1)', async () => {
    const { texts, said } = await read('lo-client-runon.pdf');
    expect(texts).toEqual(EN.flatMap((lines) => ['CLIENT: Acme Hardware', ...lines]));
    expect(said).toEqual([]);
  });

  it('lo-spots-header.pdf: a grey 9 pt header part over the same spots is left out and said; the client line is read', async () => {
    const { texts, said } = await read('lo-spots-header.pdf');
    expect(texts).toEqual(EN.flatMap((lines, i) => ['CLIENT: Acme Hardware', `SPOT ${i + 1} — :30`, ...lines]));
    expect(said).toEqual([{
      code: 'furniture-left-out',
      message: 'Running headers left out of the lines: "Acme Hardware — Spring radio campaign 2026" (4 lines, 24 words, pages 1, 2, 3, 4). They repeat at the top of the page as page furniture does; if one is a line to record (a speaker\'s name, a tagline read on each page), count them with --include headers.',
      details: { lines: 4, words: 24, pages: [1, 2, 3, 4], texts: ['Acme Hardware — Spring radio campaign 2026'], story: 'header', include: 'headers' },
    }]);
  });
});

describe('furniture-left-out does not list again the legend read from the page header (pipeline: readers/pdf/furniture-legend.ts)', () => {
  const said = async (file: string) => {
    const { report } = await analyse(file, { noConfig: true });
    return { legend: report.legend?.text, left: report.warnings.filter((w) => w.code === 'furniture-left-out').map((w) => ({ message: w.message, details: w.details })) };
  };

  it('header-legend-fr.pdf: the header is the legend, shown as the legend; no furniture-left-out (before: its two lines quoted, 6 lines, 36 words)', async () => {
    const { legend, left } = await said(join(__dirname, 'fixtures', 'header-legend', 'header-legend-fr.pdf'));
    expect(legend).toBe('Légende : Narrateur en bleu, Formatrice en vert, consignes en gris (non enregistrées)');
    expect(left).toEqual([]);
  });

  it('lo-legend-header-footer.pdf: the legend in the header, a title in the footer: the legend named, the title quoted, the counts whole', async () => {
    const { legend, left } = await said(join(DIR, 'lo-legend-header-footer.pdf'));
    expect(legend).toBe('Key: Narrator in blue, Trainer in green, directions in grey (not recorded)');
    expect(left).toEqual([{
      message: 'Running headers and footers left out of the lines: the legend, read from the page header, "Harbour Insurance — Fire safety module 3" (6 lines, 54 words, pages 1, 2, 3). They repeat at the top or foot of the page as page furniture does; if one is a line to record (a speaker\'s name, a tagline read on each page), count them with --include headers,footers.',
      details: { lines: 6, words: 54, pages: [1, 2, 3], texts: ['Key: Narrator in blue, Trainer in green, directions in grey (not recorded)', 'Harbour Insurance — Fire safety module 3'], story: 'header and footer', include: 'headers,footers', legend: true },
    }]);
  });

  it('a legend in the body leaves the warning as it is', () => {
    const warning = { code: 'furniture-left-out', message: 'Running headers left out of the lines: "Key: A in blue" (3 lines, 12 words, pages 1, 2, 3). …', details: { texts: ['Key: A in blue'] } };
    expect(furnitureWithLegend([warning], { text: 'Key: A in blue', location: { story: 'body', paragraph: 1 } })).toBeNull();
    expect(furnitureWithLegend([warning], { text: 'Key: B in red', location: { story: 'header', paragraph: 1 } })).toBeNull();
    expect(furnitureWithLegend([warning], { text: 'Key: A in blue', location: { story: 'header', paragraph: 1 } })).toEqual([]);
  });
});
