// Recording changes (amended, replaced, repealed, a status set by hand), their history on each document,
// and the what-if impact of a change before it is recorded. Mutations need an editor token.
import DataLoader from 'dataloader';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { editorSubject } from '../../auth/scopes.ts';
import type { ChangeRecordModel } from '../../db/queries/changes.ts';
import { changesMadeByDocuments, changesOfDocuments, toChangeRecord } from '../../db/queries/changes.ts';
import type { Query } from '../../db/query.ts';
import type { ChangePreviewModel } from '../../impact/impact-of.ts';
import { impactOf } from '../../impact/impact-of.ts';
import { checkedChange, recordChange, setStatus } from '../../impact/record-change.ts';
import { CHANGE_KINDS, VALIDITY_STATUSES, statusAfter } from '../../impact/validity.ts';
import { ImpactRef, impactOptions, loadDocument } from './impact.ts';

export const ChangeKindEnum = builder.enumType('ChangeKind', { values: CHANGE_KINDS });

/** newest first: the panel shows the latest change on top */
const newestFirst = (a: ChangeRecordModel, b: ChangeRecordModel) => b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);

function changeLoader(ctx: Context, query: Query, owner: (r: ChangeRecordModel) => string) {
  return new DataLoader<string, ChangeRecordModel[]>(async (ids) => {
    const records = (await ctx.store.read(query, { ids: [...ids] })).map(toChangeRecord);
    return ids.map((id) => records.filter((r) => owner(r) === id).sort(newestFirst));
  });
}

// per request, like the context's loaders: keyed by the request's context
const loaders = new WeakMap<Context, { changesOf: DataLoader<string, ChangeRecordModel[]>; changesBy: DataLoader<string, ChangeRecordModel[]> }>();

function changeLoaders(ctx: Context) {
  let found = loaders.get(ctx);
  if (!found) {
    found = {
      changesOf: changeLoader(ctx, changesOfDocuments, (r) => r.documentId),
      changesBy: changeLoader(ctx, changesMadeByDocuments, (r) => r.byDocumentId ?? ''),
    };
    loaders.set(ctx, found);
  }
  return found;
}

/** after a write, what this request already read of the documents involved is stale */
function forget(ctx: Context, record: ChangeRecordModel): void {
  for (const id of [record.documentId, record.byDocumentId]) {
    if (!id) continue;
    ctx.loaders.document.clear(id);
    ctx.loaders.relationsFrom.clear(id);
    ctx.loaders.relationsTo.clear(id);
    changeLoaders(ctx).changesOf.clear(id);
    changeLoaders(ctx).changesBy.clear(id);
  }
}

export const ChangeRecordRef = builder.objectRef<ChangeRecordModel>('ChangeRecord').implement({
  description: 'A change recorded on a document: who recorded it and when, and the status it left',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ChangeKindEnum, nullable: true, description: 'null for a status set by hand (setStatus)', resolve: (r) => r.kind as never }),
    document: t.field({ type: 'Document', resolve: (r, _a, ctx) => loadDocument(ctx, r.documentId) }),
    byDocument: t.field({ type: 'Document', nullable: true, resolve: (r, _a, ctx) => (r.byDocumentId ? ctx.loaders.document.load(r.byDocumentId) : null) }),
    article: t.exposeInt('article', { nullable: true, description: 'The article of the document that changes; null for the whole document' }),
    effectiveOn: t.exposeString('effectiveOn', { nullable: true, description: 'ISO date YYYY-MM-DD' }),
    note: t.exposeString('note', { nullable: true }),
    recordedBy: t.exposeString('recordedBy', { description: "The subject of the editor's token" }),
    recordedAt: t.exposeString('recordedAt', { description: 'ISO date and time (UTC)' }),
    previousStatus: t.exposeString('previousStatus', { nullable: true }),
    newStatus: t.exposeString('newStatus'),
  }),
});

const ChangePreviewRef = builder.objectRef<ChangePreviewModel>('ChangePreview').implement({
  description: 'A change not recorded: what whatIf was asked about',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, resolve: (c) => c.kind as never }),
    document: t.field({ type: 'Document', resolve: (c, _a, ctx) => loadDocument(ctx, c.documentId) }),
    byDocument: t.field({ type: 'Document', nullable: true, resolve: (c, _a, ctx) => (c.byDocumentId ? ctx.loaders.document.load(c.byDocumentId) : null) }),
    article: t.exposeInt('article', { nullable: true }),
    effectiveOn: t.exposeString('effectiveOn', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    previousStatus: t.exposeString('previousStatus', { nullable: true }),
    newStatus: t.exposeString('newStatus', { description: 'The status recording it would set' }),
  }),
});

