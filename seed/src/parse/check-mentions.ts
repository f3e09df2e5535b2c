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

export function checkMentions(groups: { line: Line | null; mentions: DocumentMention[] }[]): ParseWarning[] {
  return groups.flatMap(({ line, mentions }) =>
    mentions.filter(contradicts).map((m) => ({
      kind: 'number-issuer-mismatch',
      message: `${m.number} is attributed to ${m.issuer}: the suffix names another committee`,
      line: line?.line ?? null,
      quote: m.quote,
    })),
  );
}

function contradicts(mention: DocumentMention): boolean {
  const suffix = /^\d+-\p{L}+\/(\p{L}+)$/u.exec(mention.number ?? '')?.[1];
  const expected = suffix ? SUFFIX_COMMITTEE[suffix] : undefined;
  const issuer = mention.issuer ?? '';
  return expected !== undefined && COMMITTEE.test(issuer) && !expected.test(issuer);
}
