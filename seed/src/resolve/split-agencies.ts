// A duty borne by several bodies named in one phrase: "Ban Thường vụ, Thường trực huyện ủy",
// "Hội đồng nhân dân huyện và Thường trực Hội đồng nhân dân huyện", "Ủy ban MTTQ, các đoàn thể
// chính trị - xã hội tỉnh". Each body bears it; a shared tail ("huyện ủy", "tỉnh") belongs to each.

/** A part that names a body on its own: a capitalised organ, or a group of organisations. */
const BODY_START = /^(\p{Lu}|các (đoàn thể|tổ chức)(?![\p{L}]))/u;
/** Where the shared tail of the last part begins: its level word, or a Party committee. */
const TAIL = /(?<![\p{L}])((?:huyện|tỉnh|Huyện|Tỉnh|Thành) ủy|huyện|tỉnh|thành phố)(?![\p{L}]).*$/u;
const LEVEL_WORD = /(?<![\p{L}])(huyện|tỉnh|thành phố|(huyện|tỉnh|thành) ủy|trung ương|xã|thị trấn)(?![\p{L}])/iu;
/** One office serving several bodies ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện") is one body. */
const SHARED_OFFICE = /^Văn phòng\s/u;

export function splitAgencies(name: string): string[] {
  if (SHARED_OFFICE.test(name)) return [name];
  const parts = name
    .split(/\s*,\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => BODY_START.test(p))) return [name];
  const tail = parts[parts.length - 1]!.match(TAIL)?.[0] ?? null;
  return parts.map((p) => (tail && !LEVEL_WORD.test(p) ? `${p} ${tail}` : p));
}
