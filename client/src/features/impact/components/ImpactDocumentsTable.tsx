// The documents to review: how far from the change, through which relations, along which path.
import { useLanguage, type Translate } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { documentPath, readerPath } from '../../../lib/router.ts';
import { articleAnchor } from '../../../lib/source-anchor.ts';
import { levelColors, levelKey, relationKey, toLevel } from '../../../lib/vocabulary.ts';
import type { ImpactedDocument } from '../api/impact.ts';

/** "Điều 12 khoản 3" when the mention stands in a clause, else "Điều 12". */
function citingLabel(number: number, citations: ImpactedDocument['citations'], t: Translate): string {
  const clauses = [...new Set(citations.filter((c) => c.article === number && c.clause).map((c) => c.clause))];
  const article = t('reader.articleLabel', { number });
  return clauses.length ? `${article} ${t('impact.clauseLabel', { clauses: clauses.join(', ') })}` : article;
}

export function ImpactDocumentsTable({ documents, total }: { documents: readonly ImpactedDocument[]; total: number }) {
  const { t } = useLanguage();
  const rows = [...documents].sort((a, b) => a.depth - b.depth);
  if (rows.length === 0) return <p className="muted">{t('impact.noDocuments')}</p>;
  return (
    <>
      <table className="data-table impact-table" data-testid="impact-table">
        <thead>
          <tr>
            <th className="numeric">{t('impact.depth')}</th>
            <th>{t('impact.document')}</th>
            <th>{t('panel.status')}</th>
            <th>{t('impact.via')}</th>
            <th>{t('impact.path')}</th>
            <th>{t('impact.citingArticles')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const level = toLevel(row.document.level);
            return (
              <tr key={row.document.id} data-testid="impact-row">
                <td className="numeric">{row.depth}</td>
                <td>
                  <span className="level-dot" style={{ background: levelColors[level], borderColor: levelColors[level] }} title={t(levelKey(level))} />{' '}
                  <AppLink to={documentPath(row.document.id)}>{row.document.number ?? row.document.title ?? row.document.id}</AppLink>{' '}
                  <span className="muted">{row.document.kind}</span>
                  {row.document.title && row.document.number && <div className="impact-table__title">{row.document.title}</div>}
                </td>
                <td>{row.document.status ?? <span className="muted">{t('panel.unknown')}</span>}</td>
                <td>
                  {row.via.map((kind) => (
                    <span key={kind} className="relation-tag">
                      {t(relationKey(kind))}
                    </span>
                  ))}
                </td>
                <td className="impact-table__path">
                  {row.path.map((step, index) => (
                    <span key={`${step.id}-${index}`}>
                      {index > 0 && <span className="muted"> → </span>}
                      <AppLink to={documentPath(step.id)}>{step.number ?? step.title ?? step.id}</AppLink>
                    </span>
                  ))}
                </td>
                <td>
                  {row.citingArticles.map((article, index) => (
                    <span key={article.id}>
                      {index > 0 && ', '}
                      <AppLink to={readerPath(row.document.id, articleAnchor(article.number))} title={article.heading ?? undefined}>
                        {citingLabel(article.number, row.citations, t)}
                      </AppLink>
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > rows.length && <p className="muted">{t('impact.more', { shown: rows.length, total })}</p>}
    </>
  );
}
