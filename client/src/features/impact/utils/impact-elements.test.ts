import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../lib/graph/graph-data.ts';
import { depthIntensity, impactElements, type ImpactEdgeData, type ImpactNodeData } from './impact-elements.ts';

const node = (id: string, level: string) => ({ id, kind: 'Quy định', label: id, level, hasText: true });
const edge = (source: string, target: string, kind = 'BASED_ON') => ({ id: `${source}-${target}`, source, target, kind, inferred: false });

const lineage: GraphData = {
  nodes: [node('23', 'CENTRAL'), node('407', 'PROVINCE'), node('314', 'DISTRICT'), node('33-CT', 'CENTRAL')],
  edges: [edge('407', '23'), edge('314', '407'), edge('314', '33-CT', 'CITES')],
  truncated: false,
};
const impactGraph: GraphData = {
  nodes: [node('23', 'CENTRAL'), node('407', 'PROVINCE'), node('314', 'DISTRICT'), node('05', 'DISTRICT')],
  edges: [edge('407', '23'), edge('314', '407'), edge('05', '314')],
  truncated: false,
};

describe('impactElements', () => {
  const elements = impactElements([lineage, impactGraph], '23', new Map([['407', 1], ['314', 2], ['05', 3]]));
  const nodes = new Map(elements.flatMap((e) => (e.group === 'nodes' ? [[e.data.id, e.data] as const] : [])));
  const edges = elements.flatMap((e) => (e.group === 'edges' ? [e.data] : [])) as ImpactEdgeData[];

  it('lights the changed document fully and fades intensity with depth', () => {
    const at = (id: string) => nodes.get(id) as ImpactNodeData;
    expect([at('23').depth, at('407').depth, at('314').depth, at('05').depth]).toEqual([0, 1, 2, 3]);
    expect(at('23').intensity).toBe(1);
    expect(at('407').intensity).toBeGreaterThan(at('314').intensity);
    expect(at('05').intensity).toBe(0.3);
    expect(at('23').isRoot).toBe(true);
  });

  it('keeps the rest of the lineage, unaffected', () => {
    expect(nodes.get('33-CT')).toMatchObject({ affected: false, depth: -1, intensity: 0 });
    expect(edges.find((e) => e.target === '33-CT')?.affected).toBe(false);
    expect(edges.find((e) => e.source === '05')?.affected).toBe(true);
  });

  it('draws each document and relation once across both graphs', () => {
    expect(nodes.size).toBe(5);
    expect(edges).toHaveLength(4);
  });
});

describe('depthIntensity', () => {
  it('is full at a lone root and zero when unaffected', () => {
    expect(depthIntensity(0, 0)).toBe(1);
    expect(depthIntensity(-1, 4)).toBe(0);
  });
});
