// DOCX mutations: XML parts changed as text (xml.mjs) and the package repacked, then, sometimes,
// the zip structure itself damaged (directory fields, extra fields, sizes, methods, data).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XML_MUTATIONS } from './xml.mjs';

/** Which part an XML mutation goes to: mostly the body, then styles, theme, settings, relationships. */
function pickPart(random, names) {
  const byPattern = (re) => names.filter((n) => re.test(n));
  const choice = random.weighted([
    [60, byPattern(/^word\/document\d*\.xml$/i)],
    [12, byPattern(/^word\/styles\.xml$/i)],
    [6, byPattern(/^word\/theme\/.*\.xml$/i)],
    [6, byPattern(/^word\/settings\.xml$/i)],
    [6, byPattern(/_rels\/.*\.rels$/i)],
    [5, byPattern(/^word\/(header|footer|footnotes|endnotes|comments)\d*\.xml$/i)],
    [5, byPattern(/\.xml$/i)],
  ]);
  return choice.length ? random.pick(choice) : random.pick(names);
}

const XML_WEIGHTS = [
  [8, 'deleteElement'], [10, 'duplicateElement'], [8, 'nestElement'], [16, 'setAttribute'], [5, 'deleteAttribute'],
  [6, 'insertWhitespace'], [5, 'insertText'], [6, 'splitRuns'], [5, 'noise'], [3, 'truncate'], [1, 'doctype'],
  [3, 'entities'], [3, 'fields'], [3, 'alternateContent'], [4, 'tables'], [5, 'styleChain'], [2, 'encoding'], [3, 'namespace'],
];

/** Applies 1–3 XML mutations to parts of the package, returns the repacked bytes and the notes. */
function mutateParts(random, bytes, notes) {
  let files;
  try {
    files = unzipSync(bytes);
  } catch {
    return bytes;
  }
  const names = Object.keys(files).filter((n) => /\.(xml|rels)$/i.test(n));
  if (!names.length) return bytes;
  const count = random.weighted([[5, 1], [3, 2], [1, 3]]);
  for (let k = 0; k < count; k++) {
    const part = pickPart(random, names);
    const name = random.weighted(XML_WEIGHTS);
    const xml = strFromU8(files[part]);
    let result;
    try {
      result = XML_MUTATIONS[name](random, xml);
    } catch (error) {
      // A mutation too big for this part (a string past V8's limit…): the case goes on without it.
      notes.push(`${part}: ${name}: skipped (${error.message})`);
      continue;
    }
    if (!result) continue;
    files[part] = strToU8(result.xml);
    notes.push(`${part}: ${name}: ${result.note}`);
  }
  if (random.chance(0.05)) {
    const victim = random.pick(Object.keys(files));
    delete files[victim];
    notes.push(`zip: remove ${victim}`);
  }
  return zipSync(files, { level: random.pick([0, 1, 6]) });
}

/** The central directory entries of a zip: offset of each record and its fields' offsets. */
function directory(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count && p + 46 <= buf.length && buf.readUInt32LE(p) === 0x02014b50; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    entries.push({ at: p, local: buf.readUInt32LE(p + 42), name: buf.toString('utf8', p + 46, p + 46 + nameLength), compressed: buf.readUInt32LE(p + 20) });
    p += 46 + nameLength + extra + comment;
  }
  return { eocd, entries };
}

