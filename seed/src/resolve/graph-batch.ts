// What the resolver hands the loader: one document's part of the graph, with stable ids.
import type { Level, RelationKind, Role } from '../parsed-document.ts';

export interface DocumentRow {
  id: string;
  number: string | null;
  numberKey: string | null;
  kind: string | null;
  title: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  level: Level;
  place: string | null;
  hasText: boolean;
  status: string | null;
  searchText: string;
  file: string | null;
  /** the province or district it belongs to, null for central documents */
  localityId: string | null;
  /** for a mentioned document: its issuers as the citing text names them (two for a joint one) */
  issuerIds: string[];
}

export interface LocalityRow {
  id: string;
  name: string;
  kind: string;
  code: string;
  /** the unit above (province of a district), null for a province */
  parentId: string | null;
}

export interface AgencyRow {
  id: string;
  name: string;
  aliases: string[];
  level: Level;
  isGroup: boolean;
  searchText: string;
  localityId: string | null;
  parentId: string | null;
}

export interface RelationRow {
  kind: RelationKind;
  fromId: string;
  toId: string;
  inferred: boolean;
  evidence: string | null;
  article: number | null;
  clause: string | null;
}

export interface ArticleRow {
  id: string;
  number: number;
  heading: string | null;
  text: string;
  chapter: string | null;
  position: number;
}

/** A numbered section of a plan or letter ("III", "III.1", "III.1.7"), which has no articles. */
export interface SectionRow {
  id: string;
  path: string;
  heading: string | null;
  text: string;
  position: number;
}

export interface ClauseRow {
  id: string;
  articleId: string;
  label: string;
  text: string;
  position: number;
}

export interface DutyRow {
  id: string;
  text: string;
  role: Role;
  source: string;
  frequency: string | null;
  deadline: string | null;
  position: number;
  agencyId: string;
  articleId: string | null;
  collaboratorIds: string[];
  reportToIds: string[];
}

export interface SignatureRow {
  personId: string;
  name: string;
  position: string | null;
  capacity: string | null;
  agencyId: string | null;
  ordinal: number;
}

export interface RecipientRow {
  agencyId: string;
  name: string;
  purpose: string | null;
  ordinal: number;
}

export interface DataIssueRow {
  id: string;
  kind: string;
  message: string;
  quote: string | null;
}

/**
 * A cited number whose issuer code contradicts the issuer the text names ("314-QĐ/TU … của Ban
 * Thường vụ Huyện ủy"). Reconciliation decides: corrected when a document with the corrected number
 * and the same date is known, otherwise kept as written and flagged.
 */
export interface NumberConflict {
  written: DocumentRow;
  corrected: DocumentRow;
  issuer: string;
  quote: string;
}

export interface GraphBatch {
  /** the document read from a file */
  document: DocumentRow;
  /** documents it mentions, known (so far) only from this citation: merged, never overwrite text-backed data */
  mentioned: DocumentRow[];
  localities: LocalityRow[];
  agencies: AgencyRow[];
  issuerIds: string[];
  relations: RelationRow[];
  articles: ArticleRow[];
  clauses: ClauseRow[];
  /** absent in batches written before sections were stored */
  sections?: SectionRow[];
  duties: DutyRow[];
  signatures: SignatureRow[];
  recipients: RecipientRow[];
  issues: DataIssueRow[];
  conflicts: NumberConflict[];
}
