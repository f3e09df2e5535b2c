// The few places where LadybugDB's Cypher and Neo4j's differ; every query is written once around them.

export interface Dialect {
  readonly engine: 'ladybug' | 'neo4j';
  /** the type of a relationship variable */
  relType(variable: string): string;
  /** typed read of an UNWIND row field that may be null in every row (LadybugDB types an all-null column STRING) */
  int(expression: string): string;
  bool(expression: string): string;
  strings(expression: string): string;
}

export const ladybugDialect: Dialect = {
  engine: 'ladybug',
  relType: (v) => `label(${v})`,
  int: (e) => `CAST(${e} AS INT64)`,
  bool: (e) => `CAST(${e} AS BOOLEAN)`,
  strings: (e) => `CAST(${e} AS STRING[])`,
};

export const neo4jDialect: Dialect = {
  engine: 'neo4j',
  relType: (v) => `type(${v})`,
  int: (e) => `toInteger(${e})`,
  bool: (e) => `toBoolean(${e})`,
  strings: (e) => e,
};
