import { useLanguage } from '../../../lib/language.tsx';
import type { Article } from '../api/document.ts';

export function DocumentArticles({ articles }: { articles: readonly Article[] }) {
  const { t } = useLanguage();
  return (
    <section className="panel-section" data-testid="panel-articles">
      <h3 className="panel-section__heading">
        {t('panel.articles')} <span className="count">{articles.length}</span>
      </h3>
      {articles.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <div className="article-list">
          {articles.map((article, index) => (
            <div key={article.id}>
              {article.chapter && article.chapter !== articles[index - 1]?.chapter && (
                <h4 className="article-list__chapter">{article.chapter}</h4>
              )}
              <details className="article">
                <summary>
                  <strong>{t('panel.article', { number: article.number })}</strong> {article.heading}
                  {article.duties.length > 0 && <span className="count">{article.duties.length}</span>}
                </summary>
                {article.clauses.length === 0 ? (
                  <p className="article__text">{article.text}</p>
                ) : (
                  <ol className="clause-list">
                    {article.clauses.map((clause) => (
                      <li key={clause.id}>
                        <span className="clause-list__label">{clause.label}</span> {clause.text}
                      </li>
                    ))}
                  </ol>
                )}
              </details>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
