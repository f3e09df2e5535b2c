// The Party committee's regulation on mass mobilisation work, re-issued at each level after
// 23-QĐ/TW: a Quyết định with the Quy chế attached, or the Quy chế on its own.
import { DocumentBuilder, phrase, type Phrase } from './document-builder.ts';
import { CENTRAL, mention, namedBasis, type CitedDocument } from './cited-documents.ts';
import { listOf, type DutyContext } from './duty-writer.ts';
import { FREQUENCIES, METHODS, PRINCIPLES, PURPOSES } from './phrases.ts';
import type { Random } from './random.ts';
import type { UnitBodies, UnitNames } from './unit-bodies.ts';
import { capitalize, header, namedBodies, personName, responsibilityArticle, sentenceDuty, upper } from './write-parts.ts';

export interface RegulationInput {
  rng: Random;
  markdown: boolean;
  unit: UnitNames;
  bodies: UnitBodies;
  /** this document as others cite it */
  self: CitedDocument;
  asDecision: boolean;
  /** "Căn cứ" lines, each a list of parts */
  bases: Phrase[][];
  superseded: CitedDocument | null;
  place: string;
  issuerLines: string[];
  year: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export function partyBases(rng: Random, unit: UnitNames): Phrase[][] {
  const lines: Phrase[][] = [[namedBasis('Điều lệ Đảng Cộng sản Việt Nam', 'Điều lệ')]];
  if (rng.chance(0.6)) {
    lines.push([namedBasis(`Quy chế làm việc của Ban Chấp hành Đảng bộ ${unit.full} nhiệm kỳ 2020 - 2025`, 'Quy chế')]);
  }
  return lines;
}

export function writeRegulation(input: RegulationInput): DocumentBuilder {
  const { rng, unit, bodies } = input;
  const b = new DocumentBuilder(input.markdown);
  const c = unit.committee;
  header(b, rng, {
    issuerLines: input.issuerLines,
    issuers: [c],
    party: true,
    numberLine: `Số ${input.self.number}`,
    number: input.self.number,
    place: input.place,
    date: input.self,
  });
  const subject = `công tác dân vận của hệ thống chính trị ${unit.full}`;
  if (input.asDecision) b.title('QUYẾT ĐỊNH', 'Quyết định', rng.pick(['Ban hành Quy chế ', 'Về việc ban hành Quy chế ']) + subject);
  else b.title('QUY CHẾ', 'Quy chế', capitalize(subject));
  for (const line of input.bases) b.basis(line);
  const proposer = unit.tier === 'commune' ? bodies.office.name : bodies.massMobilisation.name;
  b.plain(`${rng.pick(['Xét đề nghị của', 'Theo đề nghị của'])} ${proposer},`);
  const standing = bodies.standing.name;
  if (input.asDecision) {
    b.plain(`${upper(unit.tier === 'commune' ? `Ban Thường vụ ${c}` : `Ban Thường vụ ${c}`)} QUYẾT ĐỊNH:`);
    writeDecisionArticles(b, input, subject);
  } else {
    b.plain(`Ban Chấp hành Đảng bộ ${unit.full} ban hành Quy chế ${subject} như sau:`);
  }
  writeRegulationBody(b, input, standing);
  if (!input.asDecision) closeParty(b, input);
  return b;
}

function writeDecisionArticles(b: DocumentBuilder, input: RegulationInput, subject: string): void {
  const { rng, unit, bodies } = input;
  b.articleInline(1, `Ban hành kèm theo Quyết định này Quy chế ${subject}.`);
  if (input.superseded) {
    const old = mention(input.superseded, { date: 'short', issuer: `Ban Thường vụ ${unit.committee}`, subject: 'plain' });
    b.articleInline(2, phrase('Quyết định này thay thế ', old, '; có hiệu lực kể từ ngày ký.'));
    b.supersedes(old.mentions[0]!, `Quyết định này thay thế ${old.text}`);
  } else {
    b.articleInline(2, 'Quyết định này có hiệu lực kể từ ngày ký.');
  }
  const executors =
    unit.tier === 'commune'
      ? [bodies.office.name, bodies.subordinateParty.name, bodies.people.name, bodies.front.name, `các đoàn thể chính trị - xã hội ${unit.kindWord}`]
      : ['Các ban đảng', bodies.office.name, bodies.partyBodies[3]?.name ?? bodies.office.name, `các đảng bộ trực thuộc ${unit.committee}`, 'các cơ quan, đơn vị có liên quan'];
  // the parser reads a joint subject of at most 32 words: longer lists name nobody
  const unique = [...new Set(executors)];
  while (unique.length > 2 && listOf(unique).split(/\s+/).length > 30) unique.splice(-2, 1);
  const sentence = `${capitalize(listOf(unique))} chịu trách nhiệm thi hành Quyết định này.`;
  b.articleInline(3, sentence);
  b.articleDuty({ agency: capitalize(unique[0]!), text: sentence });
  for (const agency of unique.slice(1)) b.articleDuty({ agency, text: sentence });
  closeParty(b, input);
  b.cont('QUY CHẾ');
  b.cont(capitalize(subject));
  const self = mention(input.self, { date: rng.pick(['short', 'long'] as const), issuer: `Ban Thường vụ ${unit.committee}`, subject: 'none' });
  b.cont(phrase('(Ban hành kèm theo ', self, ')'));
}

function closeParty(b: DocumentBuilder, input: RegulationInput): void {
  const { rng, unit, bodies } = input;
  const recipients = [
    { name: unit.tier === 'commune' ? 'Ban Thường vụ Huyện ủy' : unit.tier === 'district' ? 'Ban Thường vụ Tỉnh ủy' : 'Ban Dân vận Trung ương', purpose: 'báo cáo' },
    { name: unit.tier === 'commune' ? 'Ban Dân vận Huyện ủy' : unit.tier === 'district' ? 'Ban Dân vận Tỉnh ủy' : 'Ban Bí thư', purpose: 'báo cáo' },
    { name: bodies.people.name, purpose: null },
    { name: bodies.front.name, purpose: null },
  ];
  const sign = () => b.signature({ capacity: `T/M ${upper(`Ban Thường vụ`)}`, position: rng.pick(['BÍ THƯ', 'PHÓ BÍ THƯ']), name: personName(rng) });
  if (rng.chance(0.5)) {
    sign();
    b.recipients(recipients, 'Lưu: Văn phòng');
  } else {
    b.recipients(recipients, 'Lưu VP');
    sign();
  }
}

function writeRegulationBody(b: DocumentBuilder, input: RegulationInput, standing: string): void {
  const { rng, unit, bodies } = input;
  const layout = rng.pick(['two-lines', 'one-line', 'heading'] as const);
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([bodies.massMobilisation, bodies.office, bodies.people, bodies.front, ...bodies.unions, ...bodies.stateBodies, bodies.council]),
    superiors: bodies.superiors,
    year: input.year,
  };
  const range: [number, number] = unit.tier === 'commune' ? [4, 7] : [4, 8];
  let n = 0;
  b.chapter(ROMAN[0]!, rng.pick(['QUY ĐỊNH CHUNG', 'NHỮNG QUY ĐỊNH CHUNG']), layout);
  b.articleInline((n += 1), rng.pick(PURPOSES));
  b.articleInline((n += 1), `Quy chế này quy định trách nhiệm, cơ chế, phương thức thực hiện công tác dân vận của hệ thống chính trị ${unit.full}.`);
  b.article((n += 1), rng.pick(['Nguyên tắc thực hiện', 'Nguyên tắc chung']));
  rng.sample(PRINCIPLES, rng.int(2, 3)).forEach((p, k) => b.clause(String(k + 1), p));

