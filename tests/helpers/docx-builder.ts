/**
 * Builds small DOCX files in memory for reader tests, from the parts a test cares about.
 *
 * Parts are found by the reader through relationships, so the builder deliberately uses names
 * Word does not always use (the theme is `word/theme/themeA.xml`; the main document and styles
 * can be renamed) — a reader that opens fixed paths fails these tests.
 *
 * Strings passed in (`body`, `styles`, headers…) are written with the `w:`, `r:`, `a:`, `mc:`,
 * `wps:`, `v:`, `wp:` prefixes; the builder declares them. `strict: true` binds the same prefixes
 * to the Strict OOXML namespace URIs (and purl relationship types), `wPrefix` renames the
 * WordprocessingML prefix everywhere, so a reader that matches prefixes instead of namespace URIs
 * fails.
 */
import { zipSync, strToU8 } from 'fflate';
import { crc32, createDeflateRaw } from 'node:zlib';

export type ThemeSlot =
  | 'dk1' | 'lt1' | 'dk2' | 'lt2'
  | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6'
  | 'hlink' | 'folHlink';

export interface DocxParts {
  /** Inner XML of `w:body` (a `w:sectPr` referencing headers/footers is appended). */
  body: string;
  /** Inner XML of `w:styles`. Default: a `Normal` default paragraph style and nothing else. */
  styles?: string;
  /**
   * Overrides of the Office 2013+ colour scheme. A bare hex (`'4F81BD'`) becomes `a:srgbClr`;
   * anything starting with `<` is used as the slot's inner XML (e.g. an `a:sysClr`).
   */
  theme?: Partial<Record<ThemeSlot, string>>;
  /** Leave the theme part out entirely. */
  noTheme?: boolean;
  /** Attributes of `w:clrSchemeMapping` in settings.xml, e.g. `{ t1: 'dark2' }` (others default). */
  clrSchemeMapping?: Record<string, string>;
  /** Extra inner XML of `w:settings`. */
  settings?: string;
  /** Inner XML of each header part (`w:hdr`); the first is referenced as the default header. */
  headers?: string[];
  /** Inner XML of each footer part (`w:ftr`). */
  footers?: string[];
  /** `w:footnote` elements (the separator footnotes -1/0 are added). */
  footnotes?: string;
  /** `w:endnote` elements (separators added). */
  endnotes?: string;
  /** `w:comment` elements. */
  comments?: string;
  /** Extra relationships of the main document: `{ id, type (last path segment), target, external? }`. */
  extraRels?: { id: string; type: string; target: string; external?: boolean }[];
  /** Extra zip entries, by path. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Strict OOXML namespaces and relationship types. */
  strict?: boolean;
  /** Prefix used for the WordprocessingML namespace instead of `w`. */
  wPrefix?: string;
  /** Path of the main document part (default `word/document.xml`; Word sometimes writes document2.xml). */
  documentPath?: string;
  /** Path of the styles part (default `word/styles.xml`). */
  stylesPath?: string;
  /** Raw replacement for the whole main document XML (used for DOCTYPE tests). */
  rawDocument?: string;
  /** Store entries uncompressed (for tests that corrupt entry data). */
  store?: boolean;
}

