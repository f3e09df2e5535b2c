// A temporary embedded store loaded with the bundled seed corpus by the real parser and loader.
import { SEED_CORPUS_DIR } from '@cancu/seed/seed-corpus';
import { createGraphqlApp } from 'cancu/graphql/yoga';
import { ingestFiles } from 'cancu/ingest/ingest-files';
import type { IngestSummary } from 'cancu/ingest/ingest-files';
import type { TempStore } from 'cancu/testing/temp-store';
import { tempLadybugStore } from 'cancu/testing/temp-store';

export interface SeededStore extends TempStore {
  summary: IngestSummary;
  /** runs one GraphQL operation through the real yoga app, no port */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

export async function seededStore(): Promise<SeededStore> {
  const temp = await tempLadybugStore();
  const summary = await ingestFiles(temp.store, [SEED_CORPUS_DIR]);
  if (summary.failures.length) throw new Error(`seed corpus failed to load: ${JSON.stringify(summary.failures)}`);
  const app = createGraphqlApp(temp.store);
  return {
    ...temp,
    summary,
    graphql: async (query, variables) => {
      const response = await app.fetch('http://cancu.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
