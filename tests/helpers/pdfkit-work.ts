import PDFDocument from 'pdfkit';

/**
 * What `run` had pdfkit measure exactly (its widthOfString): the calls, the characters measured and the longest text
 * measured. Past `limit` characters measured, or at a text longer than `atOnce` measured whole, it stops with an error
 * (quadratic work, rather than run for hours).
 */
export async function measuredWork<T>(name: string, limit: number, atOnce: number, run: () => Promise<T>): Promise<{ calls: number; chars: number; longest: number; result: T }> {
  const proto = PDFDocument.prototype as unknown as { widthOfString(text: string, options?: object): number };
  const original = proto.widthOfString;
  const counted = { calls: 0, chars: 0, longest: 0 };
  proto.widthOfString = function (this: unknown, text: string, options?: object) {
    counted.calls++;
    counted.chars += text.length;
    counted.longest = Math.max(counted.longest, text.length);
    if (counted.chars > limit) throw new Error(`${name}: more than ${limit} characters measured`);
    if (text.length > atOnce) throw new Error(`${name}: ${text.length} characters measured at once`);
    return original.call(this, text, options);
  };
  try {
    const result = await run();
    return { ...counted, result };
  } finally {
    proto.widthOfString = original;
  }
}
