// A change to the document: seen first as a hypothetical impact, then recorded by an editor.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../../lib/error-message.ts';
import { useLanguage } from '../../../lib/language.tsx';
import { changeKinds, documentStatuses, relationKey, type ChangeKind } from '../../../lib/vocabulary.ts';
import { RecordChangeMutation, SetStatusMutation } from '../api/changes.ts';
import type { FoundDocument } from '../api/find-documents.ts';
import type { ChangeInput } from '../api/impact.ts';
import { DocumentPicker } from './DocumentPicker.tsx';
import { EditorToken } from './EditorToken.tsx';

type WhatIfFormProps = {
  documentId: string;
  status: string | null;
  onWhatIf: (change: ChangeInput) => void;
};

export function WhatIfForm({ documentId, status, onWhatIf }: WhatIfFormProps) {
  const { t } = useLanguage();
  const [kind, setKind] = useState<ChangeKind>('SUPERSEDES');
  const [byDocument, setByDocument] = useState<FoundDocument | null>(null);
  const [article, setArticle] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [note, setNote] = useState('');
  // The status arrives with the impact, after the form may have mounted: follow it until chosen.
  const [chosenStatus, setNewStatus] = useState<string | null>(null);
  const newStatus = chosenStatus ?? status ?? '';
  const [recorded, recordChange] = useMutation(RecordChangeMutation);
  const [statusResult, setStatus] = useMutation(SetStatusMutation);

  const articleNumber = /^\d+$/.test(article.trim()) ? Number(article.trim()) : null;
  const change: ChangeInput = {
    documentId,
    kind,
    byDocumentId: byDocument?.id ?? null,
    article: articleNumber,
    effectiveOn: effectiveOn || null,
    note: note.trim() || null,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    onWhatIf(change);
  }

  const recordFailure = recorded.error ? errorMessage(recorded.error) : null;
  const statusFailure = statusResult.error ? errorMessage(statusResult.error) : null;

  return (
    <form className="whatif-form" data-testid="whatif-form" onSubmit={submit}>
      <div className="form-grid">
        <label>
          <span className="field-label">{t('whatIf.kind')}</span>
          <select className="select" value={kind} data-testid="whatif-kind" onChange={(event) => setKind(event.target.value as ChangeKind)}>
            {changeKinds.map((value) => (
              <option key={value} value={value}>
                {t(relationKey(value))}
              </option>
            ))}
          </select>
        </label>
        <div className="form-grid__wide">
          <label className="field-label" htmlFor="whatif-by">
            {t('whatIf.by')}
          </label>
          <DocumentPicker id="whatif-by" value={byDocument} onChange={setByDocument} />
        </div>
        <label>
          <span className="field-label">{t('whatIf.article')}</span>
          <input
            className="input input--narrow"
            inputMode="numeric"
            value={article}
            placeholder={t('whatIf.articleAll')}
            data-testid="whatif-article"
            onChange={(event) => setArticle(event.target.value)}
          />
        </label>
        <label>
          <span className="field-label">{t('whatIf.effectiveOn')}</span>
          <input className="input" type="date" value={effectiveOn} data-testid="whatif-date" onChange={(event) => setEffectiveOn(event.target.value)} />
        </label>
        <label className="form-grid__wide">
          <span className="field-label">{t('whatIf.note')}</span>
          <input className="input" value={note} data-testid="whatif-note" onChange={(event) => setNote(event.target.value)} />
        </label>
      </div>
      <div className="whatif-form__actions">
        <button type="submit" className="button button--primary" data-testid="whatif-submit">
          {t('whatIf.submit')}
        </button>
        <button
          type="button"
          className="button"
          disabled={recorded.fetching}
          data-testid="record-change"
          onClick={() => void recordChange(change, { additionalTypenames: ['ChangeRecord', 'Document'] })}
        >
          {recorded.fetching ? t('whatIf.recording') : t('whatIf.record')}
        </button>
        {recordFailure && (
          <span className="inline-error" role="alert" data-testid="record-error">
            {t(recordFailure.key, recordFailure.params)}
          </span>
        )}
        {recorded.data && !recorded.error && (
          <span className="inline-success" role="status">
            {t('whatIf.recorded', { status: recorded.data.recordChange.newStatus ?? '—' })}
          </span>
        )}
      </div>
      <div className="whatif-form__status">
        <label>
          <span className="field-label">{t('whatIf.setStatus')}</span>
          <select className="select" value={newStatus} data-testid="status-select" onChange={(event) => setNewStatus(event.target.value)}>
            <option value="" disabled>
              —
            </option>
            {documentStatuses.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!newStatus || statusResult.fetching}
          data-testid="status-save"
          onClick={() => void setStatus({ documentId, status: newStatus })}
        >
          {t('whatIf.saveStatus')}
        </button>
        {statusFailure && (
          <span className="inline-error" role="alert">
            {t(statusFailure.key, statusFailure.params)}
          </span>
        )}
        {statusResult.data && !statusResult.error && (
          <span className="inline-success" role="status">
            {t('whatIf.statusSaved', { status: statusResult.data.setStatus.status ?? '—' })}
          </span>
        )}
      </div>
      <EditorToken />
    </form>
  );
}
