/**
 * Just enough ZIP to open an OPC package safely: the central directory, then one entry at a time,
 * inflated with a hard output cap (../inflate.ts) and checked against its size and CRC-32.
 *
 * Why not a package: fflate's unzip silently truncates an entry whose header lies about its size
 * and never checks CRCs; jszip inflates everything up front; yauzl is Node-only, async and skips
 * CRCs. Plain bytes in (a Uint8Array), the same code in Node and in a browser.
 */
import { UserError } from '../../errors.js';
import { inflate, InflateError } from '../inflate.js';
import { crc32 } from './crc32.js';
import { nativeCrc32 } from '../../platform/inflate-native.js';

/** No single part of a real script comes near this; a bigger one is a bomb or not a script. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/** Cap on everything inflated from one package. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const utf8 = new TextDecoder();

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    /**
     * Bytes inflated so far, against MAX_TOTAL_BYTES: shared with the packages inside this one (a
     * Word document imported whole, `w:altChunk`), so that nesting them multiplies nothing.
     */
    readonly inflation: { inflated: number } = { inflated: 0 },
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  /** `part`: the entry the damage is in, when it is one (details' `part`). */
  private corrupt(detail: string, part?: string): UserError {
    return new UserError(`${this.file} is damaged (${detail}): open it in Word and save it again, or ask for a new copy.`, 'corrupt-docx', { ...(part === undefined ? {} : { part }), error: detail });
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private u64(at: number): number {
    return Number(this.view.getBigUint64(at, true));
  }

  private text(from: number, to: number): string {
    return utf8.decode(this.bytes.subarray(from, to));
  }

  private readDirectory(): void {
    const length = this.bytes.length;
    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    const floor = Math.max(0, length - 22 - 0xffff);
    let eocd = -1;
    for (let i = length - 22; i >= floor; i--) {
      if (this.u32(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.corrupt('the zip directory is missing, the file is probably truncated');
    let count = this.u16(eocd + 10);
    let dirSize = this.u32(eocd + 12);
    let dirOffset = this.u32(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) {
      // ZIP64: the locator just before the EOCD points at the real record.
      const locator = eocd - 20;
      if (locator < 0 || this.u32(locator) !== 0x07064b50) throw this.corrupt('bad ZIP64 directory');
      const record = this.u64(locator + 8);
      if (record + 56 > length || this.u32(record) !== 0x06064b50) throw this.corrupt('bad ZIP64 directory');
      count = this.u64(record + 32);
      dirSize = this.u64(record + 40);
      dirOffset = this.u64(record + 48);
    }
    if (dirOffset + dirSize > length) throw this.corrupt('the zip directory points past the end of the file');
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > length || this.u32(p) !== 0x02014b50) throw this.corrupt('bad zip directory entry');
      const flags = this.u16(p + 8);
      const method = this.u16(p + 10);
      const crc = this.u32(p + 16);
      let compressedSize = this.u32(p + 20);
      let size = this.u32(p + 24);
      const nameLength = this.u16(p + 28);
      const extraLength = this.u16(p + 30);
      const commentLength = this.u16(p + 32);
      let localHeaderOffset = this.u32(p + 42);
      const next = p + 46 + nameLength + extraLength + commentLength;
      if (next > length) throw this.corrupt('a zip directory entry runs past the end of the file');
      const rawName = this.text(p + 46, p + 46 + nameLength);
      const name = shownName(rawName);
      // ZIP64 extra field (id 1) holds the 64-bit values that are 0xFFFFFFFF above, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = this.u16(e);
        const len = this.u16(e + 2);
        const fieldEnd = e + 4 + len;
        if (fieldEnd > extraEnd) throw this.corrupt(`the extra field of ${name} runs past its entry`, name);
        if (id === 1) {
          let q = e + 4;
          const wide = (): number => {
            if (q + 8 > fieldEnd) throw this.corrupt(`the ZIP64 field of ${name} is too short`, name);
            const value = this.u64(q);
            q += 8;
            return value;
          };
          if (size === 0xffffffff) size = wide();
          if (compressedSize === 0xffffffff) compressedSize = wide();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = wide();
        }
        e = fieldEnd;
      }
      this.entries.set(normalisePartName(rawName), { name, method, flags, crc, compressedSize, size, localHeaderOffset });
      p = next;
    }
  }

  has(partName: string): boolean {
    return this.entries.has(normalisePartName(partName));
  }

  /** The inflated bytes of a part, or null when the package has no such part. */
  async read(partName: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(normalisePartName(partName));
    if (!entry) return null;
    if (entry.flags & 1) {
      throw new UserError(`${this.file} is encrypted: remove the password in Word and save it again.`, 'encrypted');
    }
    if (entry.size > MAX_PART_BYTES || this.inflation.inflated + entry.size > MAX_TOTAL_BYTES) {
      throw tooLarge(this.file, entry.name, entry.size > MAX_PART_BYTES ? 'part' : 'package');
    }
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.u32(at) !== 0x04034b50) throw this.corrupt(`bad local header for ${entry.name}`, entry.name);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.corrupt(`${entry.name} is cut short, the file is probably truncated`, entry.name);
    // Deflate expands at most 1032:1: a larger declared size is a lie.
    if (entry.method === 8 && entry.size > entry.compressedSize * 1032 + 1024) throw this.corrupt(`${entry.name} declares a size its data cannot hold`, entry.name);
    const raw = this.bytes.subarray(start, end);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      try {
        // Into a buffer of the declared size: one byte more proves a lying header without inflating a bomb.
        data = await inflate(raw, { format: 'deflate-raw', cap: entry.size, exact: true });
      } catch (error) {
        if (error instanceof InflateError && error.reason === 'too-large') throw this.corrupt(`${entry.name} has the wrong size`, entry.name);
        throw this.corrupt(`${entry.name} does not inflate`, entry.name);
      }
    } else {
      throw this.corrupt(`${entry.name} uses unsupported compression method ${entry.method}`, entry.name);
    }
    if (data.length !== entry.size) throw this.corrupt(`${entry.name} has the wrong size`, entry.name);
    if ((nativeCrc32 ? nativeCrc32(data) : crc32(data)) !== entry.crc) throw this.corrupt(`${entry.name} fails its CRC check`, entry.name);
    this.inflation.inflated += data.length;
    return data;
  }
}

/** `limit`: the part alone unpacks past MAX_PART_BYTES, or with what the package has unpacked before it, past MAX_TOTAL_BYTES. */
function tooLarge(file: string, part: string, limit: 'part' | 'package'): UserError {
  const max = (limit === 'part' ? MAX_PART_BYTES : MAX_TOTAL_BYTES) / 1024 / 1024;
  return new UserError(
    `${file} unpacks to more than ${max} MB (${limit === 'part' ? part : `all its parts, up to ${part}`}): refusing it as a possible zip bomb.`,
    'too-large',
    { part, limit, max, unit: 'MB' },
  );
}

/** A part name as messages show it: no control characters, no more than 80 characters. */
function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** OPC part names are case-insensitive and have no leading slash inside the zip. */
export function normalisePartName(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}
