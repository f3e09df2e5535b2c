// The "Căn cứ …" lines before the body: one legal basis per document they name, laws by name.

import type { DocumentMention } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';
import { quotedLines } from './find-quotations.ts';
import { canonicalKind, KIND_PATTERN } from './match-document-number.ts';
import { findDate } from './read-date.ts';
import { readMentions, type FoundMention } from './read-mentions.ts';
import { capitalize } from './to-readable-case.ts';

export interface BasisPart {
  /** the basis itself: named, or the first numbered mention */
  basis: DocumentMention;
  /** every mention read in the part, the basis first when it is numbered */
  found: FoundMention[];
  /** the part of the line the mentions were read from */
  text: string;
  line: Line;
  index: number;
}

const BASIS_LINE = /^(?:[-+•]\s*)?Căn cứ\s+(?:vào\s+)?(.*)$/iu;
const PROVISION =
  /^(?:(?:điểm\s+[a-zđ\d]+|khoản\s+\d+|Điều\s+\d+[a-zđ]?|mục\s+\d+|tiết\s+\d+)(?![\p{L}])[,\s]*(?:và\s+)?)+(?:của\s+)?/iu;
const SELF = /^(?:\p{L}+\s+){0,3}này(?![\p{L}])/u;
const KIND_START = new RegExp(`^(${KIND_PATTERN})(?![\\p{L}])`, 'iu');
const NAME_END = /\s+(?:ngày\s+\d|số\s+\d)|,\s*ngày|\s*\(|\s+(?:đã|được)\s+(?:được\s+)?(?:sửa|bổ|hợp)/u;
const NAMED_ISSUER = /^[\s,]*của\s+(\p{Lu}[^,;(“"”]*?)(?=\s+(?:khóa|khoá|về)(?![\p{L}])|\s*[,;(“"”.]|\s*$)/u;

/** Lines [from, to) that start with "Căn cứ", split into one part per document. */
export function readBases(lines: Line[], from: number, to: number): BasisPart[] {
  const parts: BasisPart[] = [];
  const range = Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  // A consolidated text quotes the bases of its amending texts in footnotes: not its own.
  const quoted = quotedLines(lines, range);
  for (const index of range) {
    if (quoted.has(index)) continue;
    const line = lines[index];
    const rest = line ? BASIS_LINE.exec(line.text)?.[1] : undefined;
    if (!line || rest === undefined) continue;
    for (const raw of rest.split(';')) {
      const part = raw.trim().replace(/^(?:và|các)\s+/u, '').replace(PROVISION, '').replace(/[.,]$/u, '').trim();
      if (part === '' || SELF.test(part)) continue;
      parts.push(...readPart(part, line, index));
    }
  }
  return shareTrailingSubject(parts);
}

/**
 * "Căn cứ Quyết định số 23-QĐ/TW …; Quyết định số 407-QĐ/TU …; Quyết định số 314-QĐ/HU … về việc
 * ban hành Quy chế …": one subject closes a line of documents of one kind, and belongs to each.
 */
function shareTrailingSubject(parts: BasisPart[]): BasisPart[] {
  return parts.map((part, i) => {
    if (part.basis.subject || !part.basis.number) return part;
    const last = [...parts].reverse().find((p) => p.index === part.index);
    const shares =
      last && last !== part && last.basis.subject && last.basis.kind === part.basis.kind &&
      parts.slice(i + 1).every((p) => p.index !== part.index || p.basis.kind === part.basis.kind);
    return shares ? { ...part, basis: { ...part.basis, subject: last.basis.subject } } : part;
  });
}

function readPart(part: string, line: Line, index: number): BasisPart[] {
  const found = readMentions(part);
  const kind = KIND_START.exec(part);
  const first = found[0];
  if (kind && (!first || first.start > 0)) {
    return [{ basis: namedMention(part, kind[1] ?? '', first?.start ?? part.length), found, text: part, line, index }];
  }
  return found.filter((f) => f.topLevel).map((f) => ({ basis: f.mention, found, text: part, line, index }));
}

function namedMention(part: string, kindWritten: string, end: number): DocumentMention {
  const own = part.slice(0, end);
  const cut = NAME_END.exec(own);
  const kind = canonicalKind(kindWritten);
  const name = capitalize(`${kind ?? kindWritten}${own.slice(kindWritten.length, cut ? cut.index : own.length)}`)
    .replace(/[\s,;.:]+$/u, '');
  const date = findDate(own);
  const afterDate = date ? own.slice(date.index + date.length) : '';
  return {
    number: null,
    name,
    kind,
    issuedOn: date?.iso ?? null,
    issuer: date ? (NAMED_ISSUER.exec(afterDate)?.[1]?.trim() ?? null) : null,
    subject: null,
    quote: part,
  };
}
