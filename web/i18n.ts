/**
 * The page's words in English and French, and the locale's number and duration formats. The
 * library's own messages (some warnings, an error the page has no sentence for, an error's detail)
 * are English: shown as they are, marked lang="en".
 */
export type Lang = 'en' | 'fr';

const EN = {
  title: 'vo-lines — which lines are mine?',
  tagline: 'Drop a colour-coded voice-over script (Word .docx or PDF): see whose lines are whose, your words and your recording time.',
  privacy: 'Your script never leaves this computer: it is read here, in your browser. Nothing is uploaded.',
  language: 'Language',
  dropTitle: 'Your script',
  dropHint: 'Drop a .docx or .pdf here (and its vo-lines.config.yaml if you have one), or',
  choose: 'Choose a script…',
  reading: 'Reading {file}…',
  readingPage: 'Reading {file}: page\u00A0{n} of {total}',
  readingBytes: 'Reading {file}: {percent}',
  working: 'Working out the voices and counting…',
  errorLead: 'This file cannot be read:',
  unsupported: '{file} is not a DOCX or PDF file: vo-lines reads .docx and .pdf scripts.',
  configAlone: '{file} is a config: drop it with its script (or the script first, then it).',
  timeout: '{file} took longer than {seconds}\u00A0s to read and was stopped: the file is damaged or far larger than a script.',
  // Why a file cannot be read, with what to do from this page (web/app.ts `said`: which error says which).
  errEncryptedDocx: '{file} is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again, or ask for a copy without a password.',
  errEncryptedPdf: '{file} is protected by a password, and this page cannot open protected PDFs: ask for a copy without a password, or open it with its password, print it to a new PDF (Print, then Save as PDF) and drop that one here.',
  errLegacyDoc: '{file} is an old Word document (.doc): open it in Word or LibreOffice, save it as a .docx (Word Document) and drop that file here.',
  errRtf: '{file} is an RTF file: open it in Word or LibreOffice, save it as a .docx (Word Document) and drop that file here.',
  errLockFile: '{file} is not a script but the small file Word keeps beside a document while it is open (it holds only the name of who opened it): drop the document itself, whose name has no ~$ in front.',
  errLfsPointer: '{file} is not the script but a Git LFS pointer to it (a few lines of text a repository keeps instead of the file): download the file itself (in the repository’s web page, its "Download" button) and drop that here.',
  errEmpty: '{file} is empty (0\u00A0bytes): there is no script in it. Ask for a new copy.',
  errNotADocx: '{file} is a zip or Office file but not a Word document: vo-lines reads .docx and .pdf scripts. Check that this is the script, not a spreadsheet or a presentation.',
  errCorruptDocx: '{file} is damaged: open it in Word and save it again, or ask for a new copy.',
  errCorruptPdf: '{file} is damaged or incomplete: ask for a new copy, or export the PDF again from the original document.',
  errUnsafeXml: '{file} holds something Word never writes (an XML DOCTYPE declaration) and is refused as unsafe: ask whoever sent it for a new copy saved from Word.',
  errTooLarge: '{file} is refused: unpacked, it would be far larger than any script. It may be damaged, or built to overload the reader: ask for a new copy.',
  errOverLimit: '{file} goes past one of vo-lines\' limits: it is damaged or is not a script. If it is a real script, open it and save it again, or split it into smaller files.',
  errNoTextDocx: '{file} has no text in the body of the document: is this the right file? (Headers, footers and notes are not read as script lines.)',
  errNoTextPdf: '{file} has no text to read: it is probably a scan (pictures of the pages), which has neither the words nor the colours vo-lines reads. Ask for the script itself: the Word file, or a PDF saved from Word.',
  errNoTextPdfBlank: '{file} has no text to read: nothing on its pages is drawn as letters (blank pages, or text turned into shapes). Is it the right file? If it is, ask for the script itself: the Word file, or a PDF saved from Word.',
  errBadConfig: '{config} cannot be used: something in it is not right (the detail below says what). Correct it, or drop the script without it.',
  // A config's mistakes a narrator can put right herself (bad-config's details.kind): where, and what.
  errConfigSyntax: '{config} cannot be used: it is not written right at line\u00A0{line}, column\u00A0{column} (often a quote, a bracket or a colon missing, or a line indented too much or too little). Correct it there, or drop the script without it.',
  errConfigUnknownField: '{config} cannot be used: vo-lines has no setting "{field}" (a name misspelt?). Correct or remove it, or drop the script without it.',
  errConfigUnknownPace: '{config} cannot be used: vo-lines knows no pace "{pace}" (setting "{field}"): write {known}, or a number of words a minute. Correct it, or drop the script without it.',
  errConfigUnknownVoice: '{config} cannot be used: its "{section}" names a voice "{voice}" that is not one of its voices. Write the name as it is under "voices", or drop the script without it.',
  errUnexpected: '{file} could not be read because of an unexpected error in vo-lines (not necessarily the file\'s fault): please report it, with the file if you can.',
  errWorkerFailed: 'Reading {file} stopped abruptly: the browser may have run out of memory, or the file may be damaged. Reload the page and drop it again; if it happens again, ask for a new copy.',
  errorDetail: 'Detail:',
  whoIsWho: 'Who reads what',
  fromLegend: 'Voices from the legend {at}:',
  // Where a legend or a line stands, outside the script's body (web/app.ts `place`, `legendAt`).
  storyHeader: 'page header',
  storyFooter: 'page footer',
  storyTextbox: 'text box',
  storyFootnote: 'footnote',
  storyEndnote: 'endnote',
  storyComment: 'comment',
  cellAt: 'table\u00A0{table}, row\u00A0{row}, col\u00A0{column}',
  pageAt: 'p.{page}',
  // Where a legend is, as the command line says it ("the legend at ¶1 (header)"): web/app.ts `legendAt`.
  legendAt: 'at {location}',
  legendAtPage: 'at {page} {location}',
  // Why lines in capitals standing alone were not offered as voices (attribute/speaker-labels.ts nameLineDoubt).
  nameLinesNoneRecurs: 'Lines in capitals stand alone above paragraphs ({names}), as speakers\' names do in a screenplay, but none of them comes back: they are taken as headings, not speakers, and no voice is offered by name.',
  nameLinesOneRecurs: 'Lines in capitals stand alone above paragraphs ({names}), as speakers\' names do in a screenplay, but only one of them comes back, and one speaker is no cast: no voice is offered by name.',
  nameLinesTooFew: 'Lines in capitals stand alone above paragraphs ({names}), as speakers\' names do in a screenplay, but they stand over too few of the script\'s paragraphs to say who reads the rest: no voice is offered by name.',
  nameLinesThen: 'If they are speakers, drop the script again with a vo-lines.config.yaml naming each one, e.g. {example}.',
  fromConfig: 'Voices from {config}.',
  fromNames: 'Voices from the names you gave the colours.',
  fromNamesEarlier: 'Voices from the names you gave the colours earlier, in this browser, for a script named {file}: check they are this script\'s.',
  namesNewColours: 'Colours that were not there when you named them (another version, or another script of that name): {colours}. They are no voice\'s until you name them below, or leave them empty to say they are not read.',
  fromLabels: 'Voices from the names that open the lines (the script has no colour coding): text without one (titles, directions) is nobody\'s. Check them against the script.',
  labelOf: '"{label}:" at the start of the line',
  labelsFound: 'This script has no colour coding, but its lines open with the name of who speaks: {names}.',
  fromNameLines: 'Voices from the names standing alone on their lines above the dialogue (the script has no colour coding): the rest (titles, scene headings, action, parentheticals) is nobody\'s. Check them against the script.',
  labelOnLine: '"{label}" alone on its line, above the dialogue',
  nameLinesFound: 'This script has no colour coding, but each speaker\'s name stands alone on its line above the dialogue: {names}.',
  noDoubtsNameLines: 'Nothing to check: each voice\'s lines stand below its name.',
  noDoubtsNames: 'Nothing to check: each voice\'s lines are found by its name.',
  useLabels: 'Use these names as the voices',
  useColours: 'Show the colours instead',
  styleOf: 'style "{style}"',
  fromColours: 'This script has no legend the page can trust: each colour found is shown below. Name the colours that are voices (under "Name the colours") to get your lines.',
  notRecorded: 'Not recorded:',
  legendNotRecordedNone: 'nothing marked as not recorded',
  textColour: 'text',
  backgroundColour: 'highlight or shading',
  doubts: 'Check before recording',
  noDoubts: 'No doubt about the colours: each voice\'s colour is clearly different from the others.',
  // One voice told by its colour, the rest of the text no voice's (web/app.ts `noDoubtsText`).
  noDoubtsOneVoice: 'No doubt about the colours: {voice}\'s colour is clearly different from the rest of the text.',
  noDoubtsOneVoiceHeadings: 'No doubt about the colours: {voice}\'s colour is clearly different from the rest of the text, its headings aside.',
  noDoubtsAllHers: 'No doubt about the colours: all the text is {voice}\'s.',
  noDoubtsLabels: 'Nothing to check: each voice\'s lines open with its name.',
  noDoubtsOneColour: 'Nothing to check about colours: all the text is one colour.',
  noDoubtsStyles: 'Nothing to check: each voice\'s lines are found by its style.',
  noDoubtsNamesStyles: 'Nothing to check: each voice\'s lines are found by its name or its style.',
  // A script all in one colour whose voices are found no other way (web/protocol.ts `oneColour`).
  oneColourEmphasis: 'The whole script is in one colour ({colour}), but its lines may be told apart by italics, bold or a font (see the warning below), which vo-lines does not read. If you read all of it, it is {words}, about {time}. If not, count your lines by hand, or ask whoever sent it for a script coded by colour.',
  oneColour: 'The whole script is in one colour ({colour}): nothing in it tells one voice from another. If you read all of it, it is {words}, about {time}. If not, ask whoever sent it which lines are yours, or for a script coded by colour (or a vo-lines.config.yaml naming the voices, to drop with it).',
  oneColourHeadingsAside: '{colour}, its headings aside',
  readAll: 'I read all of it ({colour})',
  oneColourPick: 'Nothing in this script says which lines are yours. If you read all of it, choose "I read all of it" above.',
  statusOneColour: '{file} read: all in one colour, nothing tells its voices apart.',
  statusOneColourEmphasis: '{file} read: all in one colour; its voices may be told apart by italics, bold or a font, which vo-lines does not read.',
  // Speakers' names offered by the page's button and not yet used (web/app.ts `labelsWaiting`).
  labelsWaiting: 'This script\'s voices are told by the speakers\' names, not by colour: press "{use}" above to see whose lines are whose.',
  labelsPick: 'Nothing says yet which lines are yours: press "{use}" above, then choose your name.',
  readAllNamesCounted: 'These counts include the speakers\' names, which are not said: read by the names ("{use}"), all the voices come to {words}, about {time}.',
  labelsPickOrAll: 'Nothing says yet which lines are yours: press "{use}" above, then choose your name. If you read all of it, choose "I read all of it" above.',
  statusLabelsWaiting: '{file} read: its voices are told by the speakers\' names, not by colour.',
  confusable: '{a} and {b} look alike (colour difference\u00A0{delta}, under\u00A0{threshold}): check which lines are whose before recording.',
  unknown: '{words} in {lines} are {colour}, which is no voice\'s colour, e.g. {first}. Nobody is counted as reading them: check whose they are.',
  struck: '{words} in {paragraphs} are struck through: crossed out, they are left out of every voice\'s lines, e.g. {first}. If any is to be recorded, the script needs the strikethrough removed.',
  highlightNoColour: 'Highlights with no colour of their own: {highlights} on {pages}. Chrome shows them yellow, Firefox black over the text, so nobody is counted as reading that text. Give them a colour in your PDF viewer and save the file.',
  annotationMarks: 'Marks over the text that are not read as colour coding: {marks} on {pages} ({kinds}). Only highlights tell whose lines are whose: if a mark stands for a voice, highlight that text instead.',
  unassignedText: 'text of no voice',
  notRecordedMajority: 'The legend {at} ("{text}") says {colours} {is}: that is {words} of the script\'s {total} ({share}), more than all its voices have ({voiced}). If any of it is to be recorded, check the legend.',
  legendRejected: 'The legend {at} ("{text}") was not used:',
  legendRejectedThen: 'The colours found are shown instead: name the ones that are voices.',
  iAm: 'I am',
  chooseVoice: 'Choose your voice…',
  yourTotal: 'Your lines: {words}, about {time}; the whole script: {total}.',
  yourTotalSpoken: '({spoken} said aloud, at {wpm}\u00A0words a minute.)',
  yourTotalSpokenCharacters: '({spoken} said aloud, at {wpm}\u00A0characters a minute.)',
  yourTotalSpokenSyllables: '({spoken} said aloud: {syllables}\u00A0syllables at {rate} a second, with pauses at commas and full stops.)',
  pickToSeeTotal: 'Choose your voice above to see your words and time.',
  noLinesYet: 'Nothing says yet which colours are read: name the colours above, then choose yours.',
  voicesTable: 'All the voices',
  voice: 'Voice',
  colour: 'Colour',
  // The voices table's second column when some voice is told by its name or a style, not a colour.
  markedBy: 'Marked by',
  lines: 'Lines',
  words: 'Words',
  spokenWords: 'Said aloud',
  share: 'Share',
  time: 'Time',
  total: 'Whole script',
  unassigned: 'Not read (no voice)',
  toRecord: 'To record, all voices: {words}, about {time}.',
  myLines: 'My lines',
  myLinesOf: 'Lines of {voice}',
  search: 'Search my lines',
  searchShown: '{shown}\u00A0of {count}\u00A0lines shown',
  searchShownOne: '{shown}\u00A0of {count}\u00A0line shown',
  where: 'Where',
  cue: 'Cue',
  // Opens the line's cue paragraph (web/app.ts `lineItem`).
  cueBy: 'Cue, {voice}:',
  line: 'Line',
  seconds: 'Time',
  print: 'Print my lines',
  settings: 'Settings',
  pace: 'Speaking pace (words a minute)',
  paceHint: 'Used for every voice, instead of the pace the script or its config gives.',
  pacePreset: 'Pace preset',
  paceCharacters: 'Speaking pace (characters a minute)',
  paceCharactersHint: 'This script is timed in characters a minute, as Chinese and Japanese are read (here {pace} a minute, unless you give another pace): the presets, in words a minute, do not apply.',
  paceFromScript: 'As the script or its config says',
  apply: 'Apply',
  nameColours: 'Name the colours',
  nameColoursHint: 'Give each colour that is a voice the name of whoever reads it; leave the others empty (not read). The names are kept in this browser for scripts named {file}.',
  nameFor: 'Name for {colour}',
  clearNames: 'Forget these names',
  downloads: 'Downloads',
  downloadsHint: 'The same files as the vo-lines command line gives for this script.',
  xlsx: 'Line sheet (Excel, .xlsx)',
  csvMine: 'My lines (CSV)',
  csvAll: 'All voices\' lines (CSV)',
  json: 'Report (JSON)',
  config: 'Config for the command line (vo-lines.config.yaml)',
  compare: 'Compare with another version',
  droppedIgnored: 'Only {file} was read; dropped with it and not read: {files}. The page reads one script at a time: to see what changed between two versions, use "Compare with another version" below.',
  droppedIgnoredConfig: 'Only {file} was read, with {config}; dropped with them and not read: {files}. The page reads one script and one config at a time: to see what changed between two versions, use "Compare with another version" below.',
  compareHint: 'Choose the other version of this script (an earlier proof, a later draft): see what changed for each voice.',
  compareChoose: 'Choose the other version…',
  sections: 'Sections and spots',
  sectionsHint: 'Each section or spot of the script, with the time its voices take against the length it must fit.',
  section: 'Section',
  yourWords: 'Your words',
  yourTime: 'Your time',
  allVoicesTime: 'All voices',
  target: 'Length',
  noTarget: 'no length given',
  within: '✓ {time} of {target}',
  over: '✗ {time} of {target} ({over} over)',
  // A time under half a second that is not nothing (a one-word line; a spot over by a hair): Words.duration, Words.over.
  lessThanASecond: 'less than a second',
  compareDrop: 'Drop the other version here, or',
  otherIs: 'The other version is',
  otherOlder: 'older',
  otherNewer: 'newer',
  compareOldNew: '{old} (before) → {new} (after)',
  // The comparison's warnings (web/warnings.ts 'different-voice-maps'; each version's own, by side).
  voiceMapsDiffer: 'The two versions are not read with the same voices (before: {old}; after: {new}){facts}. To compare them voice for voice, drop this script again with a vo-lines.config.yaml naming its voices (under "Downloads", "{config}" gives one to start from), then compare again: both versions are then read with it.',
  // Every voice of one version found by its name in the other: compared voice for voice already, no config to advise.
  voiceMapsMatched: 'The two versions tell their voices apart differently (before: {old}; after: {new}){facts}. Each voice has the same name in both, so the changes below are compared voice for voice: check that they are the same people.',
  voicesFromLegend: 'from its legend',
  voicesFromColours: 'from its colours',
  voicesFromNames: 'from the names you gave the colours',
  voicesFromLabels: 'from the speakers\' names',
  voicesFromConfig: 'from {config}',
  onlyOldOne: 'only the earlier version has {voices} (its lines shown as given to the later version’s voices where it has them, else as removed)',
  onlyOldMany: 'only the earlier version has {voices} (their lines shown as given to the later version’s voices where it has them, else as removed)',
  onlyNewOne: 'only the later version has {voices} (its lines shown as taken from the earlier version’s voices where it had them, else as added)',
  onlyNewMany: 'only the later version has {voices} (their lines shown as taken from the earlier version’s voices where it had them, else as added)',
  recodedOne: '{voices} has other colours',
  recodedMany: '{voices} have other colours',
  // A voice told by its name or its style in either version (web/warnings.ts 'different-voice-maps').
  recodedMarks: '{voice} is marked differently (before: {old}; after: {new})',
  recodedOtherwiseOne: '{voices} is marked differently',
  recodedOtherwiseMany: '{voices} are marked differently',
  sideBefore: 'Before ({file}):',
  sideAfter: 'After ({file}):',
  noChange: 'no change',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  gained: 'taken from another voice',
  lost: 'given to another voice',
  moved: 'moved',
  wordsDelta: 'words',
  // One line (a count of 1, and the tag of each line of hers): French agrees the word with « réplique ».
  addedOne: 'added',
  removedOne: 'removed',
  changedOne: 'changed',
  gainedOne: 'taken from another voice',
  lostOne: 'given to another voice',
  movedOne: 'moved',
  wordDelta: 'word',
  changesOf: 'Changes to {voice}',
  // Lines of one voice cut into other paragraphs, their words kept: no new words to record.
  regroupJoined: '{old} joined into one line',
  regroupSplit: '{old} split in {n}: now {new}',
  regroupRecut: '{old} cut differently: now {new}',
  editedToo: 'edited too',
  swap: 'Use this as the script',
  printedOn: 'Printed {date}',
  directionsNote: 'Grey italics are directions: not spoken.',
  about: 'About {n}\u00A0min',
  newScript: 'Read another script',
  statusDone: '{file} read: {voices}.',
  statusCompared: '{file} compared with {other}.',
  nVoices: '{n}\u00A0voices',
  oneVoice: '1\u00A0voice',
  pdf: 'PDF',
  docx: 'Word',
  // Warnings the page says in its own words (web/warnings.ts: which details fill which template).
  wPlainText: '{words} in {lines} are plain text with no highlight, e.g. {first}: the legend gives every voice a highlight, so nobody is counted as reading them. If some are to be recorded, highlight them in the script.',
  wMixedWord: 'The word {word} is split across {voices}: its parts are counted in both lines. Recolour the whole word in the script.',
  wLabelOutOfPlace: 'The speaker label {label} ({voice}) stands at the end of {lines} instead of the start, e.g. {first}: the script\u2019s reading order put the label out of place (in a PDF, labels centred beside their text do this), so the lines around it may be counted for the wrong voice. Check those lines in the script before trusting the counts.',
  wSameWords: '{voices} are all {words}',
  wSameWordsTwo: '{voices} are both {words}',
  wAmbiguousSwatch: '{voice}’s swatch {swatch} is about as near to {colours}',
  wLegendsDisagree: 'it says {here}, the legend at {place}, {text}, says {there}: which one is right is not for vo-lines to guess',
  wConflictingEntries: 'it gives {voice} both {given}',
  wNameColourDiffers: '{voice} is written in {written} but given {words} ({given})',
  wOnPage: 'page {page}, ',
  wInHeader: ' (header)',
  wInFooter: ' (footer)',
  wLegendNotRead: '{text} looks like a legend but was not read: the voices are the colours found. If it is the script’s key, drop the script again with a vo-lines.config.yaml naming the voices, or write the key one voice a line ("Narrator = blue").',
  wLegendTitleBlock: 'The legend gives {colour}, the colour of the script’s ordinary text, to {voices}: the {words} above it ({text}), the title block, are counted for nobody. The lines in that colour below it are {voices}’s: check that no title or note among them is counted.',
  wSplitDifferently: 'Same text, split differently in {places} places ({voices}): the same words in the same order are broken into lines differently. Where a PDF’s paragraphs break is read from its layout, so these are not shown as changes; the line counts differ for them.',
  wSplitDifferentlyOne: 'Same text, split differently in one place ({voices}): the same words in the same order are broken into lines differently. Where a PDF’s paragraphs break is read from its layout, so it is not shown as a change; the line counts differ for it.',
  wSameColour: '{voices} are all {colour}',
  wSameColourTwo: '{voices} are both {colour}',
  wSameColourNotRecorded: '{voice} is {colour}, which the legend also says is not recorded',
  wColourNotUsed: 'no text in the script has the colour the legend gives {voices}',
  wAmbiguousColour: '{words} ({voice}) fits {colours} alike',
  wBodyColour: 'no words in the legend give {colour}, the colour of the script\'s ordinary text (titles, notes), to {voices}',
  wBodyColourTable: ' (a colour shown as a picture or a shape cannot be read: shade the cell, or write the colour in words)',
  wOneVoiceTakesAll: '{voice} would have {words} of the script\'s {total} ({share})',
  wLanguageFromText: 'The document marks its text as {declared} ({tag}), but it is written in {written}: it is read as {written}.',
  wCharacterPace: '{language} is written without spaces between words: each character counts as a word (as Word counts it), and the time assumes {pace} characters a minute. For another pace, drop the script here with a vo-lines.config.yaml holding the line "wpm: N" (characters a minute).',
  wCharacterPaceGiven: '{language} is written without spaces between words: each character counts as a word (as Word counts it), and the pace given, {pace} a minute, is taken as characters a minute.',
  wJapaneseSyllables: 'Timing by syllables counts each kanji as one syllable, though most are read as two or more: Japanese times come out short. Time it by characters instead.',
  wLanguageMismatch: 'The document marks its text as {declared} ({tag}), but its words are {guessed}: figures and symbols are counted as they are said in {declared}. If the script is in {guessed}, drop it here with a vo-lines.config.yaml holding the line "language: {code}".',
  wLanguageUnknown: 'The script does not say its language and its text is too short to tell: figures and symbols are counted as they are said in English. If it is in another language, drop it here with a vo-lines.config.yaml holding the line "language:" and the language\'s code (fr, de, es…).',
  wNoSpokenForms: 'vo-lines cannot say figures, symbols and addresses aloud in {language}: they are counted as written (words said aloud = words written, less directions).',
  wScannedPages: 'On {pages} the text is a picture (a scan) under invisible OCR text: those lines were not read, and their colours cannot be. Ask for those pages as text (the Word file, or a PDF saved from it).',
  wPageUnreadable: 'Page\u00A0{page} could not be read and was skipped: its lines are missing from every count.',
  wInvisibleText: 'Invisible text on {pages} (drawn with no ink, as OCR lays it over a scan) was left out: a reader does not see it.',
  wBackgroundUnknown: 'Text on {pages} stands on a background painted by a gradient or pattern whose colour cannot be told (one that changes colour under the text, or is painted through a mask): it is read as on no background ({words}{text}). If that background marks a voice, check those lines by eye.',
  wCoveredText: 'Text on {pages} is painted over by an opaque box or picture (a redaction, a sticker, a cover block, an image laid on it): a reader does not see it, and it was left out ({words}{text}). Check those lines by eye.',
  wHighlightPaintsNothingOne: '{highlights} on {pages} has an appearance that paints nothing: PDF viewers draw that appearance, so most show no highlight there. It is read as no voice\'s: if it stands for a voice, highlight that text again in your PDF viewer, save, and drop the PDF here again.',
  wHighlightPaintsNothing: '{highlights} on {pages} have appearances that paint nothing: PDF viewers draw those appearances, so most show no highlight there. They are read as no voice\'s: if they stand for a voice, highlight that text again in your PDF viewer, save, and drop the PDF here again.',
  wHighlightTransparentOne: '{highlights} on {pages} is fully transparent (opacity 0): some PDF viewers show it, others (Acrobat) show nothing, so it is read as no voice\'s. If it stands for a voice, give it an opacity in your PDF viewer, save, and drop the PDF here again.',
  wHighlightTransparent: '{highlights} on {pages} are fully transparent (opacity 0): some PDF viewers show them, others (Acrobat) show nothing, so they are read as no voice\'s. If they stand for a voice, give them an opacity in your PDF viewer, save, and drop the PDF here again.',
  wGlyphColoursUnknown: 'Text on {pages} is drawn in a font whose letters paint colours of their own (as colour emoji are), several in one stretch: which voice\'s colour a reader sees there cannot be told, so it was read in the text\'s colour ({characters}{text}). Check those lines by eye.',
  wMaskedText: 'Text on {pages} is drawn as a shape that colour is painted through (as gradient titles are): a reader sees it, but its colour cannot be told, so it was left out{text}. Check those lines by eye.',
  wUnmappedGlyphs: '{characters} drawn on {pages} have no text behind them (their font does not say which letters they are, as TeX\'s bitmap fonts do for ligatures such as fi and for dashes): words there read with letters missing{words} and may be miscounted. Ask for a PDF made with other fonts.',
  wRotatedText: 'Rotated or vertical text on {pages} was left out: if any of it is to be recorded, check it by eye.',
  wAsideUnderLabel: '{aside} stands alone under the line {line}: it was read as a direction of that line (not spoken), as a speaker’s cell in a table holds it. If it is a direction of its own, it is no one’s line ({words}).',
  wAsidesUnderLabels: '{asides} directions in brackets stand alone under a speaker’s line ({first}): each was read as a direction of the line above it (not spoken). If one is a direction of its own, it is no one’s line ({words} in all).',
  wAnd: ' and ',
  wNotesLeftOut: 'Left out of the script lines: {notes} ({words}). To count what is read aloud there, add --include {include}.',
  wBindingPair: '{saved} shows as {shown}',
  wBindingEmpty: 'nothing (the data is empty: Word shows a grey prompt)',
  wBindingShownOne: 'A content control is bound to data that Word shows instead of the text saved in it: {shown}. The page reads what Word shows. (A tool filled the data and left the old text in the control: open the file in Word and save it again to make them agree.)',
  wBindingShown: '{controls} content controls are bound to data that Word shows instead of the text saved in them: {shown}. The page reads what Word shows. (A tool filled the data and left the old text in the controls: open the file in Word and save it again to make them agree.)',
  wBindingUnreadOne: 'A content control is bound to data the page cannot read: the text saved in it ({saved}) is read, but Word may show other text there. Check this line in Word.',
  wBindingUnread: '{controls} content controls are bound to data the page cannot read: the text saved in them ({saved}) is read, but Word may show other text there. Check these lines in Word.',
  wWebHiddenOne: '{words} is marked hidden in Web Layout: {text}. Word shows and prints it, LibreOffice hides it (and the PDFs it makes leave it out). It is counted, as Word prints the script; if it is not recorded, delete it or hide it (Font > Hidden).',
  wWebHidden: '{words} are marked hidden in Web Layout: {text}. Word shows and prints them, LibreOffice hides them (and the PDFs it makes leave them out). They are counted, as Word prints the script; if they are not recorded, delete them or hide them (Font > Hidden).',
  wFurnitureAgainstText: 'Left out as a running header or footer ({pages}): {texts}. It repeats from page to page in a size of its own, but stands against the text, not apart from it in the page\'s margin. If it is a heading or a line to record, count it with --include {include}.',
  wFurnitureAgainstTexts: 'Left out as running headers or footers ({pages}): {texts}. They repeat from page to page in a size of their own, but stand against the text, not apart from it in the page\'s margin. If they are headings or lines to record, count them with --include {include}.',
  wHeadingUnassigned: '{headings} ({words}) in {colour}, no voice\'s colour, is counted as nobody\'s line: {first}. If it is read aloud, give that colour to the voice who reads it.',
  wHeadingsUnassigned: '{headings} ({words}) in {colour}, no voice\'s colour, are counted as nobody\'s lines: {first}. If they are read aloud, give that colour to the voice who reads them.',
  wNotesUnreadable: 'The {notes} of this file are damaged and could not be read: any notes there are missing from the counts. Open the file in Word and save it again, or check the notes by eye.',
  wTableShadingUnshown: 'A table has a shading of its own, {colour}, and cells with none: Word and LibreOffice do not show it in those cells, so they are read without it. If it marks a voice, shade the cells themselves.',
  wLabelAfterBreak: '{text} follows a line break in the middle of a sentence, and {label} opens no other line of the script: it is read as part of the line before it, not as a line of a speaker {name}. If {name} says it, start a new paragraph there in the script (Enter, not Shift+Enter).',
  wLabelsAfterBreaks: '{lines} follow a line break in the middle of a sentence and open with a name and a colon that opens no other line of the script ({texts}): each is read as part of the line before it, not as a speaker’s line. If one is, start a new paragraph there in the script (Enter, not Shift+Enter).',
  wLinksInLines: '{links} ({words}) inside a voice’s line were counted for the voice of that line, not by their own colour (Word and LibreOffice show links in blue whatever the colour around them): {quoted}.{unmarked} Check them in the script.',
  wLinkFor: '{text} for {voice}',
  wLinksUnmarkedAll: ' None of them is a link in the file: they were told by their look (the style links are shown in, or an address in a colour links are drawn in).',
  wLinksUnmarkedSome: ' {unmarked} of them are no links in the file: told by their look (the style links are shown in, or an address in a colour links are drawn in).',
  wLegendConfigDiffers: 'The script’s legend does not say what {config} says: {problems}. The config’s voices are used: check its colours against the legend before recording.',
  wLegendConfigNoVoice: 'it gives {colour} to {name}, which {config} gives to no voice',
  wLegendConfigOtherVoice: 'it gives {colour} to {name}, {config} to {voice}, another of the legend’s voices',
  wLegendConfigRecorded: 'it says {colour} is not recorded, {config} gives it to {voice}',
  wLegendConfigPair: '{colour} to {name}',
  wLegendConfigMergedTwo: 'it gives {pairs}, {config} gives both to {voice}',
  wLegendConfigMerged: 'it gives {pairs}, {config} gives all of them to {voice}',
  wLegendUnspokenVoice: '{voice} ({words} in {lines})',
  wLegendUnspokenOne: 'The script’s legend makes {voices} a voice, but every word of it is in brackets, a direction that is not said. If it is not recorded, drop the script here with a vo-lines.config.yaml that gives its colour to no voice.',
  wLegendUnspokenMany: 'The script’s legend makes {voices} voices, but every word of them is in brackets, a direction that is not said. If they are not recorded, drop the script here with a vo-lines.config.yaml that gives their colours to no voice.',
  wLinkAlone: '{words} in {colour} looks like a link, on a line of its own: {first}. {colour} is the colour of links in this script (Word and LibreOffice show links in it whatever the voice around them), not a voice’s: counted for nobody. If it is read aloud, give it the colour of the voice who reads it in the script.',
  wLinksAlone: '{words} in {lines} in {colour} look like links, on lines of their own: {first}. {colour} is the colour of links in this script (Word and LibreOffice show links in it whatever the voice around them), not a voice’s: counted for nobody. If one is read aloud, give it the colour of the voice who reads it in the script.',
  wLineNumbers: 'The numbers down the left margin of {pages} number the script’s lines (line numbering): they were left out, as no one reads them aloud.',
  wTextNotOnPages: 'This file’s pages show only part of the text it holds (text is drawn {shown} on its pages, {ops} in the file). Pages may be missing from its list of pages (the file is damaged, or a tool removed pages and left their text behind): its lines and word counts may be short. Check its page count ({count}) against the original; export the PDF again from the original document, or ask for the Word file.',
  wWideGapAsSpace: 'On {pages}, two words set far apart at the end of a justified line were read as one sentence, the gap a stretched space: {lines}. If the gap separates a name from its line, or two columns, check it by eye.',
  wTocLeftOut: 'Table-of-contents text ({lines}: {first}) is not read as script lines: the headings it lists are read where they stand.',
  wTocNeverEnds: 'A table of contents never ends (its field has no end mark: the file is damaged or was put together by hand): it is taken to end before {where}, the first paragraph that is not a contents entry, and the rest is read as script lines. Check that the table of contents ends there.',
  wTocNeverEndsEmpty: 'an empty paragraph',
  wFieldsNeverEnd: '{fields} ({names}) never end (the file is damaged or was put together by hand): each field\'s code is taken to end with its paragraph, and what follows is read as script lines.',
  wFieldNeverEnds: 'A field ({names}) never ends (the file is damaged or was put together by hand): its code is taken to end with its paragraph, and what follows is read as script lines.',
  wFieldsNeverEndCode: 'Not read, as field code: {code}.',
  wFieldsStuck: 'More fields never end, and the reading could not get past them: text after them may be missing. Open the file in Word, save it again and check it.',
  wPlaceholderLeftOut: 'Placeholder text of {controls} ({first}) is not read as script lines: Word shows it as a grey prompt to type over. If it is script text, type it again in Word.',
  wAltChunkUnread: 'The document holds {chunks} (HTML or another document that Word merges in when it opens the file), which cannot be read here: that text is missing from every count. Open the file in Word, save it as a new .docx and drop that file here.',
  wThemeColourMismatch: 'Text in the theme colour "{theme}" keeps {cached} as its colour, but the theme gives {colour}: it is read as {colour}, as Word shows it (LibreOffice shows {cached}).',
  wThemeFillMismatch: 'A shading in the theme colour "{theme}" keeps {cached} as its colour, but the theme gives {colour}: it is read as {colour}, as Word shows it (LibreOffice shows {cached}).',
  wStyleHighlightIgnored: 'The character style "{style}" sets a highlight ("{highlight}") that neither Word nor LibreOffice shows: its text is read without it. If the highlight marks a voice, apply it to the text itself.',
  wAltChunkStyles: 'Text imported from a Word document ({part}) is read in this script\'s styles of the same names, as Word shows imported content: {read}; its own styles would give {other}. Check the colour of these lines in Word.',
  wAltChunkOwnStyles: 'Text imported from a Word document ({part}) keeps its own styles and is read so: {read}; in this script\'s styles of the same names it would be {other}. Check the colour of these lines in Word.',
  wLookOn: '{colour} on {background}',
  wShapeTextColour: 'Text in a Word shape, with no colour of its own, takes {shape} from the shape\'s style, not the {style} its paragraph or character style gives: LibreOffice shows it so, and it is read as {shape}. Check the colour of these lines in Word.',
  wTextFillDiffers: 'Text with a Word text effect fill shows {colour} in Word, but its font colour {font} in LibreOffice and older readers: it is read as {colour}, as Word shows it.',
  wTextFillGradient: 'Text filled with a gradient (a Word text effect) has no one colour in Word; LibreOffice and older readers show its font colour {font}, which is read. Check the colour of its lines.',
  wHighlightUnknown: 'Text is highlighted with "{highlight}", which is not one of Word\'s highlight colours: LibreOffice shows no highlight, and the text is read without one. If the highlight marks a voice, set it again in Word.',
  wColourValueOdd: 'Text has the colour value "{value}", which is not a colour as Word writes them (six hex digits): programs show it differently, and it is read as {colour}. Check the colour of these lines.',
  wShadingAuto: 'A "{shading}" shading with an automatic pattern colour shows {colour} in Word and LibreOffice{fill}: it is read as {colour}, as Word shows it. (A "clear" shading shows its fill everywhere.)',
  wShadingNoPattern: 'A "{shading}" shading with no pattern colour shows {colour} in Word but {other} in LibreOffice{fill}: it is read as {colour}, as Word shows it. (A "clear" shading shows its fill everywhere.)',
  wShadingFillUnseen: '; neither shows the fill {fill} it names',
  wUnknownSection: 'The config sets a length of {time} for the section "{section}", but no section of the script has that title ({known}).',
  wUnknownSectionList: 'its sections: {sections}',
  wUnknownSectionNone: 'the script has no sections',
  wTrackedChangesShown: 'On {pages}, tracked changes are shown, as Word or LibreOffice print them with the markup on.{colours}{deleted} Accept or reject the changes before making the PDF, or use the Word file.',
  wLabelNotCounted: 'The speaker’s name opening {lines} in a voice’s colour ({names}) is not counted as a word said: the colour already says who speaks ({words} left out; the line shows it as written). If the name is read aloud, type it without its colon in the script.',
  wLabelsNotCounted: 'Speakers’ names opening {lines} in a voice’s colour ({names}) are not counted as words said: the colour already says who speaks ({words} left out; the lines show them as written). If a name is read aloud, type it without its colon in the script.',
  wLabelsNotCountedShared: 'Speakers’ names opening {lines} in a voice’s colour ({names}) are not counted as words said: a name before its colon is not read aloud ({words} left out; the lines show them as written). If a name is read aloud, type it without its colon in the script.',
  wBackgroundUnderColours: '{background} lies under text of several colours ({colours}), and {apart} in colours also used off it: whether it marks a voice of its own or lies under several voices’ lines (a shaded table or box, marks over lines) cannot be told from the page. Its lines are counted as one voice. If the voices are told by their text colour, drop the script again with a vo-lines.config.yaml naming them by their colours (under "Downloads", "{config}" gives one to start from).',
  wBackgroundApartAll: 'all its {words} are',
  wBackgroundApartSome: '{n} of its {words} are',
  wColourWords: '{colour}: {words}',
  wSpeakersShareVoice: '"{voice}" holds the lines of {n} speakers, by the names opening them ({speakers}): its lines, words and time are theirs together, and its booth script holds them all. If they are different people, give each a voice by its label in the config ({config}).',
  wMoreNames: '{n} more',
  wEmphasisCoded: 'The lines of {voice} may be two voices told apart by {kind}: {emphasised} ({ewords}) are wholly {inKind}, starting with {efirst}, and {plain} ({pwords}) {notKind}, starting with {pfirst}, in turn. vo-lines reads colours only and counts them as one voice: count the lines by hand, or give each voice its own colour in the script.',
  wEmItalics: 'italics',
  wEmBold: 'bold',
  wEmFont: 'a font',
  wEmInItalics: 'in italics',
  wEmInBold: 'in bold',
  wEmInFont: 'in {font}',
  wEmNot: 'are not',
  wEmAreInFont: 'are in {font}',
  wOneMore: ' and 1 more',
  wMore: ' and {n} more',
  wTrackedMoves: '{moves} (its text counted where it now stands)',
  wTrackedChangesCounted: 'The script holds {changes} (Word’s Track Changes: {kinds}{where}): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.',
  wTrackedChangesFormatting: 'The script holds {changes} (Word’s Track Changes: {kinds}{where}): they are counted as accepted, the inserted text counted, the formatting as changed (a line whose colour changed is counted for its new voice) and the deleted text left out. Accept or reject them in Word before the session.',
  wTrackedColourOne: ' of a colour or style',
  wTrackedColoursAll: ' of colours or styles',
  wTrackedColoursSome: ' ({n} of a colour or style)',
  wTrackedAt: 'at {at}',
  wTrackedFirstAt: 'first at {at}, also {also}',
  wEquationOne: 'An equation{quoted}{at} is counted as it is written, with the colour of its text: a narrator says it in words ("x equals five"), so the spoken word count of its line is approximate. Check it by eye.',
  wEquations: '{equations} equations{quoted}{at} are counted as they are written, with the colour of their text: a narrator says them in words ("x equals five"), so the spoken word count of their lines is approximate. Check them by eye.',
  wEquationsAt: ' at {at}',
  wSubdocumentOne: '{subdocuments}{files} is not in this file: it is a master document, and the subdocument\'s lines are not counted. Open it in Word, expand its subdocuments (View, Outline, Show Document, Expand Subdocuments), save it as one file and drop that one here, or drop each subdocument on its own.',
  wSubdocuments: '{subdocuments}{files} are not in this file: it is a master document, and their lines are not counted. Open it in Word, expand its subdocuments (View, Outline, Show Document, Expand Subdocuments), save it as one file and drop that one here, or drop each subdocument on its own.',
  wTextFillNoneOne: '{words} has a Word text effect of no fill and no outline, which Word does not show: {text}. It is left out, as Word shows the script (LibreOffice shows it in {colour}). If it is to be recorded, give it a fill in Word (Font, Text Effects, Text Fill).',
  wTextFillNone: '{words} have a Word text effect of no fill and no outline, which Word does not show: {text}. They are left out, as Word shows the script (LibreOffice shows them in {colour}). If they are to be recorded, give them a fill in Word (Font, Text Effects, Text Fill).',
  wTextUnseenOne: '{words} in {paragraphs} is in the colour of what it stands on ({how}): a reader does not see it{picture}, so it is in no voice\'s lines and in no count: {text}. If it is to be recorded, give it a colour a reader sees.',
  wTextUnseen: '{words} in {paragraphs} are in the colour of what they stand on ({how}): a reader does not see them{picture}, so they are in no voice\'s lines and in no count: {text}. If they are to be recorded, give them a colour a reader sees.',
  wUnseenOnPage: '{colour} on the page',
  wUnseenOn: '{colour} on {on}',
  wUnseenPictureOne: ' (unless it stands on a picture, which vo-lines does not see)',
  wUnseenPicture: ' (unless they stand on a picture, which vo-lines does not see)',
  wTrackedChanges: 'The script holds tracked changes (Word’s Track Changes): they are counted as accepted, the inserted text counted and the deleted text left out. Accept or reject them in Word before the session.',
  wHeadingInVoice: '{headings} ({words}) in {voice}’s colour ({colour}) is counted as {voice}’s line: {first}. A heading’s colour may come from its heading style rather than from the voice coding, and vo-lines cannot tell which. If it is a title, not read aloud, give it a colour in the script that is no voice’s; if {voice} reads it, nothing to do.',
  wHeadingsInVoice: '{headings} ({words}) in {voice}’s colour ({colour}) are counted as {voice}’s lines: {first}. A heading’s colour may come from its heading style rather than from the voice coding, and vo-lines cannot tell which. If they are titles, not read aloud, give them a colour in the script that is no voice’s; if {voice} reads them, nothing to do.',
  wTrackedColour: ' {colours} is a reviewer’s colour, not a voice: words inserted in it are counted for the voice of the text around them.',
  wTrackedColours: ' {colours} are reviewers’ colours, not voices: words inserted in them are counted for the voice of the text around them.',
  wTrackedWhole: ' {words} in {paragraphs} are counted as nobody’s: the PDF does not say whose voice says them.',
  wTrackedDeleted: ' The deleted text ({words}) was left out, as if the changes were accepted.',
  wTrackedBoundary: 'Inserted by a tracked change exactly between two voices’ text ({before}, then {after}), as a sentence of its own: {text} ({words}). The PDF cannot say whose words they are: they are counted for {before}, but they may be {after}’s. Accept the changes before making the PDF, or use the Word file.',
  wTrackedBoundaryStop: 'Inserted by a tracked change exactly between two voices’ text ({before}, then {after}), after {stop}, whose full stop may or may not end a sentence: {text} ({words}). The PDF cannot say whose words they are: they are counted for {before}, but they may be {after}’s. Accept the changes before making the PDF, or use the Word file.',
  wTrackedBoundaryMore: 'Also exactly between two voices’ text, as sentences of their own: {insertions} ({words}), each counted for the voice before it. Check them in the script too.',
  wSentenceSplitStart: '{text} ({words}), in the colour of {voice}, opens a sentence of {around} ({sentence}) with no sentence end between them: counted for {voice}, as its colour says, but one sentence is seldom said by two voices. Check whose words they are in the script.',
  wSentenceSplitEnd: '{text} ({words}), in the colour of {voice}, ends a sentence of {around} ({sentence}) with no sentence end between them: counted for {voice}, as its colour says, but one sentence is seldom said by two voices. Check whose words they are in the script.',
  wSentenceSplitMiddle: '{text} ({words}), in the colour of {voice}, stands inside a sentence of {around} ({sentence}) with no sentence end between them: counted for {voice}, as its colour says, but one sentence is seldom said by two voices. Check whose words they are in the script.',
  wConfigVoicesUnused: 'None of the voices of {config} ({voices}) has a line in this script: is it this script\'s config? All {words} of the script are counted as nobody\'s. Check its colours against the script, or drop the script without it: its own legend or its colours are read then.',
  wEmptyVoiceOne: '{voice} has no line in this script: {config} gives it {told}, and no text has it. Check {config} against the script, or take {voice} out of it if that voice does not speak here.',
  wEmptyVoice: '{voice} has no line in this script: {config} gives it {told}, and no text has any of them. Check {config} against the script, or take {voice} out of it if that voice does not speak here.',
  wEmptyVoiceStyle: 'the style {style}',
  wInsideSentence: 'Inside a sentence of {around} ({sentence}), {text} ({words}) is in the colour of {voice}: it is counted for {voice}, as its colour says, but a word or two in another colour mid-sentence is often emphasis. Check whose words they are in the script.',
  wInsideSentenceNone: 'Inside a sentence of {around} ({sentence}), {text} ({words}) is in no voice’s colour: it is counted for nobody, but a word or two in another colour mid-sentence is often emphasis. Check whose words they are in the script.',
  wInsideSentenceMore: 'Also in another voice’s colour inside a sentence: {stretches} of a few words ({words}), each counted by its colour. Check them in the script too.',
  wLabelContinued: 'Counted for {voice}, as going on from {voice}’s line above: {paragraphs} with no speaker’s name ({words}), {texts}. If someone else says them, write that speaker’s name before each in the script.',
  wUnlabelledSpeech: 'Read as speech but with no speaker’s name, {why}: {paragraphs} ({words}), {texts}. Counted for nobody; if they are to be recorded, write the speaker’s name before each in the script.',
  wUnlabelledLook: 'in another colour than {after}’s line above',
  wUnlabelledTabbed: 'under {after}’s line, whose name stands in a column of its own, left empty here: they may be {after}’s, a direction or another speaker’s',
  wUnlabelledOff: 'under {after}’s line, left for nobody because the config says continueLabels: false',
  wUnlabelledNoSpeaker: 'with no speaker’s line right above (a heading or a title stands between)',
  wUnlabelledNoEnd: 'with no end punctuation, so perhaps a title or a direction',
  wAvTable: 'Table\u00A0{table}',
  wAvTables: 'Tables {tables}',
  wAvHeaders: 'The text under headers on lines of their own (a table with no borders, as a PDF shows it)',
  wAvPicture: '{what}, in the form of an AV script ({layout}): only {heard} is read aloud. {notHeard}: what is seen, not what is said; with the header row ({words}), counted for nobody.',
  wAvOthers: ' Other columns ({others}) are read as usual.',
  wAvKept: ' But {kept} there stand out in the colour of {voices}: counted as that colour says. Check them: a line in a row merged across the columns is read aloud; text shown on screen most often is not.',
  wAvLeftOut: ' {words} there are typed in the colour of {voices}, in {rows} whose audio column holds the line: taken as text shown on screen, counted for nobody and left out of the booth script. If the voice reads them too, move them into the audio column.',
  wAvKeptAlso: ' And {kept} there stand out in the colour of {voices}: counted as that colour says. Check them: a line in a row merged across the columns is read aloud; text shown on screen most often is not.',
  wAvAdvice: ' If a column is read aloud after all, give it a header such as AUDIO or VO in the script.',
  wAvGoesOn: ' At the top of {pages}, the table goes on with no header row (as many columns, at the same places): read the same.',
  wAvSplit: ' Table\u00A0{tables} has no header row of its own but comes right after the AV table before it with the same columns (as many, as wide: a table split in two): read the same.',
  wAvSplits: ' Tables {tables} have no header row of their own but come right after the AV table before them with the same columns (as many, as wide: a table split in two): read the same.',
  wAvEnds: ' At the top of {pages}, a row of other headers ({header}) opens another table: read as it is from there.',
  wAvDoubt: ' The table right after it, with as many columns and no header row (Table\u00A0{tables}), is read as it is, every column counted. If it goes on with the AV table, give it the same header row, or join the tables.',
  wAvDoubts: ' The tables right after it, with as many columns and no header row (Tables {tables}), are read as they are, every column counted. If they go on with the AV table, give them the same header row, or join the tables.',
  wCommentBalloons: 'The markup pane beside the text on {pages} holds {balloons} ({text}), as Word prints comments: no script text, left out.',
  wTabOrColumns: 'On {pages}, text set apart by a wide gap (as a tab sets a speaker\'s label apart) was read as one line, then the line under it: {lines}. If the page sets them as two columns of a table, the words are all there but read in another order: check those lines by eye.',
  wTabOrColumnsLine: '{parts}, then {next}',
  wSectionLengthsDiffer: 'The section "{section}" gives two lengths ({lengths}): it is timed against the first, {first}. If that is not the length to record, ask which is, and set it in a config (sections).',
} as const;

