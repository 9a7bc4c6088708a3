// Citation rules (DESIGN.md §4): every number in a record-like block is covered by the
// block's `source`, or cites its own with `{value, source}`. A source is a fact of the seed
// article (F1-F32), a keyword saying how the value was obtained, or the id of an entry in
// the file's `sources` list. Unknown references are errors; unused list entries are fine.
import { type Path, asList, asRecord } from './loose.ts';
import { closest } from './hints.ts';

export interface Citation {
  /** Where the number sits in the normalised Scenario, like "providers[2].trust0". */
  path: string;
  source: string;
}

export const SOURCE_KEYWORDS = ['assumed', 'derived', 'calibrated'] as const;
const FACT_RE = /^F([1-9]|[12]\d|3[0-2])$/;

export function isReservedSource(ref: string): boolean {
  return /^F\d+$/.test(ref) || (SOURCE_KEYWORDS as readonly string[]).includes(ref);
}

export function isKnownSource(ref: string, listed: ReadonlySet<string>): boolean {
  return (
    FACT_RE.test(ref) || (SOURCE_KEYWORDS as readonly string[]).includes(ref) || listed.has(ref)
  );
}

export interface SourceProblem {
  path: Path;
  message: string;
  hint?: string;
}

/**
 * Checks every `source` reference in the raw (possibly invalid) file. It walks the data
 * loosely, so a bad citation is reported even when other parts of the file are malformed.
 */
export function checkSourceRefs(raw: unknown): SourceProblem[] {
  const top = asRecord(raw);
  if (!top) return [];
  const problems: SourceProblem[] = [];
  const listed = new Set<string>();
  asList(top['sources']).forEach((entry, i) => {
    const id = asRecord(entry)?.['id'];
    if (typeof id !== 'string') return;
    if (isReservedSource(id)) {
      problems.push({
        path: ['sources', i, 'id'],
        message: `source id \`${id}\` is reserved for seed facts and keywords; pick another id`,
      });
    } else if (listed.has(id)) {
      problems.push({ path: ['sources', i, 'id'], message: `source id \`${id}\` is listed twice` });
    }
    listed.add(id);
  });
  const candidates = ['assumed', 'derived', 'calibrated', ...listed];
  const visit = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    const rec = asRecord(node);
    if (!rec) return;
    for (const [key, value] of Object.entries(rec)) {
      if (path.length === 0 && key === 'sources') continue;
      if (key === 'source' && typeof value === 'string' && !isKnownSource(value, listed)) {
        const hint = closest(value, candidates);
        problems.push({
          path: [...path, key],
          message: `unknown source \`${value}\`: cite F1-F32, assumed, derived, calibrated, or the id of an entry in \`sources\``,
          ...(hint ? { hint: `did you mean \`${hint}\`?` } : {}),
        });
      } else {
        visit(value, [...path, key]);
      }
    }
  };
  visit(top, []);
  return problems;
}

/** Collects citations while the normaliser turns cited numbers into plain ones. */
export class CitationLog {
  readonly citations: Citation[] = [];

  /** A plain number takes the enclosing block's source; `{value, source}` its own. */
  number(
    x: number | { value: number; source: string },
    path: string,
    blockSource?: string,
  ): number {
    if (typeof x === 'number') {
      if (blockSource !== undefined) this.citations.push({ path, source: blockSource });
      return x;
    }
    this.citations.push({ path, source: x.source });
    return x.value;
  }
}
