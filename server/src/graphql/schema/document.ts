// The Document type, its relations, citations, signers and recipients, and the document queries.
import { GraphQLError } from 'graphql';
import { fold, numberKey } from '@cancu/seed/text/vietnamese';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { DocumentModel, RelationModel } from '../../db/queries/documents.ts';
import { countDocuments, documentIdByNumberKey, searchDocuments, toDocument, allIssues } from '../../db/queries/documents.ts';
import { DirectionEnum, LevelEnum, RelationEnum } from './enums.ts';
import { connectionFields, connectionOf, pageOf } from './pagination.ts';

type Direction = 'UP' | 'DOWN' | 'BOTH';

async function relationsOf(ctx: Context, id: string, direction: Direction): Promise<RelationModel[]> {
  const [out, inc] = await Promise.all([
    direction === 'DOWN' ? [] : ctx.loaders.relationsFrom.load(id),
    direction === 'UP' ? [] : ctx.loaders.relationsTo.load(id),
  ]);
  return [...out, ...inc];
}

async function related(ctx: Context, id: string, kind: string, outgoing: boolean): Promise<DocumentModel[]> {
  const relations = outgoing ? await ctx.loaders.relationsFrom.load(id) : await ctx.loaders.relationsTo.load(id);
  const ids = [...new Set(relations.filter((r) => r.kind === kind).map((r) => (outgoing ? r.toId : r.fromId)))];
  const docs = await ctx.loaders.document.loadMany(ids);
  return docs.filter((d): d is DocumentModel => d !== null && !(d instanceof Error));
}

builder.objectType('Document', {
  description: 'A Party or State document, with text or known only from citations (hasText: false).',
  fields: (t) => {
    const relatedBy = (kind: string, outgoing: boolean, description: string) =>
      t.field({ type: ['Document'], description, resolve: (d, _a, ctx) => related(ctx, d.id, kind, outgoing) });
    return {
    id: t.exposeID('id'),
    number: t.exposeString('number', { nullable: true }),
    kind: t.exposeString('kind'),
    title: t.exposeString('title', { nullable: true }),
    issuedOn: t.exposeString('issuedOn', { nullable: true, description: 'ISO date YYYY-MM-DD; null when the text leaves it blank' }),
    issuedYear: t.exposeInt('issuedYear', { nullable: true }),
    level: t.field({ type: LevelEnum, resolve: (d) => d.level as never }),
    place: t.exposeString('place', { nullable: true }),
    locality: t.field({
      type: 'Locality',
      nullable: true,
      resolve: (d, _a, ctx) => (d.localityId ? ctx.loaders.locality.load(d.localityId) : null),
    }),
    issuers: t.field({
      type: ['Agency'],
      resolve: async (d, _a, ctx) => {
        const links = await ctx.loaders.issuersOfDocument.load(d.id);
        const agencies = await ctx.loaders.agency.loadMany(links.map((l) => l.agencyId));
        return agencies.filter((a) => a !== null && !(a instanceof Error)) as never;
      },
    }),
    hasText: t.exposeBoolean('hasText'),
    status: t.exposeString('status', { nullable: true }),
    bases: relatedBy('BASED_ON', true, 'What it is based on (BASED_ON, out)'),
    basisFor: relatedBy('BASED_ON', false, 'What is based on it (BASED_ON, in)'),
    implements: relatedBy('IMPLEMENTS', true, 'What it implements'),
    implementedBy: relatedBy('IMPLEMENTS', false, 'What implements it'),
    supersedes: relatedBy('SUPERSEDES', true, 'What it replaces'),
    supersededBy: relatedBy('SUPERSEDES', false, 'What replaced it'),
    relations: t.field({
      type: ['DocumentRelation'],
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
        kinds: t.arg({ type: [RelationEnum], required: false }),
      },
      resolve: async (d, args, ctx) => {
        const all = await relationsOf(ctx, d.id, args.direction ?? 'BOTH');
        const kinds = args.kinds ? new Set<string>(args.kinds) : null;
        return all.filter((r) => !kinds || kinds.has(r.kind));
      },
    }),
    citations: t.field({
      type: ['Citation'],
      description: 'Every mention of another document: legal bases and citations in the body, with article and clause',
      resolve: async (d, _a, ctx) => {
        const out = await ctx.loaders.relationsFrom.load(d.id);
        return out
          .filter((r) => !r.inferred && (r.kind === 'BASED_ON' || r.kind === 'CITES'))
          .map((r) => ({ documentId: r.toId, article: r.article, clause: r.clause, quote: r.evidence ?? '' }));
      },
    }),
    articles: t.field({ type: ['Article'], resolve: (d, _a, ctx) => ctx.loaders.articlesOfDocument.load(d.id) }),
    sections: t.field({ type: ['Section'], resolve: (d, _a, ctx) => ctx.loaders.sectionsOfDocument.load(d.id) }),
    duties: t.field({ type: ['Duty'], resolve: (d, _a, ctx) => ctx.loaders.dutiesOfDocument.load(d.id) }),
    signers: t.field({ type: ['Signature'], resolve: (d, _a, ctx) => ctx.loaders.signaturesOfDocument.load(d.id) }),
    recipients: t.field({ type: ['Recipient'], resolve: (d, _a, ctx) => ctx.loaders.recipientsOfDocument.load(d.id) }),
    dataIssues: t.field({ type: ['DataIssue'], resolve: (d, _a, ctx) => ctx.loaders.issuesOfDocument.load(d.id) }),
    };
  },
});

