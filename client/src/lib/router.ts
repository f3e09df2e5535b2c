// The app's URLs: each page is a path, ids percent-encoded since they may hold any character.
import { toLevel, type Level } from './vocabulary.ts';

export type Route =
  | { page: 'home' }
  | { page: 'document'; documentId: string }
  | { page: 'reader'; documentId: string; anchor: string | null }
  | { page: 'impact'; documentId: string }
  | { page: 'who'; task: string; locality: string; level: Level | null }
  | { page: 'agency'; agencyId: string }
  | { page: 'notFound' };

const documentPrefix = '/document/';
const agencyPrefix = '/agency/';

export function documentPath(id: string): string {
  return documentPrefix + encodeURIComponent(id);
}

/** The reader of a document, scrolled to an anchor ("dieu-12", "muc-III-1-7") when given. */
export function readerPath(id: string, anchor?: string | null): string {
  return `${documentPath(id)}/read${anchor ? `#${anchor}` : ''}`;
}

export function impactPath(id: string): string {
  return `${documentPath(id)}/impact`;
}

export function agencyPath(id: string): string {
  return agencyPrefix + encodeURIComponent(id);
}

export type WhoQuery = { task: string; locality?: string; level?: Level | null };

export function whoPath({ task, locality, level }: WhoQuery): string {
  const params = new URLSearchParams();
  if (task.trim()) params.set('q', task.trim());
  if (locality?.trim()) params.set('locality', locality.trim());
  if (level) params.set('level', level);
  const query = params.toString();
  return query ? `/who?${query}` : '/who';
}

function decodeSegment(encoded: string | undefined): string | null {
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The id of the document a path is about, for /document/<id> and its sub-pages. */
export function documentIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(documentPrefix)) return null;
  return decodeSegment(pathname.slice(documentPrefix.length).split('/')[0]);
}

export function routeFromLocation(pathname: string, search = '', hash = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/who') {
    const params = new URLSearchParams(search);
    const level = params.get('level');
    return {
      page: 'who',
      task: params.get('q') ?? '',
      locality: params.get('locality') ?? '',
      level: level ? toLevel(level) : null,
    };
  }
  if (path.startsWith(agencyPrefix)) {
    const agencyId = decodeSegment(path.slice(agencyPrefix.length).split('/')[0]);
    return agencyId ? { page: 'agency', agencyId } : { page: 'notFound' };
  }
  if (path.startsWith(documentPrefix)) {
    const [encoded, sub, ...rest] = path.slice(documentPrefix.length).split('/');
    const documentId = decodeSegment(encoded);
    if (!documentId || rest.length > 0) return { page: 'notFound' };
    if (sub === undefined) return { page: 'document', documentId };
    if (sub === 'read') return { page: 'reader', documentId, anchor: decodeSegment(hash.replace(/^#/, '')) };
    if (sub === 'impact') return { page: 'impact', documentId };
  }
  return { page: 'notFound' };
}
