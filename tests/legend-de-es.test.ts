/**
 * German and Spanish legends, read as English and French ones are: colour words inflected ("blauer",
 * "roja", "verdes", "dunkelgrau", "gris oscuro"), highlight and text words ("gelb markiert", "grün
 * hinterlegt", "Textfarbe", "resaltado en amarillo", "fondo verde"), roles and what is not recorded
 * ("Regieanweisung", "nicht aufnehmen", "wird nicht gesprochen", "Acotación", "no se graba"), headings
 * ("Farbcode:", "Legende:", "Leyenda:", "Código de colores:", "Stimme | Farbe", "Voz | Color") and
 * sentences ("Der Erzähler spricht in Blau", "Die Zeilen des Moderators sind orange markiert", "Las
 * líneas del narrador están en azul", "La locutora habla en verde"). A German legend that does not add
 * up is refused with the warning an English one gets. Fixtures built by
 * scripts/build-legend-de-es-fixtures.py (python-docx, and LibreOffice's PDF of each).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../src/pipeline.js';
import { readScript } from '../src/readers/index.js';
import { parseColourPhrase } from '../src/attribute/colour-words.js';
import { colourWordsLine, isNotRecorded } from '../src/attribute/legend-shapes.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/legend-de-es');

/** The voices (name = colours / highlights), each line as `voice ¶n words spoken text`, the unassigned words, the warnings' codes. */
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
  'de-liste': {
    legend: { paragraph: 2, text: 'Farbcode: / Erzählerin – gelb markiert / Kunde = grün hinterlegt / Regieanweisung – grau (nicht aufnehmen)' },
    voices: ['Erzählerin = #FFFF00 highlight', 'Kunde = #00FF00 highlight'],
    unassigned: 14,
    lines: [
      'Erzählerin ¶6 9 Willkommen zum zweiten Modul über den Schutz Ihrer Daten.',
      'Kunde ¶8 7 Ich habe eine Frage zu meinem Kundenkonto.',
      'Erzählerin ¶9 9 Gern. Ihre Daten werden nur mit Ihrer Zustimmung gespeichert.',
      'Kunde ¶10 6 Und wie lösche ich sie wieder?',
    ],
    // Black text the legend of highlights says nothing of (the title, "Farbcode:"): said, as in English.
    warnings: ['plain-text'],
  },
  'de-tabelle': {
    legend: {
      paragraph: 2,
      text: 'Legende: / Stimme | Farbe / Sprecher | Blau / Sprecherin | rote Schrift / Stimme 1 | Textfarbe dunkelgrau / Regieanweisung | Schwarz (wird nicht gesprochen)',
    },
    voices: ['Sprecher = #0070C0', 'Sprecherin = #FF0000', 'Stimme 1 = #404040'],
    unassigned: 8,
    lines: [
      'Sprecher ¶14 9 Jeden Morgen um fünf beginnt bei uns der Tag.',
      'Sprecherin ¶15 7 Und um sieben sind die Brötchen warm!',
      'Stimme 1 ¶16 6 Bäckerei Sonnenschein. Frisch aus dem Ofen.',
      'Sprecher ¶17 5 Ab Montag auch am Bahnhof.',
    ],
    // Stimme 1's dark grey #404040 beside black, the unrecorded directions' colour: said, as in English.
    warnings: ['confusable-colours'],
  },
  'de-saetze': {
    legend: { paragraph: 2, text: 'Legende: Der Erzähler spricht in Blau. Die Zeilen des Moderators sind orange markiert. Text in Schwarz wird nicht aufgenommen.' },
    voices: ['Erzähler = #0070C0', 'Moderator = #ED7D31'],
    unassigned: 13,
    lines: [
      'Erzähler ¶4 9 Im Herbst ist der Garten still, aber nicht leer.',
      'Moderator ¶5 8 Heute sprechen wir über Zwiebeln, Laub und Geduld.',
      'Erzähler ¶6 9 Wer jetzt pflanzt, sieht im Frühling die ersten Farben.',
      'Moderator ¶7 4 Bis zur nächsten Folge!',
    ],
    warnings: [],
  },
  'es-lista': {
    legend: { paragraph: 2, text: 'Leyenda: / Narradora – resaltado en amarillo / Locutor = fondo verde / Acotación – gris (no se graba)' },
    voices: ['Narradora = #FFFF00 highlight', 'Locutor = #00FF00 highlight'],
    unassigned: 12,
    lines: [
      'Narradora ¶6 10 Bienvenidos al primer módulo del curso de atención al cliente.',
      'Locutor ¶8 5 Un cliente satisfecho vuelve siempre.',
      'Narradora ¶9 7 Veamos tres situaciones habituales en la tienda.',
      'Locutor ¶10 7 Primera situación: un pedido que no llega.',
    ],
    warnings: ['plain-text'],
  },
  'es-tabla': {
    legend: { paragraph: 2, text: 'Voz | Color / Voz 1 | Azul / Voz 2 | roja / Voz en off | verde oscuro / Acotaciones | Negro (no se graba)' },
    voices: ['Voz 1 = #0070C0', 'Voz 2 = #FF0000', 'Voz en off = #007A37'],
    unassigned: 14,
    lines: [
      'Voz 1 ¶13 6 ¿Otra vez llegas tarde al trabajo?',
      'Voz 2 ¶14 12 Es que antes paso por La Plaza, el mejor café del barrio.',
      'Voz en off ¶15 7 Café La Plaza. Abierto desde las siete.',
      'Voz 1 ¶16 4 Pues mañana te acompaño.',
    ],
    warnings: [],
  },
  'es-frases': {
    legend: { paragraph: 2, text: 'Código de colores: Las líneas del narrador están en azul. La locutora habla en verde. El texto en negro no se graba.' },
    voices: ['narrador = #0070C0', 'locutora = #00B050'],
    unassigned: 13,
    lines: [
      'narrador ¶4 8 Cada mañana, el sol llega antes que nosotros.',
      'locutora ¶5 9 Y nosotros lo convertimos en energía para tu casa.',
      'narrador ¶6 8 Energía Solar del Sur. Luz que se queda.',
    ],
    warnings: [],
  },
};

