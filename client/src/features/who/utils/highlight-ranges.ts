// Splits a duty's text into plain and matched pieces from the server's UTF-16 ranges.
import type { TextRange } from '../api/who-must-do.ts';

export type TextPiece = { text: string; marked: boolean };

/** Ranges clamped to the text, sorted, and merged where they touch or overlap. */
export function normalizeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const clamped = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, length)), end: Math.max(0, Math.min(end, length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function splitHighlights(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of normalizeRanges(ranges, text.length)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
