// "Danh sách văn bản cần rà soát": the impacted documents grouped by level and by issuing agency, each with
// the reason it must be reviewed, as Markdown or as a complete printable HTML page.
import type { ImpactedDocumentModel, ImpactModel } from './impact-of.ts';
import { LEVEL_NAMES, LEVEL_ORDER, displayDate, shortLabel } from './review-reason.ts';

export const REVIEW_LIST_FORMATS = ['MARKDOWN', 'HTML'] as const;
export type ReviewListFormat = (typeof REVIEW_LIST_FORMATS)[number];

const TITLE = 'Danh sách văn bản cần rà soát';
const NO_ISSUER = 'Chưa rõ cơ quan ban hành';

interface Group {
  level: string;
  agencies: Array<{ agency: string; documents: ImpactedDocumentModel[] }>;
}

function groups(impact: ImpactModel): Group[] {
  const out: Group[] = [];
  for (const level of LEVEL_ORDER) {
    const documents = impact.documents.filter((d) => (LEVEL_ORDER.includes(d.document.level) ? d.document.level : 'UNKNOWN') === level);
    if (!documents.length) continue;
    const byAgency = new Map<string, ImpactedDocumentModel[]>();
    for (const d of documents) {
      const agency = d.issuers.map((a) => a.name).sort((a, b) => a.localeCompare(b, 'vi')).join(' – ') || NO_ISSUER;
      byAgency.set(agency, [...(byAgency.get(agency) ?? []), d]);
    }
    const agencies = [...byAgency.entries()]
      .sort(([a], [b]) => (a === NO_ISSUER ? 1 : b === NO_ISSUER ? -1 : a.localeCompare(b, 'vi')))
      .map(([agency, docs]) => ({ agency, documents: docs }));
    out.push({ level, agencies });
  }
  return out;
}

interface Line {
  label: string;
  description: string;
  reason: string;
}

function lineOf(d: ImpactedDocumentModel): Line {
  const date = displayDate(d.document.issuedOn);
  const parts = [
    `${d.document.kind}${date ? ` ngày ${date}` : ''}`,
    d.document.title,
    d.document.status ? `tình trạng: ${d.document.status}` : null,
    d.document.hasText ? null : 'chưa có toàn văn trong kho',
  ];
  return { label: shortLabel(d.document), description: parts.filter(Boolean).join(' — '), reason: d.reason };
}

function heading(impact: ImpactModel): { subject: string; scope: string; change: string | null } {
  const root = impact.root;
  const article = impact.options.article !== null ? `Điều ${impact.options.article} của ` : '';
  const subject = `Văn bản thay đổi: ${article}${shortLabel(root)}${root.title ? ` — ${root.title}` : ''}`;
  const scope = `${impact.documents.length} văn bản, ${impact.articles} điều khoản dẫn chiếu, ${impact.duties.length} nhiệm vụ, ${impact.agencies.length} cơ quan`;
  const c = impact.proposedChange;
  const change = c
    ? `Thay đổi dự kiến (chưa ghi nhận): ${CHANGE_WORDS[c.kind] ?? c.kind}${c.article !== null ? ` Điều ${c.article}` : ''}` +
      `${c.effectiveOn ? `, hiệu lực từ ${displayDate(c.effectiveOn) ?? c.effectiveOn}` : ''}; tình trạng sẽ là: ${c.newStatus}`
    : null;
  return { subject, scope, change };
}

const CHANGE_WORDS: Record<string, string> = { AMENDS: 'sửa đổi, bổ sung', SUPERSEDES: 'thay thế', REPEALS: 'bãi bỏ' };

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function markdown(impact: ImpactModel): string {
  const h = heading(impact);
  const out = [`# ${TITLE}`, '', escapeMarkdown(h.subject), '', ...(h.change ? [escapeMarkdown(h.change), ''] : []), `Tổng cộng: ${h.scope}.`, ''];
  if (!impact.documents.length) out.push('Không có văn bản nào phụ thuộc vào văn bản này.', '');
  for (const group of groups(impact)) {
    out.push(`## ${LEVEL_NAMES[group.level]}`, '');
    for (const { agency, documents } of group.agencies) {
      out.push(`### ${escapeMarkdown(agency)}`, '');
      for (const line of documents.map(lineOf)) {
        out.push(`- **${escapeMarkdown(line.label)}** — ${escapeMarkdown(line.description)}  `, `  Lý do: ${escapeMarkdown(line.reason)}`);
      }
      out.push('');
    }
  }
  if (impact.truncated) out.push('_Danh sách bị cắt bớt: vượt quá số văn bản tối đa của một lần phân tích._', '');
  return out.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  body { font-family: "Times New Roman", serif; font-size: 13pt; line-height: 1.4; margin: 2cm; color: #000; }
  h1 { font-size: 16pt; text-align: center; text-transform: uppercase; }
  h2 { font-size: 14pt; border-bottom: 1px solid #000; margin-top: 1.5em; }
  h3 { font-size: 13pt; font-style: italic; }
  ol { padding-left: 1.5em; }
  li { margin-bottom: 0.6em; break-inside: avoid; }
  .reason { display: block; }
  .summary { text-align: center; }
  @page { size: A4; margin: 2cm; }
  @media print { body { margin: 0; } }`;

function html(impact: ImpactModel): string {
  const h = heading(impact);
  const body: string[] = [
    `<h1>${escapeHtml(TITLE)}</h1>`,
    `<p class="summary">${escapeHtml(h.subject)}</p>`,
    ...(h.change ? [`<p class="summary">${escapeHtml(h.change)}</p>`] : []),
    `<p class="summary">Tổng cộng: ${escapeHtml(h.scope)}.</p>`,
  ];
  if (!impact.documents.length) body.push('<p>Không có văn bản nào phụ thuộc vào văn bản này.</p>');
  for (const group of groups(impact)) {
    body.push(`<section>`, `<h2>${escapeHtml(LEVEL_NAMES[group.level]!)}</h2>`);
    for (const { agency, documents } of group.agencies) {
      body.push(`<h3>${escapeHtml(agency)}</h3>`, '<ol>');
      for (const line of documents.map(lineOf)) {
        body.push(
          `<li><strong>${escapeHtml(line.label)}</strong> — ${escapeHtml(line.description)}` +
            `<span class="reason">Lý do: ${escapeHtml(line.reason)}</span></li>`,
        );
      }
      body.push('</ol>');
    }
    body.push('</section>');
  }
  if (impact.truncated) body.push('<p><em>Danh sách bị cắt bớt: vượt quá số văn bản tối đa của một lần phân tích.</em></p>');
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`${TITLE} — ${shortLabel(impact.root)}`)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function reviewList(impact: ImpactModel, format: ReviewListFormat): string {
  return format === 'HTML' ? html(impact) : markdown(impact);
}
