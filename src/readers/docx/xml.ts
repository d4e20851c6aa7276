/**
 * Streaming XML over saxes, namespace-aware, with two safety rules: any DOCTYPE is refused
 * (no entity expansion, no external entities), and bytes are decoded in chunks so a large part
 * is never one giant string.
 */
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { UserError } from '../../errors.js';

/** Canonical namespace keys: transitional and Strict OOXML URIs map to the same key. */
export enum Ns {
  Other = 0,
  W = 1,
  MC = 2,
  A = 3,
  R = 4,
  Rel = 5,
  Xml = 6,
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
]);

export function nsOf(uri: string | undefined): Ns {
  return (uri && NAMESPACES.get(uri)) || Ns.Other;
}

/** A small element tree, for parts (styles, theme) and property blocks (rPr, pPr) that are read whole. */
export interface XmlElement {
  ns: Ns;
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  text: string;
}

export interface XmlHandlers {
  /** Set by parseXml: resolves a namespace prefix in scope (for mc:Choice/@Requires). */
  resolvePrefix?: (prefix: string) => string | undefined;
  open(ns: Ns, name: string, tag: SaxesTagNS): void;
  close(ns: Ns, name: string): void;
  text(text: string): void;
}

const CHUNK = 1 << 20;

/** Decodes a part's bytes honouring a UTF-8 or UTF-16 byte-order mark. */
function decoderFor(bytes: Uint8Array): { decoder: TextDecoder; start: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), start: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { decoder: new TextDecoder('utf-8'), start: 3 };
  return { decoder: new TextDecoder('utf-8'), start: 0 };
}

export function parseXml(bytes: Uint8Array, file: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', () => {
    throw new UserError(
      `${file} contains XML with a DOCTYPE in ${part}, which Word never writes: refusing it as unsafe.`,
      'unsafe-xml',
    );
  });
  handlers.resolvePrefix = (prefix) => parser.resolve(prefix);
  parser.on('opentag', (tag) => handlers.open(nsOf(tag.uri), tag.local, tag));
  parser.on('closetag', (tag) => handlers.close(nsOf(tag.uri), tag.local));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  const { decoder, start } = decoderFor(bytes);
  try {
    for (let at = start; at < bytes.length; at += CHUNK) {
      const end = Math.min(bytes.length, at + CHUNK);
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
    parser.close();
  } catch (error) {
    if (error instanceof UserError) throw error;
    const detail = (error as Error).message.split('\n')[0];
    throw new UserError(`${file} is damaged: ${part} is not well-formed XML (${detail}). Open it in Word and save it again.`, 'corrupt-docx');
  }
}

/** Attributes keyed by local name; WordprocessingML attributes are all in the w: namespace or none. */
export function attributesOf(tag: SaxesTagNS): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key] as SaxesAttributeNS;
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    attrs.set(attribute.local, attribute.value);
  }
  return attrs;
}

/** Collects a subtree as `XmlElement`s while a streaming parse is under way. */
export class TreeBuilder {
  private readonly stack: XmlElement[] = [];
  root: XmlElement | null = null;

  open(ns: Ns, name: string, tag: SaxesTagNS): void {
    const element: XmlElement = { ns, name, attrs: attributesOf(tag), children: [], text: '' };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(element);
    else this.root = element;
    this.stack.push(element);
  }

  close(): boolean {
    this.stack.pop();
    return this.stack.length === 0;
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += text;
  }
}

/** Parses a whole (small) part into a tree. */
export function parseTree(bytes: Uint8Array, file: string, part: string): XmlElement {
  const builder = new TreeBuilder();
  parseXml(bytes, file, part, {
    open: (ns, name, tag) => builder.open(ns, name, tag),
    close: () => void builder.close(),
    text: (text) => builder.text(text),
  });
  if (!builder.root) throw new UserError(`${file} is damaged: ${part} is empty.`, 'corrupt-docx');
  return builder.root;
}

export function child(element: XmlElement | undefined, ns: Ns, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.ns === ns && c.name === name);
}

export function children(element: XmlElement | undefined, ns: Ns, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.ns === ns && c.name === name) : [];
}
