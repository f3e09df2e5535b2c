// Which articles of a cited document a mention names: "theo Điều 5 Quyết định số 23-QĐ/TW" names Điều 5 of
// 23-QĐ/TW. A CITES edge keeps where the mention stands in the citing text (its article and clause) and the
// quote of the cited document; the cited article stands just before the quote, in the citing article's text.

const ARTICLE = String.raw`(?:Điều|điều|ĐIỀU)\s+`;
const JOINER = String.raw`\s*(?:,|và|hoặc|đến|tới|–|-)\s*`;
const LIST = new RegExp(String.raw`^${ARTICLE}(\d+)((?:${JOINER}(?:${ARTICLE})?\d+)*)`);
const LIST_ITEM = new RegExp(String.raw`(,|và|hoặc|đến|tới|–|-)?\s*(?:${ARTICLE})?(\d+)`, 'g');
/** units below an article that may stand between it and the document: "Điều 5, khoản 2 của …" */
const SUBUNIT = /(?:khoản|điểm|mục|tiết)\s+[0-9a-zđ.]+(?:\s*(?:,|và)\s*[0-9a-zđ.]+)*/gi;
const WINDOW = 160;
const MAX_GAP = 40;
const MAX_RANGE = 200;

function normalized(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

/** "5, 6 và 8" → [5, 6, 8]; "5 đến 8" → [5, 6, 7, 8] */
function articleNumbers(first: string, rest: string): number[] {
  const numbers = [Number(first)];
  for (const item of rest.matchAll(LIST_ITEM)) {
    const n = Number(item[2]);
    const last = numbers[numbers.length - 1]!;
    const range = item[1] === 'đến' || item[1] === 'tới' || item[1] === '–' || item[1] === '-';
    if (range && n > last && n - last <= MAX_RANGE) for (let k = last + 1; k <= n; k++) numbers.push(k);
    else numbers.push(n);
  }
  return [...new Set(numbers)];
}

/** A gap that joins an article reference to the document it belongs to: short, one sentence, no other number. */
function joins(gap: string): boolean {
  if (gap.length > MAX_GAP || /[.;:!?]/.test(gap) || /Điều|điều/.test(gap)) return false;
  return !/\d/.test(gap.replace(SUBUNIT, ''));
}

/** The articles named just before one occurrence of the mention; [] when it names the whole document. */
function namedBefore(before: string): number[] {
  const window = before.slice(-WINDOW);
  for (const start of window.matchAll(new RegExp(ARTICLE + String.raw`\d+`, 'g'))) {
    const list = window.slice(start.index).match(LIST);
    if (!list) continue;
    if (joins(window.slice(start.index + list[0].length))) return articleNumbers(list[1]!, list[2]!);
  }
  return [];
}

/** "… 23-QĐ/TW (Điều 5)" */
function namedAfter(after: string): number[] {
  const list = after.match(new RegExp(String.raw`^\s*\(\s*(?:tại\s+)?(?:khoản\s+\S+\s+)?${ARTICLE}(\d+)((?:${JOINER}(?:${ARTICLE})?\d+)*)\s*\)`));
  return list ? articleNumbers(list[1]!, list[2]!) : [];
}

function occurrences(text: string, quote: string): number[] {
  for (const length of [quote.length, 60, 30]) {
    const needle = quote.slice(0, length).trim();
    if (needle.length < 8) break;
    const found: number[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
    if (found.length) return found;
  }
  return [];
}

/**
 * The articles of the cited document that a mention names, read in the text around the mention: [] when
 * the mention names the whole document (or the text is not known), which covers every article of it.
 */
export function citedArticles(text: string | null, quote: string | null): number[] {
  if (!text || !quote) return [];
  const body = normalized(text);
  const needle = normalized(quote).trim();
  const named: number[] = [];
  for (const at of occurrences(body, needle)) {
    const articles = [...namedBefore(body.slice(0, at)), ...namedAfter(body.slice(at + needle.length))];
    if (articles.length === 0) return [];
    named.push(...articles);
  }
  return [...new Set(named)].sort((a, b) => a - b);
}
