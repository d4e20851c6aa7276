/**
 * Content controls bound to data (`w:sdtPr/w:dataBinding`, ECMA-376 Part 1 §17.5.2.6): Word shows
 * the value of the node that `w:xpath` selects in the data store `w:storeItemID` names (a custom XML
 * part, or the core and extended properties), not the text cached in the control. A template filled
 * the Open XML SDK way (the custom XML part replaced) leaves the cache as it was.
 *
 * Only a small, safe subset of XPath is evaluated: an absolute path of element steps, each an
 * optional namespace prefix (from `w:prefixMappings`) and a local name, with an optional `[n]`
 * position, and a last step that may be an attribute (`@name`). Anything else is not evaluated.
 */
import { isUserError } from '../../errors.js';
import type { Budget } from '../../budget.js';
import { parseXml, type Ns, type XmlHandlers, type XmlTag } from './xml.js';

export interface DataBinding {
  store: string;
  xpath: string;
  mappings: string;
}

/** What a binding gives: the value Word shows, nothing to go by (no such store or node: the cache is shown), or why it was not evaluated. */
export type BindingResult = { value: string } | { missing: true } | { unread: 'xpath' | 'store' };

/** The core and extended properties' store ids, which Word binds to without a custom XML part. */
export const CORE_STORE = '{6C3C8BC8-F283-45AE-878A-BAB7291924A1}';
export const EXTENDED_STORE = '{6668398D-A668-4E3E-A5EB-62B293D839F1}';

interface Step {
  uri: string;
  local: string;
  index: number;
  /** The step names its position (`[n]`): without one, it selects every such element (a repeating section's node set). */
  indexed: boolean;
  attribute: boolean;
}

const MAX_XPATH = 2048;
const MAX_STEPS = 64;
/** Elements kept from a data store: a real one has dozens; a hostile one gets no more. */
const MAX_STORE_ELEMENTS = 200_000;
/** Characters of a bound value kept (Word's plain-text controls hold a line or a paragraph). */
const MAX_VALUE = 100_000;

