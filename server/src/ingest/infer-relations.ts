// Recomputes the inferred relations over the whole store, in one transaction: the cascade and SAME_AS.
import type { CascadeCandidate } from '@cancu/seed/resolve/infer-cascade';
import { inferDerivations } from '@cancu/seed/resolve/infer-cascade';
import { inferSameDocuments } from '@cancu/seed/resolve/infer-same-documents';
import * as inferred from '../db/queries/inferred.ts';
import type { Store } from '../db/store.ts';

function toCandidate(row: Record<string, unknown>): CascadeCandidate {
  const level = row.level as CascadeCandidate['level'];
  const localityId = (row.localityId as string | null) ?? null;
  const parentId = (row.parentLocalityId as string | null) ?? null;
  return {
    id: row.id as string,
    number: (row.number as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    issuedOn: (row.issuedOn as string | null) ?? null,
    level,
    provinceId: level === 'CENTRAL' ? null : (parentId ?? localityId),
  };
}

/** Returns the number of inferred relations now in the store. */
export async function inferRelations(store: Store): Promise<number> {
  const rows = await store.read(inferred.inferenceCandidates, {});
  const candidates = rows.map(toCandidate);
  if (candidates.length === 0) return 0;
  const ids = candidates.map((c) => c.id);
  const [statedRows, citerRows] = await Promise.all([
    store.read(inferred.statedRelationsAmong, { ids }),
    store.read(inferred.citersOf, { ids }),
  ]);
  const stated = new Set(statedRows.flatMap((r) => [`${r.aId}|${r.bId}`, `${r.bId}|${r.aId}`]));
  const citers = new Map<string, Map<string, string>>();
  for (const r of citerRows) {
    const label = (r.citerNumber as string | null) ?? `${(r.citerKind as string | null) ?? 'văn bản'} ${(r.citerYear as number | null) ?? ''}`.trim();
    const byCiter = citers.get(r.citedId as string) ?? new Map<string, string>();
    byCiter.set(r.citerId as string, label);
    citers.set(r.citedId as string, byCiter);
  }
  const coCitedBy = (a: string, b: string): string[] => {
    const ca = citers.get(a);
    const cb = citers.get(b);
    if (!ca || !cb) return [];
    return [...ca.entries()].filter(([id]) => cb.has(id)).map(([, label]) => label);
  };
  const derivations = inferDerivations(candidates, stated, coCitedBy);
  const sameAs = inferSameDocuments(
    rows.map((r) => ({
      id: r.id as string,
      number: (r.number as string | null) ?? null,
      issuedOn: (r.issuedOn as string | null) ?? null,
      hasText: r.hasText === true,
      localityId: (r.localityId as string | null) ?? null,
    })),
  );
  await store.write(async (tx) => {
    await tx.run(inferred.clearInferredRelations, {});
    if (derivations.length) await tx.run(inferred.createInferredCascade, { rows: derivations });
    if (sameAs.length) await tx.run(inferred.createInferredSameAs, { rows: sameAs });
  });
  return derivations.length + sameAs.length;
}
