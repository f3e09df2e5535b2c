// /document/:id/impact: what a change to this document touches, the hypothetical version, the record.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { documentPath, readerPath } from '../../../lib/router.ts';
import { levelColors, levelKey, relationKey, toLevel } from '../../../lib/vocabulary.ts';
import {
  ImpactExportQuery,
  ImpactLineageQuery,
  ImpactQuery,
  WhatIfExportQuery,
  WhatIfQuery,
  type ChangeInput,
  type Impact,
  type ImpactOptions,
  type ReviewListFormat,
} from '../api/impact.ts';
import { ChangeHistory } from './ChangeHistory.tsx';
import { ImpactDocumentsTable } from './ImpactDocumentsTable.tsx';
import { ImpactExports } from './ImpactExports.tsx';
import { ImpactGraph } from './ImpactGraph.tsx';
import { ImpactAgencies, ImpactDuties } from './ImpactLists.tsx';
import { ImpactSummaryView } from './ImpactSummaryView.tsx';
import { WhatIfForm } from './WhatIfForm.tsx';
import './impact.css';

const defaultOptions: ImpactOptions = { followCites: true, followInferred: true, stopAtInactive: false };

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="impact-section">
      <h2 className="section-heading">
        {title} {count !== undefined && <span className="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

function ImpactOptionsBar({ options, onChange }: { options: ImpactOptions; onChange: (options: ImpactOptions) => void }) {
  const { t } = useLanguage();
  const box = (key: keyof ImpactOptions, label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={options[key]}
        data-testid={`impact-option-${key}`}
        onChange={(event) => onChange({ ...options, [key]: event.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <div className="impact-options" role="group" aria-label={t('impact.options')}>
      <span className="toolbar-label">{t('impact.options')}</span>
      {box('followCites', t('impact.followCites'))}
      {box('followInferred', t('impact.followInferred'))}
      {box('stopAtInactive', t('impact.stopAtInactive'))}
    </div>
  );
}

function ImpactBody({ impact, lineage }: { impact: Impact; lineage: Parameters<typeof ImpactGraph>[0]['lineage'] }) {
  const { t } = useLanguage();
  const depths = useMemo(() => new Map(impact.documents.map((row) => [row.document.id, row.depth])), [impact]);
  return (
    <>
      <div className="impact__overview">
        <ImpactSummaryView summary={impact.summary} />
        <ImpactGraph rootId={impact.root.id} lineage={lineage} graph={impact.graph} depths={depths} />
      </div>
      <Section title={t('impact.documentsToReview')} count={impact.summary.documents}>
        <ImpactDocumentsTable documents={impact.documents} total={impact.summary.documents} />
      </Section>
      <div className="impact__columns">
        <Section title={t('impact.agenciesToInform')} count={impact.summary.agencies}>
          <ImpactAgencies agencies={impact.agencies} total={impact.summary.agencies} />
        </Section>
        <Section title={t('impact.dutiesToReview')} count={impact.summary.duties}>
          <ImpactDuties duties={impact.duties} total={impact.summary.duties} />
        </Section>
      </div>
    </>
  );
}

export function ImpactPage({ documentId }: { documentId: string }) {
  const { t } = useLanguage();
  const client = useClient();
  const [options, setOptions] = useState(defaultOptions);
  const [article, setArticle] = useState('');
  const [change, setChange] = useState<ChangeInput | null>(null);
  const articleNumber = /^\d+$/.test(article.trim()) ? Number(article.trim()) : null;
  const variables = useMemo(() => ({ documentId, article: articleNumber, ...options }), [documentId, articleNumber, options]);

  const [actual, reexecute] = useQuery({ query: ImpactQuery, variables, pause: change !== null });
  const [hypothetical] = useQuery({ query: WhatIfQuery, variables: { change: change! }, pause: change === null });
  const [lineage] = useQuery({ query: ImpactLineageQuery, variables: { documentId } });

  const result = change ? hypothetical : actual;
  const impact = change ? hypothetical.data?.whatIf : actual.data?.impact;
  const failure = result.error ? errorMessage(result.error) : null;
  const name = impact?.root.number ?? documentId;

  const fetchExport = useCallback(
    (format: ReviewListFormat) =>
      change
        ? client
            .query(WhatIfExportQuery, { change, format }, { requestPolicy: 'network-only' })
            .toPromise()
            .then(({ data, error }) => ({ data: data?.whatIf, error }))
        : client
            .query(ImpactExportQuery, { ...variables, format }, { requestPolicy: 'network-only' })
            .toPromise()
            .then(({ data, error }) => ({ data: data?.impact, error })),
    [client, change, variables],
  );

  const root = impact?.root;
  const level = toLevel(root?.level);
  return (
    <div className="impact page" data-testid="impact">
      <header className="page__header">
        <div className="page__eyebrow">
          {root && (
            <span className="level-chip" style={{ background: levelColors[level] }}>
              {t(levelKey(level))}
            </span>
          )}
          {t('impact.title')}
          {root?.status && <span className="badge badge--muted">{root.status}</span>}
        </div>
        <h1 className="page__title">{root ? (root.number ?? root.title ?? root.id) : t('impact.title')}</h1>
        {root?.title && root.number && <p className="page__subtitle">{root.title}</p>}
        <div className="page__actions">
          <AppLink to={documentPath(documentId)} className="button">
            {t('nav.lineage')}
          </AppLink>
          <AppLink to={readerPath(documentId)} className="button">
            {t('reader.open')}
          </AppLink>
        </div>
      </header>

      <div className="impact__toolbar">
        <ImpactOptionsBar options={options} onChange={setOptions} />
        <label className="impact-article">
          <span className="toolbar-label">{t('impact.article')}</span>
          <input
            className="input input--narrow"
            inputMode="numeric"
            value={article}
            placeholder={t('whatIf.articleAll')}
            data-testid="impact-article"
            onChange={(event) => setArticle(event.target.value)}
          />
        </label>
        <ImpactExports fetchExport={fetchExport} name={change ? `${name}-gia-dinh` : name} />
      </div>

      {change && (
        <div className="impact__hypothetical" role="status" data-testid="whatif-banner">
          {t('whatIf.banner', { kind: t(relationKey(change.kind)) })}
          <button type="button" className="button" onClick={() => setChange(null)}>
            {t('whatIf.back')}
          </button>
        </div>
      )}

      {result.fetching && !impact && <p className="page-state">{t('impact.loading')}</p>}
      {failure && !impact && (
        <div className="page-state page-state--error" role="alert">
          {t(failure.key, failure.params)}
          <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('state.retry')}
          </button>
        </div>
      )}
      {impact && <ImpactBody impact={impact} lineage={lineage.data?.lineage ?? null} />}

      <div className="impact__columns">
        <Section title={t('whatIf.title')}>
          <p className="muted">{t('whatIf.hint')}</p>
          <WhatIfForm documentId={documentId} status={root?.status ?? null} onWhatIf={setChange} />
        </Section>
        <Section title={t('changes.title')}>
          <ChangeHistory documentId={documentId} />
        </Section>
      </div>
    </div>
  );
}
