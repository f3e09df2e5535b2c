import { afterEach, describe, expect, it } from 'vitest';
import { signEditorToken } from './editor-token.ts';
import { editorScopes, editorSubject, forbiddenError } from './scopes.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const saved = process.env.CANCU_JWT_SECRET;
afterEach(() => {
  if (saved === undefined) delete process.env.CANCU_JWT_SECRET;
  else process.env.CANCU_JWT_SECRET = saved;
});

describe('editor scope', () => {
  it('grants the editor scope to a valid bearer token and names its subject', async () => {
    process.env.CANCU_JWT_SECRET = SECRET;
    const context = { authorization: `Bearer ${await signEditorToken(SECRET, { role: 'editor', subject: 'bdv-tayson', days: 1 })}` };
    expect(await editorScopes(context)).toEqual({ editor: true });
    expect(await editorSubject(context)).toBe('bdv-tayson');
  });

  it('refuses with FORBIDDEN and the reason when no token is sent', async () => {
    process.env.CANCU_JWT_SECRET = SECRET;
    const context = { authorization: null };
    expect(await editorScopes(context)).toEqual({ editor: false });
    const error = forbiddenError(null, context);
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).toContain('Authorization: Bearer');
    await expect(editorSubject(context)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('says writes are switched off when the server has no secret', async () => {
    delete process.env.CANCU_JWT_SECRET;
    const context = { authorization: 'Bearer whatever' };
    await editorScopes(context);
    expect(forbiddenError(null, context).message).toContain('CANCU_JWT_SECRET');
  });
});
