// The one GraphQL client of the app; the server (or Vite's dev proxy) answers at /graphql.
import { Client, cacheExchange, fetchExchange } from 'urql';

export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
