// pdfkit 0.20.2 (npm, a dependency of this project): an English phone-menu (IVR) script drawn the way
// a program draws one: voices filled in CMYK and grey colour spaces, a highlight drawn as a yellow
// rectangle first and the text over it, a voice with letter spacing (characterSpacing), a voice
// drawn glyph by glyph (one text object per letter), a sentence in invisible text (render mode 3)
// on the first page, and a second page that is a scan: a picture of a page under an invisible OCR
// text layer. Before the fix the invisible text was dropped without a word and the scanned page's
// lines were lost silently.
//
// node scripts/pdf-producers/pdfkit_ivr_scan.mjs   (writes pdfkit-ivr-scan.pdf and .json)
import { createWriteStream, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

const NAME = 'pdfkit-ivr-scan';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'pdf-producers');
const VOICES = { Prompt: { color: '#006BBF' }, Agent: { color: '#00B050' }, Caller: { color: '#FF0000' }, Hold: { highlight: '#FFFF00' } };
const paras = [];

/** A grey picture of a page: light paper with dark bars where lines of text would be (a scan). */
function scanPng(w, h) {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0; // filter: none
    const inLine = y > 30 && y < h - 30 && y % 14 < 6;
    for (let x = 0; x < w; x++) {
      const ink = inLine && x > 24 && x < w - 24 - ((y * 7) % 60);
      raw[y * (w + 1) + 1 + x] = ink ? 60 + ((x * y) % 30) : 235 + ((x + y) % 15);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const doc = new PDFDocument({ size: 'A5', margin: 40, info: { Title: 'Northbank IVR', CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
const done = new Promise((resolve) => doc.pipe(createWriteStream(join(OUT, `${NAME}.pdf`))).on('finish', resolve));
const width = 340;
const para = (voice, text, draw) => {
  draw();
  doc.moveDown(0.8);
  paras.push({ segs: [[voice, text]] });
};
doc.font('Helvetica').fontSize(11);

para(null, 'Northbank phone menu – prompts, version 5', () => doc.fillColor('black').text('Northbank phone menu – prompts, version 5', { width }));
// CMYK: pdfkit writes four numbers of 0–100 as a DeviceCMYK fill (k).
const welcome = 'Welcome to Northbank. For your balance, press one. For a new card, press two. For anything else, please stay on the line.';
para('Prompt', welcome, () => doc.fillColor([100, 44, 0, 25]).text(welcome, { width }));
// Grey in CMYK (K only): the studio's direction, not recorded.
const direction = 'Read slowly, with a pause after each number.';
para(null, direction, () => doc.fillColor([0, 0, 0, 100]).text(direction, { width }));
// A highlight as a program draws one: the yellow box first, then the text over it.
const hold = 'Please hold, an adviser will be with you shortly.';
para('Hold', hold, () => {
  const y = doc.y;
  doc.rect(38, y - 2, doc.widthOfString(hold) + 4, 15).fill('#FFFF00');
  doc.fillColor('black').text(hold, 40, y, { width });
});
const agent = 'Good morning, you are speaking with Sam.';
para('Agent', agent, () => doc.fillColor('#00B050').text(agent, 40, doc.y, { width, characterSpacing: 1.5 }));
// Glyph by glyph: one text object per letter, at the pen position pdfkit measures.
const caller = 'Hello, I have lost my card.';
para('Caller', caller, () => {
  const y = doc.y;
  let x = 40;
  doc.fillColor('#FF0000');
  for (const ch of caller) {
    doc.text(ch, x, y, { lineBreak: false });
    x += doc.widthOfString(ch);
  }
  doc.text('', 40, y + 14);
});
// Invisible text (render mode 3) on a page of text: not seen, not read, but said.
doc.fillColor('#00B050');
doc.addContent('3 Tr');
doc.text('Internal note: this menu replaces the one from March.', 40, doc.y, { width });
doc.addContent('0 Tr');

// Page 2: a scan. A picture of the page, and the OCR's invisible text over it.
doc.addPage();
doc.image(scanPng(340, 480), 40, 40, { width: 340 });
doc.fillColor('black');
doc.addContent('3 Tr');
for (const [i, line] of ['If you have lost your card, press three.', 'To speak to an adviser, press zero.', 'Thank you for calling Northbank.'].entries()) {
  doc.text(line, 60, 72 + 28 * i, { lineBreak: false });
}
doc.addContent('0 Tr');
doc.end();
await done;

const data = {
  name: NAME,
  producer: 'pdfkit 0.20.2',
  description: 'pdfkit: an IVR script in CMYK and grey fills, a rectangle highlight under its text, letter spacing, glyph-by-glyph text, invisible text, and a scanned second page under an invisible OCR layer (its lines are not in the data: they cannot be read).',
  voices: VOICES,
  unassigned: ['#000000'],
  paras,
};
writeFileSync(join(OUT, `${NAME}.json`), `${JSON.stringify(data, null, 1)}\n`);