/** Zip-structure damage, applied to the packed bytes. */
const ZIP_MUTATIONS = {
  directoryField(random, buf) {
    const dir = directory(buf);
    if (!dir?.entries.length) return null;
    const entry = random.pick(dir.entries);
    const [offset, width, label] = random.pick([
      [8, 2, 'flags'], [10, 2, 'method'], [16, 4, 'crc'], [20, 4, 'compressed size'], [24, 4, 'size'],
      [28, 2, 'name length'], [30, 2, 'extra length'], [32, 2, 'comment length'], [42, 4, 'local header offset'],
    ]);
    const value = random.pick([0, 1, 0xffff, 0xffffffff, random.int(2 ** (8 * width)), buf.length, buf.length + 1000]) % 2 ** (8 * width);
    if (width === 2) buf.writeUInt16LE(value, entry.at + offset);
    else buf.writeUInt32LE(value >>> 0, entry.at + offset);
    return `${entry.name}: directory ${label} = ${value}`;
  },
  extraField(random, buf) {
    const dir = directory(buf);
    if (!dir?.entries.length) return null;
    const entry = random.pick(dir.entries);
    const nameLength = buf.readUInt16LE(entry.at + 28);
    // Claim an extra field (a ZIP64 one, sometimes) running past the end of the file.
    buf.writeUInt16LE(random.pick([8, 64, 1100, 0xffff]), entry.at + 30);
    const fieldAt = entry.at + 46 + nameLength;
    if (fieldAt + 4 <= buf.length) {
      buf.writeUInt16LE(random.pick([1, 0x5455, 0xffff]), fieldAt);
      buf.writeUInt16LE(random.pick([8, 24, 0xffff]), fieldAt + 2);
    }
    return `${entry.name}: extra field past the end`;
  },
  localHeader(random, buf) {
    const dir = directory(buf);
    if (!dir?.entries.length) return null;
    const entry = random.pick(dir.entries);
    if (entry.local + 30 > buf.length) return null;
    const [offset, width, label] = random.pick([[0, 4, 'signature'], [26, 2, 'name length'], [28, 2, 'extra length'], [18, 4, 'compressed size']]);
    const value = random.pick([0, 0xffff, random.int(2 ** (8 * width))]);
    if (width === 2) buf.writeUInt16LE(value, entry.local + offset);
    else buf.writeUInt32LE(value >>> 0, entry.local + offset);
    return `${entry.name}: local header ${label} = ${value}`;
  },
  data(random, buf) {
    const dir = directory(buf);
    if (!dir?.entries.length) return null;
    const entry = random.pick(dir.entries);
    if (entry.local + 30 > buf.length) return null;
    const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
    const n = random.range(1, 8);
    for (let k = 0; k < n && entry.compressed > 0; k++) {
      const at = start + random.int(entry.compressed);
      if (at < buf.length) buf[at] = random.int(256);
    }
    return `${entry.name}: ${n} bytes of data changed`;
  },
  eocd(random, buf) {
    const dir = directory(buf);
    if (!dir) return null;
    const [offset, width, label] = random.pick([[8, 2, 'entries on disk'], [10, 2, 'entries'], [12, 4, 'directory size'], [16, 4, 'directory offset'], [20, 2, 'comment length']]);
    const value = random.pick([0, 0xffff, 0xffffffff, random.int(buf.length)]) % 2 ** (8 * width);
    if (width === 2) buf.writeUInt16LE(value, dir.eocd + offset);
    else buf.writeUInt32LE(value >>> 0, dir.eocd + offset);
    return `end of directory ${label} = ${value}`;
  },
};

/** Mutates a DOCX: XML parts most of the time, the zip structure some of the time, or both. */
export function mutateDocx(random, seedBytes) {
  const notes = [];
  let bytes = Buffer.from(seedBytes);
  if (random.chance(0.85)) bytes = Buffer.from(mutateParts(random, bytes, notes));
  if (notes.length === 0 || random.chance(0.2)) {
    const kind = random.weighted([[4, 'directoryField'], [3, 'extraField'], [2, 'localHeader'], [3, 'data'], [1, 'eocd'], [1, 'truncate']]);
    if (kind === 'truncate') {
      const at = random.int(bytes.length);
      bytes = bytes.subarray(0, at);
      notes.push(`zip: cut at ${at}`);
    } else {
      const note = ZIP_MUTATIONS[kind](random, bytes);
      if (note) notes.push(`zip: ${note}`);
    }
  }
  return { bytes, notes };
}
