// The traps the gold names, each a pass/fail line: citation conflicts, the inferred cascade, a
// possible same document, a blank number and date, joint issuers.
import { fold } from '@cancu/seed/text/vietnamese';
import type { Gold, GoldConflict } from './load-gold.ts';
import { sameAgency, sameNumber } from './match-names.ts';
import { matchSets } from './score.ts';
import type { FoundDocument, FoundNode, LineageEdge } from './read-back.ts';
import { sameAsRelation } from './score-relations.ts';
import { placeOf } from './scoring-context.ts';

export interface TrapResult {
  trap: string;
  file: string;
  passed: boolean;
  /** what was checked and, when it failed, what was found instead */
  detail: string;
}

export interface TrapData {
  /** the gold documents as found, by gold file; an empty document when not found */
  documents: Map<string, FoundDocument>;
  node(number: string): FoundNode | null;
  lineage(id: string): LineageEdge[];
}

function mentions(text: string | null, number: string): boolean {
  return text !== null && fold(text).replace(/\s+/g, '').includes(fold(number).replace(/\s+/g, ''));
}

function issueQuoting(doc: FoundDocument, number: string) {
  return doc.dataIssues.find((i) => mentions(i.quote, number) || mentions(i.message, number));
}

function result(trap: string, file: string, failures: string[], checked: string): TrapResult {
  return { trap, file, passed: failures.length === 0, detail: failures.length ? failures.join('; ') : checked };
}

function conflictTrap(gold: Gold, doc: FoundDocument, conflict: GoldConflict, data: TrapData): TrapResult {
  const { cited, resolvesTo } = conflict;
  const citing = doc.citations.filter((c) => mentions(c.quote, cited));
  const failures: string[] = [];
  if (!resolvesTo) {
    const kept = doc.citations.some((c) => c.document.number !== null && sameNumber(c.document.number, cited));
    if (!kept) failures.push(`không có dẫn chiếu nào tới ${cited} (phải giữ nguyên như văn bản viết)`);
    if (!issueQuoting(doc, cited)) failures.push(`không có vấn đề dữ liệu nào nêu ${cited}`);
    return result(`${cited}: đánh dấu mâu thuẫn, không tự sửa`, gold.file, failures, `dẫn chiếu giữ nguyên ${cited} và có vấn đề dữ liệu nêu nó`);
  }
  if (sameNumber(cited, resolvesTo)) {
    const variant = data.node(cited);
    const canonical = data.node(resolvesTo);
    if (!canonical) failures.push(`không có ${resolvesTo} trong kho`);
    else {
      if (variant?.id !== canonical.id) failures.push(`${cited} và ${resolvesTo} là hai nút khác nhau`);
      if (canonical.number !== resolvesTo) failures.push(`số lưu là "${canonical.number}", không phải "${resolvesTo}"`);
      const ids = new Set([...data.documents.values()].flatMap((d) => d.citations).filter((c) => c.document.number && sameNumber(c.document.number, cited)).map((c) => c.document.id));
      if (ids.size > 1) failures.push(`các văn bản dẫn chiếu ${cited} trỏ tới ${ids.size} nút`);
    }
    return result(`${cited} = ${resolvesTo} (biến thể chữ hoa/thường)`, gold.file, failures, `một nút, số viết chuẩn "${resolvesTo}"`);
  }
  const resolved = citing.filter((c) => c.document.number !== null && sameNumber(c.document.number, resolvesTo));
  if (resolved.length === 0) {
    const seen = citing.map((c) => c.document.number ?? '(không số)').join('; ');
    failures.push(`dẫn chiếu "${cited}" không trỏ tới ${resolvesTo}${seen ? ` (trỏ tới: ${seen})` : ' (không thấy dẫn chiếu nào)'}`);
  }
  if (doc.citations.some((c) => c.document.number !== null && sameNumber(c.document.number, cited))) failures.push(`vẫn có nút ${cited} riêng`);
  if (!issueQuoting(doc, cited)) failures.push(`không có vấn đề dữ liệu nào trích dẫn "${cited}"`);
  return result(`${cited} → ${resolvesTo} (sai hậu tố)`, gold.file, failures, `trỏ tới ${resolvesTo}, có vấn đề dữ liệu trích nguyên văn`);
}

