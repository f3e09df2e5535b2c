// The impact of changing a document: what depends on it, why, the duties in those documents and the
// agencies that must act (duty bearers and partners, issuers, recipients not merely informed). Costs the
// walk's hops plus a fixed number of batched store round trips.
import { fold } from '@cancu/seed/text/vietnamese';
import type { AgencyModel } from '../db/queries/agencies.ts';
import type { ArticleModel, DocumentModel, RecipientModel } from '../db/queries/documents.ts';
import type { DutyModel } from '../db/queries/duties.ts';
import { dependantsOf, toDependency } from '../db/queries/impact.ts';
import type { Store } from '../db/store.ts';
import type { Loaders } from '../graphql/loaders.ts';
import { citedArticles } from './cited-articles.ts';
import { LEVEL_ORDER, mentionPlaces, reviewReason, shortLabel } from './review-reason.ts';
import type { ImpactLink, ImpactOptions, ImpactWalk, ReachedDocument } from './walk-impact.ts';
import { follows, namesOtherArticle, walkImpact } from './walk-impact.ts';

export interface ImpactContext {
  store: Store;
  loaders: Loaders;
}

export interface ImpactCitationModel {
  /** the document that depends, and the one it depends on through this link */
  documentId: string;
  dependsOnId: string;
  kind: string;
  inferred: boolean;
  /** where the mention stands in the depending document */
  article: number | null;
  clause: string | null;
  quote: string | null;
  citedArticles: number[];
  citingArticle: ArticleModel | null;
}

export interface ImpactedDocumentModel {
  document: DocumentModel;
  depth: number;
  via: string[];
  path: DocumentModel[];
  inferred: boolean;
  stopped: boolean;
  citations: ImpactCitationModel[];
  citingArticles: ArticleModel[];
  issuers: AgencyModel[];
  /** where the document mentions the document before it on the path: "Điều 12 khoản 3", "Mục III.1.1" */
  places: string[];
  reason: string;
}

export interface LevelCountModel {
  level: string;
  documents: number;
  agencies: number;
}

export interface ImpactEdgeModel {
  id: string;
  source: string;
  target: string;
  kind: string;
  inferred: boolean;
}

export interface ChangePreviewModel {
  kind: string;
  documentId: string;
  byDocumentId: string | null;
  article: number | null;
  effectiveOn: string | null;
  note: string | null;
  previousStatus: string | null;
  newStatus: string;
}

export interface ImpactModel {
  root: DocumentModel;
  options: ImpactOptions;
  documents: ImpactedDocumentModel[];
  duties: DutyModel[];
  agencies: AgencyModel[];
  /** distinct articles of impacted documents that cite the root (the changed article of it, when given) */
  articles: number;
  byLevel: LevelCountModel[];
  /** the followed relations among the root and the impacted documents, for drawing */
  edges: ImpactEdgeModel[];
  truncated: boolean;
  proposedChange: ChangePreviewModel | null;
}

function present<T>(values: Array<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

const levelRank = (level: string) => {
  const i = LEVEL_ORDER.indexOf(level);
  return i < 0 ? LEVEL_ORDER.length : i;
};

function byReviewOrder(a: ImpactedDocumentModel, b: ImpactedDocumentModel): number {
  return (
    a.depth - b.depth ||
    levelRank(a.document.level) - levelRank(b.document.level) ||
    (a.document.issuedOn ?? '9999').localeCompare(b.document.issuedOn ?? '9999') ||
    shortLabel(a.document).localeCompare(shortLabel(b.document), 'vi') ||
    a.document.id.localeCompare(b.document.id)
  );
}

export function byAgencyOrder(a: AgencyModel, b: AgencyModel): number {
  return levelRank(a.level) - levelRank(b.level) || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id);
}

