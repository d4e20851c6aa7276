/**
 * The narrator's page says the library's warnings in its own words (web/warnings.ts), French or
 * English, from each warning's details: every code made in src/ is either said by the page or listed
 * on purpose as left in the library's English; warnings from real fixtures give exactly the French
 * sentences below; a warning whose details are missing (another library version) gets null, and the
 * page shows the library's sentence. The page itself is checked in Chromium in tests/web.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainName } from '../src/colour/names.js';
import type { Warning } from '../src/model.js';
import { Words } from '../web/i18n.js';
import { APP_WARNINGS, LEFT_IN_ENGLISH, LEGEND_REASONS, PAGE_WARNINGS, legendReasons, warningSentence, type Part, type Speaker } from '../web/warnings.js';
import { cli } from './helpers/browser.js';
import { blackScript } from './helpers/black-script.js';
import { castScript } from '../src/attribute/cast-script.js';
import { parseConfig } from '../src/config/parse.js';
import { buildDocx, r } from './helpers/docx-builder.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures');

function speaker(lang: 'en' | 'fr'): Speaker {
  const w = new Words(lang);
  return { w, colour: (hex, background = false) => `${hex} ${w.colourName(plainName(hex))}${background ? ` (${w.t('backgroundColour')})` : ''}`, voice: (name) => name ?? w.t('unassignedText') };
}

const text = (parts: Part[] | null) => (parts ? parts.map((p) => (typeof p === 'string' ? p : `[en]${p.en}[/en]`)).join('') : null);

/** What the page says of a warning: its sentence, or (legend-rejected) its reasons. */
function said(warning: Warning, lang: 'en' | 'fr' = 'fr'): string | null {
  const s = speaker(lang);
  return text(warning.code === 'legend-rejected' ? legendReasons((warning.details as { reasons: [] }).reasons, s) : warningSentence(warning, s));
}

function warningsOf(file: string): Warning[] {
  const result = spawnSync(process.execPath, [cli, 'summary', basename(file), '--json', '--no-config'], { cwd: dirname(file), encoding: 'utf8', env: plainEnv() });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { warnings: Warning[] }).warnings;
}

/** Every warning code src/ makes (`code: '…'`, or `code: test ? '…' : '…'`), the spoken-form languages' codes aside. */
function codesMadeInSrc(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !path.endsWith(join('measure', 'spoken', 'languages.ts'))) for (const m of readFileSync(path, 'utf8').matchAll(/\bcode: (?:[\w.!]+ \? )?'([a-z][a-z-]*)'(?: : '([a-z][a-z-]*)')?/g)) {
          codes.add(m[1]!);
          if (m[2]) codes.add(m[2]);
        }
    }
  };
  walk(join(root, 'src'));
  return codes;
}

