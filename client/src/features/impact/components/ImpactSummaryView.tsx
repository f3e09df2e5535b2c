import { useLanguage } from '../../../lib/language.tsx';
import { levelKey, levels, toLevel } from '../../../lib/vocabulary.ts';
import type { ImpactSummary } from '../api/impact.ts';

export function ImpactSummaryView({ summary }: { summary: ImpactSummary }) {
  const { t } = useLanguage();
  const byLevel = [...summary.byLevel].sort((a, b) => levels.indexOf(toLevel(a.level)) - levels.indexOf(toLevel(b.level)));
  return (
    <section className="impact-summary" data-testid="impact-summary" aria-label={t('impact.summary')}>
      <dl className="impact-summary__totals">
        <div>
          <dt>{t('impact.documents')}</dt>
          <dd data-testid="impact-summary-documents">{summary.documents}</dd>
        </div>
        <div>
          <dt>{t('impact.articles')}</dt>
          <dd>{summary.articles}</dd>
        </div>
        <div>
          <dt>{t('impact.duties')}</dt>
          <dd>{summary.duties}</dd>
        </div>
        <div>
          <dt>{t('impact.agencies')}</dt>
          <dd>{summary.agencies}</dd>
        </div>
      </dl>
      {byLevel.length > 0 && (
        <table className="data-table impact-summary__levels">
          <thead>
            <tr>
              <th>{t('panel.level')}</th>
              <th className="numeric">{t('impact.documents')}</th>
              <th className="numeric">{t('impact.agencies')}</th>
            </tr>
          </thead>
          <tbody>
            {byLevel.map((row) => (
              <tr key={row.level}>
                <td>{t(levelKey(row.level))}</td>
                <td className="numeric">{row.documents}</td>
                <td className="numeric">{row.agencies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
