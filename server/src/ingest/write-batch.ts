// Writes one resolved document into the store, in one transaction: all of it or nothing.
import type { GraphBatch } from '@cancu/seed/resolve/graph-batch';
import type { RelationKind } from '@cancu/seed/parsed-document';
import * as load from '../db/queries/load.ts';
import type { Store, WriteTransaction } from '../db/store.ts';
import { restoreRecordedRelations } from '../impact/recorded-relations.ts';

async function runRows<R>(tx: WriteTransaction, query: Parameters<WriteTransaction['run']>[0], rows: R[], extra: Record<string, unknown> = {}): Promise<void> {
  if (rows.length > 0) await tx.run(query, { ...extra, rows });
}

function mergeAliases(batch: GraphBatch, stored: Map<string, string[]>): GraphBatch['agencies'] {
  return batch.agencies.map((a) => ({
    ...a,
    aliases: [...new Set([...(stored.get(a.id) ?? []), ...a.aliases])].filter((alias) => alias !== a.name),
  }));
}

export async function writeBatch(store: Store, batch: GraphBatch): Promise<void> {
  const { localityId, ...document } = batch.document;
  const id = document.id;
  await store.write(async (tx) => {
    for (const clear of load.clearDocument) await tx.run(clear, { id });
    await tx.run(load.upsertDocument, { ...document });
    await runRows(tx, load.mergeMentionedDocuments, batch.mentioned.map(({ localityId: _l, issuerIds: _i, ...d }) => d));

    await runRows(tx, load.mergeLocalities, batch.localities.map(({ parentId: _p, ...l }) => l));
    await runRows(tx, load.linkLocalityParents, batch.localities.filter((l) => l.parentId).map((l) => ({ id: l.id, parentId: l.parentId })));
    if (localityId) await tx.run(load.linkDocumentLocality, { id, localityId });
    await runRows(tx, load.linkMentionedLocalities, batch.mentioned.filter((m) => m.localityId).map((m) => ({ id: m.id, localityId: m.localityId })));

    const storedAliases = batch.agencies.length
      ? await tx.run(load.agencyAliases, { ids: batch.agencies.map((a) => a.id) })
      : [];
    const agencies = mergeAliases(batch, new Map(storedAliases.map((r) => [r.id as string, (r.aliases as string[] | null) ?? []])));
    await runRows(tx, load.mergeAgencies, agencies.map(({ localityId: _l, parentId: _p, ...a }) => a));
    await runRows(tx, load.linkAgencyLocalities, agencies.filter((a) => a.localityId).map((a) => ({ id: a.id, localityId: a.localityId })));
    await runRows(tx, load.linkAgencyParents, agencies.filter((a) => a.parentId).map((a) => ({ id: a.id, parentId: a.parentId })));

    const byKind = new Map<RelationKind, GraphBatch['relations']>();
    for (const r of batch.relations) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
    for (const [kind, rows] of byKind) {
      const queries = load.relationQueries[kind];
      const toRow = (r: GraphBatch['relations'][number]) => ({ fromId: r.fromId, toId: r.toId, evidence: r.evidence, article: r.article, clause: r.clause });
      await runRows(tx, queries.create, rows.filter((r) => r.fromId === id).map(toRow));
      await runRows(tx, queries.merge, rows.filter((r) => r.fromId !== id).map(toRow));
    }

    await runRows(tx, load.createArticles, batch.articles, { id });
    await runRows(tx, load.createClauses, batch.clauses);
    await runRows(tx, load.createSections, batch.sections ?? [], { id });
    await runRows(tx, load.createDuties, batch.duties.map((d) => ({
      id: d.id, text: d.text, role: d.role, source: d.source, frequency: d.frequency, deadline: d.deadline, position: d.position, agencyId: d.agencyId,
    })), { id });
    await runRows(tx, load.linkDutyArticles, batch.duties.filter((d) => d.articleId).map((d) => ({ id: d.id, articleId: d.articleId })));
    await runRows(tx, load.linkDutyCollaborators, batch.duties.flatMap((d) => d.collaboratorIds.map((agencyId) => ({ id: d.id, agencyId }))));
    await runRows(tx, load.linkDutyReportTo, batch.duties.flatMap((d) => d.reportToIds.map((agencyId) => ({ id: d.id, agencyId }))));

    await runRows(tx, load.linkIssuers, batch.issuerIds.map((agencyId, position) => ({ agencyId, position })), { id });
    await runRows(tx, load.linkMentionedIssuers, batch.mentioned.flatMap((m) => m.issuerIds.map((agencyId, position) => ({ id: m.id, agencyId, position }))));
    await runRows(tx, load.createSignatures, batch.signatures, { id });
    await runRows(tx, load.linkRecipients, batch.recipients, { id });
    await runRows(tx, load.createIssues, batch.issues, { id });
    // relations an editor recorded from this document (recordChange) were cleared above with its stated ones
    await restoreRecordedRelations(tx, id);
  });
}
