// Vietnamese dates as the documents write them: "ngày 30 tháng 7 năm 2021", "ngày 24/01/2022".

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const DATE =
  /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu;

/** The first valid date in the text, or null. */
export function findDate(text: string): FoundDate | null {
  const pattern = new RegExp(DATE.source, 'giu');
  for (const match of text.matchAll(pattern)) {
    const [, d1, m1, y1, d2, m2, y2] = match;
    const iso = toIsoDate(Number(d1 ?? d2), Number(m1 ?? m2), Number(y1 ?? y2));
    if (iso) return { iso, index: match.index, length: match[0].length };
  }
  return null;
}

export function toIsoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
