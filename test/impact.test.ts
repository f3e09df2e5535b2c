// Impact analysis over the five seeds, read by the real parser into the real embedded store, through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededStore } from './support/seeded-store.ts';
import { seededStore } from './support/seeded-store.ts';

let seeded: SeededStore;
const ids: Record<string, string> = {};

async function idOf(number: string): Promise<string> {
  const { data } = await seeded.graphql<{ document: { id: string } }>('query ($n: String) { document(number: $n) { id } }', { n: number });
  return data!.document.id;
}

beforeAll(async () => {
  seeded = await seededStore();
  for (const n of ['23-QĐ/TW', '2387-QĐ/TU', '09-CTr/TU']) ids[n] = await idOf(n);
});
afterAll(async () => {
  await seeded?.dispose();
});

interface DocumentRef {
  id: string;
  number: string | null;
  kind: string;
  issuedYear: number | null;
  level: string;
  locality: { name: string; parent: { name: string } | null } | null;
}
interface Impacted {
  document: DocumentRef;
  depth: number;
  via: string[];
  inferred: boolean;
  reason: string;
  path: Array<{ id: string; number: string | null }>;
  citingArticles: Array<{ number: number }>;
  citations: Array<{ relation: string; article: number | null; clause: string | null; dependsOn: { number: string | null } }>;
}
interface ImpactData {
  root: { number: string };
  summary: { documents: number; articles: number; duties: number; agencies: number; byLevel: Array<{ level: string; documents: number; agencies: number }> };
  documents: Impacted[];
  agencies: Array<{ name: string; level: string }>;
  duties: Array<{ id: string }>;
}

const DOCUMENT = 'id number kind issuedYear level locality { name parent { name } }';
const IMPACT = `
  root { number }
  summary { documents articles duties agencies byLevel { level documents agencies } }
  documents { depth via inferred reason document { ${DOCUMENT} } path { id number }
    citingArticles { number } citations { relation article clause dependsOn { number } } }
  agencies { name level }
  duties { id }`;

async function impact(documentId: string, options: Record<string, unknown> = {}): Promise<ImpactData> {
  const { data, errors } = await seeded.graphql<{ impact: ImpactData }>(
    `query ($id: ID!, $article: Int, $depth: Int, $cites: Boolean, $inferred: Boolean, $stop: Boolean) {
      impact(documentId: $id, article: $article, depth: $depth, followCites: $cites, followInferred: $inferred, stopAtInactive: $stop) { ${IMPACT} }
    }`,
    { id: documentId, ...options },
  );
  expect(errors).toBeUndefined();
  return data!.impact;
}

const byNumber = (i: ImpactData, number: string) => i.documents.find((d) => d.document.number === number);
const plan2022 = (i: ImpactData) => i.documents.find((d) => d.document.kind === 'Kế hoạch' && d.document.issuedYear === 2022);
const provincialLetter = (i: ImpactData) =>
  i.documents.find((d) => d.document.kind === 'Công văn' && d.document.level === 'PROVINCE' && d.document.locality?.name.includes('Bình Định'));
const placeOf = (d: DocumentRef) => [d.locality?.name, d.locality?.parent?.name].join(' ');

