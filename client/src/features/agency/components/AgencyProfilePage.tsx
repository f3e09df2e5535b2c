// /agency/:id: an agency, its duties grouped by document, its partners, whom it reports to.
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { agencyPath, documentPath, readerPath } from '../../../lib/router.ts';
import { sourceAnchor } from '../../../lib/source-anchor.ts';
import { levelColors, levelKey, roleKey, toLevel } from '../../../lib/vocabulary.ts';
import { AgencyProfileQuery, type AgencyProfile, type ProfileDuty } from '../api/agency-profile.ts';
import './agency.css';

function Section({ title, count, children, testId }: { title: string; count?: number; children: ReactNode; testId?: string }) {
  return (
    <section className="profile-section" data-testid={testId}>
      <h2 className="section-heading">
        {title} {count !== undefined && <span className="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

function LevelChip({ level }: { level: string }) {
  const { t } = useLanguage();
  const known = toLevel(level);
  return (
    <span className="level-chip" style={{ background: levelColors[known] }}>
      {t(levelKey(known))}
    </span>
  );
}

function DutyRow({ duty, documentId }: { duty: ProfileDuty; documentId: string }) {
  const { t } = useLanguage();
  return (
    <li className="profile-duty" data-testid="agency-duty">
      <div className="profile-duty__head">
        <span className={duty.role === 'LEAD' ? 'badge badge--lead' : 'badge badge--support'}>{t(roleKey(duty.role))}</span>
        <AppLink to={readerPath(documentId, sourceAnchor(duty.source))} className="profile-duty__source">
          {duty.source}
        </AppLink>
      </div>
      <p className="profile-duty__text">{duty.text}</p>
      {(duty.collaborators.length > 0 || duty.reportTo.length > 0 || duty.frequency || duty.deadline) && (
        <p className="profile-duty__meta">
          {duty.collaborators.length > 0 && (
            <span>
              {t('who.collaborators')}{' '}
              {duty.collaborators.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ', '}
                  <AppLink to={agencyPath(a.id)}>{a.name}</AppLink>
                </span>
              ))}
            </span>
          )}
          {duty.reportTo.length > 0 && (
            <span>
              {t('who.reportTo')} {duty.reportTo.map((a) => a.name).join(', ')}
            </span>
          )}
          {duty.frequency && <span>{t('panel.frequency', { value: duty.frequency })}</span>}
          {duty.deadline && <span>{t('panel.deadline', { value: duty.deadline })}</span>}
        </p>
      )}
    </li>
  );
}

function Profile({ agency }: { agency: AgencyProfile }) {
  const { t } = useLanguage();
  const dutyCount = agency.dutiesByDocument.reduce((n, group) => n + group.duties.length, 0);
  const unknown = <span className="muted">{t('panel.unknown')}</span>;
  return (
    <article className="agency-profile page" data-testid="agency-profile">
      <header className="page__header">
        <div className="page__eyebrow">
          <LevelChip level={agency.level} />
          {t('agency.eyebrow')}
          {agency.isGroup && <span className="badge badge--hollow">{t('agency.group')}</span>}
        </div>
        <h1 className="page__title" data-testid="agency-name">
          {agency.name}
        </h1>
        <dl className="field-list">
          <dt>{t('agency.aliases')}</dt>
          <dd>{agency.aliases.length > 0 ? agency.aliases.join('; ') : unknown}</dd>
          <dt>{t('panel.level')}</dt>
          <dd>{t(levelKey(agency.level))}</dd>
          <dt>{t('panel.locality')}</dt>
          <dd>
            {agency.locality
              ? [agency.locality, agency.locality.parent]
                  .filter((l) => l !== null)
                  .map((l) => `${l.kind} ${l.name}`)
                  .join(', ')
              : unknown}
          </dd>
          <dt>{t('agency.parent')}</dt>
          <dd>{agency.parent ? <AppLink to={agencyPath(agency.parent.id)}>{agency.parent.name}</AppLink> : unknown}</dd>
        </dl>
      </header>

      <div className="agency-profile__columns">
        <div className="agency-profile__main">
          <Section title={t('agency.duties')} count={dutyCount} testId="agency-duties">
            {agency.dutiesByDocument.length === 0 && <p className="muted">{t('panel.none')}</p>}
            {agency.dutiesByDocument.map(({ document, duties }) => (
              <div key={document.id} className="profile-document">
                <h3 className="profile-document__head">
                  <LevelChip level={document.level} />
                  <AppLink to={documentPath(document.id)}>{document.number ?? document.title ?? document.id}</AppLink>
                  <span className="muted"> {document.kind}</span>
                  {document.status && <span className="badge badge--muted">{document.status}</span>}
                  <span className="count">{duties.length}</span>
                </h3>
                {document.title && document.number && <p className="profile-document__title">{document.title}</p>}
                <ul className="profile-duty-list">
                  {duties.map((duty) => (
                    <DutyRow key={duty.id} duty={duty} documentId={document.id} />
                  ))}
                </ul>
              </div>
            ))}
          </Section>
        </div>
        <aside className="agency-profile__side">
          <Section title={t('agency.partners')} count={agency.partners.length} testId="agency-partners">
            {agency.partners.length === 0 ? (
              <p className="muted">{t('panel.none')}</p>
            ) : (
              <table className="data-table">
                <tbody>
                  {agency.partners.map(({ agency: partner, count }) => (
                    <tr key={partner.id}>
                      <td>
                        <AppLink to={agencyPath(partner.id)}>{partner.name}</AppLink>
                      </td>
                      <td className="numeric" title={t('agency.partnerCount')}>
                        {count}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
          <Section title={t('agency.reportsTo')} count={agency.reportsTo.length} testId="agency-reports-to">
            {agency.reportsTo.length === 0 ? (
              <p className="muted">{t('panel.none')}</p>
            ) : (
              <ul className="plain-list">
                {agency.reportsTo.map((to) => (
                  <li key={to.id}>
                    <AppLink to={agencyPath(to.id)}>{to.name}</AppLink>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t('agency.binding')} count={agency.bindingDocuments.length} testId="agency-binding">
            {agency.bindingDocuments.length === 0 ? (
              <p className="muted">{t('panel.none')}</p>
            ) : (
              <ul className="plain-list">
                {agency.bindingDocuments.map((document) => (
                  <li key={document.id}>
                    <AppLink to={documentPath(document.id)}>{document.number ?? document.title ?? document.id}</AppLink>
                    <span className="muted">
                      {' '}
                      {document.kind}
                      {document.issuedOn && ` · ${formatDate(document.issuedOn)}`}
                    </span>
                    {document.status && document.status !== 'Còn hiệu lực' && (
                      <span className="badge badge--muted">{document.status}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </aside>
      </div>
    </article>
  );
}

export function AgencyProfilePage({ agencyId }: { agencyId: string }) {
  const { t } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgencyProfileQuery, variables: { id: agencyId } });
  const failure = error ? errorMessage(error) : null;
  if (fetching && !data) return <p className="page-state">{t('agency.loading')}</p>;
  if (failure && !data) {
    return (
      <div className="page-state page-state--error" role="alert">
        {failure.key === 'state.documentNotFound' ? t('agency.notFound') : t(failure.key, failure.params)}
        <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  if (!data?.agency) return <p className="page-state">{t('agency.notFound')}</p>;
  return <Profile agency={data.agency} />;
}
