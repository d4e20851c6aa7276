/**
 * A streaming XML scanner for the parts of a DOCX: start tags with their attributes, end tags, text
 * and CDATA, comments and processing instructions skipped, in one pass with `indexOf` over chunks of
 * decoded text. It replaces a general SAX parser because on Word's documents that parser was the
 * largest cost of a summary (bench/docx.mjs); tests/xml-scan.test.ts checks it event for event
 * against saxes on the samples, the fixtures and the public corpus.
 *
 * Well-formedness is checked as a reader of Office files needs it — a damaged part must be refused,
 * never read halfway as if whole: tags must nest and match, attributes must be quoted and not repeated,
 * only the five predefined entities and character references are known, characters XML 1.0 forbids
 * are refused, one root element and nothing but white space outside it. A DOCTYPE is reported to
 * the caller (which refuses it as unsafe: no entity expansion, ever); names hold only name characters
 * (ASCII letters, digits, `.`, `-`, `_`, `:`, anything past ASCII) and do not start with a digit,
 * `-` or `.`. What is not checked: the XML declaration and processing instructions (skipped whole:
 * nothing read depends on them), the finer Unicode ranges of names, and `]]>` in text.
 */

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** One tag, comment or other piece of markup longer than the scanner's `maxPending`. */
export class XmlTooLarge extends Error {
  constructor() {
    super('a piece of markup too long to be real');
    this.name = 'XmlTooLarge';
  }
}

/**
 * The attributes of a start tag, read when asked for: most elements of a document are never asked
 * (a reader wants the attributes of a few), so their names and values are never made into strings.
 * Their syntax is checked as the tag is scanned (quotes, `=`, no `<`, references); a repeated name is
 * found when they are read. Ask during the `open` call that gives it: it reads the scanner's input.
 */
export class StartTag {
  private values: Record<string, string> | null = null;

  constructor(
    private readonly source: string,
    private readonly from: number,
    private readonly to: number,
    /** Whether `xmlns` occurs among the attributes: a namespace may be declared (then they are read). */
    readonly mayDeclareNamespaces: boolean,
  ) {}

  /** Name → value, in document order; no prototype: any key is safe. */
  get attributes(): Record<string, string> {
    return (this.values ??= readAttributes(this.source, this.from, this.to));
  }

  /** Local name (prefix dropped) → value, namespace declarations left out: what the readers look up. */
  local(): Map<string, string> {
    const map = new Map<string, string>();
    const attributes = this.attributes;
    for (const key in attributes) {
      if (key.charCodeAt(0) === 0x78 /* x */ && (key === 'xmlns' || key.startsWith('xmlns:'))) continue;
      const colon = key.indexOf(':');
      map.set(colon < 0 ? key : key.slice(colon + 1), attributes[key]!);
    }
    return map;
  }
}

/** The attributes between `from` and `to`, already checked by the scan but for repeated names. */
function readAttributes(source: string, from: number, to: number): Record<string, string> {
  const attributes = Object.create(null) as Record<string, string>;
  let p = from;
  while (p < to) {
    while (p < to && isSpace(source.charCodeAt(p))) p++;
    if (p >= to) break;
    const nameStart = p;
    while (p < to && source.charCodeAt(p) !== 0x3d && !isSpace(source.charCodeAt(p))) p++;
    const key = source.slice(nameStart, p);
    while (source.charCodeAt(p) !== 0x22 && source.charCodeAt(p) !== 0x27) p++;
    const close = source.indexOf(source[p]!, p + 1);
    if (Object.hasOwn(attributes, key)) throw new XmlSyntaxError(`the attribute ${key} is repeated`);
    attributes[key] = attributeValue(source.slice(p + 1, close));
    p = close + 1;
  }
  return attributes;
}

export interface ScanHandlers {
  /** `name` is the qualified name (`w:p`). */
  open(name: string, tag: StartTag, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /** False while text would be thrown away: it is then checked but not made into strings. */
  wantsText?(): boolean;
  doctype(): void;
}

/**
 * Where the next occurrence of one string is in the chunk being scanned, found once per chunk, not
 * once per tag. One object per needle with a plain number field: the same cache kept in an array
 * reset with `fill(-1)` was at times read stale by optimised code on Node 20 (every tag then
 * searched the rest of the chunk again: 3 s instead of 90 ms on a 2.6 MB part).
 */
class NextIndex {
  /** The last place the needle was found in the chunk (its length if nowhere); -1: not looked for yet. */
  private at = -1;
  constructor(private readonly needle: string) {}

  reset(): void {
    this.at = -1;
  }

