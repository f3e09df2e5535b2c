// Stated relations: what the document implements and supersedes, relations nested inside citations, possible same documents.
import type { GoldDocumentRef } from './load-gold.ts';
import type { Ledger } from './ledger.ts';
import { sameNumber } from './match-names.ts';
import type { FoundRelation } from './read-back.ts';
import { attributeCount, describeRef, sameRef, scoreRefAttributes } from './score-bases.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'relations';
/** relation kinds the gold lists exhaustively for the document itself (`implements`, `supersedes`) */
const STATED = ['IMPLEMENTS', 'SUPERSEDES'] as const;

export const SAME_AS = 'SAME_AS';

function numbered(n: string | null, number: string): boolean {
  return n !== null && sameNumber(n, number);
}

/** an inferred SAME_AS between two numbers, either way round, with its evidence */
export function sameAsRelation(relations: FoundRelation[], a: string, b: string): FoundRelation | undefined {
  return relations.find(
    (r) =>
      r.kind === SAME_AS &&
      ((numbered(r.from.number, a) && numbered(r.to.number, b)) || (numbered(r.from.number, b) && numbered(r.to.number, a))),
  );
}

export function scoreRelations(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at } = ctx;
  const own = found.relations.filter((r) => r.from.id === found.id && !r.inferred);
  const used = new Set<FoundRelation>();

  const stated = (kind: (typeof STATED)[number], expected: GoldDocumentRef) => {
    const relation = own.find((r) => r.kind === kind && !used.has(r) && sameRef(expected, r.to));
    if (!relation) {
      ledger.missing(G, at, `${kind} ${describeRef(expected)}`, null, 1 + attributeCount(expected));
      return;
    }
    used.add(relation);
    ledger.hit(G);
    scoreRefAttributes(G, ctx, ledger, expected, relation.to);
  };

  for (const expected of gold.implements) {
    stated('IMPLEMENTS', expected);
    if (expected.possiblySameAs && expected.number) {
      const relations = [...(ctx.node(expected.number)?.relations ?? []), ...(ctx.node(expected.possiblySameAs)?.relations ?? [])];
      const same = sameAsRelation(relations, expected.number, expected.possiblySameAs);
      ledger.check(G, at, Boolean(same?.inferred), `${expected.number} ${SAME_AS} ${expected.possiblySameAs} (suy luận)`, same ? `inferred: ${same.inferred}` : null);
    }
  }
  for (const expected of gold.supersedes) {
    stated('SUPERSEDES', expected);
    if (expected.article !== undefined && expected.number) {
      const number = expected.number;
      const ok = found.citations.some((c) => numbered(c.document.number, number) && c.article === expected.article);
      ledger.check(G, at, ok, `${number} được thay thế tại Điều ${expected.article}`);
    }
  }
  for (const r of own) {
    if ((STATED as readonly string[]).includes(r.kind) && !used.has(r)) ledger.extra(G, at, `${r.kind} ${describeRef(r.to)}`);
  }

  // nested relations belong to the cited document, so they are read on that document's node
  for (const nested of gold.nestedRelations ?? []) {
    const node = ctx.node(nested.from);
    const ok = (node?.relations ?? []).some(
      (r) => r.kind === nested.relation && numbered(r.from.number, nested.from) && numbered(r.to.number, nested.to),
    );
    const seen = (node?.relations ?? []).filter((r) => numbered(r.from.number, nested.from)).map((r) => `${r.kind} ${describeRef(r.to)}`);
    ledger.check(G, at, ok, `${nested.from} ${nested.relation} ${nested.to}`, node ? seen.join('; ') || '(không có quan hệ)' : `không có ${nested.from} trong kho`);
  }
}
