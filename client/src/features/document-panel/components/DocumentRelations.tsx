import { useLanguage } from '../../../lib/language.tsx';
import { relationKey } from '../../../lib/vocabulary.ts';
import type { DocumentRelation } from '../api/document.ts';
import { DocumentLink } from './DocumentLink.tsx';

// Stated bases and implementations have their own lists; everything else is shown here.
const listedElsewhere = new Set(['BASED_ON', 'IMPLEMENTS']);

export function otherRelations(relations: readonly DocumentRelation[]): DocumentRelation[] {
  return relations.filter((relation) => relation.inferred || !listedElsewhere.has(relation.kind));
}

type DocumentRelationsProps = {
  documentId: string;
  relations: readonly DocumentRelation[];
  onOpen: (id: string) => void;
};

export function DocumentRelations({ documentId, relations, onOpen }: DocumentRelationsProps) {
  const { t } = useLanguage();
  const shown = otherRelations(relations);
  return (
    <section className="panel-section" data-testid="panel-relations">
      <h3 className="panel-section__heading">
        {t('panel.otherRelations')} <span className="count">{shown.length}</span>
      </h3>
      {shown.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <ul className="relation-list">
          {shown.map((relation, index) => {
            const outgoing = relation.from.id === documentId;
            const other = outgoing ? relation.to : relation.from;
            return (
              <li key={`${relation.kind}:${relation.from.id}:${relation.to.id}:${index}`} className="relation-list__item">
                <span className="relation-tag">{t(relationKey(relation.kind))}</span>
                <span className="relation-list__arrow" aria-hidden="true">
                  {outgoing ? '→' : '←'}
                </span>
                <DocumentLink id={other.id} number={other.number} title={other.title} onOpen={onOpen} />
                {relation.inferred && <span className="badge badge--muted">{t('panel.inferred')}</span>}
                {relation.evidence && (
                  <p className="relation-list__evidence">{t('panel.evidence', { evidence: relation.evidence })}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