  /** Where the needle is at or after `from` in `input` (its length if nowhere). */
  from(input: string, from: number): number {
    let at = this.at;
    if (at < from) {
      at = input.indexOf(this.needle, from);
      if (at < 0) at = input.length;
      this.at = at;
    }
    return at;
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Characters XML 1.0 does not allow (§2.2), as V8 sees them in a decoded string. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NOT_SPACE = /[^ \t\r\n]/;

function isNameStart(code: number): boolean {
  // Letters, `_`, `:` and anything past ASCII; not digits, `-`, `.` or punctuation.
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code > 0x7f;
}

/** A character that may continue a name: an ASCII letter or digit, `.`, `-`, `_`, `:`, or anything past ASCII. */
function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x3a) || code === 0x2e || code === 0x2d || code === 0x5f || code > 0x7f
  );
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** Replaces entity and character references; `&` not starting one is an error. */
function decodeEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlSyntaxError('an & that starts no entity');
    const name = text.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78; /* x */
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new XmlSyntaxError(`a malformed character reference &${name};`);
      const code = parseInt(digits, hex ? 16 : 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlSyntaxError(`a character reference out of range &${name};`);
      value = String.fromCodePoint(code);
      if (FORBIDDEN.test(value) || code === 0) throw new XmlSyntaxError(`a character reference XML forbids &${name};`);
    } else {
      value = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
      if (value === undefined) throw new XmlSyntaxError(`an undefined entity &${name};`);
    }
    out += text.slice(from, amp) + value;
    from = semi + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Text as XML reads it: line ends normalised (§2.11), references replaced; an `XmlSyntaxError` for a bad reference. */
export function textValue(raw: string): string {
  const text = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
}

/** An attribute value as XML reads it: white space characters become spaces (§3.3.3), references replaced. */
function attributeValue(raw: string): string {
  let value = raw;
  if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
  return value.indexOf('&') >= 0 ? decodeEntities(value) : value;
}

/**
 * Feed it text with `write` (chunks may cut a tag or a text anywhere), then `end()`. Handlers are
 * called as the input is read; an `XmlSyntaxError` is thrown at the first fault.
 */
export class XmlScanner {
  private pending = '';
  /** Qualified names of the open elements. */
  private readonly open: string[] = [];
  private rootSeen = false;
  private rootClosed = false;

  /** `maxPending`: the longest piece (a tag, a comment) that may run on from one chunk into the next. */
  constructor(
    private readonly handlers: ScanHandlers,
    private readonly maxPending: number,
  ) {}

  write(chunk: string): void {
    // Once per chunk, over all of it: markup, text, comments alike (XML forbids them everywhere).
    if (FORBIDDEN.test(chunk)) throw new XmlSyntaxError('a character XML forbids');
    const input = this.pending ? this.pending + chunk : chunk;
    this.pending = '';
    const at = this.scan(input, false);
    if (at < input.length) {
      if (input.length - at > this.maxPending) throw new XmlTooLarge();
      this.pending = input.slice(at);
    }
  }

  end(): void {
    const input = this.pending;
    this.pending = '';
    if (input) this.scan(input, true);
    if (!this.rootSeen) throw new XmlSyntaxError('no root element');
    if (this.open.length) throw new XmlSyntaxError(`unclosed tag <${this.open[this.open.length - 1]}>`);
  }

  private characters(raw: string): void {
    if (!raw) return;
    if (this.open.length === 0) {
      if (NOT_SPACE.test(raw)) throw new XmlSyntaxError('text outside the root element');
      return;
    }
    this.handlers.text(textValue(raw));
  }

  /** Text from `from` to `to` of `input`: given to the handler, or only checked when it wants none. */
  private textBetween(input: string, from: number, to: number): void {
    if (this.open.length > 0 && this.handlers.wantsText?.() === false) {
      // Its references must still be good (a bad one is damage wherever it is).
      if (this.nextAmp.from(input, from) < to) decodeEntities(input.slice(from, to));
      return;
    }
    this.characters(input.slice(from, to));
  }

