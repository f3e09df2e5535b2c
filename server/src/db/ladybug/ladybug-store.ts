// The embedded engine: LadybugDB in-process. Writes go through one connection behind a queue (a
// second writer can crash the process); reads use a small pool of their own connections.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import { ladybugDdl } from '@cancu/graph-schema/ladybug-ddl';
import { nodes, relationships } from '@cancu/graph-schema/model';
import { ladybugDialect } from '../dialect.ts';
import type { Params, Query } from '../query.ts';
import type { Row, Store, WriteTransaction } from '../store.ts';
import { WriteQueue, plainValue } from '../store.ts';
import { StoreError } from '../store-error.ts';

type Connection = InstanceType<typeof lbug.Connection>;
type PreparedStatement = Awaited<ReturnType<Connection['prepare']>>;

class PooledConnection {
  private readonly statements = new Map<string, PreparedStatement>();

  constructor(readonly connection: Connection) {}

  async run(text: string, params: Record<string, unknown>): Promise<Row[]> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = await this.connection.prepare(text);
      if (!statement.isSuccess()) throw new StoreError(statement.getErrorMessage(), text);
      this.statements.set(text, statement);
    }
    try {
      const result = await this.connection.execute(statement, params as never);
      const results = Array.isArray(result) ? result : [result];
      const rows = (results[results.length - 1]?.getAllSync() ?? []) as Row[];
      // a result left open keeps the database open, and its file lock, after close()
      for (const r of results) r.close();
      return rows.map(plainRow);
    } catch (error) {
      throw new StoreError((error as Error).message, text);
    }
  }

  async exec(text: string): Promise<void> {
    const result = await this.connection.query(text);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  }

  close(): void {
    this.statements.clear();
    this.connection.closeSync();
  }
}

function plainRow(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}

export interface LadybugOptions {
  /** the database directory's parent: the database lives in `<dir>/cancu.lbug` */
  dir: string;
  readConnections?: number;
}

export class LadybugStore implements Store {
  readonly engine = 'ladybug' as const;
  readonly dialect = ladybugDialect;
  private readonly database: InstanceType<typeof lbug.Database>;
  private readonly writer: PooledConnection;
  private readonly readers: PooledConnection[];
  private readonly queue = new WriteQueue();
  private nextReader = 0;
  private trips = 0;

  constructor(options: LadybugOptions) {
    const path = `${options.dir}/cancu.lbug`;
    mkdirSync(dirname(path), { recursive: true });
    try {
      this.database = new lbug.Database(path);
      // the database opens lazily; open it now so that a lock held by another process is said here
      this.database.initSync();
    } catch (error) {
      if (/lock/i.test((error as Error).message)) {
        throw new Error(
          `Kho dữ liệu ${options.dir} đang được một tiến trình khác dùng (có thể là "cancu serve"): ` +
            'dừng tiến trình đó, hoặc chọn kho khác bằng --data',
        );
      }
      throw error;
    }
    this.writer = new PooledConnection(new lbug.Connection(this.database));
    this.readers = Array.from(
      { length: options.readConnections ?? 3 },
      () => new PooledConnection(new lbug.Connection(this.database)),
    );
  }

  get roundTrips(): number {
    return this.trips;
  }

  async read(query: Query, params: Params): Promise<Row[]> {
    const reader = this.readers[this.nextReader++ % this.readers.length]!;
    this.trips++;
    return reader.run(query.text(this.dialect), params);
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.queue.push(async () => {
      await this.writer.exec('BEGIN TRANSACTION');
      const tx: WriteTransaction = {
        run: (query, params) => {
          this.trips++;
          return this.writer.run(query.text(this.dialect), params);
        },
      };
      try {
        const result = await work(tx);
        await this.writer.exec('COMMIT');
        return result;
      } catch (error) {
        await this.rollback();
        throw error;
      }
    });
  }

  /** LadybugDB ends a transaction itself when a statement in it fails; a second ROLLBACK then errs. */
  private async rollback(): Promise<void> {
    try {
      await this.writer.exec('ROLLBACK');
    } catch (error) {
      if (!/no active transaction/i.test((error as Error).message)) throw error;
    }
  }

  /**
   * Loads a CSV file into an empty table with COPY, the fast path for a first load. COPY takes no
   * parameters, so the table must be one of the model's and the path one the loader made itself.
   */
  bulkCopy(table: string, csvPath: string): Promise<void> {
    if (!(table in nodes) && !relationships.some((r) => r.type === table)) throw new Error(`Bảng không có trong mô hình: ${table}`);
    if (!/^[\w/.\-]+$/.test(csvPath)) throw new Error(`Đường dẫn tệp CSV không hợp lệ: ${csvPath}`);
    return this.queue.push(async () => {
      this.trips++;
      await this.writer.exec(`COPY ${table} FROM '${csvPath}' (HEADER=true, PARALLEL=false)`);
    });
  }

  migrate(): Promise<void> {
    return this.queue.push(async () => {
      for (const statement of ladybugDdl()) await this.writer.exec(statement);
    });
  }

  async close(): Promise<void> {
    await this.queue.push(async () => undefined);
    for (const c of [this.writer, ...this.readers]) c.close();
    this.database.closeSync();
  }
}
