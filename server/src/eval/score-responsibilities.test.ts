import { describe, expect, it } from 'vitest';
import { dutyPlace, inScope, within } from './score-responsibilities.ts';

describe('where a duty stands', () => {
  it('reads article and clause, or section, from the source', () => {
    expect(dutyPlace({ source: 'Điều 6 khoản 2.1', article: { number: 6 } })).toEqual({ article: 6, clause: '2.1', section: null });
    expect(dutyPlace({ source: 'Mục III.1.3', article: null })).toEqual({ article: null, clause: null, section: 'III.1.3' });
  });

  it('holds sub-paths in a path, not numbers that merely start alike', () => {
    expect(within('III.1.7', 'III.1')).toBe(true);
    expect(within('1', '1')).toBe(true);
    expect(within('12', '1')).toBe(false);
    expect(within(null, '1')).toBe(false);
  });

  it('places a duty in the gold scope by article and clause, or by section', () => {
    expect(inScope({ source: 'Điều 6 khoản 2.2', article: { number: 6 } }, { article: 6, clause: '2.2' })).toBe(true);
    expect(inScope({ source: 'Điều 6 khoản 2', article: { number: 6 } }, { article: 6, clause: '2.2' })).toBe(false);
    expect(inScope({ source: 'Điều 12 khoản 4', article: { number: 12 } }, { article: 12 })).toBe(true);
    expect(inScope({ source: 'Mục IV.3', article: null }, { section: 'IV.3' })).toBe(true);
    expect(inScope({ source: 'Mục IV.3', article: null }, { section: 'III' })).toBe(false);
  });
});
