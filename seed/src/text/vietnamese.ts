// Spelling-independent forms of Vietnamese text: for keys, lookups and search.

/** Old-style tone placement on open syllables and its new-style form ("hoà" → "hòa", "uỷ" → "ủy"). */
const TONE_MOVES: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

const WORD = /\p{L}+/gu;

/** NFC, new-style tone placement ("Uỷ ban" → "Ủy ban"), single spaces, typographic dashes as hyphens. */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .replace(WORD, moveTone)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[ \t\u00a0\u2000-\u200b]+/g, ' ');
}

function moveTone(word: string): string {
  const tail = word.slice(-2);
  const moved = TONE_MOVES[tail.toLowerCase()];
  // in "quý" the u belongs to the consonant "qu", so the mark is already where it belongs
  if (!moved || /q$/i.test(word.slice(0, -2))) return word;
  return word.slice(0, -2) + matchCase(tail, moved);
}

function matchCase(original: string, replacement: string): string {
  return [...replacement]
    .map((ch, i) => {
      const o = original[i];
      return o !== undefined && o !== o.toLowerCase() ? ch.toUpperCase() : ch;
    })
    .join('');
}

/** Lower case, no diacritics, đ → d, single spaces: "Ủy ban nhân dân" → "uy ban nhan dan". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The spelling-independent key of a document number: "23-qđ/tw", "23 - QĐ/TW" and "23-QD/TW" are one key. */
export function numberKey(number: string): string {
  return fold(number).replace(/\s+/g, '').replace(/^so:?/, '').toUpperCase();
}
