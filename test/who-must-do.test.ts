// "Who must do X" over the five seeds, read by the real parser into the real embedded store, asked through
// the real GraphQL app. The questions and their answers were written from reading seed/corpus, not from
// the search's output.
import 'cancu/graphql/schema/who-must-do';
import 'cancu/graphql/schema/raci';
import { fold } from '@cancu/seed/text/vietnamese';
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

interface Match {
  score: number;
  highlights: Array<{ start: number; end: number }>;
  duty: {
    text: string;
    source: string;
    deadline: string | null;
    role: string;
    reportTo: Array<{ name: string }>;
    document: { number: string | null; title: string | null; kind: string };
  };
}
interface AgencyDuties {
  score: number;
  agency: { name: string; level: string };
  matches: Match[];
}

const WHO = `query ($task: String!, $locality: String, $level: Level, $first: Int) {
  whoMustDo(task: $task, locality: $locality, level: $level, first: $first) {
    score agency { name level }
    matches { score highlights { start end }
      duty { text source deadline role reportTo { name } document { number title kind } } }
  }
}`;

async function who(task: string, locality?: string, first = 20): Promise<AgencyDuties[]> {
  const { data, errors } = await seeded.graphql<{ whoMustDo: AgencyDuties[] }>(WHO, { task, locality, first });
  expect(errors).toBeUndefined();
  return data!.whoMustDo;
}

function agency(results: AgencyDuties[], name: string): AgencyDuties {
  const found = results.find((r) => r.agency.name === name);
  if (!found) throw new Error(`"${name}" is not among: ${results.map((r) => r.agency.name).join(' | ')}`);
  return found;
}

const saysReceivingCitizens = (a: AgencyDuties) => a.matches.some((m) => /tiep (cong )?dan/.test(fold(m.duty.text)));

