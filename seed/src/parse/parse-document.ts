// One document's text → typed records, before resolution. Pure: no I/O, never throws.

import { emptyDocument, type Citation, type DocumentMention, type ParsedDocument, type ParseWarning } from '../parsed-document.ts';
import { readText, type Line } from './normalize-text.ts';
import { readAdoptionDate, readHeader, readPreambleBodies } from './read-header.ts';
import { readTitle } from './read-title.ts';
import { readBases, type BasisPart } from './read-bases.ts';
import { readMentions } from './read-mentions.ts';
import {
  implementedInPreamble,
  nestedRelations,
  statedInBody,
  statedInTitle,
  withoutDuplicates,
  type Segment,
} from './read-relations.ts';
import { findBodyStart, readStructure, type Location } from './read-structure.ts';
import { readDuties } from './read-duties.ts';
import { completeAgencies, readSignatures } from './read-signatures.ts';
import { readRecipients } from './read-recipients.ts';
import { kindOfNumber } from './match-document-number.ts';
import { looksLikeDocument } from './looks-like-document.ts';
import { checkMentions } from './check-mentions.ts';
import { actorsBefore } from './find-agencies.ts';
import { readBlocks } from './read-blocks.ts';
import { documentWarnings, isNearEmpty, nearEmptyWarning } from './check-document.ts';

interface LocatedSegment extends Segment {
  index: number;
}

export function parseDocument(text: string, file: string): ParsedDocument {
  try {
    return parse(typeof text === 'string' ? text : String(text), file);
  } catch (error) {
    return {
      ...emptyDocument(file),
      warnings: [{ kind: 'PARSE_FAILED', message: `Lỗi khi đọc văn bản: ${String(error)}`, line: null, quote: null }],
    };
  }
}

function parse(text: string, file: string): ParsedDocument {
  const { lines, noise } = readText(text);
  if (isNearEmpty(lines, noise)) return nearEmptyDocument(file, lines, noise);
  const title = readTitle(lines);
  const header = readHeader(lines, title.index, filedAsConsolidated(noise));
  const displaced = new Set(header.displaced);
  const preambleStart = title.index === null ? (header.numberIndex ?? -1) + 1 : title.end;
  const bodyStart = findBodyStart(lines, preambleStart);
  const bases = readBases(lines, preambleStart, bodyStart);
  const recipients = readRecipients(lines);
  const signatures = readSignatures(lines, bodyStart);
  const closing = new Set([...recipients.consumed, ...signatures.consumed, ...displaced]);
  const structure = readStructure(lines, bodyStart, closing);
  const baseLines = new Set(bases.map((b) => b.index));
  const segments = segmentsOf(lines, preambleStart, (i) => !closing.has(i) && !baseLines.has(i));
  const preamble = segments.filter((s) => s.index < bodyStart);
  const titleSegment = title.title ? { text: title.title, found: readMentions(title.title) } : null;

  const relations = withoutDuplicates([
    ...implementedInPreamble(preamble),
    ...statedInTitle(titleSegment, segments, bases.map((b) => b.basis)),
    ...statedInBody(segments.filter((s) => s.index >= bodyStart)),
    ...basisRelations(bases),
    ...segments.flatMap((s) => nestedRelations(s)),
  ]);
  const citations = [
    ...basisCitations(bases),
    ...(titleSegment?.found ?? []).map((f) => citation(f.mention, undefined, false)),
    ...segments.flatMap((s) => s.found.map((f) => citation(f.mention, structure.locations.get(s.index), false))),
  ];

  const adoption = header.issuedOn || header.issuedYear ? null : readAdoptionDate(lines);
  const consolidated = isConsolidated(header.number, lines, noise);
  const kind = consolidated ? 'Văn bản hợp nhất' : (title.kind ?? (header.number ? kindOfNumber(header.number) : null));
  const signers = completeAgencies(signatures.signers, header.issuers, lines.map((l) => l.text).join('\n'));
  const headerEnd = title.index ?? preambleStart;
  const blocks = readBlocks(lines, noise, {
    header: [...range(0, headerEnd), ...displaced],
    title: title.index === null ? [] : range(title.index, title.end),
    basis: baseLines,
    signature: signatures.consumed,
    recipients: recipients.consumed,
    body: structure.roles,
    preambleStart,
    bodyStart,
  });
  const warnings: ParseWarning[] = [
    ...documentWarnings(header, headerEnd, kind),
    ...(adoption ? [adoptionWarning(adoption.line)] : []),
    ...checkMentions(segments.map((s) => ({ line: lines[s.index] ?? null, mentions: s.found.map((f) => f.mention) }))),
  ];

  return withDocumentCheck({
    file,
    number: header.number,
    kind: kind ?? 'Văn bản',
    title: title.title,
    issuedOn: header.issuedOn ?? adoption?.iso ?? null,
    issuedYear: header.issuedYear ?? (adoption ? Number(adoption.iso.slice(0, 4)) : null),
    place: header.place,
    issuers: firstNonEmpty(
      header.issuers,
      readPreambleBodies(lines, preambleStart, bodyStart),
      signerAgencies(signers),
      enactingBodies(lines, preambleStart, bodyStart),
    ),
    bases: bases.map((b) => b.basis),
    relations,
    citations,
    chapters: structure.chapters,
    articles: structure.articles,
    sections: structure.sections,
    duties: readDuties(structure.articles, structure.sections),
    signers,
    recipients: recipients.recipients,
    warnings,
    blocks,
  });
}

