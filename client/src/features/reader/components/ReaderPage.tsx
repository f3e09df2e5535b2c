// /document/:id/read: the structured text, duties and citations marked, deep links to articles and sections.
import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { documentPath, impactPath } from '../../../lib/router.ts';
import { levelColors, levelKey, toLevel } from '../../../lib/vocabulary.ts';
import { ReaderDocumentQuery, type ReaderDocument } from '../api/reader-document.ts';
import { readerArticles, readerSections } from '../utils/reader-structure.ts';
import { CitedText } from './CitedText.tsx';
import { DutyMarks, OtherCitations } from './DutyMarks.tsx';
import './reader.css';

const targetHighlightMs = 2400;

/** Scrolls to the anchor once the text is there, and lights the target up for a moment. */
function useScrollToAnchor(anchor: string | null, ready: boolean) {
  const lit = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!ready || !anchor) return;
    const target = document.getElementById(anchor);
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    lit.current?.classList.remove('is-target');
    target.classList.add('is-target');
    lit.current = target;
    const timer = setTimeout(() => target.classList.remove('is-target'), targetHighlightMs);
    return () => clearTimeout(timer);
  }, [anchor, ready]);
}

function ReaderText({ document }: { document: ReaderDocument }) {
  const { t } = useLanguage();
  const articles = useMemo(
    () => readerArticles(document.articles, document.duties, document.citations),
    [document],
  );
  const sections = useMemo(
    () => (document.articles.length === 0 ? readerSections(document.sections, document.duties) : []),
    [document],
  );
  const outside = document.citations.filter((c) => c.article === null);

  return (
    <div className="reader__layout">
      <nav className="reader__toc" aria-label={t('reader.toc')}>
        <h2 className="section-heading">{t('reader.toc')}</h2>
        <ol>
          {articles.map(({ article, anchor, chapterStart }) => (
            <li key={article.id}>
              {chapterStart && <span className="reader__toc-chapter">{chapterStart}</span>}
              <a href={`#${anchor}`}>
                {t('reader.articleLabel', { number: article.number })}
                {article.heading && <span className="muted"> {article.heading}</span>}
              </a>
            </li>
          ))}
          {sections.map(({ path, anchor, depth }) => (
            <li key={path} style={{ paddingLeft: depth * 10 }}>
              <a href={`#${anchor}`}>{t('reader.sectionLabel', { path })}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="reader__text">
        {outside.length > 0 && (
          <section className="reader__bases">
            <h2 className="section-heading">{t('reader.bases')}</h2>
            <ul className="plain-list">
              {outside.map((citation, index) => (
                <li key={`${citation.document.id}-${index}`}>
                  <CitedText text={citation.quote} citations={[citation]} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {articles.length === 0 && sections.length === 0 && <p className="page-state">{t('reader.noText')}</p>}

        {articles.map(({ article, anchor, chapterStart, clauses, duties, citations }) => (
          <div key={article.id}>
            {chapterStart && <h2 className="reader-chapter">{chapterStart}</h2>}
            <section id={anchor} className="reader-article" data-testid="reader-article">
              <h3 className="reader-article__heading">
                <a href={`#${anchor}`} className="reader-article__number">
                  {t('reader.articleLabel', { number: article.number })}.
                </a>{' '}
                {article.heading}
              </h3>
              {clauses.length === 0 && (
                <p className={duties.length > 0 ? 'reader-passage reader-passage--duty' : 'reader-passage'}>
                  <CitedText text={article.text} citations={citations} />
                  <OtherCitations text={article.text} citations={citations} />
                  <DutyMarks duties={duties} />
                </p>
              )}
              {clauses.length > 0 && (
                <ol className="reader-clauses">
                  {clauses.map(({ clause, duties: clauseDuties, citations: clauseCitations }) => (
                    <li
                      key={clause.id}
                      id={`${anchor}-khoan-${clause.label.replace(/[.)\s]+$/, '')}`}
                      className={clauseDuties.length > 0 ? 'reader-passage reader-passage--duty' : 'reader-passage'}
                    >
                      <span className="reader-clauses__label">{clause.label}</span>{' '}
                      <CitedText text={clause.text} citations={clauseCitations} />
                      <OtherCitations text={clause.text} citations={clauseCitations} />
                      <DutyMarks duties={clauseDuties} />
                    </li>
                  ))}
                </ol>
              )}
              {clauses.length > 0 && (duties.length > 0 || citations.length > 0) && (
                <p className={duties.length > 0 ? 'reader-passage reader-passage--duty' : 'reader-passage'}>
                  <OtherCitations text="" citations={citations} />
                  <DutyMarks duties={duties} />
                </p>
              )}
            </section>
          </div>
        ))}

        {sections.length > 0 && (
          <>
            {document.sections.length === 0 && <p className="muted reader__sections-note">{t('reader.sectionsNote')}</p>}
            {sections.map(({ path, anchor, depth, heading, text, duties }) => (
              <section key={path} id={anchor} className={`reader-section reader-section--depth-${Math.min(depth, 3)}`} data-testid="reader-section">
                <h3 className="reader-section__heading">
                  <a href={`#${anchor}`}>{t('reader.sectionLabel', { path })}</a>
                  {heading && <span className="reader-section__title"> {heading}</span>}
                </h3>
                {text !== null ? (
                  <p className={duties.length ? 'reader-passage reader-passage--duty' : 'reader-passage'}>
                    {text} {duties.length > 0 && <DutyMarks duties={duties} />}
                  </p>
                ) : (
                  duties.map((duty) => (
                    <p key={duty.id} className="reader-passage reader-passage--duty">
                      {duty.text} <DutyMarks duties={[duty]} />
                    </p>
                  ))
                )}
              </section>
            ))}
          </>
        )}

        {document.signers.length > 0 && (
          <section className="reader__signers">
            {document.signers.map((signer, index) => (
              <p key={index}>
                {[signer.capacity, signer.position, signer.name].filter(Boolean).join(' — ')}
              </p>
            ))}
          </section>
        )}
        {document.recipients.length > 0 && (
          <section className="reader__recipients">
            <h2 className="section-heading">{t('reader.recipients')}</h2>
            <ul className="plain-list">
              {document.recipients.map((recipient, index) => (
                <li key={index}>
                  {recipient.name}
                  {recipient.purpose && <span className="muted"> ({recipient.purpose})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}

type ReaderPageProps = { documentId: string; anchor: string | null; onRaci: (documentId: string) => void };

export function ReaderPage({ documentId, anchor, onRaci }: ReaderPageProps) {
  const { t } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReaderDocumentQuery, variables: { id: documentId } });
  const document = data?.document ?? null;
  useScrollToAnchor(anchor, document !== null);
  const failure = error ? errorMessage(error) : null;

  if (fetching && !data) return <p className="page-state">{t('reader.loading')}</p>;
  if (failure && !data) {
    return (
      <div className="page-state page-state--error" role="alert">
        {t(failure.key, failure.params)}
        <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  if (!document) return <p className="page-state">{t('state.documentNotFound')}</p>;

  const level = toLevel(document.level);
  return (
    <article className="reader page" data-testid="reader">
      <header className="page__header reader__header">
        <div className="page__eyebrow">
          <span className="level-chip" style={{ background: levelColors[level] }}>
            {t(levelKey(level))}
          </span>
          {document.kind}
          {document.status && <span className="badge badge--muted">{document.status}</span>}
        </div>
        <h1 className="page__title" data-testid="reader-number">
          {document.number ?? t('panel.noNumber')}
        </h1>
        {document.title && <p className="page__subtitle">{document.title}</p>}
        <p className="reader__meta">
          {document.issuers.map((issuer) => issuer.name).join('; ')}
          {document.place && ` · ${document.place}`}
          {document.issuedOn && ` · ${formatDate(document.issuedOn)}`}
        </p>
        <div className="page__actions">
          <AppLink to={documentPath(document.id)} className="button" testId="reader-lineage">
            {t('nav.lineage')}
          </AppLink>
          <button type="button" className="button" onClick={() => onRaci(document.id)} data-testid="raci-open">
            {t('raci.open')}
          </button>
          <AppLink to={impactPath(document.id)} className="button" testId="impact-open">
            {t('impact.open')}
          </AppLink>
        </div>
      </header>
      <ReaderText document={document} />
    </article>
  );
}