export type Key = keyof typeof EN;

/** Every sentence key of the page (tests/web-typography.test.ts sets each French one). */
export const KEYS = Object.keys(EN) as Key[];

const FR: Record<Key, string> = {
  title: 'vo-lines — quelles répliques sont les miennes ?',
  tagline: 'Déposez un script de voix off codé par couleurs (Word .docx ou PDF) : voyez qui lit quoi, vos mots et votre temps d’enregistrement.',
  privacy: 'Votre script ne quitte jamais cet ordinateur : il est lu ici, dans votre navigateur. Rien n’est envoyé.',
  language: 'Langue',
  dropTitle: 'Votre script',
  dropHint: 'Déposez ici un .docx ou un .pdf (et son vo-lines.config.yaml si vous en avez un), ou',
  choose: 'Choisir un script…',
  reading: 'Lecture de {file}…',
  readingPage: 'Lecture de {file} : page\u00A0{n} sur {total}',
  readingBytes: 'Lecture de {file} : {percent}',
  working: 'Attribution des voix et décompte…',
  errorLead: 'Ce fichier ne peut pas être lu :',
  unsupported: '{file} n’est pas un fichier DOCX ou PDF : vo-lines lit les scripts .docx et .pdf.',
  configAlone: '{file} est une config : déposez-la avec son script (ou le script d’abord, puis elle).',
  timeout: 'La lecture de {file} a dépassé {seconds}\u00A0s et a été arrêtée : le fichier est abîmé ou bien plus gros qu’un script.',
  errEncryptedDocx: '{file} est protégé par un mot de passe : ouvrez-le dans Word, retirez le mot de passe (Fichier > Informations > Protéger le document) et enregistrez-le, ou demandez-en une copie sans mot de passe.',
  errEncryptedPdf: '{file} est protégé par un mot de passe, et cette page ne peut pas ouvrir les PDF protégés : demandez-en une copie sans mot de passe, ou ouvrez-le avec son mot de passe, imprimez-le dans un nouveau PDF (Imprimer, puis Enregistrer au format PDF) et déposez ici ce nouveau PDF.',
  errLegacyDoc: '{file} est un ancien document Word (.doc) : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.',
  errRtf: '{file} est un fichier RTF : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx (Document Word) et déposez ici ce fichier.',
  errLockFile: '{file} n’est pas un script mais le petit fichier que Word garde à côté d’un document ouvert (il ne contient que le nom de qui l’a ouvert) : déposez le document lui-même, dont le nom ne commence pas par ~$.',
  errLfsPointer: '{file} n’est pas le script mais un pointeur Git LFS vers lui (quelques lignes de texte qu’un dépôt garde à la place du fichier) : téléchargez le fichier lui-même (sur la page web du dépôt, son bouton « Download ») et déposez-le ici.',
  errEmpty: '{file} est vide (0\u00A0octet) : il ne contient aucun script. Demandez-en une nouvelle copie.',
  errNotADocx: '{file} est un fichier zip ou Office, mais pas un document Word : vo-lines lit les scripts .docx et .pdf. Vérifiez que c’est bien le script, et non un tableur ou une présentation.',
  errCorruptDocx: '{file} est abîmé : ouvrez-le dans Word et enregistrez-le de nouveau, ou demandez-en une nouvelle copie.',
  errCorruptPdf: '{file} est abîmé ou incomplet : demandez-en une nouvelle copie, ou exportez de nouveau le PDF depuis le document d’origine.',
  errUnsafeXml: '{file} contient ce que Word n’écrit jamais (une déclaration DOCTYPE XML) et est refusé par prudence : demandez à qui vous l’a envoyé une nouvelle copie enregistrée depuis Word.',
  errTooLarge: '{file} est refusé : une fois décompressé, il serait bien plus gros que n’importe quel script. Il est peut-être abîmé, ou fait pour saturer la lecture : demandez-en une nouvelle copie.',
  errOverLimit: '{file} dépasse une des limites de vo-lines : il est abîmé ou ce n’est pas un script. Si c’est bien un script, ouvrez-le et enregistrez-le de nouveau, ou coupez-le en plusieurs fichiers.',
  errNoTextDocx: '{file} n’a aucun texte dans le corps du document : est-ce le bon fichier ? (Les en-têtes, pieds de page et notes ne sont pas lus comme des répliques.)',
  errNoTextPdf: '{file} n’a aucun texte à lire : c’est sans doute un scan (des images des pages), qui n’a ni les mots ni les couleurs que lit vo-lines. Demandez le script lui-même : le fichier Word, ou un PDF enregistré depuis Word.',
  errNoTextPdfBlank: '{file} n’a aucun texte à lire : rien sur ses pages n’est tracé en lettres (des pages blanches, ou du texte changé en formes). Est-ce le bon fichier ? Si oui, demandez le script lui-même : le fichier Word, ou un PDF enregistré depuis Word.',
  errBadConfig: '{config} ne peut pas servir : quelque chose n’y va pas (le détail ci-dessous dit quoi). Corrigez-le, ou déposez le script sans lui.',
  errConfigSyntax: '{config} ne peut pas servir : il est mal écrit à la ligne\u00A0{line}, colonne\u00A0{column} (souvent un guillemet, un crochet ou un deux-points qui manque, ou une ligne trop ou pas assez en retrait). Corrigez-le à cet endroit, ou déposez le script sans lui.',
  errConfigUnknownField: '{config} ne peut pas servir : vo-lines n’a pas de réglage « {field} » (un nom mal orthographié ?). Corrigez-le ou retirez-le, ou déposez le script sans lui.',
  errConfigUnknownPace: '{config} ne peut pas servir : vo-lines ne connaît pas le rythme « {pace} » (réglage « {field} ») : écrivez {known}, ou un nombre de mots par minute. Corrigez-le, ou déposez le script sans lui.',
  errConfigUnknownVoice: '{config} ne peut pas servir : sa partie « {section} » nomme une voix « {voice} » qui n’est pas l’une de ses voix. Écrivez le nom tel qu’il est sous « voices », ou déposez le script sans lui.',
  errUnexpected: '{file} n’a pas pu être lu à cause d’une erreur imprévue de vo-lines (le fichier n’y est pas forcément pour quelque chose) : signalez-la, avec le fichier si vous le pouvez.',
  errWorkerFailed: 'La lecture de {file} s’est arrêtée net : le navigateur a peut-être manqué de mémoire, ou le fichier est peut-être abîmé. Rechargez la page et déposez-le de nouveau ; si cela se reproduit, demandez-en une nouvelle copie.',
  errorDetail: 'Détail :',
  whoIsWho: 'Qui lit quoi',
  fromLegend: 'Voix lues dans la légende {at} :',
  storyHeader: 'en-tête de page',
  storyFooter: 'pied de page',
  storyTextbox: 'zone de texte',
  storyFootnote: 'note de bas de page',
  storyEndnote: 'note de fin',
  storyComment: 'commentaire',
  cellAt: 'tableau\u00A0{table}, ligne\u00A0{row}, col.\u00A0{column}',
  pageAt: 'p.\u00A0{page}',
  legendAt: 'au {location}',
  legendAtPage: 'à la {page}, {location}',
  nameLinesNoneRecurs: 'Des lignes en capitales sont seules au-dessus de paragraphes ({names}), comme les noms des personnages dans un scénario, mais aucune ne revient : elles sont prises pour des titres, pas pour des personnages, et aucune voix n’est proposée par nom.',
  nameLinesOneRecurs: 'Des lignes en capitales sont seules au-dessus de paragraphes ({names}), comme les noms des personnages dans un scénario, mais une seule revient, et un seul personnage ne fait pas une distribution : aucune voix n’est proposée par nom.',
  nameLinesTooFew: 'Des lignes en capitales sont seules au-dessus de paragraphes ({names}), comme les noms des personnages dans un scénario, mais elles sont au-dessus de trop peu des paragraphes du script pour dire qui lit le reste : aucune voix n’est proposée par nom.',
  nameLinesThen: 'Si ce sont des personnages, déposez de nouveau le script avec un vo-lines.config.yaml qui les nomme, par ex. {example}.',
  fromConfig: 'Voix lues dans {config}.',
  fromNames: 'Voix d’après les noms que vous avez donnés aux couleurs.',
  fromNamesEarlier: 'Voix d’après les noms que vous avez donnés aux couleurs auparavant, dans ce navigateur, pour un script nommé {file} : vérifiez que ce sont bien ceux de ce script.',
  namesNewColours: 'Couleurs absentes quand vous les avez nommées (une autre version, ou un autre script de ce nom) : {colours}. Elles ne sont à aucune voix tant que vous ne les nommez pas ci-dessous, ou laissez-les vides pour dire qu’elles ne sont pas lues.',
  fromLabels: 'Voix d’après les noms qui ouvrent les répliques (le script n’a pas de code couleur) : le texte sans nom (titres, indications) n’est à personne. Vérifiez-les dans le script.',
  labelOf: '« {label} : » en début de réplique',
  labelsFound: 'Ce script n’a pas de code couleur, mais ses répliques commencent par le nom de qui parle : {names}.',
  fromNameLines: 'Voix d’après les noms seuls sur leur ligne au-dessus des répliques (le script n’a pas de code couleur) : le reste (titres, intitulés de scène, action, indications entre parenthèses) n’est à personne. Vérifiez-les dans le script.',
  labelOnLine: '« {label} » seul sur sa ligne, au-dessus des répliques',
  nameLinesFound: 'Ce script n’a pas de code couleur, mais le nom de chaque personnage est seul sur sa ligne, au-dessus de ses répliques : {names}.',
  noDoubtsNameLines: 'Rien à vérifier : les répliques de chaque voix sont sous son nom.',
  noDoubtsNames: 'Rien à vérifier : les répliques de chaque voix sont trouvées par son nom.',
  useLabels: 'Prendre ces noms comme voix',
  useColours: 'Revenir aux couleurs',
  styleOf: 'style « {style} »',
  fromColours: 'Ce script n’a pas de légende fiable : chaque couleur trouvée est montrée ci-dessous. Nommez les couleurs qui sont des voix (sous « Nommer les couleurs ») pour obtenir vos répliques.',
  notRecorded: 'Non enregistré :',
  legendNotRecordedNone: 'rien n’est marqué comme non enregistré',
  textColour: 'texte',
  backgroundColour: 'surlignage ou trame',
  doubts: 'À vérifier avant d’enregistrer',
  noDoubts: 'Aucun doute sur les couleurs : la couleur de chaque voix se distingue nettement des autres.',
  noDoubtsOneVoice: 'Aucun doute sur les couleurs : la couleur de {voice} se distingue nettement du reste du texte.',
  noDoubtsOneVoiceHeadings: 'Aucun doute sur les couleurs : la couleur de {voice} se distingue nettement du reste du texte, titres à part.',
  noDoubtsAllHers: 'Aucun doute sur les couleurs : tout le texte est à {voice}.',
  noDoubtsLabels: 'Rien à vérifier : les répliques de chaque voix commencent par son nom.',
  noDoubtsOneColour: 'Rien à vérifier sur les couleurs : tout le texte est d’une seule couleur.',
  noDoubtsStyles: 'Rien à vérifier : les répliques de chaque voix sont trouvées par son style.',
  noDoubtsNamesStyles: 'Rien à vérifier : les répliques de chaque voix sont trouvées par son nom ou son style.',
  oneColourEmphasis: 'Tout le script est d’une seule couleur ({colour}), mais ses répliques sont peut-être distinguées par l’italique, le gras ou la police (voir l’avertissement plus bas), que vo-lines ne lit pas. Si vous le lisez en entier, c’est {words}, environ {time}. Sinon, comptez vos répliques à la main, ou demandez à qui vous l’a envoyé un script codé par couleur.',
  oneColour: 'Tout le script est d’une seule couleur ({colour}) : rien n’y distingue une voix d’une autre. Si vous le lisez en entier, c’est {words}, environ {time}. Sinon, demandez à qui vous l’a envoyé quelles répliques sont les vôtres, ou un script codé par couleur (ou un vo-lines.config.yaml qui nomme les voix, à déposer avec lui).',
  oneColourHeadingsAside: '{colour}, titres à part',
  readAll: 'Je lis tout ({colour})',
  oneColourPick: 'Rien dans ce script ne dit quelles répliques sont les vôtres. Si vous le lisez en entier, choisissez « Je lis tout » ci-dessus.',
  statusOneColour: '{file} lu : tout d’une seule couleur, rien n’y distingue les voix.',
  statusOneColourEmphasis: '{file} lu : tout d’une seule couleur\u202F; ses voix sont peut-être distinguées par l’italique, le gras ou la police, que vo-lines ne lit pas.',
  labelsWaiting: 'Les voix de ce script se distinguent par les noms de qui parle, pas par la couleur : appuyez sur « {use} » ci-dessus pour voir qui lit quoi.',
  labelsPick: 'Rien n’indique encore quelles répliques sont les vôtres : appuyez sur « {use} » ci-dessus, puis choisissez votre nom.',
  readAllNamesCounted: 'Ces chiffres comptent les noms de qui parle, qui ne se disent pas : lues d’après les noms (« {use} »), toutes les voix font {words}, environ {time}.',
  labelsPickOrAll: 'Rien n’indique encore quelles répliques sont les vôtres : appuyez sur « {use} » ci-dessus, puis choisissez votre nom. Si vous le lisez en entier, choisissez « Je lis tout » ci-dessus.',
  statusLabelsWaiting: '{file} lu : ses voix se distinguent par les noms de qui parle, pas par la couleur.',
  confusable: '{a} et {b} se ressemblent (écart de couleur\u00A0{delta}, sous\u00A0{threshold}) : vérifiez qui lit quoi avant d’enregistrer.',
  unknown: '{words} dans {lines} sont en {colour}, qui n’est la couleur d’aucune voix, par ex. {first}. Personne n’est compté pour les lire : vérifiez à qui ils reviennent.',
  struck: '{words} dans {paragraphs} sont barrés : rayés, ils ne comptent dans les répliques d’aucune voix, par ex. {first}. S’il faut en enregistrer, il faut retirer le barré dans le script.',
  highlightNoColour: 'Surlignages sans couleur propre : {highlights} ({pages}). Chrome les affiche en jaune, Firefox en noir par-dessus le texte : personne n’est compté pour lire ce texte. Donnez-leur une couleur dans votre lecteur PDF et enregistrez le fichier.',
  annotationMarks: 'Marques sur le texte qui ne sont pas lues comme code couleur : {marks} ({pages} ; {kinds}). Seuls les surlignages disent qui lit quoi : si une marque désigne une voix, surlignez plutôt ce texte.',
  unassignedText: 'texte sans voix',
  notRecordedMajority: 'La légende {at}, « {text} », dit que {colours} {is} : cela fait {words} sur les {total} du script ({share}), plus que toutes ses voix ensemble ({voiced}). S’il faut en enregistrer une partie, vérifiez la légende.',
  legendRejected: 'La légende {at}, « {text} », n’a pas été utilisée :',
  legendRejectedThen: 'Les couleurs trouvées sont montrées à la place : nommez celles qui sont des voix.',
  iAm: 'Je suis',
  chooseVoice: 'Choisissez votre voix…',
  yourTotal: 'Vos répliques : {words}, environ {time} ; le script entier : {total}.',
  yourTotalSpoken: '({spoken} prononcés, à {wpm}\u00A0mots par minute.)',
  yourTotalSpokenCharacters: '({spoken} prononcés, à {wpm}\u00A0caractères par minute.)',
  yourTotalSpokenSyllables: '({spoken} prononcés : {syllables}\u00A0syllabes à {rate} par seconde, avec des pauses aux virgules et aux points.)',
  pickToSeeTotal: 'Choisissez votre voix ci-dessus pour voir vos mots et votre temps.',
  noLinesYet: 'Rien n’indique encore quelles couleurs sont lues : nommez les couleurs ci-dessus, puis choisissez la vôtre.',
  voicesTable: 'Toutes les voix',
  voice: 'Voix',
  colour: 'Couleur',
  markedBy: 'Repère',
  lines: 'Répliques',
  words: 'Mots',
  spokenWords: 'Prononcés',
  share: 'Part',
  time: 'Durée',
  total: 'Script entier',
  unassigned: 'Non lu (sans voix)',
  toRecord: 'À enregistrer, toutes voix : {words}, environ {time}.',
  myLines: 'Mes répliques',
  myLinesOf: 'Répliques de {voice}',
  search: 'Chercher dans mes répliques',
  searchShown: '{shown}\u00A0répliques sur {count}\u00A0affichées',
  searchShownOne: '{shown}\u00A0réplique sur {count}\u00A0affichée',
  where: 'Où',
  cue: 'Réplique d’avant',
  cueBy: 'Avant, {voice} :',
  line: 'Réplique',
  seconds: 'Durée',
  print: 'Imprimer mes répliques',
  settings: 'Réglages',
  pace: 'Débit (mots par minute)',
  paceHint: 'Pour toutes les voix, à la place du rythme que donnent le script ou sa config.',
  pacePreset: 'Débit type',
  paceCharacters: 'Débit (caractères par minute)',
  paceCharactersHint: 'Ce script est minuté en caractères par minute, comme se lisent le chinois et le japonais (ici {pace} par minute, sauf si vous donnez un autre débit) : les débits types, en mots par minute, ne s’appliquent pas.',
  paceFromScript: 'Celui du script ou de sa config',
  apply: 'Appliquer',
  nameColours: 'Nommer les couleurs',
  nameColoursHint: 'Donnez à chaque couleur qui est une voix le nom de qui la lit ; laissez les autres vides (non lues). Les noms sont gardés dans ce navigateur pour les scripts nommés {file}.',
  nameFor: 'Nom pour {colour}',
  clearNames: 'Oublier ces noms',
  downloads: 'Téléchargements',
  downloadsHint: 'Les mêmes fichiers que donne la ligne de commande vo-lines pour ce script.',
  xlsx: 'Feuille des répliques (Excel, .xlsx)',
  csvMine: 'Mes répliques (CSV)',
  csvAll: 'Les répliques de toutes les voix (CSV)',
  json: 'Rapport (JSON)',
  config: 'Config pour la ligne de commande (vo-lines.config.yaml)',
  compare: 'Comparer avec une autre version',
  droppedIgnored: 'Seul {file} a été lu ; déposé avec lui et non lu : {files}. La page lit un script à la fois : pour voir ce qui a changé entre deux versions, utilisez « Comparer avec une autre version » plus bas.',
  droppedIgnoredConfig: 'Seul {file} a été lu, avec {config} ; déposé avec eux et non lu : {files}. La page lit un script et une config à la fois : pour voir ce qui a changé entre deux versions, utilisez « Comparer avec une autre version » plus bas.',
  compareHint: 'Choisissez l’autre version de ce script (une épreuve antérieure, une version plus récente) : voyez ce qui a changé pour chaque voix.',
  compareChoose: 'Choisir l’autre version…',
  sections: 'Sections et spots',
  sectionsHint: 'Chaque section ou spot du script, avec le temps que prennent ses voix face à la durée à tenir.',
  section: 'Section',
  yourWords: 'Vos mots',
  yourTime: 'Votre temps',
  allVoicesTime: 'Toutes les voix',
  target: 'Durée à tenir',
  noTarget: 'pas de durée donnée',
  within: '✓ {time} sur {target}',
  over: '✗ {time} sur {target} ({over} de trop)',
  lessThanASecond: 'moins d’une seconde',
  compareDrop: 'Déposez l’autre version ici, ou',
  otherIs: 'L’autre version est',
  otherOlder: 'plus ancienne',
  otherNewer: 'plus récente',
  compareOldNew: '{old} (avant) → {new} (après)',
  voiceMapsDiffer: 'Les deux versions ne sont pas lues avec les mêmes voix (avant : {old} ; après : {new}){facts}. Pour les comparer voix par voix, déposez de nouveau ce script avec un vo-lines.config.yaml qui nomme ses voix (sous « Téléchargements », « {config} » en donne un pour commencer), puis comparez de nouveau : les deux versions sont alors lues avec lui.',
  voiceMapsMatched: 'Les deux versions ne distinguent pas leurs voix de la même façon (avant : {old} ; après : {new}){facts}. Chaque voix porte le même nom dans les deux : les changements ci-dessous sont comparés voix par voix. Vérifiez que ce sont bien les mêmes personnes.',
  voicesFromLegend: 'd’après sa légende',
  voicesFromColours: 'd’après ses couleurs',
  voicesFromNames: 'd’après les noms donnés aux couleurs',
  voicesFromLabels: 'd’après les noms de qui parle',
  voicesFromConfig: 'd’après {config}',
  onlyOldOne: 'seule la version d’avant a {voices} (ses répliques montrées comme données aux voix de la version d’après quand elle les a, sinon comme retirées)',
  onlyOldMany: 'seule la version d’avant a {voices} (leurs répliques montrées comme données aux voix de la version d’après quand elle les a, sinon comme retirées)',
  onlyNewOne: 'seule la version d’après a {voices} (ses répliques montrées comme prises aux voix de la version d’avant quand elle les avait, sinon comme ajoutées)',
  onlyNewMany: 'seule la version d’après a {voices} (leurs répliques montrées comme prises aux voix de la version d’avant quand elle les avait, sinon comme ajoutées)',
  recodedOne: '{voices} a d’autres couleurs',
  recodedMany: '{voices} ont d’autres couleurs',
  recodedMarks: 'la voix {voice} n’a pas le même repère (avant : {old} ; après : {new})',
  recodedOtherwiseOne: 'la voix {voices} n’a pas le même repère',
  recodedOtherwiseMany: 'les voix {voices} n’ont pas le même repère',
  sideBefore: 'Avant ({file}) :',
  sideAfter: 'Après ({file}) :',
  noChange: 'aucun changement',
  added: 'ajoutées',
  removed: 'retirées',
  changed: 'modifiées',
  gained: 'prises à une autre voix',
  lost: 'données à une autre voix',
  moved: 'déplacées',
  wordsDelta: 'mots',
  addedOne: 'ajoutée',
  removedOne: 'retirée',
  changedOne: 'modifiée',
  gainedOne: 'prise à une autre voix',
  lostOne: 'donnée à une autre voix',
  movedOne: 'déplacée',
  wordDelta: 'mot',
  changesOf: 'Changements pour {voice}',
  regroupJoined: '{old} réunis en une réplique',
  regroupSplit: '{old} coupé en {n}\u00A0: maintenant {new}',
  regroupRecut: '{old} coupés autrement\u00A0: maintenant {new}',
  editedToo: 'modifiée aussi',
  swap: 'Prendre celle-ci comme script',
  printedOn: 'Imprimé le {date}',
  directionsNote: 'En gris italique : les indications, non prononcées.',
  about: 'Environ {n}\u00A0min',
  newScript: 'Lire un autre script',
  statusDone: '{file} lu : {voices}.',
  statusCompared: '{file} comparé à {other}.',
  nVoices: '{n}\u00A0voix',
  oneVoice: '1\u00A0voix',
  pdf: 'PDF',
  docx: 'Word',
  wPlainText: '{words} dans {lines} sont en texte sans surlignage, par ex. {first} : la légende donne un surlignage à chaque voix, donc personne n’est compté pour les lire. S’il faut en enregistrer, surlignez-les dans le script.',
  wMixedWord: 'Le mot {word} est partagé entre {voices} : ses morceaux comptent dans les deux répliques. Recolorez le mot entier dans le script.',
  wLabelOutOfPlace: 'Le nom {label} ({voice}) se trouve à la fin de {lines} au lieu du début, par ex. {first} : l\u2019ordre de lecture du script l\u2019a déplacé (dans un PDF, des noms centrés à côté de leur texte font cela), donc les répliques autour peuvent être comptées pour la mauvaise voix. Vérifiez-les dans le script avant de vous fier aux chiffres.',
  wSameWords: '{voices} sont toutes {words}',
  wSameWordsTwo: '{voices} sont toutes deux {words}',
  wAmbiguousSwatch: 'l’échantillon de {voice}, {swatch}, est à peu près aussi proche de {colours}',
  wLegendsDisagree: 'elle dit {here}, la légende au {place}, {text}, dit {there} : laquelle est juste, vo-lines ne peut pas le deviner',
  wConflictingEntries: 'elle donne à {voice} à la fois {given}',
  wNameColourDiffers: '{voice} est écrit en {written} mais reçoit {words} ({given})',
  wOnPage: 'page {page}, ',
  wInHeader: ' (en-tête)',
  wInFooter: ' (pied de page)',
  wLegendNotRead: '{text} ressemble à une légende mais n’a pas été lu : les voix sont les couleurs trouvées. Si c’est la légende du script, déposez-le de nouveau avec un vo-lines.config.yaml qui nomme les voix, ou écrivez la légende une voix par ligne (« Narrateur = bleu »).',
  wLegendTitleBlock: 'La légende donne {colour}, la couleur du texte ordinaire du script, à {voices} : les {words} au-dessus d’elle ({text}), le bloc de titre, ne sont comptés pour personne. Les répliques de cette couleur en dessous sont à {voices} : vérifiez qu’aucun titre ni aucune note n’y est compté.',
  wSplitDifferently: 'Même texte, découpé autrement à {places} endroits ({voices}) : les mêmes mots, dans le même ordre, sont répartis autrement en répliques. Dans un PDF, la coupure des paragraphes se lit d’après la mise en page : ce ne sont donc pas des modifications, mais le nombre de répliques en diffère.',
  wSplitDifferentlyOne: 'Même texte, découpé autrement à un endroit ({voices}) : les mêmes mots, dans le même ordre, sont répartis autrement en répliques. Dans un PDF, la coupure des paragraphes se lit d’après la mise en page : ce n’est donc pas une modification, mais le nombre de répliques en diffère.',
  wSameColour: '{voices} ont toutes la couleur {colour}',
  wSameColourTwo: '{voices} ont toutes deux la couleur {colour}',
  wSameColourNotRecorded: '{voice} a la couleur {colour}, que la légende dit aussi non enregistrée',
  wColourNotUsed: 'aucun texte du script n’a la couleur que la légende donne à {voices}',
  wAmbiguousColour: '{words} ({voice}) convient aussi bien à {colours}',
  wBodyColour: 'la légende donne à {voices} la couleur du texte ordinaire du script, {colour} (titres, notes), sans l’écrire en toutes lettres',
  wBodyColourTable: ' (une couleur montrée par une image ou une forme ne peut pas être lue : tramez la cellule, ou écrivez la couleur en toutes lettres)',
  wOneVoiceTakesAll: '{voice} aurait {words} sur les {total} du script ({share})',
  wLanguageFromText: 'Le document indique que son texte est en {declared} ({tag}), mais il est écrit en {written} : il est lu comme tel.',
  wCharacterPace: 'Le {language} s’écrit sans espaces entre les mots : chaque caractère compte pour un mot (comme dans Word), et la durée suppose {pace} caractères par minute. Pour un autre rythme, déposez le script ici avec un vo-lines.config.yaml contenant la ligne « wpm: N » (caractères par minute).',
  wCharacterPaceGiven: 'Le {language} s’écrit sans espaces entre les mots : chaque caractère compte pour un mot (comme dans Word), et le rythme donné, {pace} par minute, est compté en caractères par minute.',
  wJapaneseSyllables: 'Le minutage par syllabes compte chaque kanji pour une syllabe, alors que la plupart se lisent en deux ou plus : les durées en japonais sont trop courtes. Minutez-le plutôt par caractères.',
  wLanguageMismatch: 'Le document indique que son texte est en {declared} ({tag}), mais ses mots sont en {guessed} : les nombres et symboles sont comptés comme on les dit en {declared}. Si le script est en {guessed}, déposez-le ici avec un vo-lines.config.yaml contenant la ligne « language: {code} ».',
  wLanguageUnknown: 'Le script ne dit pas sa langue et son texte est trop court pour la deviner : les nombres et symboles sont comptés comme on les dit en anglais. S’il est dans une autre langue, déposez-le ici avec un vo-lines.config.yaml contenant la ligne « language: » suivie du code de la langue (fr, de, es…).',
  wNoSpokenForms: 'vo-lines ne sait pas dire à voix haute les nombres, symboles et adresses en {language} : ils sont comptés tels qu’écrits (mots prononcés = mots écrits, indications en moins).',
  wScannedPages: 'Sur {pages}, le texte est une image (un scan) sous un texte OCR invisible : ces répliques n’ont pas été lues, et leurs couleurs ne peuvent pas l’être. Demandez ces pages en texte (le fichier Word, ou un PDF enregistré depuis Word).',
  wPageUnreadable: 'La page\u00A0{page} n’a pas pu être lue et a été sautée : ses répliques manquent dans tous les décomptes.',
  wInvisibleText: 'Le texte invisible sur {pages} (tracé sans encre, comme l’OCR le pose sur un scan) a été laissé de côté : on ne le voit pas.',
  wBackgroundUnknown: 'Du texte sur {pages} se trouve sur un fond peint par un dégradé ou un motif dont la couleur ne peut pas être déterminée (un fond qui change de couleur sous le texte, ou peint à travers un masque) : il est lu comme sans fond ({words}{text}). Si ce fond désigne une voix, vérifiez ces répliques à l’œil.',
  wCoveredText: 'Du texte sur {pages} est recouvert par un cadre ou une image opaque (une censure, une étiquette, un cache, une image posée dessus) : on ne le voit pas, et il a été laissé de côté ({words}{text}). Vérifiez ces répliques à l’œil.',
  wHighlightPaintsNothingOne: '{highlights} sur {pages} a une apparence qui ne peint rien : les lecteurs de PDF dessinent cette apparence, donc la plupart n’y montrent aucun surlignage. Il n’est lu pour aucune voix : s’il marque une voix, surlignez de nouveau ce texte dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.',
  wHighlightPaintsNothing: '{highlights} sur {pages} ont des apparences qui ne peignent rien : les lecteurs de PDF dessinent ces apparences, donc la plupart n’y montrent aucun surlignage. Ils ne sont lus pour aucune voix : s’ils marquent une voix, surlignez de nouveau ce texte dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.',
  wHighlightTransparentOne: '{highlights} sur {pages} est entièrement transparent (opacité 0) : certains lecteurs de PDF le montrent, d’autres (Acrobat) ne montrent rien, donc il n’est lu pour aucune voix. S’il marque une voix, donnez-lui une opacité dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.',
  wHighlightTransparent: '{highlights} sur {pages} sont entièrement transparents (opacité 0) : certains lecteurs de PDF les montrent, d’autres (Acrobat) ne montrent rien, donc ils ne sont lus pour aucune voix. S’ils marquent une voix, donnez-leur une opacité dans votre lecteur de PDF, enregistrez, et déposez de nouveau le PDF ici.',
  wGlyphColoursUnknown: 'Du texte sur {pages} est dessiné dans une police dont les lettres peignent leurs propres couleurs (comme les émojis en couleur), plusieurs dans un même passage : on ne peut pas savoir quelle couleur de voix y voit un lecteur, et il a été lu dans la couleur du texte ({characters}{text}). Vérifiez ces répliques à l’œil.',
  wMaskedText: 'Du texte sur {pages} est dessiné comme une forme à travers laquelle la couleur est peinte (comme les titres en dégradé) : on le voit, mais sa couleur ne peut pas être lue, et il a été laissé de côté{text}. Vérifiez ces répliques à l’œil.',
  wUnmappedGlyphs: '{characters} tracés sur {pages} n’ont pas de texte derrière eux (leur police ne dit pas quelles lettres ce sont, comme les polices bitmap de TeX pour les ligatures telles que fi et pour les tirets) : des mots y sont lus avec des lettres en moins{words} et peuvent être mal comptés. Demandez un PDF fait avec d’autres polices.',
  wRotatedText: 'Le texte tourné ou vertical sur {pages} a été laissé de côté : s’il faut en enregistrer, vérifiez-le à l’œil.',
  wAsideUnderLabel: '{aside} est seul sous la réplique {line} : il a été lu comme une indication de cette réplique (non prononcée), comme la case d’un personnage dans un tableau la contient. Si c’est une indication à part, elle n’est la réplique de personne ({words}).',
  wAsidesUnderLabels: '{asides} indications entre parenthèses sont seules sous la réplique d’un personnage ({first}) : chacune a été lue comme une indication de la réplique du dessus (non prononcée). Si l’une est une indication à part, elle n’est la réplique de personne ({words} en tout).',
  wAnd: ' et ',
  wNotesLeftOut: 'Laissé de côté des répliques : {notes} ({words}). Pour compter ce qui s’y lit à voix haute, ajoutez --include {include}.',
  wBindingPair: '{shown} à la place de {saved}',
  wBindingEmpty: 'vide (la donnée est vide : Word affiche un texte d’invite grisé)',
  wBindingShownOne: 'Un contrôle de contenu est lié à une donnée que Word affiche à la place du texte enregistré dedans : {shown}. La page lit ce que Word affiche. (Un outil a rempli la donnée et laissé l’ancien texte dans le contrôle : ouvrez le fichier dans Word et enregistrez-le de nouveau pour les accorder.)',
  wBindingShown: '{controls} contrôles de contenu sont liés à des données que Word affiche à la place du texte enregistré dedans : {shown}. La page lit ce que Word affiche. (Un outil a rempli les données et laissé l’ancien texte dans les contrôles : ouvrez le fichier dans Word et enregistrez-le de nouveau pour les accorder.)',
  wBindingUnreadOne: 'Un contrôle de contenu est lié à une donnée que la page ne sait pas lire : le texte enregistré dedans ({saved}) est lu, mais Word peut afficher autre chose à cet endroit. Vérifiez cette réplique dans Word.',
  wBindingUnread: '{controls} contrôles de contenu sont liés à des données que la page ne sait pas lire : le texte enregistré dedans ({saved}) est lu, mais Word peut afficher autre chose à ces endroits. Vérifiez ces répliques dans Word.',
  wWebHiddenOne: '{words} est marqué masqué en mode Web : {text}. Word l’affiche et l’imprime, LibreOffice le masque (et les PDF qu’il produit l’omettent). Il est compté, comme Word imprime le script ; s’il n’est pas enregistré, supprimez-le ou masquez-le (Police > Masqué).',
  wWebHidden: '{words} sont marqués masqués en mode Web : {text}. Word les affiche et les imprime, LibreOffice les masque (et les PDF qu’il produit les omettent). Ils sont comptés, comme Word imprime le script ; s’ils ne sont pas enregistrés, supprimez-les ou masquez-les (Police > Masqué).',
  wFurnitureAgainstText: 'Laissé de côté comme en-tête ou pied de page ({pages}) : {texts}. Il revient de page en page dans une taille à lui, mais touche le texte au lieu de se tenir à part dans la marge. Si c’est un titre ou une réplique à enregistrer, comptez-le avec --include {include}.',
  wFurnitureAgainstTexts: 'Laissés de côté comme en-têtes ou pieds de page ({pages}) : {texts}. Ils reviennent de page en page dans une taille à eux, mais touchent le texte au lieu de se tenir à part dans la marge. Si ce sont des titres ou des répliques à enregistrer, comptez-les avec --include {include}.',
  wHeadingUnassigned: '{headings} ({words}) en {colour}, couleur d’aucune voix, compte comme une réplique de personne : {first}. S’il est lu à voix haute, donnez cette couleur à la voix qui le lit.',
  wHeadingsUnassigned: '{headings} ({words}) en {colour}, couleur d’aucune voix, comptent comme des répliques de personne : {first}. S’ils sont lus à voix haute, donnez cette couleur à la voix qui les lit.',
  wNotesUnreadable: 'Les {notes} de ce fichier sont endommagées et n’ont pas pu être lues : les notes qui s’y trouvent manquent aux comptes. Ouvrez le fichier dans Word et enregistrez-le de nouveau, ou vérifiez les notes à l’œil.',
  wTableShadingUnshown: 'Un tableau a une trame à lui, {colour}, et des cellules sans trame : Word et LibreOffice ne l’y affichent pas, elles sont donc lues sans elle. Si elle marque une voix, ombrez les cellules elles-mêmes.',
  wLabelAfterBreak: '{text} suit un saut de ligne au milieu d’une phrase, et {label} n’ouvre aucune autre réplique du script\u00A0: c’est lu comme la suite de la ligne d’avant, pas comme une réplique de {name}. Si {name} le dit, commencez là un nouveau paragraphe dans le script (Entrée, pas Maj+Entrée).',
  wLabelsAfterBreaks: '{lines} suivent un saut de ligne au milieu d’une phrase et commencent par un nom et deux-points qui n’ouvrent aucune autre réplique du script ({texts})\u00A0: chacune est lue comme la suite de la ligne d’avant, pas comme une réplique. Si l’une l’est, commencez là un nouveau paragraphe dans le script (Entrée, pas Maj+Entrée).',
  wLinksInLines: '{links} ({words}) dans la réplique d’une voix ont été comptés pour la voix de cette réplique, pas selon leur propre couleur (Word et LibreOffice affichent les liens en bleu quelle que soit la couleur autour)\u00A0: {quoted}.{unmarked} Vérifiez-les dans le script.',
  wLinkFor: '{text} pour {voice}',
  wLinksUnmarkedAll: ' Aucun n’est un lien dans le fichier\u00A0: ils ont été reconnus à leur aspect (le style des liens, ou une adresse dans une couleur de lien).',
  wLinksUnmarkedSome: ' {unmarked} d’entre eux ne sont pas des liens dans le fichier\u00A0: reconnus à leur aspect (le style des liens, ou une adresse dans une couleur de lien).',
  wLegendConfigDiffers: 'La légende du script ne dit pas ce que dit {config}\u00A0: {problems}. Les voix de {config} sont prises\u00A0: comparez ses couleurs à la légende avant d’enregistrer.',
  wLegendConfigNoVoice: 'elle donne {colour} à {name}, que {config} ne donne à aucune voix',
  wLegendConfigOtherVoice: 'elle donne {colour} à {name}, {config} à {voice}, une autre voix de la légende',
  wLegendConfigRecorded: 'elle dit que {colour} n’est pas enregistré, {config} le donne à {voice}',
  wLegendConfigPair: '{colour} à {name}',
  wLegendConfigMergedTwo: 'elle donne {pairs}, {config} les donne toutes deux à {voice}',
  wLegendConfigMerged: 'elle donne {pairs}, {config} les donne toutes à {voice}',
  wLegendUnspokenVoice: '{voice} ({words} dans {lines})',
  wLegendUnspokenOne: 'La légende du script fait de {voices} une voix, mais tous ses mots sont entre crochets, une indication qui ne se dit pas. Si elle n’est pas enregistrée, déposez le script ici avec un vo-lines.config.yaml qui ne donne sa couleur à aucune voix.',
  wLegendUnspokenMany: 'La légende du script fait de {voices} des voix, mais tous leurs mots sont entre crochets, une indication qui ne se dit pas. Si elles ne sont pas enregistrées, déposez le script ici avec un vo-lines.config.yaml qui ne donne leurs couleurs à aucune voix.',
  wLinkAlone: '{words} en {colour} a l’air d’un lien, seul sur sa ligne\u00A0: {first}. {colour} est la couleur des liens de ce script (Word et LibreOffice affichent les liens dans cette couleur quelle que soit la voix autour), pas celle d’une voix\u00A0: compté pour personne. S’il est dit, donnez-lui dans le script la couleur de la voix qui le lit.',
  wLinksAlone: '{words} dans {lines} en {colour} ont l’air de liens, seuls sur leur ligne\u00A0: {first}. {colour} est la couleur des liens de ce script (Word et LibreOffice affichent les liens dans cette couleur quelle que soit la voix autour), pas celle d’une voix\u00A0: comptés pour personne. Si l’un d’eux est dit, donnez-lui dans le script la couleur de la voix qui le lit.',
  wLineNumbers: 'Les numéros dans la marge de gauche, sur {pages}, numérotent les lignes du script : ils ont été laissés de côté, personne ne les lit à voix haute.',
  wTextNotOnPages: 'Les pages de ce fichier ne montrent qu’une partie du texte qu’il contient (du texte est tracé {shown} sur ses pages, {ops} dans le fichier). Des pages manquent peut-être à sa liste de pages (le fichier est abîmé, ou un outil a retiré des pages en laissant leur texte) : ses répliques et ses nombres de mots peuvent être trop courts. Comparez son nombre de pages ({count}) à celui de l’original ; exportez de nouveau le PDF depuis le document d’origine, ou demandez le fichier Word.',
  wWideGapAsSpace: 'Sur {pages}, deux mots très écartés en fin de ligne justifiée ont été lus comme une même phrase, l’écart comme une espace étirée : {lines}. Si l’écart sépare un nom de sa réplique, ou deux colonnes, vérifiez à l’œil.',
  wTocLeftOut: 'Le texte de la table des matières ({lines} : {first}) n’est pas lu comme des répliques : les titres qu’elle liste sont lus là où ils se trouvent.',
  wTocNeverEnds: 'Une table des matières ne se termine jamais (son champ n’a pas de marque de fin : le fichier est abîmé ou a été assemblé à la main) : elle est prise comme finissant avant {where}, le premier paragraphe qui n’en est pas une entrée, et la suite est lue comme des répliques. Vérifiez que la table des matières s’arrête bien là.',
  wTocNeverEndsEmpty: 'un paragraphe vide',
  wFieldsNeverEnd: '{fields} ({names}) ne se terminent jamais (le fichier est abîmé ou a été assemblé à la main) : le code de chaque champ est pris comme finissant avec son paragraphe, et la suite est lue comme des répliques.',
  wFieldNeverEnds: 'Un champ ({names}) ne se termine jamais (le fichier est abîmé ou a été assemblé à la main) : son code est pris comme finissant avec son paragraphe, et la suite est lue comme des répliques.',
  wFieldsNeverEndCode: 'Non lu, car code de champ : {code}.',
  wFieldsStuck: 'D’autres champs ne se terminent jamais, et la lecture n’a pas pu aller au-delà : du texte qui les suit peut manquer. Ouvrez le fichier dans Word, enregistrez-le de nouveau et vérifiez-le.',
  wPlaceholderLeftOut: 'Le texte d’invite de {controls} ({first}) n’est pas lu comme des répliques : Word l’affiche en gris, comme un texte à remplacer. Si c’est du texte du script, retapez-le dans Word.',
  wAltChunkUnread: 'Le document contient {chunks} (du HTML ou un autre document que Word fusionne en ouvrant le fichier), illisibles ici : ce texte manque dans tous les décomptes. Ouvrez le fichier dans Word, enregistrez-le comme nouveau .docx et déposez ici ce fichier.',
  wThemeColourMismatch: 'Du texte dans la couleur de thème « {theme} » garde {cached} comme couleur, mais le thème donne {colour} : il est lu en {colour}, comme Word l’affiche (LibreOffice l’affiche en {cached}).',
  wThemeFillMismatch: 'Une trame de fond dans la couleur de thème « {theme} » garde {cached} comme couleur, mais le thème donne {colour} : elle est lue en {colour}, comme Word l’affiche (LibreOffice l’affiche en {cached}).',
  wStyleHighlightIgnored: 'Le style de caractère « {style} » donne un surlignage (« {highlight} ») que ni Word ni LibreOffice n’affichent : son texte est lu sans. Si ce surlignage désigne une voix, appliquez-le au texte lui-même.',
  wAltChunkStyles: 'Du texte importé d’un document Word ({part}) est lu dans les styles de ce script qui portent les mêmes noms, comme Word affiche un contenu importé : {read} ; ses propres styles donneraient {other}. Vérifiez la couleur de ces répliques dans Word.',
  wAltChunkOwnStyles: 'Du texte importé d’un document Word ({part}) garde ses propres styles et il est lu ainsi : {read} ; dans les styles de ce script qui portent les mêmes noms, il serait {other}. Vérifiez la couleur de ces répliques dans Word.',
  wLookOn: '{colour} sur {background}',
  wShapeTextColour: 'Du texte dans une forme Word, sans couleur propre, prend {shape} du style de la forme, et non {style} que donne son style de paragraphe ou de caractère : LibreOffice l’affiche ainsi, et il est lu en {shape}. Vérifiez la couleur de ces répliques dans Word.',
  wTextFillDiffers: 'Du texte avec un effet de remplissage Word s’affiche en {colour} dans Word, mais dans la couleur de sa police, {font}, dans LibreOffice et les lecteurs plus anciens : il est lu en {colour}, comme Word l’affiche.',
  wTextFillGradient: 'Du texte rempli d’un dégradé (un effet de texte Word) n’a pas de couleur unique dans Word ; LibreOffice et les lecteurs plus anciens affichent la couleur de sa police, {font}, qui est celle lue. Vérifiez la couleur de ces répliques.',
  wHighlightUnknown: 'Du texte est surligné avec « {highlight} », qui n’est pas une des couleurs de surlignage de Word : LibreOffice n’affiche aucun surlignage, et le texte est lu sans. Si ce surlignage désigne une voix, remettez-le dans Word.',
  wColourValueOdd: 'Du texte a la valeur de couleur « {value} », qui n’est pas une couleur comme Word les écrit (six chiffres hexadécimaux) : les logiciels l’affichent différemment, et il est lu en {colour}. Vérifiez la couleur de ces répliques.',
  wShadingAuto: 'Une trame « {shading} » à couleur de motif automatique s’affiche en {colour} dans Word et LibreOffice{fill} : elle est lue en {colour}, comme Word l’affiche. (Une trame « clear » affiche sa couleur de fond partout.)',
  wShadingNoPattern: 'Une trame « {shading} » sans couleur de motif s’affiche en {colour} dans Word mais en {other} dans LibreOffice{fill} : elle est lue en {colour}, comme Word l’affiche. (Une trame « clear » affiche sa couleur de fond partout.)',
  wShadingFillUnseen: ' ; aucun des deux n’affiche la couleur de fond {fill} qu’elle indique',
  wUnknownSection: 'La config donne une durée de {time} à la section « {section} », mais aucune section du script ne porte ce titre ({known}).',
  wUnknownSectionList: 'ses sections : {sections}',
  wUnknownSectionNone: 'le script n’a pas de sections',
  wTrackedChangesShown: 'Sur {pages}, des modifications suivies sont affichées, comme Word ou LibreOffice les impriment avec les marques de révision.{colours}{deleted} Acceptez ou refusez les modifications avant de faire le PDF, ou utilisez le fichier Word.',
  wLabelNotCounted: 'Le nom de qui parle en tête de {lines} dans la couleur d’une voix ({names}) n’est pas compté comme un mot dit\u00A0: la couleur dit déjà qui parle ({words} laissé de côté\u202F; la réplique le montre tel qu’écrit). Si le nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.',
  wLabelsNotCounted: 'Les noms de qui parle en tête de {lines} dans la couleur d’une voix ({names}) ne sont pas comptés comme des mots dits\u00A0: la couleur dit déjà qui parle ({words} {left} de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.',
  wLabelsNotCountedShared: 'Les noms de qui parle en tête de {lines} dans la couleur d’une voix ({names}) ne sont pas comptés comme des mots dits\u00A0: un nom suivi de deux-points n’est pas lu à voix haute ({words} {left} de côté\u202F; les répliques les montrent tels qu’écrits). Si un nom est lu à voix haute, écrivez-le sans ses deux-points dans le script.',
  wBackgroundUnderColours: '{background} se trouve sous du texte de plusieurs couleurs ({colours}), et {apart} dans des couleurs employées aussi ailleurs\u00A0: impossible de dire d’après la page si ce fond désigne une voix à lui seul ou s’il se trouve sous les répliques de plusieurs voix (un tableau ou un encadré tramé, des marques sur des lignes). Ses répliques sont comptées comme une seule voix. Si les voix se distinguent par la couleur de leur texte, déposez de nouveau le script avec un vo-lines.config.yaml qui les nomme par leurs couleurs (sous «\u202FTéléchargements\u202F», «\u202F{config}\u202F» en donne un pour commencer).',
  wBackgroundApartAll: 'ses {words} sont tous',
  wBackgroundApartSome: '{n} de ses {words} sont',
  wColourWords: '{colour}\u00A0: {words}',
  wSpeakersShareVoice: '«\u202F{voice}\u202F» réunit les répliques de {n}\u00A0personnages, d’après les noms qui les ouvrent ({speakers})\u00A0: ses répliques, ses mots et sa durée sont les leurs ensemble, et son script de cabine les contient toutes. S’il s’agit de personnes différentes, donnez à chacune sa voix par son nom dans la config ({config}).',
  wMoreNames: '{n} autres',
  wEmphasisCoded: 'Les répliques de {voice} sont peut-être deux voix distinguées par {kind}\u00A0: {emphasised} ({ewords}) sont entièrement {inKind}, à commencer par {efirst}, et {plain} ({pwords}) {notKind}, à commencer par {pfirst}, en alternance. vo-lines ne lit que les couleurs et les compte comme une seule voix\u00A0: comptez les répliques à la main, ou donnez à chaque voix sa couleur dans le script.',
  wEmItalics: 'l’italique',
  wEmBold: 'le gras',
  wEmFont: 'la police',
  wEmInItalics: 'en italique',
  wEmInBold: 'en gras',
  wEmInFont: 'en {font}',
  wEmNot: 'ne le sont pas',
  wEmAreInFont: 'sont en {font}',
  wOneMore: ' et 1 autre',
  wMore: ' et {n} autres',
  wTrackedMoves: '{moves} (son texte compté à sa nouvelle place)',
  wTrackedChangesCounted: 'Le script contient {changes} (suivi des modifications de Word : {kinds}{where}) : elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
  wTrackedChangesFormatting: 'Le script contient {changes} (suivi des modifications de Word : {kinds}{where}) : elles sont comptées comme acceptées, le texte inséré compté, la mise en forme telle que modifiée (une réplique dont la couleur a changé est comptée pour sa nouvelle voix) et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
  wTrackedColourOne: ' de couleur ou de style',
  wTrackedColoursAll: ' de couleur ou de style',
  wTrackedColoursSome: ' (dont {n} de couleur ou de style)',
  wTrackedAt: 'au {at}',
  wTrackedFirstAt: 'd’abord au {at}, puis {also}',
  wEquationOne: 'Une équation{quoted}{at} est comptée telle qu’elle est écrite, dans la couleur de son texte : on la dit en mots (« x égale cinq »), donc le nombre de mots dits de sa réplique est approximatif. Vérifiez-la à l’œil.',
  wEquations: '{equations} équations{quoted}{at} sont comptées telles qu’elles sont écrites, dans la couleur de leur texte : on les dit en mots (« x égale cinq »), donc le nombre de mots dits de leurs répliques est approximatif. Vérifiez-les à l’œil.',
  wEquationsAt: ' au {at}',
  wSubdocumentOne: '{subdocuments}{files} n’est pas dans ce fichier : c’est un document maître, et les répliques du sous-document ne sont pas comptées. Ouvrez-le dans Word, développez ses sous-documents (Affichage, Plan, Afficher le document, Développer les sous-documents), enregistrez-le en un seul fichier et déposez-le ici, ou déposez chaque sous-document à part.',
  wSubdocuments: '{subdocuments}{files} ne sont pas dans ce fichier : c’est un document maître, et leurs répliques ne sont pas comptées. Ouvrez-le dans Word, développez ses sous-documents (Affichage, Plan, Afficher le document, Développer les sous-documents), enregistrez-le en un seul fichier et déposez-le ici, ou déposez chaque sous-document à part.',
  wTextFillNoneOne: '{words} a un effet de texte Word sans remplissage ni contour, que Word n’affiche pas : {text}. Il est laissé de côté, comme Word affiche le script (LibreOffice l’affiche en {colour}). S’il est à enregistrer, donnez-lui un remplissage dans Word (Police, Effets de texte, Remplissage du texte).',
  wTextFillNone: '{words} ont un effet de texte Word sans remplissage ni contour, que Word n’affiche pas : {text}. Ils sont laissés de côté, comme Word affiche le script (LibreOffice les affiche en {colour}). S’ils sont à enregistrer, donnez-leur un remplissage dans Word (Police, Effets de texte, Remplissage du texte).',
  wTextUnseenOne: '{words} dans {paragraphs} est de la couleur de ce sur quoi il se trouve ({how}) : on ne le voit pas{picture}, donc il n’est dans les répliques d’aucune voix ni dans aucun décompte : {text}. S’il est à enregistrer, donnez-lui une couleur qui se voit.',
  wTextUnseen: '{words} dans {paragraphs} sont de la couleur de ce sur quoi ils se trouvent ({how}) : on ne les voit pas{picture}, donc ils ne sont dans les répliques d’aucune voix ni dans aucun décompte : {text}. S’ils sont à enregistrer, donnez-leur une couleur qui se voit.',
  wUnseenOnPage: '{colour} sur la page',
  wUnseenOn: '{colour} sur {on}',
  wUnseenPictureOne: ' (sauf s’il est sur une image, que vo-lines ne voit pas)',
  wUnseenPicture: ' (sauf s’ils sont sur une image, que vo-lines ne voit pas)',
  wTrackedChanges: 'Le script contient des modifications suivies (suivi des modifications de Word)\u00A0: elles sont comptées comme acceptées, le texte inséré compté et le texte supprimé laissé de côté. Acceptez-les ou refusez-les dans Word avant la séance.',
  wHeadingInVoice: '{headings} ({words}) en couleur de {voice} ({colour}) est compté comme réplique de {voice}\u00A0: {first}. La couleur d’un titre peut venir de son style de titre plutôt que du code des voix, et vo-lines ne peut pas savoir lequel. Si c’est un titre qui n’est pas lu, donnez-lui dans le script une couleur qui n’est celle d’aucune voix\u202F; si {voice} le lit, rien à faire.',
  wHeadingsInVoice: '{headings} ({words}) en couleur de {voice} ({colour}) sont comptés comme répliques de {voice}\u00A0: {first}. La couleur d’un titre peut venir de son style de titre plutôt que du code des voix, et vo-lines ne peut pas savoir lequel. Si ce sont des titres qui ne sont pas lus, donnez-leur dans le script une couleur qui n’est celle d’aucune voix\u202F; si {voice} les lit, rien à faire.',
  wTrackedColour: ' {colours} est la couleur d’un réviseur, pas une voix : les mots insérés dans cette couleur sont comptés pour la voix du texte qui les entoure.',
  wTrackedColours: ' {colours} sont des couleurs de réviseurs, pas des voix : les mots insérés dans ces couleurs sont comptés pour la voix du texte qui les entoure.',
  wTrackedWhole: ' {words} dans {paragraphs} ne sont comptés pour personne : le PDF ne dit pas quelle voix les dit.',
  wTrackedDeleted: ' Le texte supprimé ({words}) a été laissé de côté, comme si les modifications étaient acceptées.',
  wTrackedBoundary: 'Inséré par une modification suivie exactement entre le texte de deux voix ({before}, puis {after}), comme une phrase à part : {text} ({words}). Le PDF ne dit pas à qui sont ces mots : ils sont comptés pour {before}, mais ils sont peut-être à {after}. Acceptez les modifications avant de faire le PDF, ou utilisez le fichier Word.',
  wTrackedBoundaryStop: 'Inséré par une modification suivie exactement entre le texte de deux voix ({before}, puis {after}), après {stop}, dont le point peut finir une phrase ou non : {text} ({words}). Le PDF ne dit pas à qui sont ces mots : ils sont comptés pour {before}, mais ils sont peut-être à {after}. Acceptez les modifications avant de faire le PDF, ou utilisez le fichier Word.',
  wTrackedBoundaryMore: 'Aussi exactement entre le texte de deux voix, comme des phrases à part : {insertions} ({words}), chacune comptée pour la voix d’avant. Vérifiez-les aussi dans le script.',
  wSentenceSplitStart: '{text} ({words}), dans la couleur de {voice}, ouvre une phrase de {around} ({sentence}) sans fin de phrase entre les deux : compté pour {voice}, comme sa couleur le dit, mais une phrase est rarement dite par deux voix. Vérifiez à qui sont ces mots dans le script.',
  wSentenceSplitEnd: '{text} ({words}), dans la couleur de {voice}, finit une phrase de {around} ({sentence}) sans fin de phrase entre les deux : compté pour {voice}, comme sa couleur le dit, mais une phrase est rarement dite par deux voix. Vérifiez à qui sont ces mots dans le script.',
  wSentenceSplitMiddle: '{text} ({words}), dans la couleur de {voice}, se trouve au milieu d’une phrase de {around} ({sentence}) sans fin de phrase entre les deux : compté pour {voice}, comme sa couleur le dit, mais une phrase est rarement dite par deux voix. Vérifiez à qui sont ces mots dans le script.',
  wConfigVoicesUnused: 'Aucune des voix de {config} ({voices}) n’a de réplique dans ce script : est-ce bien la config de ce script ? Les {words} du script sont comptés pour personne. Comparez ses couleurs à celles du script, ou déposez le script sans elle : sa propre légende ou ses couleurs sont alors lues.',
  wEmptyVoiceOne: '{voice} n’a aucune réplique dans ce script : {config} lui donne {told}, et aucun texte ne l’a. Comparez {config} au script, ou retirez-en {voice} si cette voix ne parle pas ici.',
  wEmptyVoice: '{voice} n’a aucune réplique dans ce script : {config} lui donne {told}, et aucun texte n’a l’une d’elles. Comparez {config} au script, ou retirez-en {voice} si cette voix ne parle pas ici.',
  wEmptyVoiceStyle: 'le style {style}',
  wInsideSentence: 'Au milieu d’une phrase de {around} ({sentence}), {text} ({words}) est dans la couleur de {voice} : compté pour {voice}, comme sa couleur le dit, mais un mot ou deux d’une autre couleur au milieu d’une phrase sont souvent une mise en valeur. Vérifiez à qui sont ces mots dans le script.',
  wInsideSentenceNone: 'Au milieu d’une phrase de {around} ({sentence}), {text} ({words}) n’est dans la couleur d’aucune voix : compté pour personne, mais un mot ou deux d’une autre couleur au milieu d’une phrase sont souvent une mise en valeur. Vérifiez à qui sont ces mots dans le script.',
  wInsideSentenceMore: 'Aussi dans la couleur d’une autre voix au milieu d’une phrase : {stretches} de quelques mots ({words}), chacun compté selon sa couleur. Vérifiez-les aussi dans le script.',
  wLabelContinued: 'Comptés pour {voice}, comme la suite de sa réplique au-dessus : {paragraphs} sans nom de personnage ({words}), {texts}. Si quelqu’un d’autre les dit, écrivez son nom devant chacun dans le script.',
  wUnlabelledSpeech: 'Lus comme du texte dit, mais sans nom de personnage, {why} : {paragraphs} ({words}), {texts}. Comptés pour personne ; s’ils doivent être enregistrés, écrivez le nom du personnage devant chacun dans le script.',
  wUnlabelledLook: 'd’une autre couleur que la réplique de {after} au-dessus',
  wUnlabelledTabbed: 'sous la réplique de {after}, dont le nom est dans une colonne à part, vide ici : c’est peut-être {after}, une indication ou un autre personnage',
  wUnlabelledOff: 'sous la réplique de {after}, laissés à personne car la config dit continueLabels: false',
  wUnlabelledNoSpeaker: 'sans réplique d’un personnage juste au-dessus (un titre s’intercale)',
  wUnlabelledNoEnd: 'sans ponctuation finale, donc peut-être un titre ou une indication',
  wAvTable: 'Le tableau\u00A0{table}',
  wAvTables: 'Les tableaux {tables}',
  wAvHeaders: 'Le texte sous des en-têtes seuls sur leur ligne (un tableau sans bordures, comme un PDF le montre)',
  wAvPicture: '{what}, en forme de script audiovisuel ({layout}) : on n’y dit que {heard}. {notHeard} : ce qu’on voit, pas ce qu’on dit ; avec la ligne d’en-tête ({words}), comptés pour personne.',
  wAvOthers: ' Les autres colonnes ({others}) sont lues comme d’habitude.',
  wAvKept: ' Mais {kept} y ressortent dans la couleur de {voices} : comptés comme cette couleur le dit. Vérifiez-les : une réplique dans une ligne fusionnée sur les colonnes se dit ; un texte affiché à l’écran, le plus souvent non.',
  wAvLeftOut: ' {words} y sont tapés dans la couleur de {voices}, dans {rows} dont la colonne audio porte la réplique : pris pour du texte affiché à l’écran, comptés pour personne et laissés hors du script de séance. Si la voix les lit aussi, mettez-les dans la colonne audio.',
  wAvKeptAlso: ' Et {kept} y ressortent dans la couleur de {voices} : comptés comme cette couleur le dit. Vérifiez-les : une réplique dans une ligne fusionnée sur les colonnes se dit ; un texte affiché à l’écran, le plus souvent non.',
  wAvAdvice: ' Si une colonne est dite malgré tout, donnez-lui un en-tête comme AUDIO ou VOIX OFF dans le script.',
  wAvGoesOn: ' En haut de {pages}, le tableau continue sans ligne d’en-tête (autant de colonnes, aux mêmes places) : lu de même.',
  wAvSplit: ' Le tableau\u00A0{tables} n’a pas de ligne d’en-tête mais suit le tableau AV d’avant avec les mêmes colonnes (autant, aussi larges\u00A0: un tableau coupé en deux)\u00A0: lu de même.',
  wAvSplits: ' Les tableaux {tables} n’ont pas de ligne d’en-tête mais suivent le tableau AV d’avant avec les mêmes colonnes (autant, aussi larges\u00A0: un tableau coupé en deux)\u00A0: lus de même.',
  wAvEnds: ' En haut de {pages}, une ligne d’autres en-têtes ({header}) ouvre un autre tableau : lu tel quel à partir de là.',
  wAvDoubt: ' Le tableau juste après, avec autant de colonnes et sans ligne d’en-tête (tableau\u00A0{tables}), est lu tel quel, toutes ses colonnes comptées. S’il continue le tableau AV, donnez-lui la même ligne d’en-tête, ou joignez les tableaux.',
  wAvDoubts: ' Les tableaux juste après, avec autant de colonnes et sans ligne d’en-tête (tableaux {tables}), sont lus tels quels, toutes leurs colonnes comptées. S’ils continuent le tableau AV, donnez-leur la même ligne d’en-tête, ou joignez les tableaux.',
  wCommentBalloons: 'La zone de révision à côté du texte, sur {pages}, contient {balloons} ({text}), comme Word imprime les commentaires : ce n’est pas du texte du script, laissé de côté.',
  wTabOrColumns: 'Sur {pages}, du texte séparé par un large blanc (comme une tabulation sépare le nom de qui parle) a été lu comme une seule ligne, puis la ligne du dessous : {lines}. Si la page les met en deux colonnes d’un tableau, tous les mots y sont mais lus dans un autre ordre : vérifiez ces répliques à l’œil.',
  wTabOrColumnsLine: '{parts}, puis {next}',
  wSectionLengthsDiffer: 'La section « {section} » donne deux durées ({lengths}) : elle est minutée sur la première, {first}. Si ce n’est pas la durée à enregistrer, demandez laquelle l’est et indiquez-la dans une config (sections).',
};

