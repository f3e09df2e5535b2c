// Breadth-first walk of the relations around a document: one store round trip per hop and direction,
// however many documents the frontier holds.
import { lineageDown, lineageUp } from '../db/queries/lineage.ts';
import type { Store } from '../db/store.ts';

export type Direction = 'UP' | 'DOWN' | 'BOTH';

export interface LineageEdge {
  fromId: string;
  toId: string;
  kind: string;
  inferred: boolean;
}

export interface LineageWalk {
  /** documents reached, the start first, in the order they were reached */
  documentIds: string[];
  edges: LineageEdge[];
  truncated: boolean;
}

export const MAX_DEPTH = 30;

/**
 * UP follows relations out of a document (its bases, what it implements, what it derives from); DOWN
 * follows them backwards (what stands on it). BOTH is the union of the two walks, not an undirected
 * walk: siblings that merely share a basis are not lineage.
 */
export async function walkLineage(
  store: Store,
  startId: string,
  direction: Direction,
  depth: number,
  maxNodes: number,
): Promise<LineageWalk> {
  const reached = new Set<string>([startId]);
  const edges = new Map<string, LineageEdge>();
  let truncated = false;

  const walk = async (up: boolean): Promise<void> => {
    let frontier = [startId];
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const rows = await store.read(up ? lineageUp : lineageDown, { ids: frontier });
      const next: string[] = [];
      for (const row of rows) {
        const edge: LineageEdge = {
          fromId: row.fromId as string,
          toId: row.toId as string,
          kind: row.kind as string,
          inferred: row.inferred === true,
        };
        const other = up ? edge.toId : edge.fromId;
        if (!reached.has(other)) {
          if (reached.size >= maxNodes) {
            truncated = true;
            continue;
          }
          reached.add(other);
          next.push(other);
        }
        edges.set(`${edge.fromId}|${edge.kind}|${edge.toId}`, edge);
      }
      frontier = next;
    }
  };

  if (direction !== 'DOWN') await walk(true);
  if (direction !== 'UP') await walk(false);
  return { documentIds: [...reached], edges: [...edges.values()], truncated };
}
