/** OPC relationships: parts are found through them, never by fixed names. */
import { posix } from 'node:path';
import type { ZipPackage } from './zip.js';
import { children, Ns, parseTree } from './xml.js';

const RELATIONSHIP_ELEMENTS: ReadonlySet<string> = new Set(['Relationships', 'Relationship']);

export interface Relationship {
  id: string;
  /** The last segment of the relationship type URI (`officeDocument`, `styles`, `theme`…), same for Strict and transitional. */
  kind: string;
  /** Absolute part name without leading slash, e.g. `word/theme/theme1.xml`. */
  target: string;
}

/** The relationships part of `partName` (`word/document.xml` → `word/_rels/document.xml.rels`; `` → `_rels/.rels`). */
export function relationshipsPartOf(partName: string): string {
  const dir = posix.dirname(partName);
  const base = posix.basename(partName);
  return posix.join(dir === '.' ? '' : dir, '_rels', `${base}.rels`);
}

export function readRelationships(zip: ZipPackage, file: string, partName: string): Relationship[] {
  const relsPart = relationshipsPartOf(partName);
  const bytes = zip.read(relsPart);
  if (!bytes) return [];
  const root = parseTree(bytes, file, relsPart, RELATIONSHIP_ELEMENTS);
  const sourceDir = posix.dirname(partName);
  const result: Relationship[] = [];
  for (const rel of children(root, Ns.Rel, 'Relationship')) {
    if (rel.attrs.get('TargetMode') === 'External') continue;
    const type = rel.attrs.get('Type') ?? '';
    const rawTarget = rel.attrs.get('Target') ?? '';
    let target: string;
    try {
      target = decodeURI(rawTarget);
    } catch {
      target = rawTarget;
    }
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(sourceDir === '.' ? '' : sourceDir, target));
    result.push({ id: rel.attrs.get('Id') ?? '', kind: type.slice(type.lastIndexOf('/') + 1), target: resolved });
  }
  return result;
}
