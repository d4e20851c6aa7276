/** styles.xml: document defaults and the style definitions with their `w:basedOn` chains. */
import type { ParaProps, RunProps, ShdSpec, TableProps } from './properties.js';
import { readCellShading, readParaProps, readRunProps, readTableProps } from './properties.js';
import { child, children, Ns, type XmlElement } from './xml.js';

/** Conditional table formatting, in the order Word applies it (later wins). */
export const CONDITION_ORDER = [
  'wholeTable',
  'band1Vert',
  'band2Vert',
  'band1Horz',
  'band2Horz',
  'firstCol',
  'lastCol',
  'firstRow',
  'lastRow',
  'neCell',
  'nwCell',
  'seCell',
  'swCell',
] as const;
export type TableCondition = (typeof CONDITION_ORDER)[number];

export interface FormattingLayer {
  rPr: RunProps;
  pPr: ParaProps;
  tcShd?: ShdSpec;
  tblShd?: ShdSpec;
}

export interface StyleDef extends FormattingLayer {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  tblPr: TableProps;
  conditions: Map<string, FormattingLayer>;
}

export class Styles {
  readonly docDefaults: RunProps;
  private readonly byId = new Map<string, StyleDef>();
  private readonly defaults = new Map<string, string>();

  constructor(root: XmlElement | undefined) {
    const docDefaults = child(root, Ns.W, 'docDefaults');
    this.docDefaults = readRunProps(child(child(docDefaults, Ns.W, 'rPrDefault'), Ns.W, 'rPr'));
    for (const style of children(root, Ns.W, 'style')) {
      const id = style.attrs.get('styleId');
      if (id === undefined) continue;
      const type = style.attrs.get('type') ?? 'paragraph';
      const conditions = new Map<string, FormattingLayer>();
      for (const cond of children(style, Ns.W, 'tblStylePr')) {
        const kind = cond.attrs.get('type');
        if (kind) conditions.set(kind, layerOf(cond));
      }
      const tblPr = readTableProps(child(style, Ns.W, 'tblPr'));
      const def: StyleDef = {
        id,
        type,
        name: child(style, Ns.W, 'name')?.attrs.get('val'),
        basedOn: child(style, Ns.W, 'basedOn')?.attrs.get('val'),
        ...layerOf(style),
        tblPr,
        conditions,
      };
      this.byId.set(id, def);
      const isDefault = style.attrs.get('default');
      if ((isDefault === '1' || isDefault === 'true' || isDefault === 'on') && !this.defaults.has(type)) this.defaults.set(type, id);
    }
  }

  get(id: string | undefined): StyleDef | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  defaultStyle(type: 'paragraph' | 'character' | 'table'): string | undefined {
    return this.defaults.get(type);
  }

  /** The style and its `w:basedOn` ancestors, root first; loops and missing links end the chain. */
  chain(id: string | undefined): StyleDef[] {
    const result: StyleDef[] = [];
    const seen = new Set<string>();
    let current = this.get(id);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      result.push(current);
      current = this.get(current.basedOn);
    }
    return result.reverse();
  }

  nameOf(id: string | undefined): string | undefined {
    const style = this.get(id);
    return style ? (style.name ?? style.id) : undefined;
  }
}

function layerOf(element: XmlElement): FormattingLayer {
  const layer: FormattingLayer = {
    rPr: readRunProps(child(element, Ns.W, 'rPr')),
    pPr: readParaProps(child(element, Ns.W, 'pPr')),
  };
  const tcShd = readCellShading(child(element, Ns.W, 'tcPr'));
  if (tcShd) layer.tcShd = tcShd;
  const tblShd = readTableProps(child(element, Ns.W, 'tblPr')).shd;
  if (tblShd) layer.tblShd = tblShd;
  return layer;
}
