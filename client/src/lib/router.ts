// The URL of an open document: /document/<id>, the id percent-encoded since ids may hold any character.

const prefix = '/document/';

export function documentPath(id: string): string {
  return prefix + encodeURIComponent(id);
}

export function documentIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  const encoded = pathname.slice(prefix.length);
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
