/**
 * What `colors` and `summary` print for a colour, copied into a config, gives the voice the user saw.
 * The printed form is `#HEX name` (`#404040 dark grey`, `#C00000 red`, `#FFFF00 yellow`): the hex
 * code is the colour, the name vo-lines' plain name for it (colour/names.ts). The name alone is no
 * such colour in a config (it is CSS's: `dark grey` #A9A9A9, `green` #008000, `red` #FF0000), so a
 * voice given it finds no line: `empty-voice` then names the script's colour vo-lines calls so, with
 * the code to write. Scripts: samples/fr-elearning (dark grey, dark blue, green text), samples/en-commercial
 * (yellow, bright green and light grey highlights), tests/fixtures/heading-colour/spots-outline-en.docx
 * (titles in Word's dark red #C00000, which vo-lines calls red).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { runInRepo } from './helpers/git.js';
import { tempConfigs } from './helpers/temp-configs.js';
import { parseColour } from '../src/colour/parse.js';

const { dir } = tempConfigs('vo-colour-roundtrip-');

interface Printed { colour: string; words: number }
/** The rows of `colors`' text output for one section ("Text colours:" or "Background colours"): the colour as printed, its words. */
function printed(file: string, section: 'Text colours' | 'Background colours'): Printed[] {
  const out = runInRepo(['colors', file, '--no-config'], ROOT).stdout.split('\n');
  const start = out.findIndex((line) => line.startsWith(section));
  const rows: Printed[] = [];
  for (const line of out.slice(start + 2)) {
    const match = /^ {2}(#[0-9A-F]{6} [a-z ]+?) +(\d+) +\d+ +"/.exec(line);
    if (!match) break;
    rows.push({ colour: match[1]!, words: Number(match[2]) });
  }
  return rows;
}

/** `file` copied into a folder of its own with `config` beside it; `summary --json` there. */
function summaryWith(file: string, config: string, name: string): { voices: { name: string; words: number }[]; warnings: { code: string; message: string; details: Record<string, unknown> }[] } {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(file, join(folder, 'script.docx'));
  writeFileSync(join(folder, 'vo-lines.config.yaml'), config);
  return JSON.parse(runInRepo(['summary', 'script.docx', '--json'], folder).stdout);
}

const voicesOf = (json: { voices: { name: string; words: number }[] }) => json.voices.map((v) => [v.name, v.words]);

describe('a colour as colors prints it, copied into a config, is the colour seen', () => {
  it('samples/fr-elearning: "#404040 dark grey", "#1F4E79 dark blue", "#00B050 green" give each voice the words colors counted', () => {
    const file = join(ROOT, 'samples', 'fr-elearning', 'module-securite.docx');
    const rows = printed(file, 'Text colours');
    expect(rows).toEqual([
      { colour: '#404040 dark grey', words: 394 },
      { colour: '#1F4E79 dark blue', words: 271 },
      { colour: '#000000 black', words: 173 },
      { colour: '#00B050 green', words: 97 },
    ]);
    const voiced = rows.filter((row) => row.colour !== '#000000 black');
    const config = `voices:\n${voiced.map((row, i) => `  V${i + 1}: { color: "${row.colour}" }`).join('\n')}\nunassigned: ["${rows[2]!.colour}"]\n`;
    const json = summaryWith(file, config, 'fr-printed');
    expect(voicesOf(json)).toEqual(voiced.map((row, i) => [`V${i + 1}`, row.words]));
    expect(json.warnings.filter((w) => w.code === 'empty-voice' || w.code === 'config-voices-unused')).toEqual([]);
  });

  it('samples/en-commercial: the highlights as printed ("#FFFF00 yellow", "#00FF00 bright green") as highlight voices', () => {
    const file = join(ROOT, 'samples', 'en-commercial', 'spring-sale.docx');
    const rows = printed(file, 'Background colours');
    expect(rows.map((row) => row.colour)).toEqual(['#FFFF00 yellow', '#00FF00 bright green', '#C0C0C0 light grey']);
    const config = `voices:\n  Announcer: { highlight: "${rows[0]!.colour}" }\n  Customer: { highlight: "${rows[1]!.colour}" }\nunassigned: ["#000000", { highlight: "${rows[2]!.colour} highlight" }]\n`;
    const json = summaryWith(file, config, 'en-printed');
    expect(voicesOf(json)).toEqual([['Announcer', 243], ['Customer', 50]]);
  });

  it('spots-outline-en.docx: the titles\' "#C00000 red" is Word\'s dark red, not CSS red: the voice gets their 15 words', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'heading-colour', 'spots-outline-en.docx');
    expect(printed(file, 'Text colours').find((row) => row.colour.startsWith('#C00000'))).toEqual({ colour: '#C00000 red', words: 15 });
    const voices = 'voices:\n  ANNOUNCER: { color: "#0070C0" }\n  CUSTOMER: { color: "#00B050" }\n';
    const json = summaryWith(file, `${voices}  TITLES: { color: "#C00000 red" }\nunassigned: ["#000000"]\n`, 'spots-printed');
    expect(voicesOf(json)).toEqual([['ANNOUNCER', 34], ['CUSTOMER', 14], ['TITLES', 15]]);
  });

  it('the name alone is CSS\'s colour: the voice finds no line, and empty-voice names the script\'s colour vo-lines calls so, with the code to write', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'heading-colour', 'spots-outline-en.docx');
    const json = summaryWith(file, 'voices:\n  ANNOUNCER: { color: "#0070C0" }\n  CUSTOMER: { color: "#00B050" }\n  TITLES: { color: red }\nunassigned: ["#000000"]\n', 'spots-bare');
    expect(voicesOf(json)).toEqual([['ANNOUNCER', 34], ['CUSTOMER', 14], ['TITLES', 0]]);
    const empty = json.warnings.filter((w) => w.code === 'empty-voice');
    expect(empty.map((w) => [w.message, w.details])).toEqual([
      [
        'TITLES has no line in this script: vo-lines.config.yaml gives it #FF0000 red, and no text has it. Check the config against the script, or take TITLES out of it if the voice does not speak here. The script\'s #C00000 (15 words of no voice) is what vo-lines calls red, and red written in a config is #FF0000: if they are TITLES\'s, give TITLES color: "#C00000".',
        { voice: 'TITLES', config: 'vo-lines.config.yaml', colors: ['#FF0000'], highlights: [], labels: [], styles: [], namesakes: [{ colour: '#C00000', background: false, words: 15 }] },
      ],
    ]);
    // samples/fr-elearning with the bare names: no voice has a line (config-voices-unused), and each voice is told its colour.
    const fr = summaryWith(join(ROOT, 'samples', 'fr-elearning', 'module-securite.docx'), 'voices:\n  Narrateur: { color: dark grey }\n  Apprenant: { color: green }\nunassigned: [black]\n', 'fr-bare');
    const unused = fr.warnings.find((w) => w.code === 'config-voices-unused')!;
    expect(unused.message).toBe(
      'None of the config\'s voices (Narrateur, Apprenant) has a line in this script: is vo-lines.config.yaml this script\'s config? All 935 words of the script are counted as nobody\'s. Check the config\'s colours against the script\'s (vo-lines colors lists them), or read the script without it (--no-config): its own legend or its colours.' +
        ' The script\'s #404040 (394 words of no voice) is what vo-lines calls dark grey, and dark grey written in a config is #A9A9A9: if they are Narrateur\'s, give Narrateur color: "#404040".' +
        ' The script\'s #00B050 (97 words of no voice) is what vo-lines calls green, and green written in a config is #008000: if they are Apprenant\'s, give Apprenant color: "#00B050".',
    );
    expect(unused.details.namesakes).toEqual([
      { voice: 'Narrateur', namesakes: [{ colour: '#404040', background: false, words: 394 }] },
      { voice: 'Apprenant', namesakes: [{ colour: '#00B050', background: false, words: 97 }] },
    ]);
  });

  it('parseColour: the printed form, its name checked; a name that is not the code\'s is no colour', () => {
    expect(parseColour('#C00000 red', 'color')).toBe('#C00000');
    expect(parseColour('#404040 Dark Gray', 'color')).toBe('#404040');
    expect(parseColour('#FFFF00 yellow highlight', 'highlight')).toBe('#FFFF00');
    expect(parseColour('#FFFF00 yellow background', 'color')).toBe('#FFFF00');
    expect(parseColour('#C00000 blue', 'color')).toBeNull();
    expect(parseColour('red', 'color')).toBe('#FF0000');
    expect(parseColour('dark grey', 'color')).toBe('#A9A9A9');
  });
});
