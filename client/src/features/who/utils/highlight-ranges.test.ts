import { describe, expect, it } from 'vitest';
import { normalizeRanges, splitHighlights } from './highlight-ranges.ts';

const duty = 'Ban Dân vận Huyện ủy chủ trì tiếp công dân định kỳ';

describe('splitHighlights', () => {
  it('marks the matched ranges and keeps the words between', () => {
    const start = duty.indexOf('tiếp công dân');
    expect(splitHighlights(duty, [{ start, end: start + 'tiếp công dân'.length }])).toEqual([
      { text: 'Ban Dân vận Huyện ủy chủ trì ', marked: false },
      { text: 'tiếp công dân', marked: true },
      { text: ' định kỳ', marked: false },
    ]);
  });

  it('joins the pieces back into the text whatever the ranges', () => {
    const ranges = [
      { start: 40, end: 100 },
      { start: 0, end: 3 },
      { start: 2, end: 7 },
      { start: 9, end: 9 },
    ];
    const pieces = splitHighlights(duty, ranges);
    expect(pieces.map((p) => p.text).join('')).toBe(duty);
    expect(pieces[0]).toEqual({ text: 'Ban Dân', marked: true });
    expect(pieces.at(-1)?.marked).toBe(true);
  });

  it('counts in UTF-16 code units, as JavaScript strings do', () => {
    const text = 'Tiếp công dân'.normalize('NFD');
    const end = 'Tiếp'.normalize('NFD').length;
    expect(splitHighlights(text, [{ start: 0, end }])[0]).toEqual({ text: 'Tiếp'.normalize('NFD'), marked: true });
  });

  it('leaves a text with no ranges whole', () => {
    expect(splitHighlights(duty, [])).toEqual([{ text: duty, marked: false }]);
    expect(splitHighlights('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('merges touching and overlapping ranges', () => {
    expect(
      normalizeRanges(
        [
          { start: 5, end: 8 },
          { start: 0, end: 5 },
          { start: 7, end: 12 },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 10 }]);
  });
});