describe('German and Spanish legends', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    for (const ext of ['docx', 'pdf']) {
      it(`${name}.${ext}: the legend's voices, their lines and words, the legend no line`, async () => {
        expect(await cast(`${name}.${ext}`)).toEqual(expected);
      });
    }
  }

  it('a German legend that names a colour no line has is refused with the warning an English one gets', async () => {
    for (const ext of ['docx', 'pdf']) {
      const messages = [];
      for (const [file, legend, voice, words] of [
        ['de-falsch', 'Legende: Sprecher = blau; Sprecherin = rot; Off-Sprecher = lila', 'Off-Sprecher', 'lila'],
        ['en-falsch', 'Key: Announcer = blue; Caller = red; Offstage = purple', 'Offstage', 'purple'],
      ]) {
        const { casting } = await analyseScript(await readScript(join(DIR, `${file}.${ext}`)), { voiceMap: null });
        expect(casting.legend).toBeNull();
        const rejected = casting.warnings.filter((w) => w.code === 'legend-rejected');
        expect(rejected.map((w) => w.message)).toEqual([
          `The legend at ${ext === 'pdf' ? 'p.1 ' : ''}¶2 ("${legend}") was not used: no text in the script has ${voice}'s "${words}". It is left out of the lines, and the voices are shown as the colours found instead: check the legend, or name the voices in a config (vo-lines init writes one).`,
        ]);
        messages.push(casting.warnings.map((w) => w.code));
      }
      expect(messages[0]).toEqual(messages[1]);
    }
  });
});