async function walk(ctx: ImpactContext, rootId: string, options: ImpactOptions): Promise<ImpactWalk> {
  return walkImpact(rootId, options, {
    dependantsOf: async (ids) => (await ctx.store.read(dependantsOf, { ids })).map(toDependency),
    citedArticles: async (mentions) => {
      const citers = [...new Set(mentions.map((m) => m.fromId))];
      const articles = present(await ctx.loaders.articlesOfDocument.loadMany(citers)).flat();
      const text = new Map(articles.map((a) => [`${a.documentId}|${a.number}`, a.text]));
      return mentions.map((m) => citedArticles(text.get(`${m.fromId}|${m.article}`) ?? null, m.evidence));
    },
  });
}

/** A recipient "(báo cáo)" is informed upward, not asked to act. */
function mustAct(recipient: RecipientModel): boolean {
  return !fold(recipient.purpose ?? '').startsWith('bao cao');
}

function pathOf(reached: Map<string, ReachedDocument>, id: string): ReachedDocument[] {
  const path: ReachedDocument[] = [];
  for (let step = reached.get(id); step; step = reached.get(step.link.frontierId)) path.unshift(step);
  return path;
}

/** What the impacted documents hold: fetched in four batched stages, whatever their number. */
interface Details {
  documents: Map<string, DocumentModel>;
  duties: DutyModel[];
  agencies: AgencyModel[];
  issuersOf: Map<string, AgencyModel[]>;
  articlesOf: Map<string, ArticleModel[]>;
}

async function loadDetails(ctx: ImpactContext, root: DocumentModel, walked: ImpactWalk): Promise<Details> {
  const ids = walked.reached.map((r) => r.id);
  const reached = new Set(ids);
  // articles only of documents whose mentions stand in one (those citing the root are cached by the walk)
  const citing = [...new Set(walked.links.filter((l) => l.article !== null && reached.has(l.dependentId)).map((l) => l.dependentId))];
  const [docs, issuerLinks, recipients, dutyLists, articleLists] = await Promise.all([
    ctx.loaders.document.loadMany(ids),
    ctx.loaders.issuersOfDocument.loadMany(ids),
    ctx.loaders.recipientsOfDocument.loadMany(ids),
    ctx.loaders.dutiesOfDocument.loadMany(ids),
    ctx.loaders.articlesOfDocument.loadMany(citing),
  ]);
  const duties = present(dutyLists).flat();
  const partners = present(await ctx.loaders.partnersOfDuty.loadMany(duties.map((d) => d.id))).flat();
  const issuerIds = new Map(ids.map((id, i) => [id, present([issuerLinks[i] ?? null]).flat().map((l) => l.agencyId)]));
  const agencyIds = new Set([
    ...[...issuerIds.values()].flat(),
    ...present(recipients).flat().filter(mustAct).map((r) => r.agencyId),
    ...duties.map((d) => d.agencyId),
    ...partners.filter((p) => p.kind === 'COLLABORATES_WITH').map((p) => p.agencyId),
  ]);
  const agencies = present(await ctx.loaders.agency.loadMany([...agencyIds])).sort(byAgencyOrder);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  return {
    documents: new Map([[root.id, root], ...present(docs).map((d) => [d.id, d] as const)]),
    duties,
    agencies,
    issuersOf: new Map([...issuerIds].map(([id, list]) => [id, present(list.map((a) => agencyById.get(a) ?? null))])),
    articlesOf: new Map(citing.map((id, i) => [id, present([articleLists[i] ?? null]).flat()])),
  };
}

