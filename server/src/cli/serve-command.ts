// `cancu serve`: GraphQL at /graphql, the web UI at /; closes the store cleanly on exit.
import { dataDirOf, openStore } from '../db/open-store.ts';
import { startDutyIndex } from '../search/store-index.ts';
import { createGraphqlApp } from '../graphql/yoga.ts';
import { createHttpServer } from '../http/serve.ts';
import type { CommandInput } from './main.ts';

export async function runServe(input: CommandInput): Promise<number> {
  const port = Number(input.values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: ${input.values.port}`);
    return 2;
  }
  const store = await openStore({ dataDir: input.values.data as string | undefined });
  // not awaited: the server listens at once; a search arriving first waits at most CANCU_INDEX_WAIT_MS
  // (15 s) and is then told, with code INDEX_NOT_READY, to try again
  void startDutyIndex(store, { dir: store.engine === 'ladybug' ? dataDirOf({ dataDir: input.values.data as string | undefined }) : null });
  const server = createHttpServer(createGraphqlApp(store));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const engine = store.engine === 'neo4j' ? `Neo4j (${process.env.NEO4J_URI})` : 'LadybugDB (nhúng)';
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Căn cứ đang chạy: http://localhost:${listening}/  ·  GraphQL: http://localhost:${listening}/graphql  ·  kho: ${engine}`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
