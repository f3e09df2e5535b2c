// The schema handed to the Cypher linter (@neo4j-cypher/language-support `DbSchema`).
import { nodes, propertyKeys, relationshipTypes } from './model.ts';

export interface LintSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: Record<string, unknown>;
}

export function lintSchema(parameters: Record<string, unknown>): LintSchema {
  return {
    labels: Object.keys(nodes),
    relationshipTypes,
    propertyKeys: propertyKeys(),
    parameters,
  };
}
