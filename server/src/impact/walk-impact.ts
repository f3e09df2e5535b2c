// Breadth-first walk of what depends on a document: one store round trip per hop, following relations
// backwards (documents whose relation points at a document already reached).
import type { DependencyRow } from '../db/queries/impact.ts';
import { isInactive } from './validity.ts';

export interface ImpactOptions {
  depth: number;
  /** the article of the root that changes; null for the whole document */
  article: number | null;
  followCites: boolean;
  followInferred: boolean;
  /** reach a document wholly out of force or suspended, but not what stands on it */
  stopAtInactive: boolean;
  /** never listed: in a what-if, the document that makes the change */
  excludeIds: string[];
  maxDocuments: number;
}

export interface ImpactLink extends DependencyRow {
  /** for a mention of the root: the root's articles it names, [] for the whole document */
  citedArticles: number[];
}

export interface ReachedDocument {
  id: string;
  depth: number;
  /** the link of the shortest explaining path into this document, from the document before it */
  link: ImpactLink;
  /** some link on that path is inferred */
  inferred: boolean;
  /** out of force, and not followed further (stopAtInactive) */
  stopped: boolean;
}

export interface ImpactWalk {
  rootId: string;
  /** in the order reached */
  reached: ReachedDocument[];
  /** every link into a document that was expanded, followed or not */
  links: ImpactLink[];
  hops: number;
  truncated: boolean;
}

export interface ImpactSource {
  dependantsOf(ids: string[]): Promise<DependencyRow[]>;
  /** the root's articles each mention of it names (aligned with the rows) */
  citedArticles(mentions: DependencyRow[]): Promise<number[][]>;
}

export const MAX_DEPTH = 30;

/** stated before inferred, then the strongest dependency first: what best explains why a document is affected */
const KIND_RANK: Record<string, number> = { BASED_ON: 0, IMPLEMENTS: 1, GUIDES: 2, CITES: 3, DERIVED_FROM: 4, SAME_AS: 5 };
const INFERRED_KINDS = new Set(['DERIVED_FROM', 'SAME_AS']);

export function follows(link: DependencyRow, options: Pick<ImpactOptions, 'followCites' | 'followInferred'>): boolean {
  if ((link.inferred || INFERRED_KINDS.has(link.kind)) && !options.followInferred) return false;
  return link.kind !== 'CITES' || options.followCites;
}

/** A mention that names other articles of the root does not make a document depend on the changed one. */
export function namesOtherArticle(link: ImpactLink, rootId: string, article: number | null): boolean {
  return article !== null && link.toId === rootId && link.citedArticles.length > 0 && !link.citedArticles.includes(article);
}

async function withCitedArticles(rows: DependencyRow[], rootId: string, source: ImpactSource): Promise<ImpactLink[]> {
  const mentions = rows.filter((r) => r.toId === rootId && r.article !== null && (r.kind === 'CITES' || r.kind === 'BASED_ON'));
  const named = mentions.length ? await source.citedArticles(mentions) : [];
  const byRow = new Map(mentions.map((r, i) => [r, named[i] ?? []]));
  return rows.map((r) => ({ ...r, citedArticles: byRow.get(r) ?? [] }));
}

export async function walkImpact(rootId: string, options: ImpactOptions, source: ImpactSource): Promise<ImpactWalk> {
  const reached = new Map<string, ReachedDocument>();
  const order = new Map<string, number>([[rootId, -1]]);
  const excluded = new Set(options.excludeIds);
  const links: ImpactLink[] = [];
  let frontier = [rootId];
  let hops = 0;
  let truncated = false;

  const pathInferred = (id: string) => reached.get(id)?.inferred ?? false;
  const rank = (l: ImpactLink) => [
    pathInferred(l.frontierId) || l.inferred || INFERRED_KINDS.has(l.kind) ? 1 : 0,
    KIND_RANK[l.kind] ?? 9,
    order.get(l.frontierId) ?? 0,
  ];
  const better = (a: ImpactLink, b: ImpactLink) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]!;
    return false;
  };

  for (let depth = 1; depth <= options.depth && frontier.length > 0 && !truncated; depth++) {
    const rows = await source.dependantsOf(frontier);
    hops++;
    const hopLinks = depth === 1 ? await withCitedArticles(rows, rootId, source) : rows.map((r) => ({ ...r, citedArticles: [] }));
    links.push(...hopLinks);

    const best = new Map<string, ImpactLink>();
    for (const link of hopLinks) {
      const id = link.dependentId;
      if (id === rootId || reached.has(id) || excluded.has(id)) continue;
      if (!follows(link, options) || namesOtherArticle(link, rootId, options.article)) continue;
      const current = best.get(id);
      if (!current || better(link, current)) best.set(id, link);
    }

    const next: string[] = [];
    for (const id of [...best.keys()].sort()) {
      if (reached.size >= options.maxDocuments) {
        truncated = true;
        break;
      }
      const link = best.get(id)!;
      const stopped = options.stopAtInactive && isInactive(link.dependentStatus);
      reached.set(id, { id, depth, link, inferred: rank(link)[0] === 1, stopped });
      order.set(id, order.size);
      if (!stopped) next.push(id);
    }
    frontier = next;
  }
  return { rootId, reached: [...reached.values()], links, hops, truncated };
}
