// The one GraphQL client of the app; the server (or Vite's dev proxy) answers at /graphql.
import { Client, cacheExchange, fetchExchange } from 'urql';
import { authorizationHeaders } from './editor-token.ts';

export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  // Read on every request, so a token pasted after start-up is sent from then on.
  fetchOptions: () => ({ headers: authorizationHeaders() }),
});
