// Opens the store a command asked for (--data, CANCU_DATA or NEO4J_URI) and always closes it.
import { openStore } from '../db/open-store.ts';
import type { Store } from '../db/store.ts';
import type { CommandInput } from './main.ts';

export async function withStore<T>(input: CommandInput, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: input.values.data as string | undefined });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
