// The voice-over scripts behind the PDF layout fixtures (tests/fixtures/pdf-layout/), as data.
// scripts/build-layout-fixtures.mjs writes them out as LaTeX, DOCX and HTML and runs the real
// producers (pdfTeX, XeTeX, LibreOffice, Chromium); tests/pdf-layout.test.ts reads the PDFs and
// compares every voice's lines with the lines computed here from the same data.
//
// A paragraph is a list of [voice, text] segments (voice null: unassigned text). The text is what
// a reader should get back: no break hyphens, typographic quotes, real hyphens kept (e-learning).

/** @typedef {[string | null, string]} Segment */
/** @typedef {{ segs: Segment[], kind?: 'title' | 'heading' | 'note' }} Para */

import { paragraphLines } from './lib/script-data.mjs';

const p = (...segs) => ({ segs });
const title = (text) => ({ segs: [[null, text]], kind: 'title' });
const heading = (text) => ({ segs: [[null, text]], kind: 'heading' });
const note = (text) => ({ segs: [[null, text]], kind: 'note' });

// ------------------------------------------------------------------------------------------------
// An audiobook chapter, English, two columns (pdfTeX: xcolor gray, RGB and CMYK text, colorbox
// highlights, multicol, TeX hyphenation, ligatures from Computer Modern, no space glyphs).
// ------------------------------------------------------------------------------------------------

const N = (t) => ['Narrator', t];
const M = (t) => ['Martha', t];
const T = (t) => ['Tom', t];
const R = (t) => ['Radio', t];

export const AUDIOBOOK = {
  name: 'audiobook-columns',
  producer: 'pdftex',
  lang: 'en',
  description:
    'Audiobook chapter, two columns (multicol) after a full-width opening, pdfTeX with xcolor: Narrator in gray (`g`), Martha in RGB, Tom in CMYK (`k`), radio calls as yellow `\\colorbox` highlights; TeX hyphenation at column and page breaks; indented paragraphs; CM ligatures; page numbers.',
  voices: {
    Narrator: { color: '#595959' },
    Martha: { color: '#990000' },
    Tom: { color: '#0066CC' },
    Radio: { highlight: 'yellow' },
  },
  unassigned: ['#000000'],
  intro: [
    title('The Keeper of Gull Rock'),
    note('Chapter three, recording script. Session two of five; notes in black italics are not read.'),
    p(N('The storm arrived an hour before midnight, exactly as the shipping forecast had promised. Martha Quayle stood at the kitchen window of the keeper’s cottage and watched the first waves break over the causeway, white and furious, swallowing the path that joined Gull Rock to the mainland.')),
  ],
  columns: [
    p(M('“Tom, the causeway’s gone under. Nobody’s coming across tonight, whatever the office in Falmouth says.”')),
    p(N('Her brother did not look up from the radio. He was fiddling with the tuning dial, chasing a voice that came and went beneath the crackle like a swimmer in heavy surf, and his face in the lamplight was pale and unreadable.')),
    p(T('“Someone’s out there. A fishing boat, I think. Listen.”')),
    p(R('“Mayday, mayday, this is the Mary Ellen.”')),
    p(N('The words were unmistakable, and then they were gone. Martha felt the old, familiar fear settle in her stomach, the one she had carried since their father’s boat failed to return fifteen winters ago. She crossed the room, switched on the emergency lamp and began to write down the time, the frequency and every syllable they had heard, as the coastguard’s e-learning course had drilled into every keeper on this stretch of coast.')),
    note('Pause. Wind and rain under the next lines.'),
    p(T('“Gull Rock to Falmouth Coastguard, Gull Rock to Falmouth Coastguard. We have a distress call from the fishing vessel Mary Ellen, position unknown, possibly north of the Manacles. Over.”')),
    p(N('For a long time there was nothing but static. Then the coastguard answered, calm and unhurried, and asked Tom to repeat the message slowly, twice, so that it could be recorded and passed on to the lifeboat station at Porthoustock, where the volunteer crew were already pulling on their oilskins in the flickering light of the boathouse.')),
    p(M('“They’ll never launch in this. Not with the wind in the north-east and the tide still rising.”')),
    p(N('But they did. At twenty past twelve the maroons went up over the headland, two flashes of red light swallowed almost at once by the rain, and Martha let out a breath she had not known she was holding. Tom reached for the binoculars, though there was nothing to see but darkness and the occasional ghostly shoulder of a wave catching the beam from the tower above them.')),
    p(T('“Affluent men in Truro will be asleep by now, warm in their beds, and never know any of this happened.”')),
    p(M('“That is the whole point of a lighthouse, Tom. Nobody notices it until the night they need it.”')),
    p(R('“Mary Ellen, Mary Ellen, we see your flare.”')),
    p(N('The radio spoke again, much clearer now, and the voice belonged to the lifeboat coxswain, an extraordinary, unflappable woman called Jenna Pascoe, whom the whole village regarded with a mixture of affection and awe. She reported that the fishing boat had lost her engine and was drifting towards the rocks, but that a line was aboard and the tow had begun.')),
    p(M('“Tell them to bring the lads straight here, Tom. The kettle is on, and there are dry clothes in the chest upstairs.”')),
    p(N('It was nearly four in the morning before the lifeboat came round the point, towing the crippled fishing boat behind her like a tired dog on a lead. Tom went down to the landing stage with the storm lantern, and Martha watched from the window as the small figures clambered over the rocks towards the cottage, bent double against the wind, one of them limping badly.')),
    p(N('Martha sat down at the table and wrote it all in the logbook in her careful, sloping hand, the official record that the inspectors would read in the spring. Outside, the beam of the lighthouse swept on across the water, patient and indifferent, as it had done every night for a hundred and forty years.')),
    p(T('“We should make tea. They’ll be hours yet, and someone will want to hear how it ended.”')),
  ],
  outro: [
    p(N('By dawn the Mary Ellen was safe in the harbour, and the storm had blown itself out somewhere over Brittany.')),
    note('End of chapter three.'),
  ],
};

