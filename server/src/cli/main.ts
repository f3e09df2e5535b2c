// `cancu <command>`: dispatches to one module per command.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(input: CommandInput): Promise<number>;
}

const data = { type: 'string' } as const;
const json = { type: 'boolean' } as const;

// each command's module is loaded only when it runs: `cancu parse` never loads the database engine
const COMMANDS: Record<string, Command> = {
  seed: { summary: 'nạp bộ văn bản mẫu đi kèm (--fresh: xóa kho trước)', usage: 'seed [--fresh] [--data <dir>]', options: { data, fresh: { type: 'boolean' }, json }, run: async (i) => (await import('./seed-command.ts')).runSeed(i) },
  ingest: { summary: 'đọc và nạp văn bản từ tệp hoặc thư mục', usage: 'ingest <tệp hoặc thư mục>… [--json] [--data <dir>]', options: { data, json }, run: async (i) => (await import('./ingest-command.ts')).runIngest(i) },
  parse: { summary: 'in những gì bộ đọc hiểu từ một tệp (không ghi vào kho)', usage: 'parse <tệp> [--json]', options: { json }, run: async (i) => (await import('./parse-command.ts')).runParse(i) },
  query: { summary: 'chạy một truy vấn GraphQL và in kết quả JSON', usage: `query '<graphql>' [--variables '<json>'] [--data <dir>]`, options: { data, variables: { type: 'string' } }, run: async (i) => (await import('./query-command.ts')).runQuery(i) },
  serve: { summary: 'phục vụ GraphQL tại /graphql và giao diện web tại /', usage: 'serve [--port 4000] [--data <dir>]', options: { data, port: { type: 'string' } }, run: async (i) => (await import('./serve-command.ts')).runServe(i) },
  eval: { summary: 'chấm bộ đọc theo nhãn vàng và đo độ phủ trên bộ văn bản thực', usage: 'eval [--gold <dir>] [--real <dir>] [--json]', options: { gold: { type: 'string' }, real: { type: 'string' }, json }, run: async (i) => (await import('./eval-command.ts')).runEval(i) },
  generate: { summary: 'sinh bộ văn bản tổng hợp toàn quốc (văn bản và batches.jsonl), tất định theo --scale và --seed', usage: 'generate --out <dir> [--scale 0.01] [--seed 1] [--format text|batch|both] [--dry-run] [--json]', options: { out: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string' }, 'dry-run': { type: 'boolean' }, json }, run: async (i) => (await import('./generate-command.ts')).runGenerate(i) },
  bench: { summary: 'đo tốc độ và bộ nhớ trên bộ văn bản toàn quốc được sinh ra', usage: 'bench [--scale 0.01|0.1|1] [--json out.json] [--runs N] [--duration s] [--batches file.jsonl]', options: { scale: { type: 'string' }, json: { type: 'string' }, runs: { type: 'string' }, duration: { type: 'string' }, batches: { type: 'string' }, work: { type: 'string' } }, run: async (i) => (await import('./bench-command.ts')).runBenchCommand(i) },
  token: { summary: 'in một mã truy cập (JWT) cho quyền ghi, ký bằng CANCU_JWT_SECRET', usage: 'token --role editor [--subject <tên>] [--days 30]', options: { role: { type: 'string' }, subject: { type: 'string' }, days: { type: 'string' } }, run: async (i) => (await import('./token-command.ts')).runToken(i) },
  'print-schema': { summary: 'ghi schema GraphQL ra graph-schema/schema.graphql', usage: 'print-schema [--check]', options: { check: { type: 'boolean' } }, run: async (i) => (await import('./print-schema-command.ts')).runPrintSchema(i) },
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}\n  ${' '.repeat(13)} cancu ${c.usage}`);
  return [
    'Căn cứ: đồ thị tri thức văn bản và trách nhiệm',
    '',
    'Cách dùng: cancu <lệnh> [tùy chọn]',
    '',
    ...lines,
    '',
    'Kho dữ liệu: --data <dir> (mặc định ./data, biến CANCU_DATA); đặt NEO4J_URI để dùng Neo4j.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Lệnh không có: "${name}"\n\n${help()}`);
    return 2;
  }
  let input: CommandInput;
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    input = { positionals: parsed.positionals, values: parsed.values as CommandInput['values'] };
  } catch (error) {
    console.error(`${(error as Error).message}\nCách dùng: cancu ${command.usage}`);
    return 2;
  }
  try {
    return await command.run(input);
  } catch (error) {
    console.error(`cancu ${name}: ${(error as Error).message}`);
    return 1;
  }
}
