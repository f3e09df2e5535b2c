// Agencies to review, grouped by level from the centre down, each group sorted by name.
import { levels, toLevel, type Level } from '../../../lib/vocabulary.ts';

export function groupByLevel<T extends { level: string; name: string }>(items: readonly T[]): { level: Level; items: T[] }[] {
  return levels
    .map((level) => ({
      level,
      items: items.filter((item) => toLevel(item.level) === level).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    }))
    .filter((group) => group.items.length > 0);
}