const MAPPING = /xmlns:([^\s=:'"]+)\s*=\s*(?:'([^']*)'|"([^"]*)")/gu;
const STEP = /^(@?)(?:([A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*):)?([A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)(?:\[\s*([1-9]\d{0,5})\s*\])?$/u;

/** The steps of an XPath of the subset read, or null when it is not of it (or a prefix is not mapped). */
export function parseXPath(xpath: string, mappings: string): Step[] | null {
  if (xpath.length > MAX_XPATH || !xpath.startsWith('/')) return null;
  const prefixes = new Map<string, string>();
  for (const m of mappings.slice(0, MAX_XPATH * 4).matchAll(MAPPING)) prefixes.set(m[1]!, m[2] ?? m[3] ?? '');
  const parts = xpath.slice(1).split('/');
  if (parts.length > MAX_STEPS) return null;
  const steps: Step[] = [];
  for (let k = 0; k < parts.length; k++) {
    const m = STEP.exec(parts[k]!.trim());
    if (!m) return null;
    const attribute = m[1] === '@';
    // An attribute is the last step only, and takes no position.
    if (attribute && (k !== parts.length - 1 || m[4] !== undefined || k === 0)) return null;
    const uri = m[2] === undefined ? '' : prefixes.get(m[2]);
    if (uri === undefined) return null;
    steps.push({ uri, local: m[3]!, index: m[4] === undefined ? 1 : Number(m[4]), indexed: m[4] !== undefined, attribute });
  }
  return steps;
}

/** An element of a data store: its namespace and name, its attributes (`uri local` → value), and its content in order. */
interface StoreNode {
  uri: string;
  local: string;
  attrs: Map<string, string>;
  content: (StoreNode | string)[];
}

/** A data store part parsed into a small tree (what XPath steps walk), or null when it cannot be read. */
export function parseStore(bytes: Uint8Array, file: string, part: string, budget?: Budget): StoreNode | null {
  const stack: StoreNode[] = [];
  let root: StoreNode | null = null;
  let count = 0;
  const handlers: XmlHandlers = {
    open(_ns: Ns, name: string, tag: XmlTag, qualified: string) {
      if (++count > MAX_STORE_ELEMENTS) throw new StoreTooLarge();
      const resolve = (q: string): string => {
        const colon = q.indexOf(':');
        return colon < 0 ? '' : (handlers.resolvePrefix?.(q.slice(0, colon)) ?? '\u0000');
      };
      const colon = qualified.indexOf(':');
      const uri = colon < 0 ? (handlers.resolvePrefix?.('') ?? '') : resolve(qualified);
      const attrs = new Map<string, string>();
      const attributes = tag.attributes;
      for (const key in attributes) {
        if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
        const c = key.indexOf(':');
        attrs.set(`${resolve(key)} ${c < 0 ? key : key.slice(c + 1)}`, attributes[key]!);
      }
      const node: StoreNode = { uri, local: name, attrs, content: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.content.push(node);
      else root ??= node;
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text(text: string) {
      const top = stack[stack.length - 1];
      if (top) top.content.push(text);
    },
  };
  try {
    parseXml(bytes, file, part, handlers, budget);
  } catch (error) {
    if (error instanceof StoreTooLarge) return null;
    if (isUserError(error) && error.code !== 'timeout') return null;
    throw error;
  }
  return root;
}

class StoreTooLarge extends Error {}

/** The XPath string value of a node: all its text, in order. */
function stringValue(node: StoreNode): string {
  let out = '';
  const pending: (StoreNode | string)[] = [node];
  // Depth first, in document order, without recursion (a store may nest deep).
  while (pending.length && out.length < MAX_VALUE) {
    const item = pending.pop()!;
    if (typeof item === 'string') out += item;
    else for (let k = item.content.length - 1; k >= 0; k--) pending.push(item.content[k]!);
  }
  return out.slice(0, MAX_VALUE);
}

/** What `steps` select in `root`: the value, or undefined when no node is there. */
export function evaluate(root: StoreNode, steps: Step[]): string | undefined {
  let node: StoreNode | undefined;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    if (step.attribute) return node?.attrs.get(`${step.uri} ${step.local}`);
    if (k === 0) {
      node = step.index === 1 && root.uri === step.uri && root.local === step.local ? root : undefined;
    } else {
      let seen = 0;
      let found: StoreNode | undefined;
      for (const item of node!.content) {
        if (typeof item !== 'string' && item.uri === step.uri && item.local === step.local && ++seen === step.index) {
          found = item;
          break;
        }
      }
      node = found;
    }
    if (!node) return undefined;
  }
  return node ? stringValue(node) : undefined;
}

/**
 * How many elements `steps` select in `root`: every step but the last walked as `evaluate` does, the
 * last one counted among its parent's children (all of them of its name when it names no position).
 */
export function countNodes(root: StoreNode, steps: Step[]): number {
  const last = steps[steps.length - 1];
  if (!last || last.attribute) return 0;
  if (steps.length === 1) return root.uri === last.uri && root.local === last.local && last.index === 1 ? 1 : 0;
  let node: StoreNode | undefined = root;
  for (let k = 0; k < steps.length - 1 && node; k++) {
    const step = steps[k]!;
    if (k === 0) {
      node = step.index === 1 && root.uri === step.uri && root.local === step.local ? root : undefined;
      continue;
    }
    let seen = 0;
    let found: StoreNode | undefined;
    for (const item of node.content) {
      if (typeof item !== 'string' && item.uri === step.uri && item.local === step.local && ++seen === step.index) {
        found = item;
        break;
      }
    }
    node = found;
  }
  if (!node) return 0;
  let count = 0;
  for (const item of node.content) if (typeof item !== 'string' && item.uri === last.uri && item.local === last.local) count++;
  return last.indexed ? (count >= last.index ? 1 : 0) : count;
}

const NEEDLE = [...'dataBinding'].map((c) => c.charCodeAt(0));
/** Where in NEEDLE its rarest byte, the `B`, stands: searched for natively, the rest compared around it. */
const AT_B = 4;

/** Whether a part's bytes hold `dataBinding` (UTF-8): only a part that has a binding has its data stores read. */
export function mentionsDataBinding(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x42, AT_B); at >= 0; at = bytes.indexOf(0x42, at + 1)) {
    let k = 0;
    while (k < NEEDLE.length && bytes[at - AT_B + k] === NEEDLE[k]) k++;
    if (k === NEEDLE.length) return true;
  }
  return false;
}

/** Store ids compare without case or braces (Word writes `{…}` upper case; tools vary). */
export function storeKey(id: string): string {
  return id.trim().replace(/^\{|\}$/g, '').toUpperCase();
}

/** The data stores of a package, parsed when first asked for; each binding evaluated once. */
export class DataStores {
  private readonly trees = new Map<string, StoreNode | null>();
  private readonly results = new Map<string, BindingResult>();

  /** `parts`: store key → its part's bytes (read before the story is parsed). */
  constructor(
    private readonly parts: Map<string, { part: string; bytes: Uint8Array }>,
    private readonly file: string,
    private readonly budget?: Budget,
  ) {}

  resolve(binding: DataBinding): BindingResult {
    const key = `${storeKey(binding.store)}\n${binding.xpath}\n${binding.mappings}`;
    let result = this.results.get(key);
    if (!result) {
      result = this.evaluate(binding);
      if (this.results.size < 10_000) this.results.set(key, result);
    }
    return result;
  }

  /**
   * How many elements a repeating section's binding (`w15:dataBinding`) selects: a number, the store
   * missing (Word keeps the items saved), or not evaluated (an XPath outside the subset, a store not read).
   */
  count(binding: DataBinding): number | 'missing' | 'unread' {
    const store = storeKey(binding.store);
    const found = this.parts.get(store);
    if (!found) return 'missing';
    const steps = parseXPath(binding.xpath.trim(), binding.mappings);
    if (!steps) return 'unread';
    const tree = this.tree(store, found);
    return tree ? countNodes(tree, steps) : 'unread';
  }

  private tree(store: string, found: { part: string; bytes: Uint8Array }): StoreNode | null {
    let tree = this.trees.get(store);
    if (tree === undefined) {
      tree = parseStore(found.bytes, this.file, found.part, this.budget);
      this.trees.set(store, tree);
    }
    return tree;
  }

  private evaluate(binding: DataBinding): BindingResult {
    const store = storeKey(binding.store);
    const found = this.parts.get(store);
    if (!found) return { missing: true };
    const steps = parseXPath(binding.xpath.trim(), binding.mappings);
    if (!steps) return { unread: 'xpath' };
    const tree = this.tree(store, found);
    if (!tree) return { unread: 'store' };
    const value = evaluate(tree, steps);
    return value === undefined ? { missing: true } : { value };
  }
}
