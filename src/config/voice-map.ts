/** The voice map: which look (colour, highlight, style, speaker label) means which voice. */
import type { Hex } from '../model.js';
import type { DirectionRules } from '../text/directions.js';
import type { RateCard, SectionTarget, TimingMethod } from './settings.js';

export interface VoiceSpec {
  name: string;
  /** Text colours that mean this voice. */
  colors: Hex[];
  /** Background colours (highlight, shading) that mean this voice; they win over text colour. */
  highlights: Hex[];
  /** Paragraph or character style names that mean this voice (DOCX), compared without case. */
  styles: string[];
  /** Speaker labels that open a paragraph ("NARRATOR: …"); the label itself is not the voice's words. */
  labels: string[];
  /** This voice's own pace, when the config gives one. */
  wpm?: number;
  /** This voice's narration rate for `timing: syllables`. */
  syllablesPerSecond?: number;
  /** This voice's rate card (the config's `rates` with this voice's fields over it). */
  rates?: RateCard;
  /** This voice's language (`voices: NAME: language: fr`), over `--lang`, the config's `language`, the document's and the text's. */
  language?: string;
}

export interface VoiceMap {
  voices: VoiceSpec[];
  /** Colours of text nobody records (text or background): not reported as unknown. */
  unassigned: Hex[];
  /**
   * Those written `{ color: X }` (text only) or `{ highlight: X }` (backgrounds only) in the config; the
   * others (`"#000000"`, `black`) are text and backgrounds alike.
   */
  unassignedOnly?: Record<Hex, 'text' | 'background'>;
  /** Which brackets hold directions that are not spoken. */
  directions: DirectionRules;
  /** Script-wide pace from the config. */
  wpm?: number;
  /** The script's language (`language: fr`), over what the document declares. */
  language?: string;
  /** How time is estimated: words per minute (default) or syllables. */
  timing?: TimingMethod;
  /** Narration rate for `timing: syllables`, over the language's. */
  syllablesPerSecond?: number;
  /** The rate card every voice is quoted with, unless it has its own. */
  rates?: RateCard;
  tolerance: number;
  /** The config file the map came from, or a description of the legend it was read from. */
  source: string;
  origin: 'config' | 'legend';
  /**
   * `continueLabels: false`: a paragraph with no label right after a speaker's labelled line is nobody's
   * (attribute/continued.ts says it), not that speaker's going on. Absent: it goes on when it reads as speech.
   */
  continueLabels?: false;
  /** Targets of sections by title (`sections: {"SPOT 2": {maxSeconds: 20}}`), in config order. */
  sections?: SectionTarget[];
}
