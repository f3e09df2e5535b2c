// Who must do what: duties under "Trách nhiệm của <agency>" headings and bare agency headings
// ("3. Sở Nội vụ", "2. Thanh tra tỉnh:"), and in sentences ("<A> chủ trì, phối hợp với <B> …",
// "Giao <A> …", "<A> và <B> có trách nhiệm …").

import type { ParsedArticle, ParsedDuty, ParsedSection, Role } from '../parsed-document.ts';
import { agencyPhraseAt, organStarts, splitJointAgencies, startsWithOrgan } from './find-agencies.ts';
import { capitalize } from './to-readable-case.ts';

interface Place {
  source: string;
  article: number | null;
  clause: string | null;
}

interface Bearer {
  agency: string;
  role: Role;
  collaborators: string[];
}

const RESPONSIBILITY_HEADING = /^(?:Trách nhiệm|Nhiệm vụ(?:,\s*quyền hạn)?)\s+của\s+(.+)$/iu;
const ITEM = /^[-+•]\s*/u;
const ADVERBIAL_START =
  /^(?:[Đđ]ịnh kỳ|[Hh][ằà]ng\s+(?:năm|tháng|quý|tuần)|[Cc]uối năm|[Đđ]ầu năm|[Cc]ăn cứ|[Đđ]ồng thời|[Tt]rường hợp|[Kk]hi|[Tt]rong|[Ss]au khi|[Tt]rước khi|[Nn]goài ra)(?![\p{L}])/u;
const LEADS = /^chủ trì(?![\p{L}])/u;
const SUPPORTS = /^phối hợp\s+với(?![\p{L}])/u;
const FREQUENCY_UNIT = '(?:(?:hằng|hàng|mỗi)\\s+(?:tháng|quý|năm|tuần|ngày)|(?:\\d+|một|hai|ba|sáu)\\s+(?:tháng|năm)|cả\\s+năm)';
const FREQUENCY = new RegExp(
  `[Đđ]ịnh kỳ(?:\\s+${FREQUENCY_UNIT}(?:\\s*(?:,|và|hoặc)\\s*${FREQUENCY_UNIT})*)?|(?<![\\p{L}])[Hh][ằà]ng\\s+(?:tháng|quý|năm|tuần)(?:\\s*(?:,|và|hoặc)\\s*${FREQUENCY_UNIT})*|[Tt]hường xuyên`,
  'u',
);
const DEADLINE =
  /(?:chậm nhất(?:\s+là)?|xong trước|hoàn thành trước|trước)\s+ngày\s+(?:trình\s+ít nhất\s+\d+\s+ngày|\d{1,2}(?:\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))|trong\s+quý\s+[IV]+(?:\s+năm\s+\d{4})?/u;
