// Bytes to text: UTF-8, or a legacy Vietnamese encoding (TCVN3/ABC, VNI) converted only when the
// conversion can be trusted — it must round-trip exactly and read as Vietnamese.
import { toTCVN3, toUnicode, toVNI } from 'vietnamese-conversion';

export type Charset = 'utf-8' | 'tcvn3' | 'vni';

export type Decoded = { ok: true; text: string; charset: Charset } | { ok: false; reason: string };

const CHARSET_NAMES: Record<Exclude<Charset, 'utf-8'>, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** Characters TCVN3 puts where Unicode has Vietnamese letters (as a Windows-1252 reading shows them). */
const TCVN3_CHARS = /[µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòôõøö÷ùúýûüþ¡¢§£¤¥¦]/g;
/** VNI writes a base letter followed by a mark letter: "aø", "eá", "oä", "ñ" for đ. */
const VNI_PAIRS = /[aeiouyAEIOUY][øùûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|ñ|Ñ/g;
/** Words nearly every Vietnamese administrative text uses many times. */
const COMMON_WORDS = /(?<![\p{L}])(của|và|các|được|ngày|năm|tháng|theo|với|trong|thực hiện|công tác|cơ quan|quy định)(?![\p{L}])/giu;

/** Windows-1252's characters for bytes 0x80–0x9F (Node's decoder reads those bytes as ISO-8859-1 controls). */
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += byte >= 0x80 && byte <= 0x9f ? C1_AS_WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Share of words that are common Vietnamese words: high for any real document, near zero for mojibake. */
function readsAsVietnamese(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words > 0 && count(text, COMMON_WORDS) / words > 0.03;
}

/** The legacy charsets the text could be in, likeliest first; empty when it shows neither. */
function legacyCandidates(text: string): Array<Exclude<Charset, 'utf-8'>> {
  const letters = count(text, /\p{L}/gu) || 1;
  const tcvn3 = count(text, TCVN3_CHARS);
  const vni = count(text, VNI_PAIRS);
  // a Vietnamese text has marked letters every few words; a stray byte or two is not a charset
  if (Math.max(tcvn3, vni) < 20 || Math.max(tcvn3, vni) / letters < 0.02) return [];
  // the letter đ, frequent in every such text ("định", "Đảng"), tells the two apart: ® in TCVN3, ñ in VNI
  return count(text, /ñ|Ñ/g) > count(text, /®|§/g) ? ['vni', 'tcvn3'] : ['tcvn3', 'vni'];
}

/** The conversion, when it is lossless (converting back gives the very same text) and reads as Vietnamese. */
function trustedConversion(raw: string, charset: Exclude<Charset, 'utf-8'>): string | null {
  const converted = toUnicode(raw, charset).normalize('NFC');
  const back = charset === 'tcvn3' ? toTCVN3(converted, 'unicode') : toVNI(converted, 'unicode');
  return back.normalize('NFC') === raw.normalize('NFC') && readsAsVietnamese(converted) ? converted : null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: read each byte as Windows-1252, the way legacy fonts' texts were saved
  }
  const raw = decodeWindows1252(bytes);
  const candidates = legacyCandidates(raw);
  if (candidates.length === 0) {
    return { ok: false, reason: 'không phải UTF-8 và không nhận ra bảng mã tiếng Việt cũ nào: hãy lưu tệp dưới dạng Unicode (UTF-8)' };
  }
  for (const charset of candidates) {
    const text = trustedConversion(raw, charset);
    if (text !== null) return { ok: true, text, charset };
  }
  return {
    ok: false,
    reason:
      `có vẻ dùng bảng mã ${CHARSET_NAMES[candidates[0]!]} nhưng không chuyển đổi được một cách chắc chắn: ` +
      'hãy chuyển sang Unicode (UTF-8), ví dụ bằng công cụ chuyển mã của Unikey, rồi nạp lại',
  };
}

export function charsetName(charset: Exclude<Charset, 'utf-8'>): string {
  return CHARSET_NAMES[charset];
}
