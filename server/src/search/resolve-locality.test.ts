import { describe, expect, it } from 'vitest';
import { localitiesBinding, unitsNamed } from './resolve-locality.ts';

describe('localitiesBinding', () => {
  it('reads a district in any spelling and adds its province', () => {
    for (const typed of ['tay son', 'Huyện Tây Sơn', 'huyen tay son', 'Tây Sơn, Bình Định', 'huyện Tây Sơn, tỉnh Bình Định']) {
      expect([...localitiesBinding(typed)!].sort()).toEqual(['loc:52', 'loc:547']);
    }
  });

  it('reads a province and adds the districts within it', () => {
    const ids = localitiesBinding('Bình Định')!;
    expect(ids.has('loc:52')).toBe(true);
    expect(ids.has('loc:547')).toBe(true);
    expect(ids.has('loc:278')).toBe(false);
    expect(unitsNamed('thành phố Hà Nội').map((u) => u.id)).toEqual(['loc:01']);
  });

  it('narrows a district name that repeats across provinces by the province given', () => {
    expect(unitsNamed('Châu Thành').length).toBeGreaterThan(1);
    expect(unitsNamed('huyện Châu Thành, tỉnh Trà Vinh')).toHaveLength(1);
  });

  it('answers null for a place that is not a unit', () => {
    expect(localitiesBinding('Xứ Sở Thần Tiên')).toBeNull();
  });
});
