// Writes one document line by line and, in lockstep, the reading the parser should make of it: the
// structure (articles, clauses, sections), the documents it names and the duties it assigns.
import type {
  Citation,
  DocumentMention,
  ParsedArticle,
  ParsedClause,
  ParsedDocument,
  ParsedDuty,
  ParsedRecipient,
  ParsedSection,
  ParsedSignature,
  ParseWarning,
  RelationKind,
  Role,
  StatedRelation,
} from '../parsed-document.ts';
import { emptyDocument } from '../parsed-document.ts';
import { withoutDuplicates } from '../parse/read-relations.ts';
import { completeAgencies } from '../parse/read-signatures.ts';
import { toReadableCase } from '../parse/to-readable-case.ts';

/** A relation a piece of text states between two documents it names ("… về tiếp tục thực hiện …"). */
export interface NestedRelation {
  kind: RelationKind;
  from: DocumentMention;
  to: DocumentMention;
}

/** Running text with the documents it names, in order. */
export interface Phrase {
  text: string;
  mentions: DocumentMention[];
  nested: NestedRelation[];
  /** a basis cited by name and date (a law, the Party statute) */
  named?: DocumentMention;
}

export type Part = string | Phrase;

export function phrase(...parts: Part[]): Phrase {
  const out: Phrase = { text: '', mentions: [], nested: [] };
  for (const p of parts) {
    if (typeof p === 'string') {
      out.text += p;
    } else {
      out.text += p.text;
      out.mentions.push(...p.mentions);
      out.nested.push(...p.nested);
      out.named ??= p.named;
    }
  }
  return out;
}

export interface DutySpec {
  agency: string;
  role?: Role;
  collaborators?: string[];
  reportTo?: string[];
  frequency?: string | null;
  deadline?: string | null;
  /** the sentence it is read from; the whole clause or section when absent */
  text?: string;
}

export interface HeaderSpec {
  /** lines left of the motto, in capitals */
  issuerLines: string[];
  /** the issuing bodies as the parser reads them ("Ủy ban nhân dân tỉnh") */
  issuers: string[];
  party: boolean;
  /** "Số: 407-QĐ/TU", "Số: /UBND-NC" */
  numberLine: string;
  number: string | null;
  place: string;
  day: number | null;
  month: number | null;
  year: number;
}

export interface SignatureSpec {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" */
  capacity: string | null;
  /** the body printed above the position instead ("BAN DÂN VẬN HUYỆN ỦY") */
  body?: string;
  position: string;
  name: string;
}

type Pending = { duty: ParsedDuty; from: 'clause' | 'article' | 'section'; target: ParsedClause | ParsedArticle | ParsedSection };

const pad = (n: number) => String(n).padStart(2, '0');

export class DocumentBuilder {
  private readonly out: string[] = [];
  readonly doc: ParsedDocument;
  private currentChapter: string | null = null;
  private currentArticle: ParsedArticle | null = null;
  private articleLines: string[] = [];
  private readonly bodies: string[][] = [];
  private currentClause: ParsedClause | null = null;
  private roman: string | null = null;
  private currentSection: ParsedSection | null = null;
  private readonly pending: Pending[] = [];
  private readonly implementing: StatedRelation[] = [];
  private readonly titleRelations: StatedRelation[] = [];
  private readonly bodyStated: StatedRelation[] = [];
  private readonly basisNested: StatedRelation[] = [];
  private readonly segmentNested: StatedRelation[] = [];
  private readonly titleCitations: Citation[] = [];
  private readonly segmentCitations: Citation[] = [];
  private readonly basisCitations: Citation[] = [];
  private readonly signatures: ParsedSignature[] = [];

  /** `markdown`: bold runs and headings as Word exports print them; plain text otherwise. */
  constructor(readonly markdown: boolean) {
    this.doc = emptyDocument('');
  }

  /** One paragraph: a line of its own followed by a blank line. */
  private para(line: string): void {
    this.out.push(line, '');
  }

  private bold(text: string): string {
    return this.markdown ? `**${text}**` : text;
  }

