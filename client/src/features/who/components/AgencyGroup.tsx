// One agency in the who-must-do results, with its duties best first.
import { AppLink } from '../../../lib/navigation.tsx';
import { useLanguage } from '../../../lib/language.tsx';
import { agencyPath } from '../../../lib/router.ts';
import { levelColors, levelKey, toLevel } from '../../../lib/vocabulary.ts';
import type { AgencyDuties } from '../api/who-must-do.ts';
import { formatScore, rankedDuties } from '../utils/ranked-duties.ts';
import { DutyItem } from './DutyItem.tsx';

type AgencyGroupProps = { group: AgencyDuties; selected: boolean; onSelect: () => void };

export function AgencyGroup({ group, selected, onSelect }: AgencyGroupProps) {
  const { t } = useLanguage();
  const { agency } = group;
  const level = toLevel(agency.level);
  const entries = rankedDuties(group);
  return (
    <section
      className={selected ? 'who-agency is-selected' : 'who-agency'}
      data-testid="who-agency"
      aria-current={selected || undefined}
      onClick={onSelect}
    >
      <header className="who-agency__head">
        <span className="level-chip" style={{ background: levelColors[level] }}>
          {t(levelKey(level))}
        </span>
        <h2 className="who-agency__name">
          <AppLink to={agencyPath(agency.id)}>{agency.name}</AppLink>
        </h2>
        {agency.isGroup && <span className="badge badge--hollow">{t('agency.group')}</span>}
        {agency.locality && (
          <span className="who-agency__locality">
            {agency.locality.kind} {agency.locality.name}
          </span>
        )}
        <span className="count" title={t('who.dutyCount')}>
          {entries.length}
        </span>
        <span className="who-agency__score" title={t('who.score')}>
          {formatScore(group.score)}
        </span>
      </header>
      <ul className="who-duty-list">
        {entries.map((entry) => (
          <DutyItem key={entry.duty.id} entry={entry} />
        ))}
      </ul>
    </section>
  );
}
