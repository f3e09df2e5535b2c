// Picks a document by number or title: the one that amends, replaces or repeals.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useLanguage } from '../../../lib/language.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { FindDocumentsQuery, type FoundDocument } from '../api/find-documents.ts';

type DocumentPickerProps = { value: FoundDocument | null; onChange: (document: FoundDocument | null) => void; id: string };

export function DocumentPicker({ value, onChange, id }: DocumentPickerProps) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const term = useDebouncedValue(text.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: FindDocumentsQuery, variables: { search: term, first: 8 }, pause: term === '' });
  const found = term === '' ? [] : (data?.documents.edges.map((edge) => edge.node) ?? []);

  if (value) {
    return (
      <span className="picked-document">
        <strong>{value.number ?? value.title ?? value.id}</strong> <span className="muted">{value.kind}</span>
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          {t('whatIf.clear')}
        </button>
      </span>
    );
  }
  return (
    <span className="document-picker">
      <input
        id={id}
        className="input"
        type="search"
        value={text}
        placeholder={t('whatIf.byPlaceholder')}
        autoComplete="off"
        data-testid="whatif-by"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {open && term !== '' && (
        <ul className="document-picker__list" role="listbox">
          {fetching && found.length === 0 && <li className="muted">{t('search.loading')}</li>}
          {!fetching && found.length === 0 && <li className="muted">{t('search.noResults')}</li>}
          {found.map((document) => (
            <li
              key={document.id}
              role="option"
              aria-selected={false}
              data-testid="whatif-by-option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onChange(document);
                setText('');
                setOpen(false);
              }}
            >
              <strong>{document.number ?? '—'}</strong> <span className="muted">{document.kind}</span>{' '}
              <span className="document-picker__title">{document.title}</span>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
