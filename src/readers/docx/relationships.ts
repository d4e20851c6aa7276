/** OPC relationships: parts are found through them, never by fixed names. */
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

/** Part names are `/`-separated paths inside the package (OPC, ECMA-376 Part 2 §6.2.2). */
function dirname(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

function basename(part: string): string {
  return part.slice(part.lastIndexOf('/') + 1);
}

/** `word` + `../c/./d` → `c/d`: `.` and `..` segments resolved, empty ones dropped (a `..` above the package root is kept: no such part). */
function resolvePart(dir: string, target: string): string {
  const segments: string[] = [];
  for (const segment of `${dir}/${target}`.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships part of `partName` (`word/document.xml` → `word/_rels/document.xml.rels`; `` → `_rels/.rels`). */
export function relationshipsPartOf(partName: string): string {
  const dir = dirname(partName);
  return `${dir ? `${dir}/` : ''}_rels/${basename(partName)}.rels`;
}

/**
 * The part's relationships to parts of the package. Those to something outside it (`TargetMode="External"`:
 * a web address, a master document's subdocument file) are left out, or put in `external` when given,
 * their target as written.
 */
export async function readRelationships(zip: ZipPackage, file: string, partName: string, external?: Relationship[]): Promise<Relationship[]> {
  const relsPart = relationshipsPartOf(partName);
  const bytes = await zip.read(relsPart);
  if (!bytes) return [];
  const root = parseTree(bytes, file, relsPart, RELATIONSHIP_ELEMENTS);
  const sourceDir = dirname(partName);
  const result: Relationship[] = [];
  for (const rel of children(root, Ns.Rel, 'Relationship')) {
    const type = rel.attrs.get('Type') ?? '';
    if (rel.attrs.get('TargetMode') === 'External') {
      external?.push({ id: rel.attrs.get('Id') ?? '', kind: type.slice(type.lastIndexOf('/') + 1), target: rel.attrs.get('Target') ?? '' });
      continue;
    }
    const rawTarget = rel.attrs.get('Target') ?? '';
    let target: string;
    try {
      target = decodeURI(rawTarget);
    } catch {
      target = rawTarget;
    }
    const resolved = target.startsWith('/') ? target.slice(1) : resolvePart(sourceDir, target);
    result.push({ id: rel.attrs.get('Id') ?? '', kind: type.slice(type.lastIndexOf('/') + 1), target: resolved });
  }
  return result;
}
