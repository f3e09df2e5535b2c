import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { bearerToken, signEditorToken, verifyEditorToken } from './editor-token.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const DAY = 24 * 60 * 60 * 1000;

describe('editor tokens', () => {
  it('verifies a token it signed, with its subject', async () => {
    const token = await signEditorToken(SECRET, { role: 'editor', subject: 'Nguyễn Văn A', days: 30 });
    const verdict = await verifyEditorToken(SECRET, token);
    expect(verdict).toMatchObject({ ok: true, subject: 'Nguyễn Văn A', role: 'editor' });
  });

  it('refuses a token signed with another secret, an expired one and a malformed one', async () => {
    const other = await signEditorToken(`${SECRET}-other`, { role: 'editor', subject: 'a', days: 30 });
    expect(await verifyEditorToken(SECRET, other)).toMatchObject({ ok: false, reason: 'INVALID' });
    const expired = await signEditorToken(SECRET, { role: 'editor', subject: 'a', days: 30, now: new Date(Date.now() - 60 * DAY) });
    expect(await verifyEditorToken(SECRET, expired)).toMatchObject({ ok: false, reason: 'EXPIRED' });
    expect(await verifyEditorToken(SECRET, 'not.a.token')).toMatchObject({ ok: false, reason: 'INVALID' });
  });

  it('refuses a token without the editor role, and one with another algorithm', async () => {
    const key = new TextEncoder().encode(SECRET);
    const reader = await new SignJWT({ role: 'reader' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('cancu').setAudience('cancu')
      .setSubject('a').setExpirationTime('1h').sign(key);
    expect(await verifyEditorToken(SECRET, reader)).toMatchObject({ ok: false, reason: 'NOT_EDITOR' });
    const hs512 = await new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS512' }).setIssuer('cancu').setAudience('cancu')
      .setSubject('a').setExpirationTime('1h').sign(key);
    expect(await verifyEditorToken(SECRET, hs512)).toMatchObject({ ok: false, reason: 'INVALID' });
  });

  it('refuses everything, saying why, when the server has no secret or a weak one', async () => {
    const token = await signEditorToken(SECRET, { role: 'editor', subject: 'a', days: 1 });
    const none = await verifyEditorToken(undefined, token);
    expect(none).toMatchObject({ ok: false, reason: 'NO_SECRET' });
    expect(none.ok ? '' : none.message).toContain('CANCU_JWT_SECRET');
    expect(await verifyEditorToken('short', token)).toMatchObject({ ok: false, reason: 'WEAK_SECRET' });
    await expect(signEditorToken(undefined, { role: 'editor', subject: 'a', days: 1 })).rejects.toThrow(/CANCU_JWT_SECRET/);
  });

  it('asks for a token when none is sent', async () => {
    expect(await verifyEditorToken(SECRET, null)).toMatchObject({ ok: false, reason: 'NO_TOKEN' });
  });

  it('reads the bearer token of an Authorization header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
