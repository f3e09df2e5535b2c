// Duties: who must do what, under which article.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { AgencyModel } from '../../db/queries/agencies.ts';
import { RoleEnum } from './enums.ts';

async function partners(ctx: Context, dutyId: string, kind: 'COLLABORATES_WITH' | 'REPORTS_TO'): Promise<AgencyModel[]> {
  const links = (await ctx.loaders.partnersOfDuty.load(dutyId)).filter((p) => p.kind === kind);
  const agencies = await ctx.loaders.agency.loadMany(links.map((l) => l.agencyId));
  return agencies.filter((a): a is AgencyModel => a !== null && !(a instanceof Error));
}

builder.objectType('Duty', {
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    role: t.field({ type: RoleEnum, resolve: (d) => d.role }),
    agency: t.field({
      type: 'Agency',
      resolve: async (d, _a, ctx) => {
        const agency = await ctx.loaders.agency.load(d.agencyId);
        if (!agency) throw new GraphQLError('Cơ quan của nhiệm vụ không còn', { extensions: { code: 'NOT_FOUND' } });
        return agency;
      },
    }),
    collaborators: t.field({ type: ['Agency'], resolve: (d, _a, ctx) => partners(ctx, d.id, 'COLLABORATES_WITH') }),
    reportTo: t.field({ type: ['Agency'], resolve: (d, _a, ctx) => partners(ctx, d.id, 'REPORTS_TO') }),
    frequency: t.exposeString('frequency', { nullable: true }),
    deadline: t.exposeString('deadline', { nullable: true }),
    source: t.exposeString('source', { description: 'Where it is stated: "Điều 12 khoản 4", "Mục III.1.3"' }),
    document: t.field({
      type: 'Document',
      resolve: async (d, _a, ctx) => {
        const doc = await ctx.loaders.document.load(d.documentId);
        if (!doc) throw new GraphQLError('Văn bản của nhiệm vụ không còn', { extensions: { code: 'NOT_FOUND' } });
        return doc;
      },
    }),
    article: t.field({
      type: 'Article',
      nullable: true,
      resolve: (d, _a, ctx) => (d.articleId ? ctx.loaders.article.load(d.articleId) : null),
    }),
  }),
});