describe('the page\'s warnings', () => {
  it('every warning code made in src/ is said by the page or left in English on purpose, and no list names a code src/ does not make', () => {
    const made = codesMadeInSrc();
    expect(made.size).toBeGreaterThan(35);
    const page = new Set(PAGE_WARNINGS);
    const english = new Set(Object.keys(LEFT_IN_ENGLISH));
    expect([...made].filter((code) => !page.has(code) && !english.has(code))).toEqual([]);
    expect([...page, ...english].filter((code) => !made.has(code))).toEqual([]);
    expect([...page].filter((code) => english.has(code))).toEqual([]);
    expect(PAGE_WARNINGS).toEqual(expect.arrayContaining([...APP_WARNINGS, ...LEGEND_REASONS]));
  });

  const cases: [string, string, string][] = [
    ['pdf-header3/lo-header-part.pdf', 'furniture-left-out', 'Laissés de côté comme en-têtes de page (les pages\u00A01, 2, 3)\u00A0: «\u202FACME — Safety module v3\u202F» (3\u00A0lignes, 12\u00A0mots). Ils reviennent en haut de page comme le font les en-têtes et pieds de page. Si l’un d’eux est une réplique à enregistrer (un nom de personnage, un slogan lu à chaque page), comptez-les avec --include headers.'],
    ['pdf-header3/lo-narrator-top.pdf', 'furniture-read-as-line', '«\u202FNARRATOR:\u202F» (3\u00A0lignes, 3\u00A0mots, les pages\u00A01, 2, 3) est lu comme une réplique\u00A0: il revient mot pour mot en haut de page comme un en-tête, mais à l’interligne du texte et dans sa taille. Si c’est un en-tête de page et non une réplique à enregistrer, retirez ses mots du compte.'],
    ['label-alone/blacknarr-en.docx', 'labels-alone', '«\u202FSAM:\u202F», seul dans la couleur d’une voix avant la réplique d’une autre voix, nomme qui dit la réplique suivante\u00A0: il est montré avec elle, pas compté comme des mots dits (compte de Narrator\u00A0: 1\u00A0mot en moins). S’il est lu à voix haute, tapez-le sans ses deux-points.'],
    ['label-alone/alone-fr.docx', 'labels-alone', '«\u202FCLIENT :\u202F» et «\u202FLA CONSEILLÈRE :\u202F», seuls dans la couleur d’une voix avant la réplique d’une autre voix, nomment qui dit chaque réplique suivante\u00A0: ils sont montrés avec elles, pas comptés comme des mots dits (compte de Narratrice\u00A0: 3\u00A0mots en moins). Si l’un d’eux est lu à voix haute, tapez-le sans ses deux-points.'],
    ['label-alone/unsure-en.docx', 'name-or-word', '«\u202FConclusion:\u202F», seul dans la couleur de Narrator avant la réplique d’une autre voix, peut être le nom de qui parle ou des mots dits\u00A0: le script ne dit pas lequel. Il est compté comme dit (1\u00A0mot). Si c’est un nom, non lu à voix haute, tapez-le en majuscules ou nommez la voix ainsi dans la légende du script.'],
    ['pdf-rtl/lo-mixed.pdf', 'pdf-bidi-order-unsure', 'Sur la page\u00A01, une ligne mêle à parts presque égales des mots de droite à gauche et de gauche à droite («\u202FHello world, good morning שלום עולם בוקר טוב\u202F»). Un PDF ne garde que l’ordre où on les voit, donc l’ordre de lecture est deviné (les mots et les comptes sont justes)\u00A0: vérifiez-le à l’œil, ou déposez plutôt ici le fichier Word.'],
    ['doclang/bilingual.docx', 'languages-by-voice', 'Le document indique plusieurs langues pour son texte\u00A0: Narratrice en français (langue du script\u00A0: anglais). Les nombres de chaque voix sont dits dans sa propre langue.'],
    ['labels-leftovers/notes-colour-fr.docx', 'notes-not-counted', '3\u00A0répliques dans la couleur d’une voix commencent par l’étiquette d’une note («\u202FNB :\u202F», «\u202FNote au studio :\u202F» et «\u202FRemarque :\u202F»)\u00A0: «\u202FNB : ralentir sur les chiffres, merci.\u202F», «\u202FNote au studio : ton chaleureux, pas institutionnel.\u202F», …. Une note au studio ne se dit pas\u00A0: elles ne sont comptées pour personne (18\u00A0mots retirés de #0070C0 blue et #C00000 red). Si l’une se dit, tapez-la dans le script sans ses deux-points.'],
    ['sections/harbor-coffee.docx', 'spots-unread', '«\u202FSPOT 1 — :30\u202F» et 4 autres ressemblent à des titres ou des durées de spots, mais aucune voix n’est encore nommée\u00A0: ils sont donc lus comme du texte de #000000 black. Le script n’est pas découpé en spots et aucun spot n’est comparé à sa durée. Nommez les voix ci-dessous en laissant cette couleur sans nom (ou déposez une config avec le script)\u00A0: les spots seront alors lus.'],
    ['docx-producers/word-databinding-en.docx', 'data-binding-shown', '6 contrôles de contenu sont liés à des données que Word affiche à la place du texte enregistré dedans\u00A0: «\u202FWorking Safely with Forklift Trucks\u202F» à la place de «\u202FCourse title\u202F», «\u202FNorthfield Distribution Centre\u202F» à la place de «\u202FCompany\u202F», «\u202FSamira Okonkwo-Bennett\u202F» à la place de «\u202FClick or tap here to enter text.\u202F». La page lit ce que Word affiche. (Un outil a rempli les données et laissé l’ancien texte dans les contrôles\u00A0: ouvrez le fichier dans Word et enregistrez-le de nouveau pour les accorder.)'],
    ['docx-producers/word-databinding-en.docx', 'data-binding-unread', 'Un contrôle de contenu est lié à une donnée que la page ne sait pas lire\u00A0: le texte enregistré dedans («\u202FAlex Moreau\u202F») est lu, mais Word peut afficher autre chose à cet endroit. Vérifiez cette réplique dans Word.'],
    ['docx-producers/word-webhidden-en.docx', 'web-hidden-text', '6\u00A0mots sont marqués masqués en mode Web\u00A0: «\u202Fwww.summer-market.example\u202F», «\u202FFree parking behind the church.\u202F». Word les affiche et les imprime, LibreOffice les masque (et les PDF qu’il produit les omettent). Ils sont comptés, comme Word imprime le script\u202F; s’ils ne sont pas enregistrés, supprimez-les ou masquez-les (Police > Masqué).'],
    ['pdf-furniture/heading-header-en.pdf', 'furniture-against-text', 'Laissé de côté comme en-tête ou pied de page (les pages\u00A01, 2, 3)\u00A0: «\u202FSpecial Notice\u202F». Il revient de page en page dans une taille à lui, mais touche le texte au lieu de se tenir à part dans la marge. Si c’est un titre ou une réplique à enregistrer, comptez-le avec --include headers.'],
    ['heading-colour/spots-legend-en.docx', 'headings-unassigned', '3\u00A0titres (15\u00A0mots) en #365F91 bleu foncé, couleur d’aucune voix, comptent comme des répliques de personne\u00A0: «\u202FSpot 1 — “Berry Good” — :30\u202F», «\u202FSpot 2 — “Bread Run” — :20\u202F», «\u202FSpot 3 — “Family Box” — :30\u202F». S’ils sont lus à voix haute, donnez cette couleur à la voix qui les lit.'],
    ['legend-probe/bracket-voice-fr.docx', 'legend-voice-unspoken', 'La légende du script fait de Régie (7\u00A0mots dans 2\u00A0répliques) une voix, mais tous ses mots sont entre crochets, une indication qui ne se dit pas. Si elle n’est pas enregistrée, déposez le script ici avec un vo-lines.config.yaml qui ne donne sa couleur à aucune voix.'],
    ['misc-probe/tracked-fr.docx', 'tracked-changes', 'Le script contient 3\u00A0modifications suivies (suivi des modifications de Word\u00A0: 2\u00A0insertions, 1\u00A0suppression\u202F; d’abord au ¶2, puis ¶3)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.'],
    ['colour-labels/colour-dialogue-fr.docx', 'labels-not-counted', 'Les noms de qui parle en tête de 4\u00A0répliques dans la couleur d’une voix (MARC\u00A0: et JULIE\u00A0:) ne sont pas comptés comme des mots dits\u00A0: la couleur dit déjà qui parle (6\u00A0mots laissés de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.'],
    ['emphasis-coded/italics-fr.docx', 'emphasis-coded', 'Les répliques de #000000 black sont peut-être deux voix distinguées par l’italique\u00A0: 3\u00A0répliques (26\u00A0mots) sont entièrement en italique, à commencer par «\u202FBienvenue dans ce module. Je suis votre formatrice.\u202F», et 3\u00A0répliques (29\u00A0mots) ne le sont pas, à commencer par «\u202FBonjour ! Je suis Paul, je travaille à la réception.\u202F», en alternance. vo-lines ne lit que les couleurs et les compte comme une seule voix\u00A0: comptez les répliques à la main, ou donnez à chaque voix sa couleur dans le script.'],
    ['emphasis-coded/font-fr.docx', 'emphasis-coded', 'Les répliques de #000000 black sont peut-être deux voix distinguées par la police\u00A0: 3\u00A0répliques (26\u00A0mots) sont entièrement en Liberation Mono, à commencer par «\u202FBienvenue dans ce module. Je suis votre formatrice.\u202F», et 3\u00A0répliques (28\u00A0mots) sont en Liberation Serif, à commencer par «\u202FBonjour ! Je suis Paul, je travaille à la réception.\u202F», en alternance. vo-lines ne lit que les couleurs et les compte comme une seule voix\u00A0: comptez les répliques à la main, ou donnez à chaque voix sa couleur dans le script.'],
    ['docx-producers/damaged-fields-en.docx', 'field-never-ends', '2\u00A0champs (AUTHOR, DOCPROPERTY) ne se terminent jamais (le fichier est abîmé ou a été assemblé à la main)\u00A0: le code de chaque champ est pris comme finissant avec son paragraphe, et la suite est lue comme des répliques. Non lu, car code de champ\u00A0: «\u202FJane Doe\u202F».'],
    ['docx-producers/damaged-toc-en.docx', 'toc-left-out', 'Le texte de la table des matières (3\u00A0lignes\u00A0: «\u202FPart 1 — The storm 1\u202F», «\u202FThe keeper 2\u202F», «\u202FPart 2 — Morning 3\u202F») n’est pas lu comme des répliques\u00A0: les titres qu’elle liste sont lus là où ils se trouvent.'],
    ['docx-producers/damaged-toc-en.docx', 'field-never-ends', 'Une table des matières ne se termine jamais (son champ n’a pas de marque de fin\u00A0: le fichier est abîmé ou a été assemblé à la main)\u00A0: elle est prise comme finissant avant «\u202FPart 1 — The storm\u202F», le premier paragraphe qui n’en est pas une entrée, et la suite est lue comme des répliques. Vérifiez que la table des matières s’arrête bien là.'],
    ['docx-producers/word-shapes-en.docx', 'shape-text-colour', 'Du texte dans une forme Word, sans couleur propre, prend #ED7D31 orange du style de la forme, et non #404040 gris foncé que donne son style de paragraphe ou de caractère\u00A0: LibreOffice l’affiche ainsi, et il est lu en #ED7D31 orange. Vérifiez la couleur de ces répliques dans Word.'],
    ['docx-producers/word-dropcap-fr.docx', 'language-from-text', 'Le document indique que son texte est en anglais (en-GB), mais ses mots sont en français\u00A0: il est lu en français, et les nombres sont dits en français.'],
    ['docx-producers/docxjs-style-highlight-fr.docx', 'style-highlight-ignored', 'Le style de caractère «\u202FMarc\u202F» donne un surlignage («\u202Fcyan\u202F») que ni Word ni LibreOffice n’affichent\u00A0: son texte est lu sans. Si ce surlignage désigne une voix, appliquez-le au texte lui-même. (2\u00A0paragraphes)'],
    ['docx-producers/docxjs-solid-shading-en.docx', 'shading-pattern-auto', 'Une trame «\u202Fsolid\u202F» sans couleur de motif s’affiche en #000000 noir dans Word mais en #FFFFFF blanc dans LibreOffice\u202F; aucun des deux n’affiche la couleur de fond #E2EFDA vert pâle qu’elle indique\u00A0: elle est lue en #000000 noir, comme Word l’affiche. (Une trame «\u202Fclear\u202F» affiche sa couleur de fond partout.) (2\u00A0paragraphes)'],
    ['legends/rejected-swatch-pictures.docx', 'legend-rejected', 'Host et Caller ont toutes deux la couleur #000000 noir\u202F; la légende donne à Host ou Caller la couleur du texte ordinaire du script, #000000 noir (titres, notes), sans l’écrire en toutes lettres (une couleur montrée par une image ou une forme ne peut pas être lue\u00A0: tramez la cellule, ou écrivez la couleur en toutes lettres)'],
    ['legends/rejected-colour-not-used.docx', 'legend-rejected', 'aucun texte du script n’a la couleur que la légende donne à VO2 («\u202Fpink highlight\u202F»)'],
    ['legends/rejected-duplicated-colour.pdf', 'legend-rejected', 'Narrator et Coach sont toutes deux «\u202Fblue\u202F»'],
    ['table-names/en-storyboard.docx', 'av-picture-column', 'Le tableau\u00A01, en forme de script audiovisuel (Scene | On-screen text | Visual | VO)\u00A0: on n’y dit que «\u202FVO\u202F». «\u202FScene\u202F», «\u202FOn-screen text\u202F» et «\u202FVisual\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (34\u00A0mots), comptés pour personne. 7\u00A0mots y sont tapés dans les couleurs de #404040 dark grey et de #0070C0 blue, dans 2\u00A0lignes dont la colonne audio porte la réplique\u00A0: pris pour du texte affiché à l’écran, comptés pour personne et laissés hors du script de séance. Si la voix les lit aussi, mettez-les dans la colonne audio. Et 2\u00A0mots y ressortent dans la couleur de #404040 dark grey\u00A0: comptés comme leur couleur le dit. Vérifiez-les\u00A0: dans une ligne sans mots dans sa colonne audio, ils peuvent être la réplique de la ligne, mais un texte affiché à l’écran, le plus souvent, ne se dit pas. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['legend-conflicts/header-vs-body-en.docx', 'legend-rejected', 'elle dit Narrator = #0000FF bleu et Expert = #00B050 vert, la légende au ¶1 (en-tête), «\u202FKey: Narrator = green; Expert = blue\u202F», dit Narrator = #00B050 vert et Expert = #0000FF bleu\u00A0: laquelle est juste, vo-lines ne peut pas le deviner'],
    ['legend-conflicts/name-colour-vs-words-en.docx', 'legend-rejected', 'Narrator est écrit en #0000FF bleu mais reçoit «\u202Fred\u202F» (#FF0000 rouge)\u202F; Expert est écrit en #FF0000 rouge mais reçoit «\u202Fblue\u202F» (#0000FF bleu)'],
    ['legend-conflicts/swatch-between-two-reds-en.docx', 'legend-rejected', 'l’échantillon de Narrator, #E00000 rouge, est à peu près aussi proche de #C00000 rouge et #FF0000 rouge'],
    ['legend-conflicts/elided-sentence-en.docx', 'legend-not-read', '«\u202FLines in blue are Paul\'s, in green Marie\'s. Text in black is not recorded.\u202F» ressemble à une légende mais n’a pas été lu\u00A0: les voix sont les couleurs trouvées. Si c’est la légende du script, déposez-le de nouveau avec un vo-lines.config.yaml qui nomme les voix, ou écrivez la légende une voix par ligne («\u202FNarrateur = bleu\u202F»).'],
    ['header-legend2/lo-two-para-noheading.docx', 'legend-not-read', '«\u202FNarrator blue, Learner green\u202F», dans l’en-tête de page, ressemble à une légende mais n’a pas été lu\u00A0: les voix sont les couleurs trouvées. Dans un en-tête, une légende n’est lue que si elle dit en être une\u00A0: si c’est la légende du script, commencez-la par «\u202FLégende\u00A0:\u202F» ou écrivez chaque couleur après un signe égal («\u202FNarrateur = bleu\u202F; Apprenante = vert\u202F»), ou déposez le script de nouveau avec un vo-lines.config.yaml qui nomme les voix.'],
    ['legend-conflicts/narrator-black-en.docx', 'legend-title-block', 'La légende donne #000000 noir, la couleur du texte ordinaire du script, à Narrator\u00A0: les 10\u00A0mots au-dessus d’elle («\u202FWarehouse Safety Module\u202F», «\u202FClient: Northwind Logistics\u202F», «\u202FVersion 3, 12 May\u202F»), le bloc de titre, ne sont comptés pour personne. Les répliques de cette couleur en dessous sont à Narrator\u00A0: vérifiez qu’aucun titre ni aucune note n’y est compté.'],
    ['pdf-producers/rl-covers-en.pdf', 'background-under-colours', '#FFFF00 jaune (surlignage ou trame) se trouve sous du texte de plusieurs couleurs (#0070C0 bleu\u00A0: 7\u00A0mots, #C00000 rouge\u00A0: 5\u00A0mots), et ses 12\u00A0mots sont tous dans des couleurs employées aussi ailleurs\u00A0: impossible de dire d’après la page si ce fond désigne une voix à lui seul ou s’il se trouve sous les répliques de plusieurs voix (un tableau ou un encadré tramé, des marques sur des lignes). Ses répliques sont comptées comme une seule voix. Si les voix se distinguent par la couleur de leur texte, déposez de nouveau le script avec un vo-lines.config.yaml qui les nomme par leurs couleurs (sous «\u202FTéléchargements\u202F», «\u202FConfig pour la ligne de commande (vo-lines.config.yaml)\u202F» en donne un pour commencer).'],
    ['pdf-glyphs/gradients-chromium.pdf', 'background-unknown', 'Du texte sur la page\u00A01 se trouve sur un fond peint par un dégradé ou un motif dont la couleur ne peut pas être déterminée (un fond qui change de couleur sous le texte, ou peint à travers un masque)\u00A0: il est lu comme sans fond (19\u00A0mots\u00A0: «\u202FThe boats leave at nine every single morning. Fifth line runs from white into …\u202F»). Si ce fond désigne une voix, vérifiez ces répliques à l’œil.'],
    ['pdf-producers/chromium-covers-en.pdf', 'covered-text', 'Du texte sur la page\u00A01 est recouvert par un cadre ou une image opaque (une censure, une étiquette, un cache, une image posée dessus)\u00A0: on ne le voit pas, et il a été laissé de côté (12\u00A0mots\u00A0: «\u202FListen first, then answer. Old answer: hang up and call back later.\u202F»). Vérifiez ces répliques à l’œil.'],
    ['pdf-producers/chromium-clip-text-en.pdf', 'masked-text', 'Du texte sur la page\u00A01 est dessiné comme une forme à travers laquelle la couleur est peinte (comme les titres en dégradé)\u00A0: on le voit, mais sa couleur ne peut pas être lue, et il a été laissé de côté\u00A0: «\u202FMuseum audio tour, stop 4 Please do not touch the frames.\u202F». Vérifiez ces répliques à l’œil.'],
    ['pdf-producers/lo-tab-tight-en.pdf', 'tab-or-columns', 'Sur la page\u00A01, du texte séparé par un large blanc (comme une tabulation sépare le nom de qui parle) a été lu comme une seule ligne, puis la ligne du dessous\u00A0: «\u202FWide shot of the\u202F» et «\u202FOpen late.\u202F», puis «\u202Fshop at dusk,\u202F». Si la page les met en deux colonnes d’un tableau, tous les mots y sont mais lus dans un autre ordre\u00A0: vérifiez ces répliques à l’œil.'],
    ['pdf-tracked/lo-tracked-paragraph.pdf', 'tracked-changes-shown', 'Sur la page\u00A01, des modifications suivies sont affichées, comme Word ou LibreOffice les impriment avec les marques de révision. #C69200 orange et #0646A2 bleu foncé sont des couleurs de réviseurs, pas des voix\u00A0: les mots insérés dans ces couleurs sont comptés pour la voix du texte qui les entoure. 9\u00A0mots dans 1\u00A0paragraphe inséré en entier ne sont comptés pour personne\u00A0: le PDF ne dit pas quelle voix les dit. Acceptez ou refusez les modifications avant de faire le PDF, ou utilisez le fichier Word.'],
    ['pdf-tracked/lo-tracked.pdf', 'tracked-changes-shown', 'Sur la page\u00A01, des modifications suivies sont affichées, comme Word ou LibreOffice les impriment avec les marques de révision. #C69200 orange et #0646A2 bleu foncé sont des couleurs de réviseurs, pas des voix\u00A0: les mots insérés dans ces couleurs sont comptés pour la voix du texte qui les entoure. Le texte supprimé (5\u00A0mots) a été laissé de côté, comme si les modifications étaient acceptées. Acceptez ou refusez les modifications avant de faire le PDF, ou utilisez le fichier Word.'],
    ['pdf-tracked/lo-tracked-boundary.pdf', 'tracked-at-voice-boundary', 'Inséré par une modification suivie exactement entre le texte de deux voix (#0070C0 blue, puis #C00000 red), comme une phrase à part\u00A0: «\u202FNobody comes out.\u202F» (3\u00A0mots). Le PDF ne dit pas à qui sont ces mots\u00A0: ils sont comptés pour #0070C0 blue, mais ils sont peut-être à #C00000 red. Acceptez les modifications avant de faire le PDF, ou utilisez le fichier Word.'],
    ['pdf-tracked/lo-tracked-abbrev.pdf', 'tracked-at-voice-boundary', 'Inséré par une modification suivie exactement entre le texte de deux voix (#0070C0 blue, puis #C00000 red), après «\u202FSt.\u202F», dont le point peut finir une phrase ou non\u00A0: «\u202FThen\u202F» (1\u00A0mot). Le PDF ne dit pas à qui sont ces mots\u00A0: ils sont comptés pour #0070C0 blue, mais ils sont peut-être à #C00000 red. Acceptez les modifications avant de faire le PDF, ou utilisez le fichier Word.'],
    ['emphasis/emphasis-fr.pdf', 'voice-inside-sentence', 'Au milieu d’une phrase de #0070C0 blue («\u202F…sonne, appuyez sur le bouton rouge puis sortez dans le calme.\u202F»), «\u202Frouge\u202F» (1\u00A0mot) est dans la couleur de #C00000 red\u00A0: compté pour #C00000 red, comme sa couleur le dit, mais un mot ou deux d’une autre couleur au milieu d’une phrase sont souvent une mise en valeur. Vérifiez à qui sont ces mots dans le script.'],
    ['av-columns/en-av-two-columns.pdf', 'av-picture-column', 'Le tableau\u00A01, en forme de script audiovisuel (VIDEO | AUDIO)\u00A0: on n’y dit que «\u202FAUDIO\u202F». «\u202FVIDEO\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (24\u00A0mots), comptés pour personne. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['av-columns/en-av-over-page-borderless.pdf', 'av-picture-column', 'Le texte sous des en-têtes seuls sur leur ligne (un tableau sans bordures, comme un PDF le montre), en forme de script audiovisuel (VIDEO | AUDIO)\u00A0: on n’y dit que «\u202FAUDIO\u202F». «\u202FVIDEO\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (196\u00A0mots), comptés pour personne. En haut de la page\u00A02, le tableau continue sans ligne d’en-tête (autant de colonnes, aux mêmes places)\u00A0: lu de même. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['av-columns/en-av-then-glossary.pdf', 'av-picture-column', 'Le tableau\u00A01, en forme de script audiovisuel (VIDEO | AUDIO)\u00A0: on n’y dit que «\u202FAUDIO\u202F». «\u202FVIDEO\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (68\u00A0mots), comptés pour personne. En haut de la page\u00A02, une ligne d’autres en-têtes («\u202FTerm | Definition\u202F») ouvre un autre tableau\u00A0: lu tel quel à partir de là. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    // A DOCX whose grids give no widths: nothing tells whether table 2 goes on (en-av-then-notes's grid now tells it apart).
    ['av-columns/en-av-split-nogrid.docx', 'av-picture-column', 'Le tableau\u00A01, en forme de script audiovisuel (VIDEO | AUDIO)\u00A0: on n’y dit que «\u202FAUDIO\u202F». «\u202FVIDEO\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (43\u00A0mots), comptés pour personne. Le tableau juste après, avec autant de colonnes et sans ligne d’en-tête (tableau\u00A02), est lu tel quel, toutes ses colonnes comptées. S’il continue le tableau AV, donnez-lui la même ligne d’en-tête, ou joignez les tableaux. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['av-columns/en-av-split.docx', 'av-picture-column', 'Les tableaux 1 et 2, en forme de script audiovisuel (VIDEO | AUDIO)\u00A0: on n’y dit que «\u202FAUDIO\u202F». «\u202FVIDEO\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (86\u00A0mots), comptés pour personne. Le tableau\u00A02 n’a pas de ligne d’en-tête mais suit le tableau AV d’avant avec les mêmes colonnes (autant, aussi larges\u00A0: un tableau coupé en deux)\u00A0: lu de même. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['lang2/bi-en-us.docx', 'voice-language-guessed', 'Les répliques de Narratrice sont en français, alors que le script est en anglais\u00A0: leurs nombres, syllabes et durée sont calculés en français (d’après leurs petits mots courants\u00A0: français 9, anglais 0, sur 42\u00A0mots). Si elles sont en anglais, déposez le script ici avec un vo-lines.config.yaml qui donne sa langue à la voix\u00A0: la ligne «\u202Flanguage: en\u202F» sous son nom dans «\u202Fvoices:\u202F».'],
    ['lang2/short-voice.docx', 'voice-language-doubt', 'Les répliques de Chef semblent en français (indices dans leurs petits mots, leur ponctuation et leurs lettres\u00A0: français 9, anglais 0, sur 14\u00A0mots) mais sont trop courtes pour le dire\u00A0: elles sont calculées en anglais, comme le script. Si elles sont en français, déposez le script ici avec un vo-lines.config.yaml qui donne sa langue à la voix\u00A0: la ligne «\u202Flanguage: fr\u202F» sous son nom dans «\u202Fvoices:\u202F».'],
    ['pdf-header2/lo-voiced-next.pdf', 'furniture-in-voice-colour', 'Lu comme une réplique de sa couleur sur chacune de ces pages (les pages\u00A01, 2, 3)\u00A0: «\u202FNext.\u202F». Il revient en haut de page comme un en-tête, mais en plus petit que le texte, dans une couleur des répliques du script. Si c’est un en-tête de page et non une réplique à enregistrer, retirez ses mots du compte de cette voix.'],
    ['legend-directions/fr-crochets.docx', 'legend-directions-applied', 'La légende du script dit «\u202FLes indications entre crochets ne sont pas enregistrées.\u202F»\u00A0: le texte entre [crochets] est retiré des mots des voix\u202F; 3\u00A0paragraphes entièrement entre eux (12\u00A0mots) ne sont la réplique de personne\u202F; 1\u00A0mot entre eux dans 1\u00A0réplique n’est pas dit.'],
    ['legend-directions/en-square.docx', 'legend-directions-applied', 'La légende du script dit «\u202FDirections in [square brackets] are not recorded.\u202F»\u00A0: le texte entre [crochets] est retiré des mots des voix\u202F; 4\u00A0paragraphes entièrement entre eux (20\u00A0mots) ne sont la réplique de personne\u202F; 1\u00A0mot entre eux dans 1\u00A0réplique n’est pas dit.'],
    ['legend-directions/en-underlined.docx', 'legend-directions-not-applied', 'La légende du script dit «\u202FUnderlined words are not recorded.\u202F», ce qui n’est pas appliqué\u00A0: le texte souligné est compté pour la voix de sa couleur. S’il n’est pas enregistré, mettez-le dans une couleur que la légende dit non enregistrée.'],
    ['pdf-unspaced/unspaced-en.pdf', 'paragraphs-unspaced', 'Sur la page\u00A01, les lignes sont posées sans espace entre les paragraphes\u00A0: où finit un paragraphe et où commence le suivant ne se voit pas sur la page, donc le nombre de répliques peut être faux (le nombre de mots est juste)\u00A0: «\u202F…with reversing trucks and forklifts. Unfortunately, most of those near…\u202F» est lu comme une seule réplique, alors qu’il peut y en avoir deux. Si ce sont deux paragraphes, déposez plutôt ici le fichier Word ou LibreOffice.'],
    ['links/links-fr.pdf', 'links-in-lines', '2\u00A0liens (2\u00A0mots) dans la réplique d’une voix ont été comptés pour la voix de cette réplique, pas selon leur propre couleur (Word et LibreOffice affichent les liens en bleu quelle que soit la couleur autour)\u00A0: «\u202Fwww.exemple.fr\u202F» pour #00B050 green et «\u202Fcontact@exemple.fr\u202F» pour #C00000 red. Vérifiez-les dans le script.'],
    ['links/links-plain.pdf', 'links-in-lines', '2\u00A0liens (2\u00A0mots) dans la réplique d’une voix ont été comptés pour la voix de cette réplique, pas selon leur propre couleur (Word et LibreOffice affichent les liens en bleu quelle que soit la couleur autour)\u00A0: «\u202Fwww.example.com/checklist\u202F» pour #00B050 green et «\u202Fsafety@example.com\u202F» pour #C00000 red. Aucun n’est un lien dans le fichier\u00A0: ils ont été reconnus à leur aspect (le style des liens, ou une adresse dans une couleur de lien). Vérifiez-les dans le script.'],
    ['links/links-en.docx', 'links-alone', '1\u00A0mot en #0563C1 bleu a l’air d’un lien, seul sur sa ligne\u00A0: «\u202Fwww.example.com/forms\u202F». #0563C1 bleu est la couleur des liens de ce script (Word et LibreOffice affichent les liens dans cette couleur quelle que soit la voix autour), pas celle d’une voix\u00A0: compté pour personne. S’il est dit, donnez-lui dans le script la couleur de la voix qui le lit.'],
    ['pdf-pagetree/one-of-three.pdf', 'text-not-on-pages', 'Les pages de ce fichier ne montrent qu’une partie du texte qu’il contient (du texte est tracé 2\u00A0fois sur ses pages, 6\u00A0fois dans le fichier). Des pages manquent peut-être à sa liste de pages (le fichier est abîmé, ou un outil a retiré des pages en laissant leur texte)\u00A0: ses répliques peuvent être incomplètes et ses nombres de mots trop bas. Comparez son nombre de pages (1) à celui de l’original\u202F; exportez de nouveau le PDF depuis le document d’origine, ou demandez le fichier Word.'],
    ['pdf-producers/pdfkit-ivr-scan.pdf', 'scanned-pages', 'Sur la page\u00A02, le texte est une image (un scan) sous un texte OCR invisible\u00A0: ces répliques n’ont pas été lues, et leurs couleurs ne peuvent pas l’être. Demandez ces pages en texte (le fichier Word, ou un PDF enregistré depuis Word).'],
    ['pdf-producers/pdfkit-ivr-scan.pdf', 'invisible-text', 'Le texte invisible sur la page\u00A01 (tracé sans encre, comme l’OCR le pose sur un scan) a été laissé de côté\u00A0: on ne le voit pas.'],
    ['pdf-annotations/fields-layers-en.pdf', 'highlight-paints-nothing', '1\u00A0surlignage sur la page\u00A01 a une apparence qui ne peint rien\u00A0: les lecteurs de PDF dessinent cette apparence, donc la plupart n’y montrent aucun surlignage. Il n’est lu pour aucune voix\u00A0: s’il marque une voix, surlignez de nouveau ce texte dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.'],
    ['pdf-annotations/fields-layers-en.pdf', 'highlight-transparent', '1\u00A0surlignage sur la page\u00A01 est entièrement transparent (opacité 0)\u00A0: certains lecteurs de PDF le montrent, d’autres (Acrobat) ne montrent rien, donc il n’est lu pour aucune voix. S’il marque une voix, donnez-lui une opacité dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.'],
    ['pdf-producers/type3-colour-glyphs-en.pdf', 'glyph-colours-unknown', 'Du texte sur la page\u00A01 est dessiné dans une police dont les lettres peignent leurs propres couleurs (comme les émojis en couleur), plusieurs dans un même passage\u00A0: on ne peut pas savoir quelle couleur de voix y voit un lecteur, et il a été lu dans la couleur du texte (40\u00A0caractères\u00A0: «\u202Fthese glyphs paint red and blue by turns\u202F»). Vérifiez ces répliques à l’œil.'],
    ['legendweb/fr-mixed-runs.docx', 'voice-inside-sentence', '«\u202Frègle ?\u202F» (1\u00A0mot), dans la couleur de Narratrice, finit une phrase de Formateur («\u202FEt la deuxième règle ?\u202F») sans fin de phrase entre les deux\u00A0: compté pour Narratrice, comme sa couleur le dit, mais une phrase est rarement dite par deux voix. Vérifiez à qui sont ces mots dans le script.'],
    ['pdf-producers/tex-type3-en.pdf', 'unmapped-glyphs', '9\u00A0caractères tracés sur la page\u00A01 n’ont pas de texte derrière eux (leur police ne dit pas quelles lettres ce sont, comme les polices bitmap de TeX pour les ligatures telles que fi et pour les tirets)\u00A0: des mots y sont lus avec des lettres en moins («\u202F\uFFFDrst\u202F», «\u202F\uFFFDnd\u202F», «\u202Fo\uFFFDce\u202F») et peuvent être mal comptés. Demandez un PDF fait avec d’autres polices.'],
    ['pdf-furniture/footer-one-page-en.pdf', 'footer-like-line', '«\u202FAcme Logistics — Forklift safety — narration script v3\u202F» est lu comme une réplique de sa couleur, mais il est seul dans la marge du bas de la page, loin sous le texte, là où se trouve un pied de page (un PDF d’une seule page n’a pas d’autre page pour montrer s’il se répète). Si c’est un pied de page et non une réplique à enregistrer, retirez ses mots du décompte de cette voix.'],
    ['docx-producers/word-repeating-en.docx', 'repeating-section-data', 'Une section répétée est liée à des données qui peuvent faire afficher à Word un autre nombre d’éléments («\u202FAnswers\u202F»\u00A0: 2 dans le fichier, 3 dans ses données)\u00A0: les éléments enregistrés dans le fichier sont lus. Ouvrez le fichier dans Word, vérifiez cette section et enregistrez-le de nouveau.'],
    ['docx-producers/word-tblprex-en.docx', 'table-shading-unshown', 'Des lignes de tableau ont une trame à elles, #FFFF00 jaune (surlignage ou trame), et des cellules sans trame\u00A0: Word et LibreOffice ne l’y affichent pas, elles sont donc lues sans elle. Si elle marque une voix, ombrez les cellules elles-mêmes. (3\u00A0paragraphes)'],
    ['legend-notes/web-overlap-chromium.pdf', 'two-voices-one-stretch', '3\u00A0mots dans la couleur de KID (#C00000 rouge) sur le surlignage d’ANNCR (#FFFF00 jaune) sont comptés pour ANNCR, le surlignage passant avant la couleur du texte\u00A0: page 1, ¶8 «\u202FBest breakfast ever!\u202F». S’ils sont à KID, retirez-leur le surlignage d’ANNCR.'],
    ['av-columns/en-av-over-page.docx', 'labels-not-counted', 'Les noms de qui parle en tête de 22\u00A0répliques (NARRATOR\u00A0:) ne sont pas comptés comme des mots dits\u00A0: un nom suivi de deux-points n’est pas lu à voix haute (22\u00A0mots laissés de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.'],
    ['av-locs/vmerge-text-en.docx', 'merged-cell-text', 'Du texte est tapé dans une cellule de tableau fusionnée avec celle du dessus (4\u00A0mots\u202F; la première\u00A0: tableau\u00A01, ligne\u00A03, col.\u00A03)\u00A0: «\u202FTyped under the merge.\u202F». Une cellule fusionnée ne montre que le texte de sa première cellule\u00A0: ce texte est donc laissé de côté. S’il doit être enregistré, déplacez-le dans la première cellule de la fusion, ou scindez les cellules dans le script.'],
    ['av-merge/rowshade-en.docx', 'av-picture-column', 'Le tableau\u00A01, en forme de script audiovisuel (# | Screen / On-screen text | Narration (VO) | Notes / Animation)\u00A0: on n’y dit que «\u202FNarration (VO)\u202F». «\u202F#\u202F» et «\u202FScreen / On-screen text\u202F»\u00A0: ce qu’on voit, pas ce qu’on dit\u202F; avec la ligne d’en-tête (34\u00A0mots), comptés pour personne. L’autre colonne («\u202FNotes / Animation\u202F») est lue comme d’habitude. 27\u00A0mots y sont tapés dans les couleurs de Narrator et d’Expert, dans 4\u00A0lignes dont la colonne audio porte la réplique\u00A0: pris pour du texte affiché à l’écran, comptés pour personne et laissés hors du script de séance. Si la voix les lit aussi, mettez-les dans la colonne audio. 13\u00A0mots de la colonne «\u202FNotes / Animation\u202F» ont l’aspect des mots de la colonne audio de leur ligne (Narrator et Expert), dans 4\u00A0lignes\u00A0: une ligne tapée ou ombrée en entier à l’aspect d’une voix dit à qui est la réplique de sa colonne audio\u202F; ils sont donc pris pour des notes à côté de la réplique, comptés pour personne et laissés hors du script de séance. Si la voix les lit aussi, mettez-les dans la colonne audio. Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.'],
    ['pdf-off-page/rl-off-page-en.pdf', 'text-off-page', 'Sur la page\u00A01, du texte déborde de la page\u00A0: 3 lignes sont coupées au bord (la première\u00A0: «\u202FThe boats you see here have fished these waters for a hundred and fifty yea\u202F»), et ce qui dépasse n’est pas affiché, donc n’a pas pu être lu\u00A0: les nombres de mots de ces lignes et de leurs voix peuvent être trop bas (Anna\u00A0: 3\u00A0lignes, ¶3, ¶5). Exportez de nouveau le PDF pour que le texte tienne dans la page (un tableau plus étroit, un caractère plus petit, une page à l’italienne), ou déposez plutôt ici le fichier Word.'],
    ['pdf-off-page/chromium-overflow-en.pdf', 'text-off-page', 'Sur la page\u00A01, du texte déborde du cadre où il est dessiné\u00A0: 2 lignes sont coupées au bord (la première\u00A0: «\u202FEverything in the garden centr\u202F»), et ce qui dépasse n’est pas affiché, donc n’a pas pu être lu\u00A0: les nombres de mots de ces lignes et de leurs voix peuvent être trop bas (Anna\u00A0: 2\u00A0lignes, ¶3). Exportez de nouveau le PDF pour que le texte tienne dans la page (un tableau plus étroit, un caractère plus petit, une page à l’italienne), ou déposez plutôt ici le fichier Word.'],
    ['spoken6/uk-marked-us.docx', 'dates-read-day-first', 'Le document indique que son texte est en anglais (en-US), mais il est écrit en anglais britannique («\u202Fper cent\u202F», «\u202Fcolour\u202F», «\u202F31/12/2025\u202F», «\u202F£30\u202F»)\u00A0: ses dates en chiffres (12/03/2025 et 01/04/2025) sont lues le jour d’abord, et ses nombres comme en anglais britannique. Si le script est américain, lisez-le en anglais américain (le bouton ci-dessous)\u00A0: ses chiffres sont recalculés, et la config que vous téléchargez le dit.'],
    ['spoken6/uk-untagged.docx', 'dates-read-day-first', 'Le document n’indique pas sa langue, mais il est écrit en anglais britannique («\u202Fper cent\u202F», «\u202Fcolour\u202F», «\u202F31/12/2025\u202F», «\u202F£30\u202F»)\u00A0: ses dates en chiffres (12/03/2025 et 01/04/2025) sont lues le jour d’abord, et ses nombres comme en anglais britannique. Si le script est américain, lisez-le en anglais américain (le bouton ci-dessous)\u00A0: ses chiffres sont recalculés, et la config que vous téléchargez le dit.'],
    ['spoken6/us-marked-gb.docx', 'dates-read-month-first', 'Le document indique que son texte est en anglais (en-GB), mais il est écrit en anglais américain («\u202F1/31\u202F», «\u202Fpercent\u202F», «\u202Fcolor\u202F», «\u202F$5\u202F»)\u00A0: ses dates en chiffres (03/04/2025) sont lues le mois d’abord, et ses nombres comme en anglais américain. Si le script est britannique, lisez-le en anglais britannique (le bouton ci-dessous)\u00A0: ses chiffres sont recalculés, et la config que vous téléchargez le dit.'],
    ['spoken6/mixed-orders.docx', 'date-order-unclear', 'Le script écrit des dates le jour d’abord (31/12/2025) et d’autres le mois d’abord (1/31)\u00A0: pour 05/06/2025 et 02/03/2025, on ne peut pas savoir lequel vient en premier, et elles sont lues le mois d’abord. Vérifiez-les\u202F; pour choisir, lisez-le en anglais britannique (le jour d’abord) ou en anglais américain (le mois d’abord) avec les boutons ci-dessous\u00A0: ses chiffres sont recalculés, et la config que vous téléchargez le dit.'],
    ['spoken12/mixed/script.docx', 'date-order-mixed-marks', '#C00000 red\u00A0: ses répliques sont marquées en partie en anglais américain (en-US, 51,6\u00A0% de ses mots) et en partie en anglais britannique (en-GB, 48,4\u00A0%)\u00A0: pour 03/04/2025, les marques ne disent pas si le jour ou le mois vient en premier, et elle est lue le mois d’abord, comme le sont la plupart de ses mots. Vérifiez-la\u202F; pour choisir, lisez le script en anglais britannique (le jour d’abord) ou en anglais américain (le mois d’abord) avec les boutons ci-dessous.'],
    ['spoken6/unsaid-fr-ca.docx', 'figures-said-as-written', 'Un nombre n’a pas pu être mis en mots et est compté tel qu’écrit, pour un mot\u00A0: le compte des mots dits peut être trop bas («\u202F9,975\u202F» (¶1)).'],
    ['spoken6/unsaid-en.docx', 'figures-said-as-written', '2 nombres n’ont pas pu être mis en mots et sont comptés tels qu’écrits, pour un mot chacun\u00A0: le compte des mots dits peut être trop bas («\u202F5\'10"\u202F» (¶1), «\u202F2-4-7\u202F» (¶2)).'],
    ['raised-figures/ambiguous-en.docx', 'raised-figure-ambiguous', 'Un chiffre en exposant après un nombre peut être une puissance ou un appel de note\u00A0: «\u202F2025²\u202F» est lu comme un appel de note, et n’est pas dit. Si c’est une puissance, elle se dit («\u202Fau carré\u202F», «\u202Fpuissance…\u202F») et le compte des mots dits est trop bas.'],
    // No language marks: one voice's own dates write day-first, the rest of the script is read month-first (spoken13).
    ['spoken13/unmarked/script.docx', 'dates-read-day-first', '#0070C0 blue\u00A0: ses répliques écrivent les dates le jour d’abord («\u202F31/12/2025\u202F»), alors que le reste du script est lu le mois d’abord\u00A0: sa date que l’on peut lire dans les deux sens (05/06/2025) est donc lue le jour d’abord elle aussi, et ses nombres comme en anglais britannique. Vérifiez-la\u202F; si elle est écrite le mois d’abord, donnez l’anglais américain (en-US) comme langue à cette voix dans la config.'],
    ['legend-leftovers/fr-noms-inverses.docx', 'label-names-other-voice', '1\u00A0réplique dans la couleur de Marie commence par «\u202FPAUL :\u202F», le nom de Paul («\u202FPAUL : Écoutez bien et notez vos questions.\u202F»)\u00A0: elle est comptée pour Marie, comme sa couleur le dit. Si elle est à Paul, mettez-la dans la couleur de Paul dans le script.'],
    ['legend-leftovers/en-names-swapped.pdf', 'label-names-other-voice', '2\u00A0répliques dans la couleur de Paul commencent par «\u202FMARIE:\u202F», le nom de Marie («\u202FMARIE: Listen carefully and write down your questions.\u202F», «\u202FMARIE: Thank you very much.\u202F»)\u00A0: elles sont comptées pour Paul, comme leur couleur le dit. Si elles sont à Marie, mettez-les dans la couleur de Marie dans le script.'],
    ['raised-figures/report-en.docx', 'raised-figure-ambiguous', 'Un chiffre en exposant après un nombre peut être une puissance ou un appel de note\u00A0: «\u202F3²\u202F» est lu comme une puissance, et dit («\u202Fau carré\u202F», «\u202Fpuissance…\u202F»). Si c’est un appel de note, il ne se dit pas, et le compte des mots dits est trop haut.'],
  ];
  it.each(cases)('%s: %s in French, from the details the library gives', (file, code, french) => {
    const warnings = warningsOf(join(fixtures, file)).filter((w) => w.code === code);
    expect(warnings.map((w) => said(w))).toContain(french);
  });

  it('furniture-left-out with the legend read from the page header among the texts (pdfhdr4, legend: true): the legend said as the legend, French and English', () => {
    const file = join(fixtures, 'pdf-header4/lo-legend-header-footer.pdf');
    const result = spawnSync(process.execPath, [cli, 'summary', basename(file), '--json', '--no-config'], { cwd: dirname(file), encoding: 'utf8', env: plainEnv() });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { warnings: Warning[]; legend: { text: string; location: { story: string } } | null };
    const [left] = report.warnings.filter((w) => w.code === 'furniture-left-out');
    expect(left!.details).toMatchObject({ legend: true, story: 'header and footer' });
    const legend = { text: report.legend!.text, story: report.legend!.location.story };
    expect(legend).toEqual({ text: 'Key: Narrator in blue, Trainer in green, directions in grey (not recorded)', story: 'header' });
    // The page knows the legend: its text is not quoted as a header left out, it is named as the legend.
    expect(text(warningSentence(left!, { ...speaker('fr'), legend }))).toBe(
      'Laissés de côté comme en-têtes et pieds de page (les pages\u00A01, 2, 3)\u00A0: la légende du script, lue dans l’en-tête de page (les voix de cette page sont les siennes), et «\u202FHarbour Insurance — Fire safety module 3\u202F» (6\u00A0lignes, 54\u00A0mots, légende comprise). Ils reviennent en haut et en bas de page comme le font les en-têtes et pieds de page. Si c’est une réplique à enregistrer (un nom de personnage, un slogan lu à chaque page), comptez-la avec --include headers,footers.',
    );
    expect(text(warningSentence(left!, { ...speaker('en'), legend }))).toBe(
      'Left out of the lines as running headers and footers (pages\u00A01, 2, 3): the script’s legend, read from the page header (the voices on this page are its voices), and "Harbour Insurance — Fire safety module 3" (6\u00A0lines, 54\u00A0words, the legend’s included). They repeat at the top and foot of the page as page furniture does. If it is a line to record (a speaker’s name, a tagline read on each page), count it with --include headers,footers.',
    );
    // Not told which legend (or a legend its texts do not make): the texts as quoted, and the legend said to be among them.
    expect(said(left!, 'fr')).toBe(
      'Laissés de côté comme en-têtes et pieds de page (les pages\u00A01, 2, 3)\u00A0: «\u202FKey: Narrator in blue, Trainer in green, directions in grey (not recorded)\u202F», «\u202FHarbour Insurance — Fire safety module 3\u202F» (6\u00A0lignes, 54\u00A0mots). Ils reviennent en haut et en bas de page comme le font les en-têtes et pieds de page. Si l’un d’eux est une réplique à enregistrer (un nom de personnage, un slogan lu à chaque page), comptez-les avec --include headers,footers. L’un d’eux est la légende du script, lue dans l’en-tête ou le pied de page\u00A0: les voix de cette page sont les siennes, et ce n’est pas une réplique à enregistrer.',
    );
    expect(text(warningSentence(left!, { ...speaker('en'), legend: { text: 'Key: someone else', story: 'footer' } }))).toBe(
      'Left out of the lines as running headers and footers (pages\u00A01, 2, 3): "Key: Narrator in blue, Trainer in green, directions in grey (not recorded)", "Harbour Insurance — Fire safety module 3" (6\u00A0lines, 54\u00A0words). They repeat at the top and foot of the page as page furniture does. If one is a line to record (a speaker’s name, a tagline read on each page), count them with --include headers,footers. One of them is the script’s legend, read from the page footer: the voices on this page are its voices, and it is no line to record.',
    );
    // Without `legend`, as before.
    const plainWarning = { ...left!, details: { ...left!.details, legend: undefined } };
    expect(said(plainWarning, 'en')).not.toContain('legend');
  });

  it('one voice\'s own dates read month first in a script read day first (details.voice): its name, several dates, text of no voice (EN, FR)', () => {
    const warning: Warning = {
      code: 'dates-read-month-first',
      message: '',
      details: { voice: 'Cal', read: 'en-US', signs: { monthFirstDate: '12/31/2025' }, dates: ['02/03/2025', '04/05/2025', '06/07/2025', '08/09/2025'], total: 4 },
    };
    expect(said(warning, 'en')).toBe(
      'Cal: its lines write dates month first ("12/31/2025"), while the rest of the script is read day first, so its dates that either order could read (02/03/2025, 04/05/2025 and 06/07/2025, …) are read month first too, and its figures as in American English. Check them; if they are day first, set the voice’s language in the config to British English (en-GB).',
    );
    expect(said(warning, 'fr')).toBe(
      'Cal\u00A0: ses répliques écrivent les dates le mois d’abord («\u202F12/31/2025\u202F»), alors que le reste du script est lu le jour d’abord\u00A0: ses dates que l’on peut lire dans les deux sens (02/03/2025, 04/05/2025 et 06/07/2025, …) sont donc lues le mois d’abord elles aussi, et ses nombres comme en anglais américain. Vérifiez-les\u202F; si elles sont écrites le jour d’abord, donnez l’anglais britannique (en-GB) comme langue à cette voix dans la config.',
    );
    // Text of no voice opens the sentence with a capital.
    expect(said({ ...warning, details: { ...warning.details, voice: null } }, 'en')).toMatch(/^Text of no voice: its lines write dates month first/);
  });

  it('lines in one voice\'s colour opening with another voice\'s name (label-names-other-voice), in English: one line, four lines', () => {
    const warning: Warning = {
      code: 'label-names-other-voice',
      message: '',
      details: { label: 'MARIE:', voice: 'Paul', labelVoice: 'Marie', lines: 1, firstLines: ['MARIE: Thank you very much.'] },
    };
    expect(said(warning, 'en')).toBe('1\u00A0line in the colour of Paul opens with "MARIE:", the name of Marie ("MARIE: Thank you very much."): it is counted for Paul, as its colour says. If it is Marie’s, type it in Marie’s colour in the script.');
    const four = { ...warning, details: { ...warning.details, lines: 4, firstLines: ['MARIE: One.', 'MARIE: Two.', 'MARIE: Three.'] } };
    expect(said(four, 'en')).toBe('4\u00A0lines in the colour of Paul open with "MARIE:", the name of Marie ("MARIE: One.", "MARIE: Two.", …): they are counted for Paul, as their colour says. If they are Marie’s, type them in Marie’s colour in the script.');
  });

  it('text effects, plain text, a word split across two voices: French and English', () => {
    const fill = warningsOf(join(fixtures, 'docx-producers/word-textfill-en.docx')).filter((w) => w.code === 'text-fill-differs');
    expect(fill.map((w) => said(w))).toEqual([
      'Du texte rempli d’un dégradé (un effet de texte Word) n’a pas de couleur unique dans Word\u202F; LibreOffice et les lecteurs plus anciens affichent la couleur de sa police, #2F5496 bleu foncé, qui est celle lue. Vérifiez la couleur de ces répliques.',
      'Du texte avec un effet de remplissage Word s’affiche en #00B0F0 bleu clair dans Word, mais dans la couleur de sa police, #C00000 rouge, dans LibreOffice et les lecteurs plus anciens\u00A0: il est lu en #00B0F0 bleu clair, comme Word l’affiche.',
    ]);
    const [plain] = warningsOf(join(fixtures, 'legends/en-radio-parens-shading.docx')).filter((w) => w.code === 'plain-text');
    expect(said(plain!, 'en')).toBe(
      '33\u00A0words in 5\u00A0lines are plain text with no highlight, e.g. "Coastline Credit Union — "Rainy Day" radio campaign", "Agency: Fairweather & Lane · Job CCU-0412 · Two spots, :3…": the legend gives every voice a highlight, so nobody is counted as reading them. If some are to be recorded, highlight them in the script.',
    );
    const outOfPlace = { code: 'label-out-of-place', message: '', details: { label: 'MUM', voice: 'Mum', lines: 1, firstLines: ['Only if you carry it to the car yourself, all the way across the car MUM'] } };
    expect(said(outOfPlace)).toBe(
      'Le nom «\u202FMUM\u202F» (Mum) se trouve à la fin de 1\u00A0réplique au lieu du début, par ex. «\u202F…it to the car yourself, all the way across the car MUM\u202F»\u00A0: l’ordre de lecture du script l’a déplacé (dans un PDF, des noms centrés à côté de leur texte font cela), donc les répliques autour peuvent être comptées pour la mauvaise voix. Vérifiez-les dans le script avant de vous fier aux chiffres.',
    );
    const nameOrWord = { code: 'name-or-word', message: '', details: { names: ['ZAP'], voices: ['Host'], lines: 2, words: 2 } };
    expect([said(nameOrWord), said(nameOrWord, 'en')]).toEqual([
      '«\u202FZAP:\u202F» en tête de 2\u00A0répliques dans la couleur de Host peut être le nom de qui parle ou des mots dits\u00A0: il ne nomme aucune voix, et le script ne dit pas lequel. Ses 2\u00A0mots sont comptés comme dits. Si c’est un nom, non lu à voix haute, nommez la voix ainsi (ZAP) dans la légende du script.',
      '\"ZAP:\" opening 2\u00A0lines in the colour of Host may be a speaker’s name or words said: it names no voice, and the script does not show which. Its 2\u00A0words are counted as said. If it is a name, not read aloud, name the voice after it (ZAP) in the script’s legend.',
    ]);
    const built = [
      { code: 'label-left-out', message: '', details: { labels: ['NARRATOR'], lines: 3, words: 26, counts: [{ label: 'NARRATOR', lines: 3, words: 26 }] } },
      { code: 'label-left-out', message: '', details: { labels: ['NARRATOR', 'DAD'], lines: 5, words: 31, counts: [{ label: 'NARRATOR', lines: 3, words: 26 }, { label: 'DAD', lines: 2, words: 5 }] } },
      { code: 'unassigned-changed', message: '', details: { changed: 1, added: 2, removed: 0, moved: 0 } },
      { code: 'tracked-changes-in-notes', message: '', details: { notes: ['footnotes', 'endnotes'], include: 'footnotes,endnotes' } },
      { code: 'label-after-break', message: '', details: { lines: 1, labels: ['NOON'], texts: ['NOON: the doors open.'], locations: [], enter: false } },
    ];
    expect(built.map((w) => [said(w), said(w, 'en')])).toEqual([
      ['«\u202FNARRATOR\u202F» ouvre 3\u00A0répliques (26\u00A0mots après) comme l’étiquette d’un locuteur, mais la config ne nomme aucune voix ainsi\u00A0: ces répliques ne sont à personne et ne sont pas enregistrées. Si NARRATOR parle, ajoutez une voix d’étiquette NARRATOR à la config que vous déposez avec le script.', '"NARRATOR" opens 3\u00A0lines (26\u00A0words after it) like a speaker’s label, but the config names no voice by it: those lines are nobody’s, not recorded. If NARRATOR speaks, add a voice with the label NARRATOR to the config you drop with the script.'],
      ['«\u202FNARRATOR\u202F» et «\u202FDAD\u202F» ouvrent 5\u00A0répliques (31\u00A0mots après) comme des étiquettes de locuteurs, mais la config ne nomme aucune voix ainsi\u00A0: ces répliques ne sont à personne et ne sont pas enregistrées. Pour chacun qui parle, ajoutez une voix avec son étiquette à la config que vous déposez avec le script.', '"NARRATOR" and "DAD" open 5\u00A0lines (31\u00A0words after them) like speakers’ labels, but the config names no voice by them: those lines are nobody’s, not recorded. For each that speaks, add a voice with its label to the config you drop with the script.'],
      ['Du texte d’aucune voix diffère entre les deux versions\u00A0: 1\u00A0ligne modifiée et 2\u00A0lignes ajoutées. Aucune voix ne l’enregistre, donc aucun enregistrement ne change\u202F; vérifiez-le s’il s’affiche à l’écran.', 'Text of no voice differs between the two versions: 1\u00A0line changed and 2\u00A0lines added. No voice records it, so no recording changes; check it if it is shown on screen.'],
      ['Les notes de bas de page et notes de fin contiennent des modifications suivies. Elles ne sont pas lues comme des répliques, donc aucun compte ne change, mais le fichier n’est pas définitif à cet endroit\u00A0: acceptez ou refusez les modifications dans Word avant la séance.', 'The footnotes and endnotes hold tracked changes. They are not read as lines, so no count changes, but the file is not final there: accept or reject the changes in Word before the session.'],
      ['«\u202FNOON: the doors open.\u202F» suit un saut de ligne au milieu d’une phrase, et «\u202FNOON\u202F» n’ouvre aucune autre réplique du script\u00A0: c’est lu comme la suite de la ligne d’avant, pas comme une réplique de NOON. Si NOON le dit, déposez le script avec une config qui nomme NOON (une voix d’étiquette NOON).', '"NOON: the doors open." follows a line break in the middle of a sentence, and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, drop the script with a config that names NOON (a voice with the label NOON).'],
    ]);
    expect(said({ code: 'abjad-syllables', message: '', details: {} })).toBe(
      'L’arabe, le persan et l’hébreu écrivent rarement leurs voyelles brèves\u00A0: le minutage par syllabes les estime (environ une pour deux lettres), donc les durées peuvent être fausses. Minutez-le plutôt par mots\u00A0: retirez la ligne «\u202Ftiming: syllables\u202F» de la config déposée avec le script.',
    );
    expect(said({ code: 'mixed-word', message: '', details: { word: 'Narrateur', voices: ['Narratrice', null] } })).toBe(
      'Le mot «\u202FNarrateur\u202F» est partagé entre Narratrice et texte sans voix\u00A0: ses morceaux comptent dans les deux répliques. Recolorez le mot entier dans le script.',
    );
  });

  it('a language set by the config or found by its letters: French and English', () => {
    const built: Warning[] = [
      { code: 'language-setting-mismatch', message: '', details: { language: 'en', guessed: 'fr', by: 'words', source: 'config', place: 'beside' } },
      { code: 'language-setting-mismatch', message: '', details: { language: 'en', guessed: 'und-Latn', by: 'letters', letters: 'å ø', source: 'config' } },
      { code: 'language-setting-mismatch', message: '', details: { language: 'fr', guessed: 'ja', by: 'characters', source: '--lang' } },
      { code: 'language-from-text', message: '', details: { declared: 'en-US', guessed: 'pl', by: 'letters', letters: 'ł ż ę' } },
      { code: 'language-from-text', message: '', details: { declared: 'en-US', guessed: 'und-Latn', by: 'letters', letters: 'å' } },
    ];
    expect(built.map((w) => [said(w), said(w, 'en')])).toEqual([
      ['Le fichier de configuration déposé avec le script indique «\u202Flanguage: en\u202F», mais les mots du script sont en français\u00A0: il est lu en anglais, comme le dit la configuration. Si le script est en français, changez cette ligne de la configuration.', 'The config dropped with the script sets "language: en", but the script’s words are French: it is read as English, as the config says. If the script is in French, change that line of the config.'],
      ['Le fichier de configuration déposé avec le script indique «\u202Flanguage: en\u202F», mais les lettres du script (å ø) sont celles d’une langue que vo-lines ne connaît pas\u00A0: il est lu en anglais, comme le dit la configuration. Si le script est dans une autre langue, changez cette ligne de la configuration.', 'The config dropped with the script sets "language: en", but the script’s letters (å ø) are of a language vo-lines does not know: it is read as English, as the config says. If the script is in another language, change that line of the config.'],
      ['La langue demandée est français (fr), mais le script est écrit en japonais\u00A0: il est lu en français, comme demandé.', 'The language was set to French (fr), but the script is written in Japanese: it is read as French, as asked.'],
      ['Le document indique que son texte est en anglais (en-US), mais peu de ses mots sont en anglais et ses lettres (ł ż ę) indiquent un texte en polonais\u00A0: il est lu en polonais, pas comme un texte en anglais (ses nombres sont comptés tels qu’écrits, ses syllabes par ses voyelles).', 'The document marks its text as English (en-US), but few of its words are English and its letters (ł ż ę) show a text in Polish: it is read as Polish, not by English rules (its figures are counted as written, its syllables by its vowels).'],
      ['Le document indique que son texte est en anglais (en-US), mais peu de ses mots sont en anglais et ses lettres (å) sont celles d’une langue que vo-lines ne connaît pas\u00A0: il n’est pas lu comme un texte en anglais (ses nombres sont comptés tels qu’écrits, ses syllabes par ses voyelles).', 'The document marks its text as English (en-US), but few of its words are English and its letters (å) are of a language vo-lines does not know: it is not read by English rules (its figures are counted as written, its syllables by its vowels).'],
    ]);
  });

  it('a voice\'s language set by the config or the page, against its lines: French and English', () => {
    const built: Warning[] = [
      { code: 'voice-language-contradicted', message: '', details: { voice: 'Narratrice', configured: 'en', guessed: 'fr', signs: 28, configuredSigns: 0, words: 85, kind: 'words', config: 'a.yaml' } },
      { code: 'voice-language-overridden', message: '', details: { voice: 'Narratrice', language: 'en', found: 'fr-FR', by: 'marks', source: '--lang' } },
      { code: 'voice-language-overridden', message: '', details: { voice: 'Chef', language: 'en', found: 'fr', by: 'words', source: 'config', signs: 9, givenSigns: 1, words: 40 } },
    ];
    expect(built.map((w) => [said(w), said(w, 'en')])).toEqual([
      ['Le fichier de configuration déposé avec le script met les répliques de Narratrice en anglais, mais elles semblent en français (indices dans leurs petits mots\u00A0: français 28, anglais 0, sur 85\u00A0mots)\u00A0: elles sont calculées en anglais, comme le dit la configuration (nombres, syllabes, durée). Si elles sont en français, écrivez «\u202Flanguage: fr\u202F» sous Narratrice dans la configuration, ou retirez sa ligne de langue.', 'The config dropped with the script sets Narratrice’s language to English, but Narratrice’s lines read as French (28 signs of French in their short words, 0 of English, in 85\u00A0words): they are worked out in English, as the config says (figures, syllables, time). If they are in French, write "language: fr" under Narratrice in the config, or remove its language line.'],
      ['Vous avez choisi de lire le script en anglais, mais le document indique que les répliques de Narratrice sont en français\u00A0: elles sont calculées en anglais, comme vous l’avez choisi. Si elles sont en français, déposez le script ici avec un vo-lines.config.yaml qui donne sa langue à la voix\u00A0: la ligne «\u202Flanguage: fr-FR\u202F» sous son nom dans «\u202Fvoices:\u202F».', 'You chose to read the script as English, but the document marks Narratrice’s lines as French: they are worked out in English, as you chose. If they are in French, drop the script here with a vo-lines.config.yaml that sets the voice’s language: the line "language: fr-FR" under its name in "voices:".'],
      ['Le fichier de configuration déposé avec le script indique «\u202Flanguage: en\u202F» pour toutes les voix, mais les répliques de Chef semblent en français (indices dans leurs petits mots\u00A0: français 9, anglais 1, sur 40\u00A0mots)\u00A0: elles sont calculées en anglais, comme le dit la configuration. Si elles sont en français, déposez le script ici avec un vo-lines.config.yaml qui donne sa langue à la voix\u00A0: la ligne «\u202Flanguage: fr\u202F» sous son nom dans «\u202Fvoices:\u202F».', 'The config dropped with the script sets "language: en" for every voice, but Chef’s lines read as French (9 signs of French in their short words, 1 of English, in 40\u00A0words): they are worked out in English, as the config says. If they are in French, drop the script here with a vo-lines.config.yaml that sets the voice’s language: the line "language: fr" under its name in "voices:".'],
    ]);
  });

  it('a legend read in part (its names, not its note): French and English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-web-warnings-'));
    try {
      const file = join(dir, 'partie.docx');
      const blue = '<w:color w:val="1F4E79"/>', green = '<w:color w:val="00B050"/>';
      writeFileSync(
        file,
        buildDocx({
          body:
            `<w:p>${r('Voix : ')}${r('Narratrice', blue)}${r(', ')}${r('Client', green)}${r('. Tout ce qui est gris ou rouge n’est pas lu.')}</w:p>` +
            `<w:p>${r('[Animation du logo]', '<w:color w:val="808080"/>')}</w:p>` +
            `<w:p>${r('Bienvenue dans ce module.', blue)}</w:p>` +
            `<w:p>${r('Merci, je vous écoute.', green)}</w:p>`,
        }),
      );
      const warnings = warningsOf(file).filter((w) => w.code === 'legend-part-not-read');
      expect(warnings.map((w) => [said(w), said(w, 'en')])).toEqual([
        [
          'La légende «\u202FVoix : Narratrice, Client. Tout ce qui est gris ou rouge n’est pas lu.\u202F» n’a été lue qu’en partie\u00A0: ses voix Narratrice et Client, par les couleurs de leurs noms, mais pas «\u202FTout ce qui est gris ou rouge n’est pas lu.\u202F», qui n’est pas appliqué. La légende reste hors des répliques. Si cette partie dit qu’une couleur n’est pas enregistrée, écrivez «\u202FLe texte noir n’est pas enregistré.\u202F», ou déposez de nouveau le script avec un vo-lines.config.yaml qui range cette couleur sous unassigned.',
          'The legend \"Voix : Narratrice, Client. Tout ce qui est gris ou rouge n’est pas lu.\" was read in part: its voices Narratrice and Client, by the colours of their names, but not \"Tout ce qui est gris ou rouge n’est pas lu.\", which is not applied. The legend is left out of the lines all the same. If that part says a colour is not recorded, write it as \"Black text is not recorded.\", or drop the script again with a vo-lines.config.yaml that lists that colour under unassigned.',
        ],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('DOCX text a reader sees otherwise (an equation, a subdocument, text with no fill, white text on the page, tracked changes with a colour changed): French and English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-web-warnings-'));
    try {
      const file = join(dir, 'seen.docx');
      const red = '<w:color w:val="C00000"/>';
      const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
      writeFileSync(
        file,
        buildDocx({
          body:
            `<w:p>${r('La réponse est ', red)}<m:oMath ${M}><m:r><w:rPr>${red}</w:rPr><m:t>x=5</m:t></m:r></m:oMath>${r(' exactement.', red)}</w:p>` +
            '<w:p><w:subDoc r:id="rIdSub"/></w:p>' +
            `<w:p>${r('Phrase de la narratrice avec ', red)}${r('des mots cachés', `${red}<w14:textFill><w14:noFill/></w14:textFill>`)}${r(' dedans.', red)}</w:p>` +
            `<w:p>${r('Une autre phrase avec ', red)}${r('des mots blancs', '<w:color w:val="FFFFFF"/>')}${r(' au milieu.', red)}</w:p>` +
            `<w:p><w:ins w:id="1" w:author="Relecteur" w:date="2026-01-05T10:00:00Z">${r('Phrase ajoutée.', red)}</w:ins></w:p>` +
            `<w:p>${r('Réplique donnée à une autre voix.', `${red}<w:rPrChange w:id="2" w:author="Relecteur" w:date="2026-01-05T10:00:00Z"><w:rPr><w:highlight w:val="yellow"/></w:rPr></w:rPrChange>`)}</w:p>`,
          extraRels: [{ id: 'rIdSub', type: 'subDocument', target: 'file:///C:/scripts/chapitre%202.docx', external: true }],
        }),
      );
      const warnings = warningsOf(file).filter((w) => ['equations-as-written', 'subdocument-unread', 'text-fill-none', 'text-unseen', 'tracked-changes'].includes(w.code));
      expect(warnings.map((w) => w.code).sort()).toEqual(['equations-as-written', 'subdocument-unread', 'text-fill-none', 'text-unseen', 'tracked-changes']);
      expect(warnings.map((w) => [w.code, said(w), said(w, 'en')])).toEqual([
        ['text-fill-none', '3\u00A0mots ont un effet de texte Word sans remplissage ni contour, que Word n’affiche pas\u00A0: «\u202Fdes mots cachés\u202F». Ils sont laissés de côté, comme Word affiche le script (LibreOffice les affiche en #C00000 rouge). S’ils sont à enregistrer, donnez-leur un remplissage dans Word (Police, Effets de texte, Remplissage du texte).', '3\u00A0words have a Word text effect of no fill and no outline, which Word does not show: "des mots cachés". They are left out, as Word shows the script (LibreOffice shows them in #C00000 red). If they are to be recorded, give them a fill in Word (Font, Text Effects, Text Fill).'],
        ['equations-as-written', 'Une équation («\u202Fx=5\u202F») au ¶1 est comptée telle qu’elle est écrite, dans la couleur de son texte\u00A0: on la dit en mots («\u202Fx égale cinq\u202F»), donc le nombre de mots dits de sa réplique est approximatif. Vérifiez-la à l’œil.', 'An equation ("x=5") at ¶1 is counted as it is written, with the colour of its text: a narrator says it in words ("x equals five"), so the spoken word count of its line is approximate. Check it by eye.'],
        ['subdocument-unread', '1\u00A0sous-document (chapitre 2.docx) n’est pas dans ce fichier\u00A0: c’est un document maître, et les répliques du sous-document ne sont pas comptées. Ouvrez-le dans Word, développez ses sous-documents (Affichage, Plan, Afficher le document, Développer les sous-documents), enregistrez-le en un seul fichier et déposez-le ici, ou déposez chaque sous-document à part.', '1\u00A0subdocument (chapitre 2.docx) is not in this file: it is a master document, and the subdocument\'s lines are not counted. Open it in Word, expand its subdocuments (View, Outline, Show Document, Expand Subdocuments), save it as one file and drop that one here, or drop each subdocument on its own.'],
        ['tracked-changes', 'Le script contient 2\u00A0modifications suivies (suivi des modifications de Word\u00A0: 1\u00A0insertion, 1\u00A0changement de mise en forme de couleur ou de style\u202F; d’abord au ¶4, puis ¶5)\u00A0: elles sont comptées comme acceptées, le texte inséré compté, la mise en forme telle que modifiée (une réplique dont la couleur a changé est comptée pour sa nouvelle voix) et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.', 'The script holds 2\u00A0tracked changes (Word’s Track Changes: 1\u00A0insertion, 1\u00A0formatting change of a colour or style; first at ¶4, also ¶5): they are counted as accepted, the inserted text counted, the formatting as changed (a line whose colour changed is counted for its new voice) and the deleted text left out. Accept or reject them in Word before the session.'],
        ['text-unseen', '3\u00A0mots dans 1\u00A0paragraphe sont de la couleur de ce sur quoi ils se trouvent (#FFFFFF blanc sur la page)\u00A0: on ne les voit pas (sauf s’ils sont sur une image, que vo-lines ne voit pas), donc ils ne sont dans les répliques d’aucune voix ni dans aucun décompte\u00A0: «\u202Fdes mots blancs\u202F» (¶3). S’ils sont à enregistrer, donnez-leur une couleur qui se voit.', '3\u00A0words in 1\u00A0paragraph are in the colour of what they stand on (#FFFFFF white on the page): a reader does not see them (unless they stand on a picture, which vo-lines does not see), so they are in no voice\'s lines and in no count: "des mots blancs" (¶3). If they are to be recorded, give them a colour a reader sees.'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a config that is not this script\'s, and a voice of the config with no line: French and English', () => {
    const run = (file: string, config: string) => {
      const result = spawnSync(process.execPath, [cli, 'summary', basename(file), '--json', '--config', config], { cwd: dirname(file), encoding: 'utf8', env: plainEnv() });
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { warnings: Warning[] }).warnings;
    };
    const other = run(join(root, 'samples/fr-elearning/module-securite.docx'), join(root, 'samples/en-commercial/vo-lines.config.json')).filter((w) => w.code === 'config-voices-unused');
    expect(other.map((w) => [said(w), said(w, 'en')])).toEqual([[
      'Aucune des voix de vo-lines.config.json (Announcer, Customer) n’a de réplique dans ce script\u00A0: est-ce bien la config de ce script\u202F? Les 935\u00A0mots du script sont comptés pour personne. Comparez ses couleurs à celles du script, ou déposez le script sans elle\u00A0: sa propre légende ou ses couleurs sont alors lues.',
      'None of the voices of vo-lines.config.json (Announcer, Customer) has a line in this script: is it this script\'s config? All 935\u00A0words of the script are counted as nobody\'s. Check its colours against the script, or drop the script without it: its own legend or its colours are read then.',
    ]]);
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-web-warnings-'));
    try {
      const config = join(dir, 'vo-lines.config.yaml');
      writeFileSync(config, 'voices:\n  Narrateur: { color: "#404040" }\n  Formatrice: { color: "#1F4E79" }\n  Apprenant: { color: "#00B050" }\n  Invitée: { highlight: green, color: "#7030A0" }\nunassigned: ["#000000"]\n');
      const empty = run(join(root, 'samples/fr-elearning/module-securite.docx'), config).filter((w) => w.code === 'empty-voice');
      expect(empty.map((w) => [said(w), said(w, 'en')])).toEqual([[
        'Invitée n’a aucune réplique dans ce script\u00A0: vo-lines.config.yaml lui donne #7030A0 violet et #00FF00 vert vif (surlignage ou trame), et aucun texte n’a l’une d’elles. Comparez vo-lines.config.yaml au script, ou retirez-en Invitée si cette voix ne parle pas ici.',
        'Invitée has no line in this script: vo-lines.config.yaml gives it #7030A0 purple and #00FF00 bright green (highlight or shading), and no text has any of them. Check vo-lines.config.yaml against the script, or take Invitée out of it if that voice does not speak here.',
      ]]);
      // A colour written by its name: "dark grey" is the web's #A9A9A9, not the #404040 vo-lines shows as dark grey.
      writeFileSync(config, 'voices:\n  Narrateur: { color: dark grey }\n  Formatrice: { color: "#1F4E79" }\n  Apprenant: { color: "#00B050" }\nunassigned: ["#000000"]\n');
      const named = run(join(root, 'samples/fr-elearning/module-securite.docx'), config).filter((w) => w.code === 'empty-voice');
      expect(named.map((w) => [said(w), said(w, 'en')])).toEqual([[
        'Narrateur n’a aucune réplique dans ce script\u00A0: vo-lines.config.yaml lui donne #A9A9A9 gris clair, et aucun texte ne l’a. Comparez vo-lines.config.yaml au script, ou retirez-en Narrateur si cette voix ne parle pas ici. Le texte en #404040 gris foncé du script (394\u00A0mots d’aucune voix) est peut-être celui de Narrateur\u00A0: une couleur écrite par son nom dans une config est la couleur du web de ce nom, pas celle que vo-lines montre sous ce nom. Si ce texte est celui de Narrateur, donnez à Narrateur color: «\u202F#404040\u202F».',
        'Narrateur has no line in this script: vo-lines.config.yaml gives it #A9A9A9 light grey, and no text has it. Check vo-lines.config.yaml against the script, or take Narrateur out of it if that voice does not speak here. The script’s #404040 dark grey (394\u00A0words of no voice) may be Narrateur’s: a colour written by its name in a config is the web’s colour of that name, not the one vo-lines shows by it. If that text is Narrateur’s, give Narrateur color: "#404040".',
      ]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A voice whose look marks only text of no words (…?!): said as such (tests/fixtures/lang2/wordless).
    const wordless = run(join(root, 'tests/fixtures/lang2/wordless/reaction.docx'), join(root, 'tests/fixtures/lang2/wordless/vo-lines.config.yaml')).filter((w) => w.code === 'empty-voice');
    expect(wordless.map((w) => [said(w), said(w, 'en')])).toEqual([[
      'Reaction n’a aucune réplique dans ce script\u00A0: vo-lines.config.yaml lui donne #C00000 rouge, et le texte ainsi marqué n’a aucun mot (2\u00A0paragraphes\u00A0: «\u202F…?!\u202F»)\u00A0: il n’y a rien à dire pour Reaction. Comparez vo-lines.config.yaml au script, ou retirez-en Reaction si cette voix ne parle pas ici.',
      'Reaction has no line in this script: vo-lines.config.yaml gives it #C00000 red, and the text so marked has no words (2\u00A0paragraphs: "…?!"): there is nothing for Reaction to say. Check vo-lines.config.yaml against the script, or take Reaction out of it if that voice does not speak here.',
    ]]);
  });

  it('DOCX colour notes and placeholders, from a document built for them: French, with how many paragraphs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-lines-web-warnings-'));
    try {
      const file = join(dir, 'notes.docx');
      const blue = '<w:color w:val="0070C0"/>';
      writeFileSync(
        file,
        buildDocx({
          theme: { accent2: '00B050' },
          body:
            `<w:p>${r('Bienvenue dans ce module sur la sécurité au travail.', '<w:color w:val="FF0000" w:themeColor="accent2"/>')}</w:p>` +
            `<w:p>${r('Merci, je vous écoute attentivement.', '<w:highlight w:val="Magenta"/>')}</w:p>` +
            `<w:p>${r('Commençons par les consignes.', '<w:highlight w:val="Magenta"/>')}</w:p>` +
            `<w:p>${r('Voici la première consigne du jour.', '<w:color w:val="F00"/>')}</w:p>` +
            `<w:sdt><w:sdtPr><w:id w:val="4"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>${r('Cliquez ou appuyez ici pour entrer du texte.')}</w:p></w:sdtContent></w:sdt>` +
            `<w:p>${r('Et voici la suite du module, lue par la narratrice.', blue)}</w:p>`,
        }),
      );
      const warnings = warningsOf(file);
      expect(warnings.map((w) => said(w))).toEqual([
        'Du texte dans la couleur de thème «\u202Faccent2\u202F» garde #FF0000 rouge comme couleur, mais le thème donne #00B050 vert\u00A0: il est lu en #00B050 vert, comme Word l’affiche (LibreOffice l’affiche en #FF0000 rouge).',
        'Du texte est surligné avec «\u202FMagenta\u202F», qui n’est pas une des couleurs de surlignage de Word\u00A0: LibreOffice n’affiche aucun surlignage, et le texte est lu sans. Si ce surlignage désigne une voix, remettez-le dans Word. (2\u00A0paragraphes)',
        'Du texte a la valeur de couleur «\u202FF00\u202F», qui n’est pas une couleur comme Word les écrit (six chiffres hexadécimaux)\u00A0: les logiciels l’affichent différemment, et il est lu en #FF0000 rouge. Vérifiez la couleur de ces répliques.',
        'Le texte d’invite de 1\u00A0contrôle de contenu («\u202FCliquez ou appuyez ici pour entrer du texte.\u202F») n’est pas lu comme des répliques\u00A0: Word l’affiche en gris, comme un texte à remplacer. Si c’est du texte du script, retapez-le dans Word.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the details the page reads, as src/ gives them: pages, languages, sections, legend reasons', () => {
    const w = (code: string, details?: Record<string, unknown>): Warning => ({ code, message: 'the library\'s sentence', ...(details ? { details } : {}) });
    const differs = { text: 'Légende : Narrateur — Formatrice — Apprenant', config: 'vo-lines.config.yaml', problems: [
      { kind: 'no-voice', legendVoice: 'Apprenant', colour: '#00B050', background: false },
      { kind: 'merged', legendVoices: ['Narrateur', 'Formatrice'], colours: ['#404040', '#1F4E79'], voice: 'Julien' },
      { kind: 'other-voice', legendVoice: 'Narrateur', colour: '#FFFF00', background: true, voice: 'Formatrice' },
      { kind: 'recorded', colour: '#000000', background: false, voice: 'Régie' },
    ] };
    expect(said(w('legend-config-differs', differs))).toBe('La légende du script ne dit pas ce que dit vo-lines.config.yaml\u00A0: elle donne #00B050 vert à Apprenant, que vo-lines.config.yaml ne donne à aucune voix\u202F; elle donne #404040 gris foncé à Narrateur et #1F4E79 bleu foncé à Formatrice, vo-lines.config.yaml les donne toutes deux à Julien\u202F; elle donne #FFFF00 jaune (surlignage ou trame) à Narrateur, vo-lines.config.yaml à Formatrice, une autre voix de la légende\u202F; elle dit que #000000 noir n’est pas enregistré, vo-lines.config.yaml le donne à Régie. Les voix de vo-lines.config.yaml sont prises\u00A0: comparez ses couleurs à la légende avant d’enregistrer.');
    expect(said(w('legend-config-differs', differs), 'en')).toBe('The script’s legend does not say what vo-lines.config.yaml says: it gives #00B050 green to Apprenant, which vo-lines.config.yaml gives to no voice; it gives #404040 dark grey to Narrateur and #1F4E79 dark blue to Formatrice, vo-lines.config.yaml gives both to Julien; it gives #FFFF00 yellow (highlight or shading) to Narrateur, vo-lines.config.yaml to Formatrice, another of the legend’s voices; it says #000000 black is not recorded, vo-lines.config.yaml gives it to Régie. The config’s voices are used: check its colours against the legend before recording.');
    expect(said(w('legend-config-differs', { ...differs, problems: [{ kind: 'merged', legendVoices: ['A', 'B', 'C'], colours: ['#FF0000', '#0000FF', '#00B050'], voice: 'Julien' }] }), 'en')).toBe('The script’s legend does not say what vo-lines.config.yaml says: it gives #FF0000 red to A, #0000FF blue to B and #00B050 green to C, vo-lines.config.yaml gives all of them to Julien. The config’s voices are used: check its colours against the legend before recording.');
    // The names given on the page as the config: said as her choice, never by the worker's English name for them.
    const named = { ...differs, config: 'the names given on the page', problems: [{ kind: 'no-voice', legendVoice: 'Narratrice', colour: '#1F4EBD', background: false }] };
    expect(said(w('legend-config-differs', named))).toBe('La légende du script ne dit pas ce que disent les noms que vous avez donnés à ses couleurs\u00A0: elle donne #1F4EBD bleu foncé à Narratrice, que votre choix de noms ne donne à aucune voix. Vos noms sont pris\u00A0: comparez-les à la légende avant d’enregistrer.');
    expect(said(w('legend-config-differs', named), 'en')).toBe('The script’s legend does not say what your names for its colours say: it gives #1F4EBD dark blue to Narratrice, which your choice of names gives to no voice. Your names are used: check them against the legend before recording.');
    expect(said(w('legend-config-differs', { ...differs, problems: [{ kind: 'who-knows' }] }))).toBe(null);
    expect(said(w('legend-voice-unspoken', { text: 'x', voices: [{ voice: 'Régie', words: 7, spoken: 0, lines: 2 }, { voice: 'Notes', words: 1, spoken: 0, lines: 1 }] }), 'en')).toBe('The script’s legend makes Régie (7\u00A0words in 2\u00A0lines) and Notes (1\u00A0word in 1\u00A0line) voices, but every word of them is in brackets, a direction that is not said. If they are not recorded, drop the script here with a vo-lines.config.yaml that gives their colours to no voice.');
    const headings = { voice: 'Formatrice', colour: '#2F5496', background: false, headings: 4, words: 15, firstLines: ['Module 4 — Sécurité en entrepôt', 'Écran 1 — Introduction', 'Écran 2 — Les équipements'] };
    expect(said(w('headings-in-voice', headings))).toBe('4\u00A0titres (15\u00A0mots) en couleur de Formatrice (#2F5496 bleu foncé) sont comptés comme répliques de Formatrice\u00A0: «\u202FModule 4 — Sécurité en entrepôt\u202F», «\u202FÉcran 1 — Introduction\u202F», «\u202FÉcran 2 — Les équipements\u202F» et 1 autre. La couleur d’un titre peut venir de son style de titre plutôt que du code des voix, et vo-lines ne peut pas savoir lequel. Si ce sont des titres qui ne sont pas lus, donnez-leur dans le script une couleur qui n’est celle d’aucune voix\u202F; si Formatrice les lit, rien à faire.');
    expect(said(w('headings-in-voice', { ...headings, headings: 1, words: 5, firstLines: ['Module 4 — Sécurité en entrepôt'] }), 'en')).toBe('1\u00A0heading (5\u00A0words) in Formatrice’s colour (#2F5496 dark blue) is counted as Formatrice’s line: "Module 4 — Sécurité en entrepôt". A heading’s colour may come from its heading style rather than from the voice coding, and vo-lines cannot tell which. If it is a title, not read aloud, give it a colour in the script that is no voice’s; if Formatrice reads it, nothing to do.');
    expect(said(w('tracked-changes', { countedAs: 'accepted' }), 'en')).toBe('The script holds tracked changes (Word’s Track Changes): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.');
    expect(said(w('tracked-changes', {}))).toBe(null);
    expect(said(w('labels-not-counted', { names: ['AGENT'], lines: 1, words: 1 }), 'en')).toBe('The speaker’s name opening 1\u00A0line in a voice’s colour (AGENT:) is not counted as a word said: the colour already says who speaks (1\u00A0word left out; the line shows it as written). If the name is read aloud, type it without its colon in the script.');
    expect(said(w('labels-not-counted', { names: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], lines: 9, words: 1 }))).toBe('Les noms de qui parle en tête de 9\u00A0répliques dans la couleur d’une voix (A\u00A0:, B\u00A0:, C\u00A0:, D\u00A0:, E\u00A0:, F\u00A0: et 2 autres) ne sont pas comptés comme des mots dits\u00A0: la couleur dit déjà qui parle (1\u00A0mot laissé de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.');
    expect(said(w('labels-not-counted', { names: ['PAUL', 'MARIE'], lines: 4, words: 4, shared: true }))).toBe('Les noms de qui parle en tête de 4\u00A0répliques dans la couleur d’une voix (PAUL\u00A0: et MARIE\u00A0:) ne sont pas comptés comme des mots dits\u00A0: un nom suivi de deux-points n’est pas lu à voix haute (4\u00A0mots laissés de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.');
    expect(said(w('speakers-share-voice', { voice: 'black', speakers: [{ name: 'PAUL', lines: 3 }, { name: 'MARIE', lines: 1 }] }))).toBe('«\u202Fblack\u202F» réunit les répliques de 2\u00A0personnages, d’après les noms qui les ouvrent (PAUL\u00A0: 3\u00A0répliques et MARIE\u00A0: 1\u00A0réplique)\u00A0: ses répliques, ses mots et sa durée sont les leurs ensemble, et son script de cabine les contient toutes. S’il s’agit de personnes différentes, donnez à chacune sa voix par son nom dans la config (PAUL: { label: PAUL }, MARIE: { label: MARIE }).');
    expect(said(w('speakers-share-voice', { voice: 'black', speakers: [{ name: 'PAUL', lines: 3 }, { name: 'MARIE', lines: 1 }] }), 'en')).toBe('"black" holds the lines of 2 speakers, by the names opening them (PAUL: 3\u00A0lines and MARIE: 1\u00A0line): its lines, words and time are theirs together, and its booth script holds them all. If they are different people, give each a voice by its label in the config (PAUL: { label: PAUL }, MARIE: { label: MARIE }).');
    expect(said(w('speakers-share-voice', { voice: 'black', speakers: [{ name: 'PAUL', lines: 3 }] }))).toBe(null);
    expect(said(w('background-under-colours', { background: '#FFFF00', words: 20, setApart: 8, colours: [{ colour: '#0070C0', words: 12 }, { colour: '#C00000', words: 8 }] }), 'en')).toBe(
      '#FFFF00 yellow (highlight or shading) lies under text of several colours (#0070C0 blue: 12\u00A0words, #C00000 red: 8\u00A0words), and 8 of its 20\u00A0words are in colours also used off it: whether it marks a voice of its own or lies under several voices’ lines (a shaded table or box, marks over lines) cannot be told from the page. Its lines are counted as one voice. If the voices are told by their text colour, drop the script again with a vo-lines.config.yaml naming them by their colours (under "Downloads", "Config for the command line (vo-lines.config.yaml)" gives one to start from).',
    );
    expect(said(w('emphasis-coded', { kind: 'bold', voice: 'Narrator', emphasised: { lines: 3, words: 25, first: 'Welcome to the module.' }, plain: { lines: 2, words: 12, first: 'Hello, I am Paul.' } }), 'en')).toBe('The lines of Narrator may be two voices told apart by bold: 3\u00A0lines (25\u00A0words) are wholly in bold, starting with "Welcome to the module.", and 2\u00A0lines (12\u00A0words) are not, starting with "Hello, I am Paul.", in turn. vo-lines reads colours only and counts them as one voice: count the lines by hand, or give each voice its own colour in the script.');
    expect(said(w('emphasis-coded', { kind: 'font', voice: 'Narrator', emphasised: { lines: 3, words: 25, first: 'x' }, plain: { lines: 2, words: 12, first: 'y' } }))).toBe(null);
    expect(said(w('page-unreadable', { page: 3, error: 'Bad XRef entry' }))).toBe('La page\u00A03 n’a pas pu être lue et a été sautée\u00A0: ses répliques manquent dans tous les décomptes. ([en]Bad XRef entry[/en])');
    expect(said(w('rotated-text', { pages: [2, 4] }))).toBe('Le texte tourné ou vertical sur les pages\u00A02, 4 a été laissé de côté\u00A0: s’il faut en enregistrer, vérifiez-le à l’œil.');
    expect(said(w('no-spoken-forms', { language: 'nl' }))).toBe('vo-lines ne sait pas dire à voix haute les nombres, symboles et adresses en néerlandais\u00A0: ils sont comptés tels qu’écrits (mots prononcés = mots écrits, indications en moins).');
    expect(said(w('unknown-section', { section: 'Spot 3', maxSeconds: 30, sections: ['Before the first heading', 'Spot 1', 'Spot 2'] }))).toBe(
      'La config donne une durée de 30\u00A0s à la section «\u202FSpot 3\u202F», mais aucune section du script ne porte ce titre (ses sections\u00A0: «\u202FSpot 1\u202F», «\u202FSpot 2\u202F»).',
    );
    expect(said(w('alt-chunk-unread', { chunks: 2 }))).toBe(
      'Le document contient 2\u00A0blocs incorporés (du HTML ou un autre document que Word fusionne en ouvrant le fichier), illisibles ici\u00A0: ce texte manque dans tous les décomptes. Ouvrez le fichier dans Word, enregistrez-le comme nouveau .docx et déposez ici ce fichier.',
    );
    expect(said(w('comment-balloons-left-out', { pages: [2], balloons: 1, balloonText: ['Commented [AB1]: check the price'] }), 'en')).toBe(
      'The markup pane beside the text on page\u00A02 holds 1\u00A0comment balloon ("Commented [AB1]: check the price"), as Word prints comments: no script text, left out.',
    );
    expect(said(w('tracked-changes-shown', { pages: [1, 3], colours: ['#008080'], deletedWords: 0 }), 'en')).toBe(
      'On pages\u00A01, 3, tracked changes are shown, as Word or LibreOffice print them with the markup on. #008080 teal is a reviewer’s colour, not a voice: words inserted in it are counted for the voice of the text around them. Accept or reject the changes before making the PDF, or use the Word file.',
    );
    expect(said(w('tracked-changes-shown', { pages: [2], colours: ['#C69200', '#0646A2'], deletedWords: 3, insertedWhole: { paragraphs: 2, words: 14, texts: ['a', 'b'] } }), 'en')).toBe(
      'On page\u00A02, tracked changes are shown, as Word or LibreOffice print them with the markup on. #C69200 orange and #0646A2 dark blue are reviewers’ colours, not voices: words inserted in them are counted for the voice of the text around them. 14\u00A0words in 2\u00A0paragraphs inserted whole are counted as nobody’s: the PDF does not say whose voice says them. The deleted text (3\u00A0words) was left out, as if the changes were accepted. Accept or reject the changes before making the PDF, or use the Word file.',
    );
    expect(said(w('tracked-at-voice-boundary', { inserted: 'Welcome back. Sit down.', words: 4, before: null, after: 'Narrator', countedFor: null }), 'en')).toBe(
      'Inserted by a tracked change exactly between two voices’ text (text of no voice, then Narrator), as a sentence of its own: "Welcome back. Sit down." (4\u00A0words). The PDF cannot say whose words they are: they are counted for text of no voice, but they may be Narrator’s. Accept the changes before making the PDF, or use the Word file.',
    );
    expect(said(w('tracked-at-voice-boundary', { more: 3, words: 11 }))).toBe(
      'Aussi exactement entre le texte de deux voix, comme des phrases à part\u00A0: 3\u00A0autres insertions (11\u00A0mots), chacune comptée pour la voix d’avant. Vérifiez-les aussi dans le script.',
    );
    expect(said(w('tracked-at-voice-boundary', { inserted: 'x', words: 'one', before: 'A', after: 'B' }))).toBeNull();
    expect(said(w('voice-inside-sentence', { text: 'lift during', words: 2, voice: null, around: 'Narrator', sentence: 'Remember: never use the lift during a fire alarm' }), 'en')).toBe(
      'Inside a sentence of Narrator ("Remember: never use the lift during a fire alarm"), "lift during" (2\u00A0words) is in no voice’s colour: it is counted for nobody, but a word or two in another colour mid-sentence is often emphasis. Check whose words they are in the script.',
    );
    expect(said(w('voice-inside-sentence', { more: 1, words: 2 }))).toBe(
      'Aussi dans la couleur d’une autre voix au milieu d’une phrase\u00A0: 1\u00A0autre passage de quelques mots (2\u00A0mots), chacun compté selon sa couleur. Vérifiez-les aussi dans le script.',
    );
    const texts = ['The first room holds the oldest maps of the harbour.', 'The guards will remind you at the door.'];
    expect(said(w('label-continued', { voice: 'MARIE', paragraphs: 2, words: 18, texts, locations: [] }))).toBe(
      'Comptés pour MARIE, comme la suite de sa réplique au-dessus\u00A0: 2\u00A0paragraphes sans nom de personnage (18\u00A0mots), «\u202FThe first room holds the oldest maps of the harbour.\u202F», «\u202FThe guards will remind you at the door.\u202F». Si quelqu’un d’autre les dit, écrivez son nom devant chacun dans le script.',
    );
    expect(said(w('unlabelled-speech', { reason: 'look', after: 'MARIE', paragraphs: 1, words: 10, texts: texts.slice(0, 1), locations: [] }), 'en')).toBe(
      'Read as speech but with no speaker’s name, in another colour than MARIE’s line above: 1\u00A0paragraph (10\u00A0words), "The first room holds the oldest maps of the harbour.". Counted for nobody; if it is to be recorded, write the speaker’s name before it in the script.',
    );
    expect(said(w('unlabelled-speech', { reason: 'no-speaker', after: null, paragraphs: 1, words: 10, texts: texts.slice(0, 1), locations: [] }))).toBe(
      'Lu comme du texte dit, mais sans nom de personnage, sans réplique d’un personnage juste au-dessus (un titre s’intercale)\u00A0: 1\u00A0paragraphe (10\u00A0mots), «\u202FThe first room holds the oldest maps of the harbour.\u202F». Compté pour personne\u202F; s’il doit être enregistré, écrivez le nom du personnage devant lui dans le script.',
    );
    expect(said(w('unlabelled-speech', { reason: 'look', after: null, paragraphs: 1, words: 10, texts, locations: [] }))).toBeNull();
    expect(said(w('unlabelled-speech', { reason: 'elsewhere', after: null, paragraphs: 1, words: 10, texts, locations: [] }))).toBeNull();
    const av = { tables: [{ table: 2, columns: [{ column: 1, header: 'SHOT', kind: 'number' }, { column: 2, header: 'VIDEO', kind: 'picture' }, { column: 3, header: 'NOTES', kind: 'other' }, { column: 4, header: 'VO', kind: 'audio' }], words: 30 }, { table: 3, columns: [], words: 4 }], words: 34, kept: 5, keptFor: ['Learner'] };
    expect(said(w('av-picture-column', av), 'en')).toBe(
      'Tables 2 and 3, in the form of an AV script (SHOT | VIDEO | NOTES | VO): only "VO" is read aloud. "SHOT" and "VIDEO": what is seen, not what is said; with the header row (34\u00A0words), counted for nobody. The other column ("NOTES") is read as usual. But 5\u00A0words there stand out in the colour of Learner: counted as their colour says. Check them: in a row with no words in its audio column they may be the row’s line, but text shown on screen most often is not read. If a column is read aloud after all, give it a header such as AUDIO or VO in the script.',
    );
    expect(said(w('av-picture-column', { tables: [{ table: 1, columns: [{ column: 1, header: 'VIDEO', kind: 'picture' }], words: 3 }], words: 3 }))).toBeNull();
    expect(said(w('av-picture-column', { tables: [{ table: 0, columns: [{ column: 1, header: 'VIDEO', kind: 'picture' }, { column: 2, header: 'AUDIO', kind: 'audio' }], words: 24 }], words: 24 }), 'en')).toBe(
      'The text under headers on lines of their own (a table with no borders, as a PDF shows it), in the form of an AV script (VIDEO | AUDIO): only "AUDIO" is read aloud. "VIDEO": what is seen, not what is said; with the header row (24\u00A0words), counted for nobody. If a column is read aloud after all, give it a header such as AUDIO or VO in the script.',
    );

    const broken = { lines: 1, labels: ['NOON'], texts: ['NOON: the café closes for lunch.'], locations: [] };
    expect(said(w('label-after-break', broken), 'en')).toBe(
      '"NOON: the café closes for lunch." follows a line break in the middle of a sentence, and "NOON" opens no other line of the script: it is read as part of the line before it, not as a line of a speaker NOON. If NOON says it, start a new paragraph there in the script (Enter, not Shift+Enter).',
    );
    expect(said(w('label-after-break', { ...broken, lines: 4, labels: ['NOON', 'DAWN'], texts: ['NOON: one.', 'DAWN: two.'] }))).toBe(
      '4\u00A0lignes suivent un saut de ligne au milieu d’une phrase et commencent par un nom et deux-points qui n’ouvrent aucune autre réplique du script («\u202FNOON: one.\u202F», «\u202FDAWN: two.\u202F», …)\u00A0: chacune est lue comme la suite de la ligne d’avant, pas comme une réplique. Si l’une l’est, commencez là un nouveau paragraphe dans le script (Entrée, pas Maj+Entrée).',
    );

    expect(said(w('notes-unreadable', { notes: ['footnotes', 'endnotes'], parts: ['word/footnotes.xml', 'word/endnotes.xml'] }))).toBe(
      'Les notes de bas de page et notes de fin de ce fichier sont endommagées et n’ont pas pu être lues\u00A0: les notes qui s’y trouvent manquent aux comptes. Ouvrez le fichier dans Word et enregistrez-le de nouveau, ou vérifiez les notes à l’œil.',
    );
    expect(said(w('notes-unreadable', { notes: ['footnotes'], parts: ['word/footnotes.xml'] }), 'en')).toBe(
      'The footnotes of this file are damaged and could not be read: any notes there are missing from the counts. Open the file in Word and save it again, or check the notes by eye.',
    );
    expect(said(w('notes-unreadable', { notes: ['sidenotes'], parts: [] }))).toBeNull();
    expect(said(w('section-lengths-differ', { section: 'SPOT 1 — :30', lengths: [30, 45] }))).toBe(
      'La section «\u202FSPOT 1 — :30\u202F» donne deux durées (30\u00A0s, 45\u00A0s)\u00A0: elle est minutée sur la première, 30\u00A0s. Si ce n’est pas la durée à enregistrer, demandez laquelle l’est et indiquez-la dans une config (sections).',
    );
    expect(said(w('alt-chunk-styles', { part: 'word/chunk1.docx', read: '#C00000', readBackground: null, other: '#0070C0', otherBackground: '#FFFF00', ownStyles: false }))).toBe(
      'Du texte importé d’un document Word (word/chunk1.docx) est lu dans les styles de ce script qui portent les mêmes noms, comme Word affiche un contenu importé\u00A0: #C00000 rouge\u202F; ses propres styles donneraient #0070C0 bleu sur #FFFF00 jaune (surlignage ou trame). Vérifiez la couleur de ces répliques dans Word.',
    );
    expect(said(w('alt-chunk-styles', { part: 'word/chunk1.docx', read: '#C00000', other: '#0070C0', ownStyles: true }), 'en')).toBe(
      'Text imported from a Word document (word/chunk1.docx) keeps its own styles and is read so: #C00000 red; in this script\'s styles of the same names it would be #0070C0 blue. Check the colour of these lines in Word.',
    );
    const reasons = { reasons: [
      { code: 'one-voice-takes-all', message: 'x', details: { voice: 'Narrateur', words: 1980, total: 2000 } },
      { code: 'ambiguous-colour', message: 'y', details: { voice: 'Élève', words: 'vert', candidates: ['#00B050', '#92D050'] } },
      { code: 'same-colour', message: 'z' },
    ] };
    expect(said(w('legend-rejected', reasons))).toBe(
      'Narrateur aurait 1\u202F980\u00A0mots sur les 2\u202F000\u00A0mots du script (99,0\u00A0%)\u202F; «\u202Fvert\u202F» (Élève) convient aussi bien à #00B050 vert et #92D050 vert\u202F; [en]z[/en]',
    );
    // A legend's "brackets" with no kind said (legend4): not applied, and why.
    const bare = w('legend-directions-not-applied', { sentence: 'Anything in brackets is not read.', notApplied: ['brackets'] });
    expect(said(bare, 'en')).toBe('The script’s legend says "Anything in brackets is not read.", which is not applied: it does not say which brackets, [square] or (round). Write “[square brackets]” or “(parentheses)” in the legend.');
    expect(said(bare)).toBe('La légende du script dit «\u202FAnything in brackets is not read.\u202F», ce qui n’est pas appliqué\u00A0: elle ne dit pas quels crochets ou parenthèses. Écrivez «\u202F[crochets]\u202F» ou «\u202F(parenthèses)\u202F» dans la légende.');
    // Its voices' colours only on a table's name cells: no line is theirs (legend3).
    const none = { reasons: [{ code: 'no-voice-lines', message: 'x', details: { voices: ['Narrator', 'Learner', 'Coach'], words: 483 } }] };
    expect(said(w('legend-rejected', none))).toBe('aucune de ses voix (Narrator, Learner et Coach) n’a de mot dans le script\u00A0: aucune réplique n’est de l’une de leurs couleurs, et les 483\u00A0mots seraient à personne');
    expect(said(w('legend-rejected', none), 'en')).toBe('none of its voices (Narrator, Learner and Coach) has a word in the script: no line is in any of their colours, so all 483\u00A0words would be nobody’s');
  });

  it('split-differently (diff, a side a PDF): how many places, per voice, in French and English', () => {
    const warning: Warning = { code: 'split-differently', message: '…', details: { places: 20, voices: [{ voice: 'Narrator', name: 'Narrator', places: 15 }, { voice: 'Learner', name: 'Learner', places: 3 }, { voice: null, name: 'unassigned', places: 2 }] } };
    expect(said(warning, 'en')).toBe('Same text, split differently in 20 places (Narrator (15), Learner (3), text of no voice (2)): the same words in the same order are broken into lines differently. Where a PDF’s paragraphs break is read from its layout, so these are not shown as changes; the line counts differ for them.');
    expect(said(warning)).toBe('Même texte, découpé autrement à 20 endroits (Narrator (15), Learner (3), texte sans voix (2))\u00A0: les mêmes mots, dans le même ordre, sont répartis autrement en répliques. Dans un PDF, la coupure des paragraphes se lit d’après la mise en page\u00A0: ce ne sont donc pas des modifications, mais le nombre de répliques en diffère.');
  });

  it('line-too-changed (diff): a line too changed to mark word by word, moved or not, and two lines too changed to pair, in French and English', () => {
    const at = (paragraph: number, page?: number) => ({ story: 'body', paragraph, ...(page ? { page } : {}) });
    const changed: Warning = { code: 'line-too-changed', message: '…', details: { voice: 'Narrator', location: at(3), oldLocation: at(3), edits: 2000, shown: 'changed' } };
    expect(said(changed, 'en')).toBe('Narrator, ¶3: the line changed in more than 2,000 places, too many to mark word by word, so its whole old text is shown removed and its whole new text added. Compare the two by eye.');
    expect(said(changed)).toBe('Narrator, ¶3\u00A0: la réplique a changé à plus de 2\u202F000 endroits, trop pour marquer les mots un à un\u00A0: tout son ancien texte est montré supprimé, et tout le nouveau ajouté. Comparez les deux à l’œil.');
    const moved: Warning = { code: 'line-too-changed', message: '…', details: { voice: null, location: at(4, 2), oldLocation: at(9, 3), edits: 2000, shown: 'changed' } };
    expect(said(moved, 'en')).toBe('Text of no voice, page 2, ¶4 (in the old version page 3, ¶9): the line changed in more than 2,000 places, too many to mark word by word, so its whole old text is shown removed and its whole new text added. Compare the two by eye.');
    const unsure: Warning = { code: 'line-too-changed', message: '…', details: { voice: 'Narrator', location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' } };
    expect(said(unsure, 'en')).toBe('Narrator: the line removed from the old version (¶2) and the line added (¶4) have most of their words in common, but they are too long and too changed to compare in order: they may be one line moved and edited, and are shown as removed and added. Compare the two by eye.');
    expect(said(unsure)).toBe('Narrator\u00A0: la réplique supprimée de l’ancienne version (¶2) et celle ajoutée (¶4) ont la plupart de leurs mots en commun, mais elles sont trop longues et trop changées pour être comparées dans l’ordre\u00A0: c’est peut-être une seule réplique déplacée et modifiée, montrée comme supprimée et ajoutée. Comparez les deux à l’œil.');
    const two: Warning = { code: 'line-too-changed', message: '…', details: { voice: 'Learner', oldVoice: 'Narrator', location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' } };
    expect(said(two, 'en')).toBe('The line of Narrator removed from the old version (¶2) and the line of Learner added (¶4) have most of their words in common, but they are too long and too changed to compare in order: they may be one line moved, edited and given to another voice, and are shown as removed and added. Compare the two by eye.');
    // Unassigned text: the library gives its voice as null (compare.ts); the sentence opens capitalised, in both languages.
    expect(said(moved)).toBe('Texte sans voix, page 2, ¶4 (dans l’ancienne version page 3, ¶9)\u00A0: la réplique a changé à plus de 2\u202F000 endroits, trop pour marquer les mots un à un\u00A0: tout son ancien texte est montré supprimé, et tout le nouveau ajouté. Comparez les deux à l’œil.');
    const unsureNone: Warning = { code: 'line-too-changed', message: '…', details: { voice: null, location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' } };
    expect([said(unsureNone, 'en'), said(unsureNone)]).toEqual([
      'Text of no voice: the line removed from the old version (¶2) and the line added (¶4) have most of their words in common, but they are too long and too changed to compare in order: they may be one line moved and edited, and are shown as removed and added. Compare the two by eye.',
      'Texte sans voix\u00A0: la réplique supprimée de l’ancienne version (¶2) et celle ajoutée (¶4) ont la plupart de leurs mots en commun, mais elles sont trop longues et trop changées pour être comparées dans l’ordre\u00A0: c’est peut-être une seule réplique déplacée et modifiée, montrée comme supprimée et ajoutée. Comparez les deux à l’œil.',
    ]);
    // A line given to another voice and edited: whose it was (since3's oldVoice on the changed shape).
    const given: Warning = { code: 'line-too-changed', message: '…', details: { voice: 'Learner', oldVoice: 'Coach', location: at(3), oldLocation: at(3), edits: 2000, shown: 'changed' } };
    expect([said(given, 'en'), said(given)]).toEqual([
      'Learner, ¶3 (before: Coach): the line changed in more than 2,000 places, too many to mark word by word, so its whole old text is shown removed and its whole new text added. Compare the two by eye.',
      'Learner, ¶3 (auparavant\u00A0: Coach)\u00A0: la réplique a changé à plus de 2\u202F000 endroits, trop pour marquer les mots un à un\u00A0: tout son ancien texte est montré supprimé, et tout le nouveau ajouté. Comparez les deux à l’œil.',
    ]);
    const givenAway = { ...given, details: { ...given.details, voice: null, location: at(5), oldLocation: at(4) } };
    expect(said(givenAway, 'en')).toBe('Text of no voice, ¶5 (before: Coach, ¶4): the line changed in more than 2,000 places, too many to mark word by word, so its whole old text is shown removed and its whole new text added. Compare the two by eye.');
    const fromNone: Warning = { code: 'line-too-changed', message: '…', details: { voice: 'Learner', oldVoice: null, location: at(4), oldLocation: at(2), edits: null, shown: 'removed-and-added' } };
    expect([said(fromNone, 'en'), said(fromNone)]).toEqual([
      'The line of text of no voice removed from the old version (¶2) and the line of Learner added (¶4) have most of their words in common, but they are too long and too changed to compare in order: they may be one line moved, edited and given to another voice, and are shown as removed and added. Compare the two by eye.',
      'La réplique de texte sans voix supprimée de l’ancienne version (¶2) et celle de Learner ajoutée (¶4) ont la plupart de leurs mots en commun, mais elles sont trop longues et trop changées pour être comparées dans l’ordre\u00A0: c’est peut-être une seule réplique déplacée, modifiée et donnée à une autre voix, montrée comme supprimée et ajoutée. Comparez les deux à l’œil.',
    ]);
  });

  it('tracked changes with a move: the move is one change, its text counted where it now stands', () => {
    const warning: Warning = { code: 'tracked-changes', message: '…', details: { countedAs: 'accepted', changes: 2, insertions: 1, deletions: 0, formatting: 0, colourChanges: 0, moves: 1, paragraphs: [3, 5] } };
    expect(said(warning, 'en')).toBe('The script holds 2\u00A0tracked changes (Word’s Track Changes: 1\u00A0insertion, 1\u00A0move (its text counted where it now stands); first at ¶3, also ¶5): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.');
    expect(said(warning)).toBe('Le script contient 2\u00A0modifications suivies (suivi des modifications de Word\u00A0: 1\u00A0insertion, 1\u00A0déplacement (son texte compté à sa nouvelle place)\u202F; d’abord au ¶3, puis ¶5)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.');
  });

  it('two versions read with different voice maps: where each side\'s voices came from, which voices differ, and the page\'s advice (no --config)', () => {
    const maps = (details: Record<string, unknown>): Warning => ({ code: 'different-voice-maps', message: 'The two scripts are read with different voice maps (…). Pass --config to compare both with one.', details });
    const side = (mode: string, config: string | null = null) => ({ mode, config });
    const both = maps({ onlyOld: ['VO2', 'VO3'], onlyNew: [], recoded: ['Narrateur'], old: side('config', 'vo-lines.config.yaml'), new: side('legend') });
    expect(said(both)).toBe(
      'Les deux versions ne sont pas lues avec les mêmes voix (avant\u00A0: d’après vo-lines.config.yaml\u202F; après\u00A0: d’après sa légende)\u00A0: seule la version d’avant a «\u202FVO2\u202F» et «\u202FVO3\u202F» (leurs répliques montrées comme données aux voix de la version d’après quand elle les a, sinon comme retirées)\u202F; «\u202FNarrateur\u202F» a d’autres couleurs. Pour les comparer voix par voix, déposez de nouveau ce script avec un vo-lines.config.yaml qui nomme ses voix (sous «\u202FTéléchargements\u202F», «\u202FConfig pour la ligne de commande (vo-lines.config.yaml)\u202F» en donne un pour commencer), puis comparez de nouveau\u00A0: les deux versions sont alors lues avec lui.',
    );
    const named = maps({ onlyOld: [], onlyNew: ['Coach'], recoded: ['Host', 'Caller'], old: side('config', 'the names given on the page'), new: side('config', 'the speaker labels in the script') });
    // Voices told by their names in a version have no "other colours": how each version marks them, when the page knows it.
    const marks: Speaker['marks'] = (name) => (name === 'Host' ? { old: '#0070C0 blue', new: '"Host:" at the start of the line' } : name === 'Caller' ? { old: '#00B050 green', new: '"Caller:" at the start of the line' } : null);
    expect(text(warningSentence(named, { ...speaker('en'), marks }))).toBe(
      'The two versions are not read with the same voices (before: from the names you gave the colours; after: from the speakers\' names): only the later version has "Coach" (its lines shown as taken from the earlier version’s voices where it had them, else as added); "Host" is marked differently (before: #0070C0 blue; after: "Host:" at the start of the line); "Caller" is marked differently (before: #00B050 green; after: "Caller:" at the start of the line). To compare them voice for voice, drop this script again with a vo-lines.config.yaml naming its voices (under "Downloads", "Config for the command line (vo-lines.config.yaml)" gives one to start from), then compare again: both versions are then read with it.',
    );
    expect(text(warningSentence(named, { ...speaker('fr'), marks: (name) => (name === 'Host' ? { old: '#0070C0 bleu', new: '«\u202FHost\u00A0:\u202F» en début de réplique' } : null) }))).toContain(
      '\u00A0: seule la version d’après a «\u202FCoach\u202F» (ses répliques montrées comme prises aux voix de la version d’avant quand elle les avait, sinon comme ajoutées)\u202F; «\u202FCaller\u202F» a d’autres couleurs\u202F; la voix «\u202FHost\u202F» n’a pas le même repère (avant\u00A0: #0070C0 bleu\u202F; après\u00A0: «\u202FHost\u00A0:\u202F» en début de réplique). ',
    );
    // Not told how, a version read by the speakers' names: marked differently, no word of colours.
    expect(said(named, 'en')).toContain('; "Host" and "Caller" are marked differently. ');
    expect(said(named)).toContain('\u202F; les voix «\u202FHost\u202F» et «\u202FCaller\u202F» n’ont pas le même repère. ');
    // Names opening the lines or standing alone above them (a screenplay): said of both.
    expect(said(maps({ onlyOld: [], onlyNew: ['MARIE'], recoded: [], old: side('config', 'the speaker labels in the script'), new: side('config', 'the speaker labels in the script') }))).toMatch(/^Les deux versions ne sont pas lues avec les mêmes voix \(avant\u00A0: d’après les noms de qui parle\u202F; après\u00A0: d’après les noms de qui parle\)\u00A0: /);
    // Every voice found by its name in both versions (a legend's colours before, speakers' names after): compared voice for voice, no config to advise.
    const matched = maps({ onlyOld: [], onlyNew: [], recoded: ['MARIE', 'PAUL'], old: side('legend'), new: side('config', 'the speaker labels in the script') });
    const byName: Speaker['marks'] = (name) => ({ old: name === 'MARIE' ? '#0070C0 blue' : '#00B050 green', new: `"${name}:" at the start of the line` });
    expect(text(warningSentence(matched, { ...speaker('en'), marks: byName }))).toBe(
      'The two versions tell their voices apart differently (before: from its legend; after: from the speakers\' names): "MARIE" is marked differently (before: #0070C0 blue; after: "MARIE:" at the start of the line); "PAUL" is marked differently (before: #00B050 green; after: "PAUL:" at the start of the line). Each voice has the same name in both, so the changes below are compared voice for voice: check that they are the same people.',
    );
    expect(said(matched)).toBe(
      'Les deux versions ne distinguent pas leurs voix de la même façon (avant\u00A0: d’après sa légende\u202F; après\u00A0: d’après les noms de qui parle)\u00A0: les voix «\u202FMARIE\u202F» et «\u202FPAUL\u202F» n’ont pas le même repère. Chaque voix porte le même nom dans les deux\u00A0: les changements ci-dessous sont comparés voix par voix. Vérifiez que ce sont bien les mêmes personnes.',
    );
    // Only where they were read from differs: said, still no config advised.
    expect(said(maps({ onlyOld: [], onlyNew: [], recoded: [], old: side('legend'), new: side('colours') }), 'en')).toBe(
      'The two versions tell their voices apart differently (before: from its legend; after: from its colours). Each voice has the same name in both, so the changes below are compared voice for voice: check that they are the same people.',
    );
    // One voice unmatched: the advice again.
    expect(said(maps({ onlyOld: ['PAUL'], onlyNew: [], recoded: ['MARIE'], old: side('legend'), new: side('config', 'the speaker labels in the script') }), 'en')).toContain('To compare them voice for voice, drop this script again with a vo-lines.config.yaml naming its voices');
    // Details of a library that does not say where each side's voices came from: its own sentence.
    expect(said(maps({ onlyOld: [], onlyNew: ['Coach'], recoded: [] }))).toBeNull();
  });

  it('details missing (a library of another version): null, and the page shows the library\'s sentence', () => {
    for (const code of ['plain-text', 'covered-text', 'scanned-pages', 'theme-colour-mismatch', 'field-never-ends', 'mixed-word', 'different-voice-maps']) expect(said({ code, message: 'x' })).toBeNull();
    expect(said({ code: 'shading-pattern-auto', message: 'x', details: { shading: 'solid' } })).toBeNull();
  });

  it('spots (tests/fixtures/sections/spots, read with their config): a length that cannot be read, a speech ended by a label naming no voice, French and English', () => {
    const folder = join(fixtures, 'sections/spots');
    const sentences = (name: string, code: string) => {
      const result = spawnSync(process.execPath, [cli, 'summary', name, '--json'], { cwd: folder, encoding: 'utf8', env: plainEnv() });
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { warnings: Warning[] }).warnings.filter((w) => w.code === code).map((w) => [said(w), said(w, 'en')]);
    };
    const got = [sentences('minutes.docx', 'section-length-unread'), sentences('supers.docx', 'unlabelled-speech')];
    expect(got).toEqual([
      [
        ['La section «\u202FSPOT 6 — 0:30:00\u202F» semble donner une durée («\u202F0:30:00\u202F») qui ne peut pas être lue\u00A0: elle n’a donc pas de durée à tenir. Pour la minuter, écrivez sa durée sous la forme\u00A0:30, 0:30, 30 s ou 1 min dans le script, ou indiquez-la dans une config (sections).',
         'The section "SPOT 6 — 0:30:00" seems to give a length ("0:30:00") that cannot be read, so it has no length to fit. If it is to be timed, write its length as :30, 0:30, 30 s or 1 min in the script, or give it in a config (sections).'],
      ],
      [
        ['Lu comme du texte dit, mais sans nom de personnage, sans réplique d’un personnage juste au-dessus («\u202FTAG\u00A0:\u202F», une ligne ouverte par un nom qui n’est celui d’aucune voix, s’intercale\u00A0: un texte affiché à l’écran, un champ, ou un personnage que la config laisse de côté)\u00A0: 1\u00A0paragraphe (8\u00A0mots), «\u202FOffer ends August 31. See dealer for details.\u202F». Compté pour personne\u202F; s’il doit être enregistré, écrivez le nom du personnage devant lui dans le script.',
         'Read as speech but with no speaker’s name, with no speaker’s line right above ("TAG:", a line opening with a name that is no voice’s, stands between: a text shown on screen, a field, or a speaker the config leaves out): 1\u00A0paragraph (8\u00A0words), "Offer ends August 31. See dealer for details.". Counted for nobody; if it is to be recorded, write the speaker’s name before it in the script.'],
      ],
    ]);
  });

  it('label-accents-alike for a name alone above the dialogue and in a table\'s speaker column (tests/fixtures/labels-accents), French and English', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vo-lines-accents-'));
    const config = join(folder, 'accents.yaml');
    writeFileSync(config, `voices:\n${['Pierre', 'Élodie', 'Elodie', 'Hélène', 'Helene'].map((name) => `  ${name}: { label: "${name}" }`).join('\n')}\nunassigned: ["#000000"]\n`);
    const sentences = (name: string) => {
      const result = spawnSync(process.execPath, [cli, 'summary', name, '--json', '--config', config], { cwd: join(fixtures, 'labels-accents'), encoding: 'utf8', env: plainEnv() });
      expect(result.status, result.stderr).toBe(0);
      const warnings = (JSON.parse(result.stdout) as { warnings: Warning[] }).warnings.filter((w) => w.code === 'label-accents-alike');
      return warnings.map((w) => [said(w), said(w, 'en')]);
    };
    const got = [sentences('namelines-accents-fr.docx'), sentences('table-accents-fr.docx')];
    expect(got).toEqual([
      [
        ['«\u202FELODIE\u202F», seul sur sa ligne au-dessus du dialogue, nomme qui dit 2\u00A0répliques (¶6, ¶12) et peut nommer Élodie («\u202FÉlodie\u202F») ou Elodie («\u202FElodie\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent. La page donne ces répliques à Elodie, dont c’est l’orthographe. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
         '"ELODIE", alone on its line above the dialogue, names the speaker of 2\u00A0speeches (¶6, ¶12) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out. The page gives those speeches to Elodie, whose label it spells. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
        ['«\u202FHELÈNE\u202F», seul sur sa ligne au-dessus du dialogue, nomme qui dit 1\u00A0réplique (¶8) et peut nommer Hélène («\u202FHélène\u202F») ou Helene («\u202FHelene\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent, et il ne s’écrit comme aucun des deux\u00A0: la page ne compte cette réplique pour aucune voix. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
         '"HELÈNE", alone on its line above the dialogue, names the speaker of 1\u00A0speech (¶8) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, and it spells neither: the page counts that speech for no voice. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
      ],
      [
        ['«\u202FELODIE\u202F», dans la colonne des personnages d’un tableau, nomme qui parle sur 2\u00A0lignes (¶8, ¶14) et peut nommer Élodie («\u202FÉlodie\u202F») ou Elodie («\u202FElodie\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent. La page donne ces lignes à Elodie, dont c’est l’orthographe. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
         '"ELODIE", in a table’s speaker column, names the speaker of 2\u00A0rows (¶8, ¶14) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out. The page gives those rows to Elodie, whose label it spells. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
        ['«\u202FHELÈNE\u202F», dans la colonne des personnages d’un tableau, nomme qui parle sur 1\u00A0ligne (¶10) et peut nommer Hélène («\u202FHélène\u202F») ou Helene («\u202FHelene\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent, et il ne s’écrit comme aucun des deux\u00A0: la page ne compte cette ligne pour aucune voix. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
         '"HELÈNE", in a table’s speaker column, names the speaker of 1\u00A0row (¶10) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, and it spells neither: the page counts that row for no voice. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
      ],
    ]);
  });

  it('label-accents-alike (two voices whose labels differ only by accents): whose the lines are, or nobody\'s, French and English', () => {
    const script = blackScript('ÉLODIE : Bonjour.', 'ELODIE : Salut.', 'Elodie : Coucou.', 'ELODIE : Encore.', 'HELÈNE : Et moi ?');
    const map = parseConfig({ voices: Object.fromEntries(['Élodie', 'Elodie', 'Hélène', 'Helene'].map((l) => [l, { label: l }])), unassigned: ['#000000'] }, 'cfg.json').voiceMap;
    const alike = castScript(script, map).warnings.filter((w) => w.code === 'label-accents-alike');
    expect(alike.map((w) => [said(w), said(w, 'en')])).toEqual([
      ['«\u202FELODIE:\u202F» ouvre 2\u00A0répliques (¶2, ¶4) et peut nommer Élodie («\u202FÉlodie\u202F») ou Elodie («\u202FElodie\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent. La page donne ces répliques à Elodie, dont c’est l’orthographe. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
       '"ELODIE:" opens 2\u00A0lines (¶2, ¶4) and may name Élodie ("Élodie") or Elodie ("Elodie"): their labels differ only by accents, which capitals often leave out. The page gives those lines to Elodie, whose label it spells. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
      ['«\u202FHELÈNE:\u202F» ouvre 1\u00A0réplique (¶5) et peut nommer Hélène («\u202FHélène\u202F») ou Helene («\u202FHelene\u202F»)\u00A0: leurs noms ne diffèrent que par les accents, que les capitales omettent souvent, et il ne s’écrit comme aucun des deux\u00A0: la page ne compte cette réplique pour aucune voix. Écrivez le nom avec ses accents dans le script, ou donnez aux voix des noms qui diffèrent par plus que des accents.',
       '"HELÈNE:" opens 1\u00A0line (¶5) and may name Hélène ("Hélène") or Helene ("Helene"): their labels differ only by accents, which capitals often leave out, and it spells neither: the page counts that line for no voice. Write the label with its accents in the script, or give the voices labels that differ by more than accents.'],
    ]);
  });

  it('theme-colour-mismatch of a shading (kind: shading): its own sentence, French and English', () => {
    const warning = { code: 'theme-colour-mismatch', message: 'x', details: { themeColor: 'accent6', theme: '#70AD47', cached: '#FFFF00', kind: 'shading', paragraphs: 1 } };
    expect(said(warning, 'en')).toBe('A shading in the theme colour "accent6" keeps #FFFF00 yellow as its colour, but the theme gives #70AD47 green: it is read as #70AD47 green, as Word shows it (LibreOffice shows #FFFF00 yellow).');
    expect(said(warning)).toBe('Une trame de fond dans la couleur de thème «\u202Faccent6\u202F» garde #FFFF00 jaune comme couleur, mais le thème donne #70AD47 vert\u00A0: elle est lue en #70AD47 vert, comme Word l’affiche (LibreOffice l’affiche en #FFFF00 jaune).');
    expect(said({ code: 'textbox-fill-unknown', message: 'x', details: { fill: 'a picture' } })).toBeNull();
  });

  it('notes-changed (tests/fixtures/diff3 notes-v1 → notes-v2, compared by the command line), section-target-ambiguous, spot-markers-voiced: French and English', () => {
    const result = spawnSync(process.execPath, [cli, 'diff', 'notes-v1.docx', 'notes-v2.docx', '--json', '--no-config'], { cwd: join(fixtures, 'diff3'), encoding: 'utf8', env: plainEnv() });
    expect(result.status, result.stderr).toBe(0);
    const notes = (JSON.parse(result.stdout) as { warnings: Warning[] }).warnings.find((w) => w.code === 'notes-changed')!;
    expect(notes.details).toEqual({ notes: 2, footnotes: { changed: 1, added: 1, removed: 0 }, endnotes: { changed: 0, added: 0, removed: 0 }, include: 'footnotes' });
    const built: Warning[] = [
      notes,
      { code: 'notes-changed', message: '', details: { notes: 2, footnotes: { changed: 1, added: 0, removed: 0 }, endnotes: { changed: 0, added: 0, removed: 1 }, include: 'footnotes,endnotes' } },
      // tests/sections-keys.test.ts's keys.docx with its config: "Radio" starts two titles.
      { code: 'section-target-ambiguous', message: '', details: { section: 'Radio', maxSeconds: 50, sections: ['Radio campaign — 45 sec', 'RADIO :60'] } },
      // sections/harbor-coffee.docx with black a voice (tests/sections-keys.test.ts).
      { code: 'spot-markers-voiced', message: '', details: { texts: ['SPOT 1 — :30', 'SPOT 2'], count: 5, voices: ['Announcer'], words: 25 } },
      { code: 'spot-markers-voiced', message: '', details: { texts: ['SPOT 1 — :30'], count: 1, voices: ['Announcer'], words: 4 } },
    ];
    expect(built.map((w) => [said(w), said(w, 'en')])).toEqual([
      [
        '2\u00A0notes de bas de page diffèrent (1 modifiée, 1 ajoutée), mais les notes ne sont pas lues comme des répliques, donc aucune de leurs modifications n’est listée ici\u00A0: comparez les notes dans Word (Révision > Comparer) pour voir ce qui a changé.',
        '2\u00A0footnotes differ (1 changed, 1 added), but notes are not read as script lines, so none of their changes is listed here: compare the notes in Word (Review > Compare) to see what changed.',
      ],
      [
        '1\u00A0note de bas de page modifiée et 1\u00A0note de fin supprimée, mais les notes ne sont pas lues comme des répliques, donc aucune de leurs modifications n’est listée ici\u00A0: comparez les notes dans Word (Révision > Comparer) pour voir ce qui a changé.',
        '1\u00A0footnote changed and 1\u00A0endnote removed, but notes are not read as script lines, so none of their changes is listed here: compare the notes in Word (Review > Compare) to see what changed.',
      ],
      [
        'La config donne une durée de 50\u00A0s à la section «\u202FRadio\u202F», mais les titres de 2\u00A0sections commencent ainsi («\u202FRadio campaign — 45 sec\u202F» et «\u202FRADIO :60\u202F»)\u00A0: on ne sait pas à laquelle elle s’applique, donc elle n’est donnée à aucune. Nommez la section par son titre entier (par ex. «\u202FRadio campaign — 45 sec\u202F») dans la config que vous déposez avec le script.',
        'The config sets a length of 50\u00A0s for the section "Radio", but the titles of 2\u00A0sections start with it ("Radio campaign — 45 sec" and "RADIO :60"): which one it is for is not clear, so it is given to none of them. Name the section by its whole title (e.g. "Radio campaign — 45 sec") in the config you drop with the script.',
      ],
      [
        '«\u202FSPOT 1 — :30\u202F» et 4 autres ressemblent à des titres ou des durées de spots, mais ils sont dans la couleur d’Announcer\u00A0: ils sont donc comptés dans les mots d’Announcer (25\u00A0mots, qui ne se disent pas). Le script n’est pas découpé en spots à cet endroit et aucun spot n’est comparé à sa durée. Dans le script, distinguez les titres de spots du texte des voix (un style de titre, ou une couleur d’aucune voix), ou vérifiez le compte d’Announcer.',
        '"SPOT 1 — :30" and 4 more look like spots’ titles or lengths, but they are in the colour of Announcer, so they are counted in the words of Announcer (25\u00A0words, not read aloud): the script is not divided into spots there, and no spot is timed against its length. In the script, set spot titles apart from the voices’ text (a heading style, or a colour of no voice), or check the count of Announcer.',
      ],
      [
        '«\u202FSPOT 1 — :30\u202F» ressemble au titre ou à la durée d’un spot, mais il est dans la couleur d’Announcer\u00A0: il est donc compté dans les mots d’Announcer (4\u00A0mots, qui ne se disent pas). Le script n’est pas découpé en spots à cet endroit et aucun spot n’est comparé à sa durée. Dans le script, distinguez les titres de spots du texte des voix (un style de titre, ou une couleur d’aucune voix), ou vérifiez le compte d’Announcer.',
        '"SPOT 1 — :30" looks like a spot’s title or length, but it is in the colour of Announcer, so it is counted in the words of Announcer (4\u00A0words, not read aloud): the script is not divided into spots there, and no spot is timed against its length. In the script, set spot titles apart from the voices’ text (a heading style, or a colour of no voice), or check the count of Announcer.',
      ],
    ]);
    expect(said({ code: 'section-target-ambiguous', message: '', details: { section: 'Radio', maxSeconds: 50 } })).toBeNull();
    // tests/pay2.test.ts: a rate card over tests/fixtures/pay2/no-voices.docx (colour groups, no voice named)
    const fees: Warning = { code: 'fees-not-quoted', message: '', details: { per: 'word', rate: 0.2, currency: 'EUR', minimum: 20 } };
    expect([said(fees), said(fees, 'en')]).toEqual([
      'La config a un barème, mais aucune voix n’est nommée (les voix ne sont que les couleurs trouvées)\u00A0: aucun cachet n’est donc chiffré, car celui d’une couleur compterait des titres et des notes que personne n’enregistre. Nommez les voix dans la config que vous déposez avec le script.',
      'The config has a rate card, but no voice is named (the voices are only the colours found), so no fee is quoted: a colour’s fee would count titles and notes no one records. Name the voices in the config you drop with the script.',
    ]);
    expect(said({ code: 'fees-not-quoted', message: '', details: {} })).toBeNull();
    // tests/pdf-cmaps.test.ts: ja-mixed.pdf read with pdf.js's character maps out of reach; and a font that did not load
    const cmap: Warning = { code: 'font-not-loaded', message: '', details: { pages: [1, 2], font: 'HeiseiMin-W3', cmap: 'UniJIS-UCS2-H', error: 'Unable to load CMap data', pieces: 6 } };
    expect([said(cmap), said(cmap, 'en')]).toEqual([
      'Le texte tracé dans la police «\u202FHeiseiMin-W3\u202F» sur les pages\u00A01, 2 n’a pas été lu (6\u00A0morceaux de texte, absents des répliques et de tous les comptes)\u00A0: la table qui dit quelles lettres sont ses codes n’a pas pu être chargée. Rechargez la page et relisez le fichier\u202F; si cela se reproduit, demandez le script lui-même\u00A0: le fichier Word.',
      'Text drawn in the font "HeiseiMin-W3" on pages\u00A01, 2 was not read (6\u00A0pieces of text, missing from the lines and every count): the character map that says which letters its codes are could not be loaded. Reload the page and read the file again; if it happens again, ask for the script itself: the Word file.',
    ]);
    expect(said({ code: 'font-not-loaded', message: '', details: { pages: [3], error: 'bad font', pieces: 1 } }, 'en')).toBe('Text drawn in a font on page\u00A03 was not read (1\u00A0piece of text, missing from the lines and every count): the font could not be loaded. Ask for a PDF saved with its fonts embedded, or for the script itself: the Word file.');
    // tests/labels-written.test.ts: spot-fields-en's header in the announcer's colour; and fields beside markers
    const fields: Warning = { code: 'spot-markers-voiced', message: '', details: { texts: ['CLIENT: Harbor Coffee', 'TITLE: "Morning Rush"', 'LENGTH: :30', 'ISCI: HBCF0030H'], count: 4, voices: ['Announcer'], words: 10, fields: 4 } };
    expect([said(fields), said(fields, 'en')]).toEqual([
      '«\u202FCLIENT: Harbor Coffee\u202F» et 3 autres ressemblent aux champs de l’en-tête d’un spot (son titre, sa durée, le client…), mais ils sont dans la couleur d’Announcer\u00A0: ils sont donc comptés dans les mots d’Announcer (10\u00A0mots, qui ne se disent pas). Dans le script, distinguez l’en-tête du texte des voix (un style de titre, ou une couleur d’aucune voix), ou vérifiez le compte d’Announcer.',
      '"CLIENT: Harbor Coffee" and 3 more look like the fields of a spot’s header (its title, length, client…), but they are in the colour of Announcer, so they are counted in the words of Announcer (10\u00A0words, not read aloud). In the script, set the header apart from the voices’ text (a heading style, or a colour of no voice), or check the count of Announcer.',
    ]);
    const mixed: Warning = { code: 'spot-markers-voiced', message: '', details: { texts: ['SPOT 1 — :30', 'CLIENT: Harbor Coffee'], count: 3, voices: ['Announcer'], words: 9, fields: 2 } };
    expect(said(mixed, 'en')).toBe('"SPOT 1 — :30" and 2 more look like spots’ titles, lengths or header fields, but they are in the colour of Announcer, so they are counted in the words of Announcer (9\u00A0words, not read aloud): the script is not divided into spots there, and no spot is timed against its length. In the script, set spot titles and headers apart from the voices’ text (a heading style, or a colour of no voice), or check the count of Announcer.');
    // tests/pdf-tracked-format.test.ts: LibreOffice's bold author colour for a change of formatting
    const line = 'EXPERT: This line was the narrator’s, its colour changed to red with changes tracked.';
    const shown: Warning = { code: 'tracked-changes-shown', message: '', details: { pages: [1], colours: ['#C69200'], inserted: [], deletedWords: 0, formatted: { words: 14, texts: [line] } } };
    expect(said(shown)).toContain(' 14\u00A0mots à côté de barres de modification («\u202FEXPERT: This line was the narrator’s,…\u202F») sont en gras dans la couleur d’un réviseur, comme LibreOffice montre un changement de mise en forme\u00A0: s’il leur a donné la couleur d’une voix, cette couleur n’est pas dans le PDF, et ils sont comptés sous la couleur du réviseur. Acceptez');
    expect(said(shown, 'en')).toContain(' 14\u00A0words beside change bars ("EXPERT: This line was the narrator’s,…") are set bold in a reviewer’s colour, as LibreOffice shows a change of formatting: if it gave them a voice’s colour, that colour is not in the PDF, and they are counted under the reviewer’s colour. Accept');
    expect(said({ code: 'notes-changed', message: '', details: { notes: 2 } })).toBeNull();
  });

  it('label-left-out: labels as written, a table\'s speaker column said as rows, a TAG: line as a spot\'s tagline (details of tests/labels-leftovers7.test.ts), French and English', () => {
    const built: Warning[] = [
      { code: 'label-left-out', message: '', details: { labels: ['NARRATOR'], written: ['NARRATOR'], lines: 3, words: 26, counts: [{ label: 'NARRATOR', lines: 3, words: 26, rows: 3 }] } },
      { code: 'label-left-out', message: '', details: { labels: ['LA VOISINE', 'LE FACTEUR'], written: ['LA VOISINE', 'LE FACTEUR'], lines: 3, words: 16, counts: [{ label: 'LA VOISINE', lines: 2, words: 11, rows: 2 }, { label: 'LE FACTEUR', lines: 1, words: 5, rows: 1 }] } },
      { code: 'label-left-out', message: '', details: { labels: ['TAG'], written: ['TAG:'], lines: 1, words: 3, counts: [{ label: 'TAG', lines: 1, words: 3, tagline: true }] } },
      { code: 'label-left-out', message: '', details: { labels: ['BOULANGER', 'TAG'], written: ['BOULANGER :', 'TAG:'], lines: 4, words: 30, counts: [{ label: 'BOULANGER', lines: 3, words: 27 }, { label: 'TAG', lines: 1, words: 3, tagline: true }] } },
      { code: 'label-left-out', message: '', details: { labels: ['BOULANGER'], written: ['BOULANGER :'], lines: 3, words: 27, counts: [{ label: 'BOULANGER', lines: 3, words: 27 }] } },
    ];
    expect(built.map((w) => [said(w), said(w, 'en')])).toEqual([
      [
        '«\u202FNARRATOR\u202F», dans la colonne des locuteurs d’un tableau, nomme qui dit 3\u00A0lignes (26\u00A0mots dedans), mais la config ne nomme aucune voix ainsi\u00A0: personne n’enregistre ce qui y est dit. Si NARRATOR parle, ajoutez une voix d’étiquette NARRATOR à la config que vous déposez avec le script.',
        '"NARRATOR", in a table’s speaker column, names the speaker of 3\u00A0rows (26\u00A0words in them), but the config names no voice by it: nobody records what is said there. If NARRATOR speaks, add a voice with the label NARRATOR to the config you drop with the script.',
      ],
      [
        '«\u202FLA VOISINE\u202F» et «\u202FLE FACTEUR\u202F» nomment qui dit 3\u00A0lignes dans la colonne des locuteurs d’un tableau (16\u00A0mots dedans), mais la config ne nomme aucune voix ainsi\u00A0: ces lignes ne sont à personne et ne sont pas enregistrées. Pour chacun qui parle, ajoutez une voix avec son nom pour étiquette à la config que vous déposez avec le script.',
        '"LA VOISINE" and "LE FACTEUR" name the speakers of 3\u00A0rows in a table’s speaker column (16\u00A0words in them), but the config names no voice by them: those rows are nobody’s, not recorded. For each that speaks, add a voice with its name as label to the config you drop with the script.',
      ],
      [
        '«\u202FTAG:\u202F» ouvre 1\u00A0réplique (3\u00A0mots après), la phrase de fin d’un spot, que lit l’annonceur, mais la config ne donne cette étiquette à aucune voix, donc personne ne l’enregistre. Si elle est lue, ajoutez TAG aux étiquettes de la voix qui la lit dans la config que vous déposez avec le script.',
        '"TAG:" opens 1\u00A0line (3\u00A0words after it), a spot’s tagline, which the announcer reads, but the config gives that label to no voice, so nobody records it. If it is read, add TAG to the labels of the voice who reads it in the config you drop with the script.',
      ],
      [
        '«\u202FBOULANGER :\u202F» (3\u00A0répliques, 27\u00A0mots) et «\u202FTAG:\u202F» (phrase de fin d’un spot, 1\u00A0réplique, 3\u00A0mots) ouvrent 4\u00A0répliques (30\u00A0mots après) comme des étiquettes de locuteurs, mais la config ne nomme aucune voix ainsi\u00A0: ces répliques ne sont à personne et ne sont pas enregistrées. Pour chacun qui parle, ajoutez une voix avec son étiquette à la config que vous déposez avec le script.',
        '"BOULANGER :" (3\u00A0lines, 27\u00A0words) and "TAG:" (a spot’s tagline, 1\u00A0line, 3\u00A0words) open 4\u00A0lines (30\u00A0words after them) like speakers’ labels, but the config names no voice by them: those lines are nobody’s, not recorded. For each that speaks, add a voice with its label to the config you drop with the script.',
      ],
      [
        '«\u202FBOULANGER :\u202F» ouvre 3\u00A0répliques (27\u00A0mots après) comme l’étiquette d’un locuteur, mais la config ne nomme aucune voix ainsi\u00A0: ces répliques ne sont à personne et ne sont pas enregistrées. Si BOULANGER parle, ajoutez une voix d’étiquette BOULANGER à la config que vous déposez avec le script.',
        '"BOULANGER :" opens 3\u00A0lines (27\u00A0words after it) like a speaker’s label, but the config names no voice by it: those lines are nobody’s, not recorded. If BOULANGER speaks, add a voice with the label BOULANGER to the config you drop with the script.',
      ],
    ]);
  });

  it('tracked-changes with a paragraph deleted whole (tests/fixtures/diff3/deleted-paragraph.docx, deleted-first.docx): said where it stood, French and English', () => {
    const [between] = warningsOf(join(fixtures, 'diff3/deleted-paragraph.docx')).filter((w) => w.code === 'tracked-changes');
    const [first] = warningsOf(join(fixtures, 'diff3/deleted-first.docx')).filter((w) => w.code === 'tracked-changes');
    expect([between!.details, first!.details].map((d) => [d!.paragraphs, d!.deletedParagraphs])).toEqual([
      [[2], [{ after: 3, before: 4 }]],
      [[1], [{ after: null, before: 1 }]],
    ]);
    const last: Warning = { code: 'tracked-changes', message: '', details: { countedAs: 'accepted', changes: 1, insertions: 0, deletions: 1, moves: 0, formatting: 0, colourChanges: 0, paragraphs: [], deletedParagraphs: [{ after: 9, before: null }] } };
    expect([between!, first!, last].map((w) => [said(w), said(w, 'en')])).toEqual([
      [
        'Le script contient 2\u00A0modifications suivies (suivi des modifications de Word\u00A0: 1\u00A0insertion, 1\u00A0suppression\u202F; d’abord au ¶2, puis un paragraphe supprimé entre le ¶3 et le ¶4)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
        'The script holds 2\u00A0tracked changes (Word’s Track Changes: 1\u00A0insertion, 1\u00A0deletion; first at ¶2, also a paragraph deleted between ¶3 and ¶4): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.',
      ],
      [
        'Le script contient 2\u00A0modifications suivies (suivi des modifications de Word\u00A0: 1\u00A0insertion, 1\u00A0suppression\u202F; d’abord un paragraphe supprimé avant le ¶1, puis ¶1)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
        'The script holds 2\u00A0tracked changes (Word’s Track Changes: 1\u00A0insertion, 1\u00A0deletion; first a paragraph deleted before ¶1, also ¶1): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.',
      ],
      [
        'Le script contient 1\u00A0modification suivie (suivi des modifications de Word\u00A0: 1\u00A0suppression\u202F; un paragraphe supprimé après le ¶9)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
        'The script holds 1\u00A0tracked change (Word’s Track Changes: 1\u00A0deletion; a paragraph deleted after ¶9): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.',
      ],
    ]);
  });
});
