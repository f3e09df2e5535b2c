// A named Cypher query, written once as a function of the dialect. Every query is registered so
// that the test suite can lint each Neo4j text.
import type { Dialect } from './dialect.ts';

export type Params = Record<string, unknown>;

export interface Query {
  readonly name: string;
  text(dialect: Dialect): string;
  /** example parameters: declare the parameters for the linter and document their shape */
  readonly example: Params;
}

const registry: Query[] = [];

export function defineQuery(name: string, example: Params, text: (d: Dialect) => string): Query {
  const cache = new Map<string, string>();
  const query: Query = {
    name,
    example,
    text: (d) => {
      let t = cache.get(d.engine);
      if (t === undefined) {
        t = text(d).replace(/\s+/g, ' ').trim();
        cache.set(d.engine, t);
      }
      return t;
    },
  };
  registry.push(query);
  return query;
}

export function registeredQueries(): readonly Query[] {
  return registry;
}
