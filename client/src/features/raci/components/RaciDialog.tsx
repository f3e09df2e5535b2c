// The responsibility matrix of a document, over the page, with its CSV download.
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { downloadText, fileNameFor } from '../../../lib/download.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { agencyPath, readerPath } from '../../../lib/router.ts';
import { sourceAnchor } from '../../../lib/source-anchor.ts';
import { RaciQuery } from '../api/raci.ts';
import { raciMarks, raciTable } from '../utils/raci-table.ts';
import './raci.css';

const markKeys = { L: 'raci.mark.L', S: 'raci.mark.S', R: 'raci.mark.R' } as const;

export function RaciDialog({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const { t } = useLanguage();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RaciQuery,
    variables: { documentIds: [documentId], documentId },
  });
  const failure = error ? errorMessage(error) : null;
  const table = data ? raciTable(data.raci) : null;
  const name = data?.document?.number ?? documentId;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog ref={dialogRef} className="raci-dialog" aria-label={t('raci.title')} onClose={onClose} onCancel={onClose}>
      <header className="raci-dialog__header">
        <h2>
          {t('raci.title')} <span className="muted">{data?.document?.number ?? ''}</span>
        </h2>
        <div className="raci-legend" aria-label={t('raci.legend')}>
          {raciMarks.map((mark) => (
            <span key={mark}>
              <span className={`raci-mark raci-mark--${mark}`}>{mark}</span> {t(markKeys[mark])}
            </span>
          ))}
        </div>
        <button
          type="button"
          className="button"
          disabled={!data}
          data-testid="raci-download"
          onClick={() => data && downloadText(data.raci.csv, fileNameFor('raci', name, 'csv'), 'text/csv;charset=utf-8')}
        >
          {t('raci.download')}
        </button>
        <button type="button" className="button button--icon" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          ×
        </button>
      </header>
      <div className="raci-dialog__body">
        {fetching && !data && <p className="page-state">{t('raci.loading')}</p>}
        {failure && !data && (
          <div className="page-state page-state--error" role="alert">
            {t(failure.key, failure.params)}
            <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('state.retry')}
            </button>
          </div>
        )}
        {table && table.rows.length === 0 && <p className="page-state">{t('raci.empty')}</p>}
        {table && table.rows.length > 0 && (
          <table className="raci-table" data-testid="raci-table">
            <thead>
              <tr>
                <th className="raci-table__source">{t('raci.source')}</th>
                <th className="raci-table__duty">{t('raci.duty')}</th>
                {table.agencies.map((agency) => (
                  <th key={agency.id} className="raci-table__agency" scope="col">
                    <AppLink to={agencyPath(agency.id)} title={agency.name}>
                      <span>{agency.name}</span>
                    </AppLink>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(({ duty, marks }) => (
                <tr key={duty.id}>
                  <td className="raci-table__source">
                    <AppLink to={readerPath(duty.document.id, sourceAnchor(duty.source))}>{duty.source}</AppLink>
                  </td>
                  <td className="raci-table__duty">{duty.text}</td>
                  {marks.map((mark, index) => (
                    <td key={table.agencies[index]?.id} className="raci-table__cell">
                      {mark && (
                        <span className={`raci-mark raci-mark--${mark.split('/')[0]}`} title={mark.split('/').map((m) => (m in markKeys ? t(markKeys[m as keyof typeof markKeys]) : m)).join(', ')}>
                          {mark}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </dialog>
  );
}