/** Plain colour names (the library's, in English) in French. */
/** The no-break space French sets before « : » (and between a number and its unit). */
export const NBSP = '\u00A0';
/** The narrow no-break space French sets before ; ? ! and inside « » (Unicode's « espace fine insécable »). */
export const NNBSP = '\u202F';

/** A word that « de » and « que » elide before: a vowel (« y » and « h » aside: « de Yann », « de Hugo »). */
const ELIDES = /^[aeiouàâäéèêëîïôöûùüœæ]/iu;
/** "about less than a second": a time under half a second is no estimate. */
const ABOUT_NO_TIME_EN = /\babout less than a second/g;
const ABOUT_NO_TIME_FR = /\benviron moins d\u2019une seconde/g;

/**
 * French spacing, one rule for the whole page (the Imprimerie nationale's, as Word's French
 * proofing and LaTeX's babel-french set it): a no-break space (U+00A0) before « : », a narrow
 * no-break space (U+202F) before « ; », « ? », « ! » and inside guillemets. A line never starts with
 * one of those marks, and no guillemet is left alone at a line's end or start. Only the page's own
 * words are set so: a value put into a sentence (a file name, a line of the script) stays as written.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+(?=:)/g, NBSP)
    .replace(/[ \u00A0\u202F]+(?=[;?!»])/g, NNBSP)
    .replace(/«[ \u00A0\u202F]+/g, `«${NNBSP}`);
}

const COLOUR_FR: Record<string, string> = {
  black: 'noir',
  'dark grey': 'gris foncé',
  grey: 'gris',
  'light grey': 'gris clair',
  white: 'blanc',
  'pale grey': 'gris pâle',
  'pale blue': 'bleu pâle',
  'pale yellow': 'jaune pâle',
  'pale green': 'vert pâle',
  'pale orange': 'orange pâle',
  red: 'rouge',
  'dark red': 'rouge foncé',
  orange: 'orange',
  brown: 'marron',
  yellow: 'jaune',
  gold: 'or',
  olive: 'olive',
  'light green': 'vert clair',
  green: 'vert',
  'bright green': 'vert vif',
  'dark green': 'vert foncé',
  teal: 'bleu canard',
  turquoise: 'turquoise',
  'light blue': 'bleu clair',
  blue: 'bleu',
  'dark blue': 'bleu foncé',
  navy: 'bleu marine',
  purple: 'violet',
  pink: 'rose',
};

export class Words {
  readonly locale: string;

  constructor(readonly lang: Lang) {
    this.locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  }

  t(key: Key, values: Record<string, string | number> = {}): string {
    if (this.lang !== 'fr') return EN[key].replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : `{${name}}`)).replace(ABOUT_NO_TIME_EN, EN.lessThanASecond);
    // French elides « de » and « que » before a vowel: « Répliques d’Apprenant », « la couleur d’Annonceur ».
    return frenchSpaces(FR[key]).replace(/(?:(?<=^|[\s(])(de|De|que|Que) )?\{(\w+)\}/g, (whole, word: string | undefined, name: string) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      if (!word) return value;
      // A file's name is a name as written, not a word: « Lecture de a.pdf ».
      return ELIDES.test(value) && name !== 'file' && name !== 'config' ? `${word.slice(0, -1)}\u2019${value}` : `${word} ${value}`;
    }).replace(ABOUT_NO_TIME_FR, FR.lessThanASecond);
  }

  number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  percent(share: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
  }

  /**
   * "1,180 words" / "1 180 mots": a no-break space between the number and what it counts, in both
   * languages, so a line never ends on the number (French groups thousands with U+202F, as Intl does).
   */
  count(n: number, one: { en: string; fr: string }, many: { en: string; fr: string }): string {
    const word = n === 1 || (this.lang === 'fr' && n === 0) ? one[this.lang] : many[this.lang];
    return `${this.number(n)}${NBSP}${word}`;
  }

  words(n: number): string {
    return this.count(n, { en: 'word', fr: 'mot' }, { en: 'words', fr: 'mots' });
  }

  paragraphs(n: number): string {
    return this.count(n, { en: 'paragraph', fr: 'paragraphe' }, { en: 'paragraphs', fr: 'paragraphes' });
  }

  /** "page 2" / "pages 1, 3": the first ten, then "…" (a no-break space after "page"). */
  pages(pages: number[]): string {
    return `page${pages.length > 1 ? 's' : ''}${NBSP}${pages.slice(0, 10).map((p) => this.number(p)).join(', ')}${pages.length > 10 ? ', …' : ''}`;
  }

  /** Annotations not read, by kind (annotations.ts MarkKind): "1 pen stroke, 2 underlines". */
  marks(kinds: Record<string, number>): string {
    const names: Record<string, [{ en: string; fr: string }, { en: string; fr: string }]> = {
      pen: [{ en: 'pen stroke', fr: 'trait de stylo' }, { en: 'pen strokes', fr: 'traits de stylo' }],
      shape: [{ en: 'drawn shape', fr: 'forme dessinée' }, { en: 'drawn shapes', fr: 'formes dessinées' }],
      underline: [{ en: 'underline', fr: 'soulignement' }, { en: 'underlines', fr: 'soulignements' }],
    };
    return Object.entries(kinds)
      .filter(([kind, n]) => names[kind] && n > 0)
      .map(([kind, n]) => this.count(n, names[kind]![0], names[kind]![1]))
      .join(', ');
  }

  linesCount(n: number): string {
    return this.count(n, { en: 'line', fr: 'réplique' }, { en: 'lines', fr: 'répliques' });
  }

  /**
   * Every time on the page, one way in both languages (the voices' table too: "2:40" reads as two
   * hours forty in French, and as a clock to many): "28 s" under a minute; "2 min 40 s" under ten
   * minutes (the seconds still matter in the booth); then "12 min", "1 h 05 min". Whole seconds: the
   * time is worked out from words at a pace, and tenths would claim more than it knows. A time under
   * half a second that is not nothing is "less than a second", never "0 s". No-break spaces
   * throughout: a time is never split across two lines.
   */
  duration(seconds: number): string {
    const u = NBSP;
    const s = Math.round(seconds);
    if (s === 0 && seconds > 0) return this.t('lessThanASecond');
    if (s < 60) return `${this.number(s)}${u}s`;
    if (s < 600) return s % 60 ? `${this.number(Math.floor(s / 60))}${u}min${u}${String(s % 60).padStart(2, '0')}${u}s` : `${this.number(s / 60)}${u}min`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return `${this.number(minutes)}${u}min`;
    return `${this.number(Math.floor(minutes / 60))}${u}h${u}${String(minutes % 60).padStart(2, '0')}${u}min`;
  }

  /**
   * How far a section runs over its length (`seconds` > `target`), said as the two times are: "15 s";
   * "less than a second" when the two round to the same time ("✗ 30 s of 30 s (less than a second over)").
   */
  over(seconds: number, target: number): string {
    const by = seconds - target;
    return Math.round(seconds) === Math.round(target) || by < 0.5 ? this.t('lessThanASecond') : this.duration(Math.round(seconds) - Math.round(target));
  }

  /** A pace preset's name (the config's key, e.g. "commercial") in the page's language. */
  presetName(key: string): string {
    const fr: Record<string, string> = { 'e-learning': 'e-learning', commercial: 'publicité', audiobook: 'livre audio', documentary: 'documentaire', explainer: 'vidéo explicative' };
    return this.lang === 'fr' ? (fr[key] ?? key) : key;
  }

  /** A text quoted the page's way, shortened past `max` characters: « … » in French, "…" in English. */
  quote(text: string, max = 60): string {
    const short = text.length > max ? `${text.slice(0, max - 3)}…` : text;
    return this.lang === 'fr' ? `«${NNBSP}${short}${NNBSP}»` : `"${short}"`;
  }

  /** What goes between a name and what follows it: « MARIE : … » in French, "MARIE: …" in English. */
  get colon(): string {
    return this.lang === 'fr' ? `${NBSP}: ` : ': ';
  }

  /** Between the clauses of a list: « … ; … » in French, "…; …" in English. */
  get semicolon(): string {
    return this.lang === 'fr' ? `${NNBSP}; ` : '; ';
  }

  /** A speaker's label as it opens a line: « MARIE : » in French, "MARIE:" in English. */
  label(label: string): string {
    return this.lang === 'fr' ? `«${NNBSP}${label}${NBSP}:${NNBSP}»` : `"${label}:"`;
  }

  /** "A, B and C" / "A, B et C" (`or`: "A or B" / "A ou B"). */
  list(items: readonly string[], or = false): string {
    const last = this.lang === 'fr' ? (or ? ' ou ' : ' et ') : or ? ' or ' : ' and ';
    return items.length > 1 ? `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}` : (items[0] ?? '');
  }

  /** A language's name from its tag ("de", "en-US"), as the page's language says it: "allemand", "German". */
  language(tag: string): string {
    const base = tag.split('-')[0]!;
    try {
      const name = new Intl.DisplayNames([this.locale], { type: 'language' }).of(base);
      if (name && name !== base) return name;
    } catch {
      // Not a language tag Intl knows: said as written.
    }
    return tag;
  }

  colourName(plain: string): string {
    return this.lang === 'fr' ? (COLOUR_FR[plain] ?? plain) : plain;
  }

  date(date: Date): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(date);
  }
}

/** The interface language: the one saved, else the browser's first French or English, else English. */
export function chooseLang(saved: string | null, browser: readonly string[]): Lang {
  if (saved === 'en' || saved === 'fr') return saved;
  for (const tag of browser) {
    const code = tag.toLowerCase().split('-')[0];
    if (code === 'fr' || code === 'en') return code;
  }
  return 'en';
}
