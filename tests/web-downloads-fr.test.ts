/**
 * The narrator's page in French all the way (web16):
 * - a French page's downloads are French: the workbook's sheets and columns, the CSV's header (`export --headings fr`),
 *   the same sheets as the command line's; an English page's stay English;
 * - a language chosen on the page ("Read it as English") is in the config she downloads, and the command line with
 *   that config counts as the page did (the downloaded JSON, `summary --json`);
 * - the order of two PDFs whose dates are only in their compressed XMP packet (no Info dates in the file's bytes)
 *   is told from those dates, as pdf.js reads them, not asked;
 * - the text before the first heading (a section with no title of its own) is named in the page's language.
 * The PDFs are made here (xmpPdf); the scripts are samples/en-commercial and tests/fixtures/doclang.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { expect, it } from 'vitest';
import type { Report } from '../src/measure/report.js';
import { cli, describeBrowser, drop, openPage, pageSuite, waitDone, type Browser, type Server } from './helpers/browser.js';
import { plainEnv } from './helpers/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(root, 'samples/en-commercial/spring-sale.docx');
const SAMPLE_CONFIG = join(root, 'samples/en-commercial/vo-lines.config.json');
const work = mkdtempSync(join(tmpdir(), 'vo-web16-'));
const shown = (text: string | null) => (text ?? '').replaceAll('\u00A0', '_').replaceAll('\u202F', '^').trim();

/** What a download button gives: its file name and bytes. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/**
 * A one-page PDF whose only dates are in its XMP packet, stored compressed (as LibreOffice, Acrobat and InDesign
 * write it): no Info dictionary, so no /ModDate in the file's bytes.
 */
