// Who must do what: the gold bearers of duties in their article or section, their role and duty
// count, who shares or supports, and (seed 003) deadlines and frequencies with whom to report to.
import type { GoldResponsibility, GoldTimedDuty } from './load-gold.ts';
import type { Ledger } from './ledger.ts';
import { sameAgency, sameText } from './match-names.ts';
import type { FoundDuty } from './read-back.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'responsibilities';

export interface DutyPlace {
  article: number | null;
  /** "2.1" in "Điều 6 khoản 2.1" */
  clause: string | null;
  /** "III.1.3" in "Mục III.1.3" */
  section: string | null;
}

/** Where a duty stands, from its `source` ("Điều 12 khoản 4", "Mục III.1.3") and its article. */
export function dutyPlace(duty: Pick<FoundDuty, 'source' | 'article'>): DutyPlace {
  const article = /Điều\s+(\d+)(?:\s+khoản\s+([\p{L}\d.]+))?/u.exec(duty.source);
  const section = /Mục\s+([\p{L}\d.]+)/u.exec(duty.source);
  return {
    article: duty.article?.number ?? (article ? Number(article[1]) : null),
    clause: article?.[2]?.replace(/\.$/, '') ?? null,
    section: section?.[1]?.replace(/\.$/, '') ?? null,
  };
}

/** "III.1" holds "III.1" and "III.1.7"; "1" holds "1" and "1.2" but not "12". */
export function within(path: string | null, scope: string): boolean {
  return path !== null && (path === scope || path.startsWith(`${scope}.`));
}

export function inScope(duty: Pick<FoundDuty, 'source' | 'article'>, scope: Pick<GoldResponsibility, 'article' | 'section' | 'clause'>): boolean {
  const place = dutyPlace(duty);
  if (scope.article !== undefined) {
    return place.article === scope.article && (scope.clause === undefined || within(place.clause, scope.clause));
  }
  return scope.section !== undefined && within(place.section, scope.section);
}

function scopeName(r: Pick<GoldResponsibility, 'article' | 'section' | 'clause'>): string {
  if (r.article !== undefined) return `Điều ${r.article}${r.clause ? ` khoản ${r.clause}` : ''}`;
  return `Mục ${r.section}`;
}

export function scoreResponsibilities(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at, place } = ctx;
  const bears = (duty: FoundDuty, agency: string) => sameAgency(agency, duty.agency.name, place);

  for (const r of gold.responsibilities) {
    const where = scopeName(r);
    const here = found.duties.filter((d) => inScope(d, r));
    const own = here.filter((d) => bears(d, r.agency));
    const seen = [...new Set(here.map((d) => d.agency.name))].join('; ') || null;
    ledger.check(G, at, own.length > 0, `${r.agency} có nhiệm vụ tại ${where}`, seen);
    if (r.role !== undefined) {
      const roles = [...new Set(own.map((d) => d.role))];
      ledger.slot(G, at, `${r.agency} ${where} vai trò`, r.role, roles.length ? roles.join('/') : null, (g) => roles.includes(g));
    }
    ledger.slot(G, at, `${r.agency} ${where} số nhiệm vụ`, r.duties, own.length || null, (a, b) => a === b);
    for (const partner of r.sharedWith ?? []) {
      ledger.check(G, at, here.some((d) => bears(d, partner)), `${partner} cùng chịu trách nhiệm tại ${where}`, seen);
    }
    for (const partner of r.collaborators ?? []) {
      const ok = own.some((d) => d.collaborators.some((c) => sameAgency(partner, c.name, place)));
      const collaborators = [...new Set(own.flatMap((d) => d.collaborators.map((c) => c.name)))].join('; ') || null;
      ledger.check(G, at, ok, `${partner} phối hợp với ${r.agency} tại ${where}`, collaborators);
    }
  }

  // within each place the gold annotates, a bearer it does not name is a false positive
  const scopes = new Map<string, GoldResponsibility[]>();
  for (const r of gold.responsibilities) scopes.set(scopeName(r), [...(scopes.get(scopeName(r)) ?? []), r]);
  for (const [where, rs] of scopes) {
    const named = rs.flatMap((r) => [r.agency, ...(r.sharedWith ?? [])]);
    const strangers = new Set(
      found.duties.filter((d) => inScope(d, rs[0]!) && !named.some((n) => bears(d, n))).map((d) => d.agency.name),
    );
    strangers.forEach((name) => ledger.extra(G, at, `${name} có nhiệm vụ tại ${where}`));
  }

  scoreTimedDuties(ctx, ledger, gold.deadlines, 'thời hạn', (d) => d.deadline);
  scoreTimedDuties(ctx, ledger, gold.frequencies, 'định kỳ', (d) => d.frequency);
}

/** Deadlines or frequencies, where the gold lists them (all of them) for the document. */
function scoreTimedDuties(ctx: ScoringContext, ledger: Ledger, expected: GoldTimedDuty[] | undefined, what: string, value: (d: FoundDuty) => string | null): void {
  if (!expected) return;
  const { found, at, place } = ctx;
  for (const t of expected) {
    const matching = found.duties.filter((d) => dutyPlace(d).article === t.article && sameAgency(t.agency, d.agency.name, place) && sameText(t.text, value(d) ?? ''));
    const withText = found.duties.filter((d) => dutyPlace(d).article === t.article && sameText(t.text, value(d) ?? ''));
    ledger.check(G, at, matching.length > 0, `${what} "${t.text}" của ${t.agency} (Điều ${t.article})`, withText.map((d) => d.agency.name).join('; ') || null);
    if (t.reportTo !== undefined) {
      const reportTo = t.reportTo;
      const ok = matching.some((d) => d.reportTo.some((a) => sameAgency(reportTo, a.name, place)));
      const seen = [...new Set(matching.flatMap((d) => d.reportTo.map((a) => a.name)))].join('; ') || null;
      ledger.check(G, at, ok, `${what} "${t.text}": báo cáo ${reportTo}`, seen);
    }
  }
  const listed = (d: FoundDuty) => expected.some((t) => dutyPlace(d).article === t.article && sameText(t.text, value(d) ?? ''));
  const extras = new Set(found.duties.filter((d) => value(d) !== null && !listed(d)).map((d) => `${what} "${value(d)}" (${d.source})`));
  extras.forEach((e) => ledger.extra(G, at, e));
}
