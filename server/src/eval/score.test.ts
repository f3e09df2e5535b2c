import { describe, expect, it } from 'vitest';
import { matchSets, scoresOf, slotOutcome, tallyOfSlot } from './score.ts';

describe('scoresOf', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = scoresOf({ tp: 8, fp: 2, fn: 8 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('scores nothing expected and nothing found as perfect', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores only wrong answers as zero', () => {
    expect(scoresOf({ tp: 0, fp: 3, fn: 3 }).f1).toBe(0);
  });
});

describe('slotOutcome', () => {
  const eq = (a: string, b: string) => a === b;
  it('counts the right value as a true positive', () => {
    expect(tallyOfSlot(slotOutcome('2021-12-31', '2021-12-31', eq))).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('counts no value as a false negative only', () => {
    expect(tallyOfSlot(slotOutcome('2021-12-31', null, eq))).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('counts a different value as both a false positive and a false negative', () => {
    expect(tallyOfSlot(slotOutcome('2021-12-31', '2021-12-30', eq))).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('counts a blank the gold expects as right, and a value invented for it as a false positive', () => {
    expect(slotOutcome<string>(null, null, eq)).toBe('match');
    expect(tallyOfSlot(slotOutcome<string>(null, '01/UBND-NC', eq))).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe('matchSets', () => {
  it('pairs each expected item with at most one found item', () => {
    const result = matchSets(['a', 'a', 'b'], ['a', 'c'], (g, f) => g === f);
    expect(result.matched).toEqual([['a', 'a']]);
    expect(result.missing).toEqual(['a', 'b']);
    expect(result.extra).toEqual(['c']);
  });
});
