// Texts with numbered sections instead of articles: the provincial UBND's Công văn implementing the
// Tỉnh ủy's regulation, and the centre's Kết luận 114-KL/TW and Chỉ thị 33/CT-TTg.
import { DocumentBuilder, phrase, type Phrase } from './document-builder.ts';
import { CENTRAL, mention, type CitedDocument } from './cited-documents.ts';
import { dutyClause, type Body, type DutyContext } from './duty-writer.ts';
import type { Random } from './random.ts';
import type { UnitBodies, UnitNames } from './unit-bodies.ts';
import { header, namedBodies, personName, type DateParts } from './write-parts.ts';

export interface LetterInput {
  rng: Random;
  markdown: boolean;
  unit: UnitNames;
  bodies: UnitBodies;
  issuerLines: string[];
  number: string | null;
  numberLine: string;
  date: DateParts;
  blankDay: boolean;
  place: string;
  /** the Tỉnh ủy's regulation the letter carries out */
  regulation: CitedDocument;
  /** the province's own earlier texts the letter recalls */
  local: CitedDocument[];
}

function itemsFor(b: DocumentBuilder, bearer: Body, ctx: DutyContext, count: number): void {
  const used = new Set<string>();
  for (let k = 0; k < count; k += 1) {
    const written = dutyClause(bearer, ctx, used, bearer.name, false);
    b.cont(`- ${written.text}`, [{ ...written.duty, text: written.text }]);
  }
}

