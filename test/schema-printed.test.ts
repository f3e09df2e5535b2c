// graph-schema/schema.graphql is what the server's schema prints: regenerate with `npx cancu print-schema`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SCHEMA_FILE, printedSchema } from 'cancu/cli/print-schema-command';

it('graph-schema/schema.graphql is up to date with the server schema (npx cancu print-schema)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
});

it('keeps every query of the GraphQL contract', () => {
  const printed = printedSchema();
  for (const field of [
    'document(id: ID, number: String): Document',
    'documents(search: String, kind: String, level: Level, hasText: Boolean, first: Int, after: String): DocumentConnection!',
    'lineage(documentId: ID!, direction: Direction = BOTH, depth: Int = 6, maxNodes: Int = 2000): Graph!',
    'agency(id: ID!): Agency',
    'agencies(search: String, first: Int, after: String): AgencyConnection!',
    'dataIssues(documentId: ID): [DataIssue!]!',
  ]) {
    expect(printed).toContain(field);
  }
});
