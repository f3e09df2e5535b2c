// Test helper: a fresh embedded store in its own temporary directory, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LadybugStore } from '../db/ladybug/ladybug-store.ts';
import { Neo4jStore } from '../db/neo4j/neo4j-store.ts';
import { deleteEverything } from '../db/queries/load.ts';
import type { Store } from '../db/store.ts';

export interface TempStore {
  store: Store;
  dispose(): Promise<void>;
}

export async function tempLadybugStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'cancu-test-'));
  const store = new LadybugStore({ dir });
  await store.migrate();
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Neo4j store on NEO4J_URI. It empties the database before and after, so point it only at a
 * database kept for tests (e.g. `docker run -p 7687:7687 -e NEO4J_AUTH=neo4j/testtest neo4j:5`).
 */
export async function tempNeo4jStore(uri: string): Promise<TempStore> {
  const store = new Neo4jStore({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  });
  await store.migrate();
  await store.write((tx) => tx.run(deleteEverything, {}));
  return {
    store,
    dispose: async () => {
      await store.write((tx) => tx.run(deleteEverything, {}));
      await store.close();
    },
  };
}
