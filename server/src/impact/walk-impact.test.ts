import { describe, expect, it } from 'vitest';
import type { DependencyRow } from '../db/queries/impact.ts';
import type { ImpactOptions, ImpactSource } from './walk-impact.ts';
import { walkImpact } from './walk-impact.ts';

type Edge = [from: string, kind: string, to: string, extra?: Partial<DependencyRow>];

// the seeds' cascade in miniature: 23 ← 407 (inferred) ← 314 (inferred); 01/QC based on 23 and citing it
// in Điều 12 khoản 3; the plan citing 407; the letter implementing 407; 01/CTrPH the same as 01/QC
const EDGES: Edge[] = [
  ['407', 'DERIVED_FROM', '23', { inferred: true }],
  ['2387', 'DERIVED_FROM', '23', { inferred: true }],
  ['314', 'DERIVED_FROM', '407', { inferred: true }],
  ['01QC', 'BASED_ON', '23'],
  ['01QC', 'CITES', '23', { article: 12, clause: '3', evidence: 'Quyết định số 23-QĐ/TW' }],
  ['01QC', 'BASED_ON', '314'],
  ['01CTrPH', 'SAME_AS', '01QC', { inferred: true }],
  ['KH2022', 'CITES', '407', { clause: 'III.1.1' }],
  ['KH2022', 'IMPLEMENTS', '01CTrPH'],
  ['CV', 'IMPLEMENTS', '407'],
  ['05QC', 'BASED_ON', '2387'],
  ['05QC', 'SUPERSEDES', '20'],
];

function source(edges: Edge[], statuses: Record<string, string> = {}, named: number[] = []): ImpactSource & { calls: number } {
  const row = ([fromId, kind, toId, extra]: Edge, frontierId: string, dependentId: string): DependencyRow => ({
    fromId, toId, kind, inferred: false, article: null, clause: null, evidence: null,
    frontierId, dependentId, dependentStatus: statuses[dependentId] ?? null, ...extra,
  });
  const counter = {
    calls: 0,
    async dependantsOf(ids: string[]) {
      counter.calls++;
      const kinds = new Set(['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'DERIVED_FROM', 'SAME_AS', 'CITES']);
      return ids.flatMap((id) => [
        ...edges.filter((e) => e[2] === id && kinds.has(e[1])).map((e) => row(e, id, e[0])),
        ...edges.filter((e) => e[0] === id && e[1] === 'SAME_AS').map((e) => row(e, id, e[2])),
      ]);
    },
    async citedArticles(mentions: DependencyRow[]) {
      return mentions.map(() => named);
    },
  };
  return counter;
}

const defaults: ImpactOptions = {
  depth: 10, article: null, followCites: true, followInferred: true, stopAtInactive: false, excludeIds: [], maxDocuments: 1000,
};

const depths = (walk: Awaited<ReturnType<typeof walkImpact>>) => Object.fromEntries(walk.reached.map((r) => [r.id, r.depth]));

describe('walkImpact', () => {
  it('reaches every dependant transitively, each at its shortest depth, in one round trip per hop', async () => {
    const src = source(EDGES);
    const walk = await walkImpact('23', defaults, src);
    expect(depths(walk)).toEqual({ '01QC': 1, '2387': 1, '407': 1, '01CTrPH': 2, '05QC': 2, '314': 2, CV: 2, KH2022: 2 });
    expect(walk.hops).toBe(src.calls);
    expect(walk.hops).toBe(3);
  });

  it('explains a document by its strongest stated link and marks inferred paths', async () => {
    const walk = await walkImpact('23', defaults, source(EDGES));
    const byId = new Map(walk.reached.map((r) => [r.id, r]));
    expect(byId.get('01QC')!.link.kind).toBe('BASED_ON');
    expect(byId.get('01QC')!.inferred).toBe(false);
    expect(byId.get('314')!.inferred).toBe(true);
    expect(byId.get('01CTrPH')!.link.kind).toBe('SAME_AS');
    expect(byId.get('KH2022')!.link.kind).toBe('CITES');
  });

  it('does not follow citations or inferred relations when asked not to', async () => {
    const noCites = await walkImpact('23', { ...defaults, followCites: false }, source(EDGES));
    // the plan still depends on 23 through what it implements, one hop further
    expect(depths(noCites).KH2022).toBe(3);
    expect(noCites.reached.find((r) => r.id === 'KH2022')!.link.kind).toBe('IMPLEMENTS');
    const noInferred = await walkImpact('23', { ...defaults, followInferred: false }, source(EDGES));
    expect(depths(noInferred)).toEqual({ '01QC': 1 });
  });

  it('stops past a document out of force, but lists it', async () => {
    const walk = await walkImpact('23', { ...defaults, stopAtInactive: true }, source(EDGES, { '407': 'Hết hiệu lực toàn bộ' }));
    const reached = depths(walk);
    expect(reached['407']).toBe(1);
    expect(reached['314']).toBeUndefined();
    expect(reached.CV).toBeUndefined();
    expect(walk.reached.find((r) => r.id === '407')!.stopped).toBe(true);
  });

  it('respects the depth and leaves out excluded documents', async () => {
    expect(depths(await walkImpact('23', { ...defaults, depth: 1 }, source(EDGES)))).toEqual({ '01QC': 1, '2387': 1, '407': 1 });
    const walk = await walkImpact('23', { ...defaults, excludeIds: ['2387'] }, source(EDGES));
    expect(Object.keys(depths(walk))).not.toContain('05QC');
  });

  it('leaves out a document that only cites other articles of the changed one', async () => {
    const edges: Edge[] = [['X', 'CITES', '23', { article: 2, evidence: 'Quyết định số 23-QĐ/TW' }], ['Y', 'BASED_ON', '23']];
    const otherArticle = await walkImpact('23', { ...defaults, article: 5 }, source(edges, {}, [7]));
    expect(Object.keys(depths(otherArticle))).toEqual(['Y']);
    const sameArticle = await walkImpact('23', { ...defaults, article: 7 }, source(edges, {}, [7]));
    expect(Object.keys(depths(sameArticle)).sort()).toEqual(['X', 'Y']);
  });

  it('stops at the document cap and says so', async () => {
    const walk = await walkImpact('23', { ...defaults, maxDocuments: 2 }, source(EDGES));
    expect(walk.reached).toHaveLength(2);
    expect(walk.truncated).toBe(true);
  });
});
