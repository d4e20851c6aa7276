/**
 * Italian, Portuguese and Galician legends, read as English, French, German and Spanish ones are: colour words in each
 * agreement ("rosso/rossa", "blu", "verde scuro", "vermelha", "cinzento", "vermello"), highlight and text words
 * ("evidenziato in giallo", "sfondo verde", "testo rosso"; "destacado em amarelo", "realçado a verde"), what is not
 * recorded ("Indicazioni di regia", "non da registrare", "Didascalie", "non va registrato"; "Rubricas", "não gravar",
 * "não é gravado"; "non se grava"), headings ("Legenda:", "Chiave dei colori:", "Voce | Colore"; "Chave de cores:",
 * "Voz | Cor"; "Lenda:") and sentences ("Le battute del narratore sono in blu", "La conduttrice parla in arancione", "As
 * falas do narrador estão em azul", "A apresentadora fala em verde"). A first name that is a colour word ("Viola" in a
 * table's names column) stays a name. German leftovers: "die der Sprecherin grün" read as the Sprecherin's, "des Kunden"
 * named "Kunde" as the script's label "Kunde:" writes it. Fixtures by scripts/build-legend-it-pt-fixtures.py (python-docx,
 * and LibreOffice's PDF of each). Before: no legend read in any Italian or Portuguese fixture; the Galician one said as
 * not read; de-kunde's voices "der Sprecherin" and "Kunden".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { parseColourPhrase } from '../src/attribute/colour-words.js';
import { colourWordsLine, isNotRecorded } from '../src/attribute/legend-shapes.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-it-pt');

/** The voices (name = colours / highlights), each line as `voice ¶n words text`, the unassigned words, the warnings' codes. */
async function cast(file: string) {
  const { casting, report } = await analyseScript(await readScript(join(DIR, file)), { voiceMap: null });
  return {
    legend: casting.legend ? { paragraph: casting.legend.location.paragraph, text: casting.legend.text } : null,
    voices: (casting.legend?.voices ?? []).map((v) => `${v.name} = ${[...v.colors, ...v.highlights.map((h) => `${h} highlight`)].join(', ')}`),
    unassigned: report.unassigned.words,
    lines: casting.lines.filter((l) => l.voice !== null).map((l) => `${l.voice} ¶${l.location.paragraph} ${l.words} ${l.text}`),
    warnings: casting.warnings.map((w) => w.code),
  };
}

