// Precision, recall and F1 over counted outcomes, and the slot rule shared by every field group.

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function addTally(into: Tally, more: Tally): Tally {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

/** Nothing expected and nothing found is a perfect score, not a division by zero. */
export function scoresOf(t: Tally): Scores {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}

export type SlotOutcome = 'match' | 'missing' | 'wrong' | 'extra';

/**
 * One expected value against one found value (slot filling): the right value is a true positive;
 * no value is a false negative; a different value is both a false positive (something wrong was
 * asserted) and a false negative (the right value was not). When the gold says there is no value
 * (a blank number), finding none is right and finding one is only a false positive.
 */
export function slotOutcome<T>(expected: T | null | undefined, found: T | null | undefined, same: (a: T, b: T) => boolean): SlotOutcome {
  if (expected === null || expected === undefined) return found === null || found === undefined ? 'match' : 'extra';
  if (found === null || found === undefined) return 'missing';
  return same(expected, found) ? 'match' : 'wrong';
}

export function tallyOfSlot(outcome: SlotOutcome): Tally {
  if (outcome === 'match') return { tp: 1, fp: 0, fn: 0 };
  if (outcome === 'missing') return { tp: 0, fp: 0, fn: 1 };
  if (outcome === 'extra') return { tp: 0, fp: 1, fn: 0 };
  return { tp: 0, fp: 1, fn: 1 };
}

export interface SetMatch<G, F> {
  matched: Array<[G, F]>;
  missing: G[];
  extra: F[];
}

/** Pairs expected with found items one to one, in order, each found item used at most once. */
export function matchSets<G, F>(expected: G[], found: F[], same: (g: G, f: F) => boolean): SetMatch<G, F> {
  const used = new Set<number>();
  const matched: Array<[G, F]> = [];
  const missing: G[] = [];
  for (const g of expected) {
    const index = found.findIndex((f, i) => !used.has(i) && same(g, f));
    if (index < 0) missing.push(g);
    else {
      used.add(index);
      matched.push([g, found[index] as F]);
    }
  }
  return { matched, missing, extra: found.filter((_, i) => !used.has(i)) };
}