  /** Reads `input` from the start; returns where the unread rest begins (kept for the next chunk). */
  private scan(input: string, last: boolean): number {
    const length = input.length;
    this.nextLt.reset();
    this.nextAmp.reset();
    this.nextXmlns.reset();
    let i = 0;
    while (i < length) {
      const lt = input.indexOf('<', i);
      if (lt < 0) {
        // Text to the end of the chunk: kept whole when an entity may be cut, else given now.
        const amp = input.lastIndexOf('&');
        if (!last && amp >= i && input.indexOf(';', amp) < 0) {
          this.characters(input.slice(i, amp));
          return amp;
        }
        // A CR that may be the first half of a CRLF waits for the next chunk.
        if (!last && input.charCodeAt(length - 1) === 0x0d) {
          this.characters(input.slice(i, length - 1));
          return length - 1;
        }
        this.characters(input.slice(i));
        return length;
      }
      if (lt > i) this.textBetween(input, i, lt);
      const next = input.charCodeAt(lt + 1);
      if (Number.isNaN(next)) {
        if (last) throw new XmlSyntaxError('the part ends inside a tag');
        return lt;
      }
      if (next === 0x2f /* / */) {
        const gt = input.indexOf('>', lt + 2);
        if (gt < 0) {
          if (last) throw new XmlSyntaxError('the part ends inside a tag');
          return lt;
        }
        let end = gt;
        while (end > lt + 2 && isSpace(input.charCodeAt(end - 1))) end--;
        const name = input.slice(lt + 2, end);
        const expected = this.open.pop();
        if (expected !== name) throw new XmlSyntaxError(expected === undefined ? `a closing tag </${name}> with nothing open` : `</${name}> closes <${expected}>`);
        this.handlers.close(name);
        if (this.open.length === 0) this.rootClosed = true;
        i = gt + 1;
        continue;
      }
      if (next === 0x3f /* ? */) {
        const close = input.indexOf('?>', lt + 2);
        if (close < 0) {
          if (last) throw new XmlSyntaxError('the part ends inside a processing instruction');
          return lt;
        }
        i = close + 2;
        continue;
      }
      if (next === 0x21 /* ! */) {
        if (input.startsWith('<!--', lt)) {
          const close = input.indexOf('-->', lt + 4);
          if (close < 0) {
            if (last) throw new XmlSyntaxError('the part ends inside a comment');
            return lt;
          }
          i = close + 3;
          continue;
        }
        if (input.startsWith('<![CDATA[', lt)) {
          const close = input.indexOf(']]>', lt + 9);
          if (close < 0) {
            if (last) throw new XmlSyntaxError('the part ends inside a CDATA section');
            return lt;
          }
          if (this.open.length === 0) throw new XmlSyntaxError('CDATA outside the root element');
          const raw = input.slice(lt + 9, close);
          if (raw) this.handlers.text(raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw);
          i = close + 3;
          continue;
        }
        if (lt + 9 > length && !last) return lt;
        if (input.startsWith('<!DOCTYPE', lt)) {
          this.handlers.doctype();
          throw new XmlSyntaxError('a DOCTYPE');
        }
        throw new XmlSyntaxError('a malformed <! declaration');
      }
      const at = this.startTag(input, lt, last);
      if (at < 0) return lt;
      i = at;
    }
    return length;
  }

  /** Reads the start tag at `lt`; returns the index after it, or -1 when the chunk ends inside it. */
  private startTag(input: string, lt: number, last: boolean): number {
    const length = input.length;
    if (!isNameStart(input.charCodeAt(lt + 1))) throw new XmlSyntaxError('a < that starts no tag');
    let p = lt + 1;
    while (p < length) {
      const c = input.charCodeAt(p);
      if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */) break;
      if (!isNameChar(c)) throw new XmlSyntaxError('a character a tag name cannot hold');
      p++;
    }
    if (p >= length) return this.cut(last);
    const nameEnd = p;
    for (;;) {
      const before = p;
      while (p < length && isSpace(input.charCodeAt(p))) p++;
      if (p >= length) return this.cut(last);
      const c = input.charCodeAt(p);
      if (c === 0x3e /* > */) {
        return this.element(input, lt, p + 1, input.slice(lt + 1, nameEnd), new StartTag(input, nameEnd, p, this.nextXmlns.from(input, nameEnd) < p), false);
      }
      if (c === 0x2f /* / */) {
        if (p + 1 >= length) return this.cut(last);
        if (input.charCodeAt(p + 1) !== 0x3e) throw new XmlSyntaxError(`a / inside <${input.slice(lt + 1, nameEnd)}>`);
        return this.element(input, lt, p + 2, input.slice(lt + 1, nameEnd), new StartTag(input, nameEnd, p, this.nextXmlns.from(input, nameEnd) < p), true);
      }
      const name = () => input.slice(lt + 1, nameEnd);
      if (p === before) throw new XmlSyntaxError(`no space between the attributes of <${name()}>`);
      if (!isNameStart(c)) throw new XmlSyntaxError(`a malformed attribute in <${name()}>`);
      const keyStart = p;
      while (p < length) {
        const d = input.charCodeAt(p);
        if (d === 0x3d /* = */ || isSpace(d) || d === 0x3e /* > */ || d === 0x2f /* / */) break;
        if (!isNameChar(d)) throw new XmlSyntaxError(`a character an attribute name of <${name()}> cannot hold`);
        p++;
      }
      const keyEnd = p;
      while (p < length && isSpace(input.charCodeAt(p))) p++;
      if (p >= length) return this.cut(last);
      if (input.charCodeAt(p) !== 0x3d) throw new XmlSyntaxError(`the attribute ${input.slice(keyStart, keyEnd)} of <${name()}> has no value`);
      p++;
      while (p < length && isSpace(input.charCodeAt(p))) p++;
      if (p >= length) return this.cut(last);
      const quote = input.charCodeAt(p);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlSyntaxError(`the attribute ${input.slice(keyStart, keyEnd)} of <${name()}> is not quoted`);
      const close = input.indexOf(quote === 0x22 ? '"' : "'", p + 1);
      if (close < 0) return this.cut(last);
      if (this.nextLt.from(input, p + 1) < close) throw new XmlSyntaxError('a < inside an attribute value');
      // References are checked now (a bad one is damage wherever it is), replaced when read.
      if (this.nextAmp.from(input, p + 1) < close) decodeEntities(input.slice(p + 1, close));
      p = close + 1;
    }
  }

