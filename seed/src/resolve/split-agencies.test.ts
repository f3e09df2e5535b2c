import { describe, expect, it } from 'vitest';
import { splitAgencies } from './split-agencies.ts';

describe('splitAgencies', () => {
  it('gives each body of a joint heading the tail they share', () => {
    expect(splitAgencies('Ban Thường vụ, Thường trực huyện ủy')).toEqual(['Ban Thường vụ huyện ủy', 'Thường trực huyện ủy']);
    expect(splitAgencies('Ủy ban MTTQ, các đoàn thể chính trị-xã hội tỉnh')).toEqual([
      'Ủy ban MTTQ tỉnh',
      'các đoàn thể chính trị-xã hội tỉnh',
    ]);
  });

  it('splits two full names joined by "và"', () => {
    expect(splitAgencies('Hội đồng nhân dân huyện và Thường trực Hội đồng nhân dân huyện')).toEqual([
      'Hội đồng nhân dân huyện',
      'Thường trực Hội đồng nhân dân huyện',
    ]);
  });

  it('keeps groups and single bodies whole', () => {
    expect(splitAgencies('Các phòng, ban, ngành của huyện')).toEqual(['Các phòng, ban, ngành của huyện']);
    expect(splitAgencies('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện')).toEqual([
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện',
    ]);
    expect(splitAgencies('Ủy ban nhân dân huyện')).toEqual(['Ủy ban nhân dân huyện']);
  });
});
