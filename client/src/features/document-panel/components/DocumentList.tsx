import { useLanguage } from '../../../lib/language.tsx';
import { levelColors, toLevel } from '../../../lib/vocabulary.ts';
import type { DocumentRef } from '../api/document.ts';
import { DocumentLink } from './DocumentLink.tsx';

type DocumentListProps = {
  heading: string;
  documents: readonly DocumentRef[];
  onOpen: (id: string) => void;
  testId: string;
};

export function DocumentList({ heading, documents, onOpen, testId }: DocumentListProps) {
  const { t } = useLanguage();
  return (
    <section className="panel-section" data-testid={testId}>
      <h3 className="panel-section__heading">
        {heading} <span className="count">{documents.length}</span>
      </h3>
      {documents.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id} className="document-list__item">
              <span
                className={document.hasText ? 'level-dot' : 'level-dot level-dot--hollow'}
                style={{ borderColor: levelColors[toLevel(document.level)], background: document.hasText ? levelColors[toLevel(document.level)] : undefined }}
                title={document.hasText ? t('panel.hasText') : t('panel.citedOnly')}
              />
              <span className="document-list__main">
                <DocumentLink id={document.id} number={document.number} title={document.title} onOpen={onOpen} />
                <span className="document-list__kind"> {document.kind}</span>
                {document.title && document.number && <span className="document-list__title">{document.title}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
