// Maps a data path to a line and column through the YAML node ranges. A path that does not
// exist in the file (a missing field) lands on the deepest node that does, so that every
// problem points somewhere useful.
import { type Document, type LineCounter, type Node, isMap, isScalar, isSeq } from 'yaml';
import type { Path } from './loose.ts';

export interface Position {
  line: number;
  column: number;
}

interface Found {
  node: Node;
  /** The key node of the last map step, to point at a field's name. */
  key: Node | undefined;
  complete: boolean;
}

function walk(doc: Document, path: Path): Found | undefined {
  let node = doc.contents as Node | null;
  if (!node) return undefined;
  let key: Node | undefined;
  for (const seg of path) {
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k) && String(k.value) === String(seg)) {
          nextKey = k;
          // A key without a value (`trust0:`) still has a place: its key.
          next = (pair.value as Node | null) ?? k;
          break;
        }
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = (node.items[seg] as Node | undefined) ?? undefined;
    }
    if (!next) return { node, key, complete: false };
    node = next;
    key = nextKey;
  }
  return { node, key, complete: true };
}

function start(node: Node | undefined, lines: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = lines.linePos(offset);
  return { line: Math.max(1, pos.line), column: Math.max(1, pos.col) };
}

/**
 * Where a problem at `path` should point: the value's node, or with `atKey` the field name.
 * Falls back to the deepest existing node, then to the top of the file.
 */
export function locate(doc: Document, lines: LineCounter, path: Path, atKey = false): Position {
  const found = walk(doc, path);
  const node = found && found.complete && atKey ? (found.key ?? found.node) : found?.node;
  return start(node, lines) ?? { line: 1, column: 1 };
}
