// The GraphQL app: schema, per-request context, masked errors. Tests call `yoga.fetch` with no port.
import { createYoga } from 'graphql-yoga';
import type { Store } from '../db/store.ts';
import { createContext } from './context.ts';
import { schema } from './schema/index.ts';

export function createGraphqlApp(store: Store) {
  return createYoga({
    schema,
    context: ({ request }) => createContext(store, request.headers.get('authorization')),
    // unexpected errors reach clients as "Unexpected error."; GraphQLErrors with a code pass through
    maskedErrors: true,
    graphiql: { title: 'Căn cứ — GraphQL' },
    landingPage: false,
    logging: process.env.NODE_ENV === 'test' ? false : 'warn',
  });
}

export type GraphqlApp = ReturnType<typeof createGraphqlApp>;
