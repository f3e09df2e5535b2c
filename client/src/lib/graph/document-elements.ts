// Turns document graphs (a lineage, its expansions, an impact) into Cytoscape elements.
import { toLevel, type Level } from '../vocabulary.ts';
import type { GraphData, GraphEdge, GraphNode } from './graph-data.ts';

export type DocumentNodeData = {
  id: string;
  /** The server's short label: the number, or a short title when there is none. */
  label: string;
  kind: string;
  /** What the node shows: the label over the kind. */
  caption: string;
  level: Level;
  hasText: boolean;
  isRoot: boolean;
};

export type RelationEdgeData = {
  id: string;
  source: string;
  target: string;
  kind: string;
  inferred: boolean;
};

export type DocumentElement =
  | { group: 'nodes'; data: DocumentNodeData }
  | { group: 'edges'; data: RelationEdgeData };

/** One id per relation between two documents, whichever query or server edge id it came from. */
export function relationEdgeId(edge: Pick<GraphEdge, 'source' | 'target' | 'kind'>): string {
  return `${edge.source}→${edge.target}:${edge.kind}`;
}

function nodeData(node: GraphNode, rootId: string | null): DocumentNodeData {
  const label = node.label || node.id;
  return {
    id: node.id,
    label,
    kind: node.kind,
    caption: node.kind ? `${label}\n${node.kind}` : label,
    level: toLevel(node.level),
    hasText: node.hasText === true,
    isRoot: node.id === rootId,
  };
}

/** A document seen twice keeps what either sighting knew: its text, its level. */
function mergeNode(seen: DocumentNodeData, next: DocumentNodeData): DocumentNodeData {
  return {
    ...seen,
    hasText: seen.hasText || next.hasText,
    level: seen.level === 'UNKNOWN' ? next.level : seen.level,
  };
}

export function documentElements(graphs: readonly GraphData[], rootId: string | null): DocumentElement[] {
  const nodes = new Map<string, DocumentNodeData>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const data = nodeData(node, rootId);
      const seen = nodes.get(data.id);
      nodes.set(data.id, seen ? mergeNode(seen, data) : data);
    }
  }

  const edges = new Map<string, RelationEdgeData>();
  for (const graph of graphs) {
    for (const edge of graph.edges) {
      if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      const id = relationEdgeId(edge);
      const seen = edges.get(id);
      // A stated relation outweighs the same relation inferred.
      const inferred = (seen?.inferred ?? true) && edge.inferred;
      edges.set(id, { id, source: edge.source, target: edge.target, kind: edge.kind, inferred });
    }
  }

  return [
    ...[...nodes.values()].map((data) => ({ group: 'nodes' as const, data })),
    ...[...edges.values()].map((data) => ({ group: 'edges' as const, data })),
  ];
}
