/**
 * The left indent in force for a paragraph (`Paragraph.indent`), in points from the body's left
 * margin (a table cell's or text box's inside them), property by property as Word applies it:
 * document defaults (`w:pPrDefault`), the numbering level when the numbering comes from the
 * paragraph style, the paragraph style chain root first, the numbering level when the paragraph is
 * numbered itself, then its own `w:ind` (ECMA-376 §17.7.2; §17.3.1.19 `w:numPr`, whose `w:numId` and
 * `w:ilvl` are inherited apart). The first line's own indent or hang is left aside. Unknown (undefined)
 * when a level sets it in character units or a value that is no measure, when the paragraph's
 * numbering cannot be found, and for right-to-left paragraphs (whose start indent is on the right).
 */
import type { Numbering } from './numbering.js';
import type { ParaProps } from './properties.js';
import type { Styles } from './styles.js';

export class ParagraphIndents {
  /** By the paragraph's own properties object: documents repeat a handful (body.ts shares them). */
  private readonly cache = new Map<ParaProps, number | undefined>();

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering | null,
  ) {}

  indentOf(props: ParaProps): number | undefined {
    if (this.cache.has(props)) return this.cache.get(props);
    const indent = this.resolve(props);
    if (this.cache.size < 4096) this.cache.set(props, indent);
    return indent;
  }

  private resolve(props: ParaProps): number | undefined {
    const chain = this.styles.chain(props.pStyle ?? this.styles.defaultStyle('paragraph'));
    const levels = [this.styles.paragraphDefaults, ...chain.map((style) => style.pPr)];
    let bidi = false;
    let styleNumId: string | undefined;
    let styleIlvl: number | undefined;
    for (const level of levels) {
      if (level.bidi !== undefined) bidi = level.bidi;
      if (level.numId !== undefined) styleNumId = level.numId;
      if (level.ilvl !== undefined) styleIlvl = level.ilvl;
    }
    if (props.bidi !== undefined) bidi = props.bidi;
    if (bidi) return undefined;
    const direct = props.numId !== undefined;
    const numId = props.numId ?? styleNumId;
    const ilvl = props.ilvl ?? styleIlvl ?? 0;
    const numbered = numId !== undefined && numId !== '0';
    const listIndent = (): number | null | undefined => (this.numbering ? this.numbering.indent(numId!, ilvl) : null);
    let indent: number | null = 0;
    const apply = (value: number | null | undefined) => {
      if (value !== undefined) indent = value;
    };
    apply(this.styles.paragraphDefaults.indent);
    if (numbered && !direct) apply(listIndent());
    for (const style of chain) apply(style.pPr.indent);
    if (numbered && direct) apply(listIndent());
    apply(props.indent);
    return indent ?? undefined;
  }
}
