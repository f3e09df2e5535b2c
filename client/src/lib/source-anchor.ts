// Where in the reader a duty's source points: "Điều 9 khoản 4" → dieu-9, "Mục III.1.7" → muc-III-1-7.

export function articleAnchor(article: number): string {
  return `dieu-${article}`;
}

/** A plan's section path ("III.1.7") as an anchor, dots turned to dashes. */
export function sectionAnchor(path: string): string {
  return `muc-${path.replace(/\.+$/, '').replace(/\./g, '-')}`;
}

const articleSource = /Điều\s+(\d+)/iu;
const sectionSource = /Mục\s+([IVXLC]+(?:\.\d+)*|\d+(?:\.\d+)*)/iu;

/** The anchor a source names, or null when it names no article or section. */
export function sourceAnchor(source: string | null | undefined): string | null {
  if (!source) return null;
  const normalized = source.normalize('NFC');
  const article = articleSource.exec(normalized);
  if (article) return articleAnchor(Number(article[1]));
  const section = sectionSource.exec(normalized);
  if (section?.[1]) return sectionAnchor(section[1]);
  return null;
}

/** The section path a source names ("Mục III.1.7" → "III.1.7"), or null. */
export function sourceSection(source: string | null | undefined): string | null {
  if (!source) return null;
  const section = sectionSource.exec(source.normalize('NFC'));
  return section?.[1] ?? null;
}

/** The clause label a source names ("Điều 9 khoản 4" → "4", "khoản 2.1" → "2.1"), or null. */
export function sourceClause(source: string | null | undefined): string | null {
  if (!source) return null;
  const clause = /khoản\s+([\p{L}\d]+(?:\.\d+)*)/iu.exec(source.normalize('NFC'));
  return clause?.[1] ?? null;
}
