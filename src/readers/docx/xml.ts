/**
 * Streaming XML (xml-scan.ts), namespace-aware, with two safety rules: any DOCTYPE is refused
 * (no entity expansion, no external entities), and bytes are decoded in chunks so a large part
 * is never one giant string.
 */
import { XmlScanner, XmlSyntaxError, XmlTooLarge } from './xml-scan.js';
import { UserError } from '../../errors.js';
import type { Budget } from '../../budget.js';
import { LIMITS, overLimit } from '../limits.js';

/** Character data as the parser gives it (line ends normalised, references replaced), for a reader that reads an element's source itself. */
export { textValue as xmlText } from './xml-scan.js';

/** Canonical namespace keys: transitional and Strict OOXML URIs map to the same key. */
export enum Ns {
  Other = 0,
  W = 1,
  MC = 2,
  A = 3,
  R = 4,
  Rel = 5,
  Xml = 6,
  /** Word 2010's DrawingML shapes (`wps:wsp`: text boxes and shapes holding text). */
  WPS = 7,
  /** VML, the shapes of older documents and of `mc:Fallback` branches. */
  V = 8,
  /** Word 2010's additions to WordprocessingML (`w14:textFill`: text effects). */
  W14 = 9,
  /** OPC content types (`[Content_Types].xml`). */
  CT = 10,
  /** Office Math (`m:oMath`: Word's equations, whose `m:r` runs hold `w:rPr` and `m:t` text). */
  M = 11,
}

const NAMESPACES = new Map<string, Ns>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', Ns.W],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', Ns.W],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', Ns.MC],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', Ns.A],
  ['http://purl.oclc.org/ooxml/drawingml/main', Ns.A],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', Ns.R],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', Ns.R],
  ['http://schemas.openxmlformats.org/package/2006/relationships', Ns.Rel],
  ['http://www.w3.org/XML/1998/namespace', Ns.Xml],
  ['http://schemas.microsoft.com/office/word/2010/wordprocessingShape', Ns.WPS],
  ['urn:schemas-microsoft-com:vml', Ns.V],
  ['http://schemas.microsoft.com/office/word/2010/wordml', Ns.W14],
  ['http://schemas.openxmlformats.org/package/2006/content-types', Ns.CT],
  ['http://schemas.openxmlformats.org/officeDocument/2006/math', Ns.M],
  ['http://purl.oclc.org/ooxml/officeDocument/math', Ns.M],
]);

export function nsOf(uri: string | undefined): Ns {
  return (uri && NAMESPACES.get(uri)) || Ns.Other;
}

/** A small element tree, for parts (styles, theme) and property blocks (rPr, pPr): attributes only. */
export interface XmlElement {
  ns: Ns;
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
}

/** An element as the parser reports it: its attributes, read when asked for. */
export interface XmlTag {
  /** Qualified name → value. */
  readonly attributes: Record<string, string>;
  /** Local name → value, without namespace declarations (see attributesOf). */
  local(): Map<string, string>;
}

/**
 * The element being opened, whole, for a reader that keeps what it made of one and skips the same
 * source the next time (a document repeats the same few property blocks thousands of times).
 */
export interface ElementBlocks {
  /**
   * During `open`: the element's source, start tag to end tag, and its namespace scope (an opaque key:
   * the same text means the same thing only in the same scope); null when it cannot be skipped
   * (see xml-scan.ts `elementSource`).
   */
  source(): { scope: object; text: string } | null;
  /**
   * During `open`, after `source()`: passes over the element's content and end tag, counting the
   * `elements` it holds (itself included) and its `depth` (1: no children) against the limits. False
   * when that would pass a limit: then it is read as usual, and the limit speaks where it is passed.
   */
  passOver(elements: number, depth: number): boolean;
  /**
   * During `open`: the element's qualified name, the text being parsed, where the element's content
   * starts in it, and its namespace scope (as for `source`); null for a self-closing element or the root.
   */
  content(): { name: string; input: string; from: number; scope: object } | null;
  /**
   * During `open`, after `content()`: passes over the element, which ends at `end` of that text (its
   * end tag included), counting as `passOver` does. The caller must have checked all that lies
   * between as the parser would (see body.ts readPlainParagraph). False when a limit would be passed.
   */
  passOverTo(end: number, elements: number, depth: number): boolean;
}

export interface XmlHandlers {
  /** False while the handler would ignore text (then none is made); absent: always wanted. */
  wantsText?(): boolean;
  /** Set by parseXml: resolves a namespace prefix in scope (for mc:Choice/@Requires). */
  resolvePrefix?: (prefix: string) => string | undefined;
  /** Set by parseXml: the element being opened, whole (see ElementBlocks). */
  blocks?: ElementBlocks;
  /** `qualified`: the name as written (prefix:local), for a reader that resolves its prefix itself (resolvePrefix). */
  open(ns: Ns, name: string, tag: XmlTag, qualified: string): void;
  close(ns: Ns, name: string): void;
  text(text: string): void;
}

