/**
 * Just enough ZIP to open an OPC package safely: the central directory, then one entry at a time,
 * inflated by Node's zlib with a hard output cap and checked against its CRC-32.
 *
 * Why not a package: fflate's unzip silently truncates an entry whose header lies about its size
 * and never checks CRCs; jszip inflates everything up front; yauzl is async and skips CRCs.
 * Node's zlib gives `maxOutputLength` (zip-bomb cap) and `crc32` natively, so only the directory
 * walk is ours.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { UserError } from '../../errors.js';

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

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly file: string,
  ) {
    this.readDirectory();
  }

  private corrupt(detail: string): UserError {
    return new UserError(`${this.file} is damaged (${detail}): open it in Word and save it again, or ask for a new copy.`, 'corrupt-docx');
  }

  private readDirectory(): void {
    const buf = this.bytes;
    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    const floor = Math.max(0, buf.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = buf.length - 22; i >= floor; i--) {
      if (buf.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.corrupt('the zip directory is missing, the file is probably truncated');
    let count = buf.readUInt16LE(eocd + 10);
    let dirSize = buf.readUInt32LE(eocd + 12);
    let dirOffset = buf.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) {
      // ZIP64: the locator just before the EOCD points at the real record.
      const locator = eocd - 20;
      if (locator < 0 || buf.readUInt32LE(locator) !== 0x07064b50) throw this.corrupt('bad ZIP64 directory');
      const record = Number(buf.readBigUInt64LE(locator + 8));
      if (record + 56 > buf.length || buf.readUInt32LE(record) !== 0x06064b50) throw this.corrupt('bad ZIP64 directory');
      count = Number(buf.readBigUInt64LE(record + 32));
      dirSize = Number(buf.readBigUInt64LE(record + 40));
      dirOffset = Number(buf.readBigUInt64LE(record + 48));
    }
    if (dirOffset + dirSize > buf.length) throw this.corrupt('the zip directory points past the end of the file');
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw this.corrupt('bad zip directory entry');
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      let compressedSize = buf.readUInt32LE(p + 20);
      let size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      let localHeaderOffset = buf.readUInt32LE(p + 42);
      const next = p + 46 + nameLength + extraLength + commentLength;
      if (next > buf.length) throw this.corrupt('a zip directory entry runs past the end of the file');
      const name = shownName(buf.toString('utf8', p + 46, p + 46 + nameLength));
      // ZIP64 extra field (id 1) holds the 64-bit values that are 0xFFFFFFFF above, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = buf.readUInt16LE(e);
        const len = buf.readUInt16LE(e + 2);
        const fieldEnd = e + 4 + len;
        if (fieldEnd > extraEnd) throw this.corrupt(`the extra field of ${name} runs past its entry`);
        if (id === 1) {
          let q = e + 4;
          const wide = (): number => {
            if (q + 8 > fieldEnd) throw this.corrupt(`the ZIP64 field of ${name} is too short`);
            const value = Number(buf.readBigUInt64LE(q));
            q += 8;
            return value;
          };
          if (size === 0xffffffff) size = wide();
          if (compressedSize === 0xffffffff) compressedSize = wide();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = wide();
        }
        e = fieldEnd;
      }
      this.entries.set(normalisePartName(buf.toString('utf8', p + 46, p + 46 + nameLength)), { name, method, flags, crc, compressedSize, size, localHeaderOffset });
      p = next;
    }
  }

  has(partName: string): boolean {
    return this.entries.has(normalisePartName(partName));
  }

  /** The inflated bytes of a part, or null when the package has no such part. */
  read(partName: string): Buffer | null {
    const entry = this.entries.get(normalisePartName(partName));
    if (!entry) return null;
    const buf = this.bytes;
    if (entry.flags & 1) {
      throw new UserError(`${this.file} is encrypted: remove the password in Word and save it again.`, 'encrypted');
    }
    if (entry.size > MAX_PART_BYTES || this.inflated + entry.size > MAX_TOTAL_BYTES) {
      throw tooLarge(this.file, entry.name);
    }
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw this.corrupt(`bad local header for ${entry.name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buf.length) throw this.corrupt(`${entry.name} is cut short, the file is probably truncated`);
    // Deflate expands at most 1032:1: a larger declared size is a lie (and would size the buffer).
    if (entry.method === 8 && entry.size > entry.compressedSize * 1032 + 1024) throw this.corrupt(`${entry.name} declares a size its data cannot hold`);
    const raw = buf.subarray(start, end);
    let data: Buffer;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      try {
        // One byte over the declared size proves a lying header without inflating a bomb.
        // One output chunk of the declared size: no concatenation copy of a large part.
        const size = Math.max(64, entry.size + 1);
        data = inflateRawSync(raw, { maxOutputLength: size, chunkSize: size });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw tooLarge(this.file, entry.name);
        }
        throw this.corrupt(`${entry.name} does not inflate`);
      }
    } else {
      throw this.corrupt(`${entry.name} uses unsupported compression method ${entry.method}`);
    }
    if (data.length !== entry.size) throw this.corrupt(`${entry.name} has the wrong size`);
    if ((crc32(data) >>> 0) !== entry.crc) throw this.corrupt(`${entry.name} fails its CRC check`);
    this.inflated += data.length;
    return data;
  }
}

function tooLarge(file: string, part: string): UserError {
  return new UserError(
    `${file} unpacks to more than ${MAX_PART_BYTES / 1024 / 1024} MB (${part}): refusing it as a possible zip bomb.`,
    'too-large',
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
