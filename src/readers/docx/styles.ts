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

/**
 * The character styles editors show links in, folded (letters only, lower case, accents dropped): Word's
 * Hyperlink and FollowedHyperlink (the names Word writes in every language; the ids are localized:
 * `Lienhypertexte`, `Lienhypertextesuivivisit`, `Hipervnculo`), LibreOffice's Internet Link and Visited
 * Internet Link (`InternetLink`, German `Internetlink`).
 */
const LINK_STYLE = /^(?:hyperlink|followedhyperlink|lienhypertexte|hipervinculo|hipervnculo|collegamentoipertestuale|internetlink|visitedinternetlink)/u;

const foldStyleName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/gu, '')
    .toLowerCase();

/** Whether a character style chain (root first) holds a style links are shown in (Run.linkStyle). */
export function isLinkStyle(chain: readonly StyleDef[]): boolean {
  for (const style of chain) {
    if (style.type !== 'character') continue;
    if (LINK_STYLE.test(foldStyleName(style.id.slice(0, 64))) || (style.name !== undefined && LINK_STYLE.test(foldStyleName(style.name.slice(0, 64))))) return true;
  }
  return false;
}

export class Styles {
  readonly docDefaults: RunProps;
  /** `w:docDefaults/w:pPrDefault`: the paragraph properties every paragraph starts from. */
  readonly paragraphDefaults: ParaProps;
  private readonly byId = new Map<string, StyleDef>();
  private readonly defaults = new Map<string, string>();
  private readonly chains = new Map<string | undefined, StyleDef[]>();
  /**
   * The styles of a Word document imported into another (`Styles.imported`): the ids its XML names
   * → the ids here. Absent for a document's own styles.
   */
  private alias: Map<string, string> | null = null;

  constructor(
    root: XmlElement | undefined,
    private readonly file = '',
    /** The document whose defaults (`w:docDefaults`) apply instead of `root`'s. */
    defaultsOf?: Styles,
  ) {
    const docDefaults = child(root, Ns.W, 'docDefaults');
    this.docDefaults = defaultsOf ? defaultsOf.docDefaults : readRunProps(child(child(docDefaults, Ns.W, 'rPrDefault'), Ns.W, 'rPr'));
    this.paragraphDefaults = defaultsOf ? defaultsOf.paragraphDefaults : readParaProps(child(child(docDefaults, Ns.W, 'pPrDefault'), Ns.W, 'pPr'));
    const styles = children(root, Ns.W, 'style');
    if (styles.length > LIMITS.styles) throw overLimit(file, 'the number of styles', LIMITS.styles, '', 'styles', { found: styles.length });
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

  /**
   * The styles a Word document imported whole (`w:altChunk`) is shown in, when it does not keep its
   * own (`w:matchSrc` off, the default): ECMA-376 Part 1 §17.17.2.3, "styles from the main document
   * shall override identical styles from the imported content". A style of the chunk is the host's
   * style of the same type and name (case aside) when the host has one, else its own (its `basedOn`
   * followed the same way); the host's document defaults apply. Ids are the chunk's, as its XML names them.
   */
  static imported(host: Styles, chunk: Styles): Styles {
    const merged = new Styles(undefined, chunk.file, host);
    const alias = new Map<string, string>();
    merged.alias = alias;
    const key = (def: StyleDef) => `${def.type}|${(def.name ?? def.id).toLowerCase()}`;
    const hostByName = new Map<string, string>();
    for (const [id, def] of host.byId) {
      merged.byId.set(id, def);
      if (!hostByName.has(key(def))) hostByName.set(key(def), id);
    }
    const own = (id: string) => `\u0000chunk:${id}`;
    for (const [id, def] of chunk.byId) alias.set(id, hostByName.get(key(def)) ?? own(id));
    // The script's own ids, where the chunk has none of the same (a table of the script it stands in names its style so).
    for (const id of host.byId.keys()) if (!alias.has(id)) alias.set(id, id);
    for (const [id, def] of chunk.byId) {
      if (alias.get(id) !== own(id)) continue;
      const basedOn = def.basedOn === undefined ? undefined : (alias.get(def.basedOn) ?? own(def.basedOn));
      merged.byId.set(own(id), { ...def, id: own(id), name: def.name ?? id, basedOn });
    }
    for (const type of ['paragraph', 'character', 'table'] as const) {
      const mine = chunk.defaultStyle(type);
      const theirs = host.defaultStyle(type);
      if (mine !== undefined) merged.defaults.set(type, mine);
      else if (theirs !== undefined) {
        merged.defaults.set(type, `\u0000host:${theirs}`);
        alias.set(`\u0000host:${theirs}`, theirs);
      }
    }
    return merged;
  }

  /** A style by the id the document's XML names it by. */
  get(id: string | undefined): StyleDef | undefined {
    if (id === undefined) return undefined;
    if (!this.alias) return this.byId.get(id);
    const own = this.alias.get(id);
    return own === undefined ? undefined : this.byId.get(own);
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
      if (result.length >= LIMITS.styleChain) throw overLimit(this.file, `the w:basedOn chain of style "${clip(String(id))}"`, LIMITS.styleChain, 'styles', 'styleChain');
      seen.add(current.id);
      result.push(current);
      // (A style's basedOn names a style of this set: imported styles were given theirs in it.)
      current = current.basedOn === undefined ? undefined : this.byId.get(current.basedOn);
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