const CHUNK = 1 << 20;

// ignoreBOM: a U+FEFF that happens to open a chunk is text, not a byte-order mark (that one is skipped above).
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes a part's bytes chunk by chunk, honouring a UTF-8 or UTF-16 byte-order mark. */
function decoderFor(bytes: Uint8Array): { decode: (chunk: Uint8Array, last: boolean) => string; start: number; utf8: boolean } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoder = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    return { decode: (chunk, last) => decoder.decode(chunk, { stream: !last }), start: 2, utf8: false };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { decode: (chunk) => UTF8.decode(chunk), start, utf8: true };
}

/**
 * Where a chunk of UTF-8 starting at `at` should end so that no character is split: `end`, moved
 * back over continuation bytes (at most three). Each chunk is then decoded whole, which in V8 is
 * twice as fast as a streaming decode.
 */
function utf8ChunkEnd(bytes: Uint8Array, at: number, end: number): number {
  if (end >= bytes.length) return bytes.length;
  let cut = end;
  while (cut > end - 3 && cut > at + 1 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return cut;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Longest attribute value parsed at all (VML's base64 `o:gfxdata` runs to tens of KB). */
const MAX_PARSED_ATTRIBUTE = 16 * 1024 * 1024;

/**
 * Namespaces are resolved here: a scope of prefix → URI per element, copied only where an element
 * declares one. Nesting depth and element count are capped (LIMITS), and the budget is ticked per element.
 */
export function parseXml(bytes: Uint8Array, file: string, part: string, handlers: XmlHandlers, budget?: Budget, progress?: (done: number, total: number) => void): void {
  const scopes: Scope[] = [new Scope(new Map([['xml', XML_NAMESPACE]]))];
  let elements = 0;
  handlers.resolvePrefix = (prefix) => scopes[scopes.length - 1]!.uris.get(prefix);
  handlers.blocks = {
    source() {
      const text = scanner.elementSource();
      return text === null ? null : { scope: scopes[scopes.length - 1]!, text };
    },
    passOver(count, depth) {
      if (!withinLimits(count, depth)) return false;
      scanner.skipElement();
      return true;
    },
    content() {
      const content = scanner.elementContent();
      return content && Object.assign(content, { scope: scopes[scopes.length - 1]! as object });
    },
    passOverTo(end, count, depth) {
      if (!withinLimits(count, depth)) return false;
      scanner.skipElementTo(end);
      return true;
    },
  };
  /** For an element passed over: whether its `count` elements and `depth` levels stay within the limits; if so they are counted and its scope closed. */
  const withinLimits = (count: number, depth: number): boolean => {
    // The element is at level scopes.length - 1 (its own scope is pushed); its deepest descendant at that plus depth - 1.
    if (scopes.length - 2 + depth > LIMITS.xmlDepth || elements + count - 1 > LIMITS.xmlElements) return false;
    elements += count - 1;
    scopes.pop();
    return true;
  };
  const scanner = new XmlScanner(
    {
      doctype() {
        throw new UserError(`${file} contains XML with a DOCTYPE in ${part}, which Word never writes: refusing it as unsafe.`, 'unsafe-xml');
      },
      open(name, tag) {
        if (scopes.length > LIMITS.xmlDepth) throw overLimit(file, `the nesting of XML elements in ${part}`, LIMITS.xmlDepth, 'levels', 'xmlDepth', { part });
        if (++elements > LIMITS.xmlElements) throw overLimit(file, `the number of XML elements in ${part}`, LIMITS.xmlElements, '', 'xmlElements', { part });
        budget?.tick();
        let scope = scopes[scopes.length - 1]!;
        if (tag.mayDeclareNamespaces) {
          const attributes = tag.attributes;
          let uris: Map<string, string> | null = null;
          for (const key in attributes) {
            if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
            uris ??= new Map(scope.uris);
            uris.set(key === 'xmlns' ? '' : key.slice(6), attributes[key]!);
          }
          if (uris) scope = new Scope(uris);
        }
        scopes.push(scope);
        const element = scope.resolve(name);
        handlers.open(element.ns, element.local, tag, name);
      },
      close(name) {
        const element = scopes.pop()!.resolve(name);
        handlers.close(element.ns, element.local);
      },
      text: (text) => handlers.text(text),
      wantsText: handlers.wantsText ? () => handlers.wantsText!() : undefined,
    },
    MAX_PARSED_ATTRIBUTE + 1024,
  );
  const { decode, start, utf8 } = decoderFor(bytes);
  try {
    for (let at = start; at < bytes.length; ) {
      const end = utf8 ? utf8ChunkEnd(bytes, at, at + CHUNK) : Math.min(bytes.length, at + CHUNK);
      scanner.write(decode(bytes.subarray(at, end), end >= bytes.length));
      at = end;
      progress?.(at, bytes.length);
    }
    scanner.end();
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof XmlTooLarge) throw overLimit(file, `an attribute of ${part}`, MAX_PARSED_ATTRIBUTE / 1024 / 1024, 'MiB', 'parsedAttributeBytes', { part });
    const detail = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200).replace(/\.$/, '');
    if (error instanceof XmlSyntaxError) {
      throw new UserError(`${file} is damaged: ${part} is not well-formed XML (${detail}). Open it in Word and save it again.`, 'corrupt-docx', { part, error: detail });
    }
    // A string past V8's maximum length, or a stack overflow: the part is not a real one.
    throw new UserError(`${file} is damaged: ${part} cannot be read (${detail}). Open it in Word and save it again.`, 'corrupt-docx', { part, error: detail });
  }
}

/** Attributes keyed by local name; WordprocessingML attributes are all in the w: namespace or none. */
export function attributesOf(tag: XmlTag): Map<string, string> {
  return tag.local();
}

/**
 * The namespaces in scope (prefix → URI), and what each qualified name seen under them resolves to,
 * worked out once per name: a document declares its namespaces on the root and uses a few dozen names.
 */
class Scope {
  private readonly names = new Map<string, { ns: Ns; local: string }>();

  constructor(readonly uris: Map<string, string>) {}

  resolve(name: string): { ns: Ns; local: string } {
    let element = this.names.get(name);
    if (!element) {
      const colon = name.indexOf(':');
      element = { ns: nsOf(this.uris.get(colon < 0 ? '' : name.slice(0, colon))), local: colon < 0 ? name : name.slice(colon + 1) };
      // (Bounded: a hostile part with millions of distinct names must not grow this without end.)
      if (this.names.size < 10_000) this.names.set(name, element);
    }
    return element;
  }
}

/** Where a tree is built, for the error when it grows past its limit. */
export interface TreeLimit {
  file: string;
  part: string;
  /** Elements the tree may hold, and the name of that limit. */
  elements: number;
  name: 'treeElements' | 'propertyElements';
  /** What the elements are, for the message: "property elements in one w:rPr". */
  what: string;
}

/**
 * Collects a subtree as `XmlElement`s while a streaming parse is under way. With `keep`, elements
 * whose name it lacks (fonts, sizes, languages… in a run's properties) are not built at all.
 * The tree holds at most `limit.elements` elements and attribute values of LIMITS.attributeChars.
 */
export class TreeBuilder {
  private readonly stack: (XmlElement | null)[] = [];
  private built = 0;
  root: XmlElement | null = null;
  /** Every element opened in the subtree, kept or not, and how deep it went (1: the root alone). */
  elements = 0;
  depth = 0;

  constructor(
    private readonly keep: ReadonlySet<string> | undefined,
    private readonly limit: TreeLimit,
  ) {}

  open(ns: Ns, name: string, tag: XmlTag): void {
    this.elements++;
    if (this.stack.length >= this.depth) this.depth = this.stack.length + 1;
    const parent = this.stack[this.stack.length - 1];
    if (this.stack.length > 0 && (parent === null || (this.keep && !this.keep.has(name)))) {
      this.stack.push(null);
      return;
    }
    if (++this.built > this.limit.elements) throw overLimit(this.limit.file, `the number of ${this.limit.what} in ${this.limit.part}`, this.limit.elements, '', this.limit.name, { part: this.limit.part });
    const attrs = attributesOf(tag);
    for (const value of attrs.values()) {
      if (value.length > LIMITS.attributeChars) throw overLimit(this.limit.file, `an attribute of ${this.limit.part}`, LIMITS.attributeChars, 'characters', 'attributeChars', { part: this.limit.part });
    }
    const element: XmlElement = { ns, name, attrs, children: [] };
    if (parent) parent.children.push(element);
    else this.root = element;
    this.stack.push(element);
  }

  close(): boolean {
    this.stack.pop();
    return this.stack.length === 0;
  }
}

/**
 * Parses a whole (small) part into a tree of the elements named in `keep` (all when absent),
 * attributes only.
 */
export function parseTree(bytes: Uint8Array, file: string, part: string, keep?: ReadonlySet<string>, budget?: Budget): XmlElement {
  const builder = new TreeBuilder(keep, { file, part, elements: LIMITS.treeElements, name: 'treeElements', what: 'XML elements kept' });
  parseXml(
    bytes,
    file,
    part,
    {
      open: (ns, name, tag) => builder.open(ns, name, tag),
      close: () => void builder.close(),
      text: () => undefined,
    },
    budget,
  );
  if (!builder.root) throw new UserError(`${file} is damaged: ${part} is empty.`, 'corrupt-docx', { part });
  return builder.root;
}

export function child(element: XmlElement | undefined, ns: Ns, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.ns === ns && c.name === name);
}

export function children(element: XmlElement | undefined, ns: Ns, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.ns === ns && c.name === name) : [];
}
