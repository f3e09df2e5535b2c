/// <reference types="vite/client" />
// Every Cypher text the Neo4j engine sends passes the official linter as CYPHER 5, with the labels,
// relationship types, properties and parameters of the graph model: an error or warning fails the build.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lintSchema } from '@cancu/graph-schema/lint-schema';
import { neo4jDdl } from '@cancu/graph-schema/neo4j-ddl';
import { neo4jDialect } from 'cancu/db/dialect';
import { registeredQueries } from 'cancu/db/query';

// the package's ESM build has extensionless imports Node cannot resolve; its CommonJS build works
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery: (query: string, schema: unknown) => Array<{ severity: number; message: string }>;
};

import.meta.glob('../server/src/db/queries/*.ts', { eager: true });

function lint(text: string, parameters: Record<string, unknown>) {
  return lintCypherQuery(`CYPHER 5 ${text}`, { ...lintSchema(parameters), defaultLanguage: 'CYPHER 5' }).map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
  );
}

describe('Cypher sent to Neo4j', () => {
  const queries = registeredQueries();

  it('registers every query module', () => {
    expect(queries.length).toBeGreaterThan(40);
    expect(new Set(queries.map((q) => q.name)).size).toBe(queries.length);
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s passes the linter', (_name, query) => {
    expect(lint(query.text(neo4jDialect), query.example)).toEqual([]);
  });

  it.each(neo4jDdl().map((s) => [s]))('DDL "%s" passes the linter', (statement) => {
    expect(lint(statement, {})).toEqual([]);
  });

  it('catches a misspelt label and an undeclared parameter', () => {
    const diagnostics = lint('MATCH (d:Documnt {id: $nope}) RETURN d', {});
    expect(diagnostics.join('\n')).toMatch(/Documnt/);
    expect(diagnostics.join('\n')).toMatch(/\$nope/);
  });
});