// ------------------------------------------------------------------------------------------------
// A storyboard, French, landscape longtable (XeTeX: fontspec, babel french, pdflscape /Rotate 90,
// repeated header rows via \endhead, running footer on every page, French hyphenation).
// ------------------------------------------------------------------------------------------------

const NA = (t) => ['Narrateur', t];
const FO = (t) => ['Formatrice', t];
const AP = (t) => ['Apprenant', t];
const X = (t) => [null, t];

export const STORYBOARD_FR = {
  name: 'storyboard-landscape-fr',
  producer: 'xetex',
  lang: 'fr',
  description:
    'French e-learning storyboard, XeTeX with fontspec and babel french: portrait pages around a landscape longtable (pdflscape, `/Rotate 90`) whose header row repeats on each page; a running footer on every page (rotated on the landscape pages); French hyphenation in narrow cells.',
  voices: {
    Narrateur: { color: '#404040' },
    Formatrice: { color: '#1F4E79' },
    Apprenant: { color: '#00B050' },
  },
  unassigned: ['#000000'],
  footer: 'Module 5 — Prévention incendie — storyboard, version 2',
  before: [
    title('Module 5 — La prévention des risques d’incendie'),
    p(X('Ce document décrit les écrans du module. Seule la colonne « Voix off » est enregistrée ; les indications entre crochets ne sont pas lues.')),
    p(NA('Dans nos entrepôts, un départ de feu peut transformer en quelques minutes un incident banal en catastrophe. Cartons, palettes, films plastiques et chariots électriques en charge : tout ce qui fait notre quotidien peut aussi alimenter un incendie. Ce module d’e-learning vous donne les réflexes qui sauvent.')),
  ],
  table: {
    widths: [2.2, 6.5, 13.5],
    header: ['Écran', 'Texte à l’écran', 'Voix off'],
    rows: [
      [[p(X('5.1'))], [p(X('Titre : prévenir, alerter, évacuer'))], [p(NA('Bienvenue dans ce cinquième module. Pendant une quinzaine de minutes, nous allons voir comment un incendie démarre, comment l’empêcher de démarrer et, surtout, comment réagir si malgré tout il se déclare.'))]],
      [[p(X('5.2'))], [p(X('Animation : le triangle du feu'))], [p(FO('Pour qu’un feu prenne, il faut trois éléments réunis : un combustible, un comburant, c’est-à-dire l’oxygène de l’air, et une source de chaleur. Supprimez un seul de ces éléments, et le feu s’éteint.')), p(AP('Donc si j’enlève le carton, plus de combustible, plus de feu ?'))]],
      [[p(X('5.3'))], [p(X('Photos : multiprises surchargées, chargeurs de batteries'))], [p(FO('Exactement. Dans un entrepôt, les sources de chaleur les plus fréquentes sont électriques : une multiprise surchargée, un câble abîmé, un chargeur de batterie installé trop près des emballages. Vérifiez chaque matin l’état de vos appareils et signalez immédiatement toute anomalie à votre responsable.'))]],
      [[p(X('5.4'))], [p(X('Plan d’évacuation du bâtiment B'))], [p(NA('Repérez dès aujourd’hui les issues de secours les plus proches de votre poste, ainsi que le point de rassemblement. En cas d’alarme, on n’attend pas de voir les flammes : on arrête son travail, on ferme les portes derrière soi et on évacue sans courir, sans utiliser les ascenseurs et sans revenir chercher ses affaires personnelles.'))]],
      [[p(X('5.5'))], [p(X('Vidéo : manipulation d’un extincteur à eau pulvérisée'))], [p(FO('Un extincteur s’utilise en quatre gestes : on retire la goupille, on se place à deux ou trois mètres du feu, dos à une sortie, on vise la base des flammes et on balaie de gauche à droite. Un extincteur à eau pulvérisée ne doit jamais être utilisé sur un feu électrique sous tension.')), p(AP('Et si l’extincteur est vide au bout de dix secondes ?'))]],
      [[p(X('5.6'))], [p(X('Quiz : vrai ou faux ?'))], [p(FO('Alors on n’insiste pas. Un feu qui résiste au premier extincteur est déjà trop important : on évacue et on laisse agir les sapeurs-pompiers, dont c’est le métier.'))]],
      [[p(X('5.7'))], [p(X('Exercice : l’alarme retentit pendant la préparation d’une commande'))], [p(FO('Mettons-nous en situation. Vous êtes en train de préparer une commande au fond de l’allée douze quand l’alarme retentit. Vous ne voyez ni fumée ni flammes, et il vous reste trois colis à filmer avant le passage du transporteur.')), p(AP('Je termine ma palette, ça prend deux minutes, et ensuite je sors ?')), p(FO('Non. Vous posez tout, vous coupez votre engin s’il est en marche et vous rejoignez immédiatement le point de rassemblement par l’itinéraire balisé. Le transporteur attendra ; votre responsable, lui, a besoin de savoir que vous êtes sorti.'))]],
      [[p(X('5.8'))], [p(X('Rappel des numéros d’urgence : 18 et 112'))], [p(NA('Dernier point, et non des moindres : le numéro interne de sécurité, le 215, fonctionne depuis n’importe quel téléphone fixe du site. Depuis un portable, composez le 18 ou le 112. Donnez votre nom, le bâtiment, la nature du sinistre, et ne raccrochez jamais le premier.'))]],
    ],
  },
  after: [
    heading('Conclusion'),
    p(AP('Je retiens le triangle du feu, les issues de secours, l’extincteur en quatre gestes et le 215. Et je ne reviens jamais chercher mon sac !')),
    p(NA('Merci pour votre attention. Rendez-vous au module 6, consacré aux premiers secours.')),
  ],
};

