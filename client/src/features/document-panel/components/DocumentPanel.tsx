// The side panel: loads one document and shows it, or says why it cannot.
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { DocumentQuery } from '../api/document.ts';
import { DocumentDetails } from './DocumentDetails.tsx';
import './document-panel.css';

type DocumentPanelProps = {
  documentId: string;
  onOpen: (id: string) => void;
  onClose: () => void;
  onRaci?: (id: string) => void;
};

export function DocumentPanel({ documentId, onOpen, onClose, onRaci }: DocumentPanelProps) {
  const { t } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DocumentQuery, variables: { id: documentId } });
  const failure = error ? errorMessage(error) : null;

  return (
    <aside className="document-panel" data-testid="document-panel" aria-label={t('panel.ariaLabel')}>
      <button type="button" className="document-panel__close button button--icon" onClick={onClose} title={t('panel.close')} aria-label={t('panel.close')}>
        ×
      </button>
      {fetching && !data && <p className="panel-state">{t('panel.loading')}</p>}
      {failure && !data && (
        <div className="panel-state panel-state--error" role="alert">
          <p>{t(failure.key, failure.params)}</p>
          <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('state.retry')}
          </button>
        </div>
      )}
      {data && !data.document && <p className="panel-state">{t('state.documentNotFound')}</p>}
      {data?.document && <DocumentDetails document={data.document} onOpen={onOpen} onRaci={onRaci} />}
    </aside>
  );
}
