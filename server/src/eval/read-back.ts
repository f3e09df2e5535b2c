// Reads the loaded seed documents back through GraphQL, as users see them: the contract is what is scored.
import { fold } from '@cancu/seed/text/vietnamese';
import type { Gold } from './load-gold.ts';

export type RunGraphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface FoundAgency {
  name: string;
}

export interface FoundRef {
  id: string;
  number: string | null;
  title: string | null;
  kind: string | null;
  issuedOn?: string | null;
  issuers?: FoundAgency[];
}

export interface FoundRelation {
  kind: string;
  inferred: boolean;
  evidence: string | null;
  from: FoundRef;
  to: FoundRef;
}

export interface FoundCitation {
  document: FoundRef;
  article: number | null;
  clause: string | null;
  quote: string;
}

export interface FoundDuty {
  agency: FoundAgency;
  role: string;
  source: string;
  frequency: string | null;
  deadline: string | null;
  collaborators: FoundAgency[];
  reportTo: FoundAgency[];
  article: { number: number } | null;
}

export interface FoundIssue {
  kind: string;
  message: string;
  quote: string | null;
}

export interface FoundDocument {
  id: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  place: string | null;
  level: string;
  hasText: boolean;
  locality: { name: string; kind: string; parent: { name: string } | null } | null;
  issuers: FoundAgency[];
  articles: Array<{ number: number; chapter: string | null }>;
  duties: FoundDuty[];
  citations: FoundCitation[];
  relations: FoundRelation[];
  signers: Array<{ name: string | null; position: string | null; capacity: string | null; agency: FoundAgency | null }>;
  recipients: Array<{ name: string; agency: FoundAgency | null }>;
  dataIssues: FoundIssue[];
}

/** A document known from elsewhere (a citation, a cascade step), with its own relations. */
export interface FoundNode extends FoundRef {
  hasText: boolean;
  relations: FoundRelation[];
}

export interface LineageEdge {
  source: string;
  target: string;
  kind: string;
  inferred: boolean;
}

const REF = 'id number title kind issuedOn issuers { name }';
// relations are read without a `kinds` filter and filtered here, so that a kind the schema is
// still gaining (SAME_AS) is read as soon as it exists and is not a validation error before
const RELATIONS = `relations { kind inferred evidence from { ${REF} } to { ${REF} } }`;

const DOCUMENT_FIELDS = `
  id number kind title issuedOn issuedYear place level hasText
  locality { name kind parent { name } }
  issuers { name }
  articles { number chapter }
  duties { agency { name } role source frequency deadline collaborators { name } reportTo { name } article { number } }
  citations { document { ${REF} } article clause quote }
  ${RELATIONS}
  signers { name position capacity agency { name } }
  recipients { name agency { name } }
  dataIssues { kind message quote }`;

const BY_NUMBER = `query EvalDocument($number: String!) { document(number: $number) { ${DOCUMENT_FIELDS} } }`;
const BY_SEARCH = `query EvalSearch($search: String!) { documents(search: $search, hasText: true, first: 20) { edges { node { ${DOCUMENT_FIELDS} } } } }`;
const NODE = `query EvalNode($number: String!) { document(number: $number) { ${REF} hasText ${RELATIONS} } }`;
const LINEAGE = `query EvalLineage($id: ID!) { lineage(documentId: $id, direction: BOTH, depth: 6) { edges { source target kind inferred } } }`;

/**
 * The gold document as stored: by its number when the gold gives one and that number leads to a
 * document with text; otherwise by searching the title phrase (search folds diacritics) and keeping
 * the document whose title contains it.
 */
export async function findGoldDocument(graphql: RunGraphql, gold: Gold): Promise<FoundDocument | null> {
  if (gold.document.number) {
    const { document } = await graphql<{ document: FoundDocument | null }>(BY_NUMBER, { number: gold.document.number });
    if (document?.hasText) return document;
  }
  const phrase = gold.document.titleContains;
  const { documents } = await graphql<{ documents: { edges: Array<{ node: FoundDocument }> } }>(BY_SEARCH, { search: phrase });
  const candidates = documents.edges.map((e) => e.node).filter((d) => d.title && fold(d.title).includes(fold(phrase)));
  return candidates.find((d) => d.kind === gold.document.kind) ?? candidates[0] ?? null;
}

export async function findNode(graphql: RunGraphql, number: string): Promise<FoundNode | null> {
  const { document } = await graphql<{ document: FoundNode | null }>(NODE, { number });
  return document;
}

export async function lineageEdges(graphql: RunGraphql, id: string): Promise<LineageEdge[]> {
  const { lineage } = await graphql<{ lineage: { edges: LineageEdge[] } }>(LINEAGE, { id });
  return lineage.edges;
}
