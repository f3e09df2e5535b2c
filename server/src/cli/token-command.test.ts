import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyEditorToken } from '../auth/editor-token.ts';
import { runToken } from './token-command.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

afterEach(() => vi.restoreAllMocks());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  return { out, err };
}

describe('cancu token', () => {
  it('prints only the token on stdout, signed for the subject asked', async () => {
    const { out, err } = capture();
    const code = await runToken({ positionals: [], values: { role: 'editor', subject: 'bdv-tayson', days: '7' } }, { CANCU_JWT_SECRET: SECRET });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(await verifyEditorToken(SECRET, out[0]!)).toMatchObject({ ok: true, subject: 'bdv-tayson' });
    expect(err.join('\n')).toContain('Authorization: Bearer');
  });

  it('refuses, naming the variable, when CANCU_JWT_SECRET is not set', async () => {
    const { out, err } = capture();
    expect(await runToken({ positionals: [], values: { role: 'editor' } }, {})).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('CANCU_JWT_SECRET');
  });

  it('refuses an unknown role and a bad number of days', async () => {
    capture();
    expect(await runToken({ positionals: [], values: { role: 'admin' } }, { CANCU_JWT_SECRET: SECRET })).toBe(2);
    expect(await runToken({ positionals: [], values: { role: 'editor', days: 'ba mươi' } }, { CANCU_JWT_SECRET: SECRET })).toBe(2);
    expect(await runToken({ positionals: [], values: { role: 'editor', days: '400' } }, { CANCU_JWT_SECRET: SECRET })).toBe(2);
  });
});