const EXPECTED: Record<string, Awaited<ReturnType<typeof cast>>> = {
  'it-lista': {
    legend: { paragraph: 2, text: "Legenda: / Narratrice – evidenziato in giallo / Cliente = sfondo verde / Indicazioni di regia – grigio (non da registrare)" },
    voices: ["Narratrice = #FFFF00 highlight", "Cliente = #00FF00 highlight"],
    unassigned: 13,
    lines: [
      "Narratrice ¶6 10 Benvenuti al secondo modulo del corso sulla sicurezza in ufficio.",
      "Cliente ¶8 7 Ho una domanda sulle uscite di emergenza.",
      "Narratrice ¶9 10 Certo. Ogni piano ha due uscite, indicate dai cartelli verdi.",
      "Cliente ¶10 7 E dove si trova l’estintore più vicino?",
    ],
    warnings: ["plain-text"],
  },
  'it-tabella': {
    legend: { paragraph: 2, text: "Legenda: / Voce | Colore / Narratore | Blu / Esperta | testo rosso / Viola | verde scuro / Didascalie | Nero (non da registrare)" },
    voices: ["Narratore = #0070C0", "Esperta = #FF0000", "Viola = #007A37"],
    unassigned: 11,
    lines: [
      "Narratore ¶14 7 Ogni mattina alle cinque accendiamo il forno.",
      "Esperta ¶15 8 E alle sette i cornetti sono già caldi!",
      "Viola ¶16 5 Pasticceria Aurora. Dolce da sempre.",
      "Narratore ¶17 5 Da lunedì anche in stazione.",
    ],
    warnings: [],
  },
  'it-frasi': {
    legend: { paragraph: 2, text: "Chiave dei colori: Le battute del narratore sono in blu. La conduttrice parla in arancione. Il testo in nero non va registrato." },
    voices: ["narratore = #0070C0", "conduttrice = #ED7D31"],
    unassigned: 13,
    lines: [
      "narratore ¶4 8 In autunno l’orto riposa, ma non è vuoto.",
      "conduttrice ¶5 7 Oggi parliamo di bulbi, foglie e pazienza.",
      "narratore ¶6 9 Chi pianta adesso vedrà i primi colori in primavera.",
      "conduttrice ¶7 3 Alla prossima puntata!",
    ],
    warnings: [],
  },
  'pt-lista': {
    legend: { paragraph: 2, text: "Legenda: / Narradora – destacado em amarelo / Cliente = realçado a verde / Rubricas – cinzento (não gravar)" },
    voices: ["Narradora = #FFFF00 highlight", "Cliente = #00FF00 highlight"],
    unassigned: 10,
    lines: [
      "Narradora ¶6 10 Bem-vindos ao primeiro módulo do curso de atendimento ao cliente.",
      "Cliente ¶8 7 Tenho uma dúvida sobre a minha encomenda.",
      "Narradora ¶9 7 Vamos ver três situações habituais na loja.",
      "Cliente ¶10 5 A encomenda ainda não chegou.",
    ],
    warnings: ["plain-text"],
  },
  'pt-tabela': {
    legend: { paragraph: 2, text: "Voz | Cor / Voz 1 | Azul / Voz 2 | vermelha / Locutor | verde escuro / Instruções | Preto (não gravar)" },
    voices: ["Voz 1 = #0070C0", "Voz 2 = #FF0000", "Locutor = #007A37"],
    unassigned: 14,
    lines: [
      "Voz 1 ¶13 6 Chegou atrasado de novo no trabalho?",
      "Voz 2 ¶14 13 É que antes eu passo no Café da Praça, o melhor do bairro.",
      "Locutor ¶15 7 Café da Praça. Aberto desde as sete.",
      "Voz 1 ¶16 6 Então amanhã eu vou com você.",
    ],
    warnings: [],
  },
  'pt-frases': {
    legend: { paragraph: 2, text: "Chave de cores: As falas do narrador estão em azul. A apresentadora fala em verde. O texto em preto não é gravado." },
    voices: ["narrador = #0070C0", "apresentadora = #00B050"],
    unassigned: 12,
    lines: [
      "narrador ¶4 8 Toda manhã, o sol chega antes de nós.",
      "apresentadora ¶5 10 E nós o transformamos em energia para a sua casa.",
      "narrador ¶6 7 Energia Solar do Sul. Luz que fica.",
    ],
    warnings: [],
  },
  'gl-lenda': {
    legend: { paragraph: 2, text: "Lenda: Narradora = azul; Locutor = vermello; Acoutacións = gris (non se grava)" },
    voices: ["Narradora = #0070C0", "Locutor = #FF0000"],
    unassigned: 12,
    lines: [
      "Narradora ¶4 8 Cada mañá, o pan sae quente ás sete.",
      "Locutor ¶5 5 Panadaría Lúa. Pan de sempre.",
      "Narradora ¶6 3 Tamén os domingos.",
    ],
    warnings: ["unknown-colour"],
  },
  'de-kunde': {
    legend: { paragraph: 2, text: "Farbcode: Die Zeilen des Erzählers sind blau, die der Sprecherin grün. Die Zeilen des Kunden sind rot. Text ohne Markierung wird nicht aufgenommen." },
    voices: ["Erzähler = #0070C0", "Sprecherin = #00B050", "Kunde = #FF0000"],
    unassigned: 8,
    lines: [
      "Erzähler ¶4 6 Willkommen zum vierten Modul unserer Schulung.",
      "Sprecherin ¶5 6 Heute geht es um schwierige Anrufe.",
      "Kunde ¶6 8 Kunde: Ich warte seit einer Stunde in der Leitung!",
      "Erzähler ¶7 8 Bleiben Sie ruhig und hören Sie zuerst zu.",
    ],
    warnings: ["labels-not-counted", "unknown-colour"],
  },
  'es-sin-resaltar': {
    legend: { paragraph: 2, text: "Leyenda: Narradora – resaltado en amarillo; Cliente – resaltado en verde; texto sin resaltar – no grabar" },
    voices: ["Narradora = #FFFF00 highlight", "Cliente = #00FF00 highlight"],
    unassigned: 8,
    lines: [
      "Narradora ¶3 8 Bienvenidos al tercer módulo del curso de ventas.",
      "Cliente ¶5 6 ¿Tienen este modelo en otro color?",
      "Narradora ¶6 5 Claro, tenemos cuatro colores disponibles.",
    ],
    warnings: ["plain-text"],
  },
};

describe('Italian, Portuguese and Galician legends, and German/Spanish leftovers', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    for (const ext of ['docx', 'pdf']) {
      it(`${name}.${ext}: the legend's voices, their lines and words, the legend no line`, async () => {
        expect(await cast(`${name}.${ext}`)).toEqual(expected);
      });
    }
  }

  it('an Italian legend that names a colour no line has is refused with the warning an English one gets', async () => {
    for (const ext of ['docx', 'pdf']) {
      const { casting } = await analyseScript(await readScript(join(DIR, `it-sbagliata.${ext}`)), { voiceMap: null });
      expect(casting.legend).toBeNull();
      expect(casting.warnings.filter((w) => w.code === 'legend-rejected').map((w) => w.message)).toEqual([
        `The legend at ${ext === 'pdf' ? 'p.1 ' : ''}¶2 ("Legenda: Narratore = blu; Esperta = rosso; Ospite = viola") was not used: no text in the script has Ospite's "viola". It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).`,
      ]);
    }
  });
});

