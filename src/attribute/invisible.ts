/**
 * Text a reader does not see because it is in the colour of what it stands on: white text on the
 * white page (or text in the page's own colour, where a DOCX sets one: `ScriptFacts.pageColour`), on
 * no background of its own; or text in the colour of its own background (white on white shading,
 * yellow on a yellow highlight). It is no voice's line and in no count, and it is said (quoted, where,
 * how many). Both formats alike: the readers give each run the colour and the background a reader
 * sees. What neither reader sees is a picture or a shape under the text (a PDF's images, a DOCX's
 * pictures behind text), where such text may show: the warning says so. Text in a DOCX text box with
 * no fill of its own floats over what the reader does not know, and is not judged.
 */
import { BLACK, channelDistance, WHITE } from '../colour/hex.js';
import { describeColour } from '../colour/names.js';
import type { Hex, Location, Paragraph, Run, Script, Warning } from '../model.js';
import { plural, shortText } from '../text/format.js';
import { countWords, normaliseSpace } from '../text/words.js';

/**
 * How far apart (largest channel difference, of 255) a text colour and what it stands on may be and the
 * text still not be seen: #FAFAFA on white is not, Word's "White, Background 1, Darker 5%" (#F2F2F2) is, faintly.
 */
const UNSEEN_DISTANCE = 6;

/** Paragraphs quoted in the message (and kept in the details). */
const QUOTED = 3;
/** Paragraph numbers kept in the details. */
const PLACES_KEPT = 200;

/**
 * The script without the text a reader does not see, and the warning that says what was left out;
 * the script itself (and no warning) when there is none. Paragraphs left with no text go.
 */
export function withoutUnseenText(script: Script): { script: Script; warning: Warning | null } {
  const page = script.facts.pageColour ?? WHITE;
  // Scripts have a handful of looks: each pair of colour and ground is judged once.
  const judged = new Map<string, boolean>();
  // (Judged inline in the loop below, the last look kept in locals: it runs once per run of the script, cold.)
  let lastColour = '';
  let lastGround = '';
  let lastVerdict = false;
  const pageUnknown = script.facts.pageUnknown === true;

  let paragraphs: Paragraph[] | null = null;
  let words = 0;
  const texts: string[] = [];
  const places: Location[] = [];
  const looks = new Map<string, { color: Hex; on: Hex; page: boolean }>();
  for (let i = 0; i < script.paragraphs.length; i++) {
    const paragraph = script.paragraphs[i]!;
    // Text in a DOCX text box with no fill of its own floats over what the reader does not know: not judged.
    const unjudged = pageUnknown || (script.format === 'docx' && paragraph.location.story === 'textbox');
    let kept: Run[] | null = null;
    let left = '';
    for (let r = 0; r < paragraph.runs.length; r++) {
      const run = paragraph.runs[r]!;
      const background = run.background;
      let verdict: boolean;
      // A DOCX's automatic text is read black on a highlight, which Word may show white on a black one: not judged.
      if ((background === null && unjudged) || (run.backgroundKind === 'highlight' && run.color === BLACK)) verdict = false;
      else {
        const ground = background ?? page;
        if (run.color === lastColour && ground === lastGround) verdict = lastVerdict;
        else {
          const key = `${run.color}${ground}`;
          let known = judged.get(key);
          if (known === undefined) {
            known = run.color === ground || channelDistance(run.color, ground) <= UNSEEN_DISTANCE;
            judged.set(key, known);
          }
          verdict = lastVerdict = known;
          lastColour = run.color;
          lastGround = ground;
        }
      }
      if (!verdict || !/\S/u.test(run.text)) {
        kept?.push(run);
        continue;
      }
      kept ??= paragraph.runs.slice(0, r);
      left += run.text;
      const on = run.background ?? page;
      const key = `${run.color}|${on}`;
      if (!looks.has(key)) looks.set(key, { color: run.color, on, page: run.background === null });
    }
    if (kept === null) {
      paragraphs?.push(paragraph);
      continue;
    }
    paragraphs ??= script.paragraphs.slice(0, i);
    words += countWords(left);
    if (texts.length < QUOTED) texts.push(normaliseSpace(left).slice(0, 200));
    if (places.length < PLACES_KEPT) places.push(paragraph.location);
    if (kept.some((run) => /\S/u.test(run.text))) paragraphs.push({ ...paragraph, runs: kept });
  }
  if (paragraphs === null) return { script, warning: null };
  return { script: { ...script, paragraphs }, warning: unseenWarning(script, words, texts, places, [...looks.values()]) };
}

function unseenWarning(script: Script, words: number, texts: string[], places: Location[], looks: { color: Hex; on: Hex; page: boolean }[]): Warning {
  const one = words === 1;
  const where = (location: Location) => `${location.page !== undefined ? `page ${location.page}, ` : ''}¶${location.paragraph}`;
  const quoted = texts.map((text, k) => `${shortText(text)} (${where(places[k]!)})`).join(', ') + (places.length > QUOTED ? ', …' : '');
  const how = looks
    .slice(0, 3)
    .map((look) => (look.page ? (script.facts.pageColour ? `${describeColour(look.color)} on the ${describeColour(look.on)} page` : `${describeColour(look.color)} on the white page`) : `${describeColour(look.color)} on ${describeColour(look.on)}`))
    .join('; ');
  const onPage = looks.some((look) => look.page);
  const picture = onPage ? ` (unless ${one ? 'it stands' : 'they stand'} on ${script.format === 'docx' ? 'a picture or a shape behind the text' : 'a picture'}, which vo-lines does not see)` : '';
  const warning: Warning = {
    code: 'text-unseen',
    message: `${plural(words, 'word')} in ${plural(places.length, 'paragraph')} ${one ? 'is' : 'are'} in the colour of what ${one ? 'it stands' : 'they stand'} on (${how}): a reader does not see ${one ? 'it' : 'them'}${picture}, so ${one ? 'it is' : 'they are'} in no voice’s lines and in no count: ${quoted}. If ${one ? 'it is' : 'they are'} to be recorded, give ${one ? 'it' : 'them'} a colour a reader sees.`,
    details: {
      words,
      paragraphs: places.map((l) => l.paragraph),
      text: [...texts],
      looks: looks.map((look) => ({ color: look.color, on: look.on, page: look.page })),
      ...(onPage ? { page: script.facts.pageColour ?? WHITE } : {}),
    },
    location: { ...places[0]! },
  };
  return warning;
}
