// Impact analysis: what must be reviewed when a document changes, why (the path), the duties and the
// agencies concerned, a graph to draw, and exports (CSV, a printable review list).
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { DocumentModel } from '../../db/queries/documents.ts';
import { impactCsv } from '../../impact/export-csv.ts';
import type { ImpactCitationModel, ImpactedDocumentModel, ImpactModel, LevelCountModel } from '../../impact/impact-of.ts';
import { impactOf } from '../../impact/impact-of.ts';
import { REVIEW_LIST_FORMATS, reviewList } from '../../impact/review-list.ts';
import type { ImpactOptions } from '../../impact/walk-impact.ts';
import { MAX_DEPTH } from '../../impact/walk-impact.ts';
import type { Context } from '../context.ts';
import { LevelEnum, RelationEnum } from './enums.ts';
import { documentLabel } from './lineage.ts';
import { encodeCursor, pageOf } from './pagination.ts';

const DEFAULT_PAGE = 500;
const MAX_NODES = 10_000;
/** a walk stops here and says so (Impact.truncated): beyond it a review list is not a list anyone reads */
const MAX_DOCUMENTS = 20_000;

export const ReviewListFormatEnum = builder.enumType('ReviewListFormat', { values: REVIEW_LIST_FORMATS });
const ImpactListEnum = builder.enumType('ImpactList', {
  description: 'One of the paged lists of an Impact',
  values: ['DOCUMENTS', 'DUTIES', 'AGENCIES'] as const,
});

