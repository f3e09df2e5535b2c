// The validity vocabulary (hiệu lực) of DOMAIN.md, and what a recorded change does to a document's status.
import { fold } from '@cancu/seed/text/vietnamese';

export const VALIDITY_STATUSES = [
  'Còn hiệu lực',
  'Hết hiệu lực toàn bộ',
  'Hết hiệu lực một phần',
  'Chưa có hiệu lực',
  'Ngưng hiệu lực',
  'Không còn phù hợp',
  'Chưa xác định',
] as const;

export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

export const CHANGE_KINDS = ['AMENDS', 'SUPERSEDES', 'REPEALS'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const byFolded = new Map<string, ValidityStatus>(VALIDITY_STATUSES.map((s) => [fold(s), s]));

/** The vocabulary's spelling of a status typed in any case, tone placement or Unicode form; null if not in it. */
export function canonicalStatus(input: string): ValidityStatus | null {
  return byFolded.get(fold(input)) ?? null;
}

/**
 * Whether a document no longer binds anyone: wholly out of force or suspended. A document partly out of
 * force still binds through its other articles, so what stands on it must still be followed.
 */
export function isInactive(status: string | null): boolean {
  if (!status) return false;
  const folded = fold(status);
  return folded.startsWith('ngung hieu luc') || (folded.startsWith('het hieu luc') && !folded.includes('mot phan'));
}

/**
 * The status a change leaves: replaced or repealed as a whole → wholly out of force; amended, or replaced
 * or repealed in one article → partly. A document already wholly out of force stays so.
 */
export function statusAfter(kind: ChangeKind, article: number | null, previous: string | null): ValidityStatus {
  if ((kind === 'SUPERSEDES' || kind === 'REPEALS') && article === null) return 'Hết hiệu lực toàn bộ';
  return previous !== null && canonicalStatus(previous) === 'Hết hiệu lực toàn bộ' ? 'Hết hiệu lực toàn bộ' : 'Hết hiệu lực một phần';
}