// ------------------------------------------------------------------------------------------------
// A storyboard, English, landscape table with a repeated header row, merged section rows and rows
// long enough to break across pages: written as DOCX (LibreOffice exports it) and as HTML
// (Chromium prints it), so the same script reaches the reader from three producers.
// ------------------------------------------------------------------------------------------------

const NR = (t) => ['Narrator', t];
const TR = (t) => ['Trainer', t];
const LE = (t) => ['Learner', t];

export const STORYBOARD_EN = {
  name: 'storyboard-en',
  lang: 'en',
  description:
    'English e-learning storyboard, landscape, one table with a repeated header row, merged full-width section rows, an on-screen cell merged over two rows and voice-over cells long enough to break across pages; Narrator and Trainer by text colour, Learner by green highlight.',
  voices: {
    Narrator: { color: '#404040' },
    Trainer: { color: '#1F4E79' },
    Learner: { highlight: 'green' },
  },
  unassigned: ['#000000'],
  before: [
    title('Forklift Safety — Module 2: Sharing the Warehouse'),
    p(X('Storyboard for the voice-over session. Only the Voice over column is recorded; on-screen text and directions are not read.')),
  ],
  table: {
    widths: [1.2, 2.8, 6],
    header: ['Scene', 'On screen', 'Voice over'],
    rows: [
      { section: 'Part one — Before you start' },
      [[p(X('2.1'))], [p(X('Title card over a wide shot of the warehouse at the start of a shift'))], [p(NR('Welcome back. In the first module you learned how a forklift works and why it behaves so differently from a car. In the e-learning module we look at the people around it: the pedestrians, the other drivers and the visitors who share the warehouse with you every single day. By the end of it you will know the five rules that keep everyone on the floor safe, and why each of them exists.'))]],
      [[p(X('2.2'))], [p(X('Checklist animation: tyres, forks, chains, horn, lights, brakes'))], [p(TR('Every shift starts with the same walk-around check, and it takes less than five minutes. Look at the tyres for cuts and wear, check the forks and the chains for cracks, then test the horn, the lights and the brakes before you load anything at all.')), p(LE('Even if the driver on the shift before me already checked it?')), p(TR('Especially then. You are the one driving it now, and you are the one who signs the sheet. If something is wrong, the truck stays parked and you tell your supervisor straight away, before anyone else climbs into the seat and drives it.'))]],
      { section: 'Part two — Pedestrians' },
      [[p(X('2.3'))], [p(X('Floor markings: green walkways, yellow traffic lanes'))], [p(NR('Most accidents involving forklifts happen where people and trucks meet: at crossings, at the end of racking aisles and in loading bays. That is why the floor is marked. Green walkways belong to pedestrians; yellow lanes belong to trucks. When a walkway crosses a lane, the driver stops, sounds the horn and waits for eye contact before moving on. A well-known rule of thumb says that if you cannot see the driver’s eyes, the driver cannot see you either. Teach it to every new colleague and every visitor you accompany, and repeat it whenever you see someone cutting a corner across a yellow lane to save a few seconds.')), p(LE('What about visitors who have never been in a warehouse before?')), p(TR('Visitors are always accompanied, and they wear a visitor vest so that every driver can spot them at once. If you meet a visitor on their own in a traffic lane, stop your truck, switch off the engine and walk them back to the reception desk yourself. It takes five minutes of your time, and it may save someone a very long stay in hospital.'))]],
      [[p(X('2.4'))], { rowSpan: 2, paras: [p(X('Quiz: who has priority at a crossing? Then a close-up of the blind spots around a loaded truck'))] }, [p(LE('So the pedestrian always has priority, even in a yellow lane?')), p(TR('At a marked crossing, yes. Everywhere else, a pedestrian should not be in a yellow lane at all, and a driver who sees one stops until the lane is clear again.'))]],
      [[p(X('2.5'))], [p(NR('A loaded forklift has blind spots in front and behind. When the load blocks your view, drive in reverse and look where you are going, not at the load. Keep the forks low while you travel, slow down at corners and never carry a passenger on the forks, the mast or the overhead guard, whatever the reason and however short the distance. Our site rules allow no exception to this, because a single fall from the forks can end a career or a life, and we have seen it happen in other warehouses. Mirrors at the end of each aisle help, but they are no substitute for slowing down: a mirror shows you what is there, not what is about to step out from behind the racking. When you reach a blind corner, stop, sound the horn, look in the mirror and only then drive on at walking pace. If a colleague waves you through, thank them, but check for yourself anyway, because the person waving cannot see the whole aisle either.')), p(TR('And if you are the pedestrian, make yourself seen: stay in the green walkway, wear your high-visibility vest and never walk behind a reversing truck, even when you think the driver knows you are there.'))]],
      [[p(X('2.6'))], [p(X('End card: summary of the five rules'))], [p(TR('That is the end of this module. Check the truck, respect the lanes, wait for eye contact, keep the forks low and never carry passengers.')), p(NR('In module three we will look at loading and unloading trucks in the yard.'))]],
    ],
  },
  after: [p(X('End of storyboard. Version 3, approved by the client on 2 April.'))],
};

