// One duty in the words of a clause: an action, who works with the bearer, when and to whom it
// reports; varied in order and phrasing, and always read the same way by the parser.
import type { DutySpec } from './document-builder.ts';
import { ACTIONS, DEADLINE_READING, DEADLINES, FREQUENCIES, JOINT_ACTIONS, REPORT_OBJECTS, type Role } from './phrases.ts';
import type { Random } from './random.ts';

export interface Body {
  /** the name as the text writes it ("Ủy ban nhân dân huyện", "Sở Nội vụ") */
  name: string;
  roles: Role[];
}

export interface WrittenDuty {
  text: string;
  duty: DutySpec;
}

export interface DutyContext {
  rng: Random;
  /** bodies the bearer may work with */
  partners: Body[];
  /** bodies a report goes to */
  superiors: string[];
  year: number;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "B", "B và C", "B, C và D". */
export function listOf(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

function actionsFor(bearer: Body, rng: Random, used: Set<string>): string {
  const fitting = ACTIONS.filter((act) => act.roles.some((r) => bearer.roles.includes(r)) && !used.has(act.text));
  const pool = fitting.length > 0 ? fitting : ACTIONS.filter((act) => !used.has(act.text));
  const chosen = rng.pick(pool.length > 0 ? pool : ACTIONS).text;
  used.add(chosen);
  return chosen;
}

interface Tail {
  text: string;
  reportTo: string[];
  frequency: string | null;
  deadline: string | null;
}

function reportTail(ctx: DutyContext): Tail {
  const { rng } = ctx;
  const to = rng.pick(ctx.superiors);
  const object = rng.pick(REPORT_OBJECTS);
  const frequency = rng.pick(FREQUENCIES);
  switch (rng.int(0, 3)) {
    case 0:
      return { text: `; ${frequency} báo cáo ${to} kết quả thực hiện`, reportTo: [to], frequency, deadline: null };
    case 1:
      return { text: `; ${frequency} gửi báo cáo ${object} về ${to} để tổng hợp`, reportTo: [to], frequency, deadline: null };
    case 2: {
      const written = rng.pick(DEADLINES).replace('{y}', String(ctx.year));
      const deadline = DEADLINE_READING[written] ?? written;
      const yearly = /hằng năm/u.test(written) ? 'hằng năm' : null;
      return { text: `, ${written} gửi báo cáo ${object} về ${to}`, reportTo: [to], frequency: yearly, deadline };
    }
    default:
      return { text: ` và ${frequency} báo cáo với ${to}`, reportTo: [to], frequency, deadline: null };
  }
}

function partnersOf(bearer: Body, ctx: DutyContext, max: number): string[] {
  const own = bearer.name.toLocaleLowerCase('vi');
  const others = ctx.partners.filter((p) => p.name.toLocaleLowerCase('vi') !== own);
  const chosen = ctx.rng.sample(others, ctx.rng.int(1, Math.min(max, others.length))).map((p) => p.name);
  // the parser reads a list of bodies of at most 32 words, with the verb after it
  while (chosen.length > 1 && listOf(chosen).split(/\s+/).length > 24) chosen.pop();
  return chosen;
}

/**
 * A clause under "Trách nhiệm của <bearer>": the bearer leads it, or `helper` supports the bearer
 * when the clause opens with the helper's name.
 */
export function dutyClause(bearer: Body, ctx: DutyContext, used: Set<string>, headingName = bearer.name, allowHelper = true): WrittenDuty {
  const { rng } = ctx;
  const form = rng.next();
  const tail = rng.chance(0.3) ? reportTail(ctx) : null;
  const end = (text: string) => `${text}${tail?.text ?? ''}.`;
  const duty = (collaborators: string[], extra: Partial<DutySpec> = {}): DutySpec => ({
    agency: headingName,
    role: 'LEAD',
    collaborators,
    reportTo: tail?.reportTo ?? [],
    frequency: tail?.frequency ?? null,
    deadline: tail?.deadline ?? null,
    ...extra,
  });
  if (form < 0.5 || ctx.partners.length < 2) {
    const first = actionsFor(bearer, rng, used);
    const second = rng.chance(0.35) ? `; ${actionsFor(bearer, rng, used)}` : '';
    return { text: end(`${capitalize(first)}${second}`), duty: duty([]) };
  }
  const partners = partnersOf(bearer, ctx, 3);
  const joint = rng.pick(JOINT_ACTIONS);
  if (form < 0.65) {
    const first = actionsFor(bearer, rng, used);
    return { text: end(`${capitalize(first)}, phối hợp với ${listOf(partners)} ${joint}`), duty: duty(partners) };
  }
  if (form < 0.82) return { text: end(`Chủ trì, phối hợp với ${listOf(partners)} ${joint}`), duty: duty(partners) };
  // the parser reads collaborators only after a lower-case "phối hợp với": a clause opening with it keeps none
  if (form < 0.95) return { text: `Phối hợp với ${listOf(partners)} ${joint}.`, duty: { ...duty([]), reportTo: [], frequency: null, deadline: null } };
  const helper = partners.find((p) => /^\p{Lu}/u.test(p));
  if (!allowHelper || !helper) return { text: end(`Chủ trì, phối hợp với ${listOf(partners)} ${joint}`), duty: duty(partners) };
  return {
    text: `${helper} phối hợp với ${bearer.name} ${joint}.`,
    duty: { agency: helper, role: 'SUPPORT', collaborators: [bearer.name], reportTo: [], frequency: null, deadline: null },
  };
}
