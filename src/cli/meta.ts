/** What an exported file says about where it came from: the script, its SHA-256, the day, the tool's version. */
import { readFileSync } from 'node:fs';
import type { WorkbookMeta } from '../render/xlsx.js';
import { nodeCrypto } from './node-crypto.js';
import { displayPath } from './paths.js';
import { toolVersion } from './version.js';

/**
 * Today as `YYYY-MM-DD` (UTC), or the day of `SOURCE_DATE_EPOCH` when it is set, as reproducible
 * builds do, so the same script exports to the same bytes.
 */
export function exportDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Reads the script again for its digest (the readers never keep the bytes). */
export function exportMeta(file: string): WorkbookMeta {
  return { script: displayPath(file), sha256: nodeCrypto().createHash('sha256').update(readFileSync(file)).digest('hex'), date: exportDate(), version: toolVersion() };
}
