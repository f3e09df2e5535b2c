import { describe, expect, it } from 'vitest';
import { fold, taskSuggestions, withRecentTask } from './recent-tasks.ts';

describe('recent tasks', () => {
  it('puts the latest task first, once, whatever its case', () => {
    expect(withRecentTask(['báo cáo', 'Tiếp công dân'], ' tiếp công dân ')).toEqual(['tiếp công dân', 'báo cáo']);
    expect(withRecentTask(['a'], '  ')).toEqual(['a']);
  });

  it('suggests past then common tasks that contain the typed words, ignoring diacritics', () => {
    const suggestions = taskSuggestions(['tiếp dân ở xã'], 'tiep')
    expect(suggestions).toEqual(['tiếp dân ở xã', 'tiếp công dân']);
    expect(fold('Đảng ủy')).toBe('dang uy');
  });
});