  /** The next `<`, `&` and `xmlns` in the chunk being scanned. */
  private readonly nextLt = new NextIndex('<');
  private readonly nextAmp = new NextIndex('&');
  private readonly nextXmlns = new NextIndex('xmlns');

  private cut(last: boolean): number {
    if (last) throw new XmlSyntaxError('the part ends inside a tag');
    return -1;
  }

  /** The start tag from `lt` to `after` (the index after its `>`): reported; returns where scanning goes on. */
  private element(input: string, lt: number, after: number, name: string, tag: StartTag, selfClosing: boolean): number {
    if (this.open.length === 0) {
      if (this.rootClosed) throw new XmlSyntaxError('a second root element');
      this.rootSeen = true;
    }
    this.current = { input, lt, after, name, selfClosing, end: -1 };
    this.skipTo = -1;
    this.handlers.open(name, tag, selfClosing);
    this.current = null;
    if (this.skipTo >= 0) return this.skipTo;
    if (selfClosing) {
      this.handlers.close(name);
      if (this.open.length === 0) this.rootClosed = true;
    } else this.open.push(name);
    return after;
  }

  /** The element being opened (set during the `open` call only). */
  private current: { input: string; lt: number; after: number; name: string; selfClosing: boolean; end: number } | null = null;
  /** Set by `skipElement` during an `open` call: where scanning goes on. */
  private skipTo = -1;

  /**
   * During an `open` call: the element's whole source, start tag to end tag, when it lies in the
   * chunk being scanned and is plainly shaped — elements and attributes only, no comment, CDATA or
   * processing instruction (which could hold a false end tag) and no element of its own name inside
   * (so its first end tag is its own). Null otherwise, and for the root element. The same source in
   * the same namespace scope always gives the same events: a reader may keep what it made of one and
   * skip the next (`skipElement`).
   */
  elementSource(): string | null {
    const c = this.current;
    if (!c || this.open.length === 0) return null;
    if (c.selfClosing) {
      c.end = c.after;
      return c.input.slice(c.lt, c.after);
    }
    const endTag = `</${c.name}>`;
    const close = c.input.indexOf(endTag, c.after);
    if (close < 0) return null;
    const source = c.input.slice(c.lt, close + endTag.length);
    if (source.indexOf('<!') >= 0 || source.indexOf('<?') >= 0) return null;
    for (let at = source.indexOf(`<${c.name}`, 1); at >= 0; at = source.indexOf(`<${c.name}`, at + 1)) {
      const next = source.charCodeAt(at + 1 + c.name.length);
      if (isSpace(next) || next === 0x3e /* > */ || next === 0x2f /* / */) return null;
    }
    c.end = close + endTag.length;
    return source;
  }

  /**
   * During an `open` call, after `elementSource` gave the element's source: no more events for it
   * (its content and end tag are passed over; they were checked when that same source was first read).
   */
  skipElement(): void {
    const c = this.current;
    if (!c || c.end < 0) throw new Error('skipElement() without elementSource()');
    this.skipTo = c.end;
  }

  /**
   * During an `open` call: the element's qualified name, the chunk being scanned and where the
   * element's content starts in it (after its start tag); null for a self-closing element or the root.
   * A reader that reads the content itself then calls `skipElementTo`.
   */
  elementContent(): { name: string; input: string; from: number } | null {
    const c = this.current;
    if (!c || c.selfClosing || this.open.length === 0) return null;
    return { name: c.name, input: c.input, from: c.after };
  }

  /**
   * During an `open` call, after `elementContent`: no more events for the element, which ends (its
   * end tag included) at `end` of the chunk. The caller has checked all that lies between as the
   * scan would have.
   */
  skipElementTo(end: number): void {
    const c = this.current;
    if (!c || c.selfClosing || end <= c.after || end > c.input.length) throw new Error('skipElementTo() outside the element being opened');
    this.skipTo = end;
  }
}
