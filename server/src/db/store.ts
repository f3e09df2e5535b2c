// The store port: what the rest of the server knows of a graph database.
import type { Dialect } from './dialect.ts';
import type { Params, Query } from './query.ts';

export type Row = Record<string, unknown>;

export interface WriteTransaction {
  run(query: Query, params: Params): Promise<Row[]>;
}

export interface Store {
  readonly engine: 'ladybug' | 'neo4j';
  readonly dialect: Dialect;
  /** a read outside any write: one round trip */
  read(query: Query, params: Params): Promise<Row[]>;
  /**
   * One write transaction, queued behind every other write of the process. The work may run more
   * than once (Neo4j retries transient failures), so it must be safe to repeat.
   */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /** creates tables, constraints and indexes that do not exist yet */
  migrate(): Promise<void>;
  /** store round trips since the store was opened: reads and statements inside writes */
  readonly roundTrips: number;
  close(): Promise<void>;
}

/** Serialises async work: each task starts when the previous one has settled. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  push<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** Engine values to plain JS at the boundary: bigints to numbers, nothing engine-specific escapes. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}
