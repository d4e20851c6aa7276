/**
 * Legend lines as script writers write them (English and French): each voice with its colour, what is
 * not recorded said so, and lines that cannot be read whole left as no legend — never a legend that
 * turns a note into a voice, drops a voice or misnames one.
 */
import { describe, expect, it } from 'vitest';
import { colourWordsLine } from '../src/attribute/legend-shapes.js';
import { castScript } from '../src/attribute/cast-script.js';
import { buildReport } from '../src/measure/report.js';
import { readScriptBytes } from '../src/readers/index.js';
import { buildDocx, r } from './helpers/docx-builder.js';

const colour = (hex: string) => `<w:color w:val="${hex}"/>`;
const highlight = (name: string) => `<w:highlight w:val="${name}"/>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

const BLUE = '0070C0';
const GREEN = '00B050';
const RED = 'FF0000';
const GREY = '808080';

/** A short script: a title, a client line, the legend paragraphs, then lines in each voice's look and a direction in `direction`'s look. */
async function castWith(legend: string[], looks: string[], direction?: string) {
  const lines = ['Welcome to this module on working safely.', 'Why do people skip the checks?', 'Because they are in a hurry.', 'So what should I do first?', 'Stop, look around, and ask.', 'Thank you, see you soon.'];
  const body = [
    para(r('Module 3 – Safety at work')),
    para(r('Client: Acme Ltd. Version 2')),
    ...legend,
    ...lines.map((text, i) => para(r(text, looks[i % looks.length]))),
    ...(direction ? [para(r('Show the diagram of the site on screen.', direction))] : []),
  ].join('');
  const script = await readScriptBytes(buildDocx({ body }), 'test.docx');
  const casting = castScript(script, null);
  const report = buildReport(casting, {});
  return {
    mode: casting.mode,
    voices: casting.mode === 'legend' ? casting.voices.map((v) => `${v.name}: ${[...v.colors, ...v.highlights.map((h) => `${h} highlight`)].join(' ')}`) : [],
    unassigned: report.legend?.unassigned ?? null,
  };
}

/** "Name = words", "(not recorded)" after what is not recorded; null when the line is no legend. */
const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;

describe('what is not recorded, in the words people use: never a voice', () => {
  it('"not for recording", "not VO", "no VO", "don’t record", "silent", "none", "pas de voix off", "non vocalisé", "consignes"', () => {
    expect(entries('Colour key: Blue – Narrator | Green – Expert | Red – Learner | Black – not for recording')).toEqual([
      'Narrator = Blue', 'Expert = Green', 'Learner = Red', 'not for recording (not recorded) = Black',
    ]);
    const last = (note: string) => entries(`Key: Narrator = blue; Expert = green; grey = ${note}`)?.slice(2);
    for (const note of ['not VO', 'no VO', 'non-VO', 'not for VO', 'don’t record', "don't voice", 'not to be voiced', 'silent', 'none', 'nobody', 'for information only', 'info only, not VO', 'production notes']) {
      expect(last(note), note).toEqual([`${note} (not recorded) = grey`]);
    }
    const dernier = (note: string) => entries(`Légende : Narrateur = bleu ; Experte = vert ; gris = ${note}`)?.slice(2);
    for (const note of ['pas de voix off', 'non vocalisé', 'consignes', 'personne']) expect(dernier(note), note).toEqual([`${note} (not recorded) = gris`]);
  });

  it('"none", "nobody", "silent" say who reads a colour only as an entry\'s name: a "None" in a table\'s notes column leaves its voice a voice', async () => {
    expect(entries('Key: Narrator = blue, Expert = green, grey = none')).toEqual(['Narrator = blue', 'Expert = green', 'none (not recorded) = grey']);
    // Names in their own colour, and a notes column.
    const table = `<w:tbl>${row(cell(para(r('Voice'))), cell(para(r('Notes'))))}${row(cell(para(r('Narrator', colour(BLUE)))), cell(para(r('None'))))}${row(
      cell(para(r('Expert', colour(GREEN)))),
      cell(para(r('Silent'))),
    )}</w:tbl>`;
    expect(await castWith([table], [colour(BLUE), colour(GREEN)])).toEqual({ mode: 'legend', voices: ['Narrator: #0070C0', 'Expert: #00B050'], unassigned: { colors: [], highlights: [] } });
  });

  it('a voice written with what it also reads ("Narrator & on-screen text", "Narrateur et didascalies") makes the line no legend, never a colour not recorded', () => {
    // On 79d974d the first two made blue "not recorded" and the narrator's lines nobody's.
    expect(entries('Key: Narrator & on-screen text = blue; Expert = green')).toBeNull();
    expect(entries('Légende : Narrateur et didascalies = bleu ; Experte = vert')).toBeNull();
    expect(entries('Key: Narrator (also reads stage directions) = blue; Expert = green')).toBeNull();
    // A group all of it not recorded, or said so, is what is not recorded.
    expect(entries('Key: Narrator = blue; Stage directions & notes = grey')).toEqual(['Narrator = blue', 'Stage directions & notes (not recorded) = grey']);
    expect(entries('Key: Narrator = blue; SFX / music (not recorded) = grey')).toEqual(['Narrator = blue', 'SFX / music (not recorded) (not recorded) = grey']);
  });

  it('notes, instructions and directions named as a group with a colour are not recorded', () => {
    expect(entries('Key: Narrator = blue; Expert = green; Director’s notes = grey')).toEqual(['Narrator = blue', 'Expert = green', 'Director’s notes (not recorded) = grey']);
    expect(entries('Key: Narrator = blue; Expert = green; Instructions = grey')).toEqual(['Narrator = blue', 'Expert = green', 'Instructions (not recorded) = grey']);
    expect(entries('Key: Narrator = blue; Expert = green; Learner = red; everything in black is for information only')).toEqual([
      'Narrator = blue', 'Expert = green', 'Learner = red', 'everything (not recorded) = black',
    ]);
  });

  it('a colour followed by "(not recorded)", or an entry followed by "– not recorded", is what is not recorded', () => {
    expect(entries('Key: Presenter = blue; Interviewee 1 = green; Interviewee 2 = purple; Director\'s notes = grey (not recorded)')).toEqual([
      'Presenter = blue', 'Interviewee 1 = green', 'Interviewee 2 = purple', 'Director\'s notes (not recorded) = grey',
    ]);
    expect(entries('Key: Narrator = blue; Expert = green; SFX/Music = grey (not recorded)')).toEqual(['Narrator = blue', 'Expert = green', 'SFX/Music (not recorded) = grey']);
    expect(entries('Key: NARRATOR – Blue; EXPERT – Green; SFX/MUSIC – Grey (not recorded)')).toEqual(['NARRATOR = Blue', 'EXPERT = Green', 'SFX/MUSIC (not recorded) = Grey']);
    // Was read as a voice "SFX/Music" in grey, the note dropped.
    expect(entries('Key: Narrator (blue) | Expert (green) | SFX/Music (grey) – not recorded')).toEqual(['Narrator = blue', 'Expert = green', 'SFX/Music (not recorded) = grey']);
    expect(entries('Colour coding: blue = Narrator; green = Expert; red = Learner; black = direction (do not record)')).toEqual([
      'Narrator = blue', 'Expert = green', 'Learner = red', 'direction (do not record) (not recorded) = black',
    ]);
  });

  it('a note with no subject among several entries cut by dashes or commas makes the line no legend (which entry it speaks of is a guess)', () => {
    expect(entries('Narrator (blue) – Expert (green) – SFX (grey) – not recorded')).toBeNull();
    expect(entries('Voix : Narratrice en violet, Client en orange, non enregistré')).toBeNull();
    // A note with its own subject is still a note.
    expect(entries('Légende : surligné jaune : narratrice / surligné vert : expert / non surligné : ne pas enregistrer')).toEqual(['narratrice = surligné jaune', 'expert = surligné vert']);
  });

  it('a name never starts with a negation or a conjunction: "and Learner" is no voice', () => {
    expect(entries('Key: Narrator – blue, Expert – green, and Learner – red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Key: Narrator = blue; Expert = green; not VO = grey')).toEqual(['Narrator = blue', 'Expert = green', 'not VO (not recorded) = grey']);
  });
});

describe('headings: the words people put before a legend, and a dash after them', () => {
  it('a heading followed by a dash instead of a colon', () => {
    expect(entries('Colour key — Yellow: Narrator | Green: Expert | Pink: Learner | Unhighlighted text: not recorded')).toEqual(['Narrator = Yellow', 'Expert = Green', 'Learner = Pink']);
    expect(entries('Legend – blue: Narrator, green: Expert, red: Learner')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    // The heading was read into the first voice's name.
    expect(entries('Colour legend – Narrator: blue; Expert: green; Learner: red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Key - Narrator: blue; Expert: green; Learner: red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Voice key — Narrator = blue; Expert = green')).toEqual(['Narrator = blue', 'Expert = green']);
    expect(colourWordsLine('Voice key — Narrator = blue; Expert = green')?.heading).toBe(true);
  });

  it('"Highlight key", "Colour scheme", "Colours used", and headings coined on "… key", "… legend", "Légende …", "Code couleur …"', () => {
    expect(entries('Highlight key: yellow – Narrator; green – Expert; turquoise – Learner')).toEqual(['Narrator = yellow', 'Expert = green', 'Learner = turquoise']);
    expect(entries('Highlighting key: yellow = Narrator; green = Expert')).toEqual(['Narrator = yellow', 'Expert = green']);
    expect(entries('Colour scheme: Narrator = blue; Expert = green')).toEqual(['Narrator = blue', 'Expert = green']);
    expect(entries('Colours used: Narrator = blue; Expert = green; Learner = red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Script key: Narrator = blue; Expert = green')).toEqual(['Narrator = blue', 'Expert = green']);
    expect(entries('Speaker key: NARRATOR (blue) · EXPERT (green) · LEARNER (red)')).toEqual(['NARRATOR = blue', 'EXPERT = green', 'LEARNER = red']);
    expect(entries('Légende couleur : bleu = narrateur ; vert = experte')).toEqual(['narrateur = bleu', 'experte = vert']);
    expect(entries('Code couleur des personnages : Narrateur = bleu ; Experte = vert')).toEqual(['Narrateur = bleu', 'Experte = vert']);
  });
});

describe('a name with a bracket that describes the voice', () => {
  it('a short bracket that is neither a colour nor "not recorded" is part of the name', () => {
    expect(entries('Voices: VO 1 (female) – pink highlight; VO 2 (male) – turquoise highlight; VO 3 (child) – yellow highlight')).toEqual([
      'VO 1 (female) = pink highlight', 'VO 2 (male) = turquoise highlight', 'VO 3 (child) = yellow highlight',
    ]);
    expect(entries('Cast: Sam (Narrator) – blue; Alex (Expert) – green; Jo (Learner) – red')).toEqual(['Sam (Narrator) = blue', 'Alex (Expert) = green', 'Jo (Learner) = red']);
    expect(entries('Key: Narrator (F, 40s) – blue; Expert (M) – green')).toEqual(['Narrator (F, 40s) = blue', 'Expert (M) = green']);
    expect(entries('Légende : Voix off (femme) – bleu ; Expert (homme) – vert')).toEqual(['Voix off (femme) = bleu', 'Expert (homme) = vert']);
  });

  it('a bracket holding a colour is the colour, one saying "not recorded" a note, a long one no name', () => {
    expect(entries('Key: Narrator (blue) – Expert (green)')).toEqual(['Narrator = blue', 'Expert = green']);
    expect(entries('Key: Narrator (female) (blue), Expert (green)')).toEqual(['Narrator (female) = blue', 'Expert = green']);
    // "Rose" is a colour word: the bracket is not taken for a descriptor, and the line is no legend.
    expect(entries('Key: Narrator (Rose) – blue; Expert – green')).toBeNull();
    expect(entries('Key: Narrator (not recorded) – blue; Expert – green')).toEqual(['Narrator (not recorded) (not recorded) = blue', 'Expert = green']);
    expect(entries('Key: Narrator (a woman in her forties) – blue; Expert – green')).toBeNull();
  });
});

describe('a legend written as sentences', () => {
  it('the voice is the name, not the sentence around it; "highlighted" goes with the colour', () => {
    // Were voices named "Narrator's lines are highlighted", "Expert's lines are highlighted".
    expect(entries("Narrator's lines are highlighted in yellow; Expert's lines are highlighted in green.")).toEqual(['Narrator = highlighted in yellow', 'Expert = highlighted in green']);
    expect(colourWordsLine("Narrator's lines are highlighted in yellow; Expert's lines are highlighted in green.")?.entries.map((e) => e.phrase?.kind)).toEqual(['background', 'background']);
    expect(entries('The narrator speaks in blue; the expert speaks in green')).toEqual(['narrator = in blue', 'expert = in green']);
    expect(entries('Key: Narrator is in blue; Expert is in green')).toEqual(['Narrator = in blue', 'Expert = in green']);
    expect(entries("Key: the narrator's part is in blue; lines for the expert are in green")).toEqual(['narrator = in blue', 'expert = in green']);
    expect(entries("Key: Narrator's text is shown in blue; Expert's text is shown in green")).toEqual(['Narrator = shown in blue', 'Expert = shown in green']);
  });

  it('French: "Les répliques du narrateur sont en bleu", "celles de l’experte", "le texte de la narratrice"', () => {
    expect(entries('Les répliques du narrateur sont surlignées en jaune ; celles de l’experte sont surlignées en vert')).toEqual(['narrateur = surlignées en jaune', 'experte = surlignées en vert']);
    expect(entries("Le texte de la narratrice est en bleu ; le texte de l'expert est en vert")).toEqual(['narratrice = en bleu', 'expert = en vert']);
    expect(entries('Légende : la narratrice en bleu ; l’expert en vert')).toEqual(['narratrice = en bleu', 'expert = en vert']);
  });

  it('names written as names are kept whole; a group said "not recorded" in a sentence keeps its words', () => {
    expect(entries("Key: The Host = blue; Narrator text = green; L'Expert = red")).toEqual(['The Host = blue', 'Narrator text = green', "L'Expert = red"]);
    expect(entries('Key: Stage directions are in grey; Narrator is in blue')).toEqual(['Stage directions (not recorded) = in grey', 'Narrator = in blue']);
  });
});

describe('entries joined by "and", "et", "&" before the last, and groups with a slash among commas', () => {
  it('"…, Expert = green and Learner = red", "… et Apprenant en rouge", "…, and Learner – red"', () => {
    expect(entries('Key: Narrator = blue, Expert = green and Learner = red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Key: Narrator = blue and Expert = green')).toEqual(['Narrator = blue', 'Expert = green']);
    expect(entries('Key: Narrator = blue, Expert = green & Learner = red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Légende : Narrateur en bleu, Experte en vert et Apprenant en rouge.')).toEqual(['Narrateur = en bleu', 'Experte = en vert', 'Apprenant = en rouge']);
  });

  it('sentences joined so: "Narrator lines are in blue, expert lines are in green and learner lines are in red."', () => {
    expect(entries('Narrator lines are in blue, expert lines are in green and learner lines are in red.')).toEqual(['Narrator = in blue', 'expert = in green', 'learner = in red']);
    expect(entries('The narrator speaks in blue, the expert in green and the learner in red.')).toEqual(['narrator = in blue', 'expert = in green', 'learner = in red']);
    expect(entries("Les répliques du narrateur sont en bleu, celles de l'experte en vert et celles de l'apprenant en rouge.")).toEqual(['narrateur = en bleu', 'experte = en vert', 'apprenant = en rouge']);
  });

  it('a name with "and" or "&" in it stays whole when commas set the entries apart; "blue and green" is no colour', () => {
    expect(entries('Key: Tom & Jerry = blue, Anna = green')).toEqual(['Tom & Jerry = blue', 'Anna = green']);
    expect(entries('Key: Questions et réponses = bleu, Narrateur = vert')).toEqual(['Questions et réponses = bleu', 'Narrateur = vert']);
    expect(entries('Key: Narrator = blue and green; Expert = red')).toBeNull();
    expect(entries('Narrator in blue and green')).toBeNull();
  });

  it('commas before slashes: "SFX/Music (grey – not recorded)" and "n/a" are not cut at their slash', () => {
    expect(entries('Key: Narrator (blue), Expert (green), Learner (red), SFX/Music (grey – not recorded)')).toEqual([
      'Narrator = blue', 'Expert = green', 'Learner = red', 'SFX/Music (not recorded) = grey',
    ]);
    expect(entries('Key: Narrator = blue, Expert = green, grey = n/a')).toEqual(['Narrator = blue', 'Expert = green', 'n/a (not recorded) = grey']);
    expect(entries('VO1 (yellow) / VO2 (turquoise), VO3 (pink)')).toEqual(['VO1 = yellow', 'VO2 = turquoise', 'VO3 = pink']);
  });
});

describe('quotation marks, arrows, "is", "read by"', () => {
  it('names in quotation marks, English or French', () => {
    expect(entries('Key: “Narrator” = blue; “Expert” = green; “Learner” = red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Légende\u202f: «\u00a0Narrateur\u00a0» = bleu\u202f; «\u00a0Experte\u00a0» = vert')).toEqual(['Narrateur = bleu', 'Experte = vert']);
  });

  it('an arrow between a name and its colour', () => {
    expect(entries('Code couleur : Narrateur → bleu ; Experte → vert ; Apprenant → rouge')).toEqual(['Narrateur = bleu', 'Experte = vert', 'Apprenant = rouge']);
    expect(entries('Key: Narrator -> blue; Expert => green')).toEqual(['Narrator = blue', 'Expert = green']);
  });

  it('"Narrator is blue" under a heading, not without one', () => {
    expect(entries('Key: Narrator is blue, Expert is green, Learner is red')).toEqual(['Narrator = blue', 'Expert = green', 'Learner = red']);
    expect(entries('Key: Blue is the narrator; green is the expert')).toEqual(['narrator = Blue', 'expert = green']);
    expect(entries('Narrator is blue, Expert is green')).toBeNull();
  });

  it('"Text in blue is read by the Narrator", "Le texte en bleu est lu par la narratrice"', () => {
    expect(entries('Text in blue is read by the Narrator; text in green by the Expert.')).toEqual(['Narrator = Text in blue is', 'Expert = text in green']);
    expect(entries('Le texte en bleu est lu par la narratrice, le texte en vert par l’expert.')).toEqual(['narratrice = Le texte en bleu est', 'expert = le texte en vert']);
    expect(colourWordsLine('Text in blue is read by the Narrator; text in green by the Expert.')?.entries.map((e) => e.phrase?.kind)).toEqual(['text', 'text']);
    expect(entries('Key: Narrator = blue; Expert = green; text in grey is not read by anyone')).toEqual(['Narrator = blue', 'Expert = green', 'text (not recorded) = grey']);
  });
});

describe('the colour first: "blue for the narrator", "en bleu, la narratrice"', () => {
  it('"for", "pour", and a comma between a colour and who reads it', () => {
    expect(entries('Colours: blue for the narrator, green for the expert, red for the learner')).toEqual(['narrator = blue', 'expert = green', 'learner = red']);
    expect(entries('Couleurs : bleu pour la narratrice, vert pour l’expert, rouge pour l’apprenant')).toEqual(['narratrice = bleu', 'expert = vert', 'apprenant = rouge']);
    expect(entries('Code couleur : en bleu, la narratrice ; en vert, l’expert ; en rouge, l’apprenant')).toEqual(['narratrice = en bleu', 'expert = en vert', 'apprenant = en rouge']);
    expect(entries('Key: blue, Narrator; green, Expert')).toEqual(['Narrator = blue', 'Expert = green']);
    // Still no legend: a hyphen with no spaces ("blue-green" is one colour), a sentence that leaves out its verbs.
    expect(entries('Narrator-blue, Expert-green, Learner-red')).toBeNull();
    expect(entries('The narrator is blue, the expert green and the learner red.')).toBeNull();
  });

  it('whole document: "Couleurs : bleu pour la narratrice, vert pour l’expert…" is the voice map', async () => {
    expect(await castWith([para(r('Couleurs : bleu pour la narratrice, vert pour l’expert, gris pour les consignes (non enregistré)'))], [colour(BLUE), colour(GREEN)], colour(GREY))).toEqual({
      mode: 'legend',
      voices: ['narratrice: #0070C0', 'expert: #00B050'],
      unassigned: { colors: ['#808080'], highlights: [] },
    });
  });
});

describe('whole documents: the legend as the voice map', () => {
  it('"grey = not VO": grey is not recorded, not a voice "not VO"', async () => {
    expect(await castWith([para(r('Key: Narrator = blue; Expert = green; Learner = red; grey = not VO'))], [colour(BLUE), colour(GREEN), colour(RED)], colour(GREY))).toEqual({
      mode: 'legend',
      voices: ['Narrator: #0070C0', 'Expert: #00B050', 'Learner: #FF0000'],
      unassigned: { colors: ['#808080'], highlights: [] },
    });
  });

  it('names in their own colour, "Director’s notes" in grey among them: grey is not recorded', async () => {
    const legend = para(r('Key: '), r('Narrator', colour(BLUE)), r(' / '), r('Expert', colour(GREEN)), r(' / '), r('Director’s notes', colour(GREY)));
    expect(await castWith([legend], [colour(BLUE), colour(GREEN)], colour(GREY))).toEqual({
      mode: 'legend',
      voices: ['Narrator: #0070C0', 'Expert: #00B050'],
      unassigned: { colors: ['#808080'], highlights: [] },
    });
  });

  it('"Colour key — Yellow: Narrator | …": the highlights are the voices (was no legend)', async () => {
    const legend = para(r('Colour key — Yellow: Narrator | Green: Expert | Pink: Learner | Unhighlighted text: not recorded'));
    expect(await castWith([legend], [highlight('yellow'), highlight('green'), highlight('magenta')])).toEqual({
      mode: 'legend',
      voices: ['Narrator: #FFFF00 highlight', 'Expert: #00FF00 highlight', 'Learner: #FF00FF highlight'],
      unassigned: { colors: [], highlights: [] },
    });
  });

  it('"Voices: VO 1 (female) – pink highlight; …": each voice with its highlight (was no legend)', async () => {
    const legend = para(r('Voices: VO 1 (female) – pink highlight; VO 2 (male) – turquoise highlight; VO 3 (child) – yellow highlight'));
    expect(await castWith([legend], [highlight('magenta'), highlight('cyan'), highlight('yellow')])).toEqual({
      mode: 'legend',
      voices: ['VO 1 (female): #FF00FF highlight', 'VO 2 (male): #00FFFF highlight', 'VO 3 (child): #FFFF00 highlight'],
      unassigned: { colors: [], highlights: [] },
    });
  });

  it('"Narrator\'s lines are highlighted in yellow; …": the voices are named "Narrator" and "Expert"', async () => {
    const legend = para(r("Narrator's lines are highlighted in yellow; Expert's lines are highlighted in green."));
    expect(await castWith([legend], [highlight('yellow'), highlight('green')])).toEqual({
      mode: 'legend',
      voices: ['Narrator: #FFFF00 highlight', 'Expert: #00FF00 highlight'],
      unassigned: { colors: [], highlights: [] },
    });
  });

  it('"Narrator lines are in blue, expert lines are in green and learner lines are in red." (was no legend)', async () => {
    const legend = para(r('Narrator lines are in blue, expert lines are in green and learner lines are in red.'));
    expect(await castWith([legend], [colour(BLUE), colour(GREEN), colour(RED)])).toEqual({
      mode: 'legend',
      voices: ['Narrator: #0070C0', 'expert: #00B050', 'learner: #FF0000'],
      unassigned: { colors: [], highlights: [] },
    });
  });

  it('a legend table whose notes mention what is not recorded ("Also reads the stage directions") keeps that voice a voice', async () => {
    for (const withColour of [false, true]) {
      const head = row(cell(para(r('Voice'))), ...(withColour ? [cell(para(r('Colour')))] : []), cell(para(r('Notes'))));
      const line = (name: string, hex: string, words: string, notes: string) =>
        row(cell(para(r(name, withColour ? '' : colour(hex)))), ...(withColour ? [cell(para(r(words)))] : []), cell(para(r(notes))));
      const table = `<w:tbl>${head}${line('Narrator', BLUE, 'blue', 'Also reads the stage directions')}${line('Expert', GREEN, 'green', 'Voice of the on-screen presenter')}${line('SFX &amp; music', GREY, 'grey', 'Not recorded, for the editor')}</w:tbl>`;
      // Was: Narrator and Expert "not recorded", blue and green unassigned (with one such note, the legend was trusted).
      expect(await castWith([table], [colour(BLUE), colour(GREEN)], colour(GREY)), `colour column: ${withColour}`).toEqual({
        mode: 'legend',
        voices: ['Narrator: #0070C0', 'Expert: #00B050'],
        unassigned: { colors: ['#808080'], highlights: [] },
      });
    }
    // One such note: the legend was trusted with the narrator "not recorded" and blue unassigned.
    const table = `<w:tbl>${row(cell(para(r('Voice'))), cell(para(r('Notes'))))}${row(cell(para(r('Narrator', colour(BLUE)))), cell(para(r('Also reads the stage directions'))))}${row(
      cell(para(r('Expert', colour(GREEN)))),
      cell(para(r('Warm and friendly'))),
    )}</w:tbl>`;
    expect(await castWith([table], [colour(BLUE), colour(GREEN)])).toEqual({ mode: 'legend', voices: ['Narrator: #0070C0', 'Expert: #00B050'], unassigned: { colors: [], highlights: [] } });
  });

  it('names in colour or a table row with what the voice also reads are no legend, not a voice "not recorded"', async () => {
    const line = para(r('Key: '), r('Narrator &amp; on-screen text', colour(BLUE)), r(' / '), r('Expert', colour(GREEN)));
    expect(await castWith([line], [colour(BLUE), colour(GREEN)])).toEqual({ mode: 'colours', voices: [], unassigned: null });
    const table = `<w:tbl>${row(cell(para(r('Voice'))), cell(para(r('Colour'))))}${row(cell(para(r('Narrator (incl. stage directions)'))), cell(para(r('blue'))))}${row(
      cell(para(r('Expert'))),
      cell(para(r('green'))),
    )}</w:tbl>`;
    expect(await castWith([table], [colour(BLUE), colour(GREEN)])).toEqual({ mode: 'colours', voices: [], unassigned: null });
  });
});
