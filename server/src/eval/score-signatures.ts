// The closing of a document: who signed (name, position, body, capacity) and who receives it.
import type { Ledger } from './ledger.ts';
import { nameKey, sameAgency, sameText } from './match-names.ts';
import { matchSets } from './score.ts';
import type { ScoringContext } from './scoring-context.ts';

export function scoreSigners(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at, place } = ctx;
  const signers = found.signers.filter((s) => s.name);
  const result = matchSets(gold.signers, signers, (g, f) => nameKey(g.name) === nameKey(f.name ?? ''));
  for (const [g, f] of result.matched) {
    ledger.hit('signers');
    if (g.position !== undefined) ledger.slot('signers', at, `${g.name} chức vụ`, g.position, f.position, sameText);
    if (g.agency !== undefined) ledger.slot('signers', at, `${g.name} cơ quan`, g.agency, f.agency?.name, (a, b) => sameAgency(a, b, place));
    if (g.capacity !== undefined) ledger.slot('signers', at, `${g.name} thẩm quyền ký`, g.capacity, f.capacity, sameText);
  }
  for (const g of result.missing) {
    const attributes = [g.position, g.agency, g.capacity].filter((v) => v !== undefined).length;
    ledger.missing('signers', at, `người ký: ${g.name}`, signers.map((s) => s.name).join('; ') || null, 1 + attributes);
  }
  for (const f of result.extra) ledger.extra('signers', at, `người ký: ${f.name}`);
}

/** A recipient matches by the name as written or by the agency the resolver made of it. */
export function scoreRecipients(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at, place } = ctx;
  const result = matchSets(gold.recipients, found.recipients, (g, f) => sameAgency(g, f.name, place) || (f.agency !== null && sameAgency(g, f.agency.name, place)));
  result.matched.forEach(() => ledger.hit('recipients'));
  result.missing.forEach((g) => ledger.missing('recipients', at, `nơi nhận: ${g}`));
  result.extra.forEach((f) => ledger.extra('recipients', at, `nơi nhận: ${f.name}${f.agency && f.agency.name !== f.name ? ` → ${f.agency.name}` : ''}`));
}
