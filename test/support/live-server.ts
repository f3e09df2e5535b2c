// The real HTTP server (GraphQL + built UI) on a free loopback port, over a seeded store.
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGraphqlApp } from 'cancu/graphql/yoga';
import { CLIENT_DIST, createHttpServer } from 'cancu/http/serve';
import type { SeededStore } from './seeded-store.ts';
import { seededStore } from './seeded-store.ts';

export interface LiveServer {
  url: string;
  seeded: SeededStore;
  close(): Promise<void>;
}

export async function startLiveServer(): Promise<LiveServer> {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`The web UI is not built (${CLIENT_DIST}): run "npm run build" first (npm test does)`);
  }
  const seeded = await seededStore();
  const server = createHttpServer(createGraphqlApp(seeded.store));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seeded,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await seeded.dispose();
    },
  };
}
