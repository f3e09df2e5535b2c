// The GraphQL contract over the five seeds, read by the real parser into the real embedded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededStore } from './support/seeded-store.ts';
import { seededStore } from './support/seeded-store.ts';

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await seededStore();
});
afterAll(async () => {
  await seeded?.dispose();
});

interface DocumentData {
  id: string;
  kind: string;
  issuedOn: string | null;
  bases: Array<{ number: string | null }>;
  articles: Array<{ number: number }>;
}

describe('document(number)', () => {
  it('returns 01/QC-UBND-BDVHU with its kind, date, bases and sixteen articles', async () => {
    const { data, errors } = await seeded.graphql<{ document: DocumentData }>(
      '{ document(number: "01/QC-UBND-BDVHU") { id kind issuedOn bases { number } articles { number } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.document.kind).toBe('Quy chế');
    expect(data!.document.issuedOn).toBe('2021-12-31');
    expect(data!.document.bases.map((b) => b.number)).toEqual(
      expect.arrayContaining(['23-QĐ/TW', '407-QĐ/TU', '314-QĐ/HU', '114-KL/TW', '46-QĐ/TW', '33/CT-TTg', '21-CT/HU']),
    );
    expect(data!.document.articles.map((a) => a.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it.each(['23-qđ/tw', '23-QD/TW', '23 - QĐ/TW', '23-QĐ/TW'.normalize('NFD'), '23–QĐ/TW'])(
    'finds 23-QĐ/TW spelt "%s"',
    async (spelling) => {
      const canonical = await seeded.graphql<{ document: { id: string } }>('{ document(number: "23-QĐ/TW") { id } }');
      const other = await seeded.graphql<{ document: { id: string } }>('query ($n: String) { document(number: $n) { id } }', { n: spelling });
      expect(other.data!.document.id).toBe(canonical.data!.document.id);
    },
  );

  it('answers null for a number it does not know, and a coded error when given nothing to look up', async () => {
    expect((await seeded.graphql('{ document(number: "999-QĐ/TW") { id } }')).data).toEqual({ document: null });
    const { errors } = await seeded.graphql('{ document { id } }');
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('documents(search)', () => {
  it('finds documents by title words typed without diacritics, with Relay paging', async () => {
    const first = await seeded.graphql<{ documents: { totalCount: number; edges: Array<{ cursor: string; node: { title: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      '{ documents(search: "cong tac dan van", first: 1) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }',
    );
    const page = first.data!.documents;
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await seeded.graphql<{ documents: { edges: Array<{ node: { title: string } }> } }>(
      'query ($after: String) { documents(search: "cong tac dan van", first: 1, after: $after) { edges { node { title } } } }',
      { after: page.pageInfo.endCursor },
    );
    expect(second.data!.documents.edges[0]!.node.title).not.toBe(page.edges[0]!.node.title);
  });

  it('filters documents known only from citations', async () => {
    const { data } = await seeded.graphql<{ documents: { totalCount: number } }>('{ documents(hasText: true) { totalCount } }');
    expect(data!.documents.totalCount).toBe(5);
  });
});

describe('lineage', () => {
  it('walks down from 23-QĐ/TW to the Tây Sơn regulation, the provincial letter and the Thanh Oai regulation', async () => {
    const root = await seeded.graphql<{ document: { id: string } }>('{ document(number: "23-QĐ/TW") { id } }');
    const { data } = await seeded.graphql<{ lineage: { nodes: Array<{ id: string; label: string; hasText: boolean; level: string }>; edges: Array<{ source: string; target: string; kind: string; inferred: boolean }> } }>(
      'query ($id: ID!) { lineage(documentId: $id, direction: DOWN) { nodes { id label hasText level } edges { source target kind inferred } } }',
      { id: root.data!.document.id },
    );
    const labels = data!.lineage.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['23-QĐ/TW', '01/QC-UBND-BDVHU', '407-QĐ/TU', '314-QĐ/HU', '05-QC/HU', '2387-QĐ/TU']));
    expect(data!.lineage.nodes.filter((n) => n.hasText).length).toBeGreaterThanOrEqual(4);
    expect(labels.some((l) => l.startsWith('Kế hoạch 2022'))).toBe(true);
    const inferred = data!.lineage.edges.filter((e) => e.inferred);
    expect(new Set(inferred.map((e) => e.kind))).toEqual(new Set(['DERIVED_FROM', 'SAME_AS']));
    expect(inferred.filter((e) => e.kind === 'DERIVED_FROM').length).toBeGreaterThanOrEqual(3);
    const stated = data!.lineage.edges.filter((e) => !e.inferred);
    expect(stated.every((e) => e.kind !== 'DERIVED_FROM' && e.kind !== 'SAME_AS')).toBe(true);
  });

  it('rejects an unknown document and an out-of-range depth with coded errors', async () => {
    const unknown = await seeded.graphql('{ lineage(documentId: "doc_nope") { truncated } }');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const deep = await seeded.graphql('{ lineage(documentId: "doc_nope", depth: 99) { truncated } }');
    expect(deep.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('the N+1 is gone', () => {
  const nested = 'query ($n: Int) { documents(first: $n) { edges { node { bases { number } articles { duties { agency { name } } } } } } }';

  // one round trip per loader (search, count, relations, articles, duties, agencies, documents):
  // at 50 the bases are already primed by the search, so it costs no more than 5 does
  it('costs a bounded number of store round trips, no more for 50 documents than for 5', async () => {
    const tripsFor = async (n: number) => {
      const before = seeded.store.roundTrips;
      const { errors } = await seeded.graphql(nested, { n });
      expect(errors).toBeUndefined();
      return seeded.store.roundTrips - before;
    };
    const few = await tripsFor(5);
    const many = await tripsFor(50);
    const { data } = await seeded.graphql<{ documents: { totalCount: number } }>('{ documents { totalCount } }');
    expect(data!.documents.totalCount).toBeGreaterThan(20);
    expect(few).toBeLessThanOrEqual(7);
    expect(many).toBeLessThanOrEqual(few);
  });
});

describe('agencies', () => {
  it('finds an agency by an abbreviation-free search and shows its duties and documents', async () => {
    const { data } = await seeded.graphql<{ agencies: { edges: Array<{ node: { id: string; name: string; duties: Array<{ source: string }>; documents: Array<{ number: string | null }> } }> } }>(
      '{ agencies(search: "uy ban nhan dan huyen tay son") { edges { node { id name duties { source } documents { number } } } } }',
    );
    const agency = data!.agencies.edges.find((e) => e.node.name === 'Ủy ban nhân dân huyện Tây Sơn')!.node;
    expect(agency.duties.map((d) => d.source)).toContain('Điều 12 khoản 1');
    expect(agency.documents.map((d) => d.number)).toContain('01/QC-UBND-BDVHU');
  });
});
