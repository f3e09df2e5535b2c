// What no single document can decide: typos in cited numbers, and citations that disagree with one
// another. Works over every document of an ingest plus what the store already holds; it records each
// decision as a data issue on the citing document and never fixes anything silently.
import { fold } from '../text/vietnamese.ts';
import type { DataIssueRow, DocumentRow, GraphBatch, NumberConflict } from './graph-batch.ts';
import { stableId } from './identify-document.ts';

/** What is known of a document from somewhere other than the citation at hand. */
export interface KnownDocument {
  id: string;
  number: string | null;
  issuedOn: string | null;
  issuerName: string | null;
  /** where it is known from: a document number or file, or "kho dữ liệu" */
  source: string;
}

function dateLabel(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** How an officer recognises the citing document: its number, or its kind and year with the file. */
function labelOf(batch: GraphBatch): string {
  const d = batch.document;
  if (d.number) return d.number;
  const what = [d.kind ?? 'văn bản', d.issuedYear].filter(Boolean).join(' ');
  return d.file ? `${what} (tệp ${d.file})` : what;
}

/** What one document tells of itself and of every document it cites. */
export function knownFrom(batch: GraphBatch): KnownDocument[] {
  const names = new Map(batch.agencies.map((a) => [a.id, a.name]));
  const source = labelOf(batch);
  return [
    { id: batch.document.id, number: batch.document.number, issuedOn: batch.document.issuedOn, issuerName: null, source },
    ...batch.mentioned.map((m) => ({
      id: m.id,
      number: m.number,
      issuedOn: m.issuedOn,
      issuerName: m.issuerIds.map((id) => names.get(id)).filter(Boolean).join(' và ') || null,
      source,
    })),
  ];
}

/**
 * What is known of one document: each distinct date and issuer, with up to two sources that give it.
 * Two are enough to find one other than the asking document, and keep a document cited by 25,000
 * others as small as one cited once.
 */
interface KnownValues {
  dates: Map<string, string[]>;
  issuers: Map<string, string[]>;
}

export type CitationIndex = Map<string, KnownValues>;

function remember(values: Map<string, string[]>, value: string | null, source: string): void {
  if (value === null) return;
  const sources = values.get(value);
  if (!sources) values.set(value, [source]);
  else if (sources.length < 2 && !sources.includes(source)) sources.push(source);
}

/** Everything known of each document id, from every source: built once, asked per document. */
export function citationIndex(known: Iterable<KnownDocument>): CitationIndex {
  const index: CitationIndex = new Map();
  for (const k of known) {
    let values = index.get(k.id);
    if (!values) index.set(k.id, (values = { dates: new Map(), issuers: new Map() }));
    remember(values.dates, k.issuedOn, k.source);
    remember(values.issuers, k.issuerName, k.source);
  }
  return index;
}

/** A value other sources give for a document, and one such source: the first that differs, or equals. */
function otherSource(values: Map<string, string[]> | undefined, own: string, accept: (value: string) => boolean): { value: string; source: string } | null {
  for (const [value, sources] of values ?? []) {
    const source = sources.find((s) => s !== own);
    if (source && accept(value)) return { value, source };
  }
  return null;
}

function issue(batch: GraphBatch, kind: string, key: string, message: string, quote: string | null): DataIssueRow {
  return { id: stableId('issue', `${batch.document.id}|${kind}|${key}`), kind, message, quote };
}

/** "Tỉnh ủy Bình Định" and "Ban Thường vụ Tỉnh ủy Bình Định" agree: one is the organ of the other. */
function sameIssuer(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  return fa.includes(fb) || fb.includes(fa);
}

function redirect(batch: GraphBatch, conflict: NumberConflict): GraphBatch {
  const from = conflict.written.id;
  const to = conflict.corrected.id;
  const swap = (id: string) => (id === from ? to : id);
  const mentioned = batch.mentioned.filter((m) => m.id !== from);
  if (!mentioned.some((m) => m.id === to)) {
    mentioned.push({ ...conflict.corrected, issuerIds: conflict.written.issuerIds });
  }
  return {
    ...batch,
    mentioned,
    relations: batch.relations.map((r) => ({ ...r, fromId: swap(r.fromId), toId: swap(r.toId) })),
  };
}

function resolveConflict(batch: GraphBatch, conflict: NumberConflict, index: CitationIndex): GraphBatch {
  const { written, corrected } = conflict;
  const twin =
    written.issuedOn === null ? null : otherSource(index.get(corrected.id)?.dates, labelOf(batch), (date) => date === written.issuedOn);
  if (twin) {
    const message =
      `Văn bản ghi số "${written.number}" nhưng cơ quan ban hành là "${conflict.issuer}"; số hiệu và ngày ` +
      `${dateLabel(written.issuedOn!)} khớp với ${corrected.number} (được dẫn chiếu trong ${twin.source}): ` +
      `đã liên kết tới ${corrected.number}. Ký hiệu "${written.number}" được coi là lỗi đánh máy.`;
    const fixed = redirect(batch, conflict);
    return { ...fixed, issues: [...fixed.issues, issue(batch, 'NUMBER_CORRECTED', written.id, message, conflict.quote)] };
  }
  const message =
    `Số "${written.number}" mang ký hiệu khác cấp với cơ quan ban hành được ghi ("${conflict.issuer}"): ` +
    `giữ nguyên như văn bản ghi; không tìm thấy văn bản ${corrected.number} cùng ngày để đối chiếu, cần kiểm tra bản gốc.`;
  return { ...batch, issues: [...batch.issues, issue(batch, 'NUMBER_ISSUER_MISMATCH', written.id, message, conflict.quote)] };
}

/** Dates or issuers of one cited document that disagree between citations. */
function disagreements(batch: GraphBatch, index: CitationIndex): DataIssueRow[] {
  const names = new Map(batch.agencies.map((a) => [a.id, a.name]));
  const own = labelOf(batch);
  const found: DataIssueRow[] = [];
  const quoteOf = (m: DocumentRow) => batch.relations.find((r) => r.toId === m.id)?.evidence ?? null;
  for (const m of batch.mentioned) {
    const known = index.get(m.id);
    const otherDate = m.issuedOn ? otherSource(known?.dates, own, (date) => date !== m.issuedOn) : null;
    if (otherDate) {
      found.push(
        issue(batch, 'CITATION_DATE_CONFLICT', m.id,
          `${m.number ?? m.title} được ghi ngày ${dateLabel(m.issuedOn!)} ở đây nhưng ngày ${dateLabel(otherDate.value)} trong ${otherDate.source}`,
          quoteOf(m)),
      );
    }
    const issuer = m.issuerIds.map((id) => names.get(id)).filter(Boolean).join(' và ') || undefined;
    const otherIssuer = issuer ? otherSource(known?.issuers, own, (name) => !sameIssuer(name, issuer)) : null;
    if (issuer && otherIssuer) {
      found.push(
        issue(batch, 'CITATION_ISSUER_CONFLICT', m.id,
          `${m.number ?? m.title} được ghi là của "${issuer}" ở đây nhưng của "${otherIssuer.value}" trong ${otherIssuer.source}`,
          quoteOf(m)),
      );
    }
  }
  return found;
}

export function reconcileBatch(batch: GraphBatch, index: CitationIndex): GraphBatch {
  const resolved = batch.conflicts.reduce((b, c) => resolveConflict(b, c, index), batch);
  return { ...resolved, issues: [...resolved.issues, ...disagreements(resolved, index)] };
}

export function reconcileBatches(batches: GraphBatch[], stored: KnownDocument[]): GraphBatch[] {
  const index = citationIndex([...stored, ...batches.flatMap(knownFrom)]);
  return batches.map((batch) => reconcileBatch(batch, index));
}

/** Every document id an ingest will ask the store about: the cited ones and the corrections. */
export function idsToLookUp(batches: GraphBatch[]): string[] {
  const ids = new Set<string>();
  for (const b of batches) {
    b.mentioned.forEach((m) => ids.add(m.id));
    b.conflicts.forEach((c) => ids.add(c.corrected.id));
  }
  return [...ids];
}
