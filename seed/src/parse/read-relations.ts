// Relations the text states: nested in a mention ("Chỉ thị … về tiếp tục thực hiện Nghị quyết …"),
// or of the document itself ("Thực hiện Chương trình …", "Quy chế này thay thế …", "… hết hiệu lực").

import type { DocumentMention, StatedRelation } from '../parsed-document.ts';
import { relationBefore, type FoundMention } from './read-mentions.ts';
import { canonicalKind, KIND_PATTERN } from './match-document-number.ts';
import { capitalize } from './to-readable-case.ts';
import { findDate } from './read-date.ts';

export interface Segment {
  text: string;
  found: FoundMention[];
}

const EVIDENCE_LENGTH = 300;
const IMPLEMENTING_LINE = /^(?:Để\s+)?(?:tiếp tục\s+)?(?:thực hiện|triển khai(?:\s+thực hiện)?)\s/iu;
const TITLE_TARGET = new RegExp(`(?:thực hiện|triển khai)\\s+((?:${KIND_PATTERN})\\s+[^,;.]{5,})$`, 'iu');
const SUPERSEDING = /(?:này|đây)\s+thay thế(?![\p{L}])/u;
const EXPIRING = /hết hiệu lực/u;
const REPEALING = /bãi bỏ(?![\p{L}])/u;

/** Relations between mentions of one segment; `head` is a basis cited by name that opens it. */
export function nestedRelations(segment: Segment, head: DocumentMention | null = null): StatedRelation[] {
  const relations: StatedRelation[] = [];
  let open: { parent: DocumentMention; parentStart: number; link: NonNullable<ReturnType<typeof relationBefore>> } | null = null;
  segment.found.forEach((f, i) => {
    const previous = segment.found[i - 1];
    if (f.coordinate) {
      if (open && !f.topLevel) relations.push(relation(segment.text, open.parent, open.parentStart, f, open.link));
      return;
    }
    const parent = previous?.mention ?? head;
    const link = parent && continuesMention(f.gap) && parent.number !== f.mention.number ? relationBefore(f.gap) : null;
    open = parent && link ? { parent, parentStart: previous?.start ?? 0, link } : null;
    if (open) relations.push(relation(segment.text, open.parent, open.parentStart, f, open.link));
  });
  return relations;
}

/** A new clause (", chỉ đạo …") ends what the text says about a mention; its date does not. */
function continuesMention(gap: string): boolean {
  return !/,\s+(?!ngày|bổ sung)/u.test(gap);
}

function relation(
  text: string,
  parent: DocumentMention,
  parentStart: number,
  child: FoundMention,
  link: NonNullable<ReturnType<typeof relationBefore>>,
): StatedRelation {
  const evidence = text.slice(parentStart, child.numberEnd).slice(-EVIDENCE_LENGTH);
  return link.reversed
    ? { kind: link.kind, from: child.mention, to: parent, evidence }
    : { kind: link.kind, from: parent, to: child.mention, evidence };
}

/** The first mention after `index` and those listed beside it. */
function groupAfter(found: FoundMention[], index: number): FoundMention[] {
  const first = found.findIndex((f) => f.start >= index);
  if (first < 0) return [];
  const group = [found[first] as FoundMention];
  for (const f of found.slice(first + 1)) {
    if (!f.coordinate) break;
    group.push(f);
  }
  return group;
}

const own = (kind: StatedRelation['kind'], to: DocumentMention, evidence: string): StatedRelation => ({
  kind,
  from: null,
  to,
  evidence: evidence.slice(0, EVIDENCE_LENGTH),
});

/** "Thực hiện Chương trình phối hợp số …" before the body: the document carries it out. */
export function implementedInPreamble(segments: Segment[]): StatedRelation[] {
  return segments
    .filter((s) => IMPLEMENTING_LINE.test(s.text))
    .flatMap((s) => groupAfter(s.found, 0).filter((f) => f.gap.length < 60))
    .map((f) => own('IMPLEMENTS', f.mention, f.mention.quote));
}

