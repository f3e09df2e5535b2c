// What the benchmark measures: each scenario as a GraphQL request and as the raw store work behind it.
import { numberKey } from '@cancu/seed/text/vietnamese';
import { agenciesByIds, documentIdsByAgencies } from '../db/queries/agencies.ts';
import { benchBusiestAgency, benchDocumentAtLevel, benchNumbers } from '../db/queries/bench.ts';
import { countDocuments, documentIdByNumberKey, documentsByIds, searchDocuments } from '../db/queries/documents.ts';
import { dutiesByAgencies } from '../db/queries/duties.ts';
import type { Store } from '../db/store.ts';
import { walkLineage } from '../lineage/walk-lineage.ts';

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
      raw: () =>
        Promise.all([
          store.read(agenciesByIds, { ids: [id] }),
          store.read(dutiesByAgencies, { ids: [id] }),
          store.read(documentIdsByAgencies, { ids: [id] }),
        ]),
    });
  }
  return list;
}
