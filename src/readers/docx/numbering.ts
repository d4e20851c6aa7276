/**
 * numbering.xml, for one thing only: the left indent a list level gives its paragraphs
 * (`w:lvl/w:pPr/w:ind`), through the numbering instance (`w:num`), its level overrides
 * (`w:lvlOverride/w:lvl`) and the abstract definition it names (`w:abstractNum`), one
 * `w:numStyleLink` followed to the definition that holds the levels. List numbers themselves are
 * drawn, not written (docs/internals.md "List numbers"), and are not read.
 */
import { readIndent } from './properties.js';
import type { Styles } from './styles.js';
import { child, children, Ns, type XmlElement } from './xml.js';

/** The elements of numbering.xml read (the rest is not built). */
export const NUMBERING_ELEMENTS: ReadonlySet<string> = new Set(['numbering', 'abstractNum', 'num', 'abstractNumId', 'lvl', 'lvlOverride', 'pPr', 'ind', 'numStyleLink', 'styleLink']);

/** A level's indent: points, null when it cannot be measured or found, undefined when the level sets none. */
type LevelIndents = Map<number, number | null | undefined>;

export class Numbering {
  private readonly abstracts = new Map<string, { levels: LevelIndents; numStyleLink?: string; styleLink?: string }>();
  private readonly nums = new Map<string, { abstractId?: string; overrides: LevelIndents }>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    for (const abstract of children(root, Ns.W, 'abstractNum')) {
      const id = abstract.attrs.get('abstractNumId');
      if (id === undefined || this.abstracts.has(id)) continue;
      this.abstracts.set(id, {
        levels: levelsOf(abstract),
        numStyleLink: child(abstract, Ns.W, 'numStyleLink')?.attrs.get('val'),
        styleLink: child(abstract, Ns.W, 'styleLink')?.attrs.get('val'),
      });
    }
    for (const num of children(root, Ns.W, 'num')) {
      const id = num.attrs.get('numId')?.trim();
      if (id === undefined || this.nums.has(id)) continue;
      const overrides: LevelIndents = new Map();
      for (const override of children(num, Ns.W, 'lvlOverride')) {
        const level = Number(override.attrs.get('ilvl'));
        const lvl = child(override, Ns.W, 'lvl');
        if (Number.isInteger(level) && lvl) {
          const indent = readIndent(child(child(lvl, Ns.W, 'pPr'), Ns.W, 'ind'));
          if (indent !== undefined) overrides.set(level, indent);
        }
      }
      this.nums.set(id, { abstractId: child(num, Ns.W, 'abstractNumId')?.attrs.get('val'), overrides });
    }
  }

  /**
   * The left indent level `ilvl` of numbering `numId` gives, in points; undefined when it gives none
   * (the level sets no indent), null when it cannot be told (a numbering or level not found).
   */
  indent(numId: string, ilvl: number, hops = 0): number | null | undefined {
    const num = this.nums.get(numId);
    if (!num) return null;
    if (num.overrides.has(ilvl)) return num.overrides.get(ilvl);
    const abstract = num.abstractId === undefined ? undefined : this.abstracts.get(num.abstractId);
    if (!abstract) return null;
    if (abstract.levels.has(ilvl)) return abstract.levels.get(ilvl);
    // A list that takes its levels from a numbering style: that style's numbering holds them.
    if (abstract.numStyleLink !== undefined && hops < 2) {
      const linked = this.styles.chain(abstract.numStyleLink).reduce<string | undefined>((found, style) => style.pPr.numId ?? found, undefined);
      if (linked !== undefined && linked !== numId) return this.indent(linked, ilvl, hops + 1);
    }
    return abstract.levels.size || abstract.numStyleLink !== undefined ? null : undefined;
  }
}

function levelsOf(abstract: XmlElement): LevelIndents {
  const levels: LevelIndents = new Map();
  for (const lvl of children(abstract, Ns.W, 'lvl')) {
    const level = Number(lvl.attrs.get('ilvl'));
    if (!Number.isInteger(level) || levels.has(level)) continue;
    levels.set(level, readIndent(child(child(lvl, Ns.W, 'pPr'), Ns.W, 'ind')));
  }
  return levels;
}
