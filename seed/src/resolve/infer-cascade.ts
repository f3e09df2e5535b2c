// The cascade the texts rarely state: a regulation re-issued level by level (23-QĐ/TW → 407-QĐ/TU →
// 314-QĐ/HU). Inferred from the same subject, a level directly above in the same jurisdiction, an
// issue date not later, and co-citation; marked inferred, with the evidence in words.
import type { Level } from '../parsed-document.ts';
import { fold } from '../text/vietnamese.ts';

export interface CascadeCandidate {
  id: string;
  number: string | null;
  title: string | null;
  issuedOn: string | null;
  level: Level;
  /** the province it belongs to (itself for a province document), null for central ones */
  provinceId: string | null;
}

export interface InferredDerivation {
  fromId: string;
  toId: string;
  evidence: string;
}

const LEVEL_NAMES: Record<Level, string> = {
  CENTRAL: 'Trung ương',
  PROVINCE: 'tỉnh',
  DISTRICT: 'huyện',
  COMMUNE: 'xã',
  UNKNOWN: 'không rõ',
};

const ABOVE: Partial<Record<Level, Level[]>> = {
  COMMUNE: ['DISTRICT', 'PROVINCE', 'CENTRAL'],
  DISTRICT: ['PROVINCE', 'CENTRAL'],
  PROVINCE: ['CENTRAL'],
};

/** What a title is about, without the formula, the document kind and the place it applies to. */
export function subjectKey(title: string | null): string | null {
  if (!title) return null;
  const key = fold(title)
    .replace(/["“”'‘’()]/g, ' ')
    .replace(/^\s*(ve viec|ve)\s+/, '')
    .replace(/^\s*ban hanh\s+/, '')
    .replace(/^\s*(quy che|quy dinh|quyet dinh)\s+/, '')
    .replace(/\s+(cua\s+)?(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+[a-z ]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return key.split(' ').length >= 4 ? key : null;
}

function dateLabel(iso: string | null): string {
  return iso ? iso.split('-').reverse().join('/') : 'không rõ ngày';
}

function name(c: CascadeCandidate): string {
  return c.number ?? `văn bản cấp ${LEVEL_NAMES[c.level]}`;
}

/** Why the link was inferred, in words an officer can check against the texts. */
function evidenceOf(lower: CascadeCandidate, upper: CascadeCandidate, coCitedIn: string[]): string {
  const dates =
    lower.issuedOn && upper.issuedOn
      ? `${name(lower)} ban hành ${dateLabel(lower.issuedOn)}, sau ${name(upper)} (${dateLabel(upper.issuedOn)})`
      : `ngày ban hành: ${name(lower)} ${dateLabel(lower.issuedOn)}, ${name(upper)} ${dateLabel(upper.issuedOn)}`;
  return [
    `Suy luận, văn bản không ghi: cùng nội dung "${upper.title ?? lower.title}"`,
    `cấp ${LEVEL_NAMES[lower.level]} dưới cấp ${LEVEL_NAMES[upper.level]}`,
    dates,
    ...(coCitedIn.length ? [`cùng được dẫn chiếu trong ${coCitedIn.join(', ')}`] : []),
  ].join('; ');
}

function notLater(upper: CascadeCandidate, lower: CascadeCandidate): boolean {
  return !upper.issuedOn || !lower.issuedOn || upper.issuedOn <= lower.issuedOn;
}

function sameJurisdiction(lower: CascadeCandidate, upper: CascadeCandidate): boolean {
  return upper.level === 'CENTRAL' || (upper.provinceId !== null && upper.provinceId === lower.provinceId);
}

/**
 * For each document, the nearest document above it on the same subject; pairs already linked by a
 * stated relation ("a|b" in `stated`) are left alone. `coCitedBy(a, b)` names the documents citing both.
 */
export function inferDerivations(
  candidates: CascadeCandidate[],
  stated: Set<string>,
  coCitedBy: (a: string, b: string) => string[],
): InferredDerivation[] {
  const bySubject = new Map<string, CascadeCandidate[]>();
  for (const c of candidates) {
    const key = subjectKey(c.title);
    if (key) bySubject.set(key, [...(bySubject.get(key) ?? []), c]);
  }
  const derivations: InferredDerivation[] = [];
  for (const group of bySubject.values()) {
    for (const lower of group) {
      for (const level of ABOVE[lower.level] ?? []) {
        const uppers = group.filter((u) => u.level === level && sameJurisdiction(lower, u) && notLater(u, lower));
        if (uppers.length !== 1) {
          if (uppers.length > 1) break; // ambiguous: say nothing rather than guess
          continue;
        }
        const upper = uppers[0]!;
        if (!stated.has(`${lower.id}|${upper.id}`)) {
          const cited = coCitedBy(lower.id, upper.id);
          derivations.push({ fromId: lower.id, toId: upper.id, evidence: evidenceOf(lower, upper, cited) });
        }
        break;
      }
    }
  }
  return derivations;
}
