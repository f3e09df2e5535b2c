import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { highlightsOf } from './highlight.ts';

const marked = (text: string, task: string) => highlightsOf(text, analyzeQuery(task)).map((r) => text.slice(r.start, r.end));

describe('highlightsOf', () => {
  it('marks the whole phrase, by offsets into the original text, and not its words elsewhere', () => {
    const text = 'Bảo vệ quyền công dân; nghiêm túc thực hiện trách nhiệm tiếp công dân, đối thoại tiếp dân tại cơ sở.';
    expect(marked(text, 'tiep cong dan')).toEqual(['tiếp công dân', 'tiếp dân']);
  });

  it('marks across punctuation and function words as one range', () => {
    expect(marked('giải quyết khiếu nại, tố cáo kéo dài', 'khiếu nại tố cáo')).toEqual(['khiếu nại, tố cáo']);
  });

  it('falls back to partial phrases, then to single words', () => {
    expect(marked('xây dựng báo cáo năm về số liệu đoàn viên', 'báo cáo số liệu đoàn viên')).toEqual(['báo cáo', 'số liệu đoàn viên']);
    expect(marked('Thẩm định, tham gia ý kiến vào đề án', 'thẩm định đề án')).toEqual(['Thẩm định', 'đề án']);
  });

  it('marks an abbreviation that stands for the words', () => {
    expect(marked('Lãnh đạo UBND huyện', 'ủy ban nhân dân huyện')).toEqual(['UBND huyện']);
  });

  it('counts UTF-16 code units in NFD text', () => {
    const text = 'Chỉ đạo tiếp công dân'.normalize('NFD');
    const [range] = highlightsOf(text, analyzeQuery('tiếp công dân'));
    expect(text.slice(range!.start, range!.end).normalize('NFC')).toBe('tiếp công dân');
  });
});
