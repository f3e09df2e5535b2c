// The open document lives in the URL (/document/<id>), so links, reloads and Back all work.
import { useCallback, useEffect, useState } from 'react';
import { documentIdFromPath, documentPath } from '../lib/router.ts';

function currentDocumentId(): string | null {
  return documentIdFromPath(window.location.pathname);
}

export function useDocumentRoute(): [string | null, (id: string) => void] {
  const [documentId, setDocumentId] = useState(currentDocumentId);

  useEffect(() => {
    const onPopState = () => setDocumentId(currentDocumentId());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const openDocument = useCallback((id: string) => {
    const path = documentPath(id);
    if (window.location.pathname !== path) window.history.pushState({ documentId: id }, '', path);
    setDocumentId(id);
  }, []);

  return [documentId, openDocument];
}
