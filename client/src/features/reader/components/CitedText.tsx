import { AppLink } from '../../../lib/navigation.tsx';
import { documentPath } from '../../../lib/router.ts';
import type { ReaderCitation } from '../api/reader-document.ts';
import { linkCitations } from '../utils/citation-links.ts';

/** A passage with each cited document a link to it. */
export function CitedText({ text, citations }: { text: string; citations: readonly ReaderCitation[] }) {
  if (citations.length === 0) return <>{text}</>;
  return (
    <>
      {linkCitations(text, citations).map((piece, index) =>
        piece.documentId ? (
          <AppLink key={index} to={documentPath(piece.documentId)} className="reader-citation" testId="reader-citation">
            {piece.text}
          </AppLink>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
