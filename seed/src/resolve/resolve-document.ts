// Turns what the parser read from one file into that document's part of the graph, with stable ids.
import type { Citation, DocumentMention, Level, ParsedDocument } from '../parsed-document.ts';
import { fold, numberKey } from '../text/vietnamese.ts';
import { agencyKey, canonicalAgency } from './canonical-agency.ts';
import type { AgencyRow, DocumentRow, GraphBatch, LocalityRow, NumberConflict, RelationRow } from './graph-batch.ts';
import { canonicalNumber, documentKey, impliedIssuer, isCitedByName, mentionedDocument, partiesOf, scopeFor, searchTextOf, stableId } from './identify-document.ts';
import { splitAgencies } from './split-agencies.ts';
import type { Place } from './place.ts';
import { correctedPartyNumber, levelOfDocument, locateDocument } from './place.ts';

function localityRows(place: Place): LocalityRow[] {
  const rows: LocalityRow[] = [];
  if (place.province) {
    const p = place.province;
    rows.push({ id: p.id, name: p.name, kind: p.kind, code: p.code, parentId: null });
  }
  if (place.district) {
    const d = place.district;
    rows.push({ id: d.id, name: d.name, kind: d.kind, code: d.code, parentId: d.parent?.id ?? null });
  }
  if (place.commune) {
    const c = place.commune;
    rows.push({ id: c.id, name: c.name, kind: c.kind, code: c.code, parentId: c.parent?.id ?? null });
  }
  return rows;
}

function documentIdentity(doc: ParsedDocument, place: Place, level: Level): string {
  if (isCitedByName(doc.kind) && doc.title) {
    return documentKey({ number: doc.number, name: `${doc.kind} ${doc.title}`, kind: doc.kind, issuedOn: doc.issuedOn }, 'vn');
  }
  if (doc.number) return documentKey({ number: doc.number, name: null, issuedOn: doc.issuedOn }, scopeFor(level, place));
  const date = doc.issuedOn ?? String(doc.issuedYear ?? '');
  return `text:${fold(doc.kind)}|${doc.issuers.map(fold).join('+')}|${date}|${fold(doc.title ?? doc.file)}|${scopeFor(level, place)}`;
}

/** Registers agencies by canonical name, so one body named three ways in a document is one node. */
class AgencyRegistry {
  private readonly byKey = new Map<string, AgencyRow>();

  constructor(
    private readonly place: Place,
    private readonly level: Level,
  ) {}

  idFor(raw: string): string {
    const canonical = canonicalAgency(raw, this.place, this.level);
    const key = agencyKey(canonical.name);
    const existing = this.byKey.get(key);
    const cleanRaw = raw.trim();
    if (existing) {
      if (cleanRaw && cleanRaw !== existing.name && !existing.aliases.includes(cleanRaw)) existing.aliases.push(cleanRaw);
      return existing.id;
    }
    const localityId =
      canonical.placeTier === 'commune' ? (this.place.commune?.id ?? null)
      : canonical.placeTier === 'district' ? (this.place.district?.id ?? null)
      : canonical.placeTier === 'province' ? (this.place.province?.id ?? null)
      : null;
    const row: AgencyRow = {
      id: stableId('agency', key),
      name: canonical.name,
      aliases: cleanRaw && cleanRaw !== canonical.name ? [cleanRaw] : [],
      level: canonical.level,
      isGroup: canonical.isGroup,
      searchText: '',
      localityId,
      parentId: null,
    };
    this.byKey.set(key, row);
    if (canonical.parentName) row.parentId = this.idFor(canonical.parentName);
    return row.id;
  }

  rows(): AgencyRow[] {
    return [...this.byKey.values()].map((row) => ({ ...row, searchText: searchTextOf([row.name, ...row.aliases]) }));
  }
}

/** A report sent to a department of a Ban ("Phòng đoàn thể Ban Dân vận Tỉnh ủy") is a report to the Ban. */
function receivingBody(name: string): string {
  return name.replace(/^(Phòng|Vụ)\s+[\p{Ll}\s]+?\s+(?=Ban\s)/u, '');
}

function relationKey(r: RelationRow): string {
  return `${r.kind}|${r.fromId}|${r.toId}|${r.article ?? ''}|${r.clause ?? ''}`;
}

