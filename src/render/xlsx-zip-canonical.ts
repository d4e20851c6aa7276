/**
 * A workbook packed the same way on every platform: entries in their order, deflated at level 6,
 * all dated the export's day. So the same report gives the same bytes from the CLI and from the
 * page, and `SOURCE_DATE_EPOCH` makes the file reproducible (write-excel-file dates each entry with
 * the current time, and its Node and browser builds lay the zip out differently).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** `day` is `YYYY-MM-DD`; at noon, so that no time zone moves the date written in the zip. */
export function canonicalZip(bytes: Uint8Array, day = '1980-01-01'): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, date, 12);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) entries[name] = [data, {}];
  return zipSync(entries, { level: 6, mtime });
}
