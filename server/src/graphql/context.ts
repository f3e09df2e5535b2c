// The per-request context: the store and a fresh set of loaders.
import type { Store } from '../db/store.ts';
import { createLoaders } from './loaders.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  store: Store;
  loaders: Loaders;
}

export function createContext(store: Store): Context {
  return { store, loaders: createLoaders(store) };
}
