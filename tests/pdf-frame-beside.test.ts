/**
 * A colour key in a text box set right of the script's heading (scripts/pdf-producers/docx_frame_beside.py,
 * LibreOffice's PDF of a Word text box): the heading (16 pt) and the box's first line (11 pt) share a
 * baseline within a point, 17 pt apart. Read as one line, the key's words ran on after the heading's
 * ("Module 6 — Pedestrians Key:"), no legend was found and the key's words were counted in colour
 * groups; the DOCX reads the legend. Now the PDF reads the same legend and the same voices' words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const DIR = join(__dirname, 'fixtures', 'pdf-layout');

async function read(file: string) {
  const { report } = await analyse(join(DIR, file), { noConfig: true });
  return {
    legend: report.legend ? { voices: report.legend.voices.map((v) => [v.name, v.colors]), unassigned: report.legend.unassigned.colors } : undefined,
    voices: Object.fromEntries(report.voices.map((v) => [v.name, v.words])),
    unassigned: report.unassigned.words,
    lines: report.voices.flatMap((v) => v.lines.map((l) => l.text)).concat(report.unassigned.lines.map((l) => l.text)),
  };
}

describe('a key in a text box beside the heading', () => {
  it('the PDF reads the legend the DOCX reads, and the key is no line of the heading', async () => {
    const pdf = await read('frame-beside-heading-en.pdf');
    const docx = await read('frame-beside-heading-en.docx');
    const legend = { voices: [['Narrator', ['#C00000']], ['Learner', ['#0070C0']]], unassigned: ['#000000'] };
    expect(docx.legend).toEqual(legend);
    expect(pdf.legend).toEqual(legend);
    expect(pdf.voices).toEqual({ Narrator: 16, Learner: 8 });
    expect(pdf.voices).toEqual(docx.voices);
    expect(pdf.unassigned).toBe(3);
    expect(pdf.lines).toContain('Module 6 — Pedestrians');
    expect(pdf.lines.some((l) => l.includes('Key'))).toBe(false);
    // The script line wrapped short beside the box ("… share the" / "same aisles every day.") is one line.
    expect(pdf.lines).toEqual(docx.lines);
    expect(pdf.lines).toContain('Pedestrians and forklifts share the same aisles every day.');
  });
});
