// What two bodies of one unit sign together: the coordination regulation (Ủy ban nhân dân with
// the Ban Dân vận, or with the Mặt trận at a commune) and the yearly plan that carries it out.
import { DocumentBuilder, phrase, type Phrase } from './document-builder.ts';
import { dutyClause, type Body, type DutyContext } from './duty-writer.ts';
import { ACTIONS, COORDINATION_CONTENTS, METHODS, PLAN_CONTENTS, PRINCIPLES, PURPOSES } from './phrases.ts';
import type { Random } from './random.ts';
import type { UnitBodies, UnitNames } from './unit-bodies.ts';
import { capitalize, header, namedBodies, personName, responsibilityArticle, upper, type DateParts } from './write-parts.ts';

export interface JointInput {
  rng: Random;
  markdown: boolean;
  unit: UnitNames;
  bodies: UnitBodies;
  /** the two signing bodies: the Ủy ban nhân dân, then its partner */
  first: Body;
  second: Body;
  issuerLines: string[];
  issuers: string[];
  number: string | null;
  numberLine: string;
  date: DateParts;
  blankDay: boolean;
  place: string;
}

export interface CoordinationInput extends JointInput {
  bases: Phrase[][];
  /** the third body with duties of its own, when there is one */
  third: Body | null;
}

export interface PlanInput extends JointInput {
  year: number;
  /** "Thực hiện Quy chế phối hợp số …": what the plan carries out */
  implementing: Phrase;
  /** office that leads the work, and the group of lower units that report */
  lead: string;
  lowerParty: string | null;
  /** body lines citing other documents ("Kế hoạch số 29-KH/HU … về thực hiện …") */
  citing: Phrase[];
  extraBodies: Body[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function signJoint(b: DocumentBuilder, input: JointInput): void {
  const { rng, unit } = input;
  const partnerBlock =
    unit.tier === 'commune'
      ? { capacity: 'TM. BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH', name: personName(rng) }
      : { capacity: null, body: upper(input.second.name), position: 'TRƯỞNG BAN', name: personName(rng) };
  const peopleBlock = { capacity: 'TM. ỦY BAN NHÂN DÂN', position: rng.pick(['CHỦ TỊCH', 'PHÓ CHỦ TỊCH']), name: personName(rng) };
  b.signature(partnerBlock);
  b.signature(peopleBlock);
  const above = unit.tier === 'commune' ? 'huyện' : 'tỉnh';
  b.recipients(
    [
      { name: `Ủy ban nhân dân ${above}`, purpose: 'báo cáo' },
      { name: unit.tier === 'commune' ? 'Ban Dân vận Huyện ủy' : 'Ban Dân vận Tỉnh ủy', purpose: 'báo cáo' },
      { name: input.bodies.permanent.name, purpose: null },
      { name: input.first.name, purpose: null },
      { name: input.second.name, purpose: null },
    ],
    rng.pick(['Lưu: VT', 'Lưu: Văn phòng']),
  );
}

function jointHeader(b: DocumentBuilder, input: JointInput): void {
  header(b, input.rng, {
    issuerLines: input.issuerLines,
    issuers: input.issuers,
    party: false,
    numberLine: input.numberLine,
    number: input.number,
    place: input.place,
    date: input.date,
    blankDay: input.blankDay,
  });
}

export function writeCoordination(input: CoordinationInput): DocumentBuilder {
  const { rng, unit, bodies, first, second } = input;
  const b = new DocumentBuilder(input.markdown);
  jointHeader(b, input);
  const scope = unit.tier === 'commune' ? 'trong thực hiện công tác dân vận và quy chế dân chủ ở cơ sở' : 'về công tác dân vận giai đoạn 2021 - 2026';
  const named = second.name.endsWith(unit.name) ? second.name : `${second.name} ${unit.name}`;
  b.title('QUY CHẾ', 'Quy chế', `Phối hợp giữa ${first.name} với ${named} ${scope}`);
  for (const line of input.bases) b.basis(line);
  b.plain(`Để triển khai thực hiện tốt công tác dân vận, ${first.name} và ${second.name} thống nhất ban hành Quy chế phối hợp như sau:`);

  const layout = rng.pick(['two-lines', 'one-line', 'heading'] as const);
  let n = 0;
  b.chapter('I', rng.pick(['NHỮNG QUY ĐỊNH CHUNG', 'QUY ĐỊNH CHUNG']), layout);
  b.article((n += 1), rng.pick(['Đối tượng và phạm vi phối hợp', 'Phạm vi điều chỉnh']));
  b.clause('1', `Quy chế này quy định nguyên tắc, nội dung, phương thức và trách nhiệm phối hợp giữa ${first.name} với ${second.name} trong thực hiện công tác dân vận.`);
  b.clause('2', 'Việc phối hợp nhằm góp phần xây dựng chính quyền trong sạch, vững mạnh, thực sự là “của dân, do dân, vì dân”.');
  b.article((n += 1), 'Mục đích phối hợp');
  rng.sample(PURPOSES, rng.int(2, 3)).forEach((p, k) => b.clause(String(k + 1), p));
  b.article((n += 1), 'Nguyên tắc phối hợp');
  rng.sample(PRINCIPLES, rng.int(2, 4)).forEach((p, k) => b.clause(String(k + 1), p));
  b.article((n += 1), 'Phương thức phối hợp');
  rng.sample(METHODS.slice(0, 4), rng.int(2, 4)).forEach((p, k) => b.clause(String(k + 1), p));

  b.chapter('II', 'NỘI DUNG PHỐI HỢP', layout);
  for (const content of rng.sample(COORDINATION_CONTENTS, rng.int(4, 7))) {
    b.articleInline((n += 1), content.replace('{standing}', bodies.standing.name));
  }

  b.chapter('III', 'TRÁCH NHIỆM PHỐI HỢP', layout);
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([first, second, bodies.front, bodies.council, ...bodies.unions.slice(1), ...bodies.stateBodies].filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i)),
    superiors: bodies.superiors,
    year: input.date.year + 1,
  };
  for (const body of [first, second, ...(input.third ? [input.third] : [])]) responsibilityArticle(b, (n += 1), body, ctx, [5, 8]);