export function writeProvinceLetter(input: LetterInput): DocumentBuilder {
  const { rng, unit, bodies } = input;
  const b = new DocumentBuilder(input.markdown);
  header(b, rng, {
    issuerLines: input.issuerLines,
    issuers: [`Ủy ban nhân dân ${unit.kindWord}`],
    party: false,
    numberLine: input.numberLine,
    number: input.number,
    place: input.place,
    date: input.date,
    blankDay: input.blankDay,
  });
  b.letterTitle(['triển khai thực hiện', 'Quy chế công tác dân vận', 'của hệ thống chính trị']);
  b.plain('Kính gửi:', false);
  const departments = `Các sở, ban, ngành, đơn vị sự nghiệp công lập thuộc ${unit.kindWord}`;
  b.plain(`- ${departments};`, false);
  b.plain(`- Ủy ban nhân dân ${unit.below}.`);
  const reg = input.regulation;
  const short = reg.number.split('-')[0];
  const regMention = mention(reg, { date: 'none', issuer: null, subject: 'none' });
  const opening = phrase(`Ngày ${reg.day}/${reg.month}/${reg.year}, ${unit.committee} ban hành Quy chế công tác dân vận của hệ thống chính trị kèm theo `, regMention, ` (Quy chế ${short}).`);
  b.preamble(opening);
  b.titleImplements({ ...regMention.mentions[0]!, issuedOn: `${reg.year}-${String(reg.month).padStart(2, '0')}-${String(reg.day).padStart(2, '0')}` }, b.doc.title ?? '');
  b.plain(`Để triển khai thực hiện tốt công tác dân vận chính quyền, bảo đảm hiệu quả, thống nhất, đồng bộ với Quy chế ${short}, Ủy ban nhân dân ${unit.kindWord} yêu cầu:`);

  const lower = `Ủy ban nhân dân ${unit.below}`;
  const head = `${departments} và ${lower} tập trung triển khai các nhiệm vụ sau:`;
  b.clause('1', head);
  const recalled: Phrase[] = [mention(CENTRAL.nq25, { subject: 'quoted' }), mention(CENTRAL.kl114), mention(CENTRAL.kl120), mention(CENTRAL.ct16), ...input.local.map((d) => mention(d))];
  const first = phrase('Tiếp tục phổ biến, tuyên truyền, quán triệt nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức về các nội dung của Quy chế, các quy định của Trung ương, của tỉnh về công tác dân vận chính quyền, nhất là ', ...joinParts(rng.sample(recalled, rng.int(3, recalled.length))), '.');
  const items: Phrase[] = [
    first,
    phrase('Nâng cao hiệu quả công tác cải cách hành chính; bảo đảm nguyên tắc công khai, minh bạch và trách nhiệm giải trình trong hoạt động thực thi nhiệm vụ, công vụ.'),
    phrase('Thực hiện có hiệu quả quy định về dân chủ ở cơ sở; thực hiện công tác tiếp công dân, đối thoại, giải quyết khiếu nại, tố cáo, kiến nghị, những vấn đề bức xúc của Nhân dân theo thẩm quyền và quy định của pháp luật.'),
    phrase('Đẩy mạnh các phong trào thi đua yêu nước, nhất là phong trào thi đua “Dân vận khéo” trên lĩnh vực dân vận chính quyền.'),
  ];
  for (const item of items.slice(0, rng.int(3, items.length))) {
    b.cont(phrase('- ', item), [departments, lower].map((agency) => ({ agency, text: item.text })));
  }
  const inspectorate = `Thanh tra ${unit.kindWord}`;
  const inspection = phrase(
    'Tiếp tục đẩy mạnh và đề ra các giải pháp cụ thể nâng cao hiệu lực, hiệu quả công tác thanh tra, kiểm tra việc thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo; thực hiện nghiêm ',
    mention(CENTRAL.ct35),
    '; ',
    mention(CENTRAL.nq39),
    '.',
  );
  b.clause('2', phrase(`${inspectorate}: `, inspection), [{ agency: inspectorate, text: inspection.text }]);
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([{ name: `Văn phòng Ủy ban nhân dân ${unit.kindWord}`, roles: ['office'] }, bodies.front, bodies.massMobilisation, ...bodies.stateBodies]),
    superiors: [`Ủy ban nhân dân ${unit.kindWord}`, bodies.massMobilisation.name],
    year: input.date.year + 1,
  };
  const home: Body = { name: 'Sở Nội vụ', roles: ['state', 'office'] };
  b.sectionHeading('3', home.name);
  itemsFor(b, home, ctx, rng.int(3, 5));
  const below: Body = { name: lower, roles: ['state'] };
  b.sectionHeading('4', below.name);
  itemsFor(b, below, ctx, rng.int(2, 4));
  const heads = `Chủ tịch ${lower} và Thủ trưởng các cơ quan liên quan tổ chức triển khai thực hiện.`;
  const follow = `Sở Nội vụ thường xuyên theo dõi, đôn đốc và định kỳ báo cáo Ủy ban nhân dân ${unit.kindWord} kết quả thực hiện nội dung tại Công văn này./.`;
  b.cont(`Thủ trưởng các sở, ban, ngành, các đơn vị sự nghiệp công lập thuộc ${unit.kindWord}; ${heads} ${follow}`, [
    { agency: `Chủ tịch ${lower}`, text: heads },
    { agency: 'Thủ trưởng các cơ quan liên quan', text: heads },
    { agency: 'Sở Nội vụ', text: follow, reportTo: [`Ủy ban nhân dân ${unit.kindWord}`], frequency: 'thường xuyên' },
  ]);
  b.recipients(
    [
      { name: 'Như trên', purpose: null },
      { name: `Thường trực ${unit.committee}`, purpose: null },
      { name: `Thường trực HĐND ${unit.kindWord}`, purpose: null },
      { name: `Ủy ban MTTQ Việt Nam ${unit.kindWord}`, purpose: null },
      { name: bodies.massMobilisation.name, purpose: null },
    ].filter((r) => r.name !== 'Như trên'),
    'Lưu: VT, NC',
  );
  b.signature({ capacity: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: personName(rng) });
  return b;
}

/** "A; B và C": several mentions in one sentence, read one by one. */
function joinParts(parts: Phrase[]): Array<Phrase | string> {
  return parts.flatMap((p, i) => (i === 0 ? [p] : ['; ', p]));
}

