// The page: header with search, the lineage of the open document, and the panel of the chosen one.
import { useState } from 'react';
import { DocumentPanel } from '../features/document-panel/components/DocumentPanel.tsx';
import { LineageView } from '../features/lineage/components/LineageView.tsx';
import { useLanguage } from '../lib/language.tsx';
import { Header } from './Header.tsx';
import { useDocumentRoute } from './use-document-route.ts';

/** The panel follows the open document until a node is chosen; it belongs to one root. */
type PanelChoice = { rootId: string | null; documentId: string | null };

export function App() {
  const { t } = useLanguage();
  const [rootId, openDocument] = useDocumentRoute();
  const [choice, setChoice] = useState<PanelChoice>({ rootId: null, documentId: null });
  const panelId = choice.rootId === rootId ? choice.documentId : rootId;

  return (
    <div className="app">
      <Header onOpen={openDocument} />
      <main className="app-main">
        {rootId ? (
          <LineageView
            rootId={rootId}
            selectedId={panelId}
            onSelect={(documentId) => setChoice({ rootId, documentId })}
          />
        ) : (
          <div className="home">
            <h1>{t('home.title')}</h1>
            <p>{t('home.hint')}</p>
          </div>
        )}
        {panelId && (
          <DocumentPanel
            documentId={panelId}
            onOpen={openDocument}
            onClose={() => setChoice({ rootId, documentId: null })}
          />
        )}
      </main>
    </div>
  );
}