describe('German and Spanish colour words', () => {
  const read = (text: string) => {
    const phrase = parseColourPhrase(text);
    return phrase && `${phrase.hex} ${phrase.families.join('/')}${phrase.kind ? ` ${phrase.kind}` : ''}${phrase.bare ? ' bare' : ''}`;
  };

  it('reads inflected, compound and shaded German colours, and highlight and text words', () => {
    expect(read('blau')).toBe('#0070C0 blue bare');
    expect(read('in Blau')).toBe('#0070C0 blue bare');
    expect(read('blauer')).toBe('#0070C0 blue bare');
    expect(read('blauen')).toBe('#0070C0 blue bare');
    expect(read('grüne')).toBe('#00B050 green bare');
    expect(read('dunkelblau')).toBe('#003860 blue');
    expect(read('hellblau')).toBe('#80B8E0 blue');
    expect(read('dunkelgrau')).toBe('#404040 grey');
    expect(read('hellgraue Schrift')).toBe('#BFBFBF grey text');
    expect(read('dunkles Grau')).toBe('#404040 grey');
    expect(read('orangefarbene')).toBe('#FFA500 orange bare');
    expect(read('gelb markiert')).toBe('#FFFF00 yellow bare');
    expect(read('gelb hinterlegt')).toBe('#FFFF00 yellow background bare');
    expect(read('Hervorhebung gelb')).toBe('#FFFF00 yellow background bare');
    expect(read('gelb (Textmarker)')).toBe('#FFFF00 yellow background bare');
    expect(read('Textfarbe rot')).toBe('#FF0000 red text bare');
    expect(read('mit grünem Hintergrund')).toBe('#00FF00 green background bare');
    for (const word of ['lila', 'violett', 'rosa', 'pink', 'schwarz', 'türkis', 'braun']) expect(read(word), word).not.toBeNull();
    // Words that only look like colours are none.
    for (const word of ['Rotation', 'Blaubeere', 'Gelbsucht', 'hellwach', 'Dunkelheit', 'rote Karte']) expect(read(word), word).toBeNull();
  });

  it('reads Spanish colours in each agreement, shaded, highlighted or as text', () => {
    expect(read('azul')).toBe('#0070C0 blue bare');
    expect(read('azul claro')).toBe('#80B8E0 blue');
    expect(read('roja')).toBe('#FF0000 red bare');
    expect(read('amarillas')).toBe('#FFFF00 yellow bare');
    expect(read('verdes')).toBe('#00B050 green bare');
    expect(read('gris oscuro')).toBe('#404040 grey');
    expect(read('resaltado en amarillo')).toBe('#FFFF00 yellow background bare');
    expect(read('subrayado en amarillo')).toBe('#FFFF00 yellow background bare');
    expect(read('fondo amarillo')).toBe('#FFFF00 yellow background bare');
    expect(read('texto en rojo')).toBe('#FF0000 red text bare');
    expect(read('azul marino')).toBe('#000080 blue');
    for (const word of ['naranja', 'morado', 'violeta', 'rosa', 'negro', 'turquesa', 'marrón']) expect(read(word), word).not.toBeNull();
    for (const word of ['Rojas Martínez', 'Verdejo', 'Azulejo']) expect(read(word), word).toBeNull();
  });

  it('reads German and Spanish roles, what is not recorded, and sentences', () => {
    const entries = (text: string) => colourWordsLine(text)?.entries.map((e) => `${e.name}${e.notRecorded ? ' (not recorded)' : ''} = ${e.words}`) ?? null;
    expect(entries('Legende: Sprecherin = gelb markiert; Off-Sprecher = Textfarbe rot; Regieanweisung = grau')).toEqual([
      'Sprecherin = gelb markiert',
      'Off-Sprecher = Textfarbe rot',
      'Regieanweisung (not recorded) = grau',
    ]);
    expect(entries('Die Zeilen des Sprechers sind blau markiert')).toEqual(['Sprecher = blau markiert']);
    expect(entries('Der Erzähler spricht in Blau, die Erzählerin in Rot und der Kunde in Grün')).toEqual(['Erzähler = in Blau', 'Erzählerin = in Rot', 'Kunde = in Grün']);
    expect(entries('Leyenda: Narrador = azul, Locutora = verde y Voz 1 = rosa')).toEqual(['Narrador = azul', 'Locutora = verde', 'Voz 1 = rosa']);
    expect(entries('El locutor habla en verde')).toEqual(['locutor = en verde']);
    expect(entries('Las acotaciones en gris no se graban.')).toEqual(['Las acotaciones (not recorded) = gris']);
    expect(entries('Text auf grauem Hintergrund wird nicht gesprochen.')).toEqual(['Text (not recorded) = grauem Hintergrund']);
    // A verb of these sentences is one only in lower case: "Son", "Figura" end names.
    expect(entries('Legende: Father & Son = blau; Ana Figura = rot; Bruce Lee = gelb')).toEqual(['Father & Son = blau', 'Ana Figura = rot', 'Bruce Lee = gelb']);
    // A bare copula says little without a heading, as in English ("Narrator is blue").
    expect(entries('Der Sprecher ist blau')).toBeNull();
    for (const note of ['nicht aufnehmen', 'wird nicht gesprochen', 'Regieanweisung', 'Regieanweisungen', 'no se graba', 'no grabar', 'acotación', 'Acotaciones'])
      expect(isNotRecorded(note), note).toBe(true);
    for (const name of ['Sprecher', 'Sprecherin', 'Erzähler', 'Erzählerin', 'Stimme 1', 'Moderator', 'Off-Sprecher', 'Kunde', 'Narrador', 'Narradora', 'Locutor', 'Locutora', 'Voz 1', 'Voz en off'])
      expect(isNotRecorded(name), name).toBe(false);
  });
});