/** 114-KL/TW: the Ban Bí thư's conclusion, duties by sentence. */
export function writeConclusion114(rng: Random): DocumentBuilder {
  const doc = CENTRAL.kl114;
  const b = new DocumentBuilder(false);
  header(b, rng, {
    issuerLines: ['BAN CHẤP HÀNH TRUNG ƯƠNG'],
    issuers: ['Ban Chấp hành Trung ương'],
    party: true,
    numberLine: `Số ${doc.number}`,
    number: doc.number,
    place: 'Hà Nội',
    date: doc,
  });
  b.title('KẾT LUẬN', 'Kết luận', 'Của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp');
  b.plain('Sau khi nghe Ban Dân vận Trung ương báo cáo tổng kết việc thực hiện công tác dân vận của cơ quan nhà nước các cấp, Ban Bí thư kết luận như sau:');
  const sentences: Array<{ text: string; agencies: string[]; role?: 'SUPPORT'; collaborators?: string[]; reportTo?: string[]; frequency?: string }> = [
    { text: 'Các cấp ủy, tổ chức đảng, chính quyền các cấp tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác dân vận, xác định công tác dân vận của cơ quan nhà nước là nhiệm vụ quan trọng, thường xuyên.', agencies: ['Các cấp ủy, tổ chức đảng, chính quyền các cấp'] },
    { text: 'Chính phủ chỉ đạo các bộ, ngành, địa phương đẩy mạnh cải cách hành chính, thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo của công dân.', agencies: ['Chính phủ'] },
    { text: 'Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội phối hợp với chính quyền các cấp tuyên truyền, vận động Nhân dân tham gia xây dựng chính quyền.', agencies: ['Mặt trận Tổ quốc Việt Nam', 'các đoàn thể chính trị - xã hội'], role: 'SUPPORT', collaborators: ['chính quyền các cấp'] },
    { text: 'Ban Dân vận Trung ương chủ trì, phối hợp với Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng theo dõi, hướng dẫn, kiểm tra việc thực hiện Kết luận này; định kỳ báo cáo Ban Bí thư.', agencies: ['Ban Dân vận Trung ương'], collaborators: ['Ban Tổ chức Trung ương', 'Văn phòng Trung ương Đảng'], reportTo: ['Ban Bí thư'], frequency: 'định kỳ' },
  ];
  sentences.forEach((s, k) => {
    b.clause(String(k + 1), s.text, s.agencies.map((agency) => ({ agency, text: s.text, role: s.role ?? 'LEAD', collaborators: s.collaborators ?? [], reportTo: s.reportTo ?? [], frequency: s.frequency ?? (k === 0 ? 'thường xuyên' : null) })));
  });
  b.signature({ capacity: 'T/M BAN BÍ THƯ', position: 'TỔNG BÍ THƯ', name: 'Nguyễn Phú Trọng' });
  return b;
}

/** 33/CT-TTg: the Prime Minister's directive, duties by ministry in itemised sections. */
export function writeDirective33(rng: Random): DocumentBuilder {
  const doc = CENTRAL.ct33;
  const b = new DocumentBuilder(true);
  header(b, rng, {
    issuerLines: ['THỦ TƯỚNG CHÍNH PHỦ'],
    issuers: ['Thủ tướng Chính phủ'],
    party: false,
    numberLine: `Số: ${doc.number}`,
    number: doc.number,
    place: 'Hà Nội',
    date: doc,
  });
  b.title('CHỈ THỊ', 'Chỉ thị', `Về ${doc.subject}`);
  const basis = mention(CENTRAL.nq25, { date: 'short', subject: 'quoted' });
  b.preamble(phrase('Thực hiện ', basis, ', công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp đã đạt được nhiều kết quả quan trọng.'), basis.mentions);
  b.plain('Để tiếp tục tăng cường và đổi mới công tác dân vận trong tình hình mới, Thủ tướng Chính phủ yêu cầu:');
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([
      { name: 'Bộ Tư pháp', roles: ['state'] },
      { name: 'Thanh tra Chính phủ', roles: ['inspect'] },
      { name: 'Ban Dân vận Trung ương', roles: ['party'] },
      { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', roles: ['front'] },
    ]),
    superiors: ['Thủ tướng Chính phủ'],
    year: 2022,
  };
  const bearers: Body[] = [
    { name: 'Bộ Nội vụ', roles: ['state', 'office'] },
    { name: 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', roles: ['state'] },
    { name: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', roles: ['state'] },
    { name: 'Thanh tra Chính phủ', roles: ['inspect'] },
  ];
  bearers.forEach((bearer, k) => {
    b.sectionHeading(String(k + 1), bearer.name);
    itemsFor(b, bearer, ctx, rng.int(3, 5));
  });
  b.signature({ capacity: null, position: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
  return b;
}

