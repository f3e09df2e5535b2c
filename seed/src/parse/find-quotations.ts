// Lines that stand inside quotation marks: an amending text quotes the articles it rewrites
// ("Điều 9 được sửa đổi như sau: “Điều 9. … 1. … 2. …”."), a consolidated text quotes the bases
// of its amending texts in footnotes. What is quoted is not the structure of the quoting text.

import type { Line } from './normalize-text.ts';

/** Indexes among `indexes` whose line begins inside an open quotation. */
export function quotedLines(lines: Line[], indexes: number[]): Set<number> {
  const quoted = new Set<number>();
  let depth = 0;
  let straightOpen = false;
  let openedAt: number | null = null;
  for (const i of indexes) {
    if (depth > 0 || straightOpen) quoted.add(i);
    for (const c of lines[i]?.text ?? '') {
      if (c === '“') depth += 1;
      else if (c === '”') depth = Math.max(0, depth - 1);
      else if (c === '"') straightOpen = !straightOpen;
      else continue;
      const open = depth > 0 || straightOpen;
      if (open && openedAt === null) openedAt = i;
      if (!open) openedAt = null;
    }
  }
  // A quotation never closed is a stray mark, not a quote that runs to the end of the text.
  if (openedAt !== null) for (const i of indexes) if (i > openedAt) quoted.delete(i);
  return quoted;
}
