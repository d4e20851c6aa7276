/**
 * The legend read from a running header (or footer) is the furniture `furniture-left-out` quotes: a
 * legend the tool used, shown as the legend (`Voices from the legend at p.1 ¶1 (header): …`), is not
 * listed again as a header left out. Kept apart from the PDF reader's layout code (no pdf.js), for the
 * pipeline to call once the legend is known (the reader reads before any legend is found).
 */
import type { Location, Warning } from '../../model.js';
import { normaliseSpace } from '../../text/words.js';

/** A furniture text as the furniture warnings quote it: in straight quotes, cut at a word after 80 characters. */
export const quoteFurniture = (text: string) => `"${text.length > 80 ? `${text.slice(0, 80).replace(/\s\S*$/u, '')} …` : text}"`;

/**
 * The reader's warnings, with `furniture-left-out` told of the legend read from the page's header or
 * footer (`legend`): when the lines it quotes are all the legend's (it quotes every text it left out,
 * one after another making the legend's text), it is dropped: the legend line says it; when the legend
 * is among other texts, its lines are named as it in the message (`the legend, read from the page
 * header`) and `legend: true` is added to the details, the counts unchanged (its lines are left out
 * too). Null when nothing changes (no such warning, a legend in the body, texts that are not it).
 */
export function furnitureWithLegend(warnings: readonly Warning[], legend: { text: string; location: Location } | null): Warning[] | null {
  if (!legend || (legend.location.story !== 'header' && legend.location.story !== 'footer')) return null;
  const index = warnings.findIndex((w) => w.code === 'furniture-left-out');
  if (index < 0) return null;
  const warning = warnings[index]!;
  const texts = warning.details?.texts;
  if (!Array.isArray(texts) || texts.length === 0) return null;
  const key = (text: string) => normaliseSpace(text).toLowerCase();
  const wanted = key(legend.text);
  // The run of quoted texts that makes the legend's text.
  let run: { from: number; to: number } | null = null;
  for (let from = 0; from < texts.length && !run; from++) {
    let joined = '';
    for (let to = from; to < texts.length; to++) {
      joined = key(joined ? `${joined} ${String(texts[to])}` : String(texts[to]));
      if (joined === wanted) {
        run = { from, to };
        break;
      }
      if (!wanted.startsWith(joined)) break;
    }
  }
  if (!run) return null;
  const quoted = texts.map((t) => quoteFurniture(String(t)));
  const all = `${quoted.join(', ')} (`;
  const out = [...warnings];
  // Every text it left out is the legend's ("and N more" would follow the quotes otherwise).
  if (run.from === 0 && run.to === texts.length - 1 && warning.message.includes(all)) {
    out.splice(index, 1);
    return out;
  }
  const legendQuotes = quoted.slice(run.from, run.to + 1).join(', ');
  if (!warning.message.includes(legendQuotes)) return null;
  const where = legend.location.story === 'header' ? 'page header' : 'page footer';
  out[index] = {
    ...warning,
    message: warning.message.replace(legendQuotes, `the legend, read from the ${where}`),
    details: { ...warning.details, legend: true },
  };
  return out;
}