  b.chapter('IV', 'TỔ CHỨC THỰC HIỆN', layout);
  const joint = `${first.name} và ${second.name} có trách nhiệm tổ chức quán triệt và triển khai thực hiện tốt Quy chế này.`;
  b.articleInline((n += 1), joint);
  b.articleDuty({ agency: first.name, text: joint });
  b.articleDuty({ agency: second.name, text: joint });
  const frequency = rng.pick(['Định kỳ hằng năm', 'Định kỳ 6 tháng', 'Hằng năm']);
  const review = `${frequency} hoặc khi cần thiết, ${first.name} chủ trì, phối hợp với ${second.name} tổ chức họp đánh giá, rút kinh nghiệm việc thực hiện Quy chế.`;
  b.articleInline((n += 1), review);
  b.articleDuty({ agency: first.name, text: review, collaborators: [second.name], frequency });
  const office = unit.tier === 'commune' ? `Ban Thường trực ${second.name}` : `Văn phòng Hội đồng nhân dân và ${first.name}`;
  const helper = unit.tier === 'commune' ? `Văn phòng ${first.name}` : second.name;
  const assign = `Giao ${office} làm đầu mối, phối hợp với ${helper} theo dõi, tổng hợp kết quả thực hiện Quy chế, báo cáo ${first.name} và ${second.name}.`;
  b.articleInline((n += 1), assign);
  b.articleDuty({ agency: office, text: assign, collaborators: [helper], reportTo: [first.name, second.name] });
  b.articleInline(
    (n += 1),
    'Trong quá trình thực hiện, nếu có vướng mắc, phát sinh, hai bên trao đổi, thống nhất điều chỉnh cho phù hợp với tình hình thực tế. Quy chế này có hiệu lực kể từ ngày ký.',
  );
  signJoint(b, input);
  return b;
}