  b.chapter(ROMAN[1]!, 'TRÁCH NHIỆM LÃNH ĐẠO VÀ THỰC HIỆN CÔNG TÁC DÂN VẬN', layout);
  b.part('I', 'TRÁCH NHIỆM CỦA CÁC CƠ QUAN ĐẢNG, CẤP ỦY VÀ TỔ CHỨC ĐẢNG');
  const partyBodies = [
    rng.chance(0.5) ? bodies.standingJoint : bodies.standing,
    bodies.massMobilisation,
    ...rng.sample(bodies.partyBodies, unit.tier === 'commune' ? 1 : rng.int(1, 3)),
    bodies.subordinateParty,
  ];
  for (const body of partyBodies) responsibilityArticle(b, (n += 1), body, ctx, range);
  b.part('II', 'TRÁCH NHIỆM CỦA CÁC CƠ QUAN NHÀ NƯỚC');
  const stateBodies = [bodies.council, bodies.people, ...rng.sample(bodies.stateBodies, rng.int(2, bodies.stateBodies.length)), ...(bodies.below ? [bodies.below] : [])];
  for (const body of stateBodies) responsibilityArticle(b, (n += 1), body, ctx, range);
  b.part('III', 'TRÁCH NHIỆM CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI');
  for (const body of [bodies.front, ...rng.sample(bodies.unions, rng.int(3, bodies.unions.length))]) responsibilityArticle(b, (n += 1), body, ctx, range);

