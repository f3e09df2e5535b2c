// What the gazette and the website print around a document but the document does not say: page
// headers and numbers, digital-signature stamps, gazette section headings, site notices and footers.

/** One cell of the source after markup is stripped; `line` is 1-based in the file. */
export interface Cell {
  text: string;
  line: number;
}

const PAGE_HEADER = /^CÔNG BÁO\s*\/\s*Số/iu;
const PAGE_NUMBER = /^\d{1,4}$/u;
/** where the signature image stood: "[daky]" */
const SIGNED_MARK = /^\[(?:daky|đã ký)\]$/iu;
const STAMP_START = /^(?:Ký bởi|Người ký)\s*:/u;
const STAMP_FIELD = /^(?:Email|Cơ quan|Thời gian ký|Ngày ký|Người ký|Ký bởi)\s*:/u;
/** Headings the gazette prints above a document, and its notes that a text runs over issues. */
const GAZETTE_HEADING =
  /^(?:VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN PHÁP LUẬT KHÁC|ĐIỀU ƯỚC QUỐC TẾ|VĂN BẢN HỢP NHẤT\s*-.*|\((?:Tiếp theo|Xem tiếp) Công báo số[^)]*\))$/u;
/** The website's loading line ends its notices; its metadata table ends with "Tình trạng". */
const SITE_LOADING = /^Đang tải văn bản/u;
const SITE_METADATA_END = /^Tình trạng\s*:/u;
const SITE_LEAD_SPAN = 80;
/** The website's summary of the document, then this notice, open its footer. */
const SITE_FOOTER = /^Văn bản này chưa cập nhật nội dung Tiếng Anh/u;

/** Indexes of the cells that are noise. */
export function findNoise(cells: Cell[]): Set<number> {
  const noise = new Set<number>();
  cells.forEach((cell, i) => {
    if (PAGE_HEADER.test(cell.text) || GAZETTE_HEADING.test(cell.text) || SIGNED_MARK.test(cell.text)) noise.add(i);
    else if (PAGE_NUMBER.test(cell.text) && besidePageHeader(cells, i)) noise.add(i);
  });
  markStamps(cells, noise);
  markSiteLead(cells, noise);
  markSiteFooter(cells, noise);
  return noise;
}

function besidePageHeader(cells: Cell[], i: number): boolean {
  return [cells[i - 1], cells[i + 1]].some((c) => c !== undefined && PAGE_HEADER.test(c.text));
}

/** "Ký bởi: …", "Cơ quan: …", "Thời gian ký: …": a stamp, whatever sentence it falls into. */
function markStamps(cells: Cell[], noise: Set<number>): void {
  for (let i = 0; i < cells.length; i += 1) {
    if (!STAMP_START.test(cells[i]?.text ?? '')) continue;
    noise.add(i);
    while (i + 1 < cells.length && STAMP_FIELD.test(cells[i + 1]?.text ?? '')) noise.add((i += 1));
  }
}

function markSiteLead(cells: Cell[], noise: Set<number>): void {
  const loading = cells.findIndex((c) => SITE_LOADING.test(c.text));
  if (loading < 0) return;
  let end = loading;
  const metadataEnd = cells.findIndex((c, k) => k > loading && k - loading < SITE_LEAD_SPAN && SITE_METADATA_END.test(c.text));
  if (metadataEnd >= 0) end = cells[metadataEnd]?.text.replace(SITE_METADATA_END, '').trim() === '' ? metadataEnd + 1 : metadataEnd;
  for (let k = 0; k <= Math.min(end, cells.length - 1); k += 1) noise.add(k);
}

function markSiteFooter(cells: Cell[], noise: Set<number>): void {
  const footer = cells.findIndex((c) => SITE_FOOTER.test(c.text));
  if (footer < 0) return;
  const start = footer > 0 && cells[footer - 1]?.line === (cells[footer]?.line ?? 0) - 1 ? footer - 1 : footer;
  for (let k = start; k < cells.length; k += 1) noise.add(k);
}