export function writePlan(input: PlanInput): DocumentBuilder {
  const { rng, unit, bodies, first, second } = input;
  const b = new DocumentBuilder(input.markdown);
  jointHeader(b, input);
  b.title('KẾ HOẠCH', 'Kế hoạch', `${rng.pick(['Phối hợp thực hiện', 'Phối hợp triển khai'])} công tác dân vận năm ${input.year}`, rng.chance(0.5));
  const implemented = input.implementing.mentions[0]!;
  b.preamble(
    phrase('Thực hiện ', input.implementing, `, ${first.name} và ${second.name} thống nhất xây dựng Kế hoạch phối hợp thực hiện công tác dân vận năm ${input.year}, với những nội dung như sau:`),
    [implemented],
  );
  b.romanSection(ROMAN[0]!, 'MỤC ĐÍCH, YÊU CẦU');
  for (const p of rng.sample(PURPOSES, rng.int(2, 3))) b.cont(`- ${p}`);
  b.romanSection(ROMAN[1]!, 'NỘI DUNG');
  for (const p of rng.sample(PLAN_CONTENTS, rng.int(2, 4))) b.cont(`- ${p}`);
  for (const p of input.citing) b.cont(phrase('- Tiếp tục thực hiện nghiêm ', p, '.'));

  b.romanSection(ROMAN[2]!, 'PHÂN CÔNG TRÁCH NHIỆM');
  const ctx: DutyContext = {
    rng,
    partners: namedBodies([first, second, bodies.front, ...bodies.unions.slice(1), ...bodies.stateBodies].filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i)),
    superiors: bodies.superiors,
    year: input.year,
  };
  let k = 0;
  for (const bearer of [first, second, ...input.extraBodies]) {
    k += 1;
    const heading = capitalize(bearer.name);
    b.sectionHeading(String(k), `Trách nhiệm của ${bearer.name}`);
    const used = new Set<string>();
    const simple = !/,| và /u.test(bearer.name);
    for (let j = 1, count = rng.int(3, 6); j <= count; j += 1) {
      const written = dutyClause({ ...bearer, name: heading }, ctx, used, heading, simple);
      b.clause(`${k}.${j}`, written.text, [written.duty]);
    }
  }
  const security = bodies.stateBodies.find((s) => s.roles.includes('security'));
  if (security && rng.chance(0.7)) {
    k += 1;
    const action = rng.pick(ACTIONS.filter((act) => act.roles.includes('security'))).text;
    const text = `${capitalize(action)}.`;
    b.clause(String(k), `${security.name}: ${text}`, [{ agency: security.name, text }]);
  }
  if (bodies.below && rng.chance(0.7)) {
    k += 1;
    b.sectionHeading(String(k), bodies.below.name);
    const used = new Set<string>();
    for (let j = 0, count = rng.int(2, 3); j < count; j += 1) {
      const written = dutyClause(bodies.below, ctx, used, bodies.below.name, false);
      b.cont(`- ${written.text}`, [{ ...written.duty, text: written.text }]);
    }
  }

  b.romanSection(ROMAN[3]!, 'TỔ CHỨC THỰC HIỆN');
  const others = unit.tier === 'commune' ? bodies.front.name : `các phòng, ban, ngành liên quan`;
  const lead = `${first.name} chỉ đạo ${input.lead} chủ trì, phối hợp với ${others} tham mưu ${first.name} thực hiện các nội dung công việc theo kế hoạch đảm bảo tiến độ và chất lượng.`;
  b.clause('1', lead, [{ agency: input.lead, text: lead, collaborators: [others] }]);
  const staff = `${second.name} phân công cán bộ theo dõi công tác dân vận chính quyền, tham mưu thực hiện các nội dung của Kế hoạch; định kỳ báo cáo kết quả thực hiện kế hoạch phối hợp.`;
  b.clause('2', staff, [{ agency: second.name, text: staff, frequency: 'định kỳ' }]);
  const lower = input.lowerParty ?? `các tổ chức chính trị - xã hội ${unit.kindWord}`;
  const verb = input.lowerParty ? `chỉ đạo ${bodies.below?.name ?? 'chính quyền cơ sở'} thực hiện công tác dân vận chính quyền năm ${input.year} đảm bảo thiết thực, hiệu quả` : 'xây dựng kế hoạch thực hiện của đơn vị mình';
  const cascade = `Căn cứ Kế hoạch này, ${lower} ${verb}; báo cáo kết quả gửi về ${first.name} và ${second.name} để tổng hợp.`;
  b.clause('3', cascade, [{ agency: lower, text: cascade, reportTo: [first.name, second.name] }]);
  signJoint(b, input);
  return b;
}
