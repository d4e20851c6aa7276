/** The times the text outputs show (measure/shown-times.ts, where `diff` finds them too: compare/ sits below render/). */
export { shownRecorded, shownSectionTimes, shownTimes, type ShownTimes } from '../measure/shown-times.js';
