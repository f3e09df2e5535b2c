// The impact drawn on the lineage: affected documents lit by depth, the rest faded.
import { documentElements, type DocumentElement, type DocumentNodeData, type RelationEdgeData } from '../../../lib/graph/document-elements.ts';
import type { GraphData } from '../../../lib/graph/graph-data.ts';

export type ImpactNodeData = DocumentNodeData & {
  affected: boolean;
  /** steps from the changed document; -1 when unaffected */
  depth: number;
  /** 1 at the changed document, fading with depth to a floor that still reads */
  intensity: number;
};

export type ImpactEdgeData = RelationEdgeData & { affected: boolean };

export type ImpactElement = { group: 'nodes'; data: ImpactNodeData } | { group: 'edges'; data: ImpactEdgeData };

const faintest = 0.3;

export function depthIntensity(depth: number, maxDepth: number): number {
  if (depth < 0) return 0;
  if (maxDepth <= 0) return 1;
  return Number((1 - (1 - faintest) * (depth / maxDepth)).toFixed(3));
}

export function impactElements(
  graphs: readonly (GraphData | null | undefined)[],
  rootId: string,
  depths: ReadonlyMap<string, number>,
): ImpactElement[] {
  const withRoot = new Map(depths);
  withRoot.set(rootId, 0);
  const maxDepth = Math.max(0, ...withRoot.values());
  const elements: DocumentElement[] = documentElements(
    graphs.filter((g): g is GraphData => Boolean(g)),
    rootId,
  );
  return elements.map((element) => {
    if (element.group === 'nodes') {
      const depth = withRoot.get(element.data.id) ?? -1;
      return {
        group: 'nodes',
        data: { ...element.data, affected: depth >= 0, depth, intensity: depthIntensity(depth, maxDepth) },
      };
    }
    const affected = withRoot.has(element.data.source) && withRoot.has(element.data.target);
    return { group: 'edges', data: { ...element.data, affected } };
  });
}
