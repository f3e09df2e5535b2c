// Articles and clauses of a document.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';

builder.objectType('Article', {
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    heading: t.exposeString('heading', { nullable: true }),
    text: t.exposeString('text'),
    chapter: t.exposeString('chapter', { nullable: true }),
    clauses: t.field({ type: ['Clause'], resolve: (a, _args, ctx) => ctx.loaders.clausesOfArticle.load(a.id) }),
    duties: t.field({ type: ['Duty'], resolve: (a, _args, ctx) => ctx.loaders.dutiesOfArticle.load(a.id) }),
    document: t.field({
      type: 'Document',
      resolve: async (a, _args, ctx) => {
        const doc = await ctx.loaders.document.load(a.documentId);
        if (!doc) throw new GraphQLError('Văn bản của điều này không còn', { extensions: { code: 'NOT_FOUND' } });
        return doc;
      },
    }),
  }),
});

builder.objectType('Clause', {
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    text: t.exposeString('text'),
  }),
});

builder.objectType('Section', {
  description: 'A numbered section of a plan or letter, which has no articles: "III", "III.1", "III.1.7"',
  fields: (t) => ({
    id: t.exposeID('id'),
    path: t.exposeString('path'),
    heading: t.exposeString('heading', { nullable: true }),
    text: t.exposeString('text'),
  }),
});
