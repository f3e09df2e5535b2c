// What a drawn graph is made of, engine-free: nodes and edges with stable ids and primitive data.
export interface GraphModel {
  nodes: Array<{ id: string; kind: string; label: string; level: string | null; hasText: boolean | null }>;
  edges: Array<{ id: string; source: string; target: string; kind: string; inferred: boolean }>;
  truncated: boolean;
}
