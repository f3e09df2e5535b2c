// The editor's token, pasted once per browser session and sent with every GraphQL request.
const storageKey = 'cancu.editorToken';

export function editorToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(storageKey) || null;
  } catch {
    return null;
  }
}

export function setEditorToken(token: string | null): void {
  try {
    if (token?.trim()) globalThis.sessionStorage?.setItem(storageKey, token.trim());
    else globalThis.sessionStorage?.removeItem(storageKey);
  } catch {
    // Storage refused (private mode): the token then cannot be kept.
  }
}

export function authorizationHeaders(): Record<string, string> {
  const token = editorToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
