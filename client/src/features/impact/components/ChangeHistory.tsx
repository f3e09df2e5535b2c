// Changes recorded on the document by editors, newest first.
import { useQuery } from 'urql';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { documentPath } from '../../../lib/router.ts';
import { relationKey } from '../../../lib/vocabulary.ts';
import { DocumentChangesQuery } from '../api/changes.ts';

export function ChangeHistory({ documentId }: { documentId: string }) {
  const { t } = useLanguage();
  const [{ data, error }] = useQuery({ query: DocumentChangesQuery, variables: { id: documentId } });
  if (error) return null;
  const changes = [...(data?.document?.changes ?? [])].sort((a, b) => (b.recordedAt ?? '').localeCompare(a.recordedAt ?? ''));
  if (changes.length === 0) return <p className="muted">{t('changes.none')}</p>;
  return (
    <ul className="change-list" data-testid="change-history">
      {changes.map((change) => (
        <li key={change.id}>
          <span className="relation-tag">{t(relationKey(change.kind))}</span>
          {change.byDocument && (
            <>
              {' '}
              {t('changes.by')} <AppLink to={documentPath(change.byDocument.id)}>{change.byDocument.number ?? change.byDocument.title ?? change.byDocument.id}</AppLink>
            </>
          )}
          {change.article !== null && <> · {t('reader.articleLabel', { number: change.article })}</>}
          {change.effectiveOn && <> · {t('changes.effective', { date: formatDate(change.effectiveOn) })}</>}
          {(change.previousStatus || change.newStatus) && (
            <>
              {' '}
              · {change.previousStatus ?? '—'} → <strong>{change.newStatus ?? '—'}</strong>
            </>
          )}
          {change.note && <div className="muted">{change.note}</div>}
          <div className="change-list__meta">
            {[change.recordedBy, change.recordedAt && formatDate(change.recordedAt.slice(0, 10))].filter(Boolean).join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  );
}
