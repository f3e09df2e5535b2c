// Picks the engine: Neo4j when NEO4J_URI is set, else the embedded LadybugDB under the data dir.
import { resolve } from 'node:path';
import { LadybugStore } from './ladybug/ladybug-store.ts';
import { Neo4jStore } from './neo4j/neo4j-store.ts';
import type { Store } from './store.ts';

export interface StoreSettings {
  /** embedded database directory (default ./data, env CANCU_DATA) */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

export function dataDirOf(settings: StoreSettings = {}): string {
  const env = settings.env ?? process.env;
  return resolve(settings.dataDir ?? env.CANCU_DATA ?? './data');
}

export async function openStore(settings: StoreSettings = {}): Promise<Store> {
  const env = settings.env ?? process.env;
  const store: Store = env.NEO4J_URI
    ? new Neo4jStore({
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      })
    : new LadybugStore({ dir: dataDirOf(settings) });
  await store.migrate();
  return store;
}
