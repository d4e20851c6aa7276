/**
 * Ordinary words of each language that a script may type in capitals (`FREE`, `NOW`, `GRATUIT`,
 * `JETZT`): said as the word, not spelled (see languages.ts `capsWords`), and the words that are as
 * often an acronym (`US`, `IT`, `SI`, `MIT`), with their reading when nothing around them decides
 * (`capsAmbiguous`). Data only, written in lower case, one group a line; each language's set is built
 * on its first use (a line holding capitals), not when the module is loaded.
 *
 * To add a word: put it in lower case in its language's list, in the group it belongs to. No
 * acronym in common use goes here (`TVA`, `CA`, `PDF`, `USA`): those are spelled by the letter rules.
 */
/** The languages with lists: languages.ts `SpokenCode` (not imported: languages.ts imports this file). */
type SpokenCode = 'en' | 'fr' | 'de' | 'es';

/** English: words said as words in capitals. */
const ENGLISH: readonly string[] = [
  // two and three letters: function words, then the words commercials shout
  `an as at be by do go he if is my no of on so to up we
   all and any are but can did for had has her him his how its nor not now one our out she the too two was why yes yet you
   ago aid air ale app art ask bad bag bar bed big bit box boy bus buy car cry cup cut dad day die dig dog dry due eat egg end eye
   far fat fee few fit fix fly fun gas get got guy gym hat hey hit hot hug ice ill joy key kid law lay leg let lie lot low mad man
   map max may men met mix mom new odd off oil old own pay per pet pie pop pot put raw red run sad saw say sea see set sit six sky
   son spa sun tax tea ten tip top toy try use van via war way web wet win won wow yay zoo
   ace aim arm ate awe axe bat bay bee beg bid bin bow bug bun bye cab cap cat cow cue den dew dim dip dub dug dye ear ego elf
   eve fan fed fig fin fog fox fry fur gag gap gel gem god gum gun hay hem hen hid hip hog hop hub hum hut icy ink inn ion ivy
   jab jam jar jaw jet jog jug kit lab lad lap lid lip log mat mob mud mug nap net nod nut oak oat opt ore owe owl pad pal
   pan paw pea peg pen pig pit pod pub pun pup rag rat ray rib rid rim rip rob rod rub rug rye sew shy sin sip ski sly spy sum
   tab tag tan tap tee tie tin toe ton tow tub tug vet vow wax wed wig wit woe wok yam yen zen zip`,
  // and what is shouted in a script: interjections
  `ah eh uh ha yo ox aha boo woo huh yep nah ooh aww pow zap yum ugh wham ref sir mum`,
  // Spanish words of American place names (LOS ANGELES, SAN DIEGO, LAS VEGAS, EL PASO, DEL MAR)
  `los las san el del`,
  // a screenplay's scene headings (INT. KITCHEN – NIGHT), said as written
  `int ext`,
  // four letters and more that the letter-shape rule would spell
  `first three night right light might fight eight world north month earth birth worth watch match catch thanks thank
   thought through brought bought weight height length strength christmas church search march couldn shouldn
   extra simple sample apply twelfth sixth fifth ninth tenth hundred thrill throw threw thrive`,
  // and the commercials' longer emphasis words, so that a short line of them is seen shouted
  `free sale save best only more most just here this that what when with your yours them they love call join help open
   today tonight great deal deals sunday monday tuesday wednesday thursday friday saturday never ever every stop wait hurry`,
];

/** French: words said as words in capitals. */
const FRENCH: readonly string[] = [
  `le la les un une de du des et ou où en au aux ces cet son ses ta ton tes ma mon mes ne pas ni il ils elle on nous vous
   je tu qui que quoi oui non tout tous bon bien vie fin jeu dit mal loi rue vin mer sur par pour avec plus très tres ici moi toi
   lui eux est sont ai ont va vas vont été ete dès des là déjà deja mais donc car or top net sud nord ouest an ans jour nuit
   feu eau air art bas haut mot nom âge age ami roi sel sol vu fou nul pur dur sûr sur vrai faux beau peu trop chez sans sous vers
   dans même meme aussi comme quand voici voilà voila fais vais peux veux dois sais mis pris eu fut soit être etre avoir fort
   gros prix offre super méga mega vite tôt tot ça vos nos leur leurs sept huit neuf dix cinq vingt cent mille premier
   simple offert offerte gratuit gratuite maintenant jamais rien enfin encore alors puis moins entre contre montre chambre
   me se te eu pu né nez lit dos cru pub cap jus tel mai dix six jeu fil soi gaz fer vol bel cri nid riz but duo bac cou
   fée thé clé blé zoo pot pas hop hein bah oh ah eh ha int ext`,
];