// ------------------------------------------------------------------------------------------------
// A narration in two columns, French, made three ways: pdfTeX `twocolumn` (7-bit fonts: accents
// drawn over letters, French hyphenation, a right column shorter than the left), a LibreOffice
// two-column section (justified, balanced columns, text after the section) and Chromium CSS columns
// (soft hyphens in long words). Long words carry soft hyphens (U+00AD) where a browser may break them;
// the expected text has none.
// ------------------------------------------------------------------------------------------------

export const COLUMNS_FR = {
  name: 'columns-fr',
  lang: 'fr',
  description:
    'French first-aid narration in two columns: Narrateur, Formatrice and Apprenant by text colour, headings and directions in black.',
  voices: STORYBOARD_FR.voices,
  unassigned: ['#000000'],
  before: [title('Module 6 — Les premiers secours')],
  columns: [
    p(X('Consignes : ton posé, phrases courtes. Les indications entre crochets ne sont pas lues.')),
    p(NA('Un malaise, une coupure profonde, une chute dans l’escalier : dans un entrepôt, les accidents arrivent souvent quand on s’y attend le moins. Les premières minutes sont décisives, et les gestes que vous ferez avant l’arrivée des secours peuvent changer la suite pour votre collègue.')),
    p(FO('Bonjour à tous. Aujourd’hui, nous allons apprendre à réagir calmement, dans le bon ordre, sans nous mettre nous-mêmes en danger. Karim, vous êtes prêt ?')),
    p(AP('Prêt, mais franchement un peu inquiet. Je n’ai jamais fait de formation de secourisme, même pas au lycée.')),
    p(FO('Alors vous êtes exactement la personne pour qui ce module a été conçu. Première règle : protéger. Avant de vous approcher, regardez autour de vous. Un chariot qui recule, un câble électrique à terre, une palette instable : supprimez le danger, ou faites-le supprimer, avant de toucher la victime.')),
    p(NA('Deuxième règle : examiner. La victime répond-elle quand vous lui parlez ? Respire-t-elle normalement ? Ces deux questions, posées dans cet ordre, guident tout le reste de votre intervention et le message que vous transmettrez ensuite aux secours.')),
    p(X('[Animation : un salarié s’agenouille près d’un collègue allongé au sol.]')),
    p(FO('Troisième règle : alerter. Appelez le poste de sécurité au 215, ou le 15 depuis un portable. Décrivez ce que vous voyez, donnez l’adresse exacte du bâtiment et restez en ligne jusqu’à ce qu’on vous dise de raccrocher.')),
    p(AP('Et si la personne ne respire plus du tout ? Je ne sais pas faire un massage cardiaque.')),
    p(FO('Le régulateur vous guidera pas à pas au téléphone. Et le défibrillateur du hall d’entrée parle : il vous dit exactement quoi faire, à chaque étape. Personne ne vous reprochera d’avoir essayé ; on vous reprochera de ne rien avoir tenté.')),
    p(NA('Dernière règle : secourir, avec les gestes appris et rien de plus. Pour aller plus loin, inscrivez-vous à la prochaine session de sauveteur secouriste du travail : c’est deux jours, c’est gratuit, et cela peut sauver une vie.')),
  ],
  after: [p(X('Fin du module 6.'))],
};

