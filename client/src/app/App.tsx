// The pages: lineage with its panel, who must do what, an agency, a document's reader and impact.
import { useEffect, useState } from 'react';
import { AgencyProfilePage } from '../features/agency/components/AgencyProfilePage.tsx';
import { DocumentPanel } from '../features/document-panel/components/DocumentPanel.tsx';
import { ImpactPage } from '../features/impact/components/ImpactPage.tsx';
import { LineageView } from '../features/lineage/components/LineageView.tsx';
import { RaciDialog } from '../features/raci/components/RaciDialog.tsx';
import { ReaderPage } from '../features/reader/components/ReaderPage.tsx';
import { WhoPage } from '../features/who/components/WhoPage.tsx';
import { useLanguage } from '../lib/language.tsx';
import { useNavigation } from '../lib/navigation.tsx';
import { documentPath, type Route } from '../lib/router.ts';
import { Header } from './Header.tsx';

/** The panel follows the open document until a node is chosen; it belongs to one root. */
type PanelChoice = { rootId: string | null; documentId: string | null };

function LineagePage({ rootId, onRaci }: { rootId: string | null; onRaci: (id: string) => void }) {
  const { t } = useLanguage();
  const { navigate } = useNavigation();
  const [choice, setChoice] = useState<PanelChoice>({ rootId: null, documentId: null });
  const panelId = choice.rootId === rootId ? choice.documentId : rootId;
  return (
    <main className="app-main">
      {rootId ? (
        <LineageView rootId={rootId} selectedId={panelId} onSelect={(documentId) => setChoice({ rootId, documentId })} />
      ) : (
        <div className="home">
          <h1>{t('home.title')}</h1>
          <p>{t('home.hint')}</p>
          <p className="home__who">{t('home.whoHint')}</p>
        </div>
      )}
      {panelId && (
        <DocumentPanel
          documentId={panelId}
          onOpen={(id) => navigate(documentPath(id))}
          onClose={() => setChoice({ rootId, documentId: null })}
          onRaci={onRaci}
        />
      )}
    </main>
  );
}

function Page({ route, onRaci }: { route: Route; onRaci: (id: string) => void }) {
  const { t } = useLanguage();
  switch (route.page) {
    case 'home':
      return <LineagePage rootId={null} onRaci={onRaci} />;
    case 'document':
      return <LineagePage rootId={route.documentId} onRaci={onRaci} />;
    case 'reader':
      return (
        <main className="app-main app-main--page">
          <ReaderPage documentId={route.documentId} anchor={route.anchor} onRaci={onRaci} />
        </main>
      );
    case 'impact':
      return (
        <main className="app-main app-main--page">
          <ImpactPage key={route.documentId} documentId={route.documentId} />
        </main>
      );
    case 'who':
      return (
        <main className="app-main app-main--page">
          <WhoPage question={route} />
        </main>
      );
    case 'agency':
      return (
        <main className="app-main app-main--page">
          <AgencyProfilePage agencyId={route.agencyId} />
        </main>
      );
    case 'notFound':
      return (
        <main className="app-main app-main--page">
          <p className="page-state">{t('state.pageNotFound')}</p>
        </main>
      );
  }
}

export function App() {
  const { route, navigate } = useNavigation();
  const [lastDocumentId, setLastDocumentId] = useState<string | null>(null);
  const [raciFor, setRaciFor] = useState<string | null>(null);
  const routeKey = JSON.stringify(route);
  const lineageTarget = 'documentId' in route ? route.documentId : lastDocumentId;

  useEffect(() => {
    if (route.page === 'document') setLastDocumentId(route.documentId);
  }, [route]);

  // A link followed from inside the matrix leaves it behind.
  useEffect(() => setRaciFor(null), [routeKey]);

  return (
    <div className="app">
      <Header onOpen={(id) => navigate(documentPath(id))} lineagePath={lineageTarget ? documentPath(lineageTarget) : '/'} />
      <Page route={route} onRaci={setRaciFor} />
      {raciFor && <RaciDialog documentId={raciFor} onClose={() => setRaciFor(null)} />}
    </div>
  );
}
