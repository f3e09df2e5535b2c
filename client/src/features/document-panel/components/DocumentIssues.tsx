// The data issues of a document: typos, blanks and contradictions the reading found, shown, not fixed.
import { useLanguage } from '../../../lib/language.tsx';
import type { DataIssue } from '../api/document.ts';

export function DocumentIssues({ issues }: { issues: DataIssue[] }) {
  const { t } = useLanguage();
  if (issues.length === 0) return null;
  return (
    <section className="panel-section panel-section--issues" data-testid="panel-issues">
      <h3 className="panel-section__heading">
        {t('panel.issues')} <span className="count">{issues.length}</span>
      </h3>
      <p className="muted">{t('panel.issuesHint')}</p>
      <ul className="issue-list">
        {issues.map((issue, i) => (
          <li key={`${issue.kind}-${i}`} className="issue">
            <span className="issue__kind">{issue.kind}</span>
            <span className="issue__message">{issue.message}</span>
            {issue.quote && <blockquote className="issue__quote">{issue.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