/** One impacted document: its path, its links into the impacted set, the articles citing the root, why. */
function impactedDocument(
  step: ReachedDocument,
  root: DocumentModel,
  options: ImpactOptions,
  reached: Map<string, ReachedDocument>,
  links: ImpactLink[],
  details: Details,
): ImpactedDocumentModel | null {
  const document = details.documents.get(step.id);
  if (!document) return null;
  const citationOf = (l: ImpactLink): ImpactCitationModel => ({
    documentId: l.dependentId,
    dependsOnId: l.frontierId,
    kind: l.kind,
    inferred: l.inferred,
    article: l.article,
    clause: l.clause,
    quote: l.evidence,
    citedArticles: l.citedArticles,
    citingArticle: l.article === null ? null : (details.articlesOf.get(l.dependentId)?.find((a) => a.number === l.article) ?? null),
  });
  const steps = pathOf(reached, step.id);
  const path = [root, ...present(steps.map((p) => details.documents.get(p.id) ?? null))];
  const parent = details.documents.get(step.link.frontierId) ?? root;
  // a mention of the whole root covers the changed article; one naming other articles does not
  const ofChangedArticle = (l: ImpactLink) =>
    options.article === null || l.citedArticles.length === 0 || l.citedArticles.includes(options.article);
  const citingArticles = present(links.filter((l) => l.toId === root.id && l.article !== null && ofChangedArticle(l)).map((l) => citationOf(l).citingArticle));
  const places = mentionPlaces(links.filter((l) => l.frontierId === parent.id));
  return {
    document,
    depth: step.depth,
    via: steps.map((p) => p.link.kind),
    path,
    inferred: step.inferred,
    stopped: step.stopped,
    citations: links.filter((l) => follows(l, options) && !namesOtherArticle(l, root.id, options.article)).map(citationOf),
    citingArticles: [...new Map(citingArticles.map((a) => [a.id, a])).values()].sort((a, b) => a.position - b.position),
    issuers: details.issuersOf.get(step.id) ?? [],
    places,
    reason: reviewReason({ document, depth: step.depth, kind: step.link.kind, parent, path, inferred: step.inferred, stopped: step.stopped, places }),
  };
}

export async function impactOf(
  ctx: ImpactContext,
  root: DocumentModel,
  options: ImpactOptions,
  proposedChange: ChangePreviewModel | null = null,
): Promise<ImpactModel> {
  const walked = await walk(ctx, root.id, options);
  const reached = new Map(walked.reached.map((r) => [r.id, r]));
  const details = await loadDetails(ctx, root, walked);

  const inSet = (id: string) => id === root.id || reached.has(id);
  const linksOf = new Map<string, ImpactLink[]>();
  for (const l of walked.links) {
    if (reached.has(l.dependentId) && inSet(l.frontierId)) linksOf.set(l.dependentId, [...(linksOf.get(l.dependentId) ?? []), l]);
  }
  const documents = present(walked.reached.map((step) => impactedDocument(step, root, options, reached, linksOf.get(step.id) ?? [], details))).sort(byReviewOrder);
  const order = new Map(documents.map((d, i) => [d.document.id, i]));
  const duties = [...details.duties].sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.position - b.position);
  const drawn = walked.links.filter((l) => follows(l, options) && !namesOtherArticle(l, root.id, options.article) && inSet(l.fromId) && inSet(l.toId));

  return {
    root,
    options,
    documents,
    duties,
    agencies: details.agencies,
    articles: new Set(documents.flatMap((d) => d.citingArticles.map((a) => a.id))).size,
    byLevel: LEVEL_ORDER.map((level) => ({
      level,
      documents: documents.filter((d) => d.document.level === level).length,
      agencies: details.agencies.filter((a) => a.level === level).length,
    })).filter((c) => c.documents > 0 || c.agencies > 0),
    edges: edgesOf(drawn),
    truncated: walked.truncated,
    proposedChange,
  };
}

function edgesOf(links: ImpactLink[]): ImpactEdgeModel[] {
  const edges = new Map<string, ImpactEdgeModel>();
  for (const l of links) {
    const id = `${l.fromId}|${l.kind}|${l.toId}`;
    if (!edges.has(id)) edges.set(id, { id, source: l.fromId, target: l.toId, kind: l.kind, inferred: l.inferred });
  }
  return [...edges.values()];
}
