// "Who must do X" and the agency profile built on it: whoMustDo, AgencyDuties with highlighted matches,
// and Agency.dutiesByDocument, partners, reportsTo, bindingDocuments.
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { AgencyModel } from '../../db/queries/agencies.ts';
import type { DocumentModel } from '../../db/queries/documents.ts';
import type { DutyModel } from '../../db/queries/duties.ts';
import * as search from '../../db/queries/search.ts';
import type { AgencyLink } from '../../db/queries/search.ts';
import type { Query } from '../../db/query.ts';
import type { Store } from '../../db/store.ts';
import type { TextRange } from '../../search/highlight.ts';
import { localitiesBinding } from '../../search/resolve-locality.ts';
import { whoMustDo } from '../../search/who-must-do.ts';
import type { AgencyDutiesResult, DutyMatchModel } from '../../search/who-must-do.ts';
import { LevelEnum } from './enums.ts';

const MAX_AGENCIES = 200;

/** Loaders of this module, one set per request like those of the context. */
function linkLoader(store: Store, queries: Query[]) {
  return new DataLoader<string, AgencyLink[]>(async (ids) => {
    const rows = (await Promise.all(queries.map((q) => store.read(q, { ids: [...ids] })))).flat().map(search.toAgencyLink);
    return ids.map((id) => rows.filter((r) => r.agencyId === id));
  });
}

const profileLoaders = new WeakMap<Context, ReturnType<typeof createProfileLoaders>>();

function createProfileLoaders(store: Store) {
  return {
    partners: linkLoader(store, [search.collaboratorsOfAgencies, search.collaboratingWithAgencies, search.coBearersOfAgencies]),
    reportTargets: linkLoader(store, [search.reportTargetsOfAgencies]),
  };
}

function loadersOf(ctx: Context) {
  let loaders = profileLoaders.get(ctx);
  if (!loaders) {
    loaders = createProfileLoaders(ctx.store);
    profileLoaders.set(ctx, loaders);
  }
  return loaders;
}

function present<T>(items: Array<T | null | Error>): T[] {
  return items.filter((x): x is T => x !== null && !(x instanceof Error));
}