/** A text that is no document at all says so among its warnings. */
function withDocumentCheck(parsed: ParsedDocument): ParsedDocument {
  const check = looksLikeDocument(parsed);
  if (check.ok) return parsed;
  return { ...parsed, warnings: [{ kind: 'NOT_A_DOCUMENT', message: check.reason, line: null, quote: null }, ...parsed.warnings] };
}

/** A consolidated text (VBHN) reprints the title of the text it consolidates: the kind is its own. */
function isConsolidated(number: string | null, lines: Line[], noise: Line[]): boolean {
  if (number) return kindOfNumber(number) === 'Văn bản hợp nhất';
  return filedAsConsolidated(noise) || lines.some((l) => /^XÁC (?:THỰC|NHẬN) VĂN BẢN HỢP NHẤT/u.test(l.text));
}

/** The gazette's heading "VĂN BẢN HỢP NHẤT - <issuer>" above the text. */
function filedAsConsolidated(noise: Line[]): boolean {
  return noise.some((l) => /^VĂN BẢN HỢP NHẤT/u.test(l.text));
}

/** A scanned gazette page leaves page headers and a signature: nothing to read, and it says so. */
function nearEmptyDocument(file: string, lines: Line[], noise: Line[]): ParsedDocument {
  const blocks = readBlocks(lines, noise, {
    header: [],
    title: [],
    basis: [],
    signature: [],
    recipients: [],
    body: new Map(),
    preambleStart: 0,
    bodyStart: 0,
  });
  return { ...emptyDocument(file), warnings: [nearEmptyWarning(lines)], blocks };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/** Each line from `from` on, cut at ";" so that a list of documents reads one by one. */
function segmentsOf(lines: Line[], from: number, keep: (index: number) => boolean): LocatedSegment[] {
  const segments: LocatedSegment[] = [];
  for (let index = Math.max(0, from); index < lines.length; index += 1) {
    const text = lines[index]?.text ?? '';
    if (!keep(index) || !/\d/.test(text)) continue;
    for (const piece of text.split(';')) {
      const found = /\d/.test(piece) ? readMentions(piece) : [];
      segments.push({ text: piece, found, index });
    }
  }
  return segments;
}

/** Several bases of one "Căn cứ" part share the same reading: count it once. */
function uniqueParts(bases: BasisPart[]): BasisPart[] {
  const seen = new Set<unknown>();
  return bases.filter((b) => (seen.has(b.found) ? false : (seen.add(b.found), true)));
}

function basisRelations(bases: BasisPart[]) {
  return uniqueParts(bases).flatMap((b) => {
    const head = b.basis.number === null ? b.basis : null;
    return nestedRelations({ text: b.text, found: b.found }, head);
  });
}

function basisCitations(bases: BasisPart[]): Citation[] {
  return uniqueParts(bases).flatMap((b) => b.found.map((f) => citation(f.mention, undefined, true)));
}

function citation(mention: DocumentMention, location: Location | undefined, inBases: boolean): Citation {
  return { mention, article: location?.article ?? null, clause: location?.clause ?? null, inBases };
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((list) => list.length > 0) ?? [];
}

const ENACTING = /(?<=\s)(?:ban hành|xây dựng)(?![\p{L}])/u;
/** "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư …": the minister enacts for the ministry. */
const MINISTER_ENACTS = /^(?:Bộ trưởng|Thủ trưởng|Chủ nhiệm)\s+((?:Bộ|Ủy ban)\s+\p{Lu}.*?)\s+ban hành(?![\p{L}])/u;

/** "…, Ban Thường vụ Huyện ủy ban hành quy chế …": who enacts, when neither header nor signature says. */
function enactingBodies(lines: Line[], from: number, to: number): string[] {
  for (const line of lines.slice(Math.max(0, from), to)) {
    const ministry = MINISTER_ENACTS.exec(line.text)?.[1];
    if (ministry) return [ministry];
    const bodies = actorsBefore(line.text.replace(/^[-+•]\s*/u, ''), ENACTING);
    if (bodies.length > 0) return bodies;
  }
  return [];
}

function signerAgencies(signers: ParsedDocument['signers']): string[] {
  return [...new Set(signers.map((s) => s.agency).filter((a): a is string => a !== null))];
}

function adoptionWarning(line: Line): ParseWarning {
  return {
    kind: 'DATE_FROM_BODY',
    message: 'Phần đầu không ghi ngày: dùng ngày thông qua ghi trong nội dung văn bản',
    line: line.line,
    quote: line.text,
  };
}