describe('whoMustDo: tiếp công dân', () => {
  it.each(['tiếp công dân', 'tiep cong dan', 'TIẾP CÔNG DÂN', 'tiếp công dân'.normalize('NFD'), 'ai chịu trách nhiệm tiếp công dân?'])(
    'finds the bodies that receive citizens, typed "%s", with their sources',
    async (task) => {
      const results = await who(task);
      const thanhOai = agency(results, 'Ủy ban nhân dân huyện Thanh Oai').matches.map((m) => m.duty);
      expect(thanhOai.some((d) => d.document.number === '05-QC/HU' && d.source === 'Điều 9 khoản 4')).toBe(true);
      const front = agency(results, 'Mặt trận Tổ quốc Việt Nam các cấp trên địa bàn huyện Thanh Oai').matches.map((m) => m.duty);
      expect(front.some((d) => d.document.number === '05-QC/HU' && d.source === 'Điều 14 khoản 5')).toBe(true);
      const taySon = agency(results, 'Ủy ban nhân dân huyện Tây Sơn').matches.map((m) => m.duty);
      expect(taySon.some((d) => d.document.kind === 'Kế hoạch' && /năm 2022/.test(d.document.title ?? '') && d.source === 'Mục III.1.7')).toBe(true);
      const inspectors = agency(results, 'Thanh tra tỉnh Bình Định').matches.map((m) => m.duty);
      expect(inspectors.some((d) => d.document.kind === 'Công văn' && d.source === 'Mục 2')).toBe(true);
    },
  );

  it('ranks every agency whose duties say "tiếp (công) dân" above every agency whose duties do not', async () => {
    const results = await who('tiếp công dân', undefined, 100);
    const says = results.map(saysReceivingCitizens);
    const firstSilent = says.indexOf(false);
    expect(firstSilent === -1 ? [] : says.slice(firstSilent).filter(Boolean)).toEqual([]);
    expect(says.filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });

  it('marks the phrase in the duty text, by UTF-16 offsets', async () => {
    const [top] = await who('tiep cong dan');
    const m = top!.matches[0]!;
    expect(m.highlights.length).toBeGreaterThan(0);
    for (const h of m.highlights) expect(fold(m.duty.text.slice(h.start, h.end))).toMatch(/^tiep (cong )?dan$/);
  });

  it('reads a locality in any spelling and keeps the units above it, not other districts', async () => {
    for (const place of ['tay son', 'Huyện Tây Sơn', 'huyện Tây Sơn, tỉnh Bình Định']) {
      const names = (await who('tiếp công dân', place)).map((r) => r.agency.name);
      expect(names).toEqual(expect.arrayContaining(['Ủy ban nhân dân huyện Tây Sơn', 'Thanh tra tỉnh Bình Định']));
      expect(names.filter((n) => /Thanh Oai|Trà Vinh/.test(n))).toEqual([]);
    }
    const oai = (await who('tiếp công dân', 'Thanh Oai')).map((r) => r.agency.name);
    expect(oai).toEqual(expect.arrayContaining(['Ủy ban nhân dân huyện Thanh Oai', 'Chính quyền các cấp']));
    expect(oai.filter((n) => /Tây Sơn|Bình Định/.test(n))).toEqual([]);
  });

  it('filters by level and refuses a place it does not know, with a code', async () => {
    const { data } = await seeded.graphql<{ whoMustDo: AgencyDuties[] }>(WHO, { task: 'tiếp công dân', level: 'PROVINCE' });
    expect(data!.whoMustDo.map((r) => r.agency.level)).toEqual(data!.whoMustDo.map(() => 'PROVINCE'));
    expect(data!.whoMustDo.map((r) => r.agency.name)).toContain('Thanh tra tỉnh Bình Định');
    const { errors } = await seeded.graphql(WHO, { task: 'tiếp công dân', locality: 'Xứ Sở Thần Tiên' });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('whoMustDo: other tasks of the seeds', () => {
  it('finds the yearly membership report of the Trà Vinh front: before 15/11, to the provincial Ban Dân vận', async () => {
    const results = await who('báo cáo số liệu đoàn viên, hội viên');
    const front = agency(results, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh');
    const duty = front.matches.map((m) => m.duty).find((d) => d.deadline === 'trước ngày 15/11');
    expect(duty).toBeDefined();
    expect(duty!.reportTo.map((a) => a.name)).toContain('Ban Dân vận Tỉnh ủy Trà Vinh');
  });

  it('finds who appraises schemes: the Thanh Oai Ban Dân vận, Điều 5 khoản 3', async () => {
    const [top] = await who('thẩm định đề án');
    expect(top!.agency.name).toBe('Ban Dân vận Huyện ủy Thanh Oai');
    expect(top!.matches[0]!.duty.source).toBe('Điều 5 khoản 3');
  });

  it('reads abbreviations in the task: UBMTTQ is the front', async () => {
    const names = (await who('UBMTTQ gửi báo cáo')).map((r) => r.agency.name);
    expect(names.slice(0, 3)).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh');
  });
});

/**
 * Questions an officer would ask, answered by reading the seeds. `top3`: must be among the first three;
 * `anywhere`: must be listed (first 20). Both count as relevant for precision.
 */
const SUITE: Array<{ task: string; locality?: string; top3: string[]; anywhere?: string[] }> = [
  { task: 'tiếp công dân', top3: [], anywhere: ['Ủy ban nhân dân huyện Thanh Oai', 'Mặt trận Tổ quốc Việt Nam các cấp trên địa bàn huyện Thanh Oai', 'Ủy ban nhân dân huyện Tây Sơn', 'Thanh tra tỉnh Bình Định', 'Đảng bộ, chi bộ trực thuộc Huyện ủy Thanh Oai', 'Chính quyền các cấp', 'Văn phòng Huyện ủy Thanh Oai'] },
  { task: 'tiếp dân', top3: [], anywhere: ['Ủy ban nhân dân huyện Tây Sơn', 'Thanh tra tỉnh Bình Định', 'Ủy ban nhân dân huyện Thanh Oai'] },
  { task: 'tiếp công dân', locality: 'Tây Sơn', top3: ['Ủy ban nhân dân huyện Tây Sơn', 'Thanh tra tỉnh Bình Định'] },
  { task: 'thẩm định đề án', top3: ['Ban Dân vận Huyện ủy Thanh Oai', 'Ban Dân vận Tỉnh ủy Trà Vinh'] },
  { task: 'báo cáo số liệu đoàn viên, hội viên', top3: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh', 'Các đoàn thể chính trị - xã hội tỉnh Trà Vinh'] },
  { task: 'báo cáo kiểm tra đánh giá chất lượng', top3: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh', 'Các đoàn thể chính trị - xã hội tỉnh Trà Vinh'] },
  { task: 'tiếp xúc cử tri', top3: ['Hội đồng nhân dân huyện Thanh Oai', 'Thường trực Hội đồng nhân dân huyện Thanh Oai'] },
  { task: 'hiệp thương giới thiệu người ứng cử đại biểu', top3: ['Mặt trận Tổ quốc Việt Nam các cấp trên địa bàn huyện Thanh Oai'], anywhere: ['Hội đồng nhân dân huyện Thanh Oai'] },
  { task: 'hòa giải', top3: ['Mặt trận Tổ quốc Việt Nam các cấp trên địa bàn huyện Thanh Oai', 'Các cơ quan tư pháp'] },
  { task: 'thế trận quốc phòng toàn dân', top3: ['Lực lượng vũ trang'] },
  { task: 'khởi tố, điều tra, truy tố, xét xử', top3: ['Các cơ quan tư pháp'] },
  { task: 'phòng chống dịch Covid-19', top3: ['Ủy ban nhân dân huyện Tây Sơn', 'Ban Dân vận Huyện ủy Tây Sơn'] },
  { task: 'chuyen doi so', top3: ['Ủy ban nhân dân huyện Tây Sơn'] },
  { task: 'tinh giản biên chế', top3: ['Sở Nội vụ tỉnh Bình Định'] },
  { task: 'văn hóa công sở, quy tắc ứng xử', top3: ['Sở Nội vụ tỉnh Bình Định'] },
  { task: 'tiêu chí đánh giá xếp loại công tác dân vận của chính quyền xã', top3: ['Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Bình Định'] },
  { task: 'lấy ý kiến góp ý của Ban Dân vận Huyện ủy', top3: ['Ủy ban nhân dân huyện Tây Sơn'] },
  { task: 'đóng góp ý kiến vào dự thảo', top3: ['Ban Dân vận Huyện ủy Tây Sơn'] },
  { task: 'theo dõi, tổng hợp tình hình nhân dân', top3: ['Ban Dân vận Huyện ủy Thanh Oai', 'Văn phòng Huyện ủy Thanh Oai'] },
  { task: 'kiện toàn tổ chức bộ máy', top3: ['Đảng bộ, chi bộ trực thuộc Huyện ủy Thanh Oai', 'Sở Nội vụ tỉnh Bình Định'] },
  { task: 'học tập, quán triệt nghị quyết', top3: ['Ban Tuyên giáo Huyện ủy Thanh Oai'] },
  { task: 'kiểm tra, giám sát các cấp ủy, tổ chức đảng trực thuộc', top3: ['Ủy ban Kiểm tra Huyện ủy Thanh Oai'] },
  { task: 'công tác cán bộ của hệ thống dân vận', top3: ['Ban Tổ chức Huyện ủy Thanh Oai'] },
  { task: 'tập huấn, bồi dưỡng nghiệp vụ công tác dân vận', top3: ['Ban Dân vận Huyện ủy Tây Sơn'], anywhere: ['Ủy ban nhân dân huyện Tây Sơn'] },
  { task: 'mô hình Dân vận khéo', top3: ['Ủy ban nhân dân huyện Tây Sơn'] },
  { task: 'giao ban', top3: [], anywhere: ['Ban Dân vận Huyện ủy Thanh Oai', 'Ban Dân vận Tỉnh ủy Trà Vinh', 'Đảng bộ, chi bộ trực thuộc Huyện ủy Thanh Oai'] },
  { task: 'xử lý tham nhũng, tiêu cực', top3: [], anywhere: ['Ủy ban nhân dân huyện Thanh Oai', 'Chính quyền các cấp', 'Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân huyện Thanh Oai'] },
  { task: 'khieu nai, to cao', locality: 'Thanh Oai', top3: [], anywhere: ['Ủy ban nhân dân huyện Thanh Oai', 'Hội đồng nhân dân huyện Thanh Oai', 'Các cơ quan tư pháp', 'Chính quyền các cấp'] },
  { task: 'gửi văn bản cần thẩm định trước khi trình Tỉnh ủy', top3: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh', 'Các đoàn thể chính trị - xã hội tỉnh Trà Vinh'] },
  { task: 'phân công chủ tịch phụ trách công tác dân vận', top3: [], anywhere: ['Ủy ban nhân dân huyện Tây Sơn', 'Chính quyền các cấp'] },
];

describe('the question suite', () => {
  it(`scores ${SUITE.length} questions written from the seeds: precision@3 and recall`, async () => {
    let relevantInTop3 = 0;
    let top3Slots = 0;
    let found = 0;
    let expected = 0;
    const misses: string[] = [];
    for (const q of SUITE) {
      const names = (await who(q.task, q.locality)).map((r) => r.agency.name);
      const relevant = new Set([...q.top3, ...(q.anywhere ?? [])]);
      const top3 = names.slice(0, 3);
      relevantInTop3 += top3.filter((n) => relevant.has(n)).length;
      top3Slots += Math.min(3, relevant.size);
      for (const name of q.top3) if (!top3.includes(name)) misses.push(`${q.task}: "${name}" not in top 3 (${top3.join(' | ')})`);
      for (const name of relevant) {
        expected++;
        if (names.includes(name)) found++;
        else misses.push(`${q.task}: "${name}" not found`);
      }
    }
    const precision = relevantInTop3 / top3Slots;
    const recall = found / expected;
    console.log(`who-must-do suite: ${SUITE.length} questions, precision@3 ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (misses.length) console.log(misses.join('\n'));
    expect(SUITE.length).toBeGreaterThanOrEqual(25);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});

describe('agency profile', () => {
  it('groups duties by document and names partners, report targets and binding documents', async () => {
    const list = await seeded.graphql<{ agencies: { edges: Array<{ node: { id: string } }> } }>('{ agencies(search: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh") { edges { node { id } } } }');
    const id = list.data!.agencies.edges[0]!.node.id;
    const { data, errors } = await seeded.graphql<{ agency: { dutiesByDocument: Array<{ document: { kind: string }; duties: unknown[] }>; partners: Array<{ agency: { name: string }; count: number }>; reportsTo: Array<{ name: string }>; bindingDocuments: Array<{ kind: string }> } }>(
      'query ($id: ID!) { agency(id: $id) { dutiesByDocument { document { kind } duties { id } } partners(first: 5) { agency { name } count } reportsTo { name } bindingDocuments { kind } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data!.agency.dutiesByDocument).toHaveLength(1);
    expect(data!.agency.dutiesByDocument[0]!.duties.length).toBeGreaterThan(3);
    expect(data!.agency.reportsTo.map((a) => a.name)).toContain('Ban Dân vận Tỉnh ủy Trà Vinh');
    expect(data!.agency.partners.map((p) => p.agency.name)).toContain('Các đoàn thể chính trị - xã hội tỉnh Trà Vinh');
    expect(data!.agency.bindingDocuments.map((d) => d.kind)).toContain('Quy chế');
  });
});

describe('raci', () => {
  it('marks leads, supports and report targets of a document, and writes CSV Excel reads', async () => {
    const doc = await seeded.graphql<{ documents: { edges: Array<{ node: { id: string; title: string } }> } }>('{ documents(search: "phoi hop hoat dong giua ban dan van tinh uy", first: 1) { edges { node { id title } } } }');
    const documentId = doc.data!.documents.edges[0]!.node.id;
    const { data, errors } = await seeded.graphql<{ raci: { agencies: Array<{ id: string; name: string }>; duties: Array<{ id: string }>; cells: Array<{ agencyId: string; dutyId: string; mark: string }>; csv: string } }>(
      'query ($ids: [ID!]!) { raci(documentIds: $ids) { agencies { id name } duties { id } cells { agencyId dutyId mark } csv } }',
      { ids: [documentId] },
    );
    expect(errors).toBeUndefined();
    const { agencies, cells, csv, duties } = data!.raci;
    const idOf = (name: string) => agencies.find((a) => a.name === name)?.id;
    expect(cells.some((c) => c.agencyId === idOf('Ban Dân vận Tỉnh ủy Trà Vinh') && c.mark === 'R')).toBe(true);
    expect(cells.some((c) => c.agencyId === idOf('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh') && c.mark === 'L')).toBe(true);
    expect(csv.startsWith('\uFEFFNhiệm vụ;Nguồn;Văn bản;')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(duties.length + 1);
  });

  it('costs a bounded number of store round trips whatever the sizes', async () => {
    const before = seeded.store.roundTrips;
    await who('tiếp công dân');
    const whoTrips = seeded.store.roundTrips - before;
    const ids = (await seeded.graphql<{ documents: { edges: Array<{ node: { id: string } }> } }>('{ documents(hasText: true) { edges { node { id } } } }')).data!.documents.edges.map((e) => e.node.id);
    const start = seeded.store.roundTrips;
    await seeded.graphql('query ($ids: [ID!]!) { raci(documentIds: $ids) { agencies { name } duties { text document { number } } cells { mark } csv } }', { ids });
    const raciTrips = seeded.store.roundTrips - start;
    expect(whoTrips).toBeLessThanOrEqual(8);
    expect(raciTrips).toBeLessThanOrEqual(6);
  });
});
