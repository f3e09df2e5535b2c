import { useLanguage } from '../../../lib/language.tsx';
import { roleKey } from '../../../lib/vocabulary.ts';
import type { Duty } from '../api/document.ts';

export function DocumentDuties({ duties }: { duties: readonly Duty[] }) {
  const { t } = useLanguage();
  return (
    <section className="panel-section" data-testid="panel-duties">
      <h3 className="panel-section__heading">
        {t('panel.duties')} <span className="count">{duties.length}</span>
      </h3>
      {duties.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <ul className="duty-list">
          {duties.map((duty) => (
            <li key={duty.id} className="duty">
              <div className="duty__head">
                <span className="duty__agency">{duty.agency.name}</span>
                <span className={duty.role === 'LEAD' ? 'badge badge--lead' : 'badge badge--support'}>
                  {t(roleKey(duty.role))}
                </span>
                <span className="duty__source">{duty.source}</span>
              </div>
              <p className="duty__text">{duty.text}</p>
              {(duty.collaborators.length > 0 || duty.frequency || duty.deadline) && (
                <p className="duty__meta">
                  {duty.collaborators.length > 0 && (
                    <span>{t('panel.collaborators', { names: duty.collaborators.map((a) => a.name).join(', ') })}</span>
                  )}
                  {duty.frequency && <span>{t('panel.frequency', { value: duty.frequency })}</span>}
                  {duty.deadline && <span>{t('panel.deadline', { value: duty.deadline })}</span>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
