// `cancu query '<graphql>'`: one operation in-process against the store; prints the JSON response.
import { createGraphqlApp } from '../graphql/yoga.ts';
import type { CommandInput } from './main.ts';
import { withStore } from './with-store.ts';

export async function runQuery(input: CommandInput): Promise<number> {
  const [query] = input.positionals;
  if (!query) {
    console.error(`Cần một truy vấn: cancu query '{ document(number: "23-QĐ/TW") { title } }'`);
    return 2;
  }
  let variables: unknown;
  try {
    variables = input.values.variables ? JSON.parse(input.values.variables as string) : undefined;
  } catch (error) {
    console.error(`--variables không phải JSON hợp lệ: ${(error as Error).message}`);
    return 2;
  }
  const body = await withStore(input, async (store) => {
    const response = await createGraphqlApp(store).fetch('http://cancu.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { errors?: unknown[] };
  });
  console.log(JSON.stringify(body, null, 2));
  return body.errors?.length ? 1 : 0;
}