  b.chapter(ROMAN[2]!, 'PHƯƠNG THỨC THỰC HIỆN CÔNG TÁC DÂN VẬN', layout);
  for (const method of rng.sample(METHODS, rng.int(2, 4))) b.articleInline((n += 1), method);

  b.chapter(ROMAN[3]!, 'TỔ CHỨC THỰC HIỆN', layout);
  const lead = unit.tier === 'commune' ? bodies.office.name : bodies.massMobilisation.name;
  const partner = unit.tier === 'commune' ? bodies.front.name : bodies.office.name;
  const frequency = rng.pick(FREQUENCIES);
  const follow = `${lead} chủ trì, phối hợp với ${partner} giúp ${standing} theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện Quy chế; ${frequency} báo cáo ${bodies.permanent.name}.`;
  b.articleInline((n += 1), follow);
  b.articleDuty({ agency: lead, text: follow, collaborators: [partner], reportTo: [bodies.permanent.name], frequency });
  const everyone = `Các cơ quan, tổ chức trong hệ thống chính trị ${unit.full} căn cứ chức năng, nhiệm vụ có trách nhiệm triển khai thực hiện Quy chế này.`;
  b.articleInline((n += 1), everyone);
  b.articleDuty({ agency: `Các cơ quan, tổ chức trong hệ thống chính trị ${unit.full}`, text: everyone });
  if (rng.chance(0.6)) {
    const yearly = `Hằng năm, ${bodies.subordinateParty.name} tổ chức đánh giá kết quả thực hiện công tác dân vận, kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc.`;
    b.articleInline((n += 1), yearly);
    b.articleDuty({ agency: bodies.subordinateParty.name, text: yearly, frequency: 'Hằng năm' });
  }
  const last = `Trong quá trình thực hiện, nếu có vướng mắc, phát sinh, ${lead} tổng hợp, báo cáo ${standing} để xem xét, điều chỉnh.`;
  if (!input.asDecision && input.superseded) {
    const old = mention(input.superseded, { date: 'short', issuer: `Ban Thường vụ ${unit.committee}`, subject: 'quoted' });
    const text = phrase('Quy chế này thay thế Quy chế ban hành kèm theo ', old, ' và có hiệu lực kể từ ngày ký.');
    b.articleInline((n += 1), text);
    b.supersedes(old.mentions[0]!, text.text);
    b.cont(last, sentenceDuty(last, [lead], { reportTo: [standing] }));
  } else {
    b.articleInline((n += 1), 'Quy chế này có hiệu lực kể từ ngày ký.');
    b.cont(last, sentenceDuty(last, [lead], { reportTo: [standing] }));
  }
}

