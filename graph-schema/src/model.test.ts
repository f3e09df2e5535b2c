import { describe, expect, it } from 'vitest';
import { ladybugDdl } from './ladybug-ddl.ts';
import { DOCUMENT_RELATIONS, relationships } from './model.ts';
import { neo4jDdl } from './neo4j-ddl.ts';

describe('graph model', () => {
  it('has a Document → Document relationship for every relation of the contract', () => {
    for (const kind of DOCUMENT_RELATIONS) {
      expect(relationships.find((r) => r.type === kind)).toMatchObject({ from: 'Document', to: 'Document' });
    }
  });

  it('derives one LadybugDB table per label and per relationship type', () => {
    const ddl = ladybugDdl();
    expect(ddl.filter((s) => s.startsWith('CREATE NODE TABLE'))).toHaveLength(10);
    expect(ddl.filter((s) => s.startsWith('CREATE REL TABLE'))).toHaveLength(relationships.length);
    expect(ddl).toContain(
      'CREATE REL TABLE IF NOT EXISTS CITES(FROM Document TO Document, inferred BOOLEAN, evidence STRING, article INT64, clause STRING)',
    );
  });

  it('derives a uniqueness constraint per label for Neo4j', () => {
    expect(neo4jDdl()).toContain(
      'CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
    );
  });
});
