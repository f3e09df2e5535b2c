// Agencies and their localities, and the agency queries.
import { agencySearchKey } from '../../search/fold-terms.ts';
import { builder } from '../builder.ts';
import type { AgencyModel } from '../../db/queries/agencies.ts';
import { countAgencies, searchAgencies, toAgency } from '../../db/queries/agencies.ts';
import type { DocumentModel } from '../../db/queries/documents.ts';
import { LevelEnum } from './enums.ts';
import { connectionFields, connectionOf, pageOf } from './pagination.ts';

builder.objectType('Agency', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    level: t.field({ type: LevelEnum, resolve: (a) => a.level as never }),
    isGroup: t.exposeBoolean('isGroup', { description: 'A group of bodies ("các phòng, ban, ngành của huyện"), not a single one' }),
    locality: t.field({
      type: 'Locality',
      nullable: true,
      resolve: (a, _args, ctx) => (a.localityId ? ctx.loaders.locality.load(a.localityId) : null),
    }),
    parent: t.field({
      type: 'Agency',
      nullable: true,
      resolve: (a, _args, ctx) => (a.parentId ? ctx.loaders.agency.load(a.parentId) : null),
    }),
    duties: t.field({ type: ['Duty'], resolve: (a, _args, ctx) => ctx.loaders.dutiesOfAgency.load(a.id) }),
    documents: t.field({
      type: ['Document'],
      description: 'Documents it issued or received',
      resolve: async (a, _args, ctx) => {
        const links = await ctx.loaders.documentsOfAgency.load(a.id);
        const docs = await ctx.loaders.document.loadMany([...new Set(links.map((l) => l.documentId))]);
        return docs.filter((d): d is DocumentModel => d !== null && !(d instanceof Error));
      },
    }),
  }),
});

builder.objectType('Locality', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { description: 'tỉnh, thành phố, huyện, quận, thị xã, …' }),
    parent: t.field({
      type: 'Locality',
      nullable: true,
      resolve: (l, _args, ctx) => (l.parentId ? ctx.loaders.locality.load(l.parentId) : null),
    }),
  }),
});

connectionFields<AgencyModel>('Agency');

builder.queryFields((t) => ({
  agency: t.field({
    type: 'Agency',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.agency.load(String(args.id)),
  }),
  agencies: t.field({
    type: 'AgencyConnection',
    args: {
      search: t.arg.string({ required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const { skip, limit } = pageOf(args);
      const search = args.search?.trim() ? agencySearchKey(args.search) : null;
      const [rows, count] = await Promise.all([
        ctx.store.read(searchAgencies, { search, skip, limit }),
        ctx.store.read(countAgencies, { search }),
      ]);
      const agencies = rows.map(toAgency);
      agencies.forEach((a) => ctx.loaders.agency.prime(a.id, a));
      return connectionOf(agencies, Number(count[0]?.total ?? 0), skip);
    },
  }),
}));
