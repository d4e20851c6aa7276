/**
 * The Markdown export carries the warnings (render/markdown.ts `warningsSection`): under the summary
 * table, `### Warnings (N)` and one list item per warning, the sentences the text output prints, in its
 * order, with their location; none, no section. Script text quoted in a warning is escaped as the
 * tables' cells are (no markup, no mention, no HTML) and no item opens a block of its own.
 * Before: a Markdown export showed no warning at all.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { renderMarkdown, warningsSection } from '../src/render/markdown.js';
import { warningLines } from '../src/render/text.js';
import type { Warning } from '../src/model.js';

describe('Markdown export: warnings', () => {
  it('none: no section', () => {
    expect(warningsSection([])).toEqual([]);
  });

  it('each warning a list item, as the text output says it, escaped against markup from the script', () => {
    const warnings: Warning[] = [
      { code: 'furniture-read-as-line', message: '"# Spot *1* | @HarborBank <b>x</b> [a](http://e.x) #12 ~~gone~~" is read as a script line.', details: {} },
      { code: 'labels-not-counted', message: '1. not a list\nsecond line & more', details: {}, location: { story: 'body', paragraph: 3, page: 2 } },
      { code: 'x', message: '> not a quote', details: {} },
      { code: 'y', message: '- not a list', details: {} },
    ];
    expect(warningsSection(warnings)).toEqual([
      '',
      '### Warnings (4)',
      '',
      '- "# Spot \\*1\\* \\| @<!-- -->HarborBank &lt;b>x&lt;/b> \\[a\\](http://e.x) #<!-- -->12 \\~\\~gone\\~\\~" is read as a script line.',
      '- 1\\. not a list<br>second line \\& more \\[p.2 ¶3\\]',
      '- \\> not a quote',
      '- \\- not a list',
    ]);
  });

  it('a PDF whose header is left out: the same sentences as the text output, between the summary and the voices', async () => {
    const { report } = await analyse(join(__dirname, 'fixtures', 'pdf-header3', 'lo-header-part.pdf'), { noConfig: true });
    const markdown = renderMarkdown(report).split('\n');
    const at = markdown.indexOf(`### Warnings (${report.warnings.length})`);
    expect(report.warnings.map((w) => w.code)).toEqual(['furniture-left-out', 'labels-not-counted']);
    expect(markdown[at - 2]).toBe('| **Whole script** | **15** | **453** | **453** | **3:01** | **100.0%** |');
    expect(markdown.slice(at + 2, at + 4)).toEqual([
      '- Running headers left out of the lines: "ACME — Safety module v3" (3 lines, 12 words, pages 1, 2, 3). They repeat at the top of the page as page furniture does; if one is a line to record (a speaker\'s name, a tagline read on each page), count them with --include headers.',
      '- Speakers\' names opening 15 lines in a voice\'s colour (NARRATOR: and EXPERT:) are not counted as words said: the colour already says who speaks (15 words left out; the lines show them as written). If a name is read aloud, type it without its colon. \\[p.1 ¶1\\]',
    ]);
    expect(markdown[at + 5]).toMatch(/^### #1F4E79 dark blue$/);
    // The text output's lines, "  ! " for "- " and the brackets unescaped.
    expect(markdown.slice(at + 2, at + 4).map((l) => `  ! ${l.slice(2).replaceAll('\\[', '[').replaceAll('\\]', ']')}`)).toEqual(warningLines(report.warnings).slice(2));
  });
});