// ------------------------------------------------------------------------------------------------
// A one-page French radio spot printed from a browser with its header and footer on (Chromium:
// date and title at the top, the page's URL and "1/1" at the bottom). On one page nothing repeats,
// so only what a browser prints there tells them apart from the script.
// ------------------------------------------------------------------------------------------------

const JU = (t) => ['Julie', t];
const MA = (t) => ['Marc', t];
const AN = (t) => ['Annonceur', t];

export const SPOT_FR = {
  name: 'spot-fr',
  lang: 'fr',
  description:
    'A 30-second French radio spot on one page, printed by Chromium with its header and footer on: Julie and Marc by text colour, the announcer highlighted in yellow (his last line a web address), directions and headings in black.',
  voices: {
    Julie: { color: '#C00000' },
    Marc: { color: '#2E75B6' },
    Annonceur: { highlight: 'yellow' },
  },
  unassigned: ['#000000'],
  before: [
    title('Spot radio — Boulangerie Martin'),
    note('Durée : 30 secondes. Les indications entre crochets ne sont pas lues.'),
    heading('Scène 1 — Le matin'),
    p(X('[Bruit de porte, clochette]')),
    p(JU('Bonjour Marc ! Tu as vu ? La boulangerie Martin ouvre dès 6 h 30 maintenant.')),
    p(MA('Sérieusement ? Alors je n’ai plus d’excuse pour arriver en retard au bureau…')),
    p(JU('Et leurs croissants au beurre AOP, 1,20 € seulement. Franchement, c’est imbattable.')),
    heading('Scène 2 — L’offre'),
    p(AN('Boulangerie Martin, 12 rue des Lilas à Nantes. Du 1er au 15 mars, pour 10 viennoiseries achetées, la 11e est offerte.')),
    p(MA('Bon, j’y vais. Tu veux quelque chose ?')),
    p(JU('Un pain aux raisins. Et un café, s’il te plaît !')),
    p(AN('Boulangerie Martin : le bon goût du matin. Toutes nos adresses sur https://boulangerie-martin.fr')),
  ],
};

