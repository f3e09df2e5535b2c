import { useLanguage } from '../../../lib/language.tsx';
import { AppLink } from '../../../lib/navigation.tsx';
import { agencyPath, documentPath } from '../../../lib/router.ts';
import { roleKey } from '../../../lib/vocabulary.ts';
import type { ReaderCitation, ReaderDuty } from '../api/reader-document.ts';
import { unplacedCitations } from '../utils/citation-links.ts';

/** Who a passage makes responsible: each agency with its role, the duty's words on hover. */
export function DutyMarks({ duties }: { duties: readonly ReaderDuty[] }) {
  const { t } = useLanguage();
  if (duties.length === 0) return null;
  return (
    <span className="reader-duties">
      {duties.map((duty) => (
        <span key={duty.id} className="reader-duty" title={duty.text} data-testid="reader-duty">
          <span className={duty.role === 'LEAD' ? 'badge badge--lead' : 'badge badge--support'}>{t(roleKey(duty.role))}</span>
          <AppLink to={agencyPath(duty.agency.id)}>{duty.agency.name}</AppLink>
        </span>
      ))}
    </span>
  );
}

/** Citations of a passage whose words the text does not hold verbatim, listed after it. */
export function OtherCitations({ text, citations }: { text: string; citations: readonly ReaderCitation[] }) {
  const { t } = useLanguage();
  const rest = unplacedCitations(text, citations);
  if (rest.length === 0) return null;
  return (
    <span className="reader-cites">
      {t('reader.cites')}{' '}
      {rest.map((citation, index) => (
        <span key={`${citation.document.id}-${index}`}>
          {index > 0 && ', '}
          <AppLink to={documentPath(citation.document.id)} className="reader-citation" title={citation.quote}>
            {citation.document.number ?? citation.document.title ?? citation.quote}
          </AppLink>
        </span>
      ))}
    </span>
  );
}
