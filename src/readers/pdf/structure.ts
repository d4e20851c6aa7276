/**
 * A tagged PDF's structure (PDF 32000 §14.7-14.8), as pdf.js gives a page's: elements by their
 * standard role (role-mapped), content items naming the marked content they hold. Used for one
 * thing: which text a list item holds (/LI, its /Lbl and /LBody), to tell a list's drawn number
 * from a number typed at the start of a paragraph (lines.ts).
 */

/** A node of `page.getStructTree()`: an element (role, children) or a content item (type, id). */
export interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Nodes looked at, at most, on a page (a hostile tree must not cost more than its page). */
const MAX_NODES = 200_000;

/**
 * The marked-content ids (MCIDs) of what the page's list items hold, or undefined when the page has
 * no structure tree. pdf.js names a page's marked content "p<ref>R_mc<MCID>".
 */
export function listContent(tree: StructNode | null | undefined): Set<number> | undefined {
  if (!tree || typeof tree !== 'object') return undefined;
  const out = new Set<number>();
  const stack: { node: StructNode; inList: boolean }[] = [{ node: tree, inList: false }];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const { node, inList } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'content' && inList && typeof node.id === 'string') {
      const m = /_mc(\d+)$/u.exec(node.id);
      if (m) out.add(Number(m[1]));
      continue;
    }
    const listed = inList || node.role === 'LI' || node.role === 'Lbl' || node.role === 'LBody';
    if (Array.isArray(node.children)) for (const child of node.children) stack.push({ node: child, inList: listed });
  }
  return out;
}