/** The centre's decision 23-QĐ/TW with its regulation, the head of the cascade. */
export function writeCentralDecision(rng: Random): DocumentBuilder {
  const doc = CENTRAL.qd23;
  const b = new DocumentBuilder(true);
  header(b, rng, {
    issuerLines: ['BAN CHẤP HÀNH TRUNG ƯƠNG'],
    issuers: ['Ban Chấp hành Trung ương'],
    party: true,
    numberLine: `Số ${doc.number}`,
    number: doc.number,
    place: 'Hà Nội',
    date: doc,
  });
  b.title('QUYẾT ĐỊNH', 'Quyết định', 'Ban hành Quy chế công tác dân vận của hệ thống chính trị');
  b.basis([namedBasis('Điều lệ Đảng Cộng sản Việt Nam', 'Điều lệ')]);
  b.basis([namedBasis('Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII', 'Quy chế')]);
  b.basis([mention(CENTRAL.nq25, { date: 'long' })]);
  b.plain('Xét đề nghị của Ban Dân vận Trung ương,');
  b.plain('BỘ CHÍNH TRỊ QUYẾT ĐỊNH:');
  b.articleInline(1, 'Ban hành kèm theo Quyết định này Quy chế công tác dân vận của hệ thống chính trị.');
  b.articleInline(2, 'Quyết định này có hiệu lực kể từ ngày ký.');
  const executors = ['Các cấp ủy, tổ chức đảng', 'các ban đảng, ban cán sự đảng, đảng đoàn', 'các đảng bộ trực thuộc Trung ương'];
  const sentence = `${listOf(executors)} chịu trách nhiệm thi hành Quyết định này.`;
  b.articleInline(3, sentence);
  for (const agency of executors) b.articleDuty({ agency, text: sentence });
  b.signature({ capacity: 'T/M BỘ CHÍNH TRỊ', position: 'TỔNG BÍ THƯ', name: 'Nguyễn Phú Trọng' });
  b.cont('QUY CHẾ');
  b.cont('Công tác dân vận của hệ thống chính trị');
  const self = mention(doc, { date: 'short', issuer: 'Bộ Chính trị', subject: 'none' });
  b.cont(phrase('(Ban hành kèm theo ', self, ')'));
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([
      { name: 'Ban Dân vận Trung ương', roles: ['party'] },
      { name: 'Ban Tổ chức Trung ương', roles: ['party'] },
      { name: 'Ban Tuyên giáo Trung ương', roles: ['party'] },
      { name: 'Văn phòng Trung ương Đảng', roles: ['office'] },
      { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', roles: ['front'] },
      { name: 'các tổ chức chính trị - xã hội', roles: ['union'] },
    ]),
    superiors: ['Bộ Chính trị', 'Ban Bí thư'],
    year: 2021,
  };
  b.chapter('I', 'NHỮNG QUY ĐỊNH CHUNG', 'two-lines');
  b.articleInline(1, PURPOSES[0]!);
  b.articleInline(2, 'Quy chế này quy định trách nhiệm, cơ chế, phương thức thực hiện công tác dân vận của hệ thống chính trị.');
  b.chapter('II', 'TRÁCH NHIỆM LÃNH ĐẠO VÀ THỰC HIỆN CÔNG TÁC DÂN VẬN', 'two-lines');
  const bearers = [
    { name: 'Ban Dân vận Trung ương', roles: ['party', 'office'] },
    { name: 'Ban Tổ chức Trung ương', roles: ['party'] },
    { name: 'Ban Tuyên giáo Trung ương', roles: ['party'] },
    { name: 'Quốc hội', roles: ['council'] },
    { name: 'Chính phủ', roles: ['state'] },
    { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', roles: ['front'] },
    { name: 'các tổ chức chính trị - xã hội', roles: ['union', 'front'] },
  ] as const;
  let n = 2;
  for (const bearer of bearers) responsibilityArticle(b, (n += 1), { name: bearer.name, roles: [...bearer.roles] }, ctx, [5, 8]);
  b.chapter('III', 'TỔ CHỨC THỰC HIỆN', 'two-lines');
  const follow = `Ban Dân vận Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng giúp Bộ Chính trị, Ban Bí thư theo dõi, kiểm tra việc thực hiện Quy chế; định kỳ hằng năm báo cáo Bộ Chính trị, Ban Bí thư.`;
  b.articleInline((n += 1), follow);
  b.articleDuty({ agency: 'Ban Dân vận Trung ương', text: follow, collaborators: ['Văn phòng Trung ương Đảng'], reportTo: ['Bộ Chính trị', 'Ban Bí thư'], frequency: 'định kỳ hằng năm' });
  b.articleInline((n += 1), 'Quy chế này có hiệu lực kể từ ngày ký.');
  return b;
}
