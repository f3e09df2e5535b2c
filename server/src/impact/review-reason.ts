// Why a document must be reviewed, in words an officer reads: "căn cứ trực tiếp vào 23-QĐ/TW (Điều 12 khoản 3)".
import type { DocumentModel } from '../db/queries/documents.ts';

export const LEVEL_NAMES: Record<string, string> = {
  CENTRAL: 'Trung ương',
  PROVINCE: 'Tỉnh',
  DISTRICT: 'Huyện',
  COMMUNE: 'Xã',
  UNKNOWN: 'Chưa xác định cấp',
};

const LEVEL_WORDS: Record<string, string> = { CENTRAL: 'trung ương', PROVINCE: 'tỉnh', DISTRICT: 'huyện', COMMUNE: 'xã' };

/** The level order of a review: the centre first. */
export const LEVEL_ORDER = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNKNOWN'];

/** A document as a reason names it: its number, or its kind and year ("Kế hoạch 2022"). */
export function shortLabel(d: Pick<DocumentModel, 'number' | 'kind' | 'issuedYear'>): string {
  return d.number ?? `${d.kind}${d.issuedYear ? ` ${d.issuedYear}` : ''}`;
}

/** "30/07/2021" from "2021-07-30" */
export function displayDate(iso: string | null): string | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

export interface Mention {
  /** where it stands in the citing document */
  article: number | null;
  clause: string | null;
  /** the articles of the cited document it names; [] for the whole document */
  citedArticles: number[];
}

/** "Điều 12 khoản 3", "Mục III.1.1", "Điều 4 → Điều 5, 6"; null when the mention stands in no article (a "Căn cứ" line) */
export function mentionPlace(m: Mention): string | null {
  const place = m.article !== null ? `Điều ${m.article}${m.clause ? ` khoản ${m.clause}` : ''}` : m.clause ? `Mục ${m.clause}` : null;
  if (!place) return null;
  return m.citedArticles.length ? `${place} → Điều ${m.citedArticles.join(', ')}` : place;
}

/** the distinct places of some mentions, in order */
export function mentionPlaces(mentions: Mention[]): string[] {
  return [...new Set(mentions.map(mentionPlace).filter((p): p is string => p !== null))];
}

export interface ReasonInput {
  document: DocumentModel;
  depth: number;
  /** the relation of the explaining path's last link, and the document it points at */
  kind: string;
  parent: DocumentModel;
  /** root … document */
  path: DocumentModel[];
  inferred: boolean;
  stopped: boolean;
  /** where the document mentions the parent (mentionPlace) */
  places: string[];
}

function relationPhrase(input: ReasonInput): string {
  const parent = shortLabel(input.parent);
  const direct = input.depth === 1;
  switch (input.kind) {
    case 'BASED_ON':
      return `căn cứ ${direct ? 'trực tiếp ' : ''}vào ${parent}`;
    case 'IMPLEMENTS':
      return `thực hiện ${parent}`;
    case 'GUIDES':
      return `hướng dẫn ${parent}`;
    case 'CITES':
      return `dẫn chiếu ${parent}`;
    case 'DERIVED_FROM': {
      const level = LEVEL_WORDS[input.document.level];
      return `suy luận: tái ban hành ${level ? `cấp ${level} ` : ''}của ${parent}`;
    }
    case 'SAME_AS':
      return `suy luận: có thể cùng là một văn bản với ${parent}`;
    default:
      return `liên quan đến ${parent}`;
  }
}

export function reviewReason(input: ReasonInput): string {
  let reason = relationPhrase(input) + (input.places.length ? ` (${input.places.join('; ')})` : '');
  if (input.depth > 1) {
    const chain = input.path.slice(0, -1).map(shortLabel).join(' → ');
    reason += `; ${input.inferred ? 'chuỗi có suy luận' : 'chuỗi'}: ${chain}`;
  }
  if (input.stopped) reason += '; văn bản đã hết hiệu lực, không xét tiếp các văn bản dựa trên nó';
  return reason;
}