/** German: words said as words in capitals. */
const GERMAN: readonly string[] = [
  `der die das dem den des ein eine und oder aber doch noch nur ja nein nicht nichts jetzt hier da so wie was wer wo wann
   ich du er sie es wir ihr mir dir uns euch mich dich ist sind bin bist war hat hab habe kann muss will soll gut neu alt
   alle alles viel mehr sehr ganz echt heute top super mega gratis frei los weg mal schon erst nie auf aus bei von vor nach
   zu zum zur im am an in um ab bis für ohne durch über bitte danke nacht licht recht gibt acht sechs fünf zehn elf zwölf
   zeit jahr tag neue neues neuen jetzt sofort endlich wirklich richtig selbst letzte erste ersten nächste
   als man ihn ihm tun na nun ob her gar ins hin vom tot sag mag sei geh kam gab uhr art job typ sah tod ort je oft weh tue
   tja wow wem wen rum ruf gib hol ran tee arm rat bus tor ehe tat mut bar eis hut opa oma ohr nee kuh zug axt see rot oh ah int ext`,
];

/** Spanish: words said as words in capitals. */
const SPANISH: readonly string[] = [
  `el la lo los las un una uno de del al en con por para sin que qué es son su sus mi mis tu tus te se le les me nos ya no sí
   si hoy muy más mas bien mal todo toda todos todas gran gratis ahora nuevo nueva oferta solo sólo aquí aqui allí alli hay
   ver voy vas va dar doy día dia mes año sol mar paz luz pan voz fin ser ir tan tres dos seis diez cien mil ese esa eso este
   esta esto está están estan sale fácil facil único unico única unica última ultima último ultimo entre contra siempre
   yo tú él mí ha he sé soy fue era vez ti ni sea tal han ven ve oye veo van ves da iba fui dio rey di ido haz pie ten das
   dan oro aun aún doy ley ojo oso feo amo uva pon vea lee oh ah eh ay hey int ext`,
];

/** `word:1` said as the word when nothing decides, `word:0` spelled. */
const AMBIGUOUS: Readonly<Record<SpokenCode, string>> = {
  en: 'us:0 it:0 who:0 add:0 am:0 act:1 or:1 in:1 me:1 hi:1 oh:1',
  fr: 'si:1 ce:1 as:1 sa:0',
  de: 'mit:1',
  es: '',
};

const LISTS: Readonly<Record<SpokenCode, readonly string[]>> = { en: ENGLISH, fr: FRENCH, de: GERMAN, es: SPANISH };

const words: Partial<Record<SpokenCode, ReadonlySet<string>>> = {};
const ambiguous: Partial<Record<SpokenCode, ReadonlyMap<string, boolean>>> = {};

/** The ordinary words of language `code`, in capitals: built on the first call, the same set after. */
export function capitalsWords(code: SpokenCode): ReadonlySet<string> {
  let set = words[code];
  if (set === undefined) {
    const built = new Set<string>();
    for (const group of LISTS[code]) for (const word of group.split(/\s+/)) if (word) built.add(word.toUpperCase());
    words[code] = set = built;
  }
  return set;
}

/** The words of `code` as often an acronym, in capitals, with true where the word is said when nothing decides. */
export function capitalsAmbiguous(code: SpokenCode): ReadonlyMap<string, boolean> {
  let map = ambiguous[code];
  if (map === undefined) {
    const built = new Map<string, boolean>();
    for (const entry of AMBIGUOUS[code].split(/\s+/)) if (entry) built.set(entry.slice(0, -2).toUpperCase(), entry.endsWith(':1'));
    ambiguous[code] = map = built;
  }
  return map;
}

/** The languages whose words are built so far (for the test that they are built on first use only). */
export function capitalsBuilt(): SpokenCode[] {
  return (Object.keys(words) as SpokenCode[]).sort();
}
