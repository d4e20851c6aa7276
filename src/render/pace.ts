/**
 * A pace as the outputs write it: `150 wpm`, or `240 characters/min` for a script written in Chinese
 * or Japanese, whose words are its characters (report.timing.paceUnit). Pure.
 */
import type { Report } from '../measure/report.js';
import { count } from '../text/format.js';

export type PaceUnit = 'words' | 'characters';

/** What the report's paces count. */
export const paceUnitOf = (report: Pick<Report, 'timing'>): PaceUnit => report.timing?.paceUnit ?? 'words';

/** `150 wpm`, `240 characters/min`. */
export const formatPace = (wpm: number, unit: PaceUnit = 'words'): string => (unit === 'characters' ? `${count(wpm)} characters/min` : `${count(wpm)} wpm`);