const COLLABORATORS_END = /\s+(?:để|trong|nhằm|về|theo|khi)(?![\p{L}])/u;
const REPORT_TO = /(?:báo cáo(?:\s+(?:với|cho|lên))?|gửi(?:\s[^.;]{0,200}?)?\s+về)\s+(?=\p{Lu}|các\s)/gu;
const REPORT_END = /\s+(?:để|kết quả|trước|chậm nhất|trong|theo|qua|về|định kỳ)(?![\p{L}])|[;.(:]|$/u;

export function readDuties(articles: ParsedArticle[], sections: ParsedSection[]): ParsedDuty[] {
  return [...articles.flatMap(articleDuties), ...sectionDuties(sections)];
}

function articleDuties(article: ParsedArticle): ParsedDuty[] {
  const agency = headingAgency(article.heading);
  const at = (clause: string | null): Place => ({
    source: clause ? `Điều ${article.number} khoản ${clause}` : `Điều ${article.number}`,
    article: article.number,
    clause,
  });
  if (article.clauses.length === 0) return unitDuties(article.text, at(null), agency);
  return article.clauses.flatMap((c) => unitDuties(c.text, at(c.label), agency));
}

/** A section's heading agency holds for the sections under it ("III.1" over "III.1.7"). */
function sectionDuties(sections: ParsedSection[]): ParsedDuty[] {
  const agencies = new Map<string, string>();
  return sections.flatMap((section) => {
    const own = headingAgency(section.heading) ?? bareAgency(section.heading ?? '');
    if (own) agencies.set(section.path, own);
    const inherited = ancestors(section.path).map((p) => agencies.get(p)).find(Boolean) ?? null;
    const place = { source: `Mục ${section.path}`, article: null, clause: section.path };
    if (own && section.text === '') return [];
    return unitDuties(section.text, place, own ?? inherited, own !== null);
  });
}

function ancestors(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(0, -1).map((_, k) => parts.slice(0, parts.length - 1 - k).join('.'));
}

function headingAgency(heading: string | null): string | null {
  const match = heading ? RESPONSIBILITY_HEADING.exec(heading) : null;
  return match?.[1] ? capitalize(match[1].trim()) : null;
}

/** "Ban Dân vận Tỉnh ủy", "Thanh tra tỉnh:": a name standing alone, with no verb after it. */
function bareAgency(text: string): string | null {
  const name = text.replace(/:\s*$/u, '').trim();
  if (name === '' || !startsWithOrgan(name) || agencyPhraseAt(`${name} .`, 0)) return null;
  return name.split(/\s+/).length <= 16 ? name : null;
}

/**
 * One clause or section: under an agency every item (or the whole unit) is one of its duties;
 * without one, sentences name their own bearers.
 */
function unitDuties(text: string, place: Place, agency: string | null, itemsOnly = false): ParsedDuty[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (agency && itemsOnly && lines.some((l) => ITEM.test(l))) {
    return lines.flatMap((l) =>
      ITEM.test(l) ? [duty(l.replace(ITEM, ''), place, ownBearers(l, agency))] : sentenceDuties(l, place),
    );
  }
  if (agency) return [duty(text, place, ownBearers(text, agency))];
  const [head = '', ...rest] = lines;
  const items = rest.filter((l) => ITEM.test(l)).map((l) => l.replace(ITEM, ''));
  const colon = /^([^:]{3,150}):\s*(.*)$/u.exec(head);
  const named = bareAgency(head) ?? (colon ? bareAgency(colon[1] ?? '') : null);
  if (named) {
    const own = colon && bareAgency(colon[1] ?? '') ? (colon[2] ?? '') : '';
    const units = items.length > 0 ? items : [own].filter(Boolean);
    return units.map((unit) => duty(unit, place, ownBearers(unit, named)));
  }
  if (/:$/.test(head) && items.length > 0) {
    const bearers = sentenceBearers(head);
    if (bearers.length > 0) return items.flatMap((item) => bearers.map((b) => duty(item, place, b)));
  }
  return sentenceDuties(text, place);
}

function sentenceDuties(text: string, place: Place): ParsedDuty[] {
  return sentences(text).flatMap((s) => sentenceBearers(s).map((b) => duty(s, place, b)));
}

/** Under a heading the addressee leads, unless the unit names who leads or supports. */
function ownBearers(text: string, agency: string): Bearer {
  const [own] = sentenceBearers(text.replace(ITEM, ''));
  if (own && (own.role === 'SUPPORT' || own.collaborators.length > 0) && own.agency !== agency) return own;
  return { agency, role: 'LEAD', collaborators: collaboratorsIn(text) };
}

function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((l) => l.replace(ITEM, '').split(/(?<=[.;])\s+(?=\p{Lu})/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

function sentenceBearers(sentence: string): Bearer[] {
  const leading = leaderBefore(sentence);
  if (leading) return [leading];
  const start = organStarts(sentence).find((o) => o <= 160);
  if (start === undefined) return [];
  const prefix = sentence.slice(0, start).trim();
  if (prefix !== '' && prefix !== 'Giao' && !ADVERBIAL_START.test(prefix)) return [];
  const phrase = agencyPhraseAt(sentence, start);
  if (!phrase) return [];
  const after = sentence.slice(phrase.end).trim();
  const role: Role = SUPPORTS.test(after) ? 'SUPPORT' : 'LEAD';
  const agencies = splitJointAgencies(phrase.agency);
  const collaborators = collaboratorsIn(after);
  return agencies.map((agency) => ({ agency, role, collaborators }));
}

/** "<A> chủ trì": the body named right before "chủ trì" leads, wherever the sentence starts. */
function leaderBefore(sentence: string): Bearer | null {
  const at = sentence.search(/(?<=\s)chủ trì(?![\p{L}])/u);
  if (at < 0) return null;
  const start = organStarts(sentence.slice(0, at)).find((o) => agencyPhraseAt(sentence, o)?.end === at);
  if (start === undefined) return null;
  const agency = sentence.slice(start, at).replace(/[\s,]+$/u, '');
  return { agency, role: 'LEAD', collaborators: collaboratorsIn(sentence.slice(at)) };
}

function collaboratorsIn(text: string): string[] {
  const match = /phối hợp\s+với\s+/u.exec(text);
  if (!match) return [];
  const rest = text.slice(match.index + match[0].length);
  const phrase = agencyPhraseAt(rest, 0)?.agency ?? rest.split(/[;.]/)[0] ?? '';
  return splitJointAgencies(phrase.split(COLLABORATORS_END)[0] ?? '');
}

function duty(text: string, place: Place, bearer: Bearer): ParsedDuty {
  return {
    agency: bearer.agency,
    role: bearer.role,
    text: text.replace(/\s+/g, ' ').trim(),
    collaborators: bearer.collaborators,
    reportTo: reportTo(text),
    frequency: FREQUENCY.exec(text)?.[0]?.trim() ?? null,
    deadline: DEADLINE.exec(text)?.[0] ?? null,
    ...place,
  };
}

function reportTo(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(REPORT_TO))) {
    const rest = text.slice(match.index + match[0].length);
    const end = REPORT_END.exec(rest);
    const phrase = rest.slice(0, end ? end.index : rest.length);
    found.push(...splitJointAgencies(phrase.replace(/,\s*$/u, '')));
  }
  return [...new Set(found)];
}
