/**
 * Office Math (OMML, `m:oMath`) as a line of text: what a reader sees of an equation, written the way
 * Word writes it in a line (its "linear format", UnicodeMath) where a symbol stands for the layout.
 * The equation is read into a small tree while its runs stream in (body.ts), then written out here:
 * - `m:d` delimiters: `m:begChr` + arguments joined by `m:sepChr` + `m:endChr` (defaults `(`, `|`, `)`): f(x);
 * - `m:f` fractions: numerator/denominator, each in brackets when more than one term: 1/2, (a+b)/2;
 *   a fraction without a bar (`m:type` noBar, binomial-like) `¦` between, as UnicodeMath writes it;
 * - `m:sSup`, `m:sSub`, `m:sSubSup`, `m:sPre`, and limits of `m:nary`, `m:limLow`, `m:limUpp`: as Unicode
 *   superscript or subscript characters when each character has one (x², xᵢ, ∑ᵢ₌₁ⁿ), else `^` or `_` and
 *   the script in brackets when more than one character: x^(2k). (A unit squared is then written as usual: m².)
 * - `m:rad`: √x, ∛x, ∜x, another degree in superscript (⁵√x), else √(n&x);
 * - `m:nary`: its operator (`m:chr`, default ∫), its limits, a space, its argument: ∑ᵢ₌₁ⁿ i;
 * - `m:func`: the function's name, a space, its argument (sin x), no space before a bracket (sin(x));
 * - `m:acc`: the argument and its accent (`m:chr`, default a combining circumflex): x̂;
 * - `m:bar`: each character with a combining overline (`m:pos` top) or low line (bot, the default): x̅;
 * - `m:groupChr`: its character (default ⏟) and the argument: ⏟(x+y);
 * - `m:eqArr`: its rows on lines of their own; `m:m` matrices: cells by a space, rows by "; ";
 * - `m:phant` with `m:show` off: nothing (it only takes room).
 * Each symbol added takes the look (colour) of the text beside it, the first run of its structure.
 */
import type { RunProps } from './properties.js';

/** A run of an equation (`m:r`), as read. */
export interface MathLeaf {
  text: string;
  props: RunProps;
  link?: boolean;
}

/** A structure of an equation (`m:d`, `m:f`, an argument `m:e`…), its properties (`m:begChr`…: their `m:val`), and what it holds. */
export interface MathNode {
  name: string;
  /** Property values read from its `m:…Pr` (name → `m:val`, '' when the element has none); null: none read. */
  props: Map<string, string> | null;
  children: (MathNode | MathLeaf)[];
}

/** A piece of the equation as written: a run's text, or a symbol (props null until it takes its neighbour's). */
export interface MathPiece {
  text: string;
  props: RunProps | null;
  link?: boolean;
}

export function mathNode(name: string): MathNode {
  return { name, props: null, children: [] };
}

const isNode = (item: MathNode | MathLeaf): item is MathNode => (item as MathNode).children !== undefined;