describe('impact of 23-QĐ/TW', () => {
  let result: ImpactData;
  beforeAll(async () => {
    result = await impact(ids['23-QĐ/TW']!);
  });

  it('reaches the provincial and district re-issues through the inferred cascade, marked inferred', () => {
    const provincial = byNumber(result, '407-QĐ/TU')!;
    expect(provincial).toMatchObject({ depth: 1, via: ['DERIVED_FROM'], inferred: true });
    expect(provincial.reason).toContain('suy luận: tái ban hành cấp tỉnh');
    const district = byNumber(result, '314-QĐ/HU')!;
    expect(district).toMatchObject({ depth: 2, via: ['DERIVED_FROM', 'DERIVED_FROM'], inferred: true });
    expect(district.path.map((p) => p.number)).toEqual(['23-QĐ/TW', '407-QĐ/TU', '314-QĐ/HU']);
  });

  it('reaches 01/QC-UBND-BDVHU through its stated basis, with Điều 12 khoản 3 among its citing articles', () => {
    const regulation = byNumber(result, '01/QC-UBND-BDVHU')!;
    expect(regulation).toMatchObject({ depth: 1, via: ['BASED_ON'], inferred: false });
    expect(regulation.citingArticles.map((a) => a.number)).toContain(12);
    expect(regulation.citations).toContainEqual({ relation: 'CITES', article: 12, clause: '3', dependsOn: { number: '23-QĐ/TW' } });
    expect(regulation.reason).toBe('căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)');
  });

  it('reaches the Tây Sơn plan for 2022 and the Bình Định letter, with the path that explains each', () => {
    const plan = plan2022(result)!;
    expect(plan).toBeDefined();
    expect(placeOf(plan.document)).toContain('Tây Sơn');
    expect(plan.path[0]!.number).toBe('23-QĐ/TW');
    expect(plan.path[plan.path.length - 1]!.id).toBe(plan.document.id);
    expect(plan.via).toHaveLength(plan.depth);
    const letter = provincialLetter(result)!;
    expect(letter).toBeDefined();
    expect(letter.path.map((p) => p.number)).toEqual(['23-QĐ/TW', '407-QĐ/TU', null]);
    expect(letter.via).toEqual(['DERIVED_FROM', 'IMPLEMENTS']);
  });

  it('lists the agencies that must act, at each level, once each', () => {
    const names = result.agencies.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Ủy ban nhân dân huyện Tây Sơn', 'Ban Dân vận Huyện ủy Tây Sơn', 'Sở Nội vụ tỉnh Bình Định']));
    expect(new Set(names).size).toBe(names.length);
    expect(result.summary.agencies).toBe(result.agencies.length);
    expect(result.summary.byLevel.reduce((n, c) => n + c.agencies, 0)).toBe(result.agencies.length);
    expect(result.summary.byLevel.reduce((n, c) => n + c.documents, 0)).toBe(result.documents.length);
    expect(result.summary.byLevel.find((c) => c.level === 'DISTRICT')!.documents).toBeGreaterThanOrEqual(3);
  });

  it('counts the duties of impacted documents and the articles citing the changed one', () => {
    expect(result.summary.documents).toBe(result.documents.length);
    expect(result.summary.duties).toBe(result.duties.length);
    expect(result.summary.duties).toBeGreaterThan(20);
    expect(result.summary.articles).toBeGreaterThanOrEqual(1);
  });

  it('never lists the changed document itself, nor a document twice', () => {
    const listed = result.documents.map((d) => d.document.id);
    expect(listed).not.toContain(ids['23-QĐ/TW']);
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('impact of 2387-QĐ/TU', () => {
  it('reaches the Thanh Oai regulation and nothing in Bình Định or Trà Vinh', async () => {
    const result = await impact(ids['2387-QĐ/TU']!);
    expect(byNumber(result, '05-QC/HU')).toMatchObject({ depth: 1, via: ['BASED_ON'] });
    for (const d of result.documents) expect(placeOf(d.document)).not.toMatch(/Bình Định|Trà Vinh/);
    for (const a of result.agencies) expect(a.name).not.toMatch(/Bình Định|Trà Vinh|Tây Sơn/);
    expect(result.agencies.map((a) => a.name)).toContain('Ban Dân vận Huyện ủy Thanh Oai');
  });
});

describe('impact options', () => {
  it('without inferred relations, 23-QĐ/TW reaches only what states its basis on it', async () => {
    const result = await impact(ids['23-QĐ/TW']!, { inferred: false });
    expect(result.documents.map((d) => d.document.number)).toEqual(['01/QC-UBND-BDVHU']);
  });

  it('without citations, documents that only cite are left out', async () => {
    const all = await impact(ids['09-CTr/TU']!);
    expect(plan2022(all)).toBeDefined();
    expect(provincialLetter(all)).toBeDefined();
    const stated = await impact(ids['09-CTr/TU']!, { cites: false });
    expect(stated.documents.map((d) => d.document.number).sort()).toEqual(['29-KH/HU', '3809/QĐ-UBND']);
    expect(stated.summary.documents).toBeLessThan(all.summary.documents);
  });

  it('without citations, a document still reached through what it implements takes that longer path', async () => {
    const result = await impact(ids['23-QĐ/TW']!, { cites: false });
    const plan = plan2022(result)!;
    expect(plan.via).toEqual(['BASED_ON', 'SAME_AS', 'IMPLEMENTS']);
    expect(result.documents.flatMap((d) => d.via)).not.toContain('CITES');
  });

  it('stops at the depth asked for', async () => {
    const result = await impact(ids['23-QĐ/TW']!, { depth: 1 });
    expect(result.documents.map((d) => d.document.number).sort()).toEqual(['01/QC-UBND-BDVHU', '2387-QĐ/TU', '407-QĐ/TU']);
  });

  it('keeps a mention of the whole document when one article changes', async () => {
    const result = await impact(ids['23-QĐ/TW']!, { article: 5 });
    expect(byNumber(result, '01/QC-UBND-BDVHU')!.citingArticles.map((a) => a.number)).toEqual([12]);
  });

  it('rejects an unknown document and an out-of-range depth with coded errors', async () => {
    const unknown = await seeded.graphql('{ impact(documentId: "doc_nope") { summary { documents } } }');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const deep = await seeded.graphql('query ($id: ID!) { impact(documentId: $id, depth: 99) { summary { documents } } }', { id: ids['23-QĐ/TW'] });
    expect(deep.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('impact lists and graph', () => {
  it('pages the documents with cursors while the summary counts everything', async () => {
    const query = `query ($id: ID!, $after: String) { impact(documentId: $id) {
      summary { documents }
      documents(first: 3, after: $after) { cursor document { id } }
      pageInfo(list: DOCUMENTS, first: 3, after: $after) { hasNextPage endCursor }
    } }`;
    type Page = { impact: { summary: { documents: number }; documents: Array<{ cursor: string; document: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = (await seeded.graphql<Page>(query, { id: ids['23-QĐ/TW'] })).data!.impact;
    expect(first.documents).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.documents[2]!.cursor);
    const second = (await seeded.graphql<Page>(query, { id: ids['23-QĐ/TW'], after: first.pageInfo.endCursor })).data!.impact;
    expect(second.summary.documents).toBe(first.summary.documents);
    const seen = [...first.documents, ...second.documents].map((d) => d.document.id);
    expect(new Set(seen).size).toBe(6);
  });

  it('draws the changed document at depth 0 and marks the inferred edges, cut at maxNodes', async () => {
    type GraphData = { impact: { graph: { nodes: Array<{ id: string; depth: number; label: string }>; edges: Array<{ source: string; target: string; kind: string; inferred: boolean }>; truncated: boolean } } };
    const query = 'query ($id: ID!, $max: Int) { impact(documentId: $id) { graph(maxNodes: $max) { nodes { id depth label } edges { source target kind inferred } truncated } } }';
    const { graph } = (await seeded.graphql<GraphData>(query, { id: ids['23-QĐ/TW'], max: 2000 })).data!.impact;
    expect(graph.nodes[0]).toMatchObject({ id: ids['23-QĐ/TW'], depth: 0, label: '23-QĐ/TW' });
    expect(graph.truncated).toBe(false);
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    expect(graph.edges.filter((e) => e.kind === 'DERIVED_FROM').every((e) => e.inferred)).toBe(true);
    const small = (await seeded.graphql<GraphData>(query, { id: ids['23-QĐ/TW'], max: 3 })).data!.impact.graph;
    expect(small.nodes).toHaveLength(3);
    expect(small.truncated).toBe(true);
  });
});

describe('impact costs a bounded number of store round trips', () => {
  const everything = `query ($id: ID!, $depth: Int) { impact(documentId: $id, depth: $depth) {
    summary { documents articles duties agencies byLevel { level documents agencies } }
    documents { depth via reason document { number title issuers { name } } path { number } citingArticles { number heading } citations { quote dependsOn { number } citingArticle { number } } }
    duties { text agency { name } document { number } }
    agencies { name level }
    graph { nodes { id depth } edges { id } }
    csv reviewList(format: HTML)
  } }`;

  const tripsFor = async (documentId: string, depth: number) => {
    const before = seeded.store.roundTrips;
    const { errors } = await seeded.graphql(everything, { id: documentId, depth });
    expect(errors).toBeUndefined();
    return seeded.store.roundTrips - before;
  };

  // one round trip per hop, and a fixed number for the root, the mentions' articles, the documents,
  // issuers, recipients, duties, citing articles, duty partners and agencies: never one per document
  const FIXED = 9;

  it('costs the hops plus a fixed number, however many documents are reached', async () => {
    const oneHop = await tripsFor(ids['23-QĐ/TW']!, 1);
    const all = await tripsFor(ids['23-QĐ/TW']!, 10);
    expect(oneHop).toBeLessThanOrEqual(1 + FIXED);
    // the walk from 23-QĐ/TW ends after three hops (two levels of dependants, then nothing new)
    expect(all).toBeLessThanOrEqual(3 + FIXED);
    expect(await tripsFor(ids['2387-QĐ/TU']!, 10)).toBeLessThanOrEqual(2 + FIXED);
  });
});

describe('impact exports', () => {
  type Exports = { impact: { csv: string; markdown: string; html: string } };
  let exports: Exports['impact'];
  beforeAll(async () => {
    const { data, errors } = await seeded.graphql<Exports>(
      'query ($id: ID!) { impact(documentId: $id) { csv markdown: reviewList html: reviewList(format: HTML) } }',
      { id: ids['23-QĐ/TW'] },
    );
    expect(errors).toBeUndefined();
    exports = data!.impact;
  });

  it('writes one CSV line per impacted document, UTF-8 with BOM and semicolons', () => {
    const lines = exports.csv.split('\r\n').filter(Boolean);
    expect(exports.csv.startsWith('\uFEFFMã văn bản;Số, ký hiệu;')).toBe(true);
    expect(lines).toHaveLength(1 + 8);
    const regulation = lines.find((l) => l.includes(';01/QC-UBND-BDVHU;'))!;
    expect(regulation).toContain(';1;BASED_ON;không;23-QĐ/TW → 01/QC-UBND-BDVHU;Điều 12 khoản 3;');
    expect(regulation).toContain('Ban Dân vận Huyện ủy Tây Sơn');
    expect(regulation.endsWith(';căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)')).toBe(true);
    expect(lines.find((l) => l.includes(';407-QĐ/TU;'))).toContain(';1;DERIVED_FROM;có;');
  });

  it('prints the review list grouped by level and by agency, each line with its reason', () => {
    const md = exports.markdown;
    expect(md.startsWith('# Danh sách văn bản cần rà soát')).toBe(true);
    expect(md.indexOf('## Tỉnh')).toBeLessThan(md.indexOf('## Huyện'));
    expect(md.indexOf('### Tỉnh ủy Bình Định')).toBeGreaterThan(md.indexOf('## Tỉnh'));
    expect(md).toContain('- **407-QĐ/TU** — Quyết định ngày 30/09/2021');
    expect(md).toContain('Lý do: suy luận: tái ban hành cấp tỉnh của 23-QĐ/TW');
    expect(md).toContain('Lý do: căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)');
    expect(md).toContain('### Ban Thường vụ Huyện ủy Tây Sơn');
  });

  it('prints the review list as a complete HTML page', () => {
    const html = exports.html;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h2>Huyện</h2>');
    expect(html).toContain('Lý do: căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
