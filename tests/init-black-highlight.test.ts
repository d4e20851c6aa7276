/**
 * A voice coded by a black highlight (white text on black: a DJ's lines in a radio spot) beside black
 * titles that nobody records. `init` writes the voice `{ highlight: "#000000" }` and
 * `unassigned: ["#000000"]` (black text); the config loader refused that config ("#000000 is also voice
 * DJ's colour"), so every command failed on the config init had just written. An `unassigned` entry
 * may now be a colour of text only (`{ color: "#000000" }`) or of backgrounds only (`{ highlight: … }`),
 * and init writes black so when a voice is highlighted in black. Scripts built in memory
 * (tests/helpers/docx-builder.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/parse.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { runCli } from './helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const P = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const YELLOW = '<w:highlight w:val="yellow"/>';
const ON_BLACK = '<w:color w:val="FFFFFF"/><w:highlight w:val="black"/>';

function spot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-black-hl-'));
  dirs.push(dir);
  const body =
    P(r('Spot 1 — Night Owl Radio (:30)')) +
    P(r('SFX: an owl hoots.')) +
    P(r('Up late? So are we.', YELLOW)) +
    P(r('Night Owl Radio. Music till morning.', ON_BLACK)) +
    P(r('Can I request a song?', YELLOW)) +
    P(r('Call us any time after midnight.', ON_BLACK));
  writeFileSync(join(dir, 'spot.docx'), buildDocx({ body }));
  return dir;
}

describe('a black highlight voice beside black text nobody records', () => {
  it('init writes a config every command then reads: the DJ’s 12 words, the caller’s 10, the black titles nobody’s', () => {
    const dir = spot();
    expect(runCli(['init', 'spot.docx'], dir).code).toBe(0);
    const config = readFileSync(join(dir, 'vo-lines.config.yaml'), 'utf8');
    expect(config).toContain('  black highlight: { highlight: "#000000" }   # 12 words, 2 lines\n');
    expect(config).toContain('unassigned: [{ color: "#000000" }]   # black text (titles, directions…) taken as not recorded\n');
    const { code, stdout, stderr } = runCli(['summary', 'spot.docx', '--json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { voices: { name: string; words: number; lineCount: number }[]; unassigned: { words: number; lineCount: number } };
    expect(report.voices.map((v) => [v.name, v.words, v.lineCount])).toEqual([
      ['yellow highlight', 10, 2],
      ['black highlight', 12, 2],
    ]);
    expect([report.unassigned.words, report.unassigned.lineCount]).toEqual([10, 2]);
  });

  it('the loader: { color: X } is text only, no clash with a voice’s highlight X; a plain X still clashes, saying how to write text only', () => {
    const voices = { DJ: { highlight: '#000000' }, CALLER: { highlight: 'yellow' } };
    const map = parseConfig({ voices, unassigned: [{ color: '#000000' }, 'lightGray'] }, 'cfg.json').voiceMap;
    expect([map.unassigned, map.unassignedOnly]).toEqual([['#000000', '#D3D3D3', '#C0C0C0'], { '#000000': 'text' }]);
    expect(() => parseConfig({ voices, unassigned: ['#000000'] }, 'cfg.json')).toThrow(
      'cfg.json: "unassigned": #000000 is also voice "DJ"\'s colour (voices.DJ.highlight): a colour is either a voice\'s or not recorded; remove it from one of them. If it means #000000 text only (titles in #000000 beside DJ\'s highlight), write it { color: "#000000" }.',
    );
    // Text only still clashes with a voice's text colour; backgrounds only with a voice's highlight.
    expect(() => parseConfig({ voices: { N: { color: '#000000' } }, unassigned: [{ color: 'black' }] }, 'cfg.json')).toThrow('"unassigned": #000000 is also voice "N"\'s colour (voices.N.color)');
    expect(() => parseConfig({ voices, unassigned: [{ highlight: 'yellow' }] }, 'cfg.json')).toThrow('"unassigned": #FFFF00 is also voice "CALLER"\'s colour (voices.CALLER.highlight)');
    expect(parseConfig({ voices: { N: { color: '#FFFF00' } }, unassigned: [{ highlight: 'yellow' }] }, 'cfg.json').voiceMap.unassignedOnly).toEqual({ '#FFFF00': 'background' });
    expect(() => parseConfig({ voices, unassigned: [{ colour: '#000000' }] }, 'cfg.json')).toThrow(
      'cfg.json: "unassigned": {"colour":"#000000"} is not a colour (use #RRGGBB, a CSS colour name or a Word highlight name; { "color": … } for text only, { "highlight": … } for backgrounds only).',
    );
  });

  it('with no voices in the config: { color: "#000000" } leaves the black highlight’s lines a group of their own, the black titles nobody’s', () => {
    const dir = spot();
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'unassigned: [{ color: "#000000" }]\n');
    const { code, stdout } = runCli(['summary', 'spot.docx', '--json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { voices: { name: string; words: number }[]; unassigned: { words: number } };
    expect(report.voices.map((v) => [v.name, v.words])).toEqual([
      ['#FFFF00 yellow background', 10],
      ['#000000 black background', 12],
    ]);
    expect(report.unassigned.words).toBe(10);
    writeFileSync(join(dir, 'vo-lines.config.yaml'), 'unassigned: ["#000000"]\n');
    const plain = JSON.parse(runCli(['summary', 'spot.docx', '--json'], dir).stdout) as { voices: { name: string; words: number }[]; unassigned: { words: number } };
    expect([plain.voices.map((v) => v.name), plain.unassigned.words]).toEqual([['#FFFF00 yellow background'], 22]);
  });
});
