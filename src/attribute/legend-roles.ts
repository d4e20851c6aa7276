/**
 * The names a key gives its voices when it names a role rather than a person: "narrator", "Narrateur",
 * "Sprecherin", "esperta", "VO1", "Voice 2". A key sentence with no heading word and no word saying who owns
 * the lines ("The narrator speaks blue, the learner green.", "Sprecher blau, Lernende grün") is read only
 * when each of its names is one of these, or a speaker label of the script (legend.ts pairingKey): "The sky
 * is blue, the sea green" names no voice. English, French, German, Spanish, Italian and Portuguese; lower
 * case, each with its common feminine and plural forms. Escapes, not the letters: the CLI's bundle keeps to ASCII.
 */
const ROLES: readonly string[] = [
  // English
  ...'narrator narrators voice voices voiceover voice-over vo speaker speakers host hosts presenter presenters guest guests interviewer interviewee learner learners student students teacher teachers trainer trainers instructor expert experts coach customer customers client clients agent agents caller announcer character characters actor actress reader man woman boy girl child'.split(' '),
  // French
  ...'narrateur narratrice narrateurs voix locuteur locutrice animateur animatrice invit\u00E9 invit\u00E9e apprenant apprenante apprenants \u00E9l\u00E8ve \u00E9l\u00E8ves \u00E9tudiant \u00E9tudiante formateur formatrice enseignant enseignante expert experte conseiller conseill\u00E8re agent cliente personnage com\u00E9dien com\u00E9dienne lecteur lectrice homme femme gar\u00E7on fille enfant professeur professeure'.split(' '),
  // German
  ...'erz\u00E4hler erz\u00E4hlerin sprecher sprecherin sprecherinnen stimme moderator moderatorin gast lernende lernender lerner lernerin sch\u00FCler sch\u00FClerin student studentin lehrer lehrerin trainer trainerin experte expertin berater beraterin kunde kundin kunden mitarbeiter mitarbeiterin figur mann frau junge m\u00E4dchen kind'.split(' '),
  // Spanish
  ...'narrador narradora locutor locutora voz presentador presentadora invitado invitada alumno alumna estudiante profesor profesora formador formadora experto experta cliente asesor asesora agente personaje hombre mujer ni\u00F1o ni\u00F1a'.split(' '),
  // Italian
  ...'narratore narratrice voce speaker conduttore conduttrice ospite allievo allieva studente studentessa insegnante formatore formatrice esperto esperta cliente operatore operatrice consulente personaggio uomo donna bambino bambina'.split(' '),
  // Portuguese
  ...'narrador narradora locutor locutora apresentador apresentadora convidado convidada aluno aluna professor professora especialista consultor consultora'.split(' '),
];
const ROLE_SET = new Set(ROLES);
/** "VO1", "VO 2", "Voice A", "Speaker 3", "Sprecher 2", "Voix 1": a numbered or lettered voice. */
const NUMBERED = /^(?:vo|v\.o\.|voice|voix|voz|voce|stimme|speaker|sprecher|sprecherin|locuteur|locutrice|narrator|narrateur|narratrice|erz\u00E4hler|erz\u00E4hlerin)\s*(?:\d{1,2}|[a-d])$/u;

/** Whether `name` (as a key writes it, an article already left out) names a role: "narrator", "Sprecherin", "VO 2". */
export function isRoleName(name: string): boolean {
  const lower = name.toLowerCase().trim();
  return ROLE_SET.has(lower) || NUMBERED.test(lower);
}
