// Turns raw text (Word-converted markdown, gazette extraction, website copies) into clean lines
// that remember their line number in the original file.

export interface Line {
  text: string;
  /** 1-based line number in the original file */
  line: number;
  /** a blank line came before it: paragraphs in Word exports, title blocks in headers */
  blankBefore: boolean;
  /** a rule ("_____", "-----") came before it: headers end there */
  ruleBefore: boolean;
}

const GAZETTE_NOISE = [
  /^CÔNG BÁO\s*\/\s*Số/i,
  /^\d{1,4}$/,
  /^(?:Người ký|Email|Cơ quan|Thời gian ký)\s*:/,
];
const RULE = /^[-_=*.~\s]{3,}$/;
/** a lone italic word: the typist's initials printed under the text ("*ƯNV*") */
const TYPIST_LINE = /^\*[\p{L}]{1,6}\*$/u;
/** typist initials glued to the last sentence ("… hiệu quả. / *Thy*") */
const TYPIST_TAIL = /([.;:!?])\s*(?:\/\s*)?\*[\p{L}]{1,8}\*\s*$/u;

/** Starts of lines that open a unit of their own and never continue a paragraph. */
export const STRUCTURE_START =
  /^(?:Điều\s+\d+\s*[.:]|Chương\s|CHƯƠNG\s|Mục\s+[IVXLC\d]+|MỤC\s|Phần\s|PHẦN\s|[IVXLC]+[.)]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-+•]\s?|Căn cứ|Nơi nhận|Kính gửi|V\/v)/u;

export function normalizeText(text: string): Line[] {
  return joinParagraphs(cleanLines(text));
}

function cleanLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let rule = false;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    for (const cell of stripMarkup(raw)) {
      if (cell === '') {
        blank = true;
      } else if (RULE.test(cell)) {
        rule = true;
        blank = true;
      } else if (!GAZETTE_NOISE.some((noise) => noise.test(cell))) {
        lines.push({ text: cell, line: index + 1, blankBefore: blank, ruleBefore: rule });
        blank = false;
        rule = false;
      }
    }
  });
  return lines;
}

/** One raw line may hold several table cells (website copies): each becomes a line. */
function stripMarkup(raw: string): string[] {
  let text = unifyTones(raw.normalize('NFC'))
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[\u2010-\u2014]/g, '-')
    .trim();
  if (TYPIST_LINE.test(text)) return [''];
  text = text
    .replace(TYPIST_TAIL, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*+/g, '');
  return text.split('|').map((cell) => cell.replace(/\s+/g, ' ').trim());
}

/**
 * Old tone placement ("Tỉnh uỷ", "hoà", "khoá") is common in the corpus: move the tone mark to
 * the new place so that names and kinds compare equal.
 */
function unifyTones(text: string): string {
  return text
    .replace(/(?<![qQ])([oO])([àáảãạ])(?!\p{L})/gu, (_, o: string, a: string) => toned(o, a) + 'a')
    .replace(/(?<![qQ])([uU])([ỳýỷỹỵ])(?!\p{L})/gu, (_, u: string, y: string) => toned(u, y) + 'y');
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

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
