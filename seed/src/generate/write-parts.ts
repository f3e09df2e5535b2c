// Pieces every generated document shares: the header, responsibility articles, signatures, names.
import { startsWithOrgan } from '../parse/find-agencies.ts';
import type { DocumentBuilder, DutySpec, HeaderSpec } from './document-builder.ts';
import { dutyClause, type Body, type DutyContext } from './duty-writer.ts';
import type { Random } from './random.ts';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lâm', 'Trương'];
const MIDDLES = ['Văn', 'Thị', 'Thanh', 'Minh', 'Hữu', 'Đức', 'Ngọc', 'Quang', 'Thành', 'Xuân', 'Hoài', 'Kim', 'Công', 'Đình'];
const GIVEN = ['Tùng', 'Hùng', 'Phong', 'Nam', 'Long', 'Sum', 'Tuội', 'Thìn', 'Phương', 'Giang', 'Phi', 'Hải', 'Hà', 'Lan', 'Dũng', 'Bình', 'Hòa', 'Tâm', 'Trung', 'Sơn', 'Linh', 'Thảo', 'Khánh', 'Tuấn'];

export function personName(rng: Random): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLES)} ${rng.pick(GIVEN)}`;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** Bodies a sentence can name as partners: those whose name the parser recognises as a body. */
export function namedBodies(bodies: Body[]): Body[] {
  return bodies.filter((b) => startsWithOrgan(b.name));
}

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

export function header(
  b: DocumentBuilder,
  rng: Random,
  spec: Omit<HeaderSpec, 'day' | 'month' | 'year'> & { date: DateParts; blankDay?: boolean },
): void {
  const blank = spec.blankDay === true;
  b.header({ ...spec, day: blank ? null : spec.date.day, month: blank ? null : spec.date.month, year: spec.date.year });
  if (rng.chance(0.3)) b.rule();
}

/** "Điều n. Trách nhiệm của <bearer>" with its clauses, one duty each. */
export function responsibilityArticle(b: DocumentBuilder, n: number, bearer: Body, ctx: DutyContext, clauses: [number, number]): void {
  b.article(n, `Trách nhiệm của ${bearer.name}`);
  const used = new Set<string>();
  const count = ctx.rng.int(clauses[0], clauses[1]);
  const heading = capitalize(bearer.name);
  const simple = !/,| và /u.test(bearer.name) && startsWithOrgan(heading);
  for (let k = 1; k <= count; k += 1) {
    const written = dutyClause({ ...bearer, name: heading }, ctx, used, heading, simple);
    b.clause(String(k), written.text, [written.duty]);
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentenceDuty(text: string, agencies: string[], extra: Partial<DutySpec> = {}): DutySpec[] {
  return agencies.map((agency) => ({ agency, role: 'LEAD', text, ...extra }));
}
