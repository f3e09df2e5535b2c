// Documents the corpus cites, and how a text names one: "Quyết định số 23-QĐ/TW ngày 30/7/2021 của
// Bộ Chính trị về …", with or without its date, issuer and subject.
import type { DocumentMention, RelationKind } from '../parsed-document.ts';
import type { Phrase } from './document-builder.ts';
import type { Random } from './random.ts';

export interface CitedDocument {
  number: string;
  /** the kind word written before "số" ("Quyết định", "Chương trình hành động") */
  kindWord: string;
  day: number;
  month: number;
  year: number;
  /** the issuer as texts name it ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy") */
  issuer: string;
  subject: string;
}

export interface MentionStyle {
  date?: 'short' | 'long' | 'none';
  issuer?: string | null;
  subject?: 'plain' | 'quoted' | 'none';
  /** the number as this text writes it (a wrong suffix, another letter case) */
  written?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(doc: { day: number; month: number; year: number }): string {
  return `${doc.year}-${pad(doc.month)}-${pad(doc.day)}`;
}

export function dateText(doc: { day: number; month: number; year: number }, form: 'short' | 'long'): string {
  return form === 'long' ? `${pad(doc.day)} tháng ${doc.month} năm ${doc.year}` : `${pad(doc.day)}/${pad(doc.month)}/${doc.year}`;
}

/** How a text names a document, and what the parser reads from that naming. */
export function mention(doc: CitedDocument, style: MentionStyle = {}): Phrase {
  const number = style.written ?? doc.number;
  const date = style.date ?? 'short';
  const issuer = style.issuer === undefined ? doc.issuer : style.issuer;
  const subject = style.subject ?? 'plain';
  let text = `${doc.kindWord} số ${number}`;
  if (date !== 'none') text += ` ngày ${dateText(doc, date)}`;
  if (issuer) text += ` của ${issuer}`;
  if (subject === 'plain') text += ` về ${doc.subject}`;
  if (subject === 'quoted') text += ` về “${capitalizeFirst(doc.subject)}”`;
  const m: DocumentMention = {
    number,
    name: null,
    kind: doc.kindWord,
    issuedOn: date === 'none' ? null : isoOf(doc),
    issuer: issuer ?? null,
    subject: subject === 'none' ? null : subject === 'quoted' ? `${capitalizeFirst(doc.subject)}` : doc.subject.replace(/^việc\s+/u, ''),
    quote: text,
  };
  return { text, mentions: [m], nested: [] };
}

/** "A … về tiếp tục thực hiện B …": A carries out B, stated inside one mention. */
export function chained(parent: CitedDocument, link: string, child: CitedDocument, style: MentionStyle = {}, kind: RelationKind = 'IMPLEMENTS'): Phrase {
  const head = mention({ ...parent, subject: '' }, { ...style, subject: 'none' });
  const tail = mention(child, { date: style.date ?? 'short', subject: 'quoted' });
  const from = head.mentions[0]!;
  const to = tail.mentions[0]!;
  const text = `${head.text} về ${link} ${tail.text}`;
  from.subject = `${link} ${tail.text}`;
  from.quote = text;
  return { text, mentions: [from, to], nested: [{ kind, from, to }] };
}

/** A law cited by name and date in the bases: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015". */
export function law(name: string, day: number, month: number, year: number): Phrase {
  const text = `${name} ngày ${pad(day)} tháng ${month} năm ${year}`;
  return {
    text,
    mentions: [],
    nested: [],
    named: { number: null, name, kind: 'Luật', issuedOn: isoOf({ day, month, year }), issuer: null, subject: null, quote: text },
  };
}

/** A basis named without number or date ("Điều lệ Đảng Cộng sản Việt Nam"). */
export function namedBasis(name: string, kind: string): Phrase {
  return { text: name, mentions: [], nested: [], named: { number: null, name, kind, issuedOn: null, issuer: null, subject: null, quote: name } };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const central = (number: string, kindWord: string, d: number, m: number, y: number, issuer: string, subject: string): CitedDocument => ({
  number,
  kindWord,
  day: d,
  month: m,
  year: y,
  issuer,
  subject,
});

/** The centre's documents on mass mobilisation work, as the local texts cite them. */
export const CENTRAL = {
  qd23: central('23-QĐ/TW', 'Quyết định', 30, 7, 2021, 'Bộ Chính trị', 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị'),
  kl114: central('114-KL/TW', 'Kết luận', 14, 7, 2015, 'Ban Bí thư', 'nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp'),
  ct33: central('33/CT-TTg', 'Chỉ thị', 26, 11, 2021, 'Thủ tướng Chính phủ', 'tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới'),
  nq25: central('25-NQ/TW', 'Nghị quyết', 3, 6, 2013, 'Ban Chấp hành Trung ương', 'tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới'),
  qd46: central('46-QĐ/TW', 'Quy định', 3, 12, 2021, 'Ban Bí thư', 'chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy cơ quan chuyên trách tham mưu, giúp việc huyện ủy, quận ủy, thị ủy, thành ủy trực thuộc tỉnh ủy, thành ủy'),
  kl120: central('120-KL/TW', 'Kết luận', 7, 1, 2016, 'Bộ Chính trị', 'tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở'),
  ct16: central('16/CT-TTg', 'Chỉ thị', 16, 5, 2016, 'Thủ tướng Chính phủ', 'tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới'),
  qd217: central('217-QĐ/TW', 'Quyết định', 12, 12, 2013, 'Bộ Chính trị', 'ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội'),
  qd218: central('218-QĐ/TW', 'Quyết định', 12, 12, 2013, 'Bộ Chính trị', 'việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền'),
  qd124: central('124-QĐ/TW', 'Quy định', 2, 2, 2018, 'Ban Bí thư', 'giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên'),
  ct35: central('35-CT/TW', 'Chỉ thị', 26, 5, 2014, 'Bộ Chính trị', 'tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo'),
  nq39: central('39/2012/QH13', 'Nghị quyết', 23, 11, 2012, 'Quốc hội', 'tiếp tục nâng cao hiệu lực, hiệu quả thực hiện chính sách pháp luật trong việc tiếp công dân, giải quyết khiếu nại, tố cáo đối với các quyết định hành chính về đất đai'),
  nq76: central('76/NQ-CP', 'Nghị quyết', 15, 7, 2021, 'Chính phủ', 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030'),
  kl01: central('01-KL/TW', 'Kết luận', 18, 5, 2021, 'Bộ Chính trị', 'tiếp tục thực hiện Chỉ thị số 05-CT/TW'),
  ct05: central('05-CT/TW', 'Chỉ thị', 15, 5, 2016, 'Bộ Chính trị', 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
} as const;

export const LAWS = {
  localGovernment: () => law('Luật Tổ chức chính quyền địa phương', 19, 6, 2015),
  grassrootsDemocracy: () => law('Luật Thực hiện dân chủ ở cơ sở', 10, 11, 2022),
  citizenReception: () => law('Luật Tiếp công dân', 25, 11, 2013),
};

/** A date after `after` by `minDays`–`maxDays` days, never on a Sunday. */
export function dateAfter(after: { day: number; month: number; year: number }, rng: Random, minDays: number, maxDays: number) {
  const base = Date.UTC(after.year, after.month - 1, after.day);
  let t = base + rng.int(minDays, maxDays) * 86_400_000;
  if (new Date(t).getUTCDay() === 0) t += 86_400_000;
  const d = new Date(t);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}