function xmpPdf(text: string, modified: string, created: string): Buffer {
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${created}</xmp:CreateDate><xmp:ModifyDate>${modified}</xmp:ModifyDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const packed = deflateSync(Buffer.from(xmp, 'utf8'));
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const piece = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body) : body, Buffer.from('\nendobj\n')]);
    parts.push(piece);
    at += piece.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`), `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`].join('');
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

describeBrowser('the page\'s downloads in the page\'s language, its chosen language in the config, PDF dates from XMP', () => {
  let server: Server;
  let en: Browser;
  let fr: Browser;

  pageSuite(['en-US', 'fr-FR'], (suite) => {
    server = suite.server;
    [en, fr] = suite.browsers;
  });

  it('the French page\'s workbook and CSV: French sheets and headings, the sheets of `export --headings fr`; the English page\'s as before', async () => {
    const page = await openPage(fr, server.url);
    await drop(page, SAMPLE, SAMPLE_CONFIG);
    const xlsx = await downloaded(page, '#download-xlsx');
    expect(xlsx.name).toBe('spring-sale.xlsx');
    const sheets = await readExcelFile(xlsx.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Résumé', 'Sections', 'Announcer', 'Customer']);
    expect(sheets[0]!.data.slice(0, 5).map((row) => row[0])).toEqual(['Script', 'SHA-256', 'Exporté le', 'Outil', 'Voix d’après']);
    // The tool's own words in the cells in French too (page17): where the voices came from, where each line is.
    expect(sheets[0]!.data[4]![1]).toBe('la config vo-lines.config.json');
    expect(sheets[0]!.data[6]).toEqual(['Voix', 'Répliques', 'Mots', 'Mots prononcés', 'Secondes', 'Durée estimée', 'Débit (mots/min)', 'Part', 'Caractères', 'Lignes de doublage', 'Minutes finies']);
    expect(sheets[2]!.data[0]).toEqual(['N°', 'ID de réplique', 'Emplacement', 'Réplique d’avant', 'Réplique', 'Mots', 'Secondes', 'Notes']);
    // The command line's workbook with French headings: the same rows, from the voices' table down, and the same sheets.
    const out = join(work, 'spring-sale.xlsx');
    const made = spawnSync(process.execPath, [cli, 'export', SAMPLE, '--config', SAMPLE_CONFIG, '-o', out, '--headings', 'fr'], { encoding: 'utf8', env: plainEnv() });
    expect(made.status, made.stderr).toBe(0);
    const cliSheets = await readExcelFile(out);
    expect(cliSheets.map((s) => s.sheet)).toEqual(sheets.map((s) => s.sheet));
    expect(sheets[0]!.data.slice(6)).toEqual(cliSheets[0]!.data.slice(6));
    for (let i = 1; i < sheets.length; i++) expect(sheets[i]!.data).toEqual(cliSheets[i]!.data);

    const csv = await downloaded(page, '#download-csv-all');
    expect(csv.bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFFVoix;N°;ID de réplique;Emplacement;Réplique d’avant;Réplique;Mots;Secondes;Notes');
    await page.selectOption('#voice', 'Customer');
    const mine = await downloaded(page, '#download-csv-voice');
    expect(mine.bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFFN°;ID de réplique;Emplacement;Réplique d’avant;Réplique;Mots;Secondes;Notes');

    const english = await openPage(en, server.url);
    await drop(english, SAMPLE, SAMPLE_CONFIG);
    const enSheets = await readExcelFile((await downloaded(english, '#download-xlsx')).bytes);
    expect(enSheets.map((s) => s.sheet)).toEqual(['Summary', 'Sections', 'Announcer', 'Customer']);
    expect(enSheets[0]!.data[6]![0]).toBe('Voice');
    expect(enSheets[0]!.data[4]![1]).toBe('config vo-lines.config.json');
    expect((await downloaded(english, '#download-csv-all')).bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFFVoice,#,Line ID,Location,Cue,Line,Words,Seconds,Notes');
  });

  it('the text before the first heading, a section with no title of its own, is named in the page\'s language, on the page and in its workbook', async () => {
    const dir = join(root, 'tests/fixtures/shown-sums');
    const page = await openPage(fr, server.url);
    await drop(page, join(dir, 'three-halves.docx'), join(dir, 'vo-lines.config.json'));
    const titles = await page.locator('table.sections tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
    // (A spot's title shows its length apart: only its name is the cell's first text.)
    expect(titles).toEqual(['Avant le premier titre', 'SPOT 1 ', 'SPOT 2 ']);
    const sheets = await readExcelFile((await downloaded(page, '#download-xlsx')).bytes);
    expect(sheets[1]!.data.slice(1).map((row) => row[0])).toEqual(['Avant le premier titre', 'SPOT 1 — :30', 'SPOT 2 — :15']);
    const english = await openPage(en, server.url);
    await drop(english, join(dir, 'three-halves.docx'), join(dir, 'vo-lines.config.json'));
    expect(await english.locator('table.sections tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''))).toEqual(['Before the first heading', 'SPOT 1 ', 'SPOT 2 ']);
  });

  it('"Read it as English" on a French-worded script: the downloaded config says so, and the command line with it gives the page\'s figures', async () => {
    const script = join(root, 'tests/fixtures/doclang/fr-default-en.docx');
    const page = await openPage(en, server.url);
    await drop(page, script);
    const before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.click('button.read-as[data-lang="en"]');
    await waitDone(page, before);
    expect(shown(await page.locator('#language-chosen').textContent())).toContain('English');
    const config = await downloaded(page, '#download-config');
    expect(config.name).toBe('vo-lines.config.yaml');
    const yaml = config.bytes.toString('utf8');
    expect(yaml.split('\n').filter((l) => l.startsWith('language'))).toEqual(['language: "en"   # chosen on the vo-lines page ("Read it as…"): the script is counted in it, as --lang en does']);
    const onPage = JSON.parse((await downloaded(page, '#download-json')).bytes.toString('utf8')) as Report;
    const path = join(work, 'vo-lines.config.yaml');
    writeFileSync(path, yaml);
    const result = spawnSync(process.execPath, [cli, 'summary', script, '--config', path, '--json'], { encoding: 'utf8', env: plainEnv() });
    expect(result.status, result.stderr).toBe(0);
    const byCli = JSON.parse(result.stdout) as Report;
    const figures = (r: Report) => ({ language: r.language.code, voices: r.voices.map((v) => [v.name, v.words, v.spokenWords, v.seconds]), total: [r.total.words, r.total.spokenWords, r.total.seconds] });
    // Read as English: 40 words, 50 said (as French, 47: the figures are said in another language).
    expect(figures(onPage)).toEqual({ language: 'en', voices: [['Narrateur', 40, 50, expect.any(Number)]], total: [45, 55, expect.any(Number)] });
    expect(figures(byCli)).toEqual(figures(onPage));
  });

  it('a doubt about the order of dates in figures: "Read it as American/British English" buttons (FR, EN) re-read the script, its figures change, the downloaded config says the language, and the command line with it gives the page\'s figures', async () => {
    const dir = join(root, 'tests/fixtures/spoken6');
    const figures = (r: Report) => ({ language: r.language.tag, spoken: r.total.spokenWords, seconds: r.total.seconds, codes: r.warnings.map((w) => w.code).filter((code) => code.startsWith('date')) });
    const json = async (page: Page) => JSON.parse((await downloaded(page, '#download-json')).bytes.toString('utf8')) as Report;
    const cases = [
      {
        browser: () => fr,
        file: 'uk-marked-us.docx',
        code: 'dates-read-day-first',
        buttons: ['Le lire en anglais britannique (dates le jour d’abord)', 'Le lire en anglais américain (dates le mois d’abord)'],
        advice: 'Si le script est américain, lisez-le en anglais américain (le bouton ci-dessous)\u00A0: ses chiffres sont recalculés, et la config que vous téléchargez le dit.',
        before: { language: 'en-GB', spoken: 56, seconds: 22.4, codes: ['dates-read-day-first'] },
        choose: 'en-US',
        chosen: 'Lu en anglais américain (dates le mois d’abord), comme demandé. Revenir à la langue du document',
        after: { language: 'en-US', spoken: 50, seconds: 20, codes: [] },
      },
      {
        browser: () => en,
        file: 'mixed-orders.docx',
        code: 'date-order-unclear',
        buttons: ['Read it as American English (dates month first)', 'Read it as British English (dates day first)'],
        advice: 'Check them; to choose, read it as British English (day first) or American English (month first) with the buttons below: its figures are worked out again, and the config you download says so.',
        before: { language: 'en-US', spoken: 27, seconds: 10.8, codes: ['date-order-unclear'] },
        choose: 'en-GB',
        chosen: 'Read as British English (dates day first), as you asked. Back to the document’s language',
        after: { language: 'en-GB', spoken: 35, seconds: 14, codes: [] },
      },
      {
        // spoken10's date-order-mixed-marks: a voice marked about half en-US, half en-GB; its date read by the majority.
        browser: () => fr,
        file: '../spoken12/mixed/script.docx',
        code: 'date-order-mixed-marks',
        buttons: ['Le lire en anglais américain (dates le mois d’abord)', 'Le lire en anglais britannique (dates le jour d’abord)'],
        advice: 'Vérifiez-la\u202F; pour choisir, lisez le script en anglais britannique (le jour d’abord) ou en anglais américain (le mois d’abord) avec les boutons ci-dessous.',
        before: { language: 'en-GB', spoken: 52, seconds: 20.8, codes: ['date-order-mixed-marks'] },
        choose: 'en-GB',
        chosen: 'Lu en anglais britannique (dates le jour d’abord), comme demandé. Revenir à la langue du document',
        after: { language: 'en-GB', spoken: 54, seconds: 21.6, codes: [] },
      },
    ];
    for (const c of cases) {
      const page = await openPage(c.browser(), server.url);
      await drop(page, join(dir, c.file));
      const doubt = page.locator('#who .doubts li', { has: page.locator('button.read-as') });
      expect(await doubt.count()).toBe(1);
      expect(shown(await doubt.textContent())).toContain(shown(c.advice));
      expect(await doubt.locator('button.read-as').allTextContents()).toEqual(c.buttons);
      expect(figures(await json(page))).toEqual(c.before);
      const before = await page.evaluate(() => document.body.dataset.done ?? '0');
      await page.click(`button.read-as[data-lang="${c.choose}"]`);
      await waitDone(page, before);
      // Chosen: the doubt gone, said as chosen, the new figures.
      expect(await page.locator('button.read-as').count()).toBe(0);
      expect(shown(await page.locator('#language-chosen').textContent())).toBe(shown(c.chosen));
      const onPage = await json(page);
      expect(figures(onPage)).toEqual(c.after);
      const yaml = (await downloaded(page, '#download-config')).bytes.toString('utf8');
      expect(yaml.split('\n').filter((l) => l.startsWith('language'))).toEqual([`language: "${c.choose}"   # chosen on the vo-lines page ("Read it as…"): the script is counted in it, as --lang ${c.choose} does`]);
      const path = join(work, `dates-${c.choose}.config.yaml`);
      writeFileSync(path, yaml);
      const result = spawnSync(process.execPath, [cli, 'summary', join(dir, c.file), '--config', path, '--json'], { encoding: 'utf8', env: plainEnv() });
      expect(result.status, result.stderr).toBe(0);
      expect(figures(JSON.parse(result.stdout) as Report)).toEqual(c.after);
    }
  });

  it('two PDFs whose dates are only in their compressed XMP: compared in the order those dates give, not asked', async () => {
    const v1 = join(work, 'spot-v1.pdf');
    const v2 = join(work, 'spot-v2.pdf');
    writeFileSync(v1, xmpPdf('Bonjour et bienvenue dans notre magasin.', '2026-11-02T10:00:00+01:00', '2026-11-01T09:00:00+01:00'));
    writeFileSync(v2, xmpPdf('Bonjour et bienvenue dans notre nouveau magasin.', '2026-11-20T14:30:00+01:00', '2026-11-01T09:00:00+01:00'));
    expect(readFileSync(v2, 'latin1')).not.toContain('ModifyDate');
    const page = await openPage(en, server.url);
    // The newer one dropped first, the older one as the other version: the files' dates put it first.
    await drop(page, v2);
    const before = await page.evaluate(() => document.body.dataset.done ?? '0');
    await page.locator('#compare-file').setInputFiles(v1);
    await waitDone(page, before);
    expect(shown(await page.locator('#diff-title').textContent())).toBe('spot-v1.pdf (before) → spot-v2.pdf (after)');
    expect(shown(await page.locator('#order-by').textContent())).toBe('Compared as spot-v1.pdf → spot-v2.pdf, as the files say: spot-v2.pdf was last saved on 20 November 2026, spot-v1.pdf on 2 November 2026. Wrong way round? Swap them');
  });
});

declare const document: { body: { dataset: Record<string, string | undefined> } };
