// Renders a page as the app does (GraphQL client, language, navigation), answering each operation
// by name from the test's fixtures, so component tests need no server.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Client, fetchExchange, Provider } from 'urql';
import type { Language } from '../i18n.ts';
import { LanguageProvider } from '../language.tsx';
import { NavigationProvider } from '../navigation.tsx';

export type GraphQLRequest = { operationName: string; query: string; variables: Record<string, unknown> };
export type Answer = (request: GraphQLRequest) => unknown;

export function fakeClient(answers: Record<string, Answer>, requests: GraphQLRequest[] = []): Client {
  return new Client({
    url: 'http://cancu.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
      const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
      const request = { operationName, query: body.query, variables: body.variables ?? {} };
      requests.push(request);
      const answer = answers[operationName];
      const payload = answer ? answer(request) : { errors: [{ message: `no fixture for ${operationName}` }] };
      return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
    },
  });
}

export function renderPage(page: ReactNode, client: Client, language: Language = 'vi') {
  return render(
    <Provider value={client}>
      <LanguageProvider initial={language}>
        <NavigationProvider>{page}</NavigationProvider>
      </LanguageProvider>
    </Provider>,
  );
}
