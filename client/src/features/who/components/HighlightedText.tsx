import type { TextRange } from '../api/who-must-do.ts';
import { splitHighlights } from '../utils/highlight-ranges.ts';

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}
