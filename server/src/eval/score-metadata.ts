// Document metadata: number, kind, date (or year), place, issuers, locality, level, title.
import { fold } from '@cancu/seed/text/vietnamese';
import type { Ledger } from './ledger.ts';
import { sameAgency, sameNumber, sameText } from './match-names.ts';
import { matchSets } from './score.ts';
import type { ScoringContext } from './scoring-context.ts';

const G = 'metadata';

export function scoreMetadata(ctx: ScoringContext, ledger: Ledger): void {
  const { gold, found, at, place } = ctx;
  const expected = gold.document;
  if (!found.id) {
    ledger.missing(G, at, `văn bản "${expected.number ?? expected.titleContains}" có trong kho`, 'không tìm thấy theo số hay theo tiêu đề');
    return;
  }
  const equal = (a: unknown, b: unknown) => a === b;
  ledger.slot(G, at, 'số', expected.number, found.number, sameNumber);
  ledger.slot(G, at, 'loại', expected.kind, found.kind, sameText);
  ledger.slot(G, at, 'ngày ban hành', expected.issuedOn, found.issuedOn, equal);
  if (expected.issuedOn === null && expected.issuedYear !== undefined) {
    ledger.slot(G, at, 'năm ban hành', expected.issuedYear, found.issuedYear, equal);
  }
  if (expected.place !== undefined) ledger.slot(G, at, 'địa danh', expected.place, found.place, sameText);

  const issuers = matchSets(expected.issuers, found.issuers, (g, f) => sameAgency(g, f.name, place));
  issuers.matched.forEach(() => ledger.hit(G));
  issuers.missing.forEach((g) => ledger.missing(G, at, `cơ quan ban hành: ${g}`, found.issuers.map((f) => f.name).join('; ') || null));
  issuers.extra.forEach((f) => ledger.extra(G, at, `cơ quan ban hành: ${f.name}`));

  const locality = found.locality;
  if (expected.locality.district !== undefined) {
    ledger.slot(G, at, 'huyện', expected.locality.district, locality?.parent ? locality.name : null, sameText);
  }
  if (expected.locality.province !== undefined) {
    ledger.slot(G, at, 'tỉnh', expected.locality.province, locality ? (locality.parent?.name ?? locality.name) : null, sameText);
  }
  ledger.slot(G, at, 'cấp', expected.level, found.level, (a, b) => a === b);
  ledger.slot(G, at, 'tiêu đề chứa', expected.titleContains, found.title, (phrase, title) => fold(title).includes(fold(phrase)));
}
