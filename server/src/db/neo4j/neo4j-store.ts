// The server engine: Neo4j 5 through neo4j-driver. One driver per process; a session per unit of
// work; writes in executeWrite (retried on transient errors, so the work is idempotent).
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { neo4jDdl } from '@cancu/graph-schema/neo4j-ddl';
import { neo4jDialect } from '../dialect.ts';
import type { Params, Query } from '../query.ts';
import type { Row, Store, WriteTransaction } from '../store.ts';
import { WriteQueue, plainValue } from '../store.ts';
import { StoreError } from '../store-error.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

function plainRecord(keys: readonly PropertyKey[], get: (key: PropertyKey) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = plainValue(get(key));
  return row;
}

export class Neo4jStore implements Store {
  readonly engine = 'neo4j' as const;
  readonly dialect = neo4jDialect;
  private readonly driver: Driver;
  private readonly queue = new WriteQueue();
  private trips = 0;

  constructor(private readonly options: Neo4jOptions) {
    // integers arrive as JS numbers: ids are strings, counts stay far below 2^53
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
    });
  }

  get roundTrips(): number {
    return this.trips;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async read(query: Query, params: Params): Promise<Row[]> {
    const session = this.session('READ');
    const text = query.text(this.dialect);
    this.trips++;
    try {
      const result = await session.executeRead((tx) => tx.run(text, params));
      return result.records.map((r) => plainRecord(r.keys, (k) => r.get(k as string)));
    } catch (error) {
      throw new StoreError((error as Error).message, text);
    } finally {
      await session.close();
    }
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.queue.push(async () => {
      const session = this.session('WRITE');
      try {
        return await session.executeWrite((tx) =>
          work({
            run: async (query, params) => {
              const text = query.text(this.dialect);
              this.trips++;
              try {
                const result = await tx.run(text, params);
                return result.records.map((r) => plainRecord(r.keys, (k) => r.get(k as string)));
              } catch (error) {
                throw new StoreError((error as Error).message, text);
              }
            },
          }),
        );
      } finally {
        await session.close();
      }
    });
  }

  async migrate(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of neo4jDdl()) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.queue.push(async () => undefined);
    await this.driver.close();
  }
}
