// Turns the mentions of other documents in a passage into links to them.
import type { ReaderCitation } from '../api/reader-document.ts';

export type CitedPiece = { text: string; documentId: string | null };

type Found = { start: number; end: number; documentId: string };

function findMention(text: string, citation: ReaderCitation): Found | null {
  for (const needle of [citation.quote, citation.document.number]) {
    if (!needle) continue;
    const start = text.indexOf(needle.normalize('NFC'));
    if (start >= 0) return { start, end: start + needle.normalize('NFC').length, documentId: citation.document.id };
  }
  return null;
}

/** The passage in pieces, each mention found (by its quote, else by the number) a link; no overlaps. */
export function linkCitations(text: string, citations: readonly ReaderCitation[]): CitedPiece[] {
  const passage = text.normalize('NFC');
  const found = citations
    .map((citation) => findMention(passage, citation))
    .filter((f): f is Found => f !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: CitedPiece[] = [];
  let at = 0;
  for (const mention of found) {
    if (mention.start < at) continue;
    if (mention.start > at) pieces.push({ text: passage.slice(at, mention.start), documentId: null });
    pieces.push({ text: passage.slice(mention.start, mention.end), documentId: mention.documentId });
    at = mention.end;
  }
  if (at < passage.length || pieces.length === 0) pieces.push({ text: passage.slice(at), documentId: null });
  return pieces;
}

/** Citations none of whose words were found in the passage, to list beside it. */
export function unplacedCitations(text: string, citations: readonly ReaderCitation[]): ReaderCitation[] {
  const passage = text.normalize('NFC');
  return citations.filter((citation) => findMention(passage, citation) === null);
}
