// The lineage graph of a document, for drawing.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { DocumentModel } from '../../db/queries/documents.ts';
import { MAX_DEPTH, walkLineage } from '../../lineage/walk-lineage.ts';
import { DirectionEnum, LevelEnum, RelationEnum } from './enums.ts';

const MAX_NODES = 10_000;

export function documentLabel(d: DocumentModel): string {
  if (d.number) return d.number;
  const title = d.title ?? d.kind;
  const short = title.length > 48 ? `${title.slice(0, 47)}…` : title;
  return d.issuedYear ? `${d.kind} ${d.issuedYear}: ${short}` : short;
}

builder.objectType('GraphNode', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    label: t.exposeString('label'),
    level: t.field({ type: LevelEnum, nullable: true, resolve: (n) => n.level as never }),
    hasText: t.exposeBoolean('hasText', { nullable: true }),
  }),
});

builder.objectType('GraphEdge', {
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    kind: t.field({ type: RelationEnum, resolve: (e) => e.kind as never }),
    inferred: t.exposeBoolean('inferred'),
  }),
});

builder.objectType('Graph', {
  fields: (t) => ({
    nodes: t.field({ type: ['GraphNode'], resolve: (g) => g.nodes }),
    edges: t.field({ type: ['GraphEdge'], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'maxNodes was reached' }),
  }),
});

builder.queryFields((t) => ({
  lineage: t.field({
    type: 'Graph',
    args: {
      documentId: t.arg.id({ required: true }),
      direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      depth: t.arg.int({ defaultValue: 6 }),
      maxNodes: t.arg.int({ defaultValue: 2000 }),
    },
    resolve: async (_root, args, ctx) => {
      const depth = args.depth ?? 6;
      const maxNodes = args.maxNodes ?? 2000;
      if (depth < 0 || depth > MAX_DEPTH) {
        throw new GraphQLError(`"depth" phải nằm trong khoảng 0–${MAX_DEPTH}`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      if (maxNodes < 1 || maxNodes > MAX_NODES) {
        throw new GraphQLError(`"maxNodes" phải nằm trong khoảng 1–${MAX_NODES}`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const root = await ctx.loaders.document.load(String(args.documentId));
      if (!root) throw new GraphQLError(`Không có văn bản với id "${args.documentId}"`, { extensions: { code: 'NOT_FOUND' } });
      const walk = await walkLineage(ctx.store, root.id, args.direction ?? 'BOTH', depth, maxNodes);
      const docs = (await ctx.loaders.document.loadMany(walk.documentIds)).filter(
        (d): d is DocumentModel => d !== null && !(d instanceof Error),
      );
      const present = new Set(docs.map((d) => d.id));
      return {
        nodes: docs.map((d) => ({ id: d.id, kind: d.kind, label: documentLabel(d), level: d.level, hasText: d.hasText })),
        edges: walk.edges
          .filter((e) => present.has(e.fromId) && present.has(e.toId))
          .map((e) => ({ id: `${e.fromId}|${e.kind}|${e.toId}`, source: e.fromId, target: e.toId, kind: e.kind, inferred: e.inferred })),
        truncated: walk.truncated,
      };
    },
  }),
}));
