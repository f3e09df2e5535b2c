// What the parser reads from one file: typed records, before resolution. Pure data, no store.

export type Level = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'UNKNOWN';

export type RelationKind =
  | 'BASED_ON'
  | 'IMPLEMENTS'
  | 'GUIDES'
  | 'AMENDS'
  | 'SUPERSEDES'
  | 'REPEALS'
  | 'CORRECTS'
  | 'CITES'
  | 'DERIVED_FROM';

export type Role = 'LEAD' | 'SUPPORT';

/** A document as another text mentions it: by number ("407-QĐ/TU") or, for laws, by name and date. */
export interface DocumentMention {
  /** the number as written, trimmed ("09-Ctr/TU"); null for documents cited by name */
  number: string | null;
  /** the name for documents cited without a number ("Luật Tổ chức chính quyền địa phương") */
  name: string | null;
  /** "Quyết định", "Quy định", "Chỉ thị", "Luật", … as the text implies */
  kind: string | null;
  /** ISO date when the text gives one */
  issuedOn: string | null;
  /** the issuer as written ("Ban Thường vụ Huyện ủy", "Tỉnh ủy", "Thủ tướng Chính phủ") */
  issuer: string | null;
  /** the subject after "về …" when given */
  subject: string | null;
  /** the exact text the mention was read from */
  quote: string;
}

/** A relation the text states: the document itself (from: null) or a nested one inside a mention. */
export interface StatedRelation {
  kind: RelationKind;
  /** null: the parsed document itself */
  from: DocumentMention | null;
  to: DocumentMention;
  evidence: string;
}

/** Every mention of a document, with where it stands. */
export interface Citation {
  mention: DocumentMention;
  /** article number it stands in, null outside articles */
  article: number | null;
  /** clause label ("3", "2.1", "a") or null */
  clause: string | null;
  /** "Căn cứ" line, body, … */
  inBases: boolean;
}

export interface ParsedClause {
  label: string;
  text: string;
}

export interface ParsedArticle {
  number: number;
  heading: string | null;
  text: string;
  /** "Chương II" (with its title when known: "Chương II. NỘI DUNG PHỐI HỢP") */
  chapter: string | null;
  clauses: ParsedClause[];
}

/** A unit of structure in documents without articles (plans: "III.", "1.", "1.1."). */
export interface ParsedSection {
  /** "III", "III.1", "III.1.7" */
  path: string;
  heading: string | null;
  text: string;
}

export interface ParsedDuty {
  /** the agency as written ("Ủy ban nhân dân huyện", "Thanh tra tỉnh") */
  agency: string;
  role: Role;
  text: string;
  collaborators: string[];
  reportTo: string[];
  frequency: string | null;
  deadline: string | null;
  /** "Điều 12 khoản 4", "Mục III.1.3" */
  source: string;
  article: number | null;
  clause: string | null;
}

export interface ParsedSignature {
  name: string | null;
  position: string | null;
  /** "TM. Ủy ban nhân dân", "KT. Chủ tịch" */
  capacity: string | null;
  /** the body signed for, as written */
  agency: string | null;
}

export interface ParsedRecipient {
  name: string;
  /** "báo cáo", "thực hiện", … */
  purpose: string | null;
}

export interface ParseWarning {
  kind: string;
  message: string;
  /** 1-based line number in the file */
  line: number | null;
  quote: string | null;
}

/** What a line of the text is, from the header to the recipients; noise is what the source added. */
export type BlockRole =
  | 'header'
  | 'title'
  | 'basis'
  | 'preamble'
  | 'chapter'
  | 'article'
  | 'section'
  | 'signature'
  | 'recipients'
  | 'other'
  | 'noise';

/** One paragraph of the cleaned text (hard-wrapped lines joined) or one line of noise. */
export interface ParsedBlock {
  role: BlockRole;
  text: string;
  /** 1-based line number in the file where the block starts */
  line: number;
}

export interface ParsedDocument {
  file: string;
  number: string | null;
  kind: string;
  title: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  place: string | null;
  /** issuing bodies as written in the header ("Ủy ban nhân dân huyện", "Ban Dân vận Huyện ủy", "Tây Sơn") */
  issuers: string[];
  bases: DocumentMention[];
  relations: StatedRelation[];
  citations: Citation[];
  chapters: string[];
  articles: ParsedArticle[];
  sections: ParsedSection[];
  duties: ParsedDuty[];
  signers: ParsedSignature[];
  recipients: ParsedRecipient[];
  warnings: ParseWarning[];
  /**
   * The whole text, block by block, in file order: every word of the file stands in exactly one
   * block, noise included. Always filled by parseDocument; optional only for hand-built records.
   */
  blocks: ParsedBlock[];
}

/** A reading with nothing in it yet: what a parse of an empty or failed text returns, and a builder starts from. */
export function emptyDocument(file: string): ParsedDocument {
  return {
    file,
    number: null,
    kind: 'Văn bản',
    title: null,
    issuedOn: null,
    issuedYear: null,
    place: null,
    issuers: [],
    bases: [],
    relations: [],
    citations: [],
    chapters: [],
    articles: [],
    sections: [],
    duties: [],
    signers: [],
    recipients: [],
    warnings: [],
    blocks: [],
  };
}
