import { describe, expect, it } from 'vitest';
import { percentile, timeRuns } from './measure.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('timeRuns', () => {
  it('runs the work the asked number of times after the warm-up, and orders median below p95', async () => {
    let calls = 0;
    const timing = await timeRuns(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, calls % 5 === 0 ? 8 : 1));
    }, 20, 3);
    expect(calls).toBe(23);
    expect(timing.runs).toBe(20);
    expect(timing.medianMs).toBeLessThanOrEqual(timing.p95Ms);
  });
});