  header(h: HeaderSpec): void {
    const motto = h.party ? ['ĐẢNG CỘNG SẢN VIỆT NAM'] : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
    for (const line of h.issuerLines) this.out.push(this.markdown ? `**${line}**  ` : line);
    if (h.party) this.out.push(this.markdown ? '\\*' : '*');
    this.out.push('');
    if (!h.party) {
      this.out.push(...motto.map((m) => (this.markdown ? `**${m}**  ` : m)), '');
    }
    this.para(h.numberLine);
    if (h.party) this.para(this.bold(motto[0]!));
    const day = h.day === null ? '' : `${pad(h.day)}`;
    const month = h.month === null ? '' : `${h.month}`;
    const dateLine = `${h.place}, ngày ${day} tháng ${month} năm ${h.year}`.replace(/\s+/g, ' ');
    this.para(this.markdown ? `*${dateLine}*` : dateLine);
    Object.assign(this.doc, {
      number: h.number,
      issuers: h.issuers,
      place: h.place,
      issuedYear: h.year,
      issuedOn: h.day !== null && h.month !== null ? `${h.year}-${pad(h.month)}-${pad(h.day)}` : null,
    });
    if (h.number === null) this.warn('BLANK_NUMBER', `Số văn bản để trống`, h.numberLine);
    if (this.doc.issuedOn === null) this.warn('BLANK_DATE', `Ngày ban hành để trống: chỉ biết năm ${h.year}`, dateLine);
  }

  private warn(kind: string, message: string, quote: string): void {
    this.doc.warnings.push({ kind, message, line: null, quote } satisfies ParseWarning);
  }

  /** "QUYẾT ĐỊNH" over its subject; `joined` prints them on one line ("## KẾ HOẠCH Phối hợp …"). */
  title(kindWord: string, kind: string, subject: string, joined = false): void {
    if (joined) {
      this.para(this.markdown ? `## ${kindWord} ${subject}` : `${kindWord} ${subject}`);
    } else {
      this.para(this.bold(kindWord));
      this.para(this.bold(subject));
    }
    this.doc.kind = kind;
    this.doc.title = subject;
  }

  /** "V/v …" over a letter's subject lines; the parser joins them into one title. */
  letterTitle(lines: string[]): void {
    this.out.push(`V/v ${lines[0] ?? ''}`, ...lines.slice(1), '');
    this.doc.kind = 'Công văn';
    this.doc.title = lines.join(' ');
  }

  /** A title relation: "V/v triển khai thực hiện Quy chế …" carries out the document named below it. */
  titleImplements(target: DocumentMention, evidence: string): void {
    this.titleRelations.push({ kind: 'IMPLEMENTS', from: null, to: target, evidence });
  }

  rule(): void {
    this.para('___________');
  }

  /** A line of bases: "- Căn cứ A; B;" with one part per document or law. */
  basis(parts: Phrase[], bullet = true): void {
    const line = `${bullet ? '- ' : ''}Căn cứ ${parts.map((p) => p.text).join('; ')};`;
    this.para(line);
    for (const part of parts) {
      if (part.named) {
        this.doc.bases.push(part.named);
        continue;
      }
      const nestedTargets = new Set(part.nested.map((n) => n.to));
      for (const m of part.mentions) if (!nestedTargets.has(m)) this.doc.bases.push(m);
      for (const m of part.mentions) this.basisCitations.push({ mention: m, article: null, clause: null, inBases: true });
      for (const n of part.nested) this.basisNested.push(this.relation(n, part.text));
    }
  }

  /** A paragraph before the body ("Để triển khai …", "Thực hiện Quy chế phối hợp số …"). */
  preamble(p: Part, implementing: DocumentMention[] = []): void {
    const ph = phrase(p);
    this.para(ph.text);
    for (const m of implementing) this.implementing.push({ kind: 'IMPLEMENTS', from: null, to: m, evidence: m.quote });
    this.cite(ph, null, null);
  }

  /** A plain line of the preamble that names nothing ("Kính gửi:", "- Các sở, ban, ngành …;"). */
  plain(line: string, blankAfter = true): void {
    if (blankAfter) this.para(line);
    else this.out.push(line);
  }

  private relation(n: NestedRelation, text: string): StatedRelation {
    return { kind: n.kind, from: n.from, to: n.to, evidence: text.slice(0, 300) };
  }

  private cite(ph: Phrase, article: number | null, clause: string | null): void {
    for (const m of ph.mentions) this.segmentCitations.push({ mention: m, article, clause, inBases: false });
    for (const n of ph.nested) this.segmentNested.push(this.relation(n, ph.text));
  }

