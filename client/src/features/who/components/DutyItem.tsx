// One duty in a who-must-do result: its words with the matches marked, role, partners, timing, source.
import { AppLink } from '../../../lib/navigation.tsx';
import { useLanguage } from '../../../lib/language.tsx';
import { agencyPath, readerPath } from '../../../lib/router.ts';
import { sourceAnchor } from '../../../lib/source-anchor.ts';
import { roleKey } from '../../../lib/vocabulary.ts';
import type { AgencyRef } from '../api/who-must-do.ts';
import type { RankedDuty } from '../utils/ranked-duties.ts';
import { HighlightedText } from './HighlightedText.tsx';

function AgencyLinks({ agencies }: { agencies: readonly AgencyRef[] }) {
  return (
    <>
      {agencies.map((agency, index) => (
        <span key={agency.id}>
          {index > 0 && ', '}
          <AppLink to={agencyPath(agency.id)}>{agency.name}</AppLink>
        </span>
      ))}
    </>
  );
}

export function DutyItem({ entry }: { entry: RankedDuty }) {
  const { t } = useLanguage();
  const { duty } = entry;
  const document = duty.document;
  return (
    <li className="who-duty" data-testid="who-duty">
      <p className="who-duty__text">
        <span className={duty.role === 'LEAD' ? 'badge badge--lead' : 'badge badge--support'}>{t(roleKey(duty.role))}</span>{' '}
        <HighlightedText text={duty.text} ranges={entry.highlights} />
      </p>
      <p className="who-duty__meta">
        {duty.collaborators.length > 0 && (
          <span>
            {t('who.collaborators')} <AgencyLinks agencies={duty.collaborators} />
          </span>
        )}
        {duty.reportTo.length > 0 && (
          <span>
            {t('who.reportTo')} <AgencyLinks agencies={duty.reportTo} />
          </span>
        )}
        {duty.frequency && <span>{t('panel.frequency', { value: duty.frequency })}</span>}
        {duty.deadline && <span>{t('panel.deadline', { value: duty.deadline })}</span>}
      </p>
      <p className="who-duty__source">
        <AppLink to={readerPath(document.id, sourceAnchor(duty.source))} testId="who-source-link" title={document.title ?? undefined}>
          {duty.source} — {document.number ?? document.title ?? document.id}
        </AppLink>
        {document.status && document.status !== 'Còn hiệu lực' && (
          <span className="badge badge--muted">{document.status}</span>
        )}
      </p>
    </li>
  );
}