describe('Italian and Portuguese colour words, names and notes', () => {
  const read = (text: string) => {
    const phrase = parseColourPhrase(text);
    return phrase && `${phrase.hex} ${phrase.families.join('/')}${phrase.kind ? ` ${phrase.kind}` : ''}${phrase.bare ? ' bare' : ''}`;
  };

  it('reads Italian colours in each agreement, shaded, highlighted or as text', () => {
    expect(read('blu')).toBe('#0070C0 blue bare');
    expect(read('in blu')).toBe('#0070C0 blue bare');
    expect(read('rossa')).toBe('#FF0000 red bare');
    expect(read('gialle')).toBe('#FFFF00 yellow bare');
    expect(read('verde scuro')).toBe('#005828 green');
    expect(read('grigio chiaro')).toBe('#BFBFBF grey');
    expect(read('azzurro')).toBe('#00B0F0 blue/turquoise bare');
    expect(read('evidenziato in giallo')).toBe('#FFFF00 yellow background bare');
    expect(read('sfondo verde')).toBe('#00FF00 green background bare');
    expect(read('testo rosso')).toBe('#FF0000 red text bare');
    for (const word of ['nero', 'bianco', 'arancione', 'marrone', 'viola', 'lilla', 'turchese', 'rosa']) expect(read(word), word).not.toBeNull();
    for (const word of ['Rossini', 'Bluetooth', 'Neroli', 'Verdi Giuseppe']) expect(read(word), word).toBeNull();
  });

  it('reads Portuguese colours in each agreement, shaded, highlighted or as text', () => {
    expect(read('azul')).toBe('#0070C0 blue bare');
    expect(read('em azul')).toBe('#0070C0 blue bare');
    expect(read('vermelha')).toBe('#FF0000 red bare');
    expect(read('amarelas')).toBe('#FFFF00 yellow bare');
    expect(read('cinzento escuro')).toBe('#404040 grey');
    expect(read('destacado em amarelo')).toBe('#FFFF00 yellow background bare');
    expect(read('realçado a verde')).toBe('#00FF00 green background bare');
    expect(read('amarelo (marca-texto)')).toBe('#FFFF00 yellow background bare');
    expect(read('fundo amarelo')).toBe('#FFFF00 yellow background bare');
    expect(read('texto em vermelho')).toBe('#FF0000 red text bare');
    for (const word of ['preto', 'branco', 'laranja', 'castanho', 'roxo', 'lilás', 'cinza', 'vermello']) expect(read(word), word).not.toBeNull();
    for (const word of ['Pretoria', 'Amarelinho', 'Roxanne']) expect(read(word), word).toBeNull();
  });

  it('reads Italian and Portuguese entries, sentences, names that are colour words, and what is not recorded', () => {
    const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;
    expect(entries('Legenda: Narratore = blu, Esperta = rosso e Ospite = verde')).toEqual(['Narratore = blu', 'Esperta = rosso', 'Ospite = verde']);
    expect(entries('Le battute del narratore sono in blu')).toEqual(['narratore = in blu']);
    expect(entries('As falas do narrador estão em azul')).toEqual(['narrador = em azul']);
    expect(entries('Il testo in nero non va registrato.')).toEqual(['Il testo (not recorded) = nero']);
    expect(entries('O texto em preto não é gravado.')).toEqual(['O texto (not recorded) = preto']);
    // A first name that is a colour word, beside a colour in lower case of another family: the name.
    expect(entries('Legenda: Viola = blu; Bianca = rosso; Rosa – verde')).toEqual(['Viola = blu', 'Bianca = rosso', 'Rosa = verde']);
    // Two capitals, or one family: which side is the name is not sure.
    expect(entries('Legenda: Viola = Blu')).toBeNull();
    expect(entries('Key: Grey = grey')).toBeNull();
    // German: "die der Sprecherin" (those of the Sprecherin); "des Kunden" kept as written (no label to say otherwise).
    expect(entries('Farbcode: Die Zeilen des Erzählers sind blau, die der Sprecherin grün')).toEqual(['Erzähler = blau', 'Sprecherin = grün']);
    expect(colourWordsLine('Die Zeilen des Kunden sind rot markiert')?.entries.map((e) => [e.name, e.labelForms])).toEqual([['Kunden', ['Kunde', 'Kund']]]);
    for (const note of ['non da registrare', 'da non registrare', 'non va registrato', 'Indicazioni di regia', 'Didascalie', 'Istruzioni', 'não gravar', 'não é gravado', 'Rubricas', 'Instruções', 'sem locução', 'non se grava'])
      expect(isNotRecorded(note), note).toBe(true);
    for (const name of ['Narratore', 'Narratrice', 'Esperta', 'Cliente', 'Conduttrice', 'Narrador', 'Narradora', 'Apresentadora', 'Locutor', 'Voz 1', 'Voce 2'])
      expect(isNotRecorded(name), name).toBe(false);
  });
});
