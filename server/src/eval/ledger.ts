// Counts outcomes per field group and keeps one line per miss: what the gold expected, what was found, where.
import { addTally, emptyTally, scoresOf, slotOutcome, tallyOfSlot, type Scores, type Tally } from './score.ts';

export const GROUPS = ['metadata', 'bases', 'citations', 'relations', 'articles', 'responsibilities', 'signers', 'recipients'] as const;
export type GroupName = (typeof GROUPS)[number];

export interface Miss {
  group: GroupName;
  /** the seed file the gold describes */
  file: string;
  /** a short name for the document: its number, or its kind */
  document: string;
  /** missing: expected, nothing found; wrong: something else found; extra: found, not in the gold */
  kind: 'missing' | 'wrong' | 'extra';
  expected: string | null;
  found: string | null;
}

export interface GroupScore extends Scores {
  group: GroupName;
}

export interface DocumentRef {
  file: string;
  document: string;
}

export class Ledger {
  private readonly tallies = new Map<GroupName, Tally>(GROUPS.map((g) => [g, emptyTally()]));
  readonly misses: Miss[] = [];

  hit(group: GroupName): void {
    this.add(group, { tp: 1, fp: 0, fn: 0 });
  }

  /** `weight`: how many expected facts the one line stands for (a missing basis and its kind, date, issuer) */
  missing(group: GroupName, at: DocumentRef, expected: string, found: string | null = null, weight = 1): void {
    this.add(group, { tp: 0, fp: 0, fn: weight });
    this.misses.push({ group, ...at, kind: 'missing', expected, found });
  }

  wrong(group: GroupName, at: DocumentRef, expected: string, found: string): void {
    this.add(group, { tp: 0, fp: 1, fn: 1 });
    this.misses.push({ group, ...at, kind: 'wrong', expected, found });
  }

  extra(group: GroupName, at: DocumentRef, found: string): void {
    this.add(group, { tp: 0, fp: 1, fn: 0 });
    this.misses.push({ group, ...at, kind: 'extra', expected: null, found });
  }

  /** `what` names the slot in miss lines ("ngày ban hành"); values are shown as the gold and the store give them. */
  slot<T>(group: GroupName, at: DocumentRef, what: string, expected: T | null | undefined, found: T | null | undefined, same: (a: T, b: T) => boolean): void {
    const outcome = slotOutcome(expected, found, same);
    const show = (v: unknown) => `${what}: ${v === null || v === undefined ? '(trống)' : String(v)}`;
    if (outcome === 'match') this.add(group, tallyOfSlot(outcome));
    else if (outcome === 'missing') this.missing(group, at, show(expected));
    else if (outcome === 'extra') this.extra(group, at, show(found));
    else this.wrong(group, at, show(expected), show(found));
  }

  /** a yes/no expectation: found it or not */
  check(group: GroupName, at: DocumentRef, ok: boolean, expected: string, found: string | null = null): void {
    if (ok) this.hit(group);
    else this.missing(group, at, expected, found);
  }

  scores(): GroupScore[] {
    return GROUPS.map((group) => ({ group, ...scoresOf(this.tallies.get(group) ?? emptyTally()) }));
  }

  private add(group: GroupName, t: Tally): void {
    addTally(this.tallies.get(group) ?? emptyTally(), t);
  }
}
