// Neo4j 5 constraints and indexes derived from the model.
import type { NodeSpec } from './model.ts';
import { nodes } from './model.ts';

export function neo4jDdl(): string[] {
  const statements: string[] = [];
  for (const spec of Object.values(nodes) as NodeSpec[]) {
    const name = spec.label.toLowerCase();
    statements.push(
      `CREATE CONSTRAINT ${name}_${spec.key}_unique IF NOT EXISTS FOR (n:${spec.label}) REQUIRE n.${spec.key} IS UNIQUE`,
    );
    for (const property of spec.indexed ?? []) {
      statements.push(`CREATE INDEX ${name}_${property} IF NOT EXISTS FOR (n:${spec.label}) ON (n.${property})`);
    }
  }
  return statements;
}
