// Turns raw text (Word-converted markdown, gazette extraction, website copies) into clean lines
// that remember their line number in the original file.

import { findNoise, type Cell } from './find-noise.ts';

export interface Line {
  text: string;
  /** 1-based line number in the original file */
  line: number;
  /** a blank line came before it: paragraphs in Word exports, title blocks in headers */
  blankBefore: boolean;
  /** a rule ("_____", "-----") came before it: headers end there */
  ruleBefore: boolean;
}

const RULE = /^[-_=*.~\s]{3,}$/;
/** a rule drawn inside a table cell ("CHÍNH PHỦ________ Số: 170/2025/NĐ-CP") separates two cells */
const INNER_RULE = /(\s*[_=~]{3,}\s*|\s+-{3,}\s*|\s*-{3,}\s+)/u;
/** a lone italic word: the typist's initials printed under the text ("*ƯNV*") */
const TYPIST_LINE = /^\*[\p{L}]{1,6}\*$/u;
/** typist initials glued to the last sentence ("… hiệu quả. / *Thy*") */
const TYPIST_TAIL = /([.;:!?])(\s*(?:\/\s*)?\*[\p{L}]{1,8}\*\s*)$/u;

/** Starts of lines that open a unit of their own and never continue a paragraph. */
export const STRUCTURE_START =
  /^(?:Điều\s+\d+\s*[.:]|Chương\s|CHƯƠNG\s|Mục\s+[IVXLC\d]+|MỤC\s|Phần\s|PHẦN\s|[IVXLC]+[.)]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-+•]\s?|Căn cứ|Nơi nhận|Kính gửi|V\/v)/u;

export interface TextReading {
  /** the document's own text, one paragraph per line */
  lines: Line[];
  /** what the gazette or the website printed around it, line by line */
  noise: Line[];
}

export function normalizeText(text: string): Line[] {
  return readText(text).lines;
}

/** Clean lines and the noise taken out of them: nothing of the text is lost, only set apart. */
export function readText(text: string): TextReading {
  const pieces = cleanLines(text);
  const noiseAt = findNoise(pieces.filter((p) => p.kind === 'text'));
  const lines: Line[] = [];
  const noise: Line[] = [];
  let textIndex = 0;
  let blank = false;
  let rule = false;
  for (const piece of pieces) {
    if (piece.kind === 'blank') {
      blank = true;
    } else if (piece.kind === 'rule') {
      rule = true;
      blank = true;
    } else if (piece.kind === 'typist' || noiseAt.has(textIndex++)) {
      noise.push({ text: piece.text, line: piece.line, blankBefore: false, ruleBefore: false });
    } else {
      lines.push({ text: piece.text, line: piece.line, blankBefore: blank, ruleBefore: rule });
      blank = false;
      rule = false;
    }
  }
  return { lines: joinParagraphs(lines), noise };
}

interface Piece extends Cell {
  kind: 'text' | 'blank' | 'rule' | 'typist';
}

function cleanLines(text: string): Piece[] {
  return joinEmphasis(text.split(/\r\n|\r|\n/)).flatMap(({ raw, line }) => stripMarkup(raw).map((p) => ({ ...p, line })));
}

/**
 * Website copies break a bold or italic run across lines ("**QUYẾT" / "ĐỊNH**", "*Hà" / "Nội,
 * ngày …*"): a line that leaves a run open, and the next line that closes it, are one line.
 */
function joinEmphasis(raws: string[]): { raw: string; line: number }[] {
  const joined: { raw: string; line: number }[] = [];
  for (let i = 0; i < raws.length; i += 1) {
    const raw = raws[i] ?? '';
    const next = raws[i + 1];
    if (next !== undefined && breaksRun(raw, next)) {
      joined.push({ raw: `${raw} ${next}`, line: i + 1 });
      i += 1;
    } else {
      joined.push({ raw, line: i + 1 });
    }
  }
  return joined;
}