export function resolveDocument(doc: ParsedDocument): GraphBatch {
  const place = locateDocument(doc);
  const level = levelOfDocument(doc, place);
  const docId = stableId('doc', documentIdentity(doc, place, level));
  const agencies = new AgencyRegistry(place, level);
  const mentioned = new Map<string, DocumentRow>();
  const relations = new Map<string, RelationRow>();

  const conflicts = new Map<string, NumberConflict>();
  const mentionId = (m: DocumentMention): string => {
    const row = mentionedDocument(m, place, level);
    const correctedNumber = m.number && m.issuer ? correctedPartyNumber(m.number, m.issuer) : null;
    if (correctedNumber && !conflicts.has(row.id)) {
      const corrected = mentionedDocument({ ...m, number: correctedNumber }, place, level);
      conflicts.set(row.id, { written: row, corrected, issuer: m.issuer!, quote: m.quote });
    }
    const issuerName = m.issuer ?? impliedIssuer(m);
    const issuerIds = (issuerName ? [issuerName] : partiesOf(m.quote)).map((n) => agencies.idFor(n));
    const known = mentioned.get(row.id);
    if (known) {
      known.kind ??= row.kind;
      known.title ??= row.title;
      known.issuedOn ??= row.issuedOn;
      known.issuedYear ??= row.issuedYear;
      if (known.issuerIds.length === 0) known.issuerIds = issuerIds;
    } else if (row.id !== docId) {
      row.issuerIds = issuerIds;
      mentioned.set(row.id, row);
    }
    return row.id;
  };
  const relationTargets = () => new Set([...relations.values()].filter((r) => r.fromId === docId).map((r) => r.toId));
  const addRelation = (r: RelationRow): void => {
    if (r.fromId !== r.toId && !relations.has(relationKey(r))) relations.set(relationKey(r), r);
  };

  for (const basis of doc.bases) {
    addRelation({ kind: 'BASED_ON', fromId: docId, toId: mentionId(basis), inferred: false, evidence: basis.quote, article: null, clause: null });
  }
  for (const r of doc.relations) {
    const fromId = r.from ? mentionId(r.from) : docId;
    const toId = mentionId(r.to);
    addRelation({ kind: r.kind, fromId, toId, inferred: false, evidence: r.evidence, article: null, clause: null });
    // a relation stated between two other documents is also this document's mention of both
    if (r.from) {
      for (const [id, m] of [[fromId, r.from], [toId, r.to]] as const) {
        if (!relationTargets().has(id)) {
          addRelation({ kind: 'CITES', fromId: docId, toId: id, inferred: false, evidence: m.quote, article: null, clause: null });
        }
      }
    }
  }
  for (const c of doc.citations.filter((c: Citation) => !c.inBases)) {
    addRelation({ kind: 'CITES', fromId: docId, toId: mentionId(c.mention), inferred: false, evidence: c.mention.quote, article: c.article, clause: c.clause });
  }

  const articleIds = new Map<number, string>();
  const articles = doc.articles.map((a, position) => {
    const id = stableId('article', `${docId}|${a.number}|${position}`);
    if (!articleIds.has(a.number)) articleIds.set(a.number, id);
    return { id, number: a.number, heading: a.heading, text: a.text, chapter: a.chapter, position };
  });
  const clauses = doc.articles.flatMap((a, ai) =>
    a.clauses.map((c, position) => ({
      id: stableId('clause', `${docId}|${ai}|${position}`),
      articleId: articles[ai]!.id,
      label: c.label,
      text: c.text,
      position,
    })),
  );

  const sections = doc.sections.map((section, position) => ({
    id: stableId('section', `${docId}|${section.path}|${position}`),
    path: section.path,
    heading: section.heading,
    text: section.text,
    position,
  }));
  const issuerIds = doc.issuers.flatMap(splitAgencies).map((name) => agencies.idFor(name));
  // a duty of "A, B huyện ủy" is borne by each of them: one duty row per bearer
  const duties = doc.duties.flatMap((d, index) =>
    splitAgencies(d.agency).map((bearer, k) => ({
      id: stableId('duty', `${docId}|${index}|${k}`),
      text: d.text,
      role: d.role,
      source: d.source,
      frequency: d.frequency,
      deadline: d.deadline,
      position: 0,
      agencyId: agencies.idFor(bearer),
      articleId: d.article !== null ? (articleIds.get(d.article) ?? null) : null,
      collaboratorIds: [...new Set(d.collaborators.flatMap(splitAgencies).map((n) => agencies.idFor(n)))],
      reportToIds: [...new Set(d.reportTo.flatMap(splitAgencies).map(receivingBody).map((n) => agencies.idFor(n)))],
    })),
  ).map((duty, position) => ({ ...duty, position }));
  const signatures = doc.signers
    .filter((s) => s.name)
    .map((s, ordinal) => ({
      personId: stableId('person', fold(s.name!)),
      name: s.name!,
      position: s.position,
      capacity: s.capacity,
      agencyId: s.agency ? agencies.idFor(s.agency) : null,
      ordinal,
    }));
  const recipients = doc.recipients.map((r, ordinal) => ({ agencyId: agencies.idFor(r.name), name: r.name, purpose: r.purpose, ordinal }));
  // number/issuer mismatches are the resolver's to decide (see NumberConflict), not reported twice
  const warnings = doc.warnings.filter((w) => !/^(NUMBER_ISSUER_MISMATCH|number-issuer-mismatch)$/.test(w.kind));
  const issues = warnings.map((w, i) => ({
    id: stableId('issue', `${docId}|${i}`),
    kind: w.kind,
    message: w.line ? `${w.message} (${doc.file}, dòng ${w.line})` : w.message,
    quote: w.quote,
  }));

  const document: DocumentRow = {
    id: docId,
    number: doc.number ? canonicalNumber(doc.number) : null,
    numberKey: doc.number ? numberKey(doc.number) : null,
    kind: doc.kind,
    title: doc.title,
    issuedOn: doc.issuedOn,
    issuedYear: doc.issuedYear ?? (doc.issuedOn ? Number(doc.issuedOn.slice(0, 4)) : null),
    level,
    place: doc.place ?? place.commune?.name ?? place.district?.name ?? place.province?.name ?? null,
    hasText: true,
    status: null,
    searchText: searchTextOf([doc.number, doc.kind, doc.title, doc.place]),
    file: doc.file,
    localityId: place.commune?.id ?? place.district?.id ?? place.province?.id ?? null,
    issuerIds: [],
  };
  const localities = localityRows(place);
  return {
    document,
    mentioned: [...mentioned.values()],
    localities,
    agencies: agencies.rows(),
    issuerIds: [...new Set(issuerIds)],
    relations: [...relations.values()],
    articles,
    clauses,
    sections,
    duties,
    signatures,
    recipients,
    issues,
    conflicts: [...conflicts.values()].map((c) => ({ ...c, written: mentioned.get(c.written.id) ?? c.written })),
  };
}
