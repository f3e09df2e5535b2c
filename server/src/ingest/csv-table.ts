// A CSV file written row by row in the form LadybugDB's COPY reads: quoted strings (newlines and
// quotes inside), empty fields for null, lists as [a,b].
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';

export type CsvValue = string | number | boolean | null | undefined | string[];

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `"[${value.join(',').replace(/"/g, '""')}]"`;
  return `"${value.replace(/"/g, '""')}"`;
}

export class CsvTable {
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    readonly path: string,
    readonly columns: string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(`${columns.join(',')}\n`);
  }

  /** Writes one row, synchronously: millions of rows must not cost a promise each. */
  write(values: CsvValue[]): void {
    this.rows++;
    this.stream.write(`${values.map(field).join(',')}\n`);
  }

  /** Waits while the stream's buffer is full: called between documents, not between rows. */
  drained(): Promise<void> {
    return this.stream.writableNeedDrain ? new Promise((resolve) => this.stream.once('drain', () => resolve())) : Promise.resolve();
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
