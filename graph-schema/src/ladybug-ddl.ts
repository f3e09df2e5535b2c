// LadybugDB DDL derived from the model: one node table per label, one rel table per type.
import type { NodeSpec } from './model.ts';
import { nodes, relationships } from './model.ts';

function columns(properties: Record<string, string>): string[] {
  return Object.entries(properties).map(([name, type]) => `${name} ${type}`);
}

export function ladybugDdl(): string[] {
  const nodeTables = (Object.values(nodes) as NodeSpec[]).map(
    (spec) => `CREATE NODE TABLE IF NOT EXISTS ${spec.label}(${[...columns(spec.properties), `PRIMARY KEY(${spec.key})`].join(', ')})`,
  );
  const relTables = relationships.map(
    (spec) => `CREATE REL TABLE IF NOT EXISTS ${spec.type}(${[`FROM ${spec.from} TO ${spec.to}`, ...columns(spec.properties)].join(', ')})`,
  );
  return [...nodeTables, ...relTables];
}
