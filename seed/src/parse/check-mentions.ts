// Texts contain mistakes: a number whose suffix contradicts the issuer written beside it
// ("314-QĐ/TU … của Ban Thường vụ Huyện ủy"). Recorded, never fixed.

import type { DocumentMention, ParseWarning } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';

/** Party suffixes and the committee each one belongs to. */
const SUFFIX_COMMITTEE: Record<string, RegExp> = {
  TW: /Trung ương|Bộ Chính trị|Ban Bí thư/u,
  'TƯ': /Trung ương|Bộ Chính trị|Ban Bí thư/u,
  TU: /Tỉnh ủy|Thành ủy/u,
  HU: /Huyện ủy|Quận ủy|Thị ủy/u,
};
const COMMITTEE = /Trung ương|Bộ Chính trị|Ban Bí thư|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy/u;
const SUFFIX_NAME: Record<string, string> = { TW: 'Trung ương', 'TƯ': 'Trung ương', TU: 'Tỉnh ủy', HU: 'Huyện ủy' };

export function checkMentions(groups: { line: Line | null; mentions: DocumentMention[] }[]): ParseWarning[] {
  return groups.flatMap(({ line, mentions }) =>
    mentions.filter(contradicts).map((m) => ({
      kind: 'NUMBER_ISSUER_MISMATCH',
      message: `Số ${m.number} mang ký hiệu của ${SUFFIX_NAME[suffixOf(m) ?? ''] ?? suffixOf(m)} nhưng văn bản ghi cơ quan ban hành là ${m.issuer}`,
      line: line?.line ?? null,
      quote: m.quote,
    })),
  );
}

function suffixOf(mention: DocumentMention): string | undefined {
  return /^\d+-\p{L}+\/(\p{L}+)$/u.exec(mention.number ?? '')?.[1];
}

function contradicts(mention: DocumentMention): boolean {
  const suffix = suffixOf(mention);
  const expected = suffix ? SUFFIX_COMMITTEE[suffix] : undefined;
  const issuer = mention.issuer ?? '';
  return expected !== undefined && COMMITTEE.test(issuer) && !expected.test(issuer);
}
