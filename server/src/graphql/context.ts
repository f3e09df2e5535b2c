// The per-request context: the store and a fresh set of loaders.
import type { Store } from '../db/store.ts';
import { createLoaders } from './loaders.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  store: Store;
  loaders: Loaders;
  /** the request's Authorization header: mutations need an editor token in it (auth/scopes.ts) */
  authorization: string | null;
}

export function createContext(store: Store, authorization: string | null = null): Context {
  return { store, loaders: createLoaders(store), authorization };
}
