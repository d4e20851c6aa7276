/**
 * What a file's own bytes say of an annotation where pdf.js does not tell: its /CA when that is 0
 * (pdf.js reads `CA || 1`), and whether its own appearance paints anything (pdf.js sets aside a
 * highlight's appearance that sets no graphics state at its top, and draws one from /C instead).
 *
 * A rough look, made only when asked (a few annotations of a file, never per glyph): an object is
 * found by its `N G obj` header in the bytes (the last one: an update appended to the file replaces
 * an object), its dictionary read as text. An object inside an object stream, a stream with a
 * filter other than FlateDecode, an encrypted file: not found or not read, so not known (the
 * caller then goes by what pdf.js draws).
 */
import { asciiBytes, indexOfBytes, latin1 } from '../byte-search.js';
import { inflate } from '../inflate.js';
import type { RawAnnotations } from './annotations.js';

const OBJ = asciiBytes('obj');
const CA = asciiBytes('/CA');
/** Bytes of an object looked at, at most: an annotation's dictionary is far shorter. */
const MAX_OBJECT = 64 * 1024;
/** Bytes of an appearance stream inflated, at most. */
const MAX_APPEARANCE = 1024 * 1024;

/** Operators that paint (PDF 32000 §8.5.3, §8.7.4.2, §8.8, §8.9.7, §9.4.2): a content stream with none of them paints nothing. */
const PAINTS = /(?:^|[\s\])>])(?:f\*?|F|B\*?|b\*?|S|s|Do|sh|Tj|TJ|'|"|BI)(?=[\s[(<\/%]|$)/;

export class RawObjects implements RawAnnotations {
  private offsets: Map<number, number> | null = null;
  private zeroCA: boolean | null = null;
  private readonly appearances = new Map<string, boolean | undefined>();

  constructor(private readonly bytes: Uint8Array) {}

  zeroOpacity(id: string): boolean {
    // Most files say /CA 0 nowhere: one look at the bytes, then no object is looked for.
    this.zeroCA ??= this.saysZeroCA();
    if (!this.zeroCA) return false;
    const dict = this.dictionary(id);
    if (dict === null) return false;
    const m = /\/CA\s*([-+]?(?:\d+\.?\d*|\.\d+))/.exec(dict);
    return m !== null && Number(m[1]) === 0;
  }

  appearancePaints(id: string): boolean | undefined {
    if (this.appearances.has(id)) return this.appearances.get(id);
    // Not awaited by the caller: the answer is filled in by `prepare` (see below), undefined until then.
    return undefined;
  }

  /**
   * Looks at the own appearance of each annotation named (their normal appearance /AP /N, a stream
   * referred to): whether it paints anything. Called before `appearancePaints` is asked.
   */
  async prepare(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (this.appearances.has(id)) continue;
      this.appearances.set(id, await this.paints(id).catch(() => undefined));
    }
  }

  private async paints(id: string): Promise<boolean | undefined> {
    const dict = this.dictionary(id);
    if (dict === null) return undefined;
    const ap = /\/AP\s*<<([\s\S]*?)>>/.exec(dict);
    const n = ap ? /\/N\s+(\d+)\s+(\d+)\s+R/.exec(ap[1]!) : null;
    if (!n) return undefined;
    const at = this.find(Number(n[1]));
    if (at === undefined) return undefined;
    const end = Math.min(this.bytes.length, at + MAX_OBJECT);
    const window = this.bytes.subarray(at, end);
    const s = indexOfBytes(window, asciiBytes('stream'));
    const e = indexOfBytes(window, asciiBytes('endstream'));
    const endobj = indexOfBytes(window, asciiBytes('endobj'));
    if (s < 0 || e < s || (endobj >= 0 && endobj < s)) return undefined;
    const head = latin1(window.subarray(0, s));
    let start = s + 6;
    if (window[start] === 0x0d) start++;
    if (window[start] === 0x0a) start++;
    let data = window.subarray(start, e);
    const filters = (/\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(head)?.[1] ?? '').match(/\/\w+/g) ?? [];
    if (filters.length > 1 || (filters.length === 1 && filters[0] !== '/FlateDecode' && filters[0] !== '/Fl') || /\/DecodeParms/.test(head)) return undefined;
    if (filters.length === 1) data = await inflate(data, { format: 'deflate', cap: MAX_APPEARANCE, partial: true });
    // Strings (shown text is painted by its operator after them) and comments taken out first.
    return PAINTS.test(latin1(data).replace(/\((?:\\[\s\S]|[^\\)])*\)/g, ' ').replace(/%[^\r\n]*/g, ' '));
  }

  /** The text of an object's dictionary (up to its stream or its end), by pdf.js's id of it ("12R", "12R3"); null when not found. */
  private dictionary(id: string): string | null {
    const m = /^(\d+)R(\d*)$/.exec(id);
    if (!m) return null;
    const at = this.find(Number(m[1]));
    if (at === undefined) return null;
    const window = this.bytes.subarray(at, Math.min(this.bytes.length, at + MAX_OBJECT));
    const text = latin1(window);
    const stop = text.search(/\bstream\b|\bendobj\b/);
    return stop < 0 ? text : text.slice(0, stop);
  }

  /** Where object `num`'s dictionary starts (after its last `num G obj` header). */
  private find(num: number): number | undefined {
    if (!this.offsets) {
      this.offsets = new Map();
      const buf = this.bytes;
      for (let at = indexOfBytes(buf, OBJ); at >= 0; at = indexOfBytes(buf, OBJ, at + 3)) {
        // `obj` the keyword: after "N G " and not part of `endobj` or a longer name.
        if (at >= 3 && buf[at - 1] === 0x64) continue; // "endobj"
        const next = buf[at + 3];
        if (next !== undefined && !(next <= 0x20 || next === 0x3c || next === 0x5b || next === 0x2f || next === 0x28)) continue;
        const header = /(\d+)\s+(\d+)\s*$/.exec(latin1(buf.subarray(Math.max(0, at - 24), at)));
        if (header) this.offsets.set(Number(header[1]), at + 3);
      }
    }
    return this.offsets.get(num);
  }

  /** Whether `/CA` followed by 0 is anywhere in the file's bytes. */
  private saysZeroCA(): boolean {
    const buf = this.bytes;
    for (let at = indexOfBytes(buf, CA); at >= 0; at = indexOfBytes(buf, CA, at + 3)) {
      const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+))/.exec(latin1(buf.subarray(at + 3, at + 24)));
      if (m && Number(m[1]) === 0) return true;
    }
    return false;
  }
}
