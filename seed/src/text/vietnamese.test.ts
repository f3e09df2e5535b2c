import { describe, expect, it } from 'vitest';
import { fold, normalizeVietnamese, numberKey } from './vietnamese.ts';

describe('normalizeVietnamese', () => {
  it('moves old-style tone marks to the new place', () => {
    expect(normalizeVietnamese('Uỷ ban nhân dân, hoà giải, khoẻ')).toBe('Ủy ban nhân dân, hòa giải, khỏe');
  });
  it('leaves "quý" alone: its u belongs to the consonant', () => {
    expect(normalizeVietnamese('hằng quý')).toBe('hằng quý');
  });
  it('composes decomposed text (NFD → NFC)', () => {
    expect(normalizeVietnamese('Quyết định'.normalize('NFD'))).toBe('Quyết định');
  });
});

describe('fold', () => {
  it('drops diacritics and đ/d', () => {
    expect(fold('Tiếp Công Dân ĐỊNH KỲ')).toBe('tiep cong dan dinh ky');
  });
});

describe('numberKey', () => {
  it('gives every spelling of a number one key', () => {
    const keys = ['23-QĐ/TW', '23-qđ/tw', '23 - QĐ/TW', '23–QD/TW', '23-QĐ/TW'.normalize('NFD')].map(numberKey);
    expect(new Set(keys)).toEqual(new Set(['23-QD/TW']));
  });
  it('does not confuse different series', () => {
    expect(numberKey('09-Ctr/TU')).toBe(numberKey('09-CTr/TU'));
    expect(numberKey('407-QĐ/TU')).not.toBe(numberKey('407-QĐ/HU'));
  });
});
