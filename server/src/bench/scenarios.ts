// What the benchmark measures: each scenario as a GraphQL request and as the raw store work behind it.
import { numberKey } from '@cancu/seed/text/vietnamese';
import { agenciesByIds, documentIdsByAgencies } from '../db/queries/agencies.ts';
import { benchBusiestAgency, benchDocumentAtLevel, benchNumbers } from '../db/queries/bench.ts';
import { countDocuments, documentIdByNumberKey, documentsByIds, searchDocuments } from '../db/queries/documents.ts';
import { dutiesByAgencies } from '../db/queries/duties.ts';
import type { Store } from '../db/store.ts';
import { createContext } from '../graphql/context.ts';
import { impactOptions } from '../graphql/schema/impact.ts';
import { impactOf } from '../impact/impact-of.ts';
import { walkLineage } from '../lineage/walk-lineage.ts';
import { whoMustDo } from '../search/who-must-do.ts';

export interface Scenario {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** the store work the resolver does, without GraphQL */
  raw: () => Promise<unknown>;
}

export interface Targets {
  numbers: string[];
  communeId: string | null;
  provinceId: string | null;
  centreId: string | null;
  agencyId: string | null;
}

export async function pickTargets(store: Store): Promise<Targets> {
  const numbers = (await store.read(benchNumbers, { limit: 200 })).map((r) => r.number as string);
  const at = async (level: string) => ((await store.read(benchDocumentAtLevel, { level }))[0]?.id as string | undefined) ?? null;
  const lowest = (await at('COMMUNE')) ?? (await at('DISTRICT'));
  const [agency] = await store.read(benchBusiestAgency, {});
  const [centre] = await store.read(documentIdByNumberKey, { key: numberKey('23-QĐ/TW') });
  return {
    numbers,
    communeId: lowest,
    provinceId: await at('PROVINCE'),
    centreId: (centre?.id as string | undefined) ?? (await at('CENTRAL')),
    agencyId: (agency?.id as string | undefined) ?? null,
  };
}

/** Cycles through a list so that repeated runs do not hit one cached answer. */
function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

const WHO_TASKS = ['tiếp công dân', 'báo cáo số liệu đoàn viên, hội viên', 'thẩm định đề án', 'giải quyết khiếu nại, tố cáo', 'tuyên truyền vận động'];

export function scenarios(store: Store, targets: Targets): Scenario[] {
  const list: Scenario[] = [];
  if (targets.numbers.length) {
    const next = cycle(targets.numbers);
    let current = next();
    list.push({
      name: 'document(number)',
      query: 'query ($n: String) { document(number: $n) { id number kind title issuedOn level hasText } }',
      variables: () => ({ n: (current = next()) }),
      raw: async () => {
        const [row] = await store.read(documentIdByNumberKey, { key: numberKey(current) });
        return row ? store.read(documentsByIds, { ids: [row.id as string] }) : null;
      },
    });
  }
  const lineage = (name: string, id: string | null, direction: 'UP' | 'DOWN') => {
    if (!id) return;
    list.push({
      name,
      query: `query ($id: ID!) { lineage(documentId: $id, direction: ${direction}) { nodes { id kind label level hasText } edges { id source target kind inferred } truncated } }`,
      variables: () => ({ id }),
      raw: async () => {
        const walk = await walkLineage(store, id, direction, 6, 2000);
        return store.read(documentsByIds, { ids: walk.documentIds });
      },
    });
  };
  lineage('lineage up (commune)', targets.communeId, 'UP');
  lineage('lineage down (province)', targets.provinceId, 'DOWN');
  const filter = { search: 'dan van', kind: null, level: null, hasText: null };
  list.push({
    name: 'documents paging',
    query: '{ documents(search: "dân vận", first: 20, after: "b2Zmc2V0OjE5") { totalCount edges { cursor node { id number title level } } pageInfo { hasNextPage endCursor } } }',
    variables: () => ({}),
    raw: () => Promise.all([store.read(searchDocuments, { ...filter, skip: 20, limit: 20 }), store.read(countDocuments, filter)]),
  });
  if (targets.agencyId) {
    const id = targets.agencyId;
    list.push({
      name: 'agency profile',
      query: 'query ($id: ID!) { agency(id: $id) { id name level locality { name } duties { id text role source } documents { id number } } }',
      variables: () => ({ id }),
      raw: async () => {
        const [, , links] = await Promise.all([
          store.read(agenciesByIds, { ids: [id] }),
          store.read(dutiesByAgencies, { ids: [id] }),
          store.read(documentIdsByAgencies, { ids: [id] }),
        ]);
        return store.read(documentsByIds, { ids: [...new Set(links.map((l) => l.documentId as string))] });
      },
    });
  }
  const nextTask = cycle(WHO_TASKS);
  let task = nextTask();
  list.push({
    name: 'whoMustDo',
    query: 'query ($task: String!) { whoMustDo(task: $task, first: 20) { score agency { id name level } matches { score duty { id text role source document { id number } } highlights { start end } } } }',
    variables: () => ({ task: (task = nextTask()) }),
    raw: () => whoMustDo(store, { task, filter: { placeIds: null, level: null }, first: 20 }),
  });
  const impact = (name: string, id: string | null) => {
    if (!id) return;
    list.push({
      name,
      query: 'query ($id: ID!) { impact(documentId: $id) { summary { documents articles duties agencies byLevel { level documents agencies } } documents(first: 500) { depth via document { id number } } } }',
      variables: () => ({ id }),
      raw: async () => {
        const ctx = createContext(store);
        const root = await ctx.loaders.document.load(id);
        return root ? impactOf(ctx, root, impactOptions({})) : null;
      },
    });
  };
  impact('impact (centre)', targets.centreId);
  impact('impact (province)', targets.provinceId);
  return list;
}