/**
 * The title states the document's own relation: by number ("sửa đổi, bổ sung … Nghị định số …"),
 * or by name only ("V/v triển khai thực hiện Quy chế …"), when the text names its number elsewhere.
 */
export function statedInTitle(title: Segment | null, elsewhere: Segment[], known: DocumentMention[] = []): StatedRelation[] {
  if (!title) return [];
  const first = title.found[0];
  if (first) {
    const link = relationBefore(first.gap);
    return link ? groupAfter(title.found, 0).map((f) => own(link.kind, f.mention, title.text)) : [];
  }
  const byName = namedTarget(title.text, known);
  if (byName) return [own(byName.kind, byName.mention, title.text)];
  const target = TITLE_TARGET.exec(title.text)?.[1]?.toLowerCase();
  if (!target) return [];
  const naming = elsewhere.find((s) => s.found.length > 0 && s.text.toLowerCase().includes(target));
  const named = naming ? nearestMention(naming, naming.text.toLowerCase().indexOf(target)) : undefined;
  if (!naming || !named) return [];
  const mention = { ...named.mention };
  const opening = findDate(naming.text);
  if (!mention.issuedOn && opening?.index === 0 && /^Ngày/iu.test(naming.text)) {
    mention.issuedOn = opening.iso;
  }
  return [own('IMPLEMENTS', mention, naming.text)];
}

const NAMED_LAW = new RegExp(
  `(sửa đổi,?\\s*bổ sung|quy định chi tiết|hướng dẫn|bãi bỏ|đính chính)(?:[^,;]*?\\s(?:của|thi hành))?\\s+((?:bộ luật|luật|pháp lệnh)\\s+[^,;(]+?)(?=\\s+(?:về|và|ngày|năm|số|đối với|trong)\\s|[,;(]|$)`,
  'iu',
);

/**
 * "Quy định chi tiết một số điều của Luật Bảo hiểm xã hội": the law the title acts on, cited by
 * name; the bases usually name it too, with its date, and that reading is kept.
 */
function namedTarget(title: string, known: DocumentMention[]): { kind: StatedRelation['kind']; mention: DocumentMention } | null {
  const match = NAMED_LAW.exec(title);
  if (!match) return null;
  const link = relationBefore(`${match[1] ?? ''} `.trimEnd());
  const written = (match[2] ?? '').trim();
  const name = capitalize(written === written.toUpperCase() ? written.toLowerCase() : written);
  const basis = known.find((m) => m.number === null && m.name?.toLowerCase() === name.toLowerCase());
  const kind = canonicalKind(name.split(/\s+/).slice(0, /^bộ luật|^pháp lệnh/iu.test(name) ? 2 : 1).join(' '));
  const mention = basis ?? { number: null, name, kind, issuedOn: null, issuer: null, subject: null, quote: match[0] };
  return link ? { kind: link.kind, mention } : null;
}

function nearestMention(segment: Segment, index: number): FoundMention | undefined {
  return [...segment.found].sort((a, b) => Math.abs(a.start - index) - Math.abs(b.start - index))[0];
}

/** "Quy chế này thay thế …", "… hết hiệu lực", "bãi bỏ …" in the body. */
export function statedInBody(segments: Segment[]): StatedRelation[] {
  return segments.flatMap((s) => {
    const superseding = SUPERSEDING.exec(s.text);
    if (superseding) return groupAfter(s.found, superseding.index).map((f) => own('SUPERSEDES', f.mention, s.text));
    const repealing = REPEALING.exec(s.text);
    if (repealing) return groupAfter(s.found, repealing.index).map((f) => own('REPEALS', f.mention, s.text));
    const expiring = EXPIRING.exec(s.text);
    if (expiring) {
      return s.found.filter((f) => f.topLevel && f.start < expiring.index).map((f) => own('REPEALS', f.mention, s.text));
    }
    return [];
  });
}

export function withoutDuplicates(relations: StatedRelation[]): StatedRelation[] {
  const key = (m: DocumentMention | null) => (m ? (m.number ?? m.name ?? '') : '');
  const seen = new Set<string>();
  return relations.filter((r) => {
    const id = `${r.kind}|${key(r.from)}|${key(r.to)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
