/** styles.xml: document defaults and the style definitions with their `w:basedOn` chains. */
import { LIMITS, overLimit } from '../limits.js';
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
  /** `w:docDefaults/w:pPrDefault`: the paragraph properties every paragraph starts from. */
  readonly paragraphDefaults: ParaProps;
  private readonly byId = new Map<string, StyleDef>();
  private readonly defaults = new Map<string, string>();
  private readonly chains = new Map<string | undefined, StyleDef[]>();

  constructor(
    root: XmlElement | undefined,
    private readonly file = '',
  ) {
    const docDefaults = child(root, Ns.W, 'docDefaults');
    this.docDefaults = readRunProps(child(child(docDefaults, Ns.W, 'rPrDefault'), Ns.W, 'rPr'));
    this.paragraphDefaults = readParaProps(child(child(docDefaults, Ns.W, 'pPrDefault'), Ns.W, 'pPr'));
    const styles = children(root, Ns.W, 'style');
    if (styles.length > LIMITS.styles) throw overLimit(file, 'the number of styles', LIMITS.styles);
    for (const style of styles) {
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
    let result = this.chains.get(id);
    if (result) return result;
    result = [];
    const seen = new Set<string>();
    let current = this.get(id);
    while (current && !seen.has(current.id)) {
      if (result.length >= LIMITS.styleChain) throw overLimit(this.file, `the w:basedOn chain of style "${clip(String(id))}"`, LIMITS.styleChain, 'styles');
      seen.add(current.id);
      result.push(current);
      current = this.get(current.basedOn);
    }
    result.reverse();
    this.chains.set(id, result);
    return result;
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

/** A name from the file, short enough for a message. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
