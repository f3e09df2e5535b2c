import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTCVN3, toVNI } from 'vietnamese-conversion';
import { SEED_CORPUS_DIR } from '../seed-corpus.ts';
import { decodeText } from './decode-text.ts';

/** Bytes as a legacy editor saved them: one Windows-1252 byte per character. */
export function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '–': 0x96, '—': 0x97, '…': 0x85, '•': 0x95 };
  return Uint8Array.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

const seed = readFileSync(`${SEED_CORPUS_DIR}/000_c10e1c1c5600daa8.txt`, 'utf8').normalize('NFC');
// TCVN3 has no capital marked letters (they came from a second font), so in a TCVN3 file the marked
// capitals are small letters: the faithful fixture lowers them and keeps plain capitals as they are
const seedLower = seed.replace(/[^\x00-\x7f]/g, (c) => c.toLocaleLowerCase('vi'));

describe('decodeText', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeText(new TextEncoder().encode(seed))).toEqual({ ok: true, text: seed, charset: 'utf-8' });
  });

  it('converts a TCVN3 (ABC) text back to the very same Unicode text', () => {
    const decoded = decodeText(windows1252(toTCVN3(seedLower, 'unicode')));
    expect(decoded).toMatchObject({ ok: true, charset: 'tcvn3' });
    expect(decoded.ok && decoded.text).toBe(seedLower);
  });

  it('refuses a VNI text it cannot convert losslessly, and says what to do', () => {
    // vietnamese-conversion 2.0 turns VNI "cöù" into "cưù": converting back does not give the same
    // bytes, so the text is refused rather than loaded with wrong letters
    const decoded = decodeText(windows1252(toVNI(seedLower, 'unicode')));
    expect(decoded).toMatchObject({ ok: false });
    expect(!decoded.ok && decoded.reason).toContain('VNI');
    expect(!decoded.ok && decoded.reason).toContain('UTF-8');
  });

  it('refuses bytes that are neither UTF-8 nor a Vietnamese legacy encoding', () => {
    const decoded = decodeText(Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xff, 0xfe, 0x20, 0x77, 0x6f]));
    expect(decoded).toMatchObject({ ok: false });
    expect(!decoded.ok && decoded.reason).toContain('không nhận ra bảng mã');
  });
});