const TextRangeRef = builder.objectRef<TextRange>('TextRange').implement({
  description: 'A range of a text in UTF-16 code units, end exclusive: text.slice(start, end)',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

const DutyMatchRef = builder.objectRef<DutyMatchModel>('DutyMatch').implement({
  fields: (t) => ({
    duty: t.field({ type: 'Duty', resolve: (m) => m.duty }),
    score: t.exposeFloat('score', { description: 'Integer part: 2 the phrase, 1 every word, 0 some words; fraction: BM25 relevance' }),
    highlights: t.field({ type: [TextRangeRef], description: 'Where duty.text says the task', resolve: (m) => m.highlights }),
  }),
});

const AgencyDutiesRef = builder.objectRef<AgencyDutiesResult>('AgencyDuties').implement({
  fields: (t) => ({
    agency: t.field({
      type: 'Agency',
      resolve: async (a, _args, ctx) => {
        const agency = await ctx.loaders.agency.load(a.agencyId);
        if (!agency) throw new GraphQLError('Cơ quan không còn trong kho', { extensions: { code: 'NOT_FOUND' } });
        return agency;
      },
    }),
    duties: t.field({ type: ['Duty'], resolve: (a) => a.duties }),
    score: t.exposeFloat('score', { description: 'Same scale as DutyMatch.score; agencies come best first' }),
    matches: t.field({ type: [DutyMatchRef], resolve: (a) => a.matches }),
  }),
});

builder.queryFields((t) => ({
  whoMustDo: t.field({
    type: [AgencyDutiesRef],
    description: 'Agencies whose duties say the task, best first; typed with or without diacritics',
    args: {
      task: t.arg.string({ required: true }),
      locality: t.arg.string({ required: false, description: 'A province or district in any spelling: its duties, those of the units above it and within it, and central ones' }),
      level: t.arg({ type: LevelEnum, required: false }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 0 || first > MAX_AGENCIES) {
        throw new GraphQLError(`"first" phải nằm trong khoảng 0–${MAX_AGENCIES}`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const placeIds = args.locality?.trim() ? localitiesBinding(args.locality) : null;
      if (args.locality?.trim() && !placeIds) {
        throw new GraphQLError(`Không tìm thấy địa bàn "${args.locality}"`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const results = await whoMustDo(ctx.store, { task: args.task, filter: { placeIds, level: args.level ?? null }, first });
      return results;
    },
  }),
}));

interface DocumentDutiesModel {
  documentId: string;
  duties: DutyModel[];
}

const DocumentDutiesRef = builder.objectRef<DocumentDutiesModel>('DocumentDuties').implement({
  fields: (t) => ({
    document: t.field({
      type: 'Document',
      resolve: async (g, _a, ctx) => {
        const doc = await ctx.loaders.document.load(g.documentId);
        if (!doc) throw new GraphQLError('Văn bản không còn trong kho', { extensions: { code: 'NOT_FOUND' } });
        return doc;
      },
    }),
    duties: t.field({ type: ['Duty'], resolve: (g) => g.duties }),
  }),
});

interface AgencyPartnerModel {
  agencyId: string;
  count: number;
}

const AgencyPartnerRef = builder.objectRef<AgencyPartnerModel>('AgencyPartner').implement({
  fields: (t) => ({
    agency: t.field({
      type: 'Agency',
      resolve: async (p, _a, ctx) => {
        const agency = await ctx.loaders.agency.load(p.agencyId);
        if (!agency) throw new GraphQLError('Cơ quan không còn trong kho', { extensions: { code: 'NOT_FOUND' } });
        return agency;
      },
    }),
    count: t.exposeInt('count', { description: 'Duties they share: as collaborators either way, or borne together' }),
  }),
});

/** Partners summed over the ways of working together, most first. */
function tally(links: AgencyLink[]): AgencyPartnerModel[] {
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.partnerId, (counts.get(l.partnerId) ?? 0) + l.times);
  return [...counts].map(([agencyId, count]) => ({ agencyId, count })).sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));
}

builder.objectFields('Agency', (t) => ({
  dutiesByDocument: t.field({
    type: [DocumentDutiesRef],
    description: 'Its duties, grouped by the document that assigns them',
    resolve: async (a, _args, ctx) => {
      const groups = new Map<string, DutyModel[]>();
      for (const d of await ctx.loaders.dutiesOfAgency.load(a.id)) groups.set(d.documentId, [...(groups.get(d.documentId) ?? []), d]);
      return [...groups].map(([documentId, duties]) => ({ documentId, duties }));
    },
  }),
  partners: t.field({
    type: [AgencyPartnerRef],
    description: 'The agencies it works with most: collaborators and co-bearers across its duties',
    args: { first: t.arg.int({ required: false, defaultValue: 10 }) },
    resolve: async (a, args, ctx) => tally(await loadersOf(ctx).partners.load(a.id)).slice(0, Math.max(0, args.first ?? 10)),
  }),
  reportsTo: t.field({
    type: ['Agency'],
    description: 'Agencies its duties report to, most often first',
    resolve: async (a, _args, ctx) => {
      const targets = tally(await loadersOf(ctx).reportTargets.load(a.id));
      return present<AgencyModel>(await ctx.loaders.agency.loadMany(targets.map((p) => p.agencyId)));
    },
  }),
  bindingDocuments: t.field({
    type: ['Document'],
    description: 'Documents that assign it duties, or that it issued or received',
    resolve: async (a, _args, ctx) => {
      const [duties, links] = await Promise.all([ctx.loaders.dutiesOfAgency.load(a.id), ctx.loaders.documentsOfAgency.load(a.id)]);
      const ids = [...new Set([...duties.map((d) => d.documentId), ...links.map((l) => l.documentId)])];
      return present<DocumentModel>(await ctx.loaders.document.loadMany(ids));
    },
  }),
}));