/** A signature block sets its position on a line of its own inside one bold run: not a break. */
const OWN_LINE = /^(?:(?:PHÓ|TỔNG|THƯỜNG TRỰC)\s+)*(?:CHỦ TỊCH|TRƯỞNG|BÍ THƯ|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH|CỤC TRƯỞNG|VỤ TRƯỞNG|CHỦ NHIỆM|ỦY VIÊN)|^(?:TM|KT|TL|TUQ|T\/M)\s*\./u;

function breaksRun(raw: string, next: string): boolean {
  if (/\s{2,}$/u.test(raw) || OWN_LINE.test(next.replace(/\*/g, '').trim())) return false;
  return isOpenEmphasis(emphasisAfter(raw)) && !isOpenEmphasis(emphasisAfter(`${raw} ${next}`));
}

function emphasisAfter(raw: string): { bold: boolean; italic: boolean } {
  const state = { bold: false, italic: false };
  for (const run of raw.replace(/\\\*/g, '').match(/\*+/g) ?? []) {
    if (run.length % 2 === 1) state.italic = !state.italic;
    if (run.length >= 2 && run.length % 4 !== 0) state.bold = !state.bold;
  }
  return state;
}

function isOpenEmphasis(state: { bold: boolean; italic: boolean }): boolean {
  return state.bold || state.italic;
}

/** The characters every reading starts from: NFC, one tone placement, plain spaces and hyphens. */
export function normalizeCharacters(raw: string): string {
  return unifyTones(raw.normalize('NFC'))
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[\u2010-\u2014]/g, '-');
}

/** One raw line may hold several table cells (website copies): each becomes a piece. */
function stripMarkup(raw: string): Omit<Piece, 'line'>[] {
  let text = normalizeCharacters(raw).trim();
  if (TYPIST_LINE.test(text)) return [{ text, kind: 'typist' }];
  const typist = TYPIST_TAIL.exec(text);
  if (typist) text = text.slice(0, typist.index + 1);
  text = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*+/g, '');
  const pieces = text
    .split('|')
    .flatMap((cell) => (RULE.test(cell.trim()) ? [cell] : cell.split(INNER_RULE)))
    .map((cell) => cell.replace(/\s+/g, ' ').trim())
    .map((cell): Omit<Piece, 'line'> => ({ text: cell, kind: cell === '' ? 'blank' : RULE.test(cell) ? 'rule' : 'text' }));
  return typist ? [...pieces, { text: (typist[2] ?? '').trim(), kind: 'typist' }] : pieces;
}

/**
 * Old tone placement ("Tỉnh uỷ", "hoà", "khoá") is common in the corpus: move the tone mark to
 * the new place so that names and kinds compare equal.
 */
function unifyTones(text: string): string {
  return text
    .replace(/(?<![qQ])([oO])([àáảãạÀÁẢÃẠ])(?!\p{L})/gu, (_, o: string, a: string) => toned(o, a) + bare(a))
    .replace(/(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu, (_, u: string, y: string) => toned(u, y) + bare(y));
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function bare(tonedVowel: string): string {
  return tonedVowel.normalize('NFD').charAt(0);
}

function toned(vowel: string, tonedVowel: string): string {
  const mark = [...tonedVowel.normalize('NFD')].find((c) => TONE_MARKS.includes(c)) ?? '';
  return (vowel + mark).normalize('NFC');
}

/**
 * Word exports break sentences with blank lines and the gazette hard-wraps every line: a line
 * that cannot start a unit of its own continues the previous one.
 */
function joinParagraphs(lines: Line[]): Line[] {
  const joined: Line[] = [];
  let lastPiece = '';
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous && continues(lastPiece, line)) {
      previous.text = `${previous.text} ${line.text}`;
    } else {
      joined.push({ ...line });
    }
    lastPiece = line.text;
  }
  return joined;
}

/** `previous` is the last physical line, not the paragraph grown so far: wrapping is per line. */
function continues(previous: string, next: Line): boolean {
  if (STRUCTURE_START.test(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return !/:$/.test(previous) || !next.blankBefore;
  if (next.blankBefore || next.ruleBefore) return false;
  const open = !/[.;:!?]$/.test(previous);
  if (/^\d/.test(next.text)) return open;
  return open && previous.length >= 60 && !isMostlyUppercase(previous);
}

export function isMostlyUppercase(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}