export const SCRIPTS = [AUDIOBOOK, STORYBOARD_FR, STORYBOARD_EN, COLUMNS_FR, SPOT_FR];

// ------------------------------------------------------------------------------------------------
// Expectations: the lines each voice should get, from the same data.
// ------------------------------------------------------------------------------------------------

/** A table cell: its paragraphs, or `{ rowSpan, paras }` for a cell merged down rows (the rows below leave that column out). */
export const cellParas = (cell) => (Array.isArray(cell) ? cell : cell.paras);

/** Paragraphs in reading order: each a list of segments. */
export function paragraphsOf(script) {
  const out = [];
  const add = (list) => list?.forEach((para) => out.push(para.segs));
  add(script.intro);
  add(script.before);
  add(script.columns);
  if (script.table) {
    for (const h of script.table.header) out.push([[null, h]]);
    for (const row of script.table.rows) {
      if (row.section) out.push([[null, row.section]]);
      else for (const cell of row) for (const para of cellParas(cell)) out.push(para.segs);
    }
  }
  add(script.after);
  add(script.outro);
  return out;
}

/**
 * Lines per voice ('(unassigned)' for text of no voice), by the counting rules every builder shares
 * (scripts/lib/script-data.mjs): maximal stretches of one voice in one paragraph.
 */
export function expectedLines(script) {
  const out = {};
  for (const segs of paragraphsOf(script)) {
    for (const line of paragraphLines(segs.map(([voice, text]) => ({ voice, text })))) {
      const key = line.voice ?? '(unassigned)';
      (out[key] ??= []).push(line.text);
    }
  }
  return out;
}