const TRANSITIONAL = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  relType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = {
  w: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  r: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  a: 'http://purl.oclc.org/ooxml/drawingml/main',
  wp: 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing',
  relType: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WML_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export const DEFAULT_THEME: Record<ThemeSlot, string> = {
  dk1: '<a:sysClr val="windowText" lastClr="000000"/>',
  lt1: '<a:sysClr val="window" lastClr="FFFFFF"/>',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};

export const DEFAULT_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>';

function xmlDecl(s: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const ns = parts.strict ? STRICT : TRANSITIONAL;
  const wp = parts.wPrefix ?? 'w';
  // Rename the w: prefix in element and attribute names (never inside text: tests don't put "w:" in text).
  const w = (xml: string): string => (wp === 'w' ? xml : xml.replace(/(<\/?|\s)w:/g, `$1${wp}:`));
  const nsDecls =
    `xmlns:${wp}="${ns.w}" xmlns:r="${ns.r}" xmlns:a="${ns.a}" xmlns:wp="${ns.wp}" ` +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ' +
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';
  const conformance = parts.strict ? ` ${wp}:conformance="strict"` : '';
  const rel = (type: string) => `${ns.relType}/${type}`;

  const documentPath = parts.documentPath ?? 'word/document.xml';
  const wordDir = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const docName = documentPath.slice(wordDir.length);
  const stylesPath = parts.stylesPath ?? 'word/styles.xml';
  const themePath = 'word/theme/themeA.xml';
  const relTarget = (path: string) => (path.startsWith(wordDir) ? path.slice(wordDir.length) : `/${path}`);

  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string) => {
    files[path] = strToU8(text);
  };
  const overrides: [string, string][] = [];
  const docRels: string[] = [];
  let relN = 0;
  const addRel = (type: string, target: string, contentType: string | null, path?: string) => {
    const id = `rIdB${++relN}`;
    docRels.push(`<Relationship Id="${id}" Type="${rel(type)}" Target="${target}"/>`);
    if (contentType && path) overrides.push([path, contentType]);
    return id;
  };

  // Styles
  put(stylesPath, xmlDecl(w(`<w:styles ${nsDecls}>${parts.styles ?? DEFAULT_STYLES}</w:styles>`)));
  addRel('styles', relTarget(stylesPath), `${WML_CT}.styles+xml`, stylesPath);

  // Settings
  const mapping = parts.clrSchemeMapping
    ? '<w:clrSchemeMapping ' +
      Object.entries({
        bg1: 'light1', t1: 'dark1', bg2: 'light2', t2: 'dark2',
        accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5',
        accent6: 'accent6', hyperlink: 'hyperlink', followedHyperlink: 'followedHyperlink',
        ...parts.clrSchemeMapping,
      })
        .map(([k, v]) => `w:${k}="${v}"`)
        .join(' ') +
      '/>'
    : '';
  put('word/settings.xml', xmlDecl(w(`<w:settings ${nsDecls}><w:zoom w:percent="100"/>${mapping}${parts.settings ?? ''}</w:settings>`)));
  addRel('settings', relTarget('word/settings.xml'), `${WML_CT}.settings+xml`, 'word/settings.xml');

  // Theme, under a name that is not theme1.xml
  if (!parts.noTheme) {
    const slots = { ...DEFAULT_THEME, ...parts.theme };
    const scheme = (Object.keys(DEFAULT_THEME) as ThemeSlot[])
      .map((slot) => {
        const v = slots[slot]!;
        return `<a:${slot}>${v.startsWith('<') ? v : `<a:srgbClr val="${v}"/>`}</a:${slot}>`;
      })
      .join('');
    put(
      themePath,
      xmlDecl(
        `<a:theme xmlns:a="${ns.a}" name="Test Theme"><a:themeElements><a:clrScheme name="Test">${scheme}</a:clrScheme>` +
          '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
          '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
          '<a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme>' +
          '</a:themeElements></a:theme>',
      ),
    );
    addRel('theme', relTarget(themePath), 'application/vnd.openxmlformats-officedocument.theme+xml', themePath);
  }

  // Headers, footers, notes, comments
  const sectRefs: string[] = [];
  (parts.headers ?? []).forEach((inner, i) => {
    const path = `word/headerX${i + 1}.xml`;
    put(path, xmlDecl(w(`<w:hdr ${nsDecls}>${inner}</w:hdr>`)));
    const id = addRel('header', relTarget(path), `${WML_CT}.header+xml`, path);
    if (i === 0) sectRefs.push(`<w:headerReference w:type="default" r:id="${id}"/>`);
  });
  (parts.footers ?? []).forEach((inner, i) => {
    const path = `word/footerX${i + 1}.xml`;
    put(path, xmlDecl(w(`<w:ftr ${nsDecls}>${inner}</w:ftr>`)));
    const id = addRel('footer', relTarget(path), `${WML_CT}.footer+xml`, path);
    if (i === 0) sectRefs.push(`<w:footerReference w:type="default" r:id="${id}"/>`);
  });
  const separators = (kind: 'footnote' | 'endnote') =>
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  if (parts.footnotes !== undefined) {
    const path = 'word/notesF.xml';
    put(path, xmlDecl(w(`<w:footnotes ${nsDecls}>${separators('footnote')}${parts.footnotes}</w:footnotes>`)));
    addRel('footnotes', relTarget(path), `${WML_CT}.footnotes+xml`, path);
  }
  if (parts.endnotes !== undefined) {
    const path = 'word/notesE.xml';
    put(path, xmlDecl(w(`<w:endnotes ${nsDecls}>${separators('endnote')}${parts.endnotes}</w:endnotes>`)));
    addRel('endnotes', relTarget(path), `${WML_CT}.endnotes+xml`, path);
  }
  if (parts.comments !== undefined) {
    const path = 'word/remarks.xml';
    put(path, xmlDecl(w(`<w:comments ${nsDecls}>${parts.comments}</w:comments>`)));
    addRel('comments', relTarget(path), `${WML_CT}.comments+xml`, path);
  }
  for (const r of parts.extraRels ?? []) {
    docRels.push(
      `<Relationship Id="${r.id}" Type="${rel(r.type)}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`,
    );
  }

  // Main document
  const sectPr = `<w:sectPr>${sectRefs.join('')}<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>`;
  put(
    documentPath,
    parts.rawDocument ?? xmlDecl(w(`<w:document ${nsDecls}${conformance}><w:body>${parts.body}${sectPr}</w:body></w:document>`)),
  );
  overrides.push([documentPath, `${WML_CT}.document.main+xml`]);
  put(
    `${wordDir}_rels/${docName}.rels`,
    xmlDecl(`<Relationships xmlns="${PKG_RELS}">${docRels.join('')}</Relationships>`),
  );
  put(
    '_rels/.rels',
    xmlDecl(
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${rel('officeDocument')}" Target="${documentPath}"/></Relationships>`,
    ),
  );
  put(
    '[Content_Types].xml',
    xmlDecl(
      `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join('') +
        '</Types>',
    ),
  );
  for (const [path, data] of Object.entries(parts.extraParts ?? {})) {
    files[path] = typeof data === 'string' ? strToU8(data) : data;
  }
  // [Content_Types].xml first, as Word writes it.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml']! };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: parts.store ? 0 : 6 });
}

/** A paragraph holding one plain run per string. */
export function p(...texts: string[]): string {
  return `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

/** A run with the given inner rPr XML. */
export function r(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

// ---------------------------------------------------------------------------------------------
// A raw zip writer, for entries whose compressed data or headers a test controls.

export interface RawZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The bytes as written (already deflated when method is 8). */
  data: Uint8Array;
  crc: number;
  /** Uncompressed size written into the headers (may lie). */
  size: number;
}

export function rawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBuf, eocd]));
}

/** A stored zip entry from text. */
export function storedEntry(name: string, text: string): RawZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, data, crc: crc32(data), size: data.length };
}

/**
 * A deflated entry of `prefix` followed by `zeroBytes` zero bytes, built in 1 MiB chunks so the
 * inflated size is never held in memory. Returns the compressed data, CRC and true size.
 */
export async function deflatedZeros(prefix: string, zeroBytes: number): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const head = Buffer.from(prefix, 'utf8');
  let crc = crc32(head);
  deflate.write(head);
  const chunk = Buffer.alloc(1 << 20);
  let left = zeroBytes;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((res) => deflate.once('drain', res));
    left -= piece.length;
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), crc, size: head.length + zeroBytes };
}

/** Minimal package parts around a given main document, as raw stored entries. */
export function minimalPackageEntries(documentXml: string): RawZipEntry[] {
  return [
    storedEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${WML_CT}.document.main+xml"/></Types>`,
    ),
    storedEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${TRANSITIONAL.relType}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    ...(documentXml ? [storedEntry('word/document.xml', documentXml)] : []),
  ];
}

export const W_NS = TRANSITIONAL.w;