const ChangeInputRef = builder.inputType('ChangeInput', {
  fields: (t) => ({
    documentId: t.id({ required: true, description: 'The document that changes' }),
    kind: t.field({ type: ChangeKindEnum, required: true }),
    byDocumentId: t.id({ required: false, description: 'The document that makes the change' }),
    article: t.int({ required: false, description: 'The article that changes; none for the whole document' }),
    effectiveOn: t.string({ required: false, description: 'ISO date YYYY-MM-DD' }),
    note: t.string({ required: false }),
  }),
});

builder.objectFields('Document', (t) => ({
  changes: t.field({
    type: [ChangeRecordRef],
    description: 'Changes recorded on this document, newest first',
    resolve: (d, _a, ctx) => changeLoaders(ctx).changesOf.load(d.id),
  }),
  changesMade: t.field({
    type: [ChangeRecordRef],
    description: 'Changes this document made to others, as recorded, newest first',
    resolve: (d, _a, ctx) => changeLoaders(ctx).changesBy.load(d.id),
  }),
}));

builder.objectFields(ImpactRef, (t) => ({
  proposedChange: t.field({ type: ChangePreviewRef, nullable: true, description: 'In a whatIf: the change asked about', resolve: (i) => i.proposedChange }),
}));

builder.queryFields((t) => ({
  whatIf: t.field({
    type: ImpactRef,
    description: 'The impact of a change before it is recorded; nothing is written. The document making the change is not listed.',
    args: {
      change: t.arg({ type: ChangeInputRef, required: true }),
      depth: t.arg.int({ defaultValue: 10 }),
      followCites: t.arg.boolean({ defaultValue: true }),
      followInferred: t.arg.boolean({ defaultValue: true }),
      stopAtInactive: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, args, ctx) => {
      const change = checkedChange({
        documentId: String(args.change.documentId),
        kind: args.change.kind,
        byDocumentId: args.change.byDocumentId ? String(args.change.byDocumentId) : null,
        article: args.change.article ?? null,
        effectiveOn: args.change.effectiveOn ?? null,
        note: args.change.note ?? null,
      });
      const options = impactOptions({ ...args, article: change.article }, change.byDocumentId ? [change.byDocumentId] : []);
      const [root] = await Promise.all([
        loadDocument(ctx, change.documentId),
        change.byDocumentId ? loadDocument(ctx, change.byDocumentId) : null,
      ]);
      return impactOf(ctx, root, options, {
        ...change,
        previousStatus: root.status,
        newStatus: statusAfter(change.kind, change.article, root.status),
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  recordChange: t.field({
    type: ChangeRecordRef,
    authScopes: { editor: true },
    description:
      'Records that byDocument amends, replaces or repeals the document (or one article of it): the relation, the new status ' +
      '("Hết hiệu lực toàn bộ" when replaced or repealed as a whole, else "Hết hiệu lực một phần") and the history. Needs an editor token.',
    args: {
      documentId: t.arg.id({ required: true }),
      kind: t.arg({ type: ChangeKindEnum, required: true }),
      byDocumentId: t.arg.id({ required: false }),
      article: t.arg.int({ required: false }),
      effectiveOn: t.arg.string({ required: false }),
      note: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const record = await recordChange(
        ctx.store,
        {
          documentId: String(args.documentId),
          kind: args.kind,
          byDocumentId: args.byDocumentId ? String(args.byDocumentId) : null,
          article: args.article ?? null,
          effectiveOn: args.effectiveOn ?? null,
          note: args.note ?? null,
        },
        await editorSubject(ctx),
      );
      forget(ctx, record);
      return record;
    },
  }),
  setStatus: t.field({
    type: ChangeRecordRef,
    authScopes: { editor: true },
    description: `Sets a document's validity status by hand, kept in its history. One of: ${VALIDITY_STATUSES.join('; ')}. Needs an editor token.`,
    args: {
      documentId: t.arg.id({ required: true }),
      status: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const record = await setStatus(ctx.store, String(args.documentId), args.status, await editorSubject(ctx));
      forget(ctx, record);
      return record;
    },
  }),
}));
