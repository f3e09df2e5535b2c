// The GraphQL `Graph` type (lineage, impact): documents and the relations between them.

export type GraphNode = {
  id: string;
  kind: string;
  label: string;
  level: string | null;
  hasText: boolean | null;
};

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: string;
  inferred: boolean;
};

export type GraphData = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
};