async function loadDocument(ctx: Context, id: string): Promise<DocumentModel> {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw new GraphQLError(`Không có văn bản với id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
  return doc;
}

builder.objectType('DocumentRelation', {
  fields: (t) => ({
    kind: t.field({ type: RelationEnum, resolve: (r) => r.kind as never }),
    from: t.field({ type: 'Document', resolve: (r, _a, ctx) => loadDocument(ctx, r.fromId) }),
    to: t.field({ type: 'Document', resolve: (r, _a, ctx) => loadDocument(ctx, r.toId) }),
    inferred: t.exposeBoolean('inferred'),
    evidence: t.exposeString('evidence', { nullable: true }),
  }),
});

builder.objectType('Citation', {
  fields: (t) => ({
    document: t.field({ type: 'Document', resolve: (c, _a, ctx) => loadDocument(ctx, c.documentId) }),
    article: t.exposeInt('article', { nullable: true }),
    clause: t.exposeString('clause', { nullable: true }),
    quote: t.exposeString('quote'),
  }),
});

builder.objectType('Signature', {
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    position: t.exposeString('position', { nullable: true }),
    capacity: t.exposeString('capacity', { nullable: true }),
    agency: t.field({
      type: 'Agency',
      nullable: true,
      resolve: (s, _a, ctx) => (s.agencyId ? ctx.loaders.agency.load(s.agencyId) : null),
    }),
  }),
});

builder.objectType('Recipient', {
  fields: (t) => ({
    name: t.exposeString('name'),
    purpose: t.exposeString('purpose', { nullable: true }),
    agency: t.field({ type: 'Agency', nullable: true, resolve: (r, _a, ctx) => ctx.loaders.agency.load(r.agencyId) }),
  }),
});

builder.objectType('DataIssue', {
  fields: (t) => ({
    kind: t.exposeString('kind'),
    message: t.exposeString('message'),
    quote: t.exposeString('quote', { nullable: true }),
    document: t.field({ type: 'Document', nullable: true, resolve: (i, _a, ctx) => ctx.loaders.document.load(i.documentId) }),
  }),
});

connectionFields<DocumentModel>('Document');

builder.queryFields((t) => ({
  document: t.field({
    type: 'Document',
    nullable: true,
    description: 'By id, or by number in any spelling (case, Đ/D, spaces, NFC/NFD)',
    args: { id: t.arg.id({ required: false }), number: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) => {
      if (args.id) return ctx.loaders.document.load(String(args.id));
      if (args.number) {
        const rows = await ctx.store.read(documentIdByNumberKey, { key: numberKey(args.number) });
        return rows[0] ? ctx.loaders.document.load(rows[0].id as string) : null;
      }
      throw new GraphQLError('Cần "id" hoặc "number" của văn bản', { extensions: { code: 'BAD_USER_INPUT' } });
    },
  }),
  documents: t.field({
    type: 'DocumentConnection',
    args: {
      search: t.arg.string({ required: false }),
      kind: t.arg.string({ required: false }),
      level: t.arg({ type: LevelEnum, required: false }),
      hasText: t.arg.boolean({ required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const { skip, limit } = pageOf(args);
      const filter = {
        search: args.search?.trim() ? fold(args.search) : null,
        kind: args.kind ?? null,
        level: args.level ?? null,
        hasText: args.hasText ?? null,
      };
      const [rows, count] = await Promise.all([
        ctx.store.read(searchDocuments, { ...filter, skip, limit }),
        ctx.store.read(countDocuments, filter),
      ]);
      const docs = rows.map(toDocument);
      docs.forEach((d) => ctx.loaders.document.prime(d.id, d));
      return connectionOf(docs, Number(count[0]?.total ?? 0), skip);
    },
  }),
  dataIssues: t.field({
    type: ['DataIssue'],
    args: { documentId: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      if (args.documentId) return ctx.loaders.issuesOfDocument.load(String(args.documentId));
      const rows = await ctx.store.read(allIssues, { limit: 1000 });
      return rows as never;
    },
  }),
}));
