// Numbered documents mentioned in a stretch of text, with what the text says about each (kind,
// date, issuer, subject) and how each hangs on the mention before it.

import type { DocumentMention, RelationKind } from '../parsed-document.ts';
import { canonicalKind, findDocumentNumbers, KIND_PATTERN, kindOfNumber } from './match-document-number.ts';
import { findDate } from './read-date.ts';

export interface FoundMention {
  mention: DocumentMention;
  start: number;
  numberEnd: number;
  /** the words between the previous mention (or the segment start) and this one */
  gap: string;
  /** listed beside the previous mention ("A, B và C") rather than nested in its tail */
  coordinate: boolean;
  topLevel: boolean;
}

const KIND_BEFORE = new RegExp(`(?<![\\p{L}])(${KIND_PATTERN})(?![\\p{L}])`, 'giu');
const BETWEEN =
  /^((?:\s+(?!(?:và|của|về|ngày|tại|theo|số|này|được)\s)[^\s\d;,.()“”"]+){0,6}?)\s*(?:số\s*:?\s*)?$/iu;
const ISSUER_STOP =
  '(?=\\s+(?:về|khóa|khoá|ban hành|thực hiện|quy định|tại|hướng dẫn|trong|đối với|thông qua|kèm theo|tiếp tục|thành|giữa|và các|đã|được)(?![\\p{L}])|\\s*[,;(“"”.]|\\s*$)';
const ISSUER = new RegExp(`^[\\s,]*(?:của|do)\\s+(\\p{Lu}.*?)${ISSUER_STOP}`, 'u');
const SUBJECT = /(?:^|[\s“"])[Vv]ề\s+(?:việc\s+)?(.+)$/u;
const LOOKBACK = 140;

export function readMentions(segment: string): FoundMention[] {
  const numbers = findDocumentNumbers(segment);
  const found: FoundMention[] = [];
  let previousEnd = 0;
  for (const { number, index } of numbers) {
    const head = kindBefore(segment.slice(Math.max(previousEnd, index - LOOKBACK), index));
    const start = head ? index - head.length : index;
    const gap = segment.slice(previousEnd, start);
    const coordinate = found.length > 0 && isCoordinate(gap);
    const previous = found.at(-1);
    found.push({
      mention: {
        number,
        name: head?.name ?? null,
        kind: head?.kind ?? kindOfNumber(number),
        issuedOn: null,
        issuer: null,
        subject: null,
        quote: '',
      },
      start,
      numberEnd: index + number.length,
      gap,
      coordinate,
      topLevel: !previous || (coordinate && previous.topLevel),
    });
    previousEnd = index + number.length;
  }
  found.forEach((f, i) => describe(f, segment, tailEnd(found, i, segment.length)));
  return found;
}

/** The tail of a mention runs to the next mention listed beside it, or to the segment end. */
function tailEnd(found: FoundMention[], i: number, length: number): number {
  const own = found[i];
  const next = found.slice(i + 1).find((f) => f.coordinate && (f.topLevel || !own?.topLevel));
  return next ? next.start : length;
}

function describe(found: FoundMention, segment: string, end: number): void {
  const tail = segment.slice(found.numberEnd, end);
  const date = findDate(tail);
  const dated = date && /^[\s,]*$/.test(tail.slice(0, date.index));
  const afterDate = dated ? tail.slice(date.index + date.length) : tail;
  const issuer = ISSUER.exec(afterDate)?.[1]?.trim() ?? null;
  const subject = SUBJECT.exec(afterDate)?.[1] ?? null;
  found.mention.issuedOn = dated ? date.iso : null;
  found.mention.issuer = issuer;
  found.mention.subject = subject ? cleanEnd(subject.replace(/^[“"]\s*/u, '')) : null;
  found.mention.quote = cleanEnd(segment.slice(found.start, end));
}

function cleanEnd(text: string): string {
  return text.replace(/[\s,;.:“”"]+$/u, '').replace(/\s+(?:và|hoặc)$/u, '').trim();
}

function isCoordinate(gap: string): boolean {
  if (/^[\s,]*(?:và|hoặc)?[\s,]*$/u.test(gap)) return true;
  return /(?:,|và|hoặc)\s*$/u.test(gap) && !/(?:^|\s)về\s/u.test(gap) && relationBefore(gap) === null;
}

interface Head {
  length: number;
  kind: string | null;
  name: string | null;
}

/** "Quyết định số " → Quyết định; "Chương trình hành động số " → a kind; "Luật Lưu trữ số " → a name. */
function kindBefore(before: string): Head | null {
  let head: Head | null = null;
  for (const match of before.matchAll(new RegExp(KIND_BEFORE))) {
    const after = before.slice(match.index + match[0].length);
    const between = BETWEEN.exec(after);
    if (!between) continue;
    const kind = canonicalKind(match[0]);
    const words = (between[1] ?? '').trim();
    const named = /\p{Lu}/u.test(words);
    head = {
      length: before.length - match.index,
      kind: named || words === '' ? kind : `${kind} ${words}`,
      name: named ? `${kind} ${words}` : null,
    };
  }
  return head;
}

export interface StatedLink {
  kind: RelationKind;
  /** the later mention acts on the earlier one ("… sửa đổi, bổ sung bởi <later>") */
  reversed: boolean;
}

/** The relation the words right before a mention state towards what came before them. */
export function relationBefore(gap: string): StatedLink | null {
  const end = gap.slice(-90).toLowerCase();
  if (/sửa đổi,?\s*bổ sung(?:\s+một số điều)?\s*(?:bởi|theo|tại)\s*$/u.test(end)) return { kind: 'AMENDS', reversed: true };
  if (/(?:thực hiện|triển khai|cụ thể hóa)(?:\s+(?:nghiêm|tốt|có hiệu quả|hiệu quả))?\s*$/u.test(end)) {
    return { kind: 'IMPLEMENTS', reversed: false };
  }
  if (/(?:hướng dẫn|quy định chi tiết)(?:\s+thi hành)?(?:\s+(?:một số điều|một số nội dung)(?:\s+của)?)?\s*$/u.test(end)) {
    return { kind: 'GUIDES', reversed: false };
  }
  if (/sửa đổi,?\s*bổ sung(?:\s+một số điều)?(?:\s+của)?\s*$/u.test(end)) return { kind: 'AMENDS', reversed: false };
  if (/thay thế\s*$/u.test(end)) return { kind: 'SUPERSEDES', reversed: false };
  if (/bãi bỏ(?:\s+một số điều)?(?:\s+của)?\s*$/u.test(end)) return { kind: 'REPEALS', reversed: false };
  if (/đính chính\s*$/u.test(end)) return { kind: 'CORRECTS', reversed: false };
  return null;
}