function cascadeTrap(gold: Gold, chain: string[], data: TrapData): TrapResult {
  const failures: string[] = [];
  const lowest = chain.at(-1) ? data.node(chain.at(-1)!) : null;
  const lineage = lowest ? data.lineage(lowest.id) : [];
  for (let i = chain.length - 1; i > 0; i--) {
    const [lower, higher] = [chain[i]!, chain[i - 1]!];
    const from = data.node(lower);
    const to = data.node(higher);
    const edge = (from?.relations ?? []).find((r) => r.kind === 'DERIVED_FROM' && r.from.id === from?.id && r.to.number !== null && sameNumber(r.to.number, higher));
    if (!edge) failures.push(`thiếu ${lower} DERIVED_FROM ${higher}`);
    else if (!edge.inferred) failures.push(`${lower} DERIVED_FROM ${higher} không được đánh dấu suy luận`);
    else if (!edge.evidence?.trim()) failures.push(`${lower} DERIVED_FROM ${higher} không có bằng chứng`);
    else if (!lineage.some((e) => e.kind === 'DERIVED_FROM' && e.inferred && e.source === from?.id && e.target === to?.id)) {
      failures.push(`lineage(${chain.at(-1)}) không có cạnh ${lower} → ${higher}`);
    }
  }
  return result(`chuỗi suy luận ${chain.join(' → ')}`, gold.file, failures, 'mỗi bậc là DERIVED_FROM suy luận, có bằng chứng, có trong lineage');
}

function sameAsTrap(gold: Gold, number: string, other: string, data: TrapData): TrapResult {
  const relations = [...(data.node(number)?.relations ?? []), ...(data.node(other)?.relations ?? [])];
  const same = sameAsRelation(relations, number, other);
  const failures: string[] = [];
  if (!same) failures.push(`không có quan hệ SAME_AS giữa ${number} và ${other}`);
  else {
    if (!same.inferred) failures.push('SAME_AS không được đánh dấu suy luận');
    if (!same.evidence?.trim()) failures.push('SAME_AS không có bằng chứng');
  }
  return result(`${number} có thể là ${other}`, gold.file, failures, 'SAME_AS suy luận, có bằng chứng');
}

function blankTrap(gold: Gold, doc: FoundDocument): TrapResult {
  const year = gold.document.issuedYear;
  const failures: string[] = [];
  if (!doc.id) failures.push('không tìm thấy văn bản');
  if (doc.number !== null) failures.push(`số là "${doc.number}" (phải để trống)`);
  if (doc.issuedOn !== null) failures.push(`ngày là ${doc.issuedOn} (phải để trống)`);
  if (doc.issuedYear !== (year ?? null)) failures.push(`năm là ${doc.issuedYear ?? '(trống)'} (phải là ${year})`);
  if (!doc.dataIssues.some((i) => i.quote !== null && (/^so\b/.test(fold(i.quote)) || fold(i.quote).includes(`nam ${year}`)))) {
    failures.push('không có vấn đề dữ liệu nào trích dòng số hoặc ngày để trống');
  }
  return result(`số và ngày để trống (năm ${year})`, gold.file, failures, `số trống, ngày trống, năm ${year}, có vấn đề dữ liệu`);
}

function jointIssuersTrap(gold: Gold, doc: FoundDocument): TrapResult {
  const match = matchSets(gold.document.issuers, doc.issuers, (g, f) => sameAgency(g, f.name, placeOf(gold)));
  const failures = [
    ...match.missing.map((g) => `thiếu ${g}`),
    ...match.extra.map((f) => `thừa ${f.name}`),
  ];
  return result(`${gold.document.issuers.length} cơ quan ban hành liên tịch`, gold.file, failures, gold.document.issuers.join('; '));
}

export function checkTraps(golds: Gold[], data: TrapData): TrapResult[] {
  return golds.flatMap((gold) => {
    const doc = data.documents.get(gold.file)!;
    const traps: TrapResult[] = [];
    for (const conflict of gold.citationConflicts ?? []) traps.push(conflictTrap(gold, doc, conflict, data));
    if (gold.inferredCascade?.length) traps.push(cascadeTrap(gold, gold.inferredCascade, data));
    for (const i of gold.implements) if (i.possiblySameAs && i.number) traps.push(sameAsTrap(gold, i.number, i.possiblySameAs, data));
    if (gold.document.number === null && gold.document.issuedOn === null && gold.document.issuedYear !== undefined) traps.push(blankTrap(gold, doc));
    if (gold.document.issuers.length > 1) traps.push(jointIssuersTrap(gold, doc));
    return traps;
  });
}

/** every number a trap or a relation check needs to look up on its own */
export function numbersToFetch(golds: Gold[]): string[] {
  return [
    ...new Set(
      golds.flatMap((g) => [
        ...(g.citationConflicts ?? []).flatMap((c) => [c.cited, ...(c.resolvesTo ? [c.resolvesTo] : [])]),
        ...(g.inferredCascade ?? []),
        ...g.implements.flatMap((i) => (i.possiblySameAs && i.number ? [i.number, i.possiblySameAs] : [])),
        ...(g.nestedRelations ?? []).map((r) => r.from),
      ]),
    ),
  ];
}
