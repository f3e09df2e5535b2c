// Relay-style connections over offset cursors: totalCount, edges { cursor node }, pageInfo.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { ConnectionModel } from '../builder.ts';

export const MAX_PAGE = 500;

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = Buffer.from(cursor, 'base64url').toString().match(/^offset:(\d+)$/);
  if (!match) throw new GraphQLError(`Con trỏ phân trang không hợp lệ: "${cursor}"`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

/** The page a `first`/`after` pair asks for, checked. */
export function pageOf(args: { first?: number | null; after?: string | null }, defaultSize = 20): { skip: number; limit: number } {
  const limit = args.first ?? defaultSize;
  if (limit < 0 || limit > MAX_PAGE) {
    throw new GraphQLError(`"first" phải nằm trong khoảng 0–${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { skip: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function connectionOf<T>(nodes: T[], totalCount: number, skip: number): ConnectionModel<T> {
  return { nodes, totalCount, offset: skip, hasNextPage: skip + nodes.length < totalCount };
}

builder.objectType('PageInfo', {
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

export function connectionFields<T>(name: 'Document' | 'Agency') {
  const edge = `${name}Edge` as const;
  builder.objectType(edge, {
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: name, resolve: (e) => e.node as never }),
    }),
  });
  builder.objectType(`${name}Connection` as const, {
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      edges: t.field({
        type: [edge],
        resolve: (c) => (c.nodes as T[]).map((node, i) => ({ cursor: encodeCursor(c.offset + i), node }) as never),
      }),
      pageInfo: t.field({
        type: 'PageInfo',
        resolve: (c) => ({
          hasNextPage: c.hasNextPage,
          endCursor: c.nodes.length ? encodeCursor(c.offset + c.nodes.length - 1) : null,
        }),
      }),
    }),
  });
}
