// Exports of the shown impact: the table as CSV, the review list as Markdown or HTML (also to print).
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { downloadText, fileNameFor, openHtml } from '../../../lib/download.ts';
import { errorMessage, type ErrorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import type { ImpactExport, ReviewListFormat } from '../api/impact.ts';

export type FetchExport = (format: ReviewListFormat) => Promise<{ data?: ImpactExport; error?: CombinedError }>;

type Action = 'csv' | 'md' | 'html' | 'print';

export function ImpactExports({ fetchExport, name }: { fetchExport: FetchExport; name: string }) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState<Action | null>(null);
  const [failure, setFailure] = useState<ErrorMessage | { key: 'impact.popupBlocked' } | null>(null);

  async function run(action: Action) {
    setBusy(action);
    setFailure(null);
    const result = await fetchExport(action === 'md' ? 'MARKDOWN' : 'HTML');
    setBusy(null);
    if (!result.data) {
      setFailure(result.error ? errorMessage(result.error) : { key: 'state.serverUnreachable' });
      return;
    }
    const { csv, reviewList } = result.data;
    if (action === 'csv') downloadText(csv, fileNameFor('tac-dong', name, 'csv'), 'text/csv;charset=utf-8');
    if (action === 'md') downloadText(reviewList, fileNameFor('ra-soat', name, 'md'), 'text/markdown;charset=utf-8');
    if (action === 'html') downloadText(reviewList, fileNameFor('ra-soat', name, 'html'), 'text/html;charset=utf-8');
    if (action === 'print' && !openHtml(reviewList)) setFailure({ key: 'impact.popupBlocked' });
  }

  const button = (action: Action, label: string, testId?: string) => (
    <button type="button" className="button" disabled={busy !== null} onClick={() => void run(action)} data-testid={testId}>
      {busy === action ? t('impact.exporting') : label}
    </button>
  );

  return (
    <div className="impact-exports" role="group" aria-label={t('impact.exports')}>
      <span className="toolbar-label">{t('impact.exports')}</span>
      {button('csv', t('impact.exportCsv'), 'impact-export-csv')}
      {button('md', t('impact.exportMarkdown'), 'impact-export-md')}
      {button('html', t('impact.exportHtml'), 'impact-export-html')}
      {button('print', t('impact.print'), 'impact-print')}
      {failure && (
        <span className="inline-error" role="alert">
          {'params' in failure ? t(failure.key, failure.params) : t(failure.key)}
        </span>
      )}
    </div>
  );
}
