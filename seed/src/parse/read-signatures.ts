// Signature blocks: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / <name>", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <name>",
// "TRƯỞNG BAN / BAN DÂN VẬN HUYỆN ỦY / <name>"; a bare name closing the text when there is no block.

import type { ParsedSignature } from '../parsed-document.ts';
import { isMostlyUppercase, type Line } from './normalize-text.ts';
import { toReadableCase } from './to-readable-case.ts';

export interface SignatureReading {
  signers: ParsedSignature[];
  consumed: Set<number>;
}

const POSITIONS = [
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'BÍ THƯ',
  'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG',
  'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA',
  'PHÓ CHÁNH THANH TRA', 'TỔNG THƯ KÝ', 'TỔNG KIỂM TOÁN NHÀ NƯỚC', 'THỐNG ĐỐC', 'PHÓ THỐNG ĐỐC',
  'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC',
  'VIỆN TRƯỞNG', 'CHÁNH ÁN', 'ỦY VIÊN', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'TRƯỞNG ĐOÀN', 'CHỦ NHIỆM ỦY BAN KIỂM TRA', 'TỔNG BÍ THƯ',
];
const CAPACITY = /^(TM|T\/M|KT|TL|TUQ|Q|K\/T|T\/L)\s*[.:]?\s+(.+)$/u;
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
/** Officers of the armed forces and the police sign with their rank: "Đại tướng Lương Tam Quang". */
const RANK = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+/u;
const MAX_BLOCK_LINES = 5;

export function readSignatures(lines: Line[], from: number): SignatureReading {
  const signers: ParsedSignature[] = [];
  const consumed = new Set<number>();
  for (let i = from; i < lines.length; i += 1) {
    const block = readBlock(lines, i);
    if (!block) continue;
    signers.push(block.signer);
    block.indexes.forEach((k) => consumed.add(k));
    i = Math.max(...block.indexes);
  }
  if (signers.length === 0) {
    const last = closingName(lines, from);
    if (last !== null) {
      signers.push({ name: lines[last]?.text ?? null, position: null, capacity: null, agency: null });
      consumed.add(last);
    }
  }
  return { signers, consumed };
}

function readBlock(lines: Line[], start: number): { signer: ParsedSignature; indexes: number[] } | null {
  const signer: ParsedSignature = { name: null, position: null, capacity: null, agency: null };
  const indexes: number[] = [];
  let i = start;
  for (; i < lines.length && indexes.length < MAX_BLOCK_LINES; i += 1) {
    const text = lines[i]?.text ?? '';
    if (!isMostlyUppercase(text) || /\d/.test(text)) break;
    const capacity = CAPACITY.exec(text);
    if (POSITIONS.includes(text)) {
      signer.position = toReadableCase(text);
    } else if (capacity) {
      const [, mark, body] = capacity;
      signer.capacity ??= `${mark}. ${toReadableCase(body ?? '')}`.replace('/M.', '/M').replace('/L.', '/L');
      if (mark === 'TM' || mark === 'T/M') signer.agency ??= toReadableCase(body ?? '');
    } else if (text.split(' ').length <= 10) {
      signer.agency ??= toReadableCase(text);
    } else {
      break;
    }
    indexes.push(i);
  }
  if (!signer.position) return null;
  const nameAt = NAME.test((lines[i]?.text ?? '').replace(RANK, '')) ? i : -1;
  if (nameAt >= 0) {
    signer.name = lines[nameAt]?.text.replace(RANK, '') ?? null;
    indexes.push(nameAt);
    if (lines[nameAt + 1]?.text === signer.name) indexes.push(nameAt + 1);
  }
  return { signer, indexes };
}

/** Seed-style texts end with only the signer's name under the recipients. */
function closingName(lines: Line[], from: number): number | null {
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - 3); i -= 1) {
    if (NAME.test(lines[i]?.text ?? '')) return i;
  }
  return null;
}

const BARE_BODIES = ['Ủy ban nhân dân', 'Hội đồng nhân dân'];
const LEVEL_AFTER = /^\s+(tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)(?![\p{L}])/u;

/**
 * "TM. ỦY BAN NHÂN DÂN" names no level and "KT. CHỦ TỊCH" no body: take the header's issuer it
 * abbreviates, else the level the text itself uses most ("Ủy ban nhân dân huyện").
 */
export function completeAgencies(signers: ParsedSignature[], issuers: string[], text: string): ParsedSignature[] {
  return signers.map((signer) => {
    if (!signer.agency) {
      return issuers.length === 1 && signer.position ? { ...signer, agency: issuers[0] ?? null } : signer;
    }
    const agency = signer.agency;
    const issuer = issuers.find((i) => i.startsWith(agency));
    if (issuer) return { ...signer, agency: issuer };
    if (!BARE_BODIES.includes(agency)) return signer;
    const level = commonestLevel(text, agency);
    return level ? { ...signer, agency: `${agency} ${level}` } : signer;
  });
}

function commonestLevel(text: string, body: string): string | null {
  const counts = new Map<string, number>();
  let at = text.indexOf(body);
  while (at >= 0) {
    const level = LEVEL_AFTER.exec(text.slice(at + body.length, at + body.length + 12))?.[1];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
    at = text.indexOf(body, at + body.length);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
