// The few places where LadybugDB's Cypher and Neo4j's differ; every query is written once around them.

export interface Dialect {
  readonly engine: 'ladybug' | 'neo4j';
  /** the type of a relationship variable */
  relType(variable: string): string;
  /**
   * A typed value that may be null: LadybugDB types an all-null UNWIND column as STRING and a null
   * parameter as BOOLEAN, so such values are cast there; Neo4j needs no cast.
   */
  int(expression: string): string;
  str(expression: string): string;
  bool(expression: string): string;
  strings(expression: string): string;
}

export const ladybugDialect: Dialect = {
  engine: 'ladybug',
  relType: (v) => `label(${v})`,
  int: (e) => `CAST(${e} AS INT64)`,
  str: (e) => `CAST(${e} AS STRING)`,
  bool: (e) => `CAST(${e} AS BOOLEAN)`,
  strings: (e) => `CAST(${e} AS STRING[])`,
};

export const neo4jDialect: Dialect = {
  engine: 'neo4j',
  relType: (v) => `type(${v})`,
  int: (e) => `toInteger(${e})`,
  str: (e) => e,
  bool: (e) => `toBoolean(${e})`,
  strings: (e) => e,
};