export interface ImpactArgs {
  article?: number | null;
  depth?: number | null;
  followCites?: boolean | null;
  followInferred?: boolean | null;
  stopAtInactive?: boolean | null;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The walk options from a query's arguments, checked. */
export function impactOptions(args: ImpactArgs, excludeIds: string[] = []): ImpactOptions {
  const depth = args.depth ?? 10;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw badInput(`"depth" phải nằm trong khoảng 0–${MAX_DEPTH}`);
  const article = args.article ?? null;
  if (article !== null && article < 1) throw badInput(`"article" phải là số điều từ 1 trở lên, không phải ${article}`);
  return {
    depth,
    article,
    followCites: args.followCites ?? true,
    followInferred: args.followInferred ?? true,
    stopAtInactive: args.stopAtInactive ?? false,
    excludeIds,
    maxDocuments: MAX_DOCUMENTS,
  };
}

export async function loadDocument(ctx: Context, id: string): Promise<DocumentModel> {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw new GraphQLError(`Không có văn bản với id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
  return doc;
}


function page<T>(items: T[], args: { first?: number | null; after?: string | null }): Array<{ item: T; offset: number }> {
  const { skip, limit } = pageOf(args, DEFAULT_PAGE);
  return items.slice(skip, skip + limit).map((item, i) => ({ item, offset: skip + i }));
}

const LevelCountRef = builder.objectRef<LevelCountModel>('LevelCount').implement({
  fields: (t) => ({
    level: t.field({ type: LevelEnum, resolve: (c) => c.level as never }),
    documents: t.exposeInt('documents'),
    agencies: t.exposeInt('agencies'),
  }),
});

const ImpactSummaryRef = builder.objectRef<ImpactModel>('ImpactSummary').implement({
  description: 'Counts over the whole impact, whatever the pages asked for',
  fields: (t) => ({
    documents: t.int({ resolve: (i) => i.documents.length }),
    articles: t.int({
      description: 'Articles of impacted documents that cite the changed document (its changed article, when given)',
      resolve: (i) => i.articles,
    }),
    duties: t.int({ description: 'Duties defined in impacted documents', resolve: (i) => i.duties.length }),
    agencies: t.int({ description: 'Agencies that must act: duty bearers, issuers and recipients of impacted documents', resolve: (i) => i.agencies.length }),
    inferred: t.int({ description: 'Impacted documents reached only through an inferred relation', resolve: (i) => i.documents.filter((d) => d.inferred).length }),
    byLevel: t.field({ type: [LevelCountRef], resolve: (i) => i.byLevel }),
  }),
});

const ImpactCitationRef = builder.objectRef<ImpactCitationModel>('ImpactCitation').implement({
  description: 'A link by which an impacted document depends on another one: the relation, and where the mention stands',
  fields: (t) => ({
    dependsOn: t.field({ type: 'Document', resolve: (c, _a, ctx) => loadDocument(ctx, c.dependsOnId) }),
    relation: t.field({ type: RelationEnum, resolve: (c) => c.kind as never }),
    inferred: t.exposeBoolean('inferred'),
    article: t.exposeInt('article', { nullable: true, description: 'The article of the depending document where the mention stands' }),
    clause: t.exposeString('clause', { nullable: true }),
    quote: t.exposeString('quote', { nullable: true }),
    citedArticles: t.exposeIntList('citedArticles', {
      description: 'Articles of the changed document the mention names, read around the quote ("theo Điều 5 Quyết định số …"); empty for the whole document',
    }),
    citingArticle: t.field({ type: 'Article', nullable: true, resolve: (c) => c.citingArticle }),
  }),
});

const ImpactedDocumentRef = builder.objectRef<{ item: ImpactedDocumentModel; offset: number }>('ImpactedDocument').implement({
  fields: (t) => ({
    document: t.field({ type: 'Document', resolve: ({ item }) => item.document }),
    depth: t.int({ resolve: ({ item }) => item.depth }),
    via: t.field({ type: [RelationEnum], description: 'The relations along the path, from the changed document outwards', resolve: ({ item }) => item.via as never }),
    path: t.field({ type: ['Document'], description: 'The shortest explaining path: the changed document … this one', resolve: ({ item }) => item.path }),
    citingArticles: t.field({
      type: ['Article'],
      description: 'Articles of this document that cite the changed document (or its changed article, or it as a whole)',
      resolve: ({ item }) => item.citingArticles,
    }),
    citations: t.field({ type: [ImpactCitationRef], resolve: ({ item }) => item.citations }),
    inferred: t.boolean({ description: 'The path goes through an inferred relation', resolve: ({ item }) => item.inferred }),
    stopped: t.boolean({ description: 'Out of force: what stands on it was not followed (stopAtInactive)', resolve: ({ item }) => item.stopped }),
    reason: t.string({ description: 'Why it must be reviewed, in words: "căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)"', resolve: ({ item }) => item.reason }),
    cursor: t.string({ resolve: ({ offset }) => encodeCursor(offset) }),
  }),
});

export const ImpactRef = builder.objectRef<ImpactModel>('Impact').implement({
  description: 'What depends on a document, transitively. Lists take first (default 500) and after; summary counts everything.',
  fields: (t) => ({
    root: t.field({ type: 'Document', resolve: (i) => i.root }),
    article: t.int({ nullable: true, description: 'The changed article of the root, when asked', resolve: (i) => i.options.article }),
    summary: t.field({ type: ImpactSummaryRef, resolve: (i) => i }),
    documents: t.field({
      type: [ImpactedDocumentRef],
      args: { first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
      resolve: (i, args) => page(i.documents, args),
    }),
    duties: t.field({
      type: ['Duty'],
      args: { first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
      resolve: (i, args) => page(i.duties, args).map((p) => p.item),
    }),
    agencies: t.field({
      type: ['Agency'],
      args: { first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
      resolve: (i, args) => page(i.agencies, args).map((p) => p.item),
    }),
    pageInfo: t.field({
      type: 'PageInfo',
      description: 'Paging of one of the lists, for the same first and after: the cursor to ask for the next page',
      args: {
        list: t.arg({ type: ImpactListEnum, defaultValue: 'DOCUMENTS' }),
        first: t.arg.int({ required: false }),
        after: t.arg.string({ required: false }),
      },
      resolve: (i, args) => {
        const items = args.list === 'DUTIES' ? i.duties : args.list === 'AGENCIES' ? i.agencies : i.documents;
        const shown = page<unknown>(items, args);
        const last = shown[shown.length - 1];
        return { hasNextPage: last ? last.offset + 1 < items.length : false, endCursor: last ? encodeCursor(last.offset) : null };
      },
    }),
    graph: t.field({
      type: 'Graph',
      args: { maxNodes: t.arg.int({ defaultValue: 2000 }) },
      resolve: (i, args) => {
        const maxNodes = args.maxNodes ?? 2000;
        if (maxNodes < 1 || maxNodes > MAX_NODES) throw badInput(`"maxNodes" phải nằm trong khoảng 1–${MAX_NODES}`);
        const all = [{ document: i.root, depth: 0 }, ...i.documents];
        const nodes = all.slice(0, maxNodes).map(({ document: d, depth }) => ({
          id: d.id, kind: d.kind, label: documentLabel(d), level: d.level, hasText: d.hasText, depth,
        }));
        const shown = new Set(nodes.map((n) => n.id));
        return {
          nodes,
          edges: i.edges.filter((e) => shown.has(e.source) && shown.has(e.target)),
          truncated: i.truncated || all.length > maxNodes,
        };
      },
    }),
    truncated: t.boolean({ description: 'The walk stopped at its maximum number of documents', resolve: (i) => i.truncated }),
    csv: t.string({
      description: 'One line per impacted document (depth, relations, path, citing articles, issuers, reason): UTF-8 with BOM, semicolons',
      resolve: (i) => impactCsv(i),
    }),
    reviewList: t.string({
      description: '"Danh sách văn bản cần rà soát", grouped by level and by agency, each line with its reason',
      args: { format: t.arg({ type: ReviewListFormatEnum, defaultValue: 'MARKDOWN' }) },
      resolve: (i, args) => reviewList(i, args.format ?? 'MARKDOWN'),
    }),
  }),
});

builder.objectFields('GraphNode', (t) => ({
  depth: t.int({
    nullable: true,
    description: 'In an impact graph: hops from the changed document (0 for it); null in a lineage',
    resolve: (n) => (n as { depth?: number }).depth ?? null,
  }),
}));

builder.queryFields((t) => ({
  impact: t.field({
    type: ImpactRef,
    description: 'Everything that depends on a document, transitively, following BASED_ON, IMPLEMENTS, GUIDES, CITES and the inferred DERIVED_FROM and SAME_AS backwards',
    args: {
      documentId: t.arg.id({ required: true }),
      article: t.arg.int({ required: false }),
      depth: t.arg.int({ defaultValue: 10 }),
      followCites: t.arg.boolean({ defaultValue: true }),
      followInferred: t.arg.boolean({ defaultValue: true }),
      stopAtInactive: t.arg.boolean({ defaultValue: false, description: 'Do not continue past a document out of force ("Hết hiệu lực toàn bộ", "Ngưng hiệu lực")' }),
    },
    resolve: async (_root, args, ctx) => {
      const options = impactOptions(args);
      return impactOf(ctx, await loadDocument(ctx, String(args.documentId)), options);
    },
  }),
}));
