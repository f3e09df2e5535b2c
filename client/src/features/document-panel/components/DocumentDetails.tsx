// What the panel shows about one loaded document.
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { impactPath, readerPath } from '../../../lib/router.ts';
import { levelColors, levelKey, toLevel } from '../../../lib/vocabulary.ts';
import type { DocumentDetail } from '../api/document.ts';
import { DocumentArticles } from './DocumentArticles.tsx';
import { DocumentDuties } from './DocumentDuties.tsx';
import { DocumentIssues } from './DocumentIssues.tsx';
import { DocumentList } from './DocumentList.tsx';
import { DocumentRelations } from './DocumentRelations.tsx';

type DocumentDetailsProps = {
  document: DocumentDetail;
  onOpen: (id: string) => void;
  /** Opens the responsibility matrix of the document; without it the button is not shown. */
  onRaci?: (id: string) => void;
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function DocumentDetails({ document, onOpen, onRaci }: DocumentDetailsProps) {
  const { t } = useLanguage();
  const level = toLevel(document.level);
  const unknown = <span className="muted">{t('panel.unknown')}</span>;
  return (
    <article className="document-details">
      <header className="document-details__header">
        <div className="document-details__kind">
          <span className="level-chip" style={{ background: levelColors[level] }}>
            {t(levelKey(level))}
          </span>
          {document.kind}
        </div>
        <h2 className="document-details__number" data-testid="panel-number">
          {document.number ?? t('panel.noNumber')}
        </h2>
        {document.title && <p className="document-details__title">{document.title}</p>}
        <div className="document-details__actions">
          {document.hasText && (
            <AppLink to={readerPath(document.id)} className="button" testId="reader-open">
              {t('reader.open')}
            </AppLink>
          )}
          {onRaci && document.duties.length > 0 && (
            <button type="button" className="button" onClick={() => onRaci(document.id)} data-testid="raci-open">
              {t('raci.open')}
            </button>
          )}
          <AppLink to={impactPath(document.id)} className="button" testId="impact-open">
            {t('impact.open')}
          </AppLink>
        </div>
      </header>

      <dl className="field-grid">
        <Field label={t('panel.number')}>{document.number ?? unknown}</Field>
        <Field label={t('panel.kind')}>{document.kind}</Field>
        <Field label={t('panel.issuedOn')}>{document.issuedOn ? formatDate(document.issuedOn) : unknown}</Field>
        <Field label={t('panel.level')}>{t(levelKey(level))}</Field>
        <Field label={t('panel.place')}>{document.place ?? unknown}</Field>
        <Field label={t('panel.locality')}>
          {document.locality
            ? [document.locality, document.locality.parent]
                .filter((l) => l !== null)
                .map((l) => `${l.kind} ${l.name}`)
                .join(', ')
            : unknown}
        </Field>
        <Field label={t('panel.issuers')}>
          {document.issuers.length > 0 ? document.issuers.map((agency) => agency.name).join('; ') : unknown}
        </Field>
        <Field label={t('panel.status')}>{document.status ?? unknown}</Field>
        <Field label={t('panel.text')}>
          {document.hasText ? (
            t('panel.hasText')
          ) : (
            <span className="badge badge--hollow">{t('panel.citedOnly')}</span>
          )}
        </Field>
      </dl>

      <DocumentIssues issues={document.dataIssues} />
      <DocumentList heading={t('panel.bases')} documents={document.bases} onOpen={onOpen} testId="panel-bases" />
      <DocumentList heading={t('panel.basisFor')} documents={document.basisFor} onOpen={onOpen} testId="panel-basis-for" />
      {document.implements.length > 0 && (
        <DocumentList heading={t('panel.implements')} documents={document.implements} onOpen={onOpen} testId="panel-implements" />
      )}
      {document.implementedBy.length > 0 && (
        <DocumentList
          heading={t('panel.implementedBy')}
          documents={document.implementedBy}
          onOpen={onOpen}
          testId="panel-implemented-by"
        />
      )}
      <DocumentRelations documentId={document.id} relations={document.relations} onOpen={onOpen} />
      <DocumentArticles articles={document.articles} />
      <DocumentDuties duties={document.duties} />
    </article>
  );
}
