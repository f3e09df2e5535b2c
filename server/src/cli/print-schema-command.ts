// `cancu print-schema [--check]`: writes the printed GraphQL schema the client types against.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../graphql/schema/index.ts';
import type { CommandInput } from './main.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../graph-schema/schema.graphql', import.meta.url));

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

export async function runPrintSchema(input: CommandInput): Promise<number> {
  const printed = printedSchema();
  if (input.values.check) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current !== printed) {
      console.error(`${SCHEMA_FILE} đã cũ: chạy "npx cancu print-schema"`);
      return 1;
    }
    console.log('schema.graphql khớp với mã nguồn');
    return 0;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Đã ghi ${SCHEMA_FILE}`);
  return 0;
}