  /** "Quy chế này thay thế Quyết định số …": the document itself replaces the one named. */
  supersedes(target: DocumentMention, evidence: string): void {
    this.bodyStated.push({ kind: 'SUPERSEDES', from: null, to: target, evidence });
  }

  // ---- articles ----

  chapter(roman: string, title: string, layout: 'two-lines' | 'one-line' | 'heading'): void {
    if (layout === 'one-line') this.para(this.markdown ? `**Chương ${roman}. ${title}**` : `Chương ${roman}. ${title}`);
    else if (layout === 'heading' && this.markdown) this.para(`## Chương ${roman}`), this.para(`### ${title}`);
    else this.para(this.bold(`Chương ${roman}`)), this.para(this.bold(title));
    this.currentChapter = `Chương ${roman}. ${title}`;
    this.doc.chapters.push(this.currentChapter);
    this.closeArticle();
  }

  /** "Mục I" and its title: groups articles, belongs to none. */
  part(label: string, title: string): void {
    this.para(this.markdown ? `### **Mục ${label}**` : `Mục ${label}`);
    this.para(this.markdown ? `#### **${title}**` : title);
    this.closeArticle();
  }

  private closeArticle(): void {
    this.currentArticle = null;
    this.currentClause = null;
  }

  /** "Điều 5. Trách nhiệm của …" on a line of its own. */
  article(n: number, heading: string): void {
    const line = `Điều ${n}. ${heading}`;
    const style = this.markdown ? (n % 3 === 0 ? `### **${line}**` : `**${line}**`) : line;
    this.para(style);
    this.openArticle(n, heading, []);
  }

  /** "**Điều 6.** Tổ chức tuyên truyền …": the text follows the number; the article has no heading. */
  articleInline(n: number, p: Part): void {
    const ph = phrase(p);
    this.para(this.markdown ? `**Điều ${n}.** ${ph.text}` : `Điều ${n}. ${ph.text}`);
    this.openArticle(n, null, [ph.text]);
    this.cite(ph, n, null);
  }

  private openArticle(n: number, heading: string | null, body: string[]): void {
    this.currentArticle = { number: n, heading, text: '', chapter: this.currentChapter, clauses: [] };
    this.doc.articles.push(this.currentArticle);
    this.articleLines = body;
    this.bodies.push(this.articleLines);
    this.currentClause = null;
  }

  /** "1. …", "2.1. …": a clause of the open article, or a section of a plan. */
  clause(label: string, p: Part, duties: DutySpec[] = []): void {
    const ph = phrase(p);
    this.para(`${label}. ${ph.text}`);
    if (this.currentArticle) {
      this.currentClause = { label, text: ph.text };
      this.currentArticle.clauses.push(this.currentClause);
      this.articleLines.push(`${label}. ${ph.text}`);
      this.cite(ph, this.currentArticle.number, label);
      for (const d of duties) this.addDuty(d, 'clause', this.currentClause, `Điều ${this.currentArticle.number} khoản ${label}`, this.currentArticle.number, label);
      return;
    }
    const path = this.roman ? `${this.roman}.${label}` : label;
    this.openSection(path, ph.text);
    this.cite(ph, null, path);
    for (const d of duties) this.addDuty(d, 'section', this.currentSection!, `Mục ${path}`, null, path);
  }

  /** A line that continues the open clause, article or section ("- …", "a) …", a paragraph). */
  cont(p: Part, duties: DutySpec[] = []): void {
    const ph = phrase(p);
    this.para(ph.text);
    if (this.currentArticle) {
      if (this.currentClause) this.currentClause.text += `\n${ph.text}`;
      this.articleLines.push(ph.text);
      const label = this.currentClause?.label ?? null;
      this.cite(ph, this.currentArticle.number, label);
      const source = label ? `Điều ${this.currentArticle.number} khoản ${label}` : `Điều ${this.currentArticle.number}`;
      for (const d of duties) this.addDuty(d, this.currentClause ? 'clause' : 'article', this.currentClause ?? this.currentArticle, source, this.currentArticle.number, label);
      return;
    }
    if (this.currentSection) {
      this.currentSection.text = this.currentSection.text === '' ? ph.text : `${this.currentSection.text}\n${ph.text}`;
      this.cite(ph, null, this.currentSection.path);
      for (const d of duties) this.addDuty(d, 'section', this.currentSection, `Mục ${this.currentSection.path}`, null, this.currentSection.path);
      return;
    }
    this.cite(ph, null, null);
  }

