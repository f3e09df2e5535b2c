// What every group scorer is given: one gold document, what the store returned for it, and how to name it.
import type { Gold } from './load-gold.ts';
import type { DocumentRef } from './ledger.ts';
import type { OwnPlace } from './match-names.ts';
import { ownPlace } from './match-names.ts';
import type { FoundDocument, FoundNode } from './read-back.ts';

export interface ScoringContext {
  gold: Gold;
  /** an empty document when the gold document was not found, so that everything expected counts as missed */
  found: FoundDocument;
  at: DocumentRef;
  place: OwnPlace;
  /** other documents by number (cited, cascade steps), as fetched for this evaluation */
  node(number: string): FoundNode | null;
}

export function documentRef(gold: Gold): DocumentRef {
  const prefix = gold.file.replace(/_.*$/, '');
  return { file: gold.file, document: `${prefix} ${gold.document.number ?? gold.document.kind}` };
}

/** The document's own place: its district when it has one, else its province (see `sameAgency`). */
export function placeOf(gold: Gold): OwnPlace {
  return ownPlace(gold.document.locality.district ?? gold.document.locality.province);
}

export function notFound(): FoundDocument {
  return {
    id: '', number: null, kind: '', title: null, issuedOn: null, issuedYear: null, place: null, level: '', hasText: false,
    locality: null, issuers: [], articles: [], duties: [], citations: [], relations: [], signers: [], recipients: [], dataIssues: [],
  };
}
