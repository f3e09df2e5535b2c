// The agencies to inform, by level, and the duties whose text must be re-read.
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { agencyPath, readerPath } from '../../../lib/router.ts';
import { sourceAnchor } from '../../../lib/source-anchor.ts';
import { levelKey, roleKey } from '../../../lib/vocabulary.ts';
import type { ImpactAgency, ImpactDuty } from '../api/impact.ts';
import { groupByLevel } from '../utils/group-by-level.ts';

export function ImpactAgencies({ agencies, total }: { agencies: readonly ImpactAgency[]; total: number }) {
  const { t } = useLanguage();
  if (agencies.length === 0) return <p className="muted">{t('panel.none')}</p>;
  return (
    <div className="impact-agencies" data-testid="impact-agencies">
      {groupByLevel(agencies).map((group) => (
        <div key={group.level} className="impact-agencies__level">
          <h4>
            {t(levelKey(group.level))} <span className="count">{group.items.length}</span>
          </h4>
          <ul className="plain-list">
            {group.items.map((agency) => (
              <li key={agency.id}>
                <AppLink to={agencyPath(agency.id)}>{agency.name}</AppLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {total > agencies.length && <p className="muted">{t('impact.more', { shown: agencies.length, total })}</p>}
    </div>
  );
}

export function ImpactDuties({ duties, total }: { duties: readonly ImpactDuty[]; total: number }) {
  const { t } = useLanguage();
  if (duties.length === 0) return <p className="muted">{t('panel.none')}</p>;
  return (
    <>
      <table className="data-table impact-duties" data-testid="impact-duties">
        <thead>
          <tr>
            <th>{t('impact.agency')}</th>
            <th>{t('impact.role')}</th>
            <th>{t('impact.duty')}</th>
            <th>{t('raci.source')}</th>
          </tr>
        </thead>
        <tbody>
          {duties.map((duty) => (
            <tr key={duty.id}>
              <td>
                <AppLink to={agencyPath(duty.agency.id)}>{duty.agency.name}</AppLink>
              </td>
              <td>
                <span className={duty.role === 'LEAD' ? 'badge badge--lead' : 'badge badge--support'}>{t(roleKey(duty.role))}</span>
              </td>
              <td>{duty.text}</td>
              <td className="nowrap">
                <AppLink to={readerPath(duty.document.id, sourceAnchor(duty.source))}>
                  {duty.source} — {duty.document.number ?? duty.document.id}
                </AppLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > duties.length && <p className="muted">{t('impact.more', { shown: duties.length, total })}</p>}
    </>
  );
}
