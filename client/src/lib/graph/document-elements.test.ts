import { describe, expect, it } from 'vitest';
import type { GraphData } from './graph-data.ts';
import { documentElements, relationEdgeId, type DocumentNodeData, type RelationEdgeData } from './document-elements.ts';

const chain: GraphData = {
  nodes: [
    { id: 'doc:23-QĐ/TW', kind: 'Quy định', label: '23-QĐ/TW', level: 'CENTRAL', hasText: false },
    { id: 'doc:407-QĐ/TU', kind: 'Quy định', label: '407-QĐ/TU', level: 'PROVINCE', hasText: false },
    { id: 'doc:314-QĐ/HU', kind: 'Quy định', label: '314-QĐ/HU', level: 'DISTRICT', hasText: true },
  ],
  edges: [
    { id: 'e1', source: 'doc:314-QĐ/HU', target: 'doc:407-QĐ/TU', kind: 'BASED_ON', inferred: false },
    { id: 'e2', source: 'doc:407-QĐ/TU', target: 'doc:23-QĐ/TW', kind: 'DERIVED_FROM', inferred: true },
  ],
  truncated: false,
};

function nodesOf(graphs: GraphData[], rootId: string | null = null): DocumentNodeData[] {
  return documentElements(graphs, rootId).flatMap((e) => (e.group === 'nodes' ? [e.data] : []));
}

function edgesOf(graphs: GraphData[], rootId: string | null = null): RelationEdgeData[] {
  return documentElements(graphs, rootId).flatMap((e) => (e.group === 'edges' ? [e.data] : []));
}

describe('documentElements', () => {
  it('keeps document ids as node ids and shows the number over the kind', () => {
    const nodes = nodesOf([chain], 'doc:314-QĐ/HU');
    expect(nodes.map((n) => n.id)).toEqual(['doc:23-QĐ/TW', 'doc:407-QĐ/TU', 'doc:314-QĐ/HU']);
    expect(nodes[2]).toEqual({
      id: 'doc:314-QĐ/HU',
      label: '314-QĐ/HU',
      kind: 'Quy định',
      caption: '314-QĐ/HU\nQuy định',
      level: 'DISTRICT',
      hasText: true,
      isRoot: true,
    });
  });

  it('flags only the root document', () => {
    const roots = nodesOf([chain], 'doc:407-QĐ/TU').filter((n) => n.isRoot);
    expect(roots.map((n) => n.id)).toEqual(['doc:407-QĐ/TU']);
    expect(nodesOf([chain], null).some((n) => n.isRoot)).toBe(false);
  });

  it('gives an edge the same id whatever id the server sent, and keeps the relation direction', () => {
    const renamed = { ...chain, edges: chain.edges.map((e, i) => ({ ...e, id: `other-${i}` })) };
    expect(edgesOf([renamed])).toEqual(edgesOf([chain]));
    expect(edgesOf([chain])[0]).toEqual({
      id: relationEdgeId({ source: 'doc:314-QĐ/HU', target: 'doc:407-QĐ/TU', kind: 'BASED_ON' }),
      source: 'doc:314-QĐ/HU',
      target: 'doc:407-QĐ/TU',
      kind: 'BASED_ON',
      inferred: false,
    });
    expect(edgesOf([chain])[1]?.inferred).toBe(true);
  });

  it('merges an expansion without duplicating documents or relations', () => {
    const expansion: GraphData = {
      nodes: [
        { id: 'doc:407-QĐ/TU', kind: 'Quy định', label: '407-QĐ/TU', level: 'PROVINCE', hasText: true },
        { id: 'doc:33/CT-TTg', kind: 'Chỉ thị', label: '33/CT-TTg', level: 'CENTRAL', hasText: false },
      ],
      edges: [
        { id: 'x1', source: 'doc:407-QĐ/TU', target: 'doc:33/CT-TTg', kind: 'CITES', inferred: false },
        { id: 'x2', source: 'doc:314-QĐ/HU', target: 'doc:407-QĐ/TU', kind: 'BASED_ON', inferred: false },
      ],
      truncated: false,
    };
    const elements = documentElements([chain, expansion], 'doc:314-QĐ/HU');
    const ids = elements.map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(4);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(3);
    // The expansion knew 407-QĐ/TU has text; the first query did not.
    expect(nodesOf([chain, expansion]).find((n) => n.id === 'doc:407-QĐ/TU')?.hasText).toBe(true);
  });

  it('lets a stated relation outweigh the same relation inferred', () => {
    const stated: GraphData = {
      nodes: [],
      edges: [{ id: 's', source: 'doc:407-QĐ/TU', target: 'doc:23-QĐ/TW', kind: 'DERIVED_FROM', inferred: false }],
      truncated: false,
    };
    expect(edgesOf([chain, stated])[1]?.inferred).toBe(false);
    expect(edgesOf([stated, chain])[1]?.inferred).toBe(false);
  });

  it('keeps every data value primitive, with UNKNOWN for a missing level and no text when not said', () => {
    const sparse: GraphData = {
      nodes: [{ id: 'n', kind: 'Công văn', label: '', level: null, hasText: null }],
      edges: [],
      truncated: false,
    };
    const [node] = nodesOf([sparse]);
    expect(node).toMatchObject({ label: 'n', level: 'UNKNOWN', hasText: false, caption: 'n\nCông văn' });
    for (const element of documentElements([chain, sparse], 'n')) {
      for (const value of Object.values(element.data)) {
        expect(['string', 'number', 'boolean']).toContain(typeof value);
      }
    }
  });

  it('drops a relation whose document is missing, which Cytoscape would refuse', () => {
    const dangling: GraphData = {
      nodes: chain.nodes,
      edges: [{ id: 'd', source: 'doc:314-QĐ/HU', target: 'doc:missing', kind: 'CITES', inferred: false }],
      truncated: true,
    };
    expect(edgesOf([dangling])).toEqual([]);
  });
});
