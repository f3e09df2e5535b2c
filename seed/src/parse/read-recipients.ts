// "Nơi nhận:" and its "- …" items. Filing ("Lưu: VT, …") and back-references ("Như trên",
// "Như Điều 3") name nobody new and are left out.

import type { ParsedRecipient } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';

export interface RecipientReading {
  recipients: ParsedRecipient[];
  consumed: Set<number>;
}

const HEADING = /^Nơi nhận\s*:?\s*(.*)$/iu;
const ITEM = /^[-+•]\s*(.*)$/u;
const LEFT_OUT = /^(?:Lưu|Như\s+(?:trên|Điều))(?![\p{L}])/iu;
const PURPOSE = /\(\s*(?:để\s+)?(báo cáo|b\/c|thực hiện|t\/h|biết|phối hợp|chỉ đạo|theo dõi|đăng công báo|chỉ đạo thực hiện)\s*\)/iu;
/** Bare organ types that share the tail of the list item ("Đảng ủy, UBND các xã, thị trấn"). */
const SHARES_TAIL = /^(?:Đảng ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Thường trực|Mặt trận|MTTQ|CT|Lãnh đạo)$/u;

export function readRecipients(lines: Line[]): RecipientReading {
  const recipients: ParsedRecipient[] = [];
  const consumed = new Set<number>();
  const start = lines.findIndex((l) => HEADING.test(l.text));
  if (start < 0) return { recipients, consumed };
  consumed.add(start);
  const first = HEADING.exec(lines[start]?.text ?? '')?.[1]?.trim() ?? '';
  const items = first === '' ? [] : [first.replace(ITEM, '$1')];
  for (let i = start + 1; i < lines.length; i += 1) {
    const item = ITEM.exec(lines[i]?.text ?? '');
    if (!item) break;
    items.push(item[1] ?? '');
    consumed.add(i);
  }
  for (const item of items) recipients.push(...readItem(item));
  return { recipients, consumed };
}

function readItem(item: string): ParsedRecipient[] {
  const text = item.replace(/[\s;,.}]+$/u, '').trim();
  if (text === '' || LEFT_OUT.test(text)) return [];
  const purposeMatch = PURPOSE.exec(text);
  const purpose = purposeMatch ? readablePurpose(purposeMatch[1] ?? '') : null;
  const names = splitNames(purposeMatch ? text.replace(purposeMatch[0], '') : text);
  return names.map((name) => ({ name, purpose }));
}

function readablePurpose(written: string): string {
  const lower = written.toLowerCase();
  if (lower === 'b/c') return 'báo cáo';
  if (lower === 't/h') return 'thực hiện';
  return lower;
}

/** Split at commas outside parentheses when a new capitalized body follows. */
function splitNames(text: string): string[] {
  const names: string[] = [];
  let current = '';
  let depth = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text[k] ?? '';
    if (c === '(') depth += 1;
    if (c === ')') depth = Math.max(0, depth - 1);
    const rest = text.slice(k + 1).trimStart();
    if (c === ',' && depth === 0 && /^\p{Lu}/u.test(rest) && !SHARES_TAIL.test(current.trim())) {
      names.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  names.push(current);
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
}