const SUPERSCRIPT: ReadonlyMap<string, string> = new Map([
  ...[...'0123456789'].map((d, i): [string, string] => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i]!]),
  ['+', '⁺'], ['-', '⁻'], ['−', '⁻'], ['=', '⁼'], ['(', '⁽'], [')', '⁾'], ['n', 'ⁿ'], ['i', 'ⁱ'],
]);
const SUBSCRIPT: ReadonlyMap<string, string> = new Map([
  ...[...'0123456789'].map((d, i): [string, string] => [d, '₀₁₂₃₄₅₆₇₈₉'[i]!]),
  ['+', '₊'], ['-', '₋'], ['−', '₋'], ['=', '₌'], ['(', '₍'], [')', '₎'],
  ...[...'aehijklmnoprstuvx'].map((c, i): [string, string] => [c, 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'[i]!]),
]);

/** The equation's pieces in reading order, each symbol given the look of its neighbour. */
export function writeEquation(root: MathNode): MathPiece[] {
  const pieces = write(root);
  let next: MathPiece | null = null;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (piece.props) next = piece;
    else if (next) {
      piece.props = next.props;
      if (next.link) piece.link = true;
    }
  }
  let previous: MathPiece | null = null;
  for (const piece of pieces) {
    if (piece.props) previous = piece;
    else if (previous) piece.props = previous.props;
  }
  return pieces;
}

const symbol = (text: string): MathPiece => ({ text, props: null });

const textOf = (pieces: MathPiece[]): string => pieces.map((p) => p.text).join('');

/** The value of a property, its default when not given (`m:val` missing: the empty string, no character). */
function prop(node: MathNode, name: string, fallback: string): string {
  const value = node.props?.get(name);
  return value === undefined ? fallback : value;
}

/** An on/off property (`m:degHide`, `m:show`…): on when present without a val, or with 1/on/true. */
function flag(node: MathNode, name: string, fallback: boolean): boolean {
  const value = node.props?.get(name);
  if (value === undefined) return fallback;
  return !(value === '0' || value === 'off' || value === 'false');
}

/** The argument children of a node (`m:e`, `m:num`…) by name, in order. */
function args(node: MathNode, name: string): MathNode[] {
  const out: MathNode[] = [];
  for (const child of node.children) if (isNode(child) && child.name === name) out.push(child);
  return out;
}

function arg(node: MathNode, name: string): MathPiece[] {
  const found = args(node, name)[0];
  return found ? write(found) : [];
}

/** An argument in brackets when it is more than one term (and not in brackets of its own). */
function wrapped(node: MathNode, name: string): MathPiece[] {
  const found = args(node, name)[0];
  if (!found) return [];
  const pieces = write(found);
  const text = textOf(pieces);
  if (/^[\p{L}\p{N}.,\p{M}]*$/u.test(text)) return pieces;
  const only = found.children.length === 1 ? found.children[0]! : null;
  if (only && isNode(only) && only.name === 'd') return pieces;
  return [symbol('('), ...pieces, symbol(')')];
}

/** A script (superscript or subscript) in its own characters when each has one, else `mark` and the script. */
function script(node: MathNode, name: string, map: ReadonlyMap<string, string>, mark: string): MathPiece[] {
  const pieces = arg(node, name);
  const text = textOf(pieces);
  if (text === '') return [];
  let mapped = true;
  for (const c of text) {
    if (!map.has(c)) {
      mapped = false;
      break;
    }
  }
  if (mapped) return pieces.map((p) => ({ ...p, text: [...p.text].map((c) => map.get(c)!).join('') }));
  // x^(2k), not x^2k: a script of more than one character in brackets (unless in its own).
  const only = args(node, name)[0]!.children;
  if ([...text].length === 1 || (only.length === 1 && isNode(only[0]!) && only[0].name === 'd')) return [symbol(mark), ...pieces];
  return [symbol(mark), symbol('('), ...pieces, symbol(')')];
}

function write(node: MathNode): MathPiece[] {
  const out: MathPiece[] = [];
  switch (node.name) {
    case 'd': {
      const begin = prop(node, 'begChr', '(');
      const separator = prop(node, 'sepChr', '|');
      if (begin) out.push(symbol(begin));
      args(node, 'e').forEach((e, i) => {
        if (i > 0 && separator) out.push(symbol(separator));
        out.push(...write(e));
      });
      const end = prop(node, 'endChr', ')');
      if (end) out.push(symbol(end));
      return out;
    }
    case 'f':
      return [...wrapped(node, 'num'), symbol(prop(node, 'type', 'bar') === 'noBar' ? '¦' : '/'), ...wrapped(node, 'den')];
    case 'sSup':
      return [...arg(node, 'e'), ...script(node, 'sup', SUPERSCRIPT, '^')];
    case 'sSub':
      return [...arg(node, 'e'), ...script(node, 'sub', SUBSCRIPT, '_')];
    case 'sSubSup':
      return [...arg(node, 'e'), ...script(node, 'sub', SUBSCRIPT, '_'), ...script(node, 'sup', SUPERSCRIPT, '^')];
    case 'sPre':
      return [...script(node, 'sub', SUBSCRIPT, '_'), ...script(node, 'sup', SUPERSCRIPT, '^'), ...arg(node, 'e')];
    case 'rad': {
      const degree = flag(node, 'degHide', false) ? '' : textOf(arg(node, 'deg'));
      if (degree === '' || degree === '2') return [symbol('√'), ...wrapped(node, 'e')];
      if (degree === '3') return [symbol('∛'), ...wrapped(node, 'e')];
      if (degree === '4') return [symbol('∜'), ...wrapped(node, 'e')];
      if ([...degree].every((c) => SUPERSCRIPT.has(c))) return [...script(node, 'deg', SUPERSCRIPT, '^'), symbol('√'), ...wrapped(node, 'e')];
      return [symbol('√('), ...arg(node, 'deg'), symbol('&'), ...arg(node, 'e'), symbol(')')];
    }
    case 'nary': {
      out.push(symbol(prop(node, 'chr', '∫') || '∫'));
      if (!flag(node, 'subHide', false)) out.push(...script(node, 'sub', SUBSCRIPT, '_'));
      if (!flag(node, 'supHide', false)) out.push(...script(node, 'sup', SUPERSCRIPT, '^'));
      const e = arg(node, 'e');
      if (textOf(e) !== '') out.push(symbol(' '), ...e);
      return out;
    }
    case 'func': {
      const name = arg(node, 'fName');
      const e = arg(node, 'e');
      const text = textOf(e);
      if (name.length && text !== '' && !/^[([{|⟨⌊⌈‖]/u.test(text)) name.push(symbol(' '));
      return [...name, ...e];
    }
    case 'limLow':
      return [...arg(node, 'e'), ...script(node, 'lim', SUBSCRIPT, '_')];
    case 'limUpp':
      return [...arg(node, 'e'), ...script(node, 'lim', SUPERSCRIPT, '^')];
    case 'acc':
      return [...arg(node, 'e'), symbol(prop(node, 'chr', '\u0302'))];
    case 'bar': {
      const mark = prop(node, 'pos', 'bot') === 'top' ? '\u0305' : '\u0332';
      return arg(node, 'e').map((p) => ({ ...p, text: [...p.text].map((c) => (/\s/u.test(c) ? c : c + mark)).join('') }));
    }
    case 'groupChr':
      return [symbol(prop(node, 'chr', '⏟')), ...wrapped(node, 'e')];
    case 'phant':
      return flag(node, 'show', true) ? arg(node, 'e') : [];
    case 'eqArr':
      args(node, 'e').forEach((e, i) => {
        if (i > 0) out.push(symbol('\n'));
        out.push(...write(e));
      });
      return out;
    case 'm':
      args(node, 'mr').forEach((row, r) => {
        if (r > 0) out.push(symbol('; '));
        args(row, 'e').forEach((e, i) => {
          if (i > 0) out.push(symbol(' '));
          out.push(...write(e));
        });
      });
      return out;
    default:
      for (const child of node.children) {
        if (isNode(child)) out.push(...write(child));
        else out.push(child.link ? { text: child.text, props: child.props, link: true } : { text: child.text, props: child.props });
      }
      return out;
  }
}