  /** Duties of the open article as a whole (an article without clauses under a heading agency). */
  articleDuty(d: DutySpec): void {
    if (!this.currentArticle) throw new Error('articleDuty outside an article');
    this.addDuty(d, 'article', this.currentArticle, `Điều ${this.currentArticle.number}`, this.currentArticle.number, null);
  }

  private addDuty(d: DutySpec, from: Pending['from'], target: Pending['target'], source: string, article: number | null, clause: string | null): void {
    const duty: ParsedDuty = {
      agency: d.agency,
      role: d.role ?? 'LEAD',
      text: d.text ?? '',
      collaborators: d.collaborators ?? [],
      reportTo: d.reportTo ?? [],
      frequency: d.frequency ?? null,
      deadline: d.deadline ?? null,
      source,
      article,
      clause,
    };
    this.doc.duties.push(duty);
    if (d.text === undefined) this.pending.push({ duty, from, target });
  }

  // ---- sections (plans, letters) ----

  /** "I. MỤC ĐÍCH, YÊU CẦU". */
  romanSection(label: string, heading: string): void {
    const line = `${label}. ${heading}`;
    this.para(this.markdown ? `### ${line}` : line);
    this.roman = label;
    this.openSection(label, heading);
  }

  /** "1. Trách nhiệm của Ủy ban nhân dân huyện": a numbered heading of a plan, no text of its own. */
  sectionHeading(label: string, heading: string): void {
    const path = this.roman ? `${this.roman}.${label}` : label;
    this.para(this.markdown ? `#### **${label}. ${heading}**` : `${label}. ${heading}`);
    this.openSection(path, heading);
  }

  private openSection(path: string, rest: string): void {
    const heading = rest !== '' && rest.length <= 200 && !/[.;:,]$/.test(rest);
    this.currentSection = heading ? { path, heading: rest, text: '' } : { path, heading: null, text: rest };
    this.doc.sections.push(this.currentSection);
  }

  // ---- closing ----

  signature(s: SignatureSpec): void {
    for (const line of [s.capacity, s.body]) if (line) this.out.push(this.markdown ? `**${line}**  ` : line);
    this.out.push(this.markdown ? `**${s.position}**` : s.position, '', '', s.name, '');
    const capacity = s.capacity ? /^(TM|T\/M|KT|TL)\s*[.:]?\s+(.+)$/u.exec(s.capacity) : null;
    const mark = capacity?.[1];
    const body = capacity?.[2] ?? '';
    this.signatures.push({
      name: s.name,
      position: toReadableCase(s.position),
      capacity: mark ? `${mark}. ${toReadableCase(body)}`.replace('/M.', '/M') : null,
      agency: mark === 'TM' || mark === 'T/M' ? toReadableCase(body) : s.body ? toReadableCase(s.body) : null,
    });
  }

  recipients(items: ParsedRecipient[], filing: string): void {
    this.out.push(this.markdown ? '**Nơi nhận:**' : 'Nơi nhận:');
    for (const r of items) this.out.push(`- ${r.name}${r.purpose ? ` (${r.purpose})` : ''};`);
    this.out.push(`- ${filing}.`, '');
    this.doc.recipients.push(...items);
  }

  /** The text of the file and the reading the parser should make of it. */
  finish(): { text: string; reading: ParsedDocument } {
    this.bodies.forEach((lines, k) => {
      const a = this.doc.articles[k];
      if (a) a.text = lines.join('\n').trim();
    });
    for (const { duty, from, target } of this.pending) {
      const text = from === 'section' ? (target as ParsedSection).text : (target as ParsedClause | ParsedArticle).text;
      duty.text = text.replace(/\s+/g, ' ').trim();
    }
    this.doc.relations = withoutDuplicates([
      ...this.implementing,
      ...this.titleRelations,
      ...this.bodyStated,
      ...this.basisNested,
      ...this.segmentNested,
    ]);
    this.doc.citations = [...this.basisCitations, ...this.titleCitations, ...this.segmentCitations];
    this.doc.signers = completeAgencies(this.signatures, this.doc.issuers, this.out.join('\n'));
    return { text: `${this.out.join('\n')}\n`, reading: this.doc };
  }
}
